//! Stage 4: add the `$T` calls of `TRACING.md` to a normalized program.
//!
//! Each statement gets the call that describes it placed before it; every
//! symbolic expression becomes a constant template hoisted to the top of
//! the file (`const $t3 = ["bin", "+", ["v", "x$1"], ["n", 1]];`), shared by
//! every statement that needs the same one.

use super::ast::*;
use super::print::quote_into;

pub fn instrument(mut program: Program) -> Program {
    let body = std::mem::take(&mut program.body);
    let vars = std::mem::take(&mut program.vars);
    let mut ins = Instrumenter::new(&mut program.names);
    let root = ins.frame_var(0);
    let ctx = Ctx { frame: root, depth: 0, in_loop: false };
    let mut main = vec![Stmt::Decl(DeclKind::Const, root, Some(ins.t("root", vec![])))];
    for v in vars {
        if !ins.names.info(v).opaque_init {
            main.push(ins.let_undefined(root, v));
        }
    }
    ins.scope_start(&body, root, &mut main);
    ins.stmts(body, &ctx, &mut main);
    main.push(Stmt::Expr(ins.t("end", vec![])));

    let require = ins.names.free("require");
    let tracing = ins.tracing;
    let mut out = vec![Stmt::Decl(
        DeclKind::Const,
        tracing,
        Some(Expr::Call(Box::new(Expr::Var(require)), Box::new([Expr::Str("containerless/tracing".into())]), NO_POS)),
    )];
    for (i, template) in ins.templates.iter().enumerate() {
        let text = format!("const $t{} = {template};", i + 1);
        out.push(Stmt::Raw(Opaque { pieces: vec![Piece::Text(text)] }));
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
    /// Template texts; `$tN` is `templates[N - 1]`.
    templates: Vec<String>,
    template_ids: FastMap<String, u32>,
}

/// An expression without effects or functions inside: written twice, it
/// still runs (at most) once and costs little text. (Wider than the
/// normalizer's `duplicable`, which only lets leaves be copied.)
fn cheap_to_repeat(e: &Expr) -> bool {
    match e {
        Expr::Num(_) | Expr::Str(_) | Expr::Bool(_) | Expr::Null | Expr::Undefined | Expr::Var(_) => true,
        Expr::Get(o, _) | Expr::Un(_, o) => cheap_to_repeat(o),
        Expr::Index(a, b) | Expr::Bin(_, a, b) | Expr::Logic(_, a, b) => cheap_to_repeat(a) && cheap_to_repeat(b),
        _ => false,
    }
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
        Instrumenter { names, tracing, frames: Vec::new(), templates: Vec::new(), template_ids: FastMap::default() }
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
    fn t(&self, method: &'static str, args: Vec<Expr>) -> Expr {
        Expr::Tracing(method, args)
    }

    /// `$T.on`: whether anything records this turn. It only turns true
    /// when the runtime starts a turn, never inside code already running.
    fn on(&self) -> Expr {
        Expr::Get(Box::new(Expr::Var(self.tracing)), "on".into())
    }

    /// `$T.on && $T.method(args...)`: a record that costs one check, and no
    /// argument, when nothing records (the call would return at once).
    fn rec(&self, method: &'static str, args: Vec<Expr>) -> Stmt {
        Stmt::Expr(Expr::Logic(LogicOp::And, Box::new(self.on()), Box::new(self.t(method, args))))
    }

    /// `$T.on ? traced : plain`: `plain` is what `traced` does when nothing
    /// records, written out so that no tracer call or argument runs.
    fn either(&self, traced: Expr, plain: Expr) -> Expr {
        Expr::Cond(Box::new(self.on()), Box::new(traced), Box::new(plain))
    }

    /// `$T.method(..., c)`, which returns the test `c`: `$T.on ? ... : c`
    /// when `c` can be written twice.
    fn test(&self, method: &'static str, mut args: Vec<Expr>, test: Expr) -> Expr {
        if !cheap_to_repeat(&test) {
            args.push(test);
            return self.t(method, args);
        }
        args.push(test.clone());
        self.either(self.t(method, args), test)
    }

    fn name_str(&self, v: VarId) -> Expr {
        Expr::NameStr(v)
    }

    // ----- templates ---------------------------------------------------------

    /// The hoisted template describing a simple expression: printed once as
    /// JavaScript text, which is also its identity for sharing.
    fn template(&mut self, e: &Expr) -> Expr {
        let mut text = String::with_capacity(32);
        write_template(e, self.names, &mut text);
        self.hoist(text)
    }

    /// A constant array of hoisted templates (a call's argument templates):
    /// hoisted as well, so that a call allocates no array for them and the
    /// tracer compares them by identity.
    fn template_list(&mut self, items: &[Expr]) -> Expr {
        let mut text = String::from("[");
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                text.push_str(", ");
            }
            let id = self.template(item);
            let Expr::Template(n) = id else { unreachable!("template() gives Template") };
            text.push_str(&format!("$t{n}"));
        }
        text.push(']');
        self.hoist(text)
    }

    /// A constant array of source names (a function's parameters).
    fn name_list(&mut self, names: &[VarId]) -> Expr {
        let mut text = String::from("[");
        for (i, &v) in names.iter().enumerate() {
            if i > 0 {
                text.push_str(", ");
            }
            quote_into(self.names.text(v), &mut text);
        }
        text.push(']');
        self.hoist(text)
    }

    /// `$tN` for a constant's text, shared by every use of the same text.
    fn hoist(&mut self, text: String) -> Expr {
        if let Some(&id) = self.template_ids.get(&text) {
            return Expr::Template(id);
        }
        let id = self.templates.len() as u32 + 1;
        self.templates.push(text.clone());
        self.template_ids.insert(text, id);
        Expr::Template(id)
    }

    // ----- concrete values ---------------------------------------------------

    /// The expression as it runs: literals marked owned, functions tagged.
    fn value(&mut self, mut e: Expr, ctx: &Ctx) -> Expr {
        self.value_in_place(&mut e, ctx, None);
        e
    }

    /// A value bound to `target`: an anonymous function there takes the
    /// binding's name as written (`const f = () => 1` has `f.name` "f").
    fn value_named(&mut self, mut e: Expr, ctx: &Ctx, target: Option<VarId>) -> Expr {
        let name = target.filter(|&v| self.names.kind(v) != NameKind::Temp).map(|v| self.names.info(v).base.clone());
        self.value_in_place(&mut e, ctx, name);
        e
    }

    /// `name`: the name JavaScript would give an anonymous function in
    /// this position; `$T.fn` gives it back, which wrapping it took away.
    fn value_in_place(&mut self, e: &mut Expr, ctx: &Ctx, name: Option<String>) {
        match e {
            Expr::Object(fields) => {
                for (key, v) in fields.iter_mut() {
                    let name = (key != SPREAD_KEY).then(|| key.clone());
                    self.value_in_place(v, ctx, name);
                }
                let literal = std::mem::replace(e, Expr::Null);
                *e = self.t("lit", vec![literal]);
            }
            Expr::Array(items) => {
                for v in items.iter_mut() {
                    self.value_in_place(v, ctx, None);
                }
                let literal = std::mem::replace(e, Expr::Null);
                *e = self.t("lit", vec![literal]);
            }
            Expr::Func(_) => {
                let Expr::Func(f) = std::mem::replace(e, Expr::Null) else { return };
                let id = f.id.clone();
                let anonymous = f.name.is_none();
                let f = self.func(*f, ctx);
                let mut args = vec![Expr::Func(Box::new(f)), s(&id), Expr::Var(ctx.frame)];
                if let Some(name) = name.filter(|_| anonymous) {
                    args.push(Expr::Str(name));
                }
                *e = self.t("fn", args);
            }
            Expr::Get(o, _) | Expr::Un(_, o) => self.value_in_place(o, ctx, None),
            Expr::Index(a, b) | Expr::Bin(_, a, b) | Expr::Logic(_, a, b) => {
                self.value_in_place(a, ctx, None);
                self.value_in_place(b, ctx, None);
            }
            _ => {}
        }
    }

    // ----- scopes ------------------------------------------------------------

    fn let_undefined(&mut self, frame: VarId, v: VarId) -> Stmt {
        let t = self.template(&Expr::Undefined);
        self.rec("let", vec![Expr::Var(frame), self.name_str(v), t])
    }

    /// Hoisted function declarations bind at the start of their scope.
    fn scope_start(&mut self, body: &[Stmt], frame: VarId, out: &mut Vec<Stmt>) {
        let mut last_of: FastMap<VarId, usize> = FastMap::default();
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
                        let args = vec![Expr::Var(frame), self.name_str(name), Expr::Var(name), s(&f.id)];
                        out.push(self.rec("decl", args));
                    }
                }
                Stmt::OpaqueFunc(_, name) if last_of.get(name) == Some(&i) => {
                    out.push(self.rec("opaque", vec![Expr::Var(frame), self.name_str(*name)]));
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
            out.push(self.rec("pop", vec![Expr::Var(ctx.frame)]));
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
            Stmt::Decl(kind, x, Some(Expr::Call(callee, args, _))) => {
                let call = self.call(Some(x), *callee, args.into_vec(), ctx, out);
                out.push(Stmt::Decl(kind, x, Some(call)));
            }
            Stmt::Decl(kind, x, Some(Expr::Opaque(text, k))) => {
                out.push(Stmt::Decl(kind, x, Some(Expr::Opaque(text, k))));
                out.push(self.rec("opaque", vec![frame, self.name_str(x)]));
            }
            Stmt::Decl(kind, x, Some(value)) => {
                let t = self.template(&value);
                let method = if kind == DeclKind::Var { "set" } else { "let" };
                out.push(self.rec(method, vec![frame, self.name_str(x), t]));
                let value = self.value_named(value, ctx, Some(x));
                out.push(Stmt::Decl(kind, x, Some(value)));
            }
            Stmt::Expr(Expr::Assign(target, None, value)) => self.assign(*target, *value, ctx, out),
            Stmt::Expr(Expr::Call(callee, args, _)) => {
                let call = self.call(None, *callee, args.into_vec(), ctx, out);
                out.push(Stmt::Expr(call));
            }
            Stmt::Expr(e) => {
                let e = self.value(e, ctx);
                out.push(Stmt::Expr(e));
            }
            Stmt::If(test, a, b) => {
                let t = self.template(&test);
                let test = self.value(*test, ctx);
                // An empty else branch is closed by `$T.when` itself: one
                // call fewer on every false test (loop exits, guards).
                let method = if b.is_empty() { "when" } else { "if" };
                let cond = self.test(method, vec![frame, t], test);
                let a = self.branch(a, ctx);
                let b = if b.is_empty() { Vec::new() } else { self.branch(b, ctx) };
                out.push(Stmt::if_(cond, a, b));
            }
            Stmt::Block(body) => {
                let mut inner = Vec::new();
                self.block(body, ctx, &mut inner);
                out.push(Stmt::Block(inner));
            }
            Stmt::Loop { label, mut body } => {
                out.push(self.rec("loop", vec![frame.clone(), s(&label)]));
                let loop_ctx = Ctx { in_loop: true, ..*ctx };
                let mut inner = Vec::new();
                match exit_test(&mut body, &label) {
                    // `if (!c) break L;` first: one `$T.exit` starts the
                    // iteration and records the test (and the break).
                    Some(test) => {
                        let t = self.template(&test);
                        let test = self.value(test, ctx);
                        let cond = self.test("exit", vec![frame, s(&label), t], test);
                        inner.push(Stmt::if_(cond, vec![Stmt::Break(label.clone())], Vec::new()));
                    }
                    None => inner.push(self.rec("iter", vec![frame])),
                }
                self.block(body, &loop_ctx, &mut inner);
                out.push(Stmt::Loop { label, body: inner });
            }
            Stmt::Labeled { label, body } => {
                out.push(self.rec("label", vec![frame, s(&label)]));
                let inner = self.branch(body, ctx);
                out.push(Stmt::Labeled { label, body: inner });
            }
            Stmt::Break(label) => {
                out.push(self.rec("brk", vec![frame, s(&label)]));
                out.push(Stmt::Break(label));
            }
            Stmt::Return(value) => {
                let value = value.unwrap_or(Expr::Undefined);
                let t = self.template(&value);
                out.push(self.rec("ret", vec![frame, t]));
                let value = self.value(value, ctx);
                out.push(Stmt::Return(Some(value)));
            }
            Stmt::FuncDecl(f) => {
                let f = self.func(*f, ctx);
                out.push(Stmt::FuncDecl(Box::new(f)));
            }
            Stmt::Try(t) => self.try_stmt(*t, ctx, out),
            Stmt::Throw(value) => {
                let t = self.template(&value);
                out.push(Stmt::Expr(self.t("throw", vec![frame, t])));
                let value = self.value(value, ctx);
                out.push(Stmt::Throw(value));
            }
            Stmt::OpaqueFunc(text, v) => out.push(Stmt::OpaqueFunc(text, v)),
            Stmt::OpaqueClass(text, v) => {
                out.push(Stmt::OpaqueClass(text, v));
                out.push(self.rec("opaque", vec![frame, self.name_str(v)]));
            }
            Stmt::Opaque(text) => {
                out.push(self.rec("unknown", vec![frame]));
                out.push(Stmt::Raw(text));
            }
            Stmt::Raw(text) => out.push(Stmt::Raw(text)),
            Stmt::At(pos) => out.push(Stmt::At(pos)),
            // Removed by normalization; printed as written if ever reached.
            other @ (Stmt::While(_) | Stmt::DoWhile(_) | Stmt::For(_) | Stmt::Switch(_)) => {
                out.push(self.rec("unknown", vec![frame]));
                out.push(other);
            }
        }
    }

    /// `$T.try($s, "Y1", clauses); try { ... $T.tryEnd } catch (e) {
    /// $T.catch($s, "Y1", "e"); ... $T.tryEnd } finally { $T.fin($s, "Y1");
    /// ... $T.finEnd }` (TRACING.md): each clause says where it starts,
    /// and where control falls off its end.
    fn try_stmt(&mut self, t: Try, ctx: &Ctx, out: &mut Vec<Stmt>) {
        let Try { id, block, handler, finalizer } = t;
        let frame = || Expr::Var(ctx.frame);
        let clauses = u8::from(handler.is_some()) + 2 * u8::from(finalizer.is_some());
        out.push(Stmt::Expr(self.t("try", vec![frame(), s(&id), Expr::Num(clauses.to_string())])));
        let block = self.clause(block, None, ctx, "tryEnd", &id);
        let handler = handler.map(|(param, body)| {
            let name = param.map(|p| self.name_str(p)).unwrap_or(Expr::Null);
            let start = Stmt::Expr(self.t("catch", vec![frame(), s(&id), name]));
            (param, self.clause(body, Some(start), ctx, "tryEnd", &id))
        });
        let finalizer = finalizer.map(|body| {
            let start = Stmt::Expr(self.t("fin", vec![frame(), s(&id)]));
            self.clause(body, Some(start), ctx, "finEnd", &id)
        });
        out.push(Stmt::Try(Box::new(Try { id, block, handler, finalizer })));
    }

    /// A clause of a `try`: `start`, the body, and `$T.<end>` when control
    /// can fall off its end.
    fn clause(&mut self, body: Vec<Stmt>, start: Option<Stmt>, ctx: &Ctx, end: &'static str, id: &str) -> Vec<Stmt> {
        let completes = can_complete(&body);
        let mut out: Vec<Stmt> = start.into_iter().collect();
        self.block(body, ctx, &mut out);
        if completes {
            out.push(Stmt::Expr(self.t(end, vec![Expr::Var(ctx.frame), s(id)])));
        }
        out
    }

    fn assign(&mut self, target: Target, value: Expr, ctx: &Ctx, out: &mut Vec<Stmt>) {
        let frame = Expr::Var(ctx.frame);
        let tv = self.template(&value);
        match target {
            Target::Var(x) => {
                out.push(self.rec("set", vec![frame, self.name_str(x), tv]));
                let value = self.value_named(value, ctx, Some(x));
                out.push(Stmt::Expr(Expr::Assign(Box::new(Target::Var(x)), None, Box::new(value))));
            }
            Target::Get(o, f) => {
                let to = self.template(&o);
                let tk = self.template(&Expr::Str(f.clone()));
                let obj = self.value(o.clone(), ctx);
                out.push(self.rec("put", vec![frame, to, tk, tv, obj.clone(), s(&f)]));
                let value = self.value(value, ctx);
                out.push(Stmt::Expr(Expr::Assign(Box::new(Target::Get(obj, f)), None, Box::new(value))));
            }
            Target::Index(o, k) => {
                let to = self.template(&o);
                let tk = self.template(&k);
                let obj = self.value(o, ctx);
                let key = self.value(k, ctx);
                out.push(self.rec("put", vec![frame, to, tk, tv, obj.clone(), key.clone()]));
                let value = self.value(value, ctx);
                out.push(Stmt::Expr(Expr::Assign(Box::new(Target::Index(obj, key)), None, Box::new(value))));
            }
        }
    }

    /// `$T.call(...)` / `$T.mcall(...)`, which perform the call. When
    /// nothing records, the program calls directly (`$T.on ? $T.call(...,
    /// f, [a]) : f(a)`): one frame per call as in the source, so recursion
    /// past what the tracer follows reaches as deep, and no argument array.
    /// Only where the callee and arguments are cheap and safe to write twice.
    fn call(&mut self, bind: Option<VarId>, callee: Expr, args: Vec<Expr>, ctx: &Ctx, out: &mut Vec<Stmt>) -> Expr {
        let frame = Expr::Var(ctx.frame);
        let bind = bind.map(|b| self.name_str(b)).unwrap_or(Expr::Null);
        let arg_templates = self.template_list(&args);
        let arg_values: Vec<Expr> = args.into_iter().map(|a| self.value(a, ctx)).collect();
        let arg_values = self.hoist_literals(arg_values, out);
        let direct = arg_values.iter().all(cheap_to_repeat);
        match callee {
            Expr::Get(receiver, method) => {
                let tr = self.template(&receiver);
                let receiver = self.value(*receiver, ctx);
                let direct = direct && cheap_to_repeat(&receiver);
                let method_of = |recv: Expr| Expr::Get(Box::new(recv), method.clone());
                let plain = direct
                    .then(|| Expr::Call(Box::new(method_of(receiver.clone())), arg_values.clone().into(), NO_POS));
                let traced = match receiver {
                    // The program reads the method itself, before the
                    // arguments as JavaScript does, at a site of its own
                    // (where the tracer's one read would see every receiver).
                    Expr::Var(v) => {
                        let f = method_of(Expr::Var(v));
                        let args = vec![frame, bind, tr, Expr::Var(v), s(&method), f, arg_templates, arr(arg_values)];
                        self.t("mcallv", args)
                    }
                    receiver => {
                        self.t("mcall", vec![frame, bind, tr, receiver, s(&method), arg_templates, arr(arg_values)])
                    }
                };
                match plain {
                    Some(plain) => self.either(traced, plain),
                    None => traced,
                }
            }
            callee => {
                let tc = if self.is_static(&callee) { Expr::Null } else { self.template(&callee) };
                let callee = self.value(callee, ctx);
                let direct = direct && matches!(callee, Expr::Var(_));
                let plain = Expr::Call(Box::new(callee.clone()), arg_values.clone().into(), NO_POS);
                let traced = self.t("call", vec![frame, bind, tc, callee, arg_templates, arr(arg_values)]);
                if !direct {
                    return traced;
                }
                self.either(traced, plain)
            }
        }
    }

    /// Function and literal arguments made into temporaries just before the
    /// call, so that the call can be written twice (traced and plain) with
    /// each written once. Making a closure or a literal of evaluated values
    /// runs no code, so doing it before the callee is read is not observable.
    fn hoist_literals(&mut self, values: Vec<Expr>, out: &mut Vec<Stmt>) -> Vec<Expr> {
        values
            .into_iter()
            .map(|value| match value {
                Expr::Tracing("fn" | "lit", _) => {
                    let temp = self.names.temp();
                    out.push(Stmt::Decl(DeclKind::Const, temp, Some(value)));
                    Expr::Var(temp)
                }
                value => value,
            })
            .collect()
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
        let params = self.name_list(&f.params);
        // Untraced turns run the body as written (plain.rs).
        let mut out: Vec<Stmt> = super::plain::dispatch(&f, self.names, self.on()).into_iter().collect();
        out.push(Stmt::Decl(
            DeclKind::Const,
            frame,
            Some(self.t("enter", vec![Expr::Var(ctx.frame), s(&f.id), params])),
        ));
        let params_set: FastSet<VarId> = f.params.iter().copied().collect();
        for &v in &f.vars {
            if !params_set.contains(&v) && !self.names.info(v).opaque_init {
                out.push(self.let_undefined(frame, v));
            }
        }
        let body = std::mem::take(&mut f.body);
        let completes = can_complete(&body);
        self.scope_start(&body, frame, &mut out);
        self.stmts(body, &inner, &mut out);
        if completes {
            let t = self.template(&Expr::Undefined);
            out.push(self.rec("ret", vec![Expr::Var(frame), t, Expr::Bool(true)]));
        }
        f.body = out;
        f
    }
}

/// Takes the test of a loop body's leading `if (c) break L;` (`L` the loop
/// itself, no else), as the loop's exit test.
fn exit_test(body: &mut Vec<Stmt>, label: &str) -> Option<Expr> {
    // Source-map markers before it stay, in their place.
    let first = body.iter().position(|st| !matches!(st, Stmt::At(_)))?;
    match &body[first] {
        Stmt::If(_, then, otherwise)
            if otherwise.is_empty() && matches!(then.as_slice(), [Stmt::Break(l)] if l == label) => {}
        _ => return None,
    }
    match body.remove(first) {
        Stmt::If(test, _, _) => Some(*test),
        _ => None,
    }
}

/// Whether control may reach the end of the statements (conservative:
/// anything but a definite `break`/`return` may complete).
pub fn can_complete(body: &[Stmt]) -> bool {
    body.iter().all(|st| match st {
        Stmt::Break(_) | Stmt::Return(_) | Stmt::Throw(_) => false,
        Stmt::If(_, a, b) => can_complete(a) || can_complete(b),
        Stmt::Block(b) => can_complete(b),
        _ => true,
    })
}

/// Prints the template of a simple expression (`TRACING.md`, Templates).
fn write_template(e: &Expr, names: &Names, out: &mut String) {
    match e {
        Expr::Num(n) => {
            out.push_str("[\"n\", ");
            out.push_str(n);
            out.push(']');
        }
        Expr::Str(text) => {
            out.push_str("[\"s\", ");
            quote_into(text, out);
            out.push(']');
        }
        Expr::Bool(b) => out.push_str(if *b { "[\"b\", true]" } else { "[\"b\", false]" }),
        Expr::Null => out.push_str("[\"null\"]"),
        Expr::Var(v) => {
            out.push_str(if names.kind(*v) == NameKind::Free { "[\"g\", " } else { "[\"v\", " });
            quote_into(names.text(*v), out);
            out.push(']');
        }
        Expr::Get(o, f) => {
            out.push_str("[\"get\", ");
            write_template(o, names, out);
            out.push_str(", ");
            quote_into(f, out);
            out.push(']');
        }
        Expr::Index(o, k) => {
            out.push_str("[\"idx\", ");
            write_template(o, names, out);
            out.push_str(", ");
            write_template(k, names, out);
            out.push(']');
        }
        Expr::Bin(op, a, b) => write_binop(op.as_str(), a, b, names, out),
        Expr::Logic(op, a, b) => write_binop(op.as_str(), a, b, names, out),
        Expr::Un(op, a) => {
            out.push_str("[\"un\", \"");
            out.push_str(op.as_str());
            out.push_str("\", ");
            write_template(a, names, out);
            out.push(']');
        }
        Expr::Object(fields) => {
            // With a spread: `["sobj", [["k", T], [null, T], ...]]`, null
            // keying a spread (templates.js).
            let spread = fields.iter().any(|(k, _)| k == SPREAD_KEY);
            out.push_str(if spread { "[\"sobj\", [" } else { "[\"obj\", [" });
            for (i, (k, v)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push('[');
                if k == SPREAD_KEY {
                    out.push_str("null");
                } else {
                    quote_into(k, out);
                }
                out.push_str(", ");
                write_template(v, names, out);
                out.push(']');
            }
            out.push_str("]]");
        }
        Expr::Array(items) => {
            out.push_str("[\"arr\", [");
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_template(v, names, out);
            }
            out.push_str("]]");
        }
        Expr::Func(f) => {
            out.push_str("[\"fn\", ");
            quote_into(&f.id, out);
            out.push(']');
        }
        // The array callbacks' guards (callbacks.rs): what the trace tests,
        // where the program asks the tracer for the concrete answer.
        Expr::Tracing("arrayFits" | "sortFits" | "sortStores", args) if !args.is_empty() => {
            out.push_str("[\"isarr\", ");
            write_template(&args[0], names, out);
            out.push(']');
        }
        // The for-of guard (lower.rs `for_of`): an array or a string.
        Expr::Tracing("iterable", args) if args.len() == 1 => {
            out.push_str("[\"bin\", \"||\", [\"un\", \"isArray\", ");
            write_template(&args[0], names, out);
            out.push_str("], [\"bin\", \"===\", [\"un\", \"typeof\", ");
            write_template(&args[0], names, out);
            out.push_str("], [\"s\", \"string\"]]]");
        }
        // The for-in guard (lower.rs `for_in`): the trace tests that the
        // value is an object, which every object the evaluator has is.
        Expr::Tracing("forInFits" | "restFits", args) if args.len() == 1 => {
            out.push_str("[\"bin\", \"&&\", [\"bin\", \"===\", [\"un\", \"typeof\", ");
            write_template(&args[0], names, out);
            out.push_str("], [\"s\", \"object\"]], ");
            write_binop("!==", &args[0], &Expr::Null, names, out);
            out.push(']');
        }
        // `new Error(m)` (lower.rs `construct`): the callee is the global.
        Expr::Tracing("construct", args) if args.len() == 1 => write_template(&args[0], names, out),
        Expr::Tracing("present", args) if args.len() == 2 => {
            write_binop("in", &args[1], &args[0], names, out);
        }
        // `undefined`, and (never after normalization) anything not simple.
        _ => out.push_str("[\"u\"]"),
    }
}

fn write_binop(op: &str, a: &Expr, b: &Expr, names: &Names, out: &mut String) {
    out.push_str("[\"bin\", \"");
    out.push_str(op);
    out.push_str("\", ");
    write_template(a, names, out);
    out.push_str(", ");
    write_template(b, names, out);
    out.push(']');
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
        assert_eq!(lines[lines.len() - 2], "$T.end();");
        assert!(lines[lines.len() - 1].starts_with("//# sourceMappingURL=data:application/json;"), "{out}");
        assert!(out.contains("const $s0 = $T.root();"));
    }

    #[test]
    fn declarations_record_before_they_run() {
        assert_eq!(
            body("let x = 1; var y = x;"),
            "$T.on && $T.let($s0, \"y\", $t1); $T.on && $T.let($s0, \"x\", $t2); let x = 1; $T.on && $T.set($s0, \"y\", $t3); var y = x;"
        );
        assert_eq!(body("let z;"), "$T.on && $T.let($s0, \"z\", $t1); let z;");
        assert_eq!(body("var w;"), "$T.on && $T.let($s0, \"w\", $t1); var w;");
    }

    #[test]
    fn templates_are_hoisted_and_shared() {
        let t = templates("let a = 1; let b = 1; let c = a + 1;");
        assert_eq!(t, vec!["const $t1 = [\"n\", 1];", "const $t2 = [\"bin\", \"+\", [\"v\", \"a\"], [\"n\", 1]];"]);
        let t = templates("let o = {k: [null, true, \"s\", undefined, NaN]}; let g = Math.PI;");
        assert!(
            t[0].contains(
                "[\"obj\", [[\"k\", [\"arr\", [[\"null\"], [\"b\", true], [\"s\", \"s\"], [\"u\"], [\"n\", NaN]]]]]]"
            ),
            "{t:?}"
        );
        assert!(t[1].contains("[\"get\", [\"g\", \"Math\"], \"PI\"]"), "{t:?}");
    }

    #[test]
    fn static_callees_pass_null_others_their_template() {
        let b = body("function f() {} f(); let g = f; g(); function h() {} h = 1; h();");
        assert!(b.contains("$T.on ? $T.call($s0, null, null, f, $t1, []) : f();"), "{b}");
        assert!(b.contains("$T.on ? $T.call($s0, null, $t4, g, $t1, []) : g();"), "{b}");
        assert!(b.contains("$T.on ? $T.call($s0, null, $t6, h, $t1, []) : h();"), "reassigned: {b}");
    }

    #[test]
    fn calls_are_direct_when_nothing_records_unless_arguments_cannot_be_written_twice() {
        let b = body("function f(x) {} f(a + 1, o.k); f(() => 1); f(g());");
        assert!(b.contains(": f(a + 1, o.k);"), "{b}");
        assert!(!b.contains(": f(() =>"), "a function is not written twice: {b}");
        assert!(!b.contains(": f(g("), "{b}");
    }

    #[test]
    fn method_calls_and_bound_calls() {
        let b = body("let r = o.m(1); o.n();");
        assert_eq!(
            b,
            "let r = $T.on ? $T.mcallv($s0, \"r\", $t3, o, \"m\", o.m, $t2, [1]) : o.m(1); \
             $T.on ? $T.mcallv($s0, null, $t3, o, \"n\", o.n, $t4, []) : o.n();"
        );
        // A receiver that is not a variable is read once, by the tracer.
        let b = body("o.p.m(1);");
        assert!(b.contains("$T.on ? $T.mcall($s0, null, $t3, o.p, \"m\", $t2, [1]) : o.p.m(1);"), "{b}");
        // A function or a literal argument is made just before the call, so
        // the call is written twice but the function or literal once.
        let b = body("o.m(() => 1); [1].m(x); o.m([x]);");
        assert_eq!(b.matches("() =>").count(), 1, "{b}");
        assert!(b.contains("const $r1 = $T.fn(() => {"), "{b}");
        assert!(b.contains(": o.m($r1);"), "{b}");
        assert!(b.contains("const $r2 = $T.lit([x]);"), "{b}");
        // A receiver that is a literal stays where it is, read once by the tracer.
        assert!(b.contains("$T.lit([1]), \"m\", $t7, [x]);"), "{b}");
        let t = templates("o.m(1, 1); o.m(1, 1);");
        assert!(
            t.contains(&"const $t2 = [$t1, $t1];".to_string()),
            "argument templates are one shared constant: {t:?}"
        );
    }

    #[test]
    fn function_declarations_are_declared_once_at_scope_start() {
        let b = body("f(); function f() { return 1; } function f() { return 2; }");
        assert_eq!(b.matches("$T.decl(").count(), 1, "{b}");
        assert!(b.starts_with("$T.on && $T.decl($s0, \"f\", f, \"F2\");"), "{b}");
        let b = body("function g() { return k(); function k() { return 1; } }");
        assert!(b.contains("const $s1 = $T.enter($s0, \"F1\", $t1); $T.on && $T.decl($s1, \"k\", k, \"F2\");"), "{b}");
    }

    #[test]
    fn functions_enter_bind_vars_and_fall_through() {
        let b = body("function f(a) { var v = a; if (a) { return 1; } }");
        assert!(b.contains("const $s1 = $T.enter($s0, \"F1\", $t1); $T.on && $T.let($s1, \"v\", $t2);"), "{b}");
        assert!(templates("function f(a) {}").contains(&"const $t1 = [\"a\"];".to_string()));
        assert!(b.ends_with("$T.on && $T.ret($s1, $t2, true); }"), "{b}");
        let b = body("function g() { return 1; }");
        assert!(!b.contains("true)"), "no fall-through after a return: {b}");
        let b = body("let h = function (x) { return x; };");
        assert!(b.contains("let h = $T.fn(function (x) {"), "{b}");
        // `h.name` is "h" in the source; as an argument of `$T.fn` it would be "".
        assert!(b.ends_with("}, \"F1\", $s0, \"h\");"), "{b}");
        let b = body("let o = { k: () => 1 }; g(() => 2);");
        assert!(b.contains("k: $T.fn(() => {"), "{b}");
        assert!(b.contains("}, \"F1\", $s0, \"k\")"), "{b}");
        assert!(b.contains("const $r1 = $T.fn(() => {"), "{b}");
        assert!(b.contains("}, \"F2\", $s0);"), "an argument has no name: {b}");
    }

    #[test]
    fn template_literals_run_as_written_and_record_a_concatenation() {
        let b = body("let s = `a${x}`;");
        assert!(b.ends_with("let s = `a${x}`;"), "{b}");
        assert!(templates("let s = `a${x}`;")
            .contains(&"const $t1 = [\"bin\", \"+\", [\"s\", \"a\"], [\"g\", \"x\"]];".to_string()));
    }

    #[test]
    fn branches_pop_only_when_control_falls_off() {
        let b = body("while (a) { if (b) { break; } else { c(); } }");
        assert!(b.contains("if ($T.on ? $T.if($s0, $t2, b) : b) { $T.on && $T.brk($s0, \"L1\"); break L1; } else { $T.on ? $T.call($s0, null, $t4, c, $t3, []) : c(); $T.on && $T.pop($s0); }"), "{b}");
        // A loop's leading exit test is one `$T.exit`.
        assert!(
            b.contains("L1: while (true) { if ($T.on ? $T.exit($s0, \"L1\", $t1, !a) : !a) { break L1; } if"),
            "{b}"
        );
        assert!(!b.contains("$T.iter"), "{b}");
        let b = body("while (true) { f(); }");
        assert!(b.contains("L1: while (true) { $T.on && $T.iter($s0); $T.on ? $T.call("), "no exit test: {b}");
        // An empty else is left out: `$T.when` closes it on a false test.
        let b = body("if (a) { c(); }");
        assert!(
            b.contains("if ($T.on ? $T.when($s0, $t1, a) : a) { $T.on ? $T.call($s0, null, $t3, c, $t2, []) : c(); $T.on && $T.pop($s0); }"),
            "{b}"
        );
        assert!(!b.contains("else"), "{b}");
    }

    #[test]
    fn assignments_record_set_and_put() {
        let b = body("let x = 0; x = 2; o.k = x; o[x] = 3;");
        assert!(b.contains("$T.on && $T.set($s0, \"x\", $t2); x = 2;"), "{b}");
        assert!(b.contains("$T.on && $T.put($s0, $t4, $t5, $t3, o, \"k\"); o.k = x;"), "{b}");
        assert!(b.contains("$T.on && $T.put($s0, $t4, $t3, $t6, o, x); o[x] = 3;"), "{b}");
    }

    #[test]
    fn opaque_statements_and_bindings() {
        let b = body("let c = require('c'); class K {} debugger;");
        assert_eq!(
            b,
            "let c = require('c'); $T.on && $T.opaque($s0, \"c\"); class K {}; $T.on && $T.opaque($s0, \"K\"); $T.on && $T.unknown($s0); debugger;"
        );
        let b = body("function* g() {} async function h() {}");
        assert!(b.starts_with("$T.on && $T.opaque($s0, \"g\"); $T.on && $T.opaque($s0, \"h\");"), "{b}");
    }

    #[test]
    fn block_frames_only_for_captured_bindings_in_loops() {
        let b = body("while (a) { let x = 1; f(() => x); }");
        assert!(b.contains("break L1; } const $s1 = $T.block($s0);"), "{b}");
        assert!(b.contains("$T.on && $T.let($s1, \"x\""), "{b}");
        let b = body("while (a) { let x = 1; f(x); }");
        assert!(!b.contains("$T.block"), "{b}");
        let b = body("{ let x = 1; f(() => x); }");
        assert!(!b.contains("$T.block"), "not in a loop: {b}");
    }

    #[test]
    fn continue_blocks_are_labels() {
        let b = body("while (a) { if (b) continue; c = 1; }");
        assert!(b.contains("$T.on && $T.label($s0, \"C1\"); C1: {"), "{b}");
        assert!(b.contains("$T.on && $T.brk($s0, \"C1\"); break C1;"), "{b}");
    }

    #[test]
    fn literals_are_owned_and_returns_recorded() {
        let b = body("function f() { return {a: [1]}; }");
        assert!(b.contains("$T.on && $T.ret($s1, $t2); return $T.lit({ a: $T.lit([1]) });"), "{b}");
    }
}
