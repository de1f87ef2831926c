//! Our own small, owned JavaScript AST.
//!
//! `lower` builds it from oxc's arena AST (so no arena lifetime escapes the
//! lowering stage), `normalize` rewrites it into a restricted subset, and
//! `instrument` adds the `$T` calls using the very same node types, so that
//! `print` has a single tree to print. Constructs the compiler does not model
//! are kept as [`Opaque`] source text.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A small, fast hasher for the compiler's own maps (keys are offsets and
/// short names from one program; no hash flooding concern).
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(n as u64);
    }

    fn write_u32(&mut self, n: u32) {
        self.add(n as u64);
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl FastHasher {
    fn add(&mut self, word: u64) {
        // Multiply-rotate mixing, as in rustc's FxHasher.
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
pub type FastSet<K> = std::collections::HashSet<K, BuildHasherDefault<FastHasher>>;

/// Index of a name in [`Names`]: every variable occurrence refers to one.
pub type VarId = u32;

/// What a name in [`Names`] stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    Var,
    Let,
    Const,
    Param,
    Function,
    Class,
    Catch,
    /// The own name of a named function or class expression.
    SelfName,
    /// A name no declaration binds: a global (`console`, `Math`, `require`).
    Free,
    /// A temporary introduced by the compiler (`$r1`).
    Temp,
    /// One of the compiler's own names (`$T`, `$s0`, `$t3`).
    Internal,
}

/// Everything the later stages need to know about one binding.
#[derive(Clone, Debug)]
pub struct NameInfo {
    /// The name as written in the source (`x`), or the fixed text of a
    /// temporary or internal name.
    pub base: String,
    pub kind: NameKind,
    /// The printed name, decided once all names are known (`x$3`).
    pub text: String,
    /// Index of the function (activation) that declares it.
    pub decl_fn: u32,
    /// Read or written from a function other than the declaring one.
    pub captured: bool,
    /// Written anywhere after its declaration (or declared twice).
    pub reassigned: bool,
    /// Written from a function other than the declaring one.
    pub assigned_in_nested: bool,
    /// Some write may store a string, an object or an unknown value, so
    /// `x++` must convert with `+x`.
    pub non_numeric: bool,
    /// A block-level function in sloppy mode that also has a function-level
    /// `var` binding (Annex B): never a static callee, never traced.
    pub annex_b: bool,
    /// Prints as the text of another name (a catch parameter redeclared by
    /// `var` shares the var's name so both keep meaning the same slot).
    pub alias: Option<VarId>,
    /// A parameter that a `var` in the body declares again.
    pub redeclared_by_var: bool,
    /// A `var` declared with a value the trace does not model
    /// (`var fs = require('fs')`): it gets no trace name on entry, so
    /// nothing recorded can read the `undefined` it holds before that.
    pub opaque_init: bool,
    /// A `var` that redeclares a parameter of a function with parameter
    /// expressions: its own binding, which starts with the parameter's value.
    pub copy_of: Option<VarId>,
}

/// The table of every name in the program.
#[derive(Clone, Debug, Default)]
pub struct Names {
    pub list: Vec<NameInfo>,
    free: FastMap<String, VarId>,
    temps: u32,
}

impl Names {
    pub fn add(&mut self, base: &str, kind: NameKind, decl_fn: u32) -> VarId {
        let id = self.list.len() as VarId;
        self.list.push(NameInfo {
            base: base.to_string(),
            kind,
            text: String::new(),
            decl_fn,
            captured: false,
            reassigned: false,
            assigned_in_nested: false,
            non_numeric: false,
            annex_b: false,
            alias: None,
            redeclared_by_var: false,
            opaque_init: false,
            copy_of: None,
        });
        id
    }

    /// The entry of a free (global) name, created on first use.
    pub fn free(&mut self, name: &str) -> VarId {
        if let Some(&id) = self.free.get(name) {
            return id;
        }
        let id = self.add(name, NameKind::Free, 0);
        self.list[id as usize].text = name.to_string();
        self.free.insert(name.to_string(), id);
        id
    }

    /// A name whose printed text is fixed (temporaries and internal names).
    pub fn fixed(&mut self, text: &str, kind: NameKind) -> VarId {
        let id = self.add(text, kind, 0);
        self.list[id as usize].text = text.to_string();
        id
    }

    /// A fresh temporary `$rN`, unique in the program.
    pub fn temp(&mut self) -> VarId {
        self.temps += 1;
        let text = format!("$r{}", self.temps);
        self.fixed(&text, NameKind::Temp)
    }

    pub fn free_names(&self) -> impl Iterator<Item = &str> {
        self.free.keys().map(|k| k.as_str())
    }

    pub fn info(&self, id: VarId) -> &NameInfo {
        &self.list[id as usize]
    }

    pub fn info_mut(&mut self, id: VarId) -> &mut NameInfo {
        &mut self.list[id as usize]
    }

    /// The printed text of a name, following aliases.
    pub fn text(&self, id: VarId) -> &str {
        let mut info = self.info(id);
        // Aliases are one level deep by construction; the bound guards a cycle.
        for _ in 0..4 {
            match info.alias {
                Some(other) => info = self.info(other),
                None => break,
            }
        }
        &info.text
    }

    pub fn kind(&self, id: VarId) -> NameKind {
        self.info(id).kind
    }
}

/// True for the names the compiler reserves for itself: `$T`, `$t1`, `$s0`, `$r2`.
pub fn is_reserved(name: &str) -> bool {
    if name == "$T" {
        return true;
    }
    let bytes = name.as_bytes();
    bytes.len() >= 3
        && bytes[0] == b'$'
        && matches!(bytes[1], b't' | b's' | b'r')
        && bytes[2..].iter().all(u8::is_ascii_digit)
}

/// A byte offset in the source, for the source map; [`NO_POS`] for code
/// the compiler made up.
pub type Pos = u32;

/// The position of code that has none in the source.
pub const NO_POS: Pos = u32::MAX;

/// A piece of opaque source text: literal text, or a name to print renamed.
#[derive(Clone, Debug, PartialEq)]
pub enum Piece {
    Text(String),
    /// Prints nothing: the next piece is the source's own text from this
    /// offset on (the source map follows it token by token).
    At(Pos),
    Name(VarId),
    /// A shorthand property `{x}`: printed `x: x$3` so the key survives renaming.
    Shorthand(String, VarId),
}

/// Source text the compiler does not model, printed as written (renamed).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Opaque {
    pub pieces: Vec<Piece>,
}

impl Opaque {
    pub fn text(text: &str) -> Self {
        Opaque { pieces: vec![Piece::Text(text.to_string())] }
    }
}

/// How an opaque expression may be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpaqueKind {
    /// Side-effect free: its value can be bound and marked opaque.
    Pure,
    /// `require("...")`: has effects (loads a module) but yields an opaque value.
    Require,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    /// A template literal's `+`: the left side is a string and the right one
    /// is converted with ToString (`toString` first), not ToPrimitive. The
    /// trace writes it `+`, which is the same for every value it models;
    /// the program prints it back as a template literal.
    Concat,
    Sub,
    Mul,
    Div,
    Rem,
    StrictEq,
    StrictNe,
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
    UShr,
    Exp,
    In,
}

impl BinOp {
    pub fn as_str(self) -> &'static str {
        match self {
            BinOp::Add | BinOp::Concat => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
            BinOp::StrictEq => "===",
            BinOp::StrictNe => "!==",
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Gt => ">",
            BinOp::Le => "<=",
            BinOp::Ge => ">=",
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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Not,
    Neg,
    Plus,
    Typeof,
    Void,
    BitNot,
    /// Instrumentation's guard of a desugared `for-of`: the value is a
    /// plain array with the real iterator (`$T.isArray(x)`).
    IsArray,
}

impl UnOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnOp::Not => "!",
            UnOp::Neg => "-",
            UnOp::Plus => "+",
            UnOp::Typeof => "typeof",
            UnOp::Void => "void",
            UnOp::BitNot => "~",
            UnOp::IsArray => "isArray",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogicOp {
    And,
    Or,
    Nullish,
}

impl LogicOp {
    pub fn as_str(self) -> &'static str {
        match self {
            LogicOp::And => "&&",
            LogicOp::Or => "||",
            LogicOp::Nullish => "??",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// A number as JavaScript source text (`1.5`, `0x10`, `-2`).
    Num(String),
    Str(String),
    Bool(bool),
    Null,
    /// The global `undefined`.
    Undefined,
    Var(VarId),
    Get(Box<Expr>, String),
    Index(Box<Expr>, Box<Expr>),
    Bin(BinOp, Box<Expr>, Box<Expr>),
    Un(UnOp, Box<Expr>),
    Logic(LogicOp, Box<Expr>, Box<Expr>),
    Cond(Box<Expr>, Box<Expr>, Box<Expr>),
    /// `target = value`, or `target op= value` when `op` is set.
    Assign(Box<Target>, Option<BinOp>, Box<Expr>),
    /// `++x`, `x--`, ...: `increment` tells `++` from `--`.
    Update {
        target: Box<Target>,
        increment: bool,
        prefix: bool,
    },
    /// `callee(args)`; the position is where Node places the call in a
    /// stack trace: the method's name, or the start of the callee.
    Call(Box<Expr>, Box<[Expr]>, Pos),
    Seq(Vec<Expr>),
    /// `{k: v, ...}`; an entry keyed [`SPREAD_KEY`] is a spread `...v`.
    Object(Vec<(String, Expr)>),
    Array(Vec<Expr>),
    Func(Box<Func>),
    Opaque(Opaque, OpaqueKind),
    /// An optional chain of member reads and calls: `base?.a.b?.[k]`, `f?.()`.
    Chain(Box<Expr>, Vec<Link>),
    /// Instrumentation only: `$T.method(args)`.
    Tracing(&'static str, Vec<Expr>),
    /// Instrumentation only: the hoisted template `$tN`.
    Template(u32),
    /// Instrumentation only: a name's printed text as a string literal.
    NameStr(VarId),
}

/// One member read of an optional chain; `optional` is the `?.` before it.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub optional: bool,
    pub access: Access,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Access {
    Field(String),
    Index(Expr),
    /// A call of what the chain read so far (`f?.(x)`, `a?.b(x)`: a
    /// method call when it follows a `Field`); the position as in [`Expr::Call`].
    Call(Box<[Expr]>, Pos),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    Var(VarId),
    Get(Expr, String),
    Index(Expr, Expr),
}

// Builders the desugarings (normalize, callbacks, sort) write with.

pub fn var(v: VarId) -> Expr {
    Expr::Var(v)
}

pub fn num(n: impl std::fmt::Display) -> Expr {
    Expr::Num(n.to_string())
}

pub fn bin(op: BinOp, a: Expr, b: Expr) -> Expr {
    Expr::Bin(op, Box::new(a), Box::new(b))
}

pub fn not(e: Expr) -> Expr {
    Expr::Un(UnOp::Not, Box::new(e))
}

/// `let x = value;`
pub fn decl(x: VarId, value: Option<Expr>) -> Stmt {
    Stmt::Decl(DeclKind::Let, x, value)
}

/// `x = value;`
pub fn set(x: VarId, value: Expr) -> Stmt {
    Stmt::Expr(Expr::Assign(Box::new(Target::Var(x)), None, Box::new(value)))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeclKind {
    Var,
    Let,
    Const,
}

impl DeclKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DeclKind::Var => "var",
            DeclKind::Let => "let",
            DeclKind::Const => "const",
        }
    }
}

/// Labels of a source loop: `brk` for `break`, `cont` (a block around the
/// body) only when some `continue` targets the loop.
#[derive(Clone, Debug, PartialEq)]
pub struct LoopLabels {
    pub brk: String,
    pub cont: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SwitchCase {
    pub test: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WhileLoop {
    pub test: Expr,
    pub body: Vec<Stmt>,
    pub labels: LoopLabels,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ForLoop {
    pub init: Vec<Stmt>,
    pub test: Option<Expr>,
    pub update: Option<Expr>,
    pub body: Vec<Stmt>,
    pub labels: LoopLabels,
    /// `let` bindings of the head captured by a closure: each iteration
    /// needs its own copy (JavaScript's per-iteration environments).
    pub per_iteration: Vec<VarId>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Switch {
    pub disc: Expr,
    pub cases: Vec<SwitchCase>,
    pub label: String,
}

/// Statements. The large, rare forms are boxed so that the common ones
/// stay small (programs hold thousands of statements).
#[derive(Clone, Debug, PartialEq)]
pub enum Stmt {
    Expr(Expr),
    Decl(DeclKind, VarId, Option<Expr>),
    If(Box<Expr>, Vec<Stmt>, Vec<Stmt>),
    Block(Vec<Stmt>),
    While(Box<WhileLoop>),
    DoWhile(Box<WhileLoop>),
    For(Box<ForLoop>),
    Switch(Box<Switch>),
    /// Normalized loop: `label: while (true) { body }`.
    Loop {
        label: String,
        body: Vec<Stmt>,
    },
    /// `label: { body }` (the target of a `continue`).
    Labeled {
        label: String,
        body: Vec<Stmt>,
    },
    Break(String),
    Return(Option<Expr>),
    FuncDecl(Box<Func>),
    /// A function declaration the compiler does not trace (printed as written).
    OpaqueFunc(Opaque, VarId),
    /// A class declaration: runs as written, its name is an opaque binding.
    OpaqueClass(Opaque, VarId),
    /// A statement the compiler does not model: `$T.unknown` then the text.
    Opaque(Opaque),
    /// Printed as is, with nothing recorded (after instrumentation only).
    Raw(Opaque),
    /// `try { block } catch (param) { handler } finally { finalizer }`.
    Try(Box<Try>),
    /// `throw value`.
    Throw(Expr),
    /// Prints nothing: the statements that follow come from the source at
    /// this offset (for the source map). Never before a `break`, so a
    /// body's shape (`[Break]`) is what it was.
    At(Pos),
}

impl Stmt {
    pub fn if_(test: Expr, then: Vec<Stmt>, otherwise: Vec<Stmt>) -> Stmt {
        Stmt::If(Box::new(test), then, otherwise)
    }
}

/// A `try` statement. `id` (`Y<n>`) names it for the tracer, which finds
/// the statement a `catch` or `finally` clause belongs to by it.
#[derive(Clone, Debug, PartialEq)]
pub struct Try {
    pub id: String,
    pub block: Vec<Stmt>,
    /// The catch clause: its binding (a plain name; a pattern is bound from
    /// a temporary at the start of the handler) and its body.
    pub handler: Option<(Option<VarId>, Vec<Stmt>)>,
    pub finalizer: Option<Vec<Stmt>>,
}

/// A function the compiler traces.
#[derive(Clone, Debug, PartialEq)]
pub struct Func {
    /// Source id used by the trace (`"F3"`).
    pub id: String,
    /// Declared name, or the own name of a named function expression.
    pub name: Option<VarId>,
    pub is_arrow: bool,
    pub params: Vec<VarId>,
    /// Parameters before the first default: the function's `length`. The
    /// defaults themselves run in the body, so the rest print `= undefined`.
    pub length: usize,
    /// Directive prologue (`"use strict"`) as written: it must stay first.
    pub directives: Vec<String>,
    /// `var` bindings of this function (not parameters, not functions): the
    /// trace binds them to `undefined` on entry, as JavaScript hoists them.
    pub vars: Vec<VarId>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct Program {
    pub hashbang: Option<String>,
    pub directives: Vec<String>,
    pub vars: Vec<VarId>,
    pub body: Vec<Stmt>,
    pub names: Names,
}

/// The key of a spread entry `...v` in [`Expr::Object`]. A literal with
/// this key as a property is not lowered to an object, so it is unambiguous.
pub const SPREAD_KEY: &str = "\u{0}...";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_stay_small() {
        // Thousands of them per program: boxing keeps memory and copies low.
        assert!(std::mem::size_of::<Stmt>() <= 64, "{}", std::mem::size_of::<Stmt>());
        assert!(std::mem::size_of::<Expr>() <= 40, "{}", std::mem::size_of::<Expr>());
    }

    #[test]
    fn reserved_names_are_the_compilers_own() {
        for name in ["$T", "$t1", "$s0", "$r12"] {
            assert!(is_reserved(name), "{name}");
        }
        for name in ["$t", "$T1", "$x1", "$r1a", "x$1", "$s$1", "T"] {
            assert!(!is_reserved(name), "{name}");
        }
    }

    #[test]
    fn free_names_are_shared_and_aliases_print_the_target() {
        let mut names = Names::default();
        let a = names.free("console");
        let b = names.free("console");
        assert_eq!(a, b);
        assert_eq!(names.text(a), "console");
        let v = names.add("e", NameKind::Var, 0);
        names.info_mut(v).text = "e$1".into();
        let c = names.add("e", NameKind::Catch, 0);
        names.info_mut(c).text = "e$2".into();
        names.info_mut(c).alias = Some(v);
        assert_eq!(names.text(c), "e$1");
    }
}
