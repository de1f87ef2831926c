//! The plain body of an instrumented function (`TRACING.md`, "`$T.on`").
//!
//! Once the trace has settled most requests are untraced, and `$T.on` is
//! false for their whole turn (it never turns true inside running code).
//! Such a request should cost what Vanilla's does, so every instrumented
//! function starts with its normalized body as it is, nothing recorded:
//! `if (!$T.on) { ...body; return; }`, then the instrumented body. Both
//! are the same function, so its bindings, closures and objects are the
//! program's own either way.
//!
//! Moving a body into a block keeps its meaning except for function
//! declarations at its top level: those become lexical in a block (a
//! `var` of the same name is then an early error, a second declaration of
//! it too, and Annex B's function-level binding changes). Bodies with such
//! declarations keep only the instrumented form where anything could
//! clash.

use super::ast::*;

/// `if (!$T.on) { body }` for `f`, or None where a block would change
/// what the body's declarations mean. `on` is the `$T.on` expression.
pub fn dispatch(f: &Func, names: &Names, on: Expr) -> Option<Stmt> {
    if !block_keeps_meaning(f, names) {
        return None;
    }
    let mut body = f.body.clone();
    if super::instrument::can_complete(&body) {
        // Falling off the block would run the instrumented body too.
        body.push(Stmt::Return(None));
    }
    Some(Stmt::if_(not(on), body, Vec::new()))
}

fn block_keeps_meaning(f: &Func, names: &Names) -> bool {
    let mut declared: Vec<VarId> = Vec::new();
    for st in &f.body {
        let name = match st {
            Stmt::FuncDecl(g) => g.name,
            Stmt::OpaqueFunc(_, v) => Some(*v),
            // Its text may declare anything.
            Stmt::Opaque(_) | Stmt::Raw(_) => return false,
            _ => None,
        };
        if let Some(v) = name {
            if declared.contains(&v) || f.params.contains(&v) || names.info(v).annex_b {
                return false;
            }
            declared.push(v);
        }
    }
    declared.is_empty() || !f.body.iter().any(|st| may_declare_var(st, &declared))
}

/// Whether `st` (not the functions in it) may hold a `var` of one of
/// `names`: a `var` statement of it, or opaque text, which could.
fn may_declare_var(st: &Stmt, names: &[VarId]) -> bool {
    let any = |body: &[Stmt]| body.iter().any(|s| may_declare_var(s, names));
    match st {
        Stmt::Decl(DeclKind::Var, v, _) => names.contains(v),
        Stmt::Opaque(_) | Stmt::Raw(_) => true,
        Stmt::If(_, a, b) => any(a) || any(b),
        Stmt::Block(b) | Stmt::Loop { body: b, .. } | Stmt::Labeled { body: b, .. } => any(b),
        Stmt::While(w) | Stmt::DoWhile(w) => any(&w.body),
        Stmt::For(l) => any(&l.init) || any(&l.body),
        Stmt::Switch(s) => s.cases.iter().any(|c| any(&c.body)),
        Stmt::Try(t) => {
            any(&t.block)
                || t.handler.as_ref().is_some_and(|(_, h)| any(h))
                || t.finalizer.as_ref().is_some_and(|fin| any(fin))
        }
        Stmt::Expr(_)
        | Stmt::Decl(..)
        | Stmt::Break(_)
        | Stmt::Return(_)
        | Stmt::FuncDecl(_)
        | Stmt::OpaqueFunc(..)
        | Stmt::OpaqueClass(..)
        | Stmt::Throw(_)
        | Stmt::At(_) => false,
    }
}

#[cfg(test)]
mod tests {
    fn compiled(src: &str) -> String {
        let out = super::super::compile(src, "index.js").expect("compiles");
        out.split("//# sourceMappingURL").next().unwrap_or("").to_string()
    }

    /// The lines of function `name`'s declaration, up to its closing brace.
    fn function<'a>(out: &'a str, name: &str) -> Vec<&'a str> {
        let start = format!("function {name}(");
        let mut lines = out.lines().skip_while(|l| !l.starts_with(&start));
        let mut body: Vec<&str> = lines.by_ref().take_while(|l| *l != "}").collect();
        body.push("}");
        body
    }

    #[test]
    fn functions_start_with_their_plain_body_which_returns_before_the_instrumented_one() {
        let out = compiled("function f(a) { let s = 0; for (let i = 0; i < a; i++) { s += i; } g(s); }\nfunction g(x) { return x; }\nf(3);");
        let f = function(&out, "f");
        assert_eq!(f[1], "  if (!$T.on) {", "{out}");
        let plain_end = f.iter().position(|l| *l == "  }").expect("the plain block ends");
        let plain = &f[2..plain_end];
        assert!(plain.iter().all(|l| !l.contains("$T")), "no tracer call in the plain body:\n{}", plain.join("\n"));
        assert_eq!(plain.last(), Some(&"    return;"), "it falls off into no instrumented code");
        assert!(plain.contains(&"    g(s);"), "{}", plain.join("\n"));
        assert!(f[plain_end + 1].contains("$T.enter($s0, \"F1\""), "{out}");
        let g = function(&out, "g");
        assert_eq!(&g[1..4], ["  if (!$T.on) {", "    return x;", "  }"]);
    }

    #[test]
    fn nested_functions_of_the_plain_body_are_plain() {
        let out = compiled("function outer(n) { return inner(n); function inner(k) { return k + 1; } }\nouter(1);");
        let f = function(&out, "outer");
        assert_eq!(
            &f[1..6],
            [
                "  if (!$T.on) {",
                "    let $r1 = inner(n);",
                "    return $r1;",
                "    function inner(k) {",
                "      return k + 1;"
            ]
        );
    }

    #[test]
    fn bodies_whose_declarations_change_meaning_in_a_block_keep_only_the_instrumented_form() {
        for src in [
            "function f() { var g = 1; function g() { return 2; } return g; }\nf();",
            "function f() { function g() { return 1; } function g() { return 2; } return g(); }\nf();",
            "function f(g) { function g() { return 1; } return g; }\nf();",
            "function f(x) { function g() { return 1; } if (x) { function g() { return 2; } } return g(); }\nf();",
            "function f() { async function g() {} var g; return g; }\nf();",
        ] {
            let out = compiled(src);
            let f = function(&out, "f");
            assert!(f[1].contains("$T.enter"), "{src}:\n{out}");
        }
        // A declaration that keeps its meaning does not stop it.
        let out = compiled("function f() { var v = 1; function g() { return v; } return g(); }\nf();");
        assert_eq!(function(&out, "f")[1], "  if (!$T.on) {", "{out}");
    }
}
