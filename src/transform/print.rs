//! Stage 5: print our AST as JavaScript, two spaces per level.
//!
//! Parentheses are added from operator precedence only where needed;
//! opaque text is printed as written (its names renamed).
//!
//! While printing, the source-map markers (`Stmt::At`, `Piece::At`) become
//! [`Mark`]s: this byte of the output comes from that byte of the source.
//! `sourcemap` turns them into the map.

use super::ast::*;

/// Output byte offset → source byte offset, in output order.
pub type Mark = (u32, Pos);

/// The program's text and where its parts come from in the source.
pub fn print(program: &Program, capacity: usize) -> (String, Vec<Mark>) {
    let mut p = Printer::new(String::with_capacity(capacity), &program.names);
    if let Some(hashbang) = &program.hashbang {
        p.out.push_str(hashbang);
        p.out.push('\n');
    }
    for d in &program.directives {
        p.line(d);
    }
    for st in &program.body {
        p.stmt(st);
    }
    (p.out, p.marks)
}

/// Prints one expression (for tests).
#[cfg(test)]
pub fn print_expr(e: &Expr, names: &Names) -> String {
    let mut p = Printer::new(String::new(), names);
    p.expr(e, 0);
    p.out
}

/// Prints statements (for tests).
#[cfg(test)]
pub fn print_stmts(body: &[Stmt], names: &Names) -> String {
    let mut p = Printer::new(String::new(), names);
    for st in body {
        p.stmt(st);
    }
    p.out
}

/// Marks for source text copied as is to `out_start` from `src_start`:
/// one at the start of every word (where Node places a call, a `new`, a
/// `throw`, a property read) and at the first character of every line.
pub fn verbatim_marks(text: &str, out_start: usize, src_start: Pos, marks: &mut Vec<Mark>) {
    let bytes = text.as_bytes();
    let mut line_start = true;
    for (i, &b) in bytes.iter().enumerate() {
        let word = is_word_byte(b);
        let starts_word = word && (i == 0 || !is_word_byte(bytes[i - 1]));
        let first_on_line = line_start && b != b' ' && b != b'\t' && b != b'\n';
        if (i == 0 || starts_word || first_on_line) && text.is_char_boundary(i) {
            push_mark(marks, (out_start + i) as u32, src_start + i as u32);
        }
        if b == b'\n' {
            line_start = true;
        } else if b != b' ' && b != b'\t' {
            line_start = false;
        }
    }
}

/// Identifier and number characters; every byte of a non-ASCII character.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80
}

/// Adds a mark; a later one at the same output byte replaces the earlier.
fn push_mark(marks: &mut Vec<Mark>, out: u32, src: Pos) {
    match marks.last_mut() {
        Some(last) if last.0 == out => last.1 = src,
        _ => marks.push((out, src)),
    }
}

struct Printer<'n> {
    out: String,
    indent: usize,
    names: &'n Names,
    marks: Vec<Mark>,
    /// Set by `Piece::At`: the next piece is the source's text from there.
    verbatim: Option<Pos>,
}

const PREC_ASSIGN: u8 = 2;
const PREC_OR: u8 = 4;
const PREC_AND: u8 = 5;
const PREC_EXP: u8 = 15;
const PREC_UNARY: u8 = 16;
const PREC_CALL: u8 = 19;

fn bin_prec(op: BinOp) -> u8 {
    match op {
        BinOp::StrictEq | BinOp::StrictNe | BinOp::Eq | BinOp::Ne => 10,
        BinOp::BitOr => 7,
        BinOp::BitXor => 8,
        BinOp::BitAnd => 9,
        BinOp::Lt | BinOp::Gt | BinOp::Le | BinOp::Ge | BinOp::In => 11,
        BinOp::Shl | BinOp::Shr | BinOp::UShr => 12,
        BinOp::Exp => PREC_EXP,
        BinOp::Add | BinOp::Sub => 13,
        // Printed as a template literal: a primary expression.
        BinOp::Concat => PREC_CALL,
        BinOp::Mul | BinOp::Div | BinOp::Rem => 14,
    }
}

fn logic_prec(op: LogicOp) -> u8 {
    match op {
        LogicOp::And => PREC_AND,
        // `??` cannot mix with `&&`/`||` unparenthesised: print it as low.
        LogicOp::Or | LogicOp::Nullish => PREC_OR,
    }
}

fn expr_prec(e: &Expr) -> u8 {
    match e {
        Expr::Bin(op, ..) => bin_prec(*op),
        Expr::Logic(op, ..) => logic_prec(*op),
        Expr::Un(..) => PREC_UNARY,
        Expr::Num(n) if n.starts_with('-') => PREC_UNARY,
        Expr::Cond(..) => 3,
        Expr::Assign(..) | Expr::Func(_) | Expr::Opaque(..) => PREC_ASSIGN,
        Expr::Seq(_) => 1,
        Expr::Update { .. } => 17,
        _ => 20,
    }
}

/// A property name that can be written without quotes.
pub fn is_identifier_name(name: &str) -> bool {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if c.is_ascii_alphabetic() || c == '_' || c == '$' => {}
        _ => return false,
    }
    chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

pub use crate::js_literal::{quote, quote_into};

impl<'n> Printer<'n> {
    fn new(out: String, names: &'n Names) -> Self {
        Printer { out, indent: 0, names, marks: Vec::new(), verbatim: None }
    }

    /// The next statement (which starts with the indentation) comes from `pos`.
    fn mark_next_stmt(&mut self, pos: Pos) {
        if pos != NO_POS {
            push_mark(&mut self.marks, (self.out.len() + 2 * self.indent) as u32, pos);
        }
    }

    fn pad(&mut self) {
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
    }

    fn line(&mut self, text: &str) {
        self.pad();
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn name(&mut self, v: VarId) {
        let info = self.names.info(v);
        let text = self.names.text(v);
        if info.kind == NameKind::Free && is_reserved(text) {
            // A global that happens to be called like one of ours.
            self.out.push_str("globalThis.");
        }
        self.out.push_str(text);
    }

    fn opaque(&mut self, o: &Opaque) {
        for piece in &o.pieces {
            let from = self.verbatim.take();
            if let (Some(src), Piece::Name(_) | Piece::Shorthand(..)) = (from, piece) {
                push_mark(&mut self.marks, self.out.len() as u32, src);
            }
            match piece {
                Piece::Text(t) => {
                    if let Some(src) = from {
                        verbatim_marks(t, self.out.len(), src, &mut self.marks);
                    }
                    self.out.push_str(t)
                }
                Piece::Name(v) => self.name(*v),
                Piece::Shorthand(key, v) => {
                    self.out.push_str(key);
                    self.out.push_str(": ");
                    self.name(*v);
                }
                Piece::At(pos) => self.verbatim = Some(*pos),
            }
        }
        self.verbatim = None;
    }

    /// Opaque text as a statement, always terminated.
    fn opaque_stmt(&mut self, o: &Opaque) {
        self.pad();
        let start = self.out.len();
        self.opaque(o);
        if !self.out[start..].trim_end().ends_with(';') {
            self.out.push(';');
        }
        self.out.push('\n');
    }

    fn block_body(&mut self, body: &[Stmt]) {
        self.out.push_str("{\n");
        self.indent += 1;
        for st in body {
            self.stmt(st);
        }
        self.indent -= 1;
        self.pad();
        self.out.push('}');
    }

    fn stmt(&mut self, st: &Stmt) {
        match st {
            Stmt::Expr(e) => {
                self.pad();
                if starts_ambiguously(e) {
                    self.out.push('(');
                    self.expr(e, 0);
                    self.out.push(')');
                } else {
                    self.expr(e, 0);
                }
                self.out.push_str(";\n");
            }
            Stmt::Decl(kind, x, init) => {
                self.pad();
                self.out.push_str(kind.as_str());
                self.out.push(' ');
                self.name(*x);
                if let Some(init) = init {
                    self.out.push_str(" = ");
                    self.expr(init, PREC_ASSIGN);
                }
                self.out.push_str(";\n");
            }
            Stmt::If(test, a, b) => {
                self.pad();
                self.if_chain(test, a, b);
                self.out.push('\n');
            }
            Stmt::Block(body) => {
                self.pad();
                self.block_body(body);
                self.out.push('\n');
            }
            Stmt::Loop { label, body } => {
                self.pad();
                self.out.push_str(label);
                self.out.push_str(": while (true) ");
                self.block_body(body);
                self.out.push('\n');
            }
            Stmt::Labeled { label, body } => {
                self.pad();
                self.out.push_str(label);
                self.out.push_str(": ");
                self.block_body(body);
                self.out.push('\n');
            }
            Stmt::Break(label) => self.line(&format!("break {label};")),
            Stmt::Try(t) => {
                self.pad();
                self.out.push_str("try ");
                self.block_body(&t.block);
                if let Some((param, body)) = &t.handler {
                    self.out.push_str(" catch ");
                    if let Some(param) = param {
                        self.out.push('(');
                        self.name(*param);
                        self.out.push_str(") ");
                    }
                    self.block_body(body);
                }
                if let Some(body) = &t.finalizer {
                    self.out.push_str(" finally ");
                    self.block_body(body);
                }
                self.out.push('\n');
            }
            Stmt::Throw(value) => {
                self.pad();
                self.out.push_str("throw ");
                self.expr(value, 0);
                self.out.push_str(";\n");
            }
            Stmt::At(pos) => self.mark_next_stmt(*pos),
            Stmt::Return(value) => {
                self.pad();
                self.out.push_str("return");
                if let Some(v) = value {
                    self.out.push(' ');
                    self.expr(v, 0);
                }
                self.out.push_str(";\n");
            }
            Stmt::FuncDecl(f) => {
                self.pad();
                self.func(f);
                self.out.push('\n');
            }
            Stmt::OpaqueFunc(text, _) | Stmt::OpaqueClass(text, _) | Stmt::Opaque(text) | Stmt::Raw(text) => {
                self.opaque_stmt(text)
            }
            // Pre-normalization forms, printed readably for diagnostics.
            Stmt::While(w) => {
                let WhileLoop { test, body, labels } = w.as_ref();
                self.pad();
                self.out.push_str(&format!("{}: while (", labels.brk));
                self.expr(test, 0);
                self.out.push_str(") ");
                self.block_body(body);
                self.out.push('\n');
            }
            Stmt::DoWhile(w) => {
                let WhileLoop { test, body, labels } = w.as_ref();
                self.pad();
                self.out.push_str(&format!("{}: do ", labels.brk));
                self.block_body(body);
                self.out.push_str(" while (");
                self.expr(test, 0);
                self.out.push_str(");\n");
            }
            Stmt::For(f) => {
                let ForLoop { init, test, update, body, labels, .. } = f.as_ref();
                for st in init {
                    self.stmt(st);
                }
                self.pad();
                self.out.push_str(&format!("{}: for (; ", labels.brk));
                if let Some(t) = test {
                    self.expr(t, 0);
                }
                self.out.push_str("; ");
                if let Some(u) = update {
                    self.expr(u, 0);
                }
                self.out.push_str(") ");
                self.block_body(body);
                self.out.push('\n');
            }
            Stmt::Switch(sw) => {
                let Switch { disc, cases, label } = sw.as_ref();
                self.pad();
                self.out.push_str(&format!("{label}: switch ("));
                self.expr(disc, 0);
                self.out.push_str(") {\n");
                for case in cases {
                    self.pad();
                    match &case.test {
                        Some(t) => {
                            self.out.push_str("case ");
                            self.expr(t, 0);
                            self.out.push_str(":\n");
                        }
                        None => self.out.push_str("default:\n"),
                    }
                    self.indent += 1;
                    for st in &case.body {
                        self.stmt(st);
                    }
                    self.indent -= 1;
                }
                self.line("}");
            }
        }
    }

    fn if_chain(&mut self, test: &Expr, a: &[Stmt], b: &[Stmt]) {
        self.out.push_str("if (");
        self.expr(test, 0);
        self.out.push_str(") ");
        self.block_body(a);
        if !b.is_empty() {
            self.out.push_str(" else ");
            self.block_body(b);
        }
    }

    fn func(&mut self, f: &Func) {
        if f.is_arrow {
            self.params(f);
            self.out.push_str(" => ");
        } else {
            self.out.push_str("function ");
            if let Some(name) = f.name {
                self.name(name);
            }
            self.params(f);
            self.out.push(' ');
        }
        self.out.push_str("{\n");
        self.indent += 1;
        for d in &f.directives {
            self.line(d);
        }
        for st in &f.body {
            self.stmt(st);
        }
        self.indent -= 1;
        self.pad();
        self.out.push('}');
    }

    fn params(&mut self, f: &Func) {
        self.out.push('(');
        for (i, p) in f.params.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.name(*p);
            if i >= f.length {
                // Keeps `length` as written; the real default runs in the body.
                self.out.push_str(" = undefined");
            }
        }
        self.out.push(')');
    }

    /// The pieces of a template literal: its strings as written, every
    /// other operand as a substitution (converted with ToString, as the
    /// source did).
    fn template_parts(&mut self, e: &Expr) {
        match e {
            Expr::Bin(BinOp::Concat, a, b) => {
                self.template_parts(a);
                self.template_parts(b);
            }
            Expr::Str(text) => {
                let quoted = quote(text);
                let inner = &quoted[1..quoted.len() - 1];
                self.out.push_str(&inner.replace('`', "\\`").replace('$', "\\$"));
            }
            other => {
                self.out.push_str("${");
                self.expr(other, 0);
                self.out.push('}');
            }
        }
    }

    fn target(&mut self, t: &Target) {
        match t {
            Target::Var(v) => self.name(*v),
            Target::Get(o, f) => self.member(o, f),
            Target::Index(o, k) => {
                self.expr(o, PREC_CALL);
                self.out.push('[');
                self.expr(k, 0);
                self.out.push(']');
            }
        }
    }

    fn member(&mut self, o: &Expr, field: &str) {
        let wrap = matches!(o, Expr::Num(_)) || expr_prec(o) < PREC_CALL;
        if wrap {
            self.out.push('(');
            self.expr(o, 0);
            self.out.push(')');
        } else {
            self.expr(o, PREC_CALL);
        }
        if is_identifier_name(field) {
            self.out.push('.');
            self.out.push_str(field);
        } else {
            self.out.push('[');
            self.out.push_str(&quote(field));
            self.out.push(']');
        }
    }

    /// Prints `e`, parenthesised when its precedence is below `min`.
    /// `a, b, c`: arguments, array elements and sequences.
    fn comma_list(&mut self, items: &[Expr]) {
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.expr(item, PREC_ASSIGN);
        }
    }

    fn expr(&mut self, e: &Expr, min: u8) {
        let prec = expr_prec(e);
        if prec < min {
            self.out.push('(');
            self.expr_inner(e);
            self.out.push(')');
        } else {
            self.expr_inner(e);
        }
    }

    fn expr_inner(&mut self, e: &Expr) {
        match e {
            Expr::Num(n) => self.out.push_str(n),
            Expr::Str(text) => quote_into(text, &mut self.out),
            Expr::Bool(b) => self.out.push_str(if *b { "true" } else { "false" }),
            Expr::Null => self.out.push_str("null"),
            Expr::Undefined => self.out.push_str("undefined"),
            Expr::Var(v) => self.name(*v),
            Expr::Get(o, f) => self.member(o, f),
            Expr::Index(o, k) => {
                self.expr(o, PREC_CALL);
                self.out.push('[');
                self.expr(k, 0);
                self.out.push(']');
            }
            Expr::Bin(BinOp::Concat, ..) => {
                self.out.push('`');
                self.template_parts(e);
                self.out.push('`');
            }
            Expr::Bin(BinOp::Exp, a, b) => {
                // Right-associative, and a unary left operand is a syntax
                // error (`-x ** 2`): it is parenthesised.
                self.expr(a, PREC_UNARY + 1);
                self.out.push_str(" ** ");
                self.expr(b, PREC_EXP);
            }
            Expr::Bin(op, a, b) => {
                let p = bin_prec(*op);
                self.expr(a, p);
                self.out.push(' ');
                self.out.push_str(op.as_str());
                self.out.push(' ');
                self.expr(b, p + 1);
            }
            Expr::Logic(op, a, b) => {
                let p = logic_prec(*op);
                // Mixing `??` with `&&`/`||` needs explicit parentheses.
                let (la, lb) = if *op == LogicOp::Nullish { (PREC_UNARY, PREC_UNARY) } else { (p, p + 1) };
                self.expr(a, la);
                self.out.push(' ');
                self.out.push_str(op.as_str());
                self.out.push(' ');
                self.expr(b, lb);
            }
            Expr::Un(UnOp::IsArray, a) => {
                self.out.push_str("$T.isArray(");
                self.expr(a, PREC_ASSIGN);
                self.out.push(')');
            }
            Expr::Un(op, a) => {
                self.out.push_str(op.as_str());
                if matches!(op, UnOp::Typeof | UnOp::Void) {
                    self.out.push(' ');
                }
                // `- -x`, `+ +x`, `- -1`: never glue two signs together.
                let nested_sign = matches!(a.as_ref(), Expr::Un(UnOp::Neg | UnOp::Plus, _))
                    || matches!(a.as_ref(), Expr::Num(n) if n.starts_with('-'));
                if nested_sign {
                    self.out.push('(');
                    self.expr(a, 0);
                    self.out.push(')');
                } else {
                    self.expr(a, PREC_UNARY);
                }
            }
            Expr::Cond(c, a, b) => {
                self.expr(c, 4);
                self.out.push_str(" ? ");
                self.expr(a, PREC_ASSIGN);
                self.out.push_str(" : ");
                self.expr(b, PREC_ASSIGN);
            }
            Expr::Assign(t, op, v) => {
                self.target(t);
                self.out.push(' ');
                if let Some(op) = op {
                    self.out.push_str(op.as_str());
                }
                self.out.push_str("= ");
                self.expr(v, PREC_ASSIGN);
            }
            Expr::Update { target, increment, prefix } => {
                let op = if *increment { "++" } else { "--" };
                if *prefix {
                    self.out.push_str(op);
                }
                self.target(target);
                if !*prefix {
                    self.out.push_str(op);
                }
            }
            Expr::Call(callee, args, _) => {
                if matches!(callee.as_ref(), Expr::Func(_) | Expr::Opaque(..)) {
                    self.out.push('(');
                    self.expr(callee, 0);
                    self.out.push(')');
                } else {
                    self.expr(callee, PREC_CALL);
                }
                self.out.push('(');
                self.comma_list(args);
                self.out.push(')');
            }
            Expr::Seq(list) => {
                self.comma_list(list);
            }
            Expr::Object(fields) => {
                if fields.is_empty() {
                    self.out.push_str("{}");
                    return;
                }
                self.out.push_str("{ ");
                for (i, (k, v)) in fields.iter().enumerate() {
                    if i > 0 {
                        self.out.push_str(", ");
                    }
                    if k == SPREAD_KEY {
                        self.out.push_str("...");
                        self.expr(v, PREC_ASSIGN);
                        continue;
                    }
                    if is_identifier_name(k) {
                        self.out.push_str(k);
                    } else {
                        self.out.push_str(&quote(k));
                    }
                    self.out.push_str(": ");
                    self.expr(v, PREC_ASSIGN);
                }
                self.out.push_str(" }");
            }
            Expr::Array(items) => {
                self.out.push('[');
                self.comma_list(items);
                self.out.push(']');
            }
            Expr::Func(f) => self.func(f),
            Expr::Opaque(o, _) => self.opaque(o),
            Expr::Tracing(method, args) => {
                self.out.push_str("$T.");
                self.out.push_str(method);
                self.out.push('(');
                self.comma_list(args);
                self.out.push(')');
            }
            Expr::Template(n) => {
                self.out.push_str("$t");
                self.out.push_str(&n.to_string());
            }
            Expr::NameStr(v) => quote_into(self.names.text(*v), &mut self.out),
            Expr::Chain(base, links) => {
                self.expr(base, PREC_CALL);
                for link in links {
                    if link.optional {
                        self.out.push_str("?.");
                    }
                    match &link.access {
                        Access::Field(f) => {
                            if !link.optional {
                                self.out.push('.');
                            }
                            self.out.push_str(f);
                        }
                        Access::Index(k) => {
                            self.out.push('[');
                            self.expr(k, 0);
                            self.out.push(']');
                        }
                        Access::Call(args, _) => {
                            self.out.push('(');
                            for (i, a) in args.iter().enumerate() {
                                if i > 0 {
                                    self.out.push_str(", ");
                                }
                                self.expr(a, PREC_ASSIGN);
                            }
                            self.out.push(')');
                        }
                    }
                }
            }
        }
    }
}

/// An expression statement that would parse as something else when it
/// starts with `function`, `class`, `{` or `let [`.
fn starts_ambiguously(e: &Expr) -> bool {
    match e {
        Expr::Func(f) => !f.is_arrow,
        Expr::Object(_) | Expr::Opaque(..) => true,
        Expr::Get(o, _) | Expr::Index(o, _) => starts_ambiguously(o),
        Expr::Call(c, ..) => matches!(c.as_ref(), Expr::Func(_)) || starts_ambiguously(c),
        Expr::Bin(_, a, _) | Expr::Logic(_, a, _) => starts_ambiguously(a),
        Expr::Assign(t, _, _) => match t.as_ref() {
            Target::Var(_) => false,
            Target::Get(o, _) | Target::Index(o, _) => starts_ambiguously(o),
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped() {
        assert_eq!(quote("a\"b\\c\n\u{1}é\u{2028}"), "\"a\\\"b\\\\c\\n\\x01é\\u2028\"");
    }

    #[test]
    fn precedence_adds_only_needed_parentheses() {
        let names = Names::default();
        let n = |s: &str| Box::new(Expr::Num(s.into()));
        let e = Expr::Bin(BinOp::Mul, Box::new(Expr::Bin(BinOp::Add, n("1"), n("2"))), n("3"));
        assert_eq!(print_expr(&e, &names), "(1 + 2) * 3");
        let e = Expr::Bin(BinOp::Sub, n("1"), Box::new(Expr::Bin(BinOp::Sub, n("2"), n("3"))));
        assert_eq!(print_expr(&e, &names), "1 - (2 - 3)");
        let e = Expr::Un(UnOp::Neg, Box::new(Expr::Un(UnOp::Neg, Box::new(Expr::Null))));
        assert_eq!(print_expr(&e, &names), "-(-null)");
        let e = Expr::Un(UnOp::Neg, n("-1"));
        assert_eq!(print_expr(&e, &names), "-(-1)");
        let e = Expr::Get(n("1"), "toFixed".into());
        assert_eq!(print_expr(&e, &names), "(1).toFixed");
        let e = Expr::Get(Box::new(Expr::Str("x".into())), "a-b".into());
        assert_eq!(print_expr(&e, &names), "\"x\"[\"a-b\"]");
        let e = Expr::Un(UnOp::Typeof, Box::new(Expr::Bin(BinOp::Add, n("1"), n("2"))));
        assert_eq!(print_expr(&e, &names), "typeof (1 + 2)");
    }

    #[test]
    fn free_reserved_names_go_through_global_this() {
        let mut names = Names::default();
        let t = names.free("$T");
        let x = names.free("x");
        assert_eq!(print_expr(&Expr::Var(t), &names), "globalThis.$T");
        assert_eq!(print_expr(&Expr::Var(x), &names), "x");
    }
}
