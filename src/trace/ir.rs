//! The trace IR (docs/SPEC.md §5, DESIGN.md §4): serde types plus a reader that
//! turns trace JSON into them with located errors and no nesting limit.

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use std::fmt;

use super::json::{self, Json};
use super::number;

/// One node of a trace. Statements and expressions share this type: every
/// node has a value when evaluated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind")]
pub enum Node {
    /// An unexplored path.
    #[serde(rename = "unknown")]
    Unknown,
    #[serde(rename = "number")]
    Number {
        #[serde(serialize_with = "serialize_js_number")]
        value: f64,
    },
    #[serde(rename = "boolean")]
    Boolean { value: bool },
    #[serde(rename = "string")]
    String { value: String },
    #[serde(rename = "undefined")]
    Undefined,
    /// Extension: the value `null`.
    #[serde(rename = "null")]
    Null,
    #[serde(rename = "identifier")]
    Identifier { name: String },
    /// Reads the captured variable `field` of the closure `exp`.
    #[serde(rename = "from")]
    From { exp: Box<Node>, field: String },
    /// `exp.field`.
    #[serde(rename = "get")]
    Get { exp: Box<Node>, field: String },
    /// `exp[index]`.
    #[serde(rename = "index")]
    Index { exp: Box<Node>, index: Box<Node> },
    #[serde(rename = "binop")]
    Binop { op: BinOp, e1: Box<Node>, e2: Box<Node> },
    #[serde(rename = "op1")]
    Op1 { op: Op1, e: Box<Node> },
    #[serde(rename = "if")]
    If {
        cond: Box<Node>,
        #[serde(rename = "truePart")]
        true_part: Vec<Node>,
        #[serde(rename = "falsePart")]
        false_part: Vec<Node>,
    },
    #[serde(rename = "while")]
    While { cond: Box<Node>, body: Vec<Node> },
    #[serde(rename = "let")]
    Let { name: String, named: Box<Node> },
    /// Assignment; `name` is an `identifier`, `index` or `from` node.
    #[serde(rename = "set")]
    Set { name: Box<Node>, named: Box<Node> },
    #[serde(rename = "block")]
    Block { body: Vec<Node> },
    #[serde(rename = "callback")]
    Callback {
        event: String,
        #[serde(rename = "eventArg")]
        event_arg: Box<Node>,
        #[serde(rename = "callbackArgs")]
        callback_args: Vec<String>,
        clos: Box<Node>,
        body: Vec<Node>,
    },
    #[serde(rename = "primApp")]
    PrimApp {
        event: String,
        #[serde(rename = "eventArgs")]
        event_args: Vec<Node>,
    },
    #[serde(rename = "label")]
    Label { name: String, body: Vec<Node> },
    #[serde(rename = "break")]
    Break { name: String, value: Box<Node> },
    #[serde(rename = "object")]
    Object { properties: Props },
    /// A function value; `tenv` holds `$fn` and the captured variables.
    #[serde(rename = "clos")]
    Clos { tenv: Props },
    #[serde(rename = "array")]
    Array { exps: Vec<Node> },
    #[serde(rename = "methodCall")]
    MethodCall {
        e: Box<Node>,
        method: String,
        #[serde(rename = "methodCallArgs")]
        method_call_args: Vec<Node>,
    },
    /// Extension: `try { body } catch (param) { handler } finally
    /// { finalizer }`. `param` is `null` for a catch without a binding (or
    /// one never entered), `handler`/`finalizer` for a missing clause.
    #[serde(rename = "try")]
    Try { body: Vec<Node>, param: Option<String>, handler: Option<Vec<Node>>, finalizer: Option<Vec<Node>> },
    /// Extension: `throw value`.
    #[serde(rename = "throw")]
    Throw { value: Box<Node> },
}

impl Node {
    /// Calls `f` on every direct child node, in field order.
    pub fn for_each_child(&self, mut f: impl FnMut(&Node)) {
        match self {
            Node::From { exp, .. } | Node::Get { exp, .. } => f(exp),
            Node::Index { exp, index } => {
                f(exp);
                f(index);
            }
            Node::Binop { e1, e2, .. } => {
                f(e1);
                f(e2);
            }
            Node::Op1 { e, .. } => f(e),
            Node::If { cond, true_part, false_part } => {
                f(cond);
                true_part.iter().chain(false_part).for_each(f);
            }
            Node::While { cond, body } => {
                f(cond);
                body.iter().for_each(f);
            }
            Node::Let { named, .. } => f(named),
            Node::Set { name, named } => {
                f(name);
                f(named);
            }
            Node::Block { body } | Node::Label { body, .. } => body.iter().for_each(f),
            Node::Callback { event_arg, clos, body, .. } => {
                f(event_arg);
                f(clos);
                body.iter().for_each(f);
            }
            Node::PrimApp { event_args, .. } => event_args.iter().for_each(f),
            Node::Break { value, .. } => f(value),
            Node::Object { properties: p } | Node::Clos { tenv: p } => p.0.iter().for_each(|(_, n)| f(n)),
            Node::Array { exps } => exps.iter().for_each(f),
            Node::Try { body, handler, finalizer, .. } => {
                body.iter().chain(handler.iter().flatten()).chain(finalizer.iter().flatten()).for_each(f)
            }
            Node::Throw { value } => f(value),
            Node::MethodCall { e, method_call_args, .. } => {
                f(e);
                method_call_args.iter().for_each(f);
            }
            Node::Unknown
            | Node::Number { .. }
            | Node::Boolean { .. }
            | Node::String { .. }
            | Node::Undefined
            | Node::Null
            | Node::Identifier { .. } => {}
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BinOp {
    #[serde(rename = "+")]
    Add,
    #[serde(rename = "-")]
    Sub,
    #[serde(rename = "*")]
    Mul,
    #[serde(rename = "/")]
    Div,
    /// Extension.
    #[serde(rename = "%")]
    Rem,
    #[serde(rename = "===")]
    StrictEq,
    #[serde(rename = "!==")]
    StrictNe,
    /// Extension.
    #[serde(rename = "==")]
    LooseEq,
    /// Extension.
    #[serde(rename = "!=")]
    LooseNe,
    #[serde(rename = ">")]
    Gt,
    #[serde(rename = "<")]
    Lt,
    #[serde(rename = ">=")]
    Ge,
    #[serde(rename = "<=")]
    Le,
    #[serde(rename = "&&")]
    And,
    #[serde(rename = "||")]
    Or,
    /// Extension: bitwise and.
    #[serde(rename = "&")]
    BitAnd,
    /// Extension: bitwise or.
    #[serde(rename = "|")]
    BitOr,
    /// Extension: bitwise exclusive or.
    #[serde(rename = "^")]
    BitXor,
    /// Extension: left shift.
    #[serde(rename = "<<")]
    Shl,
    /// Extension: signed right shift.
    #[serde(rename = ">>")]
    Shr,
    /// Extension: unsigned right shift.
    #[serde(rename = ">>>")]
    UShr,
    /// Extension: exponentiation.
    #[serde(rename = "**")]
    Exp,
    /// Extension: `key in object`.
    #[serde(rename = "in")]
    In,
}

impl BinOp {
    pub const ALL: [BinOp; 23] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::Div,
        BinOp::Rem,
        BinOp::StrictEq,
        BinOp::StrictNe,
        BinOp::LooseEq,
        BinOp::LooseNe,
        BinOp::Gt,
        BinOp::Lt,
        BinOp::Ge,
        BinOp::Le,
        BinOp::And,
        BinOp::Or,
        BinOp::BitAnd,
        BinOp::BitOr,
        BinOp::BitXor,
        BinOp::Shl,
        BinOp::Shr,
        BinOp::UShr,
        BinOp::Exp,
        BinOp::In,
    ];

    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
            BinOp::StrictEq => "===",
            BinOp::StrictNe => "!==",
            BinOp::LooseEq => "==",
            BinOp::LooseNe => "!=",
            BinOp::Gt => ">",
            BinOp::Lt => "<",
            BinOp::Ge => ">=",
            BinOp::Le => "<=",
            BinOp::And => "&&",
            BinOp::Or => "||",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
            BinOp::UShr => ">>>",
            BinOp::Exp => "**",
            BinOp::In => "in",
        }
    }

    pub fn from_symbol(s: &str) -> Option<BinOp> {
        BinOp::ALL.into_iter().find(|op| op.symbol() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Op1 {
    #[serde(rename = "typeof")]
    Typeof,
    #[serde(rename = "void")]
    Void,
    #[serde(rename = "-")]
    Neg,
    /// Extension: logical not.
    #[serde(rename = "!")]
    Not,
    /// Extension: numeric conversion.
    #[serde(rename = "+")]
    Plus,
    /// Extension: bitwise not.
    #[serde(rename = "~")]
    BitNot,
    /// Extension: the value is an array (the guard of a `for-of` the
    /// compiler turned into an index loop).
    #[serde(rename = "isArray")]
    IsArray,
}

impl Op1 {
    pub const ALL: [Op1; 7] = [Op1::Typeof, Op1::Void, Op1::Neg, Op1::Not, Op1::Plus, Op1::BitNot, Op1::IsArray];

    pub fn symbol(self) -> &'static str {
        match self {
            Op1::Typeof => "typeof",
            Op1::Void => "void",
            Op1::Neg => "-",
            Op1::Not => "!",
            Op1::Plus => "+",
            Op1::BitNot => "~",
            Op1::IsArray => "isArray",
        }
    }

    pub fn from_symbol(s: &str) -> Option<Op1> {
        Op1::ALL.into_iter().find(|op| op.symbol() == s)
    }
}

/// A name → node map that keeps the order of the JSON text (`object`
/// properties, `clos` environments). Keys are unique.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Props(pub Vec<(String, Node)>);

impl Props {
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, n)| n)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Node)> {
        self.0.iter().map(|(k, n)| (k.as_str(), n))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Same keys bound to equal nodes, in any order (closure equality).
    pub fn same_entries(&self, other: &Props) -> bool {
        self.len() == other.len() && self.iter().all(|(k, n)| other.get(k) == Some(n))
    }
}

impl Serialize for Props {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Props {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PropsVisitor;
        impl<'de> Visitor<'de> for PropsVisitor {
            type Value = Props;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of trace nodes")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Props, A::Error> {
                let mut entries: Vec<(String, Node)> = Vec::new();
                while let Some((k, v)) = access.next_entry::<String, Node>()? {
                    if entries.iter().any(|(seen, _)| *seen == k) {
                        return Err(serde::de::Error::custom(format!("duplicate key `{k}`")));
                    }
                    entries.push((k, v));
                }
                Ok(Props(entries))
            }
        }
        deserializer.deserialize_map(PropsVisitor)
    }
}

/// Numbers are written as JavaScript writes them (`1`, not `1.0`; `1e+21`),
/// so a trace made by Node survives a round trip unchanged.
fn serialize_js_number<S: Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    if !value.is_finite() {
        return Err(serde::ser::Error::custom("a trace number must be finite"));
    }
    let raw =
        serde_json::value::RawValue::from_string(number::to_js_string(*value)).map_err(serde::ser::Error::custom)?;
    raw.serialize(serializer)
}

impl Node {
    /// The `kind` string of this node.
    pub fn kind(&self) -> &'static str {
        match self {
            Node::Unknown => "unknown",
            Node::Number { .. } => "number",
            Node::Boolean { .. } => "boolean",
            Node::String { .. } => "string",
            Node::Undefined => "undefined",
            Node::Null => "null",
            Node::Identifier { .. } => "identifier",
            Node::From { .. } => "from",
            Node::Get { .. } => "get",
            Node::Index { .. } => "index",
            Node::Binop { .. } => "binop",
            Node::Op1 { .. } => "op1",
            Node::If { .. } => "if",
            Node::While { .. } => "while",
            Node::Let { .. } => "let",
            Node::Set { .. } => "set",
            Node::Block { .. } => "block",
            Node::Callback { .. } => "callback",
            Node::PrimApp { .. } => "primApp",
            Node::Label { .. } => "label",
            Node::Break { .. } => "break",
            Node::Object { .. } => "object",
            Node::Clos { .. } => "clos",
            Node::Array { .. } => "array",
            Node::MethodCall { .. } => "methodCall",
            Node::Try { .. } => "try",
            Node::Throw { .. } => "throw",
        }
    }

    /// Serializes to compact JSON.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(self)
    }
}

// ---------------------------------------------------------------------------
// Reading trace JSON

/// How deep trace JSON may nest. Deeper traces are rejected rather than
/// risking the stack; real traces stay far below this.
pub const MAX_TRACE_DEPTH: usize = 4000;

/// A located problem in a trace: `path` like `body[2].truePart[0]`
/// (empty for the root).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "(root): {}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for Problem {}

/// A trace read from JSON, plus fields the reader skipped (tolerated when
/// evaluating, reported by the validator).
#[derive(Debug)]
pub struct ReadTrace {
    pub root: Node,
    pub ignored_fields: Vec<Problem>,
}

/// Reads trace JSON into a [`Node`], strictly typed; unknown extra fields are
/// skipped and listed.
pub fn read_trace(bytes: &[u8]) -> Result<ReadTrace, Problem> {
    super::on_big_stack(|| read_trace_here(bytes))
}

/// [`read_trace`] on the current thread (callers already on a big stack).
pub(crate) fn read_trace_here(bytes: &[u8]) -> Result<ReadTrace, Problem> {
    let json = json::parse(bytes, MAX_TRACE_DEPTH)
        .map_err(|e| Problem { path: String::new(), message: format!("not JSON: {e}") })?;
    let mut reader = NodeReader { ignored: Vec::new() };
    let root = reader.node(json, &Path::Root)?;
    Ok(ReadTrace { root, ignored_fields: reader.ignored })
}

/// Reads trace JSON into a [`Node`].
pub fn parse_trace(bytes: &[u8]) -> Result<Node, Problem> {
    read_trace(bytes).map(|t| t.root)
}

/// A path into the trace, materialized only when a problem is reported.
pub(crate) enum Path<'p> {
    Root,
    Field(&'p Path<'p>, &'p str),
    Item(&'p Path<'p>, usize),
}

impl Path<'_> {
    pub(crate) fn render(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Path::Root => {}
            Path::Field(parent, name) => {
                parent.write(out);
                if !out.is_empty() {
                    out.push('.');
                }
                if is_plain_name(name) {
                    out.push_str(name);
                } else {
                    out.push_str(&format!("{name:?}"));
                }
            }
            Path::Item(parent, i) => {
                parent.write(out);
                out.push_str(&format!("[{i}]"));
            }
        }
    }
}

fn is_plain_name(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

struct NodeReader {
    ignored: Vec<Problem>,
}

/// The members of one node object, taken out by name.
struct Fields {
    members: Vec<(String, Option<Json>)>,
}

fn problem(path: &Path, message: impl Into<String>) -> Problem {
    Problem { path: path.render(), message: message.into() }
}

impl Fields {
    fn take(&mut self, name: &str, path: &Path, kind: &str) -> Result<Json, Problem> {
        self.members
            .iter_mut()
            .find(|(k, v)| k == name && v.is_some())
            .and_then(|(_, v)| v.take())
            .ok_or_else(|| problem(path, format!("`{kind}` node lacks field `{name}`")))
    }
}

impl NodeReader {
    fn node(&mut self, json: Json, path: &Path) -> Result<Node, Problem> {
        let Json::Obj(members) = json else {
            return Err(problem(path, format!("expected a node object, found {}", json.type_name())));
        };
        for (i, (k, _)) in members.iter().enumerate() {
            if members[..i].iter().any(|(seen, _)| seen == k) {
                return Err(problem(path, format!("duplicate field `{k}`")));
            }
        }
        let mut fields = Fields { members: members.into_iter().map(|(k, v)| (k, Some(v))).collect() };
        let kind = match fields.take("kind", path, "?") {
            Ok(Json::Str(kind)) => kind,
            Ok(other) => return Err(problem(path, format!("`kind` must be a string, found {}", other.type_name()))),
            Err(_) => return Err(problem(path, "node lacks field `kind`")),
        };
        let node = self.node_of_kind(&kind, &mut fields, path)?;
        for (name, value) in fields.members {
            if value.is_some() {
                self.ignored.push(problem(path, format!("unexpected field `{name}` on a `{kind}` node")));
            }
        }
        Ok(node)
    }

    fn node_of_kind(&mut self, kind: &str, f: &mut Fields, path: &Path) -> Result<Node, Problem> {
        let node = match kind {
            "unknown" => Node::Unknown,
            "undefined" => Node::Undefined,
            "null" => Node::Null,
            "number" => match f.take("value", path, kind)? {
                Json::Num(value) if value.is_finite() => Node::Number { value },
                other => return Err(wrong_type(path, kind, "value", "a finite number", &other)),
            },
            "boolean" => match f.take("value", path, kind)? {
                Json::Bool(value) => Node::Boolean { value },
                other => return Err(wrong_type(path, kind, "value", "a boolean", &other)),
            },
            "string" => Node::String { value: self.string(f, "value", path, kind)? },
            "identifier" => Node::Identifier { name: self.string(f, "name", path, kind)? },
            "from" => {
                Node::From { exp: self.child(f, "exp", path, kind)?, field: self.string(f, "field", path, kind)? }
            }
            "get" => Node::Get { exp: self.child(f, "exp", path, kind)?, field: self.string(f, "field", path, kind)? },
            "index" => {
                Node::Index { exp: self.child(f, "exp", path, kind)?, index: self.child(f, "index", path, kind)? }
            }
            "binop" => {
                let op = self.string(f, "op", path, kind)?;
                let op = BinOp::from_symbol(&op).ok_or_else(|| problem(path, format!("unknown binop `{op}`")))?;
                Node::Binop { op, e1: self.child(f, "e1", path, kind)?, e2: self.child(f, "e2", path, kind)? }
            }
            "op1" => {
                let op = self.string(f, "op", path, kind)?;
                let op = Op1::from_symbol(&op).ok_or_else(|| problem(path, format!("unknown op1 `{op}`")))?;
                Node::Op1 { op, e: self.child(f, "e", path, kind)? }
            }
            "if" => Node::If {
                cond: self.child(f, "cond", path, kind)?,
                true_part: self.children(f, "truePart", path, kind)?,
                false_part: self.children(f, "falsePart", path, kind)?,
            },
            "while" => {
                Node::While { cond: self.child(f, "cond", path, kind)?, body: self.children(f, "body", path, kind)? }
            }
            "let" => {
                Node::Let { name: self.string(f, "name", path, kind)?, named: self.child(f, "named", path, kind)? }
            }
            "set" => Node::Set { name: self.child(f, "name", path, kind)?, named: self.child(f, "named", path, kind)? },
            "block" => Node::Block { body: self.children(f, "body", path, kind)? },
            "callback" => Node::Callback {
                event: self.string(f, "event", path, kind)?,
                event_arg: self.child(f, "eventArg", path, kind)?,
                callback_args: self.strings(f, "callbackArgs", path, kind)?,
                clos: self.child(f, "clos", path, kind)?,
                body: self.children(f, "body", path, kind)?,
            },
            "primApp" => Node::PrimApp {
                event: self.string(f, "event", path, kind)?,
                event_args: self.children(f, "eventArgs", path, kind)?,
            },
            "label" => {
                Node::Label { name: self.string(f, "name", path, kind)?, body: self.children(f, "body", path, kind)? }
            }
            "break" => {
                Node::Break { name: self.string(f, "name", path, kind)?, value: self.child(f, "value", path, kind)? }
            }
            "object" => Node::Object { properties: self.props(f, "properties", path, kind)? },
            "clos" => Node::Clos { tenv: self.props(f, "tenv", path, kind)? },
            "array" => Node::Array { exps: self.children(f, "exps", path, kind)? },
            "methodCall" => Node::MethodCall {
                e: self.child(f, "e", path, kind)?,
                method: self.string(f, "method", path, kind)?,
                method_call_args: self.children(f, "methodCallArgs", path, kind)?,
            },
            "try" => Node::Try {
                body: self.children(f, "body", path, kind)?,
                param: self.optional_string(f, "param", path, kind)?,
                handler: self.optional_children(f, "handler", path, kind)?,
                finalizer: self.optional_children(f, "finalizer", path, kind)?,
            },
            "throw" => Node::Throw { value: self.child(f, "value", path, kind)? },
            other => return Err(problem(path, format!("unknown node kind `{other}`"))),
        };
        Ok(node)
    }

    fn string(&mut self, f: &mut Fields, name: &str, path: &Path, kind: &str) -> Result<String, Problem> {
        match f.take(name, path, kind)? {
            Json::Str(s) => Ok(s),
            other => Err(wrong_type(path, kind, name, "a string", &other)),
        }
    }

    /// A string field that may be `null` (or absent).
    fn optional_string(
        &mut self,
        f: &mut Fields,
        name: &str,
        path: &Path,
        kind: &str,
    ) -> Result<Option<String>, Problem> {
        match f.take(name, path, kind) {
            Err(_) | Ok(Json::Null) => Ok(None),
            Ok(Json::Str(s)) => Ok(Some(s)),
            Ok(other) => Err(wrong_type(path, kind, name, "a string or null", &other)),
        }
    }

    /// A statement list that may be `null` (or absent).
    fn optional_children(
        &mut self,
        f: &mut Fields,
        name: &str,
        path: &Path,
        kind: &str,
    ) -> Result<Option<Vec<Node>>, Problem> {
        let here = Path::Field(path, name);
        match f.take(name, path, kind) {
            Err(_) | Ok(Json::Null) => Ok(None),
            Ok(Json::Arr(items)) => items
                .into_iter()
                .enumerate()
                .map(|(i, item)| self.node(item, &Path::Item(&here, i)))
                .collect::<Result<Vec<_>, _>>()
                .map(Some),
            Ok(other) => Err(wrong_type(path, kind, name, "an array of nodes or null", &other)),
        }
    }

    fn strings(&mut self, f: &mut Fields, name: &str, path: &Path, kind: &str) -> Result<Vec<String>, Problem> {
        let Json::Arr(items) = f.take(name, path, kind)? else {
            return Err(problem(path, format!("`{kind}.{name}` must be an array of strings")));
        };
        items
            .into_iter()
            .map(|item| match item {
                Json::Str(s) => Ok(s),
                other => Err(wrong_type(path, kind, name, "an array of strings", &other)),
            })
            .collect()
    }

    fn child(&mut self, f: &mut Fields, name: &str, path: &Path, kind: &str) -> Result<Box<Node>, Problem> {
        let json = f.take(name, path, kind)?;
        Ok(Box::new(self.node(json, &Path::Field(path, name))?))
    }

    fn children(&mut self, f: &mut Fields, name: &str, path: &Path, kind: &str) -> Result<Vec<Node>, Problem> {
        let here = Path::Field(path, name);
        match f.take(name, path, kind)? {
            Json::Arr(items) => {
                items.into_iter().enumerate().map(|(i, item)| self.node(item, &Path::Item(&here, i))).collect()
            }
            other => Err(wrong_type(path, kind, name, "an array of nodes", &other)),
        }
    }

    fn props(&mut self, f: &mut Fields, name: &str, path: &Path, kind: &str) -> Result<Props, Problem> {
        let here = Path::Field(path, name);
        let Json::Obj(members) = f.take(name, path, kind)? else {
            return Err(problem(path, format!("`{kind}.{name}` must be an object of nodes")));
        };
        let mut entries: Vec<(String, Node)> = Vec::with_capacity(members.len());
        for (key, value) in members {
            if entries.iter().any(|(seen, _)| *seen == key) {
                return Err(problem(&here, format!("duplicate key `{key}`")));
            }
            let node = self.node(value, &Path::Field(&here, &key))?;
            entries.push((key, node));
        }
        Ok(Props(entries))
    }
}

fn wrong_type(path: &Path, kind: &str, field: &str, want: &str, found: &Json) -> Problem {
    problem(path, format!("`{kind}.{field}` must be {want}, found {}", found.type_name()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A trace touching every kind and every field, as Node's JSON.stringify
    /// would print it.
    pub(crate) const EVERY_KIND: &str = r#"{"kind":"block","body":[{"kind":"let","name":"a_1","named":{"kind":"object","properties":{"b":{"kind":"number","value":1},"2":{"kind":"number","value":1e+21},"c":{"kind":"null"}}}},{"kind":"callback","event":"listen","eventArg":{"kind":"undefined"},"callbackArgs":["req_0"],"clos":{"kind":"clos","tenv":{"$fn":{"kind":"string","value":"F1"},"a":{"kind":"identifier","name":"a_1"}}},"body":[{"kind":"let","name":"x_2","named":{"kind":"binop","op":"+","e1":{"kind":"get","exp":{"kind":"get","exp":{"kind":"identifier","name":"req_0"},"field":"body"},"field":"n"},"e2":{"kind":"number","value":0.5}}},{"kind":"if","cond":{"kind":"op1","op":"!","e":{"kind":"boolean","value":false}},"truePart":[{"kind":"set","name":{"kind":"index","exp":{"kind":"identifier","name":"a_1"},"index":{"kind":"string","value":"b"}},"named":{"kind":"from","exp":{"kind":"identifier","name":"f_3"},"field":"a"}}],"falsePart":[{"kind":"unknown"}]},{"kind":"while","cond":{"kind":"boolean","value":false},"body":[]},{"kind":"let","name":"r_4","named":{"kind":"label","name":"ret_5","body":[{"kind":"break","name":"ret_5","value":{"kind":"array","exps":[{"kind":"methodCall","e":{"kind":"identifier","name":"Math"},"method":"floor","methodCallArgs":[{"kind":"number","value":-2.5}]}]}}]}},{"kind":"callback","event":"get","eventArg":{"kind":"string","value":"data:1"},"callbackArgs":["resp_6"],"clos":{"kind":"clos","tenv":{"$fn":{"kind":"string","value":"F2"}}},"body":[{"kind":"primApp","event":"send","eventArgs":[{"kind":"identifier","name":"resp_6"}]}]}]}]}"#;

    #[test]
    fn round_trips_byte_for_byte() {
        let node = parse_trace(EVERY_KIND.as_bytes()).unwrap();
        assert_eq!(node.to_json().unwrap(), EVERY_KIND);
    }

    #[test]
    fn serde_derive_agrees_with_the_reader() {
        let by_reader = parse_trace(EVERY_KIND.as_bytes()).unwrap();
        let by_serde: Node = serde_json::from_str(EVERY_KIND).unwrap();
        assert_eq!(by_reader, by_serde);
        let value: serde_json::Value = serde_json::from_str(EVERY_KIND).unwrap();
        assert_eq!(serde_json::to_value(&by_reader).unwrap(), value);
    }

    #[test]
    fn keeps_property_order() {
        let Node::Block { body } = parse_trace(EVERY_KIND.as_bytes()).unwrap() else { panic!() };
        let Node::Let { named, .. } = &body[0] else { panic!() };
        let Node::Object { properties } = named.as_ref() else { panic!() };
        let keys: Vec<&str> = properties.iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["b", "2", "c"]);
    }

    #[test]
    fn locates_schema_errors() {
        let bad = r#"{"kind":"block","body":[{"kind":"if","cond":{"kind":"boolean","value":true},"truePart":[{"kind":"let","name":"x","named":{"kind":"binop","op":"<=>","e1":{"kind":"null"},"e2":{"kind":"null"}}}],"falsePart":[]}]}"#;
        let e = parse_trace(bad.as_bytes()).unwrap_err();
        assert_eq!(e.path, "body[0].truePart[0].named");
        assert!(e.message.contains("<=>"), "{e}");

        let missing = r#"{"kind":"block","body":[{"kind":"while","cond":{"kind":"null"}}]}"#;
        let e = parse_trace(missing.as_bytes()).unwrap_err();
        assert_eq!((e.path.as_str(), e.message.as_str()), ("body[0]", "`while` node lacks field `body`"));

        let typed = r#"{"kind":"block","body":[{"kind":"object","properties":{"a b":{"kind":"number","value":"1"}}}]}"#;
        let e = parse_trace(typed.as_bytes()).unwrap_err();
        assert_eq!(e.path, r#"body[0].properties."a b""#);
        assert!(e.message.contains("finite number"));

        let e = parse_trace(br#"{"kind":"nope"}"#).unwrap_err();
        assert_eq!(e.to_string(), "(root): unknown node kind `nope`");
        assert!(parse_trace(b"[1").unwrap_err().message.starts_with("not JSON"));
        assert!(parse_trace(br#"{"kind":"null","kind":"null"}"#).is_err());
    }

    #[test]
    fn tolerates_but_lists_extra_fields() {
        let t = read_trace(br#"{"kind":"block","body":[{"kind":"null","loc":3}]}"#).unwrap();
        assert_eq!(t.ignored_fields.len(), 1);
        assert_eq!(t.ignored_fields[0].path, "body[0]");
    }

    #[test]
    fn reads_traces_deeper_than_serde_json_allows() {
        let depth = 1000;
        let mut text = String::new();
        for _ in 0..depth {
            text.push_str(r#"{"kind":"block","body":["#);
        }
        text.push_str(r#"{"kind":"null"}"#);
        for _ in 0..depth {
            text.push_str("]}");
        }
        assert!(serde_json::from_str::<serde_json::Value>(&text).is_err());
        assert!(parse_trace(text.as_bytes()).is_ok());
    }
}
