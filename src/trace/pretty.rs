//! Renders a trace as indented pseudo-JavaScript for people
//! (`GET /trace?format=text`).
//!
//! Expressions print as JavaScript (parenthesized by precedence, strings as
//! JS literals, numbers as JS prints them). The IR's own constructs get a
//! JavaScript-like spelling:
//! - `label` → `ret_3: { ... }`, also as a value: `let r_4 = ret_3: { ... };`
//!   (the `'` of a label name, `'ret_3`, which only the Rust code generator
//!   downstream needs, is left out)
//! - `break` → `break ret_3 x_4;` (the value after the label name)
//! - `callback` → `get("data:1", (resp_2) => { ... });`, `listen((req_0) => { ... });`
//!   (a lifted callback, `let fun_N = clos {...}; let app_N = block [callback
//!   ...]` with `callbackArgs` `[clos_N, req_0]`, prints so too: its closure
//!   parameter left out, and `from(clos_N, x_3)` printed as `x_3`)
//! - `primApp` → `send(x);`
//! - `clos` → `closure(F3, {x: x_1})`, `from` → `f_2.[[x]]`
//! - `unknown` → `/* unknown: not yet explored */`

use std::collections::{HashMap, HashSet};

use super::ir::{BinOp, Node, Op1, Props};
use super::number::to_js_string;

/// Renders trace JSON as text; `Err` says where the trace is malformed.
pub fn render(trace: &[u8]) -> Result<String, super::ir::Problem> {
    super::on_big_stack(|| {
        let root = super::ir::read_trace_here(trace)?.root;
        Ok(render_here(&root))
    })
}

/// Renders a parsed trace.
#[cfg(test)]
pub fn render_node(root: &Node) -> String {
    super::on_big_stack(|| render_here(root))
}

fn render_here(root: &Node) -> String {
    let mut printer = Printer { out: String::new(), indent: 0, temps: HashMap::new(), closure_params: HashSet::new() };
    match root {
        Node::Block { body } => printer.statements(body),
        other => printer.statements(std::slice::from_ref(other)),
    }
    printer.out
}

/// `'ret_3` → `ret_3`: label names print as JavaScript labels.
fn js_label(name: &str) -> &str {
    name.strip_prefix('\'').unwrap_or(name)
}

const INDENT: &str = "  ";
const UNKNOWN_STATEMENT: &str = "/* unknown: not yet explored */";

/// Binding strength, loosest first (JavaScript's operator precedence).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Prec {
    Lowest,
    Or,
    And,
    BitOr,
    BitXor,
    BitAnd,
    Equality,
    Relational,
    Shift,
    Additive,
    Multiplicative,
    Exponent,
    Unary,
    Postfix,
    Primary,
}

fn binop_prec(op: BinOp) -> Prec {
    match op {
        BinOp::Or => Prec::Or,
        BinOp::And => Prec::And,
        BinOp::StrictEq | BinOp::StrictNe | BinOp::LooseEq | BinOp::LooseNe => Prec::Equality,
        BinOp::Lt | BinOp::Gt | BinOp::Le | BinOp::Ge | BinOp::In => Prec::Relational,
        BinOp::Shl | BinOp::Shr | BinOp::UShr => Prec::Shift,
        BinOp::Add | BinOp::Sub => Prec::Additive,
        BinOp::Mul | BinOp::Div | BinOp::Rem => Prec::Multiplicative,
        BinOp::Exp => Prec::Exponent,
        BinOp::BitOr => Prec::BitOr,
        BinOp::BitXor => Prec::BitXor,
        BinOp::BitAnd => Prec::BitAnd,
    }
}

fn next_tighter(prec: Prec) -> Prec {
    match prec {
        Prec::Lowest => Prec::Or,
        Prec::Or => Prec::And,
        Prec::And => Prec::BitOr,
        Prec::BitOr => Prec::BitXor,
        Prec::BitXor => Prec::BitAnd,
        Prec::BitAnd => Prec::Equality,
        Prec::Equality => Prec::Relational,
        Prec::Relational => Prec::Shift,
        Prec::Shift => Prec::Additive,
        Prec::Additive => Prec::Multiplicative,
        Prec::Multiplicative => Prec::Exponent,
        Prec::Exponent => Prec::Unary,
        Prec::Unary => Prec::Postfix,
        Prec::Postfix | Prec::Primary => Prec::Primary,
    }
}

fn node_prec(node: &Node) -> Prec {
    match node {
        Node::Binop { op, .. } => binop_prec(*op),
        Node::Op1 { .. } => Prec::Unary,
        Node::Number { value } if *value < 0.0 || (*value == 0.0 && value.is_sign_negative()) => Prec::Unary,
        Node::Get { .. } | Node::Index { .. } | Node::MethodCall { .. } | Node::From { .. } => Prec::Postfix,
        Node::Number { .. }
        | Node::Boolean { .. }
        | Node::String { .. }
        | Node::Undefined
        | Node::Null
        | Node::Identifier { .. }
        | Node::Object { .. }
        | Node::Array { .. }
        | Node::Clos { .. }
        | Node::Unknown => Prec::Primary,
        // Statement forms used as values: always parenthesized.
        _ => Prec::Lowest,
    }
}

struct Printer {
    out: String,
    indent: usize,
    /// The temporaries `let tK_ = e` seen so far, printed as `e` where used.
    temps: HashMap<String, Node>,
    /// Closure parameters of lifted callbacks: `from(clos_N, x)` prints as `x`.
    closure_params: HashSet<String>,
}

/// The callback of `let app_N = block [callback]` whose `clos` is the
/// `identifier` bound by `let fun`, the statement before it (docs/SPEC.md §5 rule 5).
fn lifted_callback<'n>(fun: &Node, app: &'n Node) -> Option<&'n Node> {
    let Node::Let { name: fun_name, named } = fun else { return None };
    if !matches!(named.as_ref(), Node::Clos { .. }) {
        return None;
    }
    let Node::Let { named, .. } = app else { return None };
    let Node::Block { body } = named.as_ref() else { return None };
    match body.as_slice() {
        [callback @ Node::Callback { clos, callback_args, .. }]
            if callback_args.len() == 2 && matches!(clos.as_ref(), Node::Identifier { name } if name == fun_name) =>
        {
            Some(callback)
        }
        _ => None,
    }
}

/// `tK_`: a temporary bound only for the downstream compiler's A-normal
/// operands (the tracer's `anf.js`); it is used once, by the next statement.
fn is_temporary(name: &str) -> bool {
    name.strip_prefix('t')
        .and_then(|rest| rest.strip_suffix('_'))
        .is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
}

impl Printer {
    fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn new_line(&mut self) {
        self.out.push('\n');
        for _ in 0..self.indent {
            self.out.push_str(INDENT);
        }
    }

    /// The nodes to print: temporaries are folded into their use, and a
    /// lifted callback's two `let`s print as the callback alone.
    fn visible<'n>(&mut self, nodes: &'n [Node]) -> Vec<&'n Node> {
        let mut shown = Vec::with_capacity(nodes.len());
        let mut i = 0;
        while i < nodes.len() {
            let node = &nodes[i];
            i += 1;
            if let Some(callback) = nodes.get(i).and_then(|app| lifted_callback(node, app)) {
                if let Node::Callback { callback_args, .. } = callback {
                    self.closure_params.insert(callback_args[0].clone());
                }
                shown.push(callback);
                i += 1;
                continue;
            }
            match node {
                Node::Let { name, named } if is_temporary(name) => {
                    self.temps.insert(name.clone(), named.as_ref().clone());
                }
                other => shown.push(other),
            }
        }
        shown
    }

    /// Writes the root's nodes, one per line.
    fn statements(&mut self, nodes: &[Node]) {
        let nodes = self.visible(nodes);
        for (i, node) in nodes.iter().enumerate() {
            if i > 0 {
                self.new_line();
            }
            self.statement(node);
        }
        if !nodes.is_empty() {
            self.out.push('\n');
        }
    }

    /// `{ ... }` with the nodes indented one level deeper.
    fn braced(&mut self, nodes: &[Node]) {
        if nodes.is_empty() {
            self.push("{}");
            return;
        }
        let nodes = self.visible(nodes);
        self.push("{");
        self.indent += 1;
        for node in nodes {
            self.new_line();
            self.statement(node);
        }
        self.indent -= 1;
        self.new_line();
        self.push("}");
    }

    fn statement(&mut self, node: &Node) {
        if self.statement_form(node) {
            self.push(";");
        }
    }

    /// Writes a node in statement form; returns whether it needs a `;`.
    fn statement_form(&mut self, node: &Node) -> bool {
        match node {
            Node::Unknown => {
                self.push(UNKNOWN_STATEMENT);
                false
            }
            Node::If { cond, true_part, false_part } => {
                self.push("if (");
                self.expr(cond, Prec::Lowest);
                self.push(") ");
                self.braced(true_part);
                if !false_part.is_empty() {
                    self.push(" else ");
                    self.braced(false_part);
                }
                false
            }
            Node::While { cond, body } => {
                self.push("while (");
                self.expr(cond, Prec::Lowest);
                self.push(") ");
                self.braced(body);
                false
            }
            Node::Block { body } => {
                self.braced(body);
                false
            }
            Node::Label { name, body } => {
                self.push(js_label(name));
                self.push(": ");
                self.braced(body);
                false
            }
            Node::Let { name, named } => {
                self.push("let ");
                self.push(name);
                self.push(" = ");
                self.value(named);
                true
            }
            Node::Set { name, named } => {
                self.expr(name, Prec::Postfix);
                self.push(" = ");
                self.value(named);
                true
            }
            Node::Break { name, value } => {
                self.push("break ");
                self.push(js_label(name));
                if !matches!(value.as_ref(), Node::Undefined) {
                    self.push(" ");
                    self.value(value);
                }
                true
            }
            Node::Callback { event, event_arg, callback_args, body, .. } => {
                self.push(event);
                self.push("(");
                if !(event == "listen" && matches!(event_arg.as_ref(), Node::Undefined)) {
                    self.expr(event_arg, Prec::Lowest);
                    self.push(", ");
                }
                self.push("(");
                let shown = match callback_args.first() {
                    Some(first) if self.closure_params.contains(first) => &callback_args[1..],
                    _ => &callback_args[..],
                };
                self.push(&shown.join(", "));
                self.push(") => ");
                self.braced(body);
                self.push(")");
                true
            }
            Node::PrimApp { event, event_args } => {
                self.push(event);
                self.args(event_args);
                true
            }
            Node::Try { body, param, handler, finalizer } => {
                self.push("try ");
                self.braced(body);
                if let Some(handler) = handler {
                    self.push(" catch ");
                    if let Some(name) = param {
                        self.push("(");
                        self.push(name);
                        self.push(") ");
                    }
                    self.braced(handler);
                }
                if let Some(finalizer) = finalizer {
                    self.push(" finally ");
                    self.braced(finalizer);
                }
                false
            }
            Node::Throw { value } => {
                self.push("throw ");
                self.value(value);
                true
            }
            other => {
                self.expr(other, Prec::Lowest);
                true
            }
        }
    }

    /// The right side of `let`, `=` or `break`: a label prints bare there,
    /// and so does an inlined call's `block [label ...]` (the block only
    /// matters to the compiler downstream).
    fn value(&mut self, node: &Node) {
        match node {
            Node::Block { body } if matches!(body.as_slice(), [Node::Label { .. }]) => {
                self.statement_form(&body[0]);
            }
            Node::Label { .. } => {
                self.statement_form(node);
            }
            other => self.expr(other, Prec::Lowest),
        }
    }

    fn args(&mut self, args: &[Node]) {
        self.push("(");
        for (i, arg) in args.iter().enumerate() {
            if i > 0 {
                self.push(", ");
            }
            self.expr(arg, Prec::Lowest);
        }
        self.push(")");
    }

    /// Writes `node` as an expression, in parentheses if it binds looser
    /// than `min`.
    fn expr(&mut self, node: &Node, min: Prec) {
        if let Node::Identifier { name } = node {
            if let Some(folded) = self.temps.get(name).cloned() {
                return self.expr(&folded, min);
            }
        }
        let parens = node_prec(node) < min || (node_prec(node) == Prec::Lowest && min > Prec::Lowest);
        if parens {
            self.push("(");
        }
        self.expr_bare(node);
        if parens {
            self.push(")");
        }
    }

    fn expr_bare(&mut self, node: &Node) {
        match node {
            Node::Unknown => self.push("/* unknown */"),
            Node::Number { value } => {
                let text =
                    if *value == 0.0 && value.is_sign_negative() { "-0".to_owned() } else { to_js_string(*value) };
                self.push(&text);
            }
            Node::Boolean { value } => self.push(if *value { "true" } else { "false" }),
            Node::String { value } => self.push(&js_string_literal(value)),
            Node::Undefined => self.push("undefined"),
            Node::Null => self.push("null"),
            Node::Identifier { name } => self.push(name),
            Node::From { exp, field } if self.is_closure_param(exp) => self.push(field),
            Node::From { exp, field } => {
                self.receiver(exp);
                self.push(".[[");
                self.push(field);
                self.push("]]");
            }
            Node::Get { exp, field } => {
                self.receiver(exp);
                self.property_name(field);
            }
            Node::Index { exp, index } => {
                self.receiver(exp);
                match index.as_ref() {
                    // `o.x = v` is traced as an index with a constant key.
                    Node::String { value } if is_identifier(value) => self.property_name(value),
                    other => {
                        self.push("[");
                        self.expr(other, Prec::Lowest);
                        self.push("]");
                    }
                }
            }
            Node::MethodCall { e, method, method_call_args } => {
                self.receiver(e);
                self.property_name(method);
                self.args(method_call_args);
            }
            Node::Binop { op: BinOp::Exp, e1, e2 } => {
                // Right-associative; a unary left operand needs parentheses.
                self.expr(e1, Prec::Postfix);
                self.push(" ** ");
                self.expr(e2, Prec::Exponent);
            }
            Node::Binop { op, e1, e2 } => {
                let prec = binop_prec(*op);
                self.expr(e1, prec);
                self.push(" ");
                self.push(op.symbol());
                self.push(" ");
                self.expr(e2, next_tighter(prec));
            }
            Node::Op1 { op, e } => self.unary(*op, e),
            Node::Object { properties } => self.object(properties),
            Node::Array { exps } => {
                self.push("[");
                for (i, item) in exps.iter().enumerate() {
                    if i > 0 {
                        self.push(", ");
                    }
                    self.expr(item, Prec::Lowest);
                }
                self.push("]");
            }
            Node::Clos { tenv } => self.closure(tenv),
            statement => {
                self.statement_form(statement);
            }
        }
    }

    fn is_closure_param(&self, node: &Node) -> bool {
        matches!(node, Node::Identifier { name } if self.closure_params.contains(name))
    }

    /// The object of `.x`, `[i]` or a call; number literals need parentheses
    /// (`(1).x`, not `1.x`).
    fn receiver(&mut self, node: &Node) {
        if matches!(node, Node::Number { .. }) {
            self.push("(");
            self.expr_bare(node);
            self.push(")");
        } else {
            self.expr(node, Prec::Postfix);
        }
    }

    fn property_name(&mut self, name: &str) {
        if is_identifier(name) {
            self.push(".");
            self.push(name);
        } else {
            self.push("[");
            self.push(&js_string_literal(name));
            self.push("]");
        }
    }

    fn unary(&mut self, op: Op1, e: &Node) {
        if op == Op1::IsArray {
            self.push("Array.isArray(");
            self.expr_bare(e);
            self.push(")");
            return;
        }
        self.push(op.symbol());
        if matches!(op, Op1::Typeof | Op1::Void) {
            self.push(" ");
        }
        // `- -x` and `+ +x` must not fuse into `--x` / `++x`.
        let fuses = matches!(op, Op1::Neg | Op1::Plus)
            && (matches!(e, Node::Op1 { op: Op1::Neg | Op1::Plus, .. })
                || node_prec(e) == Prec::Unary && matches!(e, Node::Number { .. }));
        if fuses {
            self.push("(");
            self.expr_bare(e);
            self.push(")");
        } else {
            self.expr(e, Prec::Unary);
        }
    }

    fn object(&mut self, properties: &Props) {
        if properties.is_empty() {
            self.push("{}");
            return;
        }
        self.push("{");
        for (i, (key, value)) in properties.iter().enumerate() {
            self.push(if i > 0 { ", " } else { "" });
            self.property_key(key);
            self.push(": ");
            self.expr(value, Prec::Lowest);
        }
        self.push("}");
    }

    fn property_key(&mut self, key: &str) {
        if is_identifier(key) || super::number::array_index(key).is_some() {
            self.push(key);
        } else {
            self.push(&js_string_literal(key));
        }
    }

    fn closure(&mut self, tenv: &Props) {
        self.push("closure(");
        match tenv.get("$fn") {
            Some(Node::String { value }) => self.push(value),
            Some(other) => self.expr(other, Prec::Lowest),
            None => self.push("?"),
        }
        let captured: Vec<(&str, &Node)> = tenv.iter().filter(|(k, _)| *k != "$fn").collect();
        if !captured.is_empty() {
            self.push(", {");
            for (i, (key, value)) in captured.into_iter().enumerate() {
                self.push(if i > 0 { ", " } else { "" });
                self.property_key(key);
                self.push(": ");
                self.expr(value, Prec::Lowest);
            }
            self.push("}");
        }
        self.push(")");
    }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '$')
}

/// A double-quoted JavaScript string literal.
pub fn js_string_literal(s: &str) -> String {
    crate::js_literal::quote(s)
}

/// The golden tests' line diff, shared with the integration tests.
#[cfg(test)]
#[path = "../../tests/it/common/diff.rs"]
mod golden_diff;

#[cfg(test)]
mod tests {
    use super::golden_diff as diff;
    use super::*;

    /// Golden files: `testdata/NAME.json` renders as `testdata/NAME.txt`.
    /// With `UPDATE_GOLDEN=1` the `.txt` files are rewritten instead.
    #[test]
    fn golden_files() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/trace/testdata");
        let mut checked = 0;
        let mut entries: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
        entries.sort();
        for json_path in entries.into_iter().filter(|p| p.extension().is_some_and(|e| e == "json")) {
            let text = render(&std::fs::read(&json_path).unwrap()).unwrap();
            let txt_path = json_path.with_extension("txt");
            if std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1") {
                std::fs::write(&txt_path, &text).unwrap();
            }
            let want = std::fs::read_to_string(&txt_path).unwrap();
            assert!(
                text == want,
                "{} differs from {} (- expected, + rendered; UPDATE_GOLDEN=1 accepts):\n{}",
                json_path.display(),
                txt_path.display(),
                diff::unified(&want, &text)
            );
            checked += 1;
        }
        assert!(checked >= 3, "expected golden files in {}", dir.display());
    }

    fn expr(node: Node) -> String {
        render_node(&Node::Block { body: vec![node] })
    }

    fn num(value: f64) -> Box<Node> {
        Box::new(Node::Number { value })
    }

    fn id(name: &str) -> Box<Node> {
        Box::new(Node::Identifier { name: name.into() })
    }

    #[test]
    fn parenthesizes_by_precedence() {
        let sum = Node::Binop { op: BinOp::Add, e1: id("a"), e2: id("b") };
        let product = Node::Binop { op: BinOp::Mul, e1: Box::new(sum.clone()), e2: id("c") };
        assert_eq!(expr(product), "(a + b) * c;\n");
        let right_nested = Node::Binop {
            op: BinOp::Sub,
            e1: id("a"),
            e2: Box::new(Node::Binop { op: BinOp::Sub, e1: id("b"), e2: id("c") }),
        };
        assert_eq!(expr(right_nested), "a - (b - c);\n");
        let left_nested = Node::Binop {
            op: BinOp::Sub,
            e1: Box::new(Node::Binop { op: BinOp::Sub, e1: id("a"), e2: id("b") }),
            e2: id("c"),
        };
        assert_eq!(expr(left_nested), "a - b - c;\n");
        let neg_neg = Node::Op1 { op: Op1::Neg, e: Box::new(Node::Op1 { op: Op1::Neg, e: id("x") }) };
        assert_eq!(expr(neg_neg), "-(-x);\n");
        let neg_literal = Node::Op1 { op: Op1::Neg, e: num(-1.0) };
        assert_eq!(expr(neg_literal), "-(-1);\n");
        let member_of_sum = Node::Get { exp: Box::new(sum), field: "length".into() };
        assert_eq!(expr(member_of_sum), "(a + b).length;\n");
        let member_of_number = Node::Get { exp: num(1.0), field: "x".into() };
        assert_eq!(expr(member_of_number), "(1).x;\n");
        let odd_name = Node::Get { exp: id("o"), field: "a-b".into() };
        assert_eq!(expr(odd_name), "o[\"a-b\"];\n");
        let typeof_minus =
            Node::Op1 { op: Op1::Typeof, e: Box::new(Node::Binop { op: BinOp::Sub, e1: id("a"), e2: num(-0.0) }) };
        assert_eq!(expr(typeof_minus), "typeof (a - -0);\n");
    }

    #[test]
    fn temporaries_are_folded_into_their_use() {
        let amount = Node::Get { exp: id("req_1"), field: "amount".into() };
        let trace = Node::Block {
            body: vec![
                Node::Let { name: "t1_".into(), named: Box::new(amount) },
                Node::Let { name: "t2_".into(), named: Box::new(Node::Op1 { op: Op1::Neg, e: id("x") }) },
                Node::PrimApp {
                    event: "send".into(),
                    event_args: vec![Node::Binop { op: BinOp::Mul, e1: id("t1_"), e2: id("t2_") }],
                },
                Node::Let { name: "t_3".into(), named: num(1.0) },
            ],
        };
        assert_eq!(render_node(&trace), "send(req_1.amount * -x);\nlet t_3 = 1;\n");
        assert!(is_temporary("t12_") && !is_temporary("t_") && !is_temporary("t1") && !is_temporary("x1_"));
    }

    #[test]
    fn string_literals() {
        assert_eq!(js_string_literal("a\"b\\c\n\u{1}\u{2028}é"), r#""a\"b\\c\n\x01\u2028é""#);
    }

    #[test]
    fn malformed_traces_are_errors() {
        assert!(render(b"{").unwrap_err().to_string().contains("not JSON"));
        assert!(render(br#"{"kind":"if"}"#).unwrap_err().to_string().contains("cond"));
    }
}
