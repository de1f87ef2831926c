//! Stage 4: add the `$T` calls of `TRACING.md` to a normalized program.
//!
//! Each statement gets the call that describes it placed before it; every
//! symbolic expression becomes a constant template hoisted to the top of
//! the file (`const $t3 = ["bin", "+", ["v", "x$1"], ["n", 1]];`), shared by
//! every statement that needs the same one.

use std::collections::{HashMap, HashSet};

use super::ast::*;

pub fn instrument(mut program: Program) -> Program {
    let body = std::mem::take(&mut program.body);
    let vars = std::mem::take(&mut program.vars);
    let mut ins = Instrumenter::new(&mut program.names);
    let root = ins.frame_var(0);
    let ctx = Ctx { frame: root, depth: 0, in_loop: false };
    let mut main = vec![Stmt::Decl(DeclKind::Const, root, Some(ins.t("root", vec![])))];
    for v in vars {
        main.push(ins.let_undefined(root, v));
    }
    ins.scope_start(&body, root, &mut main);
    ins.stmts(body, &ctx, &mut main);
    main.push(Stmt::Expr(ins.t("end", vec![])));

    let require = ins.names.free("require");
    let tracing = ins.tracing;
    let mut out = vec![Stmt::Decl(
        DeclKind::Const,
        tracing,
        Some(Expr::Call(Box::new(Expr::Var(require)), vec![Expr::Str("containerless/tracing".into())])),
    )];
    for (name, template) in ins.templates {
        out.push(Stmt::Decl(DeclKind::Const, name, Some(template)));
    }
    out.extend(main);
    program.body = out;
    program
}

#[derive(Clone, Copy)]
struct Ctx {
    /// The current frame variable (`$sK`).
    frame: VarId,
    depth: usize,
    /// Inside a loop body of the current function: blocks run repeatedly.
    in_loop: bool,
}

struct Instrumenter<'n> {
    names: &'n mut Names,
    tracing: VarId,
    frames: Vec<VarId>,
    templates: Vec<(VarId, Expr)>,
    template_ids: HashMap<String, VarId>,
}

fn s(text: &str) -> Expr {
    Expr::Str(text.to_string())
}

fn arr(items: Vec<Expr>) -> Expr {
    Expr::Array(items)
}

impl<'n> Instrumenter<'n> {
    fn new(names: &'n mut Names) -> Self {
        let tracing = names.fixed("$T", NameKind::Internal);
        Instrumenter { names, tracing, frames: Vec::new(), templates: Vec::new(), template_ids: HashMap::new() }
    }

    fn frame_var(&mut self, depth: usize) -> VarId {
        while self.frames.len() <= depth {
            let text = format!("$s{}", self.frames.len());
            let id = self.names.fixed(&text, NameKind::Internal);
            self.frames.push(id);
        }
        self.frames[depth]
    }

    /// `$T.method(args...)`.
    fn t(&self, method: &str, args: Vec<Expr>) -> Expr {
        Expr::Call(Box::new(Expr::Get(Box::new(Expr::Var(self.tracing)), method.to_string())), args)
    }

    fn name_str(&self, v: VarId) -> Expr {
        s(self.names.text(v))
    }

    // ----- templates ---------------------------------------------------------

    /// The hoisted template describing a simple expression.
    fn template(&mut self, e: &Expr) -> Expr {
        let shape = self.shape(e);
        let key = template_key(&shape, self.names);
        if let Some(&id) = self.template_ids.get(&key) {
            return Expr::Var(id);
        }
        let text = format!("$t{}", self.templates.len() + 1);
        let id = self.names.fixed(&text, NameKind::Internal);
        self.templates.push((id, shape));
        self.template_ids.insert(key, id);
        Expr::Var(id)
    }

    fn shape(&self, e: &Expr) -> Expr {
        match e {
            Expr::Num(n) => arr(vec![s("n"), Expr::Num(n.clone())]),
            Expr::Str(text) => arr(vec![s("s"), Expr::Str(text.clone())]),
            Expr::Bool(b) => arr(vec![s("b"), Expr::Bool(*b)]),
            Expr::Null => arr(vec![s("null")]),
            Expr::Undefined => arr(vec![s("u")]),
            Expr::Var(v) => {
                if self.names.kind(*v) == NameKind::Free {
                    arr(vec![s("g"), s(self.names.text(*v))])
                } else {
                    arr(vec![s("v"), s(self.names.text(*v))])
                }
            }
            Expr::Get(o, f) => arr(vec![s("get"), self.shape(o), s(f)]),
            Expr::Index(o, k) => arr(vec![s("idx"), self.shape(o), self.shape(k)]),
            Expr::Bin(op, a, b) => arr(vec![s("bin"), s(op.as_str()), self.shape(a), self.shape(b)]),
            Expr::Logic(op, a, b) => arr(vec![s("bin"), s(op.as_str()), self.shape(a), self.shape(b)]),
            Expr::Un(op, a) => arr(vec![s("un"), s(op.as_str()), self.shape(a)]),
            Expr::Object(fields) => {
                let props = fields.iter().map(|(k, v)| arr(vec![s(k), self.shape(v)])).collect();
                arr(vec![s("obj"), arr(props)])
            }
            Expr::Array(items) => arr(vec![s("arr"), arr(items.iter().map(|i| self.shape(i)).collect())]),
            Expr::Func(f) => arr(vec![s("fn"), s(&f.id)]),
            // Not simple: normalization never leaves these in a template.
            _ => arr(vec![s("u")]),
        }
    }

    // ----- concrete values ---------------------------------------------------

    /// The expression as it runs: literals marked owned, functions tagged.
    fn value(&mut self, e: Expr, ctx: &Ctx) -> Expr {
        match e {
            Expr::Object(fields) => {
                let fields = fields.into_iter().map(|(k, v)| (k, self.value(v, ctx))).collect();
                self.t("lit", vec![Expr::Object(fields)])
            }
            Expr::Array(items) => {
                let items = items.into_iter().map(|v| self.value(v, ctx)).collect();
                self.t("lit", vec![Expr::Array(items)])
            }
            Expr::Func(f) => {
                let id = f.id.clone();
                let f = self.func(*f, ctx);
                self.t("fn", vec![Expr::Func(Box::new(f)), s(&id), Expr::Var(ctx.frame)])
            }
            Expr::Get(o, f) => Expr::Get(Box::new(self.value(*o, ctx)), f),
            Expr::Index(o, k) => Expr::Index(Box::new(self.value(*o, ctx)), Box::new(self.value(*k, ctx))),
            Expr::Bin(op, a, b) => Expr::Bin(op, Box::new(self.value(*a, ctx)), Box::new(self.value(*b, ctx))),
            Expr::Logic(op, a, b) => Expr::Logic(op, Box::new(self.value(*a, ctx)), Box::new(self.value(*b, ctx))),
            Expr::Un(op, a) => Expr::Un(op, Box::new(self.value(*a, ctx))),
            other => other,
        }
    }

    // ----- scopes ------------------------------------------------------------

    fn let_undefined(&mut self, frame: VarId, v: VarId) -> Stmt {
        let t = self.template(&Expr::Undefined);
        Stmt::Expr(self.t("let", vec![Expr::Var(frame), self.name_str(v), t]))
    }

    /// Hoisted function declarations bind at the start of their scope.
    fn scope_start(&mut self, body: &[Stmt], frame: VarId, out: &mut Vec<Stmt>) {
        let mut last_of: HashMap<VarId, usize> = HashMap::new();
        for (i, st) in body.iter().enumerate() {
            match st {
                Stmt::FuncDecl(f) => {
                    if let Some(name) = f.name {
                        last_of.insert(name, i);
                    }
                }
                Stmt::OpaqueFunc(_, name) => {
                    last_of.insert(*name, i);
                }
                _ => {}
            }
        }
        for (i, st) in body.iter().enumerate() {
            match st {
                Stmt::FuncDecl(f) => {
                    if let Some(name) = f.name.filter(|n| last_of.get(n) == Some(&i)) {
                        let call = self.t("decl", vec![Expr::Var(frame), self.name_str(name), Expr::Var(name), s(&f.id)]);
                        out.push(Stmt::Expr(call));
                    }
                }
                Stmt::OpaqueFunc(_, name) if last_of.get(name) == Some(&i) => {
                    let call = self.t("opaque", vec![Expr::Var(frame), self.name_str(*name)]);
                    out.push(Stmt::Expr(call));
                }
                _ => {}
            }
        }
    }

    /// Whether a block in a loop declares bindings a closure captures: it
    /// then gets a frame of its own per execution (`$T.block`).
    fn needs_block_frame(&self, body: &[Stmt], ctx: &Ctx) -> bool {
        if !ctx.in_loop {
            return false;
        }
        let mut captured = false;
        for st in body {
            let declared = match st {
                Stmt::Decl(DeclKind::Let | DeclKind::Const, v, _) | Stmt::OpaqueClass(_, v) => Some(*v),
                Stmt::FuncDecl(f) => f.name,
                Stmt::OpaqueFunc(_, v) => {
                    if self.names.info(*v).annex_b {
                        // Its name also lives in the function's frame.
                        return false;
                    }
                    Some(*v)
                }
                _ => None,
            };
            if declared.is_some_and(|v| self.names.info(v).captured) {
                captured = true;
            }
        }
        captured
    }

    /// A block's statements, with its frame and hoisted declarations.
    fn block(&mut self, body: Vec<Stmt>, ctx: &Ctx, out: &mut Vec<Stmt>) -> Ctx {
        let mut inner = *ctx;
        if self.needs_block_frame(&body, ctx) {
            let frame = self.frame_var(ctx.depth + 1);
            out.push(Stmt::Decl(DeclKind::Const, frame, Some(self.t("block", vec![Expr::Var(ctx.frame)]))));
            inner = Ctx { frame, depth: ctx.depth + 1, in_loop: ctx.in_loop };
        }
        self.scope_start(&body, inner.frame, out);
        self.stmts(body, &inner, out);
        inner
    }

    fn stmts(&mut self, body: Vec<Stmt>, ctx: &Ctx, out: &mut Vec<Stmt>) {
        for st in body {
            self.stmt(st, ctx, out);
        }
    }

    /// A branch of an `if` or a label block: closed by `$T.pop` when
    /// control can fall off its end.
    fn branch(&mut self, body: Vec<Stmt>, ctx: &Ctx) -> Vec<Stmt> {
        let completes = can_complete(&body);
        let mut out = Vec::new();
        self.block(body, ctx, &mut out);
        if completes {
            out.push(Stmt::Expr(self.t("pop", vec![Expr::Var(ctx.frame)])));
        }
        out
    }

    // ----- statements --------------------------------------------------------

    fn stmt(&mut self, st: Stmt, ctx: &Ctx, out: &mut Vec<Stmt>) {
        let frame = Expr::Var(ctx.frame);
        match st {
            Stmt::Decl(kind, x, None) => {
                if kind != DeclKind::Var {
                    out.push(self.let_undefined(ctx.frame, x));
                }
                out.push(Stmt::Decl(kind, x, None));
            }
            Stmt::Decl(kind, x, Some(Expr::Call(callee, args))) => {
                let call = self.call(Some(x), *callee, args, ctx);
                out.push(Stmt::Decl(kind, x, Some(call)));
            }
            Stmt::Decl(kind, x, Some(Expr::Opaque(text, k))) => {
                out.push(Stmt::Decl(kind, x, Some(Expr::Opaque(text, k))));
                out.push(Stmt::Expr(self.t("opaque", vec![frame, self.name_str(x)])));
            }
            Stmt::Decl(kind, x, Some(value)) => {
                let t = self.template(&value);
                let method = if kind == DeclKind::Var { "set" } else { "let" };
                out.push(Stmt::Expr(self.t(method, vec![frame, self.name_str(x), t])));
                let value = self.value(value, ctx);
                out.push(Stmt::Decl(kind, x, Some(value)));
            }
            Stmt::Expr(Expr::Assign(target, None, value)) => self.assign(*target, *value, ctx, out),
            Stmt::Expr(Expr::Call(callee, args)) => {
                let call = self.call(None, *callee, args, ctx);
                out.push(Stmt::Expr(call));
            }
            Stmt::Expr(e) => {
                let e = self.value(e, ctx);
                out.push(Stmt::Expr(e));
            }
            Stmt::If(test, a, b) => {
                let t = self.template(&test);
                let test = self.value(test, ctx);
                let cond = self.t("if", vec![frame, t, test]);
                let a = self.branch(a, ctx);
                let b = self.branch(b, ctx);
                out.push(Stmt::If(cond, a, b));
            }
            Stmt::Block(body) => {
                let mut inner = Vec::new();
                self.block(body, ctx, &mut inner);
                out.push(Stmt::Block(inner));
            }
            Stmt::Loop { label, body } => {
                out.push(Stmt::Expr(self.t("loop", vec![frame.clone(), s(&label)])));
                let mut inner = vec![Stmt::Expr(self.t("iter", vec![frame]))];
                let loop_ctx = Ctx { in_loop: true, ..*ctx };
                self.block(body, &loop_ctx, &mut inner);
                out.push(Stmt::Loop { label, body: inner });
            }
            Stmt::Labeled { label, body } => {
                out.push(Stmt::Expr(self.t("label", vec![frame, s(&label)])));
                let inner = self.branch(body, ctx);
                out.push(Stmt::Labeled { label, body: inner });
            }
            Stmt::Break(label) => {
                out.push(Stmt::Expr(self.t("brk", vec![frame, s(&label)])));
                out.push(Stmt::Break(label));
            }
            Stmt::Return(value) => {
                let value = value.unwrap_or(Expr::Undefined);
                let t = self.template(&value);
                out.push(Stmt::Expr(self.t("ret", vec![frame, t])));
                let value = self.value(value, ctx);
                out.push(Stmt::Return(Some(value)));
            }
            Stmt::FuncDecl(f) => {
                let f = self.func(*f, ctx);
                out.push(Stmt::FuncDecl(Box::new(f)));
            }
            Stmt::OpaqueFunc(text, v) => out.push(Stmt::OpaqueFunc(text, v)),
            Stmt::OpaqueClass(text, v) => {
                out.push(Stmt::OpaqueClass(text, v));
                out.push(Stmt::Expr(self.t("opaque", vec![frame, self.name_str(v)])));
            }
            Stmt::Opaque(text) => {
                out.push(Stmt::Expr(self.t("unknown", vec![frame])));
                out.push(Stmt::Raw(text));
            }
            Stmt::Raw(text) => out.push(Stmt::Raw(text)),
            // Removed by normalization; printed as written if ever reached.
            other @ (Stmt::While { .. } | Stmt::DoWhile { .. } | Stmt::For { .. } | Stmt::Switch { .. }) => {
                out.push(Stmt::Expr(self.t("unknown", vec![frame])));
                out.push(other);
            }
        }
    }

    fn assign(&mut self, target: Target, value: Expr, ctx: &Ctx, out: &mut Vec<Stmt>) {
        let frame = Expr::Var(ctx.frame);
        let tv = self.template(&value);
        match target {
            Target::Var(x) => {
                out.push(Stmt::Expr(self.t("set", vec![frame, self.name_str(x), tv])));
                let value = self.value(value, ctx);
                out.push(Stmt::Expr(Expr::Assign(Box::new(Target::Var(x)), None, Box::new(value))));
            }
            Target::Get(o, f) => {
                let to = self.template(&o);
                let tk = self.template(&Expr::Str(f.clone()));
                let obj = self.value(o.clone(), ctx);
                out.push(Stmt::Expr(self.t("put", vec![frame, to, tk, tv, obj.clone(), s(&f)])));
                let value = self.value(value, ctx);
                out.push(Stmt::Expr(Expr::Assign(Box::new(Target::Get(obj, f)), None, Box::new(value))));
            }
            Target::Index(o, k) => {
                let to = self.template(&o);
                let tk = self.template(&k);
                let obj = self.value(o, ctx);
                let key = self.value(k, ctx);
                out.push(Stmt::Expr(self.t("put", vec![frame, to, tk, tv, obj.clone(), key.clone()])));
                let value = self.value(value, ctx);
                out.push(Stmt::Expr(Expr::Assign(Box::new(Target::Index(obj, key)), None, Box::new(value))));
            }
        }
    }

    /// `$T.call(...)` / `$T.mcall(...)`, which perform the call.
    fn call(&mut self, bind: Option<VarId>, callee: Expr, args: Vec<Expr>, ctx: &Ctx) -> Expr {
        let frame = Expr::Var(ctx.frame);
        let bind = bind.map(|b| self.name_str(b)).unwrap_or(Expr::Null);
        let arg_templates = args.iter().map(|a| self.template(a)).collect();
        let arg_values = args.into_iter().map(|a| self.value(a, ctx)).collect();
        match callee {
            Expr::Get(receiver, method) => {
                let tr = self.template(&receiver);
                let receiver = self.value(*receiver, ctx);
                self.t("mcall", vec![frame, bind, tr, receiver, s(&method), arr(arg_templates), arr(arg_values)])
            }
            callee => {
                let tc = if self.is_static(&callee) { Expr::Null } else { self.template(&callee) };
                let callee = self.value(callee, ctx);
                self.t("call", vec![frame, bind, tc, callee, arr(arg_templates), arr(arg_values)])
            }
        }
    }

    /// A function declaration's own name, never assigned anywhere.
    fn is_static(&self, callee: &Expr) -> bool {
        match callee {
            Expr::Var(v) => {
                let info = self.names.info(*v);
                info.kind == NameKind::Function && !info.reassigned && !info.annex_b
            }
            _ => false,
        }
    }

    fn func(&mut self, mut f: Func, ctx: &Ctx) -> Func {
        let depth = ctx.depth + 1;
        let frame = self.frame_var(depth);
        let inner = Ctx { frame, depth, in_loop: false };
        let params = f.params.iter().map(|&p| self.name_str(p)).collect();
        let mut out = vec![Stmt::Decl(
            DeclKind::Const,
            frame,
            Some(self.t("enter", vec![Expr::Var(ctx.frame), s(&f.id), arr(params)])),
        )];
        let params_set: HashSet<VarId> = f.params.iter().copied().collect();
        for &v in &f.vars {
            if !params_set.contains(&v) {
                out.push(self.let_undefined(frame, v));
            }
        }
        let body = std::mem::take(&mut f.body);
        let completes = can_complete(&body);
        self.scope_start(&body, frame, &mut out);
        self.stmts(body, &inner, &mut out);
        if completes {
            let t = self.template(&Expr::Undefined);
            out.push(Stmt::Expr(self.t("ret", vec![Expr::Var(frame), t, Expr::Bool(true)])));
        }
        f.body = out;
        f
    }
}

/// Whether control may reach the end of the statements (conservative:
/// anything but a definite `break`/`return` may complete).
pub fn can_complete(body: &[Stmt]) -> bool {
    body.iter().all(|st| match st {
        Stmt::Break(_) | Stmt::Return(_) => false,
        Stmt::If(_, a, b) => can_complete(a) || can_complete(b),
        Stmt::Block(b) => can_complete(b),
        _ => true,
    })
}

/// A template's identity: its printed form.
fn template_key(shape: &Expr, names: &Names) -> String {
    let mut key = String::new();
    write_key(shape, names, &mut key);
    key
}

fn write_key(e: &Expr, names: &Names, out: &mut String) {
    match e {
        Expr::Array(items) => {
            out.push('[');
            for i in items {
                write_key(i, names, out);
                out.push(',');
            }
            out.push(']');
        }
        Expr::Str(text) => {
            out.push('s');
            out.push_str(&text.len().to_string());
            out.push(':');
            out.push_str(text);
        }
        Expr::Num(n) => {
            out.push('n');
            out.push_str(n);
            out.push(';');
        }
        Expr::Bool(b) => out.push_str(if *b { "T" } else { "F" }),
        _ => out.push('?'),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{compiled, flat};

    /// The compiled program without the hoisted templates and the frame.
    fn body(src: &str) -> String {
        let out = compiled(src);
        let start = out.find("const $s0 = $T.root();").expect("root frame") + "const $s0 = $T.root();".len();
        let end = out.rfind("$T.end();").expect("end");
        flat(&out[start..end])
    }

    fn templates(src: &str) -> Vec<String> {
        compiled(src).lines().filter(|l| l.starts_with("const $t")).map(str::to_string).collect()
    }

    #[test]
    fn the_program_is_wrapped_for_the_runtime() {
        let out = compiled("\"use strict\";\nlet x = 1;");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "\"use strict\";");
        assert_eq!(lines[1], "const $T = require(\"containerless/tracing\");");
        assert_eq!(*lines.last().unwrap(), "$T.end();");
        assert!(out.contains("const $s0 = $T.root();"));
    }

    #[test]
    fn declarations_record_before_they_run() {
        assert_eq!(body("let x = 1; var y = x;"), "$T.let($s0, \"y$1\", $t1); $T.let($s0, \"x$0\", $t2); let x$0 = 1; $T.set($s0, \"y$1\", $t3); var y$1 = x$0;");
        assert_eq!(body("let z;"), "$T.let($s0, \"z$0\", $t1); let z$0;");
        assert_eq!(body("var w;"), "$T.let($s0, \"w$0\", $t1); var w$0;");
    }

    #[test]
    fn templates_are_hoisted_and_shared() {
        let t = templates("let a = 1; let b = 1; let c = a + 1;");
        assert_eq!(t, vec!["const $t1 = [\"n\", 1];", "const $t2 = [\"bin\", \"+\", [\"v\", \"a$0\"], [\"n\", 1]];"]);
        let t = templates("let o = {k: [null, true, \"s\", undefined, NaN]}; let g = Math.PI;");
        assert!(t[0].contains("[\"obj\", [[\"k\", [\"arr\", [[\"null\"], [\"b\", true], [\"s\", \"s\"], [\"u\"], [\"n\", NaN]]]]]]"), "{t:?}");
        assert!(t[1].contains("[\"get\", [\"g\", \"Math\"], \"PI\"]"), "{t:?}");
    }

    #[test]
    fn static_callees_pass_null_others_their_template() {
        let b = body("function f() {} f(); let g = f; g(); function h() {} h = 1; h();");
        assert!(b.contains("$T.call($s0, null, null, f$0, [], []);"), "{b}");
        assert!(b.contains("$T.call($s0, null, $t3, g$1, [], []);"), "{b}");
        assert!(b.contains("$T.call($s0, null, $t5, h$2, [], []);"), "reassigned: {b}");
    }

    #[test]
    fn method_calls_and_bound_calls() {
        let b = body("let r = o.m(1); o.n();");
        assert_eq!(b, "let r$0 = $T.mcall($s0, \"r$0\", $t2, o, \"m\", [$t1], [1]); $T.mcall($s0, null, $t2, o, \"n\", [], []);");
    }

    #[test]
    fn function_declarations_are_declared_once_at_scope_start() {
        let b = body("f(); function f() { return 1; } function f() { return 2; }");
        assert_eq!(b.matches("$T.decl(").count(), 1, "{b}");
        assert!(b.starts_with("$T.decl($s0, \"f$0\", f$0, \"F2\");"), "{b}");
        let b = body("function g() { return k(); function k() { return 1; } }");
        assert!(b.contains("const $s1 = $T.enter($s0, \"F1\", []); $T.decl($s1, \"k$1\", k$1, \"F2\");"), "{b}");
    }

    #[test]
    fn functions_enter_bind_vars_and_fall_through() {
        let b = body("function f(a) { var v = a; if (a) { return 1; } }");
        assert!(b.contains("const $s1 = $T.enter($s0, \"F1\", [\"a$1\"]); $T.let($s1, \"v$2\", $t1);"), "{b}");
        assert!(b.ends_with("$T.ret($s1, $t1, true); }"), "{b}");
        let b = body("function g() { return 1; }");
        assert!(!b.contains("true)"), "no fall-through after a return: {b}");
        let b = body("let h = function (x) { return x; };");
        assert!(b.contains("let h$0 = $T.fn(function (x$1) {"), "{b}");
        assert!(b.ends_with("}, \"F1\", $s0);"), "{b}");
    }

    #[test]
    fn branches_pop_only_when_control_falls_off() {
        let b = body("while (a) { if (b) { break; } else { c(); } }");
        assert!(b.contains("if ($T.if($s0, $t2, b)) { $T.brk($s0, \"L1\"); break L1; } else { $T.call($s0, null, $t3, c, [], []); $T.pop($s0); }"), "{b}");
    }

    #[test]
    fn assignments_record_set_and_put() {
        let b = body("let x = 0; x = 2; o.k = x; o[x] = 3;");
        assert!(b.contains("$T.set($s0, \"x$0\", $t2); x$0 = 2;"), "{b}");
        assert!(b.contains("$T.put($s0, $t4, $t5, $t3, o, \"k\"); o.k = x$0;"), "{b}");
        assert!(b.contains("$T.put($s0, $t4, $t3, $t6, o, x$0); o[x$0] = 3;"), "{b}");
    }

    #[test]
    fn opaque_statements_and_bindings() {
        let b = body("let c = require('c'); class K {} throw c;");
        assert_eq!(b, "let c$0 = require('c'); $T.opaque($s0, \"c$0\"); class K$1 {}; $T.opaque($s0, \"K$1\"); $T.unknown($s0); throw c$0;");
        let b = body("function* g() {} async function h() {}");
        assert!(b.starts_with("$T.opaque($s0, \"g$0\"); $T.opaque($s0, \"h$1\");"), "{b}");
    }

    #[test]
    fn block_frames_only_for_captured_bindings_in_loops() {
        let b = body("while (a) { let x = 1; f(() => x); }");
        assert!(b.contains("$T.iter($s0); const $s1 = $T.block($s0);"), "{b}");
        assert!(b.contains("$T.let($s1, \"x$0\""), "{b}");
        let b = body("while (a) { let x = 1; f(x); }");
        assert!(!b.contains("$T.block"), "{b}");
        let b = body("{ let x = 1; f(() => x); }");
        assert!(!b.contains("$T.block"), "not in a loop: {b}");
    }

    #[test]
    fn continue_blocks_are_labels() {
        let b = body("while (a) { if (b) continue; c = 1; }");
        assert!(b.contains("$T.label($s0, \"C1\"); C1: {"), "{b}");
        assert!(b.contains("$T.brk($s0, \"C1\"); break C1;"), "{b}");
    }

    #[test]
    fn literals_are_owned_and_returns_recorded() {
        let b = body("function f() { return {a: [1]}; }");
        assert!(b.contains("$T.ret($s1, $t1); return $T.lit({ a: $T.lit([1]) });"), "{b}");
    }
}
