//! Stage 2: oxc's arena AST → our owned [`ast`](super::ast).
//!
//! Names are already resolved (see `resolve`): every identifier becomes its
//! [`VarId`]. What the compiler models is translated node by node; anything
//! else becomes opaque source text:
//! - a side-effect-free expression the trace cannot describe (a regular
//!   expression, `a instanceof B`, a function using `this`, a plain class, ...) is an
//!   opaque *value*, later bound to a name the trace knows is opaque;
//! - `require("...")` is an opaque value too (it runs untraced);
//! - any other unsupported construct makes its whole statement opaque: it
//!   runs exactly as written and its path in the trace ends in `unknown`.
//!
//! Loops get their labels here, so that `break`/`continue` inside opaque
//! text can be rewritten to leave the normalized loops correctly.

use oxc_ast::ast::{self as js, Expression, Statement};
use oxc_span::{GetSpan, Span};

use super::ast::*;
use super::error::Problem;
use super::resolve::{pattern_names, Jump, Resolution};

/// The construct has effects the compiler does not model: the enclosing
/// statement must become opaque.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unsupported;

type Lowered<T> = Result<T, Unsupported>;

pub fn lower(program: &js::Program<'_>, source: &str, mut res: Resolution) -> Result<Program, Problem> {
    let names = std::mem::take(&mut res.names);
    let mut l = Lowerer {
        src: source,
        res: &res,
        names,
        next_fn: 0,
        next_label: 0,
        loop_labels: FastMap::default(),
        break_labels: FastMap::default(),
        fn_depth: 0,
    };
    let directives = program.directives.iter().map(|d| l.slice(d.span).to_string()).collect();
    let hashbang = program.hashbang.as_ref().map(|h| l.slice(h.span).to_string());
    let body = l.stmts(&program.body);
    let vars = res.program_vars.clone();
    Ok(Program { hashbang, directives, vars, body, names: l.names })
}

struct Lowerer<'r> {
    src: &'r str,
    res: &'r Resolution,
    names: Names,
    next_fn: u32,
    next_label: u32,
    /// Loop span start → its labels.
    loop_labels: FastMap<u32, LoopLabels>,
    break_labels: FastMap<u32, String>,
    fn_depth: u32,
}

impl Lowerer<'_> {
    fn slice(&self, span: Span) -> &str {
        self.src.get(span.start as usize..span.end as usize).unwrap_or("")
    }

    fn var(&mut self, span: Span, name: &str) -> VarId {
        match self.res.var_at(span.start) {
            Some(id) => id,
            None => self.names.free(name),
        }
    }

    /// Fresh labels `L<n>`/`C<n>`, avoiding every label of the source.
    fn fresh_label_number(&mut self) -> u32 {
        loop {
            self.next_label += 1;
            let n = self.next_label;
            let taken = &self.res.labels;
            if !taken.contains(&format!("L{n}")) && !taken.contains(&format!("C{n}")) {
                return n;
            }
        }
    }

    fn loop_labels(&mut self, start: u32) -> LoopLabels {
        let n = self.fresh_label_number();
        let cont = self.res.continued.contains(&start).then(|| format!("C{n}"));
        let labels = LoopLabels { brk: format!("L{n}"), cont };
        self.loop_labels.insert(start, labels.clone());
        labels
    }

    /// The source text of `span`, with names renamed and `break`/`continue`
    /// that leave it rewritten to the normalized loops' labels.
    fn opaque(&self, span: Span) -> Opaque {
        self.opaque_within(span, span)
    }

    /// [`Self::opaque`] of a part of `scope`: jumps are rewritten when they
    /// leave `scope`, not the part.
    fn opaque_within(&self, span: Span, scope: Span) -> Opaque {
        let (start, end) = (span.start, span.end);
        let mut pieces = Vec::new();
        let mut at = start;
        let occurrences = self.res.occurrences_in(start, end);
        let jumps = self.res.jumps_in(start, end);
        let (mut i, mut j) = (0, 0);
        loop {
            let next_occ = occurrences.get(i);
            let next_jump = jumps.get(j);
            let take_jump = match (next_occ, next_jump) {
                (None, None) => break,
                (Some(o), Some(jp)) => jp.start < o.start,
                (None, Some(_)) => true,
                (Some(_), None) => false,
            };
            if take_jump {
                let jump = jumps[j];
                j += 1;
                let outside = jump.target < scope.start || jump.target >= scope.end;
                if let (true, Some(label)) = (outside, self.jump_label(&jump)) {
                    push_source(&mut pieces, self.src, at, jump.start);
                    // Not the source's text: a piece of its own, unmapped.
                    pieces.push(Piece::Text(format!("break {label};")));
                    at = jump.end;
                    // Skip names inside the rewritten jump (there are none).
                    while occurrences.get(i).is_some_and(|o| o.start < jump.end) {
                        i += 1;
                    }
                }
                continue;
            }
            let o = occurrences[i];
            i += 1;
            if o.start < at {
                continue;
            }
            push_source(&mut pieces, self.src, at, o.start);
            pieces.push(Piece::At(o.start));
            let text = &self.src[o.start as usize..o.end as usize];
            if o.shorthand {
                pieces.push(Piece::Shorthand(text.to_string(), o.var));
            } else {
                pieces.push(Piece::Name(o.var));
            }
            at = o.end;
        }
        push_source(&mut pieces, self.src, at, end);
        Opaque { pieces }
    }

    fn opaque_stmt(&self, stmt: &Statement<'_>) -> Stmt {
        Stmt::Opaque(self.opaque(stmt.span()))
    }

    // ----- statements --------------------------------------------------------

    fn stmts(&mut self, stmts: &[Statement<'_>]) -> Vec<Stmt> {
        let mut out = Vec::new();
        for stmt in stmts {
            self.stmt(stmt, &mut out);
        }
        out
    }

    /// The body of an `if` or a loop, as a list (a block's own statements).
    fn sub(&mut self, stmt: &Statement<'_>) -> Vec<Stmt> {
        match stmt {
            Statement::BlockStatement(block) => self.stmts(&block.body),
            other => {
                let mut out = Vec::new();
                self.stmt(other, &mut out);
                out
            }
        }
    }

    fn stmt(&mut self, stmt: &Statement<'_>, out: &mut Vec<Stmt>) {
        if has_own_position(stmt) {
            out.push(Stmt::At(stmt.span().start));
        }
        match stmt {
            Statement::EmptyStatement(_) => {}
            Statement::BlockStatement(block) => {
                let body = self.stmts(&block.body);
                out.push(Stmt::Block(body));
            }
            Statement::VariableDeclaration(decl) => match self.var_decl(decl) {
                Ok(stmts) => out.extend(stmts),
                Err(Unsupported) => out.push(self.opaque_stmt(stmt)),
            },
            Statement::FunctionDeclaration(func) => out.push(self.function_decl(func)),
            Statement::ClassDeclaration(class) => {
                let var = class.id.as_ref().map(|id| self.var(id.span, id.name.as_str()));
                match var {
                    Some(var) if is_safe_class(class) => out.push(Stmt::OpaqueClass(self.opaque(class.span), var)),
                    _ => out.push(self.opaque_stmt(stmt)),
                }
            }
            Statement::ExpressionStatement(s) if is_pattern_assignment(&s.expression) => {
                match self.pattern_assignment(&s.expression) {
                    Ok(stmts) => out.extend(stmts),
                    Err(Unsupported) => out.push(self.opaque_stmt(stmt)),
                }
            }
            Statement::ExpressionStatement(s) if is_spread_call(&s.expression) => {
                let Expression::CallExpression(call) = s.expression.without_parentheses() else { return };
                let mut stmts = Vec::new();
                match self.spread_call(call, &mut stmts) {
                    Ok(_) => out.extend(stmts),
                    Err(Unsupported) => out.push(self.opaque_stmt(stmt)),
                }
            }
            Statement::ExpressionStatement(s) => match self.expr(&s.expression) {
                Ok(e) => out.push(Stmt::Expr(e)),
                Err(Unsupported) => out.push(self.opaque_stmt(stmt)),
            },
            Statement::IfStatement(s) => match self.expr(&s.test) {
                Ok(test) => {
                    let cons = self.sub(&s.consequent);
                    let alt = s.alternate.as_ref().map(|a| self.sub(a)).unwrap_or_default();
                    out.push(Stmt::if_(test, cons, alt));
                }
                Err(Unsupported) => out.push(self.opaque_stmt(stmt)),
            },
            Statement::WhileStatement(_) | Statement::DoWhileStatement(_) | Statement::ForStatement(_) => {
                match self.lower_loop(stmt) {
                    Ok(s) => out.push(s),
                    Err(Unsupported) => out.push(self.opaque_stmt(stmt)),
                }
            }
            Statement::ForOfStatement(s) => match self.for_of(s) {
                Ok(stmts) => out.extend(stmts),
                Err(Unsupported) => out.push(self.opaque_stmt(stmt)),
            },
            Statement::ForInStatement(s) => match self.for_in(s) {
                Ok(stmts) => out.extend(stmts),
                Err(Unsupported) => out.push(self.opaque_stmt(stmt)),
            },
            Statement::LabeledStatement(s) => {
                let mut body = &s.body;
                while let Statement::LabeledStatement(inner) = body {
                    body = &inner.body;
                }
                let lowered = match body {
                    Statement::WhileStatement(_) | Statement::DoWhileStatement(_) | Statement::ForStatement(_) => {
                        self.lower_loop(body)
                    }
                    // `name: { ... break name; ... }`: a `label` block the
                    // tracer follows like a switch's (the resolver targets
                    // the outermost label's start).
                    Statement::BlockStatement(block) => Ok(self.labelled_block(s.span.start, block)),
                    _ => Err(Unsupported),
                };
                match lowered {
                    Ok(s) => out.push(s),
                    Err(Unsupported) => out.push(self.opaque_stmt(stmt)),
                }
            }
            Statement::BreakStatement(s) => out.push(self.jump(s.span, stmt)),
            Statement::ContinueStatement(s) => out.push(self.jump(s.span, stmt)),
            Statement::ReturnStatement(s) => {
                if self.fn_depth == 0 {
                    // A CommonJS module may return early: the top level ends
                    // there, so the root context is closed first.
                    let mut text = Opaque::text("$T.end(); ");
                    text.pieces.extend(self.opaque(s.span).pieces);
                    out.push(Stmt::Opaque(text));
                    return;
                }
                if let Some(Expression::CallExpression(call)) = &s.argument {
                    if is_spread_call(s.argument.as_ref().unwrap_or_else(|| unreachable!())) {
                        let mut stmts = Vec::new();
                        match self.spread_call(call, &mut stmts) {
                            Ok(result) => {
                                out.extend(stmts);
                                out.push(Stmt::Return(Some(Expr::Var(result))));
                            }
                            Err(Unsupported) => out.push(self.opaque_stmt(stmt)),
                        }
                        return;
                    }
                }
                if let Some(Expression::ArrayExpression(arr)) = &s.argument {
                    if has_spread(arr) {
                        let mut pushes = Vec::new();
                        match self.spread_array(arr, &mut pushes) {
                            Ok(acc) => {
                                out.extend(pushes);
                                out.push(Stmt::Return(Some(Expr::Var(acc))));
                            }
                            Err(Unsupported) => out.push(self.opaque_stmt(stmt)),
                        }
                        return;
                    }
                }
                match s.argument.as_ref().map(|a| self.expr(a)).transpose() {
                    Ok(arg) => out.push(Stmt::Return(arg)),
                    Err(Unsupported) => out.push(self.opaque_stmt(stmt)),
                }
            }
            Statement::SwitchStatement(s) => match self.switch(s) {
                Ok(st) => out.push(st),
                Err(Unsupported) => out.push(self.opaque_stmt(stmt)),
            },
            Statement::TryStatement(s) => match self.try_stmt(s) {
                Ok(st) => out.push(st),
                Err(Unsupported) => out.push(self.opaque_stmt(stmt)),
            },
            Statement::ThrowStatement(s) => match self.expr(&s.argument) {
                Ok(value) => out.push(Stmt::Throw(value)),
                Err(Unsupported) => out.push(self.opaque_stmt(stmt)),
            },
            _ => out.push(self.opaque_stmt(stmt)),
        }
    }

    fn try_stmt(&mut self, s: &js::TryStatement<'_>) -> Lowered<Stmt> {
        let id = format!("Y{}", self.fresh_label_number());
        let block = self.stmts(&s.block.body);
        let handler = match &s.handler {
            Some(clause) => Some(self.catch_clause(clause)?),
            None => None,
        };
        let finalizer = s.finalizer.as_ref().map(|f| self.stmts(&f.body));
        Ok(Stmt::Try(Box::new(Try { id, block, handler, finalizer })))
    }

    /// A catch clause's binding and body. A plain name is the clause's own
    /// binding; a pattern, or a name a closure captures (each entry of the
    /// handler needs a binding of its own then, as a `let` gets in a loop),
    /// is bound from a temporary by the handler's first statements.
    fn catch_clause(&mut self, clause: &js::CatchClause<'_>) -> Lowered<(Option<VarId>, Vec<Stmt>)> {
        let Some(param) = &clause.param else {
            return Ok((None, self.stmts(&clause.body.body)));
        };
        // `catch (e) { var e = ...; }` (Annex B) assigns the catch binding
        // from a `var`: not modelled (any `var` in the handler, to be safe).
        if has_var_keyword(self.slice(clause.body.span)) {
            return Err(Unsupported);
        }
        let mut body = Vec::new();
        let binding = match &param.pattern {
            js::BindingPattern::BindingIdentifier(id) => {
                let var = self.var(id.span, id.name.as_str());
                if self.names.info(var).captured {
                    let temp = self.names.temp();
                    body.push(Stmt::Decl(DeclKind::Let, var, Some(Expr::Var(temp))));
                    temp
                } else {
                    var
                }
            }
            js::BindingPattern::ObjectPattern(pattern) => {
                let temp = self.names.temp();
                self.object_pattern(pattern, temp, DeclKind::Let, &mut body)?;
                temp
            }
            _ => return Err(Unsupported),
        };
        body.extend(self.stmts(&clause.body.body));
        Ok((Some(binding), body))
    }

    /// The label a `break`/`continue` goes to once loops are lowered: the
    /// loop's continue block, the loop itself, or a `switch`.
    fn jump_label(&self, jump: &Jump) -> Option<String> {
        if jump.is_continue {
            self.loop_labels.get(&jump.target).and_then(|l| l.cont.clone())
        } else {
            self.loop_labels
                .get(&jump.target)
                .map(|l| l.brk.clone())
                .or_else(|| self.break_labels.get(&jump.target).cloned())
        }
    }

    fn labelled_block(&mut self, target: u32, block: &js::BlockStatement<'_>) -> Stmt {
        let label = format!("L{}", self.fresh_label_number());
        self.break_labels.insert(target, label.clone());
        let body = self.stmts(&block.body);
        Stmt::Labeled { label, body }
    }

    fn jump(&mut self, span: Span, stmt: &Statement<'_>) -> Stmt {
        let label = self.res.jump_at.get(&span.start).and_then(|jump| self.jump_label(jump));
        match label {
            Some(label) => Stmt::Break(label),
            None => self.opaque_stmt(stmt),
        }
    }

    fn lower_loop(&mut self, stmt: &Statement<'_>) -> Lowered<Stmt> {
        let start = stmt.span().start;
        match stmt {
            Statement::WhileStatement(s) => {
                let test = self.expr(&s.test)?;
                let labels = self.loop_labels(start);
                let body = self.sub(&s.body);
                Ok(Stmt::While(Box::new(WhileLoop { test, body, labels })))
            }
            Statement::DoWhileStatement(s) => {
                let labels = self.loop_labels(start);
                let body = self.sub(&s.body);
                let test = self.expr(&s.test)?;
                Ok(Stmt::DoWhile(Box::new(WhileLoop { test, body, labels })))
            }
            Statement::ForStatement(s) => {
                let mut init = Vec::new();
                let mut per_iteration = Vec::new();
                match &s.init {
                    Some(js::ForStatementInit::VariableDeclaration(decl)) => {
                        // An array pattern's guard is not a head's declaration.
                        if decl.declarations.iter().any(|d| matches!(d.id, js::BindingPattern::ArrayPattern(_))) {
                            return Err(Unsupported);
                        }
                        init = self.var_decl(decl)?;
                        if decl.kind == js::VariableDeclarationKind::Let {
                            let mut found = Vec::new();
                            for d in &decl.declarations {
                                pattern_names(&d.id, &mut found);
                            }
                            for (_, span) in found {
                                if let Some(var) = self.res.var_at(span.start) {
                                    if self.names.info(var).captured {
                                        per_iteration.push(var);
                                    }
                                }
                            }
                            // Closures created in the head itself see the
                            // head's own environment: not modelled.
                            if !per_iteration.is_empty()
                                && decl.declarations.iter().any(|d| d.init.as_ref().is_some_and(contains_function))
                            {
                                return Err(Unsupported);
                            }
                        }
                    }
                    Some(other) => {
                        if let Some(e) = other.as_expression() {
                            init.push(Stmt::Expr(self.expr(e)?));
                        }
                    }
                    None => {}
                }
                let test = s.test.as_ref().map(|t| self.expr(t)).transpose()?;
                let update = s.update.as_ref().map(|u| self.expr(u)).transpose()?;
                let labels = self.loop_labels(start);
                let body = self.sub(&s.body);
                Ok(Stmt::For(Box::new(ForLoop { init, test, update, body, labels, per_iteration })))
            }
            _ => Err(Unsupported),
        }
    }

    /// `for (x of e) body` is `let $r1 = e; if ($T.iterable($r1)) { for (let
    /// $r2 = 0; $r2 < $r1.length; $r2++) { let x = $r1[$r2]; body } } else
    /// { for (x of $r1) body }`: on a plain array with the real iterator, or
    /// a string without surrogates (one code point per code unit) iterated
    /// by the real string iterator (the runtime's guard,
    /// tracing/iteration.js), the index loop reads what the iterator would,
    /// in the same order; anything else runs the loop as written, untraced. (A labelled `for-of` stays opaque: its label's
    /// jumps would not reach the copy.)
    fn for_of(&mut self, s: &js::ForOfStatement<'_>) -> Lowered<Vec<Stmt>> {
        if s.r#await {
            return Err(Unsupported);
        }
        let right = self.expr(&s.right)?;
        let source = self.names.temp();
        let index = self.names.temp();
        let element = Expr::Index(Box::new(Expr::Var(source)), Box::new(Expr::Var(index)));
        let mut body = Vec::new();
        self.loop_target(&s.left, element, &mut body)?;
        let labels = self.loop_labels(s.span.start);
        body.extend(self.sub(&s.body));
        let traced = index_loop(index, source, body, labels);
        let guard = Expr::Tracing("iterable", vec![Expr::Var(source)]);
        Ok(vec![
            Stmt::Decl(DeclKind::Let, source, Some(right)),
            Stmt::if_(
                guard,
                vec![Stmt::For(Box::new(traced))],
                vec![Stmt::Opaque(self.loop_as_written(s.span, s.right.span(), source))],
            ),
        ])
    }

    /// `for (k in e) body` is `let $r1 = e; if ($T.forInFits($r1)) { let $r2 =
    /// Object.keys($r1); for (let $r3 = 0; $r3 < $r2.length; $r3++) { let $r4
    /// = $r2[$r3]; if ($r4 in $r1) { let k = $r4; body } } } else { for (k in
    /// $r1) body }`. The runtime's guard (tracing/forin.js) holds for a plain
    /// object or array with no enumerable inherited key and the real
    /// `Object.keys`: then the keys are the own ones in `Object.keys` order,
    /// taken once before the loop (keys added are not visited), and V8 skips
    /// a key that is no longer `in` the object (deleted). Not when the
    /// program binds a name `Object` of its own (the copy reads the global).
    fn for_in(&mut self, s: &js::ForInStatement<'_>) -> Lowered<Vec<Stmt>> {
        if self.names.list.iter().any(|n| n.text == "Object" && n.kind != NameKind::Free) {
            return Err(Unsupported);
        }
        let right = self.expr(&s.right)?;
        let source = self.names.temp();
        let keys = self.names.temp();
        let index = self.names.temp();
        let key = self.names.temp();
        let mut inner = Vec::new();
        self.loop_target(&s.left, Expr::Var(key), &mut inner)?;
        let labels = self.loop_labels(s.span.start);
        inner.extend(self.sub(&s.body));
        let element = Expr::Index(Box::new(Expr::Var(keys)), Box::new(Expr::Var(index)));
        let present = Expr::Bin(BinOp::In, Box::new(Expr::Var(key)), Box::new(Expr::Var(source)));
        let body = vec![Stmt::Decl(DeclKind::Let, key, Some(element)), Stmt::if_(present, inner, Vec::new())];
        let traced = index_loop(index, keys, body, labels);
        let object = Expr::Var(self.names.free("Object"));
        let list = Expr::Call(
            Box::new(Expr::Get(Box::new(object), "keys".into())),
            vec![Expr::Var(source)].into(),
            s.right.span().start,
        );
        let guard = Expr::Tracing("forInFits", vec![Expr::Var(source)]);
        let traced = vec![Stmt::Decl(DeclKind::Let, keys, Some(list)), Stmt::For(Box::new(traced))];
        Ok(vec![
            Stmt::Decl(DeclKind::Let, source, Some(right)),
            Stmt::if_(guard, traced, vec![Stmt::Opaque(self.loop_as_written(s.span, s.right.span(), source))]),
        ])
    }

    /// The loop as written (`for (x of/in e) body`), iterating the value
    /// `source` already computed.
    fn loop_as_written(&self, span: Span, right_span: Span, source: VarId) -> Opaque {
        let mut text = self.opaque_within(Span::new(span.start, right_span.start), span);
        text.pieces.push(Piece::Name(source));
        text.pieces.extend(self.opaque_within(Span::new(right_span.end, span.end), span).pieces);
        text
    }

    /// Binds the `for-of`/`for-in` target to `element` at the start of `body`.
    fn loop_target(&mut self, left: &js::ForStatementLeft<'_>, element: Expr, body: &mut Vec<Stmt>) -> Lowered<()> {
        match left {
            js::ForStatementLeft::VariableDeclaration(decl) => {
                let kind = match decl.kind {
                    js::VariableDeclarationKind::Var => DeclKind::Var,
                    js::VariableDeclarationKind::Let => DeclKind::Let,
                    js::VariableDeclarationKind::Const => DeclKind::Const,
                    _ => return Err(Unsupported),
                };
                let [d] = decl.declarations.as_slice() else { return Err(Unsupported) };
                if d.init.is_some() {
                    return Err(Unsupported);
                }
                match &d.id {
                    js::BindingPattern::BindingIdentifier(_) | js::BindingPattern::ObjectPattern(_) => {
                        self.bind_pattern(&d.id, element, kind, body)
                    }
                    _ => Err(Unsupported),
                }
            }
            other => {
                let target = other.as_simple_assignment_target().ok_or(Unsupported)?;
                let target = self.simple_target(target)?;
                body.push(Stmt::Expr(Expr::Assign(Box::new(target), None, Box::new(element))));
                Ok(())
            }
        }
    }

    fn switch(&mut self, s: &js::SwitchStatement<'_>) -> Lowered<Stmt> {
        // Lexical declarations share one scope across cases: not modelled.
        let lexical = s.cases.iter().flat_map(|c| c.consequent.iter()).any(|st| {
            matches!(st, Statement::FunctionDeclaration(_) | Statement::ClassDeclaration(_))
                || matches!(st, Statement::VariableDeclaration(d) if d.kind != js::VariableDeclarationKind::Var)
        });
        if lexical {
            return Err(Unsupported);
        }
        let disc = self.expr(&s.discriminant)?;
        let tests =
            s.cases.iter().map(|c| c.test.as_ref().map(|t| self.expr(t)).transpose()).collect::<Lowered<Vec<_>>>()?;
        let n = self.fresh_label_number();
        let label = format!("L{n}");
        self.break_labels.insert(s.span.start, label.clone());
        let mut cases = Vec::new();
        for (case, test) in s.cases.iter().zip(tests) {
            let body = self.stmts(&case.consequent);
            cases.push(SwitchCase { test, body });
        }
        Ok(Stmt::Switch(Box::new(Switch { disc, cases, label })))
    }

    fn var_decl(&mut self, decl: &js::VariableDeclaration<'_>) -> Lowered<Vec<Stmt>> {
        let kind = match decl.kind {
            js::VariableDeclarationKind::Var => DeclKind::Var,
            js::VariableDeclarationKind::Let => DeclKind::Let,
            js::VariableDeclarationKind::Const => DeclKind::Const,
            _ => return Err(Unsupported),
        };
        let mut out = Vec::new();
        for d in &decl.declarations {
            let init = match &d.init {
                Some(Expression::ArrayExpression(arr)) if has_spread(arr) => {
                    Some(Expr::Var(self.spread_array(arr, &mut out)?))
                }
                Some(e @ Expression::CallExpression(call)) if is_spread_call(e) => {
                    Some(Expr::Var(self.spread_call(call, &mut out)?))
                }
                init => init.as_ref().map(|e| self.expr(e)).transpose()?,
            };
            match &d.id {
                js::BindingPattern::BindingIdentifier(id) => {
                    let var = self.var(id.span, id.name.as_str());
                    if kind == DeclKind::Var && matches!(init, Some(Expr::Opaque(..))) {
                        self.names.info_mut(var).opaque_init = true;
                    }
                    out.push(Stmt::Decl(kind, var, init));
                }
                js::BindingPattern::ObjectPattern(pattern) => {
                    let Some(init) = init else { return Err(Unsupported) };
                    let source = self.bind_temp(init, &mut out);
                    self.object_pattern(pattern, source, kind, &mut out)?;
                }
                js::BindingPattern::ArrayPattern(pattern) => {
                    let Some(init) = init else { return Err(Unsupported) };
                    self.array_pattern(pattern, init, kind, &mut out)?;
                }
                _ => return Err(Unsupported),
            }
        }
        Ok(out)
    }

    /// `[a, ...b, c]` (no holes) as pushes onto a fresh array, in order:
    /// `let $r1 = []; $r1.push(a); let $r2 = b; if ($T.isArray($r2)) { for
    /// (let $r3 = 0; $r3 < $r2.length; $r3++) $r1.push($r2[$r3]); } else {
    /// $r1.push(...$r2); } $r1.push(c);`. On a plain array with the real
    /// iterator (see [`Self::for_of`]) the loop reads what the iterator
    /// would; anything else spreads as written, untraced.
    fn spread_array(&mut self, arr: &js::ArrayExpression<'_>, out: &mut Vec<Stmt>) -> Lowered<VarId> {
        let mut elements = Vec::new();
        for el in &arr.elements {
            elements.push(match el {
                js::ArrayExpressionElement::SpreadElement(spread) => Err(&**spread),
                js::ArrayExpressionElement::Elision(_) => return Err(Unsupported),
                other => Ok(other.as_expression().ok_or(Unsupported)?),
            });
        }
        self.spread_elements(&elements, out)
    }

    /// The pushes of [`Self::spread_array`] for a list of expressions
    /// (`Ok`) and spreads (`Err`).
    fn spread_elements(
        &mut self,
        elements: &[Result<&Expression<'_>, &js::SpreadElement<'_>>],
        out: &mut Vec<Stmt>,
    ) -> Lowered<VarId> {
        let acc = self.names.temp();
        out.push(Stmt::Decl(DeclKind::Let, acc, Some(Expr::Array(Vec::new()))));
        let push = |value: Expr, pos: Pos| {
            let method = Expr::Get(Box::new(Expr::Var(acc)), "push".into());
            Stmt::Expr(Expr::Call(Box::new(method), vec![value].into(), pos))
        };
        for el in elements {
            match el {
                Err(spread) => {
                    let value = self.expr(&spread.argument)?;
                    let (source, index) = (self.names.temp(), self.names.temp());
                    out.push(Stmt::Decl(DeclKind::Let, source, Some(value)));
                    let element = Expr::Index(Box::new(Expr::Var(source)), Box::new(Expr::Var(index)));
                    let length = Expr::Get(Box::new(Expr::Var(source)), "length".into());
                    let brk = format!("L{}", self.fresh_label_number());
                    let traced = ForLoop {
                        init: vec![Stmt::Decl(DeclKind::Let, index, Some(Expr::Num("0".into())))],
                        test: Some(Expr::Bin(BinOp::Lt, Box::new(Expr::Var(index)), Box::new(length))),
                        update: Some(Expr::Update {
                            target: Box::new(Target::Var(index)),
                            increment: true,
                            prefix: false,
                        }),
                        body: vec![push(element, spread.span.start)],
                        labels: LoopLabels { brk, cont: None },
                        per_iteration: Vec::new(),
                    };
                    let text = Opaque {
                        pieces: vec![
                            Piece::Name(acc),
                            Piece::Text(".push(...".into()),
                            Piece::Name(source),
                            Piece::Text(");".into()),
                        ],
                    };
                    let guard = Expr::Un(UnOp::IsArray, Box::new(Expr::Var(source)));
                    out.push(Stmt::if_(guard, vec![Stmt::For(Box::new(traced))], vec![Stmt::Opaque(text)]));
                }
                Ok(e) => {
                    let value = self.expr(e)?;
                    out.push(push(value, e.span().start));
                }
            }
        }
        Ok(acc)
    }

    /// `f(a, ...xs)` or `o.m(...xs)` (a name or a member of a name) as
    /// the argument list built by [`Self::spread_elements`] and a call with
    /// as many arguments as it holds: `let $r1 = []; ... let $r5; if
    /// ($r1.length === 0) { $r5 = f(); } else if ($r1.length === 1) { $r5 =
    /// f($r1[0]); } ... else { $r5 = f(...$r1); }`, up to
    /// [`SPREAD_CALL_ARITY`] arguments (a path each). The callee is read
    /// after the arguments: so they must be pure, or the callee a local
    /// name nothing reassigns.
    fn spread_call(&mut self, call: &js::CallExpression<'_>, out: &mut Vec<Stmt>) -> Lowered<VarId> {
        if call.optional {
            return Err(Unsupported);
        }
        let (callee, pos, local) = match &call.callee {
            Expression::Identifier(id) => {
                let var = self.var(id.span, id.name.as_str());
                let info = self.names.info(var);
                (Expr::Var(var), call.span.start, info.kind != NameKind::Free && !info.reassigned)
            }
            Expression::StaticMemberExpression(m) if !m.optional => match &m.object {
                Expression::Identifier(id) => {
                    let var = self.var(id.span, id.name.as_str());
                    let object = Expr::Var(var);
                    (Expr::Get(Box::new(object), m.property.name.to_string()), m.property.span.start, false)
                }
                _ => return Err(Unsupported),
            },
            _ => return Err(Unsupported),
        };
        let base = match &callee {
            Expr::Get(o, _) => o.as_ref(),
            other => other,
        };
        let fixed = matches!(base, Expr::Var(v) if !self.names.info(*v).reassigned);
        let pure = call.arguments.iter().all(|a| match a {
            js::Argument::SpreadElement(spread) => is_pure(&spread.argument),
            other => other.as_expression().is_some_and(is_pure),
        });
        if !fixed || !(pure || local) {
            return Err(Unsupported);
        }
        let mut elements = Vec::new();
        for arg in &call.arguments {
            elements.push(match arg {
                js::Argument::SpreadElement(spread) => Err(&**spread),
                other => Ok(other.as_expression().ok_or(Unsupported)?),
            });
        }
        let args = self.spread_elements(&elements, out)?;
        let result = self.names.temp();
        out.push(Stmt::Decl(DeclKind::Let, result, None));
        let mut text = Opaque { pieces: vec![Piece::Name(result), Piece::Text(" = ".into())] };
        match &callee {
            Expr::Var(v) => text.pieces.push(Piece::Name(*v)),
            Expr::Get(o, m) => {
                let Expr::Var(o) = **o else { return Err(Unsupported) };
                text.pieces.extend([Piece::Name(o), Piece::Text(format!(".{m}"))]);
            }
            _ => return Err(Unsupported),
        }
        text.pieces.extend([Piece::Text("(...".into()), Piece::Name(args), Piece::Text(");".into())]);
        let mut chain = vec![Stmt::Opaque(text)];
        for n in (0..=SPREAD_CALL_ARITY).rev() {
            let list: Vec<Expr> =
                (0..n).map(|i| Expr::Index(Box::new(Expr::Var(args)), Box::new(Expr::Num(i.to_string())))).collect();
            let call = Expr::Call(Box::new(callee.clone()), list.into(), pos);
            let assign = Stmt::Expr(Expr::Assign(Box::new(Target::Var(result)), None, Box::new(call)));
            let length = Expr::Get(Box::new(Expr::Var(args)), "length".into());
            let test = Expr::Bin(BinOp::StrictEq, Box::new(length), Box::new(Expr::Num(n.to_string())));
            chain = vec![Stmt::if_(test, vec![assign], chain)];
        }
        out.extend(chain);
        Ok(result)
    }

    /// `const [a, , b = d] = e` (names with defaults, holes; no rest, no
    /// nested pattern) is `let $r1 = e; let a; let b; if ($T.isArray($r1))
    /// { a = 0 < $r1.length ? $r1[0] : undefined; ... } else { ([a, , b = d]
    /// = $r1); }`: on a plain array with the real iterator (see
    /// [`Self::for_of`]) each element is what the iterator would give, in
    /// the same order, and no `return` is called. A `const` becomes a `let`,
    /// so it must be one nothing assigns.
    fn array_pattern(
        &mut self,
        pattern: &js::ArrayPattern<'_>,
        init: Expr,
        kind: DeclKind,
        out: &mut Vec<Stmt>,
    ) -> Lowered<()> {
        if pattern.rest.is_some() {
            return Err(Unsupported);
        }
        let mut names = Vec::new();
        pattern.elements.iter().flatten().for_each(|el| pattern_names(el, &mut names));
        let mut elements = Vec::new();
        for (i, element) in pattern.elements.iter().enumerate() {
            let Some(element) = element else { continue };
            // The names are declared before the reads: a default that reads
            // its own or a later one would see `undefined`, not the dead
            // zone's ReferenceError.
            let own_and_later = &names[elements.len()..];
            if kind != DeclKind::Var
                && matches!(element, js::BindingPattern::AssignmentPattern(a) if mentions(self.slice(a.right.span()), own_and_later))
            {
                return Err(Unsupported);
            }
            let (id, default) = match element {
                js::BindingPattern::BindingIdentifier(id) => (id, None),
                js::BindingPattern::AssignmentPattern(a) => match &a.left {
                    js::BindingPattern::BindingIdentifier(id) => (id, Some(&a.right)),
                    _ => return Err(Unsupported),
                },
                _ => return Err(Unsupported),
            };
            let var = self.var(id.span, id.name.as_str());
            if kind == DeclKind::Const && self.names.info(var).reassigned {
                return Err(Unsupported);
            }
            elements.push((i, var, default));
        }
        let source = self.names.temp();
        out.push(Stmt::Decl(DeclKind::Let, source, Some(init)));
        if kind != DeclKind::Var {
            out.extend(elements.iter().map(|&(_, var, _)| Stmt::Decl(DeclKind::Let, var, None)));
        }
        let mut traced = Vec::new();
        let last = elements.len().saturating_sub(1);
        let runs_code = elements.iter().enumerate().any(|(j, (_, _, d))| j < last && d.is_some_and(|d| !inert(d)));
        let mut reader = ElementReader::new(self, source, runs_code, &mut traced);
        for (i, var, default) in elements {
            let value = reader.read(self, i, &mut traced);
            let value = match default {
                None => value,
                Some(d) => {
                    let temp = self.names.temp();
                    traced.push(Stmt::Decl(DeclKind::Let, temp, Some(value)));
                    traced.push(default_if_undefined(temp, self.expr(d)?));
                    Expr::Var(temp)
                }
            };
            traced.push(Stmt::Expr(Expr::Assign(Box::new(Target::Var(var)), None, Box::new(value))));
        }
        let mut text = Opaque::text("(");
        text.pieces.extend(self.opaque(pattern.span).pieces);
        text.pieces.extend([Piece::Text(" = ".into()), Piece::Name(source), Piece::Text(");".into())]);
        let guard = Expr::Un(UnOp::IsArray, Box::new(Expr::Var(source)));
        out.push(Stmt::if_(guard, traced, vec![Stmt::Opaque(text)]));
        Ok(())
    }

    /// Binds `value` to a fresh temporary, unless it is a name that
    /// nothing can reassign while the pattern is read.
    fn bind_temp(&mut self, value: Expr, out: &mut Vec<Stmt>) -> VarId {
        if let Expr::Var(v) = value {
            let info = self.names.info(v);
            if info.kind == NameKind::Temp || info.kind != NameKind::Free && !info.reassigned {
                return v;
            }
        }
        let temp = self.names.temp();
        out.push(Stmt::Decl(DeclKind::Let, temp, Some(value)));
        temp
    }

    /// `{a, b: {c}, d = 1} = source` as member reads, in source order.
    fn object_pattern(
        &mut self,
        pattern: &js::ObjectPattern<'_>,
        source: VarId,
        kind: DeclKind,
        out: &mut Vec<Stmt>,
    ) -> Lowered<()> {
        if let Some(rest) = &pattern.rest {
            return self.object_rest_pattern(pattern, rest, source, kind, out);
        }
        // `{}` reads nothing, yet throws for `undefined` and `null`, which a
        // `catch` would see: left as written.
        if pattern.properties.is_empty() {
            return Err(Unsupported);
        }
        for prop in &pattern.properties {
            if prop.computed {
                return Err(Unsupported);
            }
            let key = static_key(&prop.key).ok_or(Unsupported)?;
            let read = Expr::Get(Box::new(Expr::Var(source)), key);
            self.bind_pattern(&prop.value, read, kind, out)?;
        }
        Ok(())
    }

    /// `{a, b: c = d, ...r} = source` (names with defaults) is `let a; let
    /// c; let r; if ($T.restFits(source)) { a = source.a; ...; r = {}; let
    /// $k1 = Object.keys(source); for (...) { let $k = $k1[$i]; if ($k !==
    /// "a" && $k !== "b") { if ($k === "__proto__") {...} r[$k] =
    /// source[$k]; } } } else { ({a, b: c = d, ...r} = source); }`. The
    /// guard (rest.js) holds where that copy is the pattern's: a plain object
    /// or array of data properties with no enumerable symbol, none of whose
    /// keys Object.prototype holds as a setter or read-only; the trace tests
    /// `typeof source === "object" && source !== null`, so a `__proto__` key
    /// (a [[Set]] would change the prototype) is kept `unknown` in the trace
    /// by the branch the guard never lets the program take.
    fn object_rest_pattern(
        &mut self,
        pattern: &js::ObjectPattern<'_>,
        rest: &js::BindingRestElement<'_>,
        source: VarId,
        kind: DeclKind,
        out: &mut Vec<Stmt>,
    ) -> Lowered<()> {
        if self.names.list.iter().any(|n| n.text == "Object" && n.kind != NameKind::Free) {
            return Err(Unsupported);
        }
        let js::BindingPattern::BindingIdentifier(rest_id) = &rest.argument else { return Err(Unsupported) };
        let mut names = Vec::new();
        pattern.properties.iter().for_each(|p| pattern_names(&p.value, &mut names));
        names.push((rest_id.name.as_str(), rest_id.span));
        let mut reads = Vec::new();
        for (i, prop) in pattern.properties.iter().enumerate() {
            let key = if prop.computed { None } else { static_key(&prop.key) };
            let key = key.ok_or(Unsupported)?;
            let (id, default) = match &prop.value {
                js::BindingPattern::BindingIdentifier(id) => (id, None),
                js::BindingPattern::AssignmentPattern(a) => match &a.left {
                    js::BindingPattern::BindingIdentifier(id) => (id, Some(&a.right)),
                    _ => return Err(Unsupported),
                },
                _ => return Err(Unsupported),
            };
            // The names are declared before the reads (see `array_pattern`).
            if kind != DeclKind::Var && default.is_some_and(|d| mentions(self.slice(d.span()), &names[i..])) {
                return Err(Unsupported);
            }
            reads.push((key, self.var(id.span, id.name.as_str()), default));
        }
        let rest_var = self.var(rest_id.span, rest_id.name.as_str());
        let vars: Vec<VarId> = reads.iter().map(|r| r.1).chain([rest_var]).collect();
        if kind == DeclKind::Const && vars.iter().any(|&v| self.names.info(v).reassigned) {
            return Err(Unsupported);
        }
        if kind != DeclKind::Var {
            out.extend(vars.iter().map(|&var| Stmt::Decl(DeclKind::Let, var, None)));
        }
        let mut traced = Vec::new();
        let mut excluded: Option<Expr> = None;
        let (keys, index, key) = (self.names.temp(), self.names.temp(), self.names.temp());
        for (name, var, default) in reads {
            let read = Expr::Get(Box::new(Expr::Var(source)), name.clone());
            self.assign_with_default(Target::Var(var), read, default, &mut traced)?;
            let differs = Expr::Bin(BinOp::StrictNe, Box::new(Expr::Var(key)), Box::new(Expr::Str(name)));
            excluded = Some(match excluded {
                None => differs,
                Some(e) => Expr::Logic(LogicOp::And, Box::new(e), Box::new(differs)),
            });
        }
        let assign = |target: Target, value: Expr| Stmt::Expr(Expr::Assign(Box::new(target), None, Box::new(value)));
        traced.push(assign(Target::Var(rest_var), Expr::Object(Vec::new())));
        let object = Expr::Var(self.names.free("Object"));
        let list = Expr::Call(
            Box::new(Expr::Get(Box::new(object), "keys".into())),
            vec![Expr::Var(source)].into(),
            rest.span.start,
        );
        traced.push(Stmt::Decl(DeclKind::Let, keys, Some(list)));
        let value = Expr::Index(Box::new(Expr::Var(source)), Box::new(Expr::Var(key)));
        let is_proto = Expr::Bin(BinOp::StrictEq, Box::new(Expr::Var(key)), Box::new(Expr::Str("__proto__".into())));
        let unreached = Stmt::Opaque(Opaque::text("throw new Error(\"rest.js refuses a __proto__ key\");"));
        let copy = vec![
            Stmt::if_(is_proto, vec![unreached], Vec::new()),
            assign(Target::Index(Expr::Var(rest_var), Expr::Var(key)), value),
        ];
        let copy = match excluded {
            None => copy,
            Some(test) => vec![Stmt::if_(test, copy, Vec::new())],
        };
        let element = Expr::Index(Box::new(Expr::Var(keys)), Box::new(Expr::Var(index)));
        let body = [vec![Stmt::Decl(DeclKind::Let, key, Some(element))], copy].concat();
        let brk = format!("L{}", self.fresh_label_number());
        traced.push(Stmt::For(Box::new(index_loop(index, keys, body, LoopLabels { brk, cont: None }))));
        let mut text = Opaque::text("(");
        text.pieces.extend(self.opaque(pattern.span).pieces);
        text.pieces.extend([Piece::Text(" = ".into()), Piece::Name(source), Piece::Text(");".into())]);
        let guard = Expr::Tracing("restFits", vec![Expr::Var(source)]);
        out.push(Stmt::if_(guard, traced, vec![Stmt::Opaque(text)]));
        Ok(())
    }

    fn bind_pattern(
        &mut self,
        pattern: &js::BindingPattern<'_>,
        value: Expr,
        kind: DeclKind,
        out: &mut Vec<Stmt>,
    ) -> Lowered<()> {
        match pattern {
            js::BindingPattern::BindingIdentifier(id) => {
                let var = self.var(id.span, id.name.as_str());
                out.push(Stmt::Decl(kind, var, Some(value)));
                Ok(())
            }
            js::BindingPattern::ObjectPattern(inner) => {
                let temp = self.bind_temp(value, out);
                self.object_pattern(inner, temp, kind, out)
            }
            js::BindingPattern::AssignmentPattern(assign) => {
                let default = self.expr(&assign.right)?;
                let temp = self.names.temp();
                out.push(Stmt::Decl(DeclKind::Let, temp, Some(value)));
                out.push(default_if_undefined(temp, default));
                self.bind_pattern(&assign.left, Expr::Var(temp), kind, out)
            }
            js::BindingPattern::ArrayPattern(_) => Err(Unsupported),
        }
    }

    /// `[a, b = d] = e;` and `({a, k: o.p = d} = e);` as statements: the
    /// array form as [`Self::array_pattern`] does, the object form as member
    /// reads. A member target's object and key must be fixed operands:
    /// JavaScript evaluates them before the read and the default.
    fn pattern_assignment(&mut self, e: &Expression<'_>) -> Lowered<Vec<Stmt>> {
        let Expression::AssignmentExpression(a) = e.without_parentheses() else { return Err(Unsupported) };
        let value = self.expr(&a.right)?;
        let mut out = Vec::new();
        match &a.left {
            js::AssignmentTarget::ObjectAssignmentTarget(o) if o.rest.is_none() => {
                let source = self.names.temp();
                out.push(Stmt::Decl(DeclKind::Let, source, Some(value)));
                for prop in &o.properties {
                    let (target, key, default) = match prop {
                        js::AssignmentTargetProperty::AssignmentTargetPropertyIdentifier(p) => {
                            let var = self.var(p.binding.span, p.binding.name.as_str());
                            if self.names.kind(var) == NameKind::Free {
                                return Err(Unsupported);
                            }
                            (Target::Var(var), p.binding.name.to_string(), p.init.as_ref())
                        }
                        js::AssignmentTargetProperty::AssignmentTargetPropertyProperty(p) => {
                            let key = if p.computed { None } else { static_key(&p.name) };
                            let (target, default) = self.maybe_default_target(&p.binding)?;
                            (target, key.ok_or(Unsupported)?, default)
                        }
                    };
                    let read = Expr::Get(Box::new(Expr::Var(source)), key);
                    self.assign_with_default(target, read, default, &mut out)?;
                }
            }
            js::AssignmentTarget::ArrayAssignmentTarget(arr) if arr.rest.is_none() => {
                let source = self.names.temp();
                out.push(Stmt::Decl(DeclKind::Let, source, Some(value)));
                let mut traced = Vec::new();
                let mut targets = Vec::new();
                for (i, element) in arr.elements.iter().enumerate() {
                    let Some(element) = element else { continue };
                    targets.push((i, self.maybe_default_target(element)?));
                }
                // A default that is not a literal, or a write to a member
                // (a setter), runs code between two reads.
                let last = targets.len().saturating_sub(1);
                let runs_code = targets.iter().enumerate().any(|(j, (_, (target, default)))| {
                    j < last && (!matches!(target, Target::Var(_)) || default.is_some_and(|d| !inert(d)))
                });
                let mut reader = ElementReader::new(self, source, runs_code, &mut traced);
                for (i, (target, default)) in targets {
                    let read = reader.read(self, i, &mut traced);
                    self.assign_with_default(target, read, default, &mut traced)?;
                }
                let mut text = Opaque::text("(");
                text.pieces.extend(self.opaque(arr.span).pieces);
                text.pieces.extend([Piece::Text(" = ".into()), Piece::Name(source), Piece::Text(");".into())]);
                let guard = Expr::Un(UnOp::IsArray, Box::new(Expr::Var(source)));
                out.push(Stmt::if_(guard, traced, vec![Stmt::Opaque(text)]));
            }
            _ => return Err(Unsupported),
        }
        Ok(out)
    }

    /// An element or property target of an assignment pattern: a name or a
    /// member of fixed operands, with its default.
    fn maybe_default_target<'e>(
        &mut self,
        t: &'e js::AssignmentTargetMaybeDefault<'e>,
    ) -> Lowered<(Target, Option<&'e Expression<'e>>)> {
        let (target, default) = match t {
            js::AssignmentTargetMaybeDefault::AssignmentTargetWithDefault(d) => (&d.binding, Some(&d.init)),
            other => (other.as_assignment_target().ok_or(Unsupported)?, None),
        };
        let target = self.simple_target(target.as_simple_assignment_target().ok_or(Unsupported)?)?;
        let fixed = match &target {
            Target::Var(_) => true,
            Target::Get(o, _) => self.fixed_operand(o),
            Target::Index(o, k) => self.fixed_operand(o) && self.fixed_operand(k),
        };
        if !fixed {
            return Err(Unsupported);
        }
        Ok((target, default))
    }

    /// `target = read`, or with a default: `let t = read; if (t ===
    /// undefined) t = d; target = t;`.
    fn assign_with_default(
        &mut self,
        target: Target,
        read: Expr,
        default: Option<&Expression<'_>>,
        out: &mut Vec<Stmt>,
    ) -> Lowered<()> {
        let value = match default {
            None => read,
            Some(d) => {
                let temp = self.names.temp();
                out.push(Stmt::Decl(DeclKind::Let, temp, Some(read)));
                out.push(default_if_undefined(temp, self.expr(d)?));
                Expr::Var(temp)
            }
        };
        out.push(Stmt::Expr(Expr::Assign(Box::new(target), None, Box::new(value))));
        Ok(())
    }

    // ----- functions ---------------------------------------------------------

    fn function_decl(&mut self, func: &js::Function<'_>) -> Stmt {
        let Some(id) = &func.id else { return Stmt::Opaque(self.opaque(func.span)) };
        let var = self.var(id.span, id.name.as_str());
        if self.names.info(var).annex_b {
            return Stmt::OpaqueFunc(self.opaque(func.span), var);
        }
        let body = func.body.as_deref();
        match self.function(func.span.start, false, func.r#async || func.generator, Some(var), &func.params, body, None)
        {
            Some(f) => Stmt::FuncDecl(Box::new(f)),
            None => Stmt::OpaqueFunc(self.opaque(func.span), var),
        }
    }

    /// A traced function, or `None` when it must stay opaque as a whole.
    #[allow(clippy::too_many_arguments)]
    fn function(
        &mut self,
        start: u32,
        is_arrow: bool,
        async_or_generator: bool,
        name: Option<VarId>,
        params: &js::FormalParameters<'_>,
        body: Option<&js::FunctionBody<'_>>,
        expr_body: Option<&Expression<'_>>,
    ) -> Option<Func> {
        if async_or_generator || params.rest.is_some() || self.res.uses_this.contains(&start) {
            return None;
        }
        self.next_fn += 1;
        let id = format!("F{}", self.next_fn);
        self.fn_depth += 1;
        let result = self.function_parts(start, params, body, expr_body);
        self.fn_depth -= 1;
        let (param_vars, directives, stmts) = result.ok()?;
        let vars = self.res.fn_vars.get(&start).cloned().unwrap_or_default();
        let length = params.items.iter().take_while(|p| !has_default(p)).count();
        Some(Func { id, name, is_arrow, params: param_vars, length, directives, vars, body: stmts })
    }

    #[allow(clippy::type_complexity)]
    fn function_parts(
        &mut self,
        start: u32,
        params: &js::FormalParameters<'_>,
        body: Option<&js::FunctionBody<'_>>,
        expr_body: Option<&Expression<'_>>,
    ) -> Lowered<(Vec<VarId>, Vec<String>, Vec<Stmt>)> {
        let mut param_vars = Vec::new();
        let mut prologue = Vec::new();
        for (i, p) in params.items.iter().enumerate() {
            if !p.decorators.is_empty() {
                return Err(Unsupported);
            }
            // The prologue runs once every parameter is bound, where a
            // later one would still be in its dead zone (§14.3.1).
            let mut later = Vec::new();
            params.items[i + 1..].iter().for_each(|q| pattern_names(&q.pattern, &mut later));
            let text = self.slice(p.span);
            if text.contains('=') && mentions(text, &later) {
                return Err(Unsupported);
            }
            let (pattern, default) = match (&p.pattern, &p.initializer) {
                (js::BindingPattern::AssignmentPattern(a), None) => (&a.left, Some(&a.right)),
                (pattern, init) => (pattern, init.as_deref()),
            };
            let default = default.map(|d| self.expr(d)).transpose()?;
            match pattern {
                js::BindingPattern::BindingIdentifier(id) => {
                    let var = self.var(id.span, id.name.as_str());
                    param_vars.push(var);
                    if let Some(default) = default {
                        prologue.push(default_if_undefined(var, default));
                    }
                }
                js::BindingPattern::ObjectPattern(obj) => {
                    self.no_var_redeclares(pattern)?;
                    let temp = self.names.temp();
                    param_vars.push(temp);
                    if let Some(default) = default {
                        prologue.push(default_if_undefined(temp, default));
                    }
                    self.object_pattern(obj, temp, DeclKind::Let, &mut prologue)?;
                }
                js::BindingPattern::ArrayPattern(arr) => {
                    // `function f([a, b = a])` is `function f($r1) { let
                    // $r2 = $r1; let a; let b; if ($T.isArray($r2)) ...`.
                    self.no_var_redeclares(pattern)?;
                    let temp = self.names.temp();
                    param_vars.push(temp);
                    if let Some(default) = default {
                        prologue.push(default_if_undefined(temp, default));
                    }
                    self.array_pattern(arr, Expr::Var(temp), DeclKind::Let, &mut prologue)?;
                }
                _ => return Err(Unsupported),
            }
        }
        let mut stmts = prologue;
        for &v in self.res.fn_vars.get(&start).map(Vec::as_slice).unwrap_or_default() {
            if let Some(param) = self.names.info(v).copy_of {
                stmts.push(Stmt::Decl(DeclKind::Var, v, Some(Expr::Var(param))));
            }
        }
        let mut directives = Vec::new();
        if let Some(body) = body {
            directives = body.directives.iter().map(|d| self.slice(d.span).to_string()).collect();
            stmts.extend(self.stmts(&body.statements));
        }
        if let Some(e) = expr_body {
            match self.expr(e) {
                Ok(value) => stmts.push(Stmt::Return(Some(value))),
                Err(Unsupported) => {
                    let mut text = Opaque::text("return ");
                    text.pieces.extend(self.opaque(e.span()).pieces);
                    text.pieces.push(Piece::Text(";".into()));
                    stmts.push(Stmt::Opaque(text));
                }
            }
        }
        Ok((param_vars, directives, stmts))
    }

    /// A parameter pattern's names become `let`s of the prologue: a body
    /// `var` of the same name would be a binding of its own.
    fn no_var_redeclares(&self, pattern: &js::BindingPattern<'_>) -> Lowered<()> {
        let mut names = Vec::new();
        pattern_names(pattern, &mut names);
        if names
            .iter()
            .any(|(_, span)| self.res.var_at(span.start).is_some_and(|v| self.names.info(v).redeclared_by_var))
        {
            return Err(Unsupported);
        }
        Ok(())
    }

    // ----- expressions -------------------------------------------------------

    /// An expression the trace does not model: an opaque value when it has
    /// no side effects, otherwise the statement must become opaque.
    fn unmodelled(&self, e: &Expression<'_>) -> Lowered<Expr> {
        if is_pure(e) {
            Ok(Expr::Opaque(self.opaque(e.span()), OpaqueKind::Pure))
        } else {
            Err(Unsupported)
        }
    }

    fn exprs(&mut self, list: &[Expression<'_>]) -> Lowered<Vec<Expr>> {
        list.iter().map(|e| self.expr(e)).collect()
    }

    fn expr(&mut self, e: &Expression<'_>) -> Lowered<Expr> {
        Ok(match e {
            Expression::BooleanLiteral(b) => Expr::Bool(b.value),
            Expression::NullLiteral(_) => Expr::Null,
            Expression::NumericLiteral(n) => Expr::Num(self.slice(n.span).to_string()),
            Expression::StringLiteral(s) => {
                if s.lone_surrogates {
                    return self.unmodelled(e);
                }
                Expr::Str(s.value.to_string())
            }
            Expression::TemplateLiteral(t) => return self.template(t, e),
            Expression::Identifier(id) => {
                let var = self.var(id.span, id.name.as_str());
                if self.names.kind(var) == NameKind::Free {
                    match id.name.as_str() {
                        "undefined" => return Ok(Expr::Undefined),
                        "NaN" | "Infinity" => return Ok(Expr::Num(id.name.to_string())),
                        _ => {}
                    }
                }
                Expr::Var(var)
            }
            Expression::ArrayExpression(arr) => {
                let mut items = Vec::new();
                for el in &arr.elements {
                    match el.as_expression() {
                        Some(item) => items.push(self.expr(item)?),
                        None => return self.unmodelled(e),
                    }
                }
                Expr::Array(items)
            }
            Expression::ObjectExpression(obj) => return self.object(obj, e),
            Expression::StaticMemberExpression(m) => {
                if m.optional {
                    return self.unmodelled(e);
                }
                Expr::Get(Box::new(self.expr(&m.object)?), m.property.name.to_string())
            }
            Expression::ComputedMemberExpression(m) => {
                if m.optional {
                    return self.unmodelled(e);
                }
                Expr::Index(Box::new(self.expr(&m.object)?), Box::new(self.expr(&m.expression)?))
            }
            Expression::CallExpression(call) => return self.call(call, e),
            Expression::NewExpression(n) => return self.construct(n, e),
            Expression::UpdateExpression(u) => {
                if self.res.has_bigint {
                    return Err(Unsupported);
                }
                let target = self.simple_target(&u.argument)?;
                Expr::Update {
                    target: Box::new(target),
                    increment: u.operator == js::UpdateOperator::Increment,
                    prefix: u.prefix,
                }
            }
            Expression::UnaryExpression(u) => {
                let op = match u.operator {
                    js::UnaryOperator::LogicalNot => UnOp::Not,
                    js::UnaryOperator::UnaryNegation => UnOp::Neg,
                    js::UnaryOperator::UnaryPlus => UnOp::Plus,
                    js::UnaryOperator::Typeof => UnOp::Typeof,
                    js::UnaryOperator::Void => UnOp::Void,
                    js::UnaryOperator::BitwiseNot => UnOp::BitNot,
                    _ => return self.unmodelled(e),
                };
                let arg = self.expr(&u.argument)?;
                match (op, arg) {
                    (UnOp::Neg, Expr::Num(n)) if !n.starts_with('-') => Expr::Num(format!("-{n}")),
                    (op, arg) => Expr::Un(op, Box::new(arg)),
                }
            }
            Expression::BinaryExpression(b) => {
                let op = match b.operator {
                    js::BinaryOperator::Addition => BinOp::Add,
                    js::BinaryOperator::Subtraction => BinOp::Sub,
                    js::BinaryOperator::Multiplication => BinOp::Mul,
                    js::BinaryOperator::Division => BinOp::Div,
                    js::BinaryOperator::Remainder => BinOp::Rem,
                    js::BinaryOperator::StrictEquality => BinOp::StrictEq,
                    js::BinaryOperator::StrictInequality => BinOp::StrictNe,
                    js::BinaryOperator::Equality => BinOp::Eq,
                    js::BinaryOperator::Inequality => BinOp::Ne,
                    js::BinaryOperator::LessThan => BinOp::Lt,
                    js::BinaryOperator::GreaterThan => BinOp::Gt,
                    js::BinaryOperator::LessEqualThan => BinOp::Le,
                    js::BinaryOperator::GreaterEqualThan => BinOp::Ge,
                    js::BinaryOperator::In => BinOp::In,
                    other => match numeric_op(other) {
                        Some(op) => op,
                        None => return self.unmodelled(e),
                    },
                };
                Expr::Bin(op, Box::new(self.expr(&b.left)?), Box::new(self.expr(&b.right)?))
            }
            Expression::LogicalExpression(l) => {
                let op = match l.operator {
                    js::LogicalOperator::And => LogicOp::And,
                    js::LogicalOperator::Or => LogicOp::Or,
                    js::LogicalOperator::Coalesce => LogicOp::Nullish,
                };
                Expr::Logic(op, Box::new(self.expr(&l.left)?), Box::new(self.expr(&l.right)?))
            }
            Expression::ConditionalExpression(c) => Expr::Cond(
                Box::new(self.expr(&c.test)?),
                Box::new(self.expr(&c.consequent)?),
                Box::new(self.expr(&c.alternate)?),
            ),
            Expression::AssignmentExpression(a) => {
                let op = match a.operator {
                    js::AssignmentOperator::Assign => None,
                    js::AssignmentOperator::Addition => Some(BinOp::Add),
                    js::AssignmentOperator::Subtraction => Some(BinOp::Sub),
                    js::AssignmentOperator::Multiplication => Some(BinOp::Mul),
                    js::AssignmentOperator::Division => Some(BinOp::Div),
                    js::AssignmentOperator::Remainder => Some(BinOp::Rem),
                    js::AssignmentOperator::LogicalAnd
                    | js::AssignmentOperator::LogicalOr
                    | js::AssignmentOperator::LogicalNullish => return self.logical_assignment(a),
                    other => match other.to_binary_operator().and_then(numeric_op) {
                        Some(op) => Some(op),
                        None => return Err(Unsupported),
                    },
                };
                let target = match a.left.as_simple_assignment_target() {
                    Some(t) => self.simple_target(t)?,
                    None => return Err(Unsupported),
                };
                Expr::Assign(Box::new(target), op, Box::new(self.expr(&a.right)?))
            }
            Expression::SequenceExpression(s) => Expr::Seq(self.exprs(&s.expressions)?),
            Expression::ParenthesizedExpression(p) => return self.expr(&p.expression),
            Expression::FunctionExpression(f) => {
                let name = f.id.as_ref().map(|id| self.var(id.span, id.name.as_str()));
                match self.function(
                    f.span.start,
                    false,
                    f.r#async || f.generator,
                    name,
                    &f.params,
                    f.body.as_deref(),
                    None,
                ) {
                    Some(func) => Expr::Func(Box::new(func)),
                    None => Expr::Opaque(self.opaque(f.span), OpaqueKind::Pure),
                }
            }
            Expression::ArrowFunctionExpression(a) => {
                match self.function(
                    a.span.start,
                    true,
                    a.r#async,
                    None,
                    &a.params,
                    a.get_function_body(),
                    a.get_expression(),
                ) {
                    Some(func) => Expr::Func(Box::new(func)),
                    None => Expr::Opaque(self.opaque(a.span), OpaqueKind::Pure),
                }
            }
            Expression::ClassExpression(c) if is_safe_class(c) => Expr::Opaque(self.opaque(c.span), OpaqueKind::Pure),
            Expression::ChainExpression(c) => return self.chain(c, e),
            _ => return self.unmodelled(e),
        })
    }

    /// `a?.b.c?.[k]`, `f?.(x)`, `a?.b(x).c`: member reads and calls. A call
    /// of an optional member (`a.b?.()`) keeps `a` as its receiver, which
    /// the chain's temporaries would lose: not modelled.
    fn chain(&mut self, chain: &js::ChainExpression<'_>, e: &Expression<'_>) -> Lowered<Expr> {
        let mut links = Vec::new();
        let base = match &chain.expression {
            js::ChainElement::CallExpression(call) => self.chain_call(call, &mut links),
            other => match other.as_member_expression() {
                Some(member) => self.chain_member(member, &mut links),
                None => Err(Unsupported),
            },
        };
        match base {
            Ok(base) => Ok(Expr::Chain(Box::new(base), links)),
            Err(Unsupported) => self.unmodelled(e),
        }
    }

    /// The base of a part of a chain; its links are appended in order.
    fn chain_part(&mut self, e: &Expression<'_>, links: &mut Vec<Link>) -> Lowered<Expr> {
        if let Some(member) = e.as_member_expression() {
            return self.chain_member(member, links);
        }
        match e {
            Expression::CallExpression(call) if has_optional_link(e) => self.chain_call(call, links),
            _ => self.expr(e),
        }
    }

    fn chain_member(&mut self, member: &js::MemberExpression<'_>, links: &mut Vec<Link>) -> Lowered<Expr> {
        let base = self.chain_part(member.object(), links)?;
        let access = match member {
            js::MemberExpression::StaticMemberExpression(m) => Access::Field(m.property.name.to_string()),
            js::MemberExpression::ComputedMemberExpression(m) => Access::Index(self.expr(&m.expression)?),
            js::MemberExpression::PrivateFieldExpression(_) => return Err(Unsupported),
        };
        links.push(Link { optional: member.optional(), access });
        Ok(base)
    }

    fn chain_call(&mut self, call: &js::CallExpression<'_>, links: &mut Vec<Link>) -> Lowered<Expr> {
        if matches!(call.callee, Expression::Super(_)) {
            return Err(Unsupported);
        }
        let base = self.chain_part(&call.callee, links)?;
        let receiver_kept = match links.last() {
            Some(Link { access: Access::Field(_), .. }) => !call.optional,
            Some(Link { access: Access::Index(_), .. }) => false,
            Some(Link { access: Access::Call(..), .. }) => true,
            // `(a.b)?.()` would still pass `a` as `this`.
            None => !matches!(base, Expr::Get(..) | Expr::Index(..)),
        };
        if !receiver_kept {
            return Err(Unsupported);
        }
        let pos = match &call.callee {
            Expression::StaticMemberExpression(m) => m.property.span.start,
            _ => call.span.start,
        };
        let mut args = Vec::with_capacity(call.arguments.len());
        for arg in &call.arguments {
            args.push(self.expr(arg.as_expression().ok_or(Unsupported)?)?);
        }
        links.push(Link { optional: call.optional, access: Access::Call(args.into(), pos) });
        Ok(base)
    }

    /// `t ??= e` is `t ?? (t = e)` (`||=`, `&&=` alike): the write happens
    /// only when needed (ECMA-262 §13.15.2). A member target is read and
    /// written through the same object and key, so both must be names that
    /// nothing reassigns (or literals): otherwise the statement is opaque.
    fn logical_assignment(&mut self, a: &js::AssignmentExpression<'_>) -> Lowered<Expr> {
        let op = match a.operator {
            js::AssignmentOperator::LogicalAnd => LogicOp::And,
            js::AssignmentOperator::LogicalOr => LogicOp::Or,
            _ => LogicOp::Nullish,
        };
        let target = match a.left.as_simple_assignment_target() {
            Some(t) => self.simple_target(t)?,
            None => return Err(Unsupported),
        };
        let read = match &target {
            Target::Var(v) => Expr::Var(*v),
            Target::Get(o, f) if self.fixed_operand(o) => Expr::Get(Box::new(o.clone()), f.clone()),
            Target::Index(o, k) if self.fixed_operand(o) && self.fixed_operand(k) => {
                Expr::Index(Box::new(o.clone()), Box::new(k.clone()))
            }
            _ => return Err(Unsupported),
        };
        let value = self.expr(&a.right)?;
        Ok(Expr::Logic(op, Box::new(read), Box::new(Expr::Assign(Box::new(target), None, Box::new(value)))))
    }

    /// An operand that has the same value however often it is evaluated:
    /// a primitive literal or a binding nothing reassigns.
    fn fixed_operand(&self, e: &Expr) -> bool {
        match e {
            Expr::Num(_) | Expr::Str(_) | Expr::Bool(_) | Expr::Null | Expr::Undefined => true,
            Expr::Var(v) => {
                let info = self.names.info(*v);
                info.kind != NameKind::Free && !info.reassigned
            }
            _ => false,
        }
    }

    fn simple_target(&mut self, target: &js::SimpleAssignmentTarget<'_>) -> Lowered<Target> {
        match target {
            js::SimpleAssignmentTarget::AssignmentTargetIdentifier(id) => {
                let var = self.var(id.span, id.name.as_str());
                if self.names.kind(var) == NameKind::Free {
                    // Writing a global: state outside the trace.
                    return Err(Unsupported);
                }
                Ok(Target::Var(var))
            }
            js::SimpleAssignmentTarget::StaticMemberExpression(m) => {
                Ok(Target::Get(self.expr(&m.object)?, m.property.name.to_string()))
            }
            js::SimpleAssignmentTarget::ComputedMemberExpression(m) => {
                Ok(Target::Index(self.expr(&m.object)?, self.expr(&m.expression)?))
            }
            _ => Err(Unsupported),
        }
    }

    fn template(&mut self, t: &js::TemplateLiteral<'_>, e: &Expression<'_>) -> Lowered<Expr> {
        let mut cooked = Vec::new();
        for quasi in &t.quasis {
            match &quasi.value.cooked {
                Some(c) if !quasi.lone_surrogates => cooked.push(c.to_string()),
                _ => return self.unmodelled(e),
            }
        }
        // `"" + a + "b" + c`: a leading string makes every `+` concatenate.
        let mut result = Expr::Str(cooked.first().cloned().unwrap_or_default());
        for (i, sub) in t.expressions.iter().enumerate() {
            let value = self.expr(sub)?;
            result = Expr::Bin(BinOp::Concat, Box::new(result), Box::new(value));
            if let Some(text) = cooked.get(i + 1).filter(|c| !c.is_empty()) {
                result = Expr::Bin(BinOp::Concat, Box::new(result), Box::new(Expr::Str(text.clone())));
            }
        }
        Ok(result)
    }

    /// `{k: v, ...o}`: an object node, or with spreads the trace's
    /// `Object.assign({k: v}, o, ...)` (templates.js `sobj`), which is the
    /// same copy on every value the evaluator has (own enumerable keys in
    /// order, a later key keeping its first position; `__proto__` is
    /// `unknown` there). The literal itself runs as written.
    fn object(&mut self, obj: &js::ObjectExpression<'_>, e: &Expression<'_>) -> Lowered<Expr> {
        let mut props = Vec::new();
        let mut seen = FastSet::default();
        let mut after_spread = false;
        for prop in &obj.properties {
            let p = match prop {
                js::ObjectPropertyKind::SpreadProperty(spread) => {
                    // JavaScript copies a source before it evaluates the
                    // entries after it, which normalizing would hoist.
                    if after_spread && !is_pure(&spread.argument) {
                        return Err(Unsupported);
                    }
                    after_spread = true;
                    props.push((SPREAD_KEY.to_string(), self.expr(&spread.argument)?));
                    continue;
                }
                js::ObjectPropertyKind::ObjectProperty(p) => p,
            };
            if p.kind != js::PropertyKind::Init || p.method || p.computed {
                return self.unmodelled(e);
            }
            let Some(key) = static_key(&p.key) else { return self.unmodelled(e) };
            // `__proto__: v` sets the prototype; a repeated key keeps its
            // first position: neither is an ordinary property list.
            if key == "__proto__" || key == SPREAD_KEY || !seen.insert(key.clone()) {
                return self.unmodelled(e);
            }
            if after_spread && !is_pure(&p.value) {
                return Err(Unsupported);
            }
            props.push((key, self.expr(&p.value)?));
        }
        Ok(Expr::Object(props))
    }

    /// `new Error(m)` (also `TypeError`, `RangeError`; no argument or one,
    /// no spread) where the name is the global: the call `$T.construct(Error)(m)`.
    /// `$T.construct` gives back the real constructor, which called
    /// without `new` does the same (ECMA-262 §20.5.1.1), so the tracer sees
    /// a call of a global it models (tracing/errors.js); for any other value
    /// (a patched global) a function that constructs with `new`. Every
    /// other `new` is opaque.
    fn construct(&mut self, n: &js::NewExpression<'_>, e: &Expression<'_>) -> Lowered<Expr> {
        let Expression::Identifier(id) = &n.callee else { return self.unmodelled(e) };
        if !matches!(id.name.as_str(), "Error" | "TypeError" | "RangeError") || n.arguments.len() > 1 {
            return self.unmodelled(e);
        }
        let callee = self.var(id.span, id.name.as_str());
        if self.names.kind(callee) != NameKind::Free {
            return self.unmodelled(e);
        }
        let mut args = Vec::with_capacity(1);
        for arg in &n.arguments {
            match arg.as_expression() {
                Some(a) => args.push(self.expr(a)?),
                None => return Err(Unsupported),
            }
        }
        let callee = Expr::Tracing("construct", vec![Expr::Var(callee)]);
        Ok(Expr::Call(Box::new(callee), args.into(), n.span.start))
    }

    fn call(&mut self, call: &js::CallExpression<'_>, e: &Expression<'_>) -> Lowered<Expr> {
        if call.optional {
            return Err(Unsupported);
        }
        if let Expression::Identifier(id) = &call.callee {
            let is_require = id.name == "require"
                && self.res.var_at(id.span.start).is_none_or(|v| self.names.kind(v) == NameKind::Free);
            if is_require && call.arguments.len() == 1 && matches!(call.arguments[0], js::Argument::StringLiteral(_)) {
                return Ok(Expr::Opaque(self.opaque(e.span()), OpaqueKind::Require));
            }
        }
        // Where Node's stack traces place a call: at the method's name, or
        // at the start of the callee.
        let mut pos = call.span.start;
        let callee = match &call.callee {
            Expression::StaticMemberExpression(m) if !m.optional => {
                pos = m.property.span.start;
                Expr::Get(Box::new(self.expr(&m.object)?), m.property.name.to_string())
            }
            Expression::ComputedMemberExpression(_) | Expression::Super(_) | Expression::PrivateFieldExpression(_) => {
                return Err(Unsupported);
            }
            Expression::StaticMemberExpression(_) => return Err(Unsupported),
            other => {
                let callee = self.expr(other)?;
                if matches!(callee, Expr::Get(..) | Expr::Index(..)) {
                    // `(o.m)(x)` still passes `o` as `this`; keep it exact.
                    return Err(Unsupported);
                }
                callee
            }
        };
        let mut args = Vec::new();
        for arg in &call.arguments {
            match arg.as_expression() {
                Some(a) => args.push(self.expr(a)?),
                None => return Err(Unsupported),
            }
        }
        Ok(Expr::Call(Box::new(callee), args.into(), pos))
    }
}

/// The source's text from `start` to `end`, with its position.
/// `for (let $i = 0; $i < $a.length; $i++) body`.
fn index_loop(index: VarId, array: VarId, body: Vec<Stmt>, labels: LoopLabels) -> ForLoop {
    let length = Expr::Get(Box::new(Expr::Var(array)), "length".into());
    ForLoop {
        init: vec![Stmt::Decl(DeclKind::Let, index, Some(Expr::Num("0".into())))],
        test: Some(Expr::Bin(BinOp::Lt, Box::new(Expr::Var(index)), Box::new(length))),
        update: Some(Expr::Update { target: Box::new(Target::Var(index)), increment: true, prefix: false }),
        body,
        labels,
        per_iteration: Vec::new(),
    }
}

fn push_source(pieces: &mut Vec<Piece>, src: &str, start: u32, end: u32) {
    if start < end {
        pieces.push(Piece::At(start));
        pieces.push(Piece::Text(src[start as usize..end as usize].to_string()));
    }
}

/// Statements whose own evaluation can throw get a source-map marker;
/// blocks and declarations of functions do not run anything themselves,
/// and a `break` must stay alone in its body (see [`Stmt::At`]).
fn has_own_position(stmt: &Statement<'_>) -> bool {
    !matches!(
        stmt,
        Statement::EmptyStatement(_)
            | Statement::BlockStatement(_)
            | Statement::FunctionDeclaration(_)
            | Statement::BreakStatement(_)
            | Statement::ContinueStatement(_)
    )
}

/// Whether `text` has the word `var` outside a longer identifier.
fn has_var_keyword(text: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    text.match_indices("var").any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + 3..].chars().next();
        !before.is_some_and(ident) && !after.is_some_and(ident)
    })
}

/// `if (x === undefined) x = value;`
/// The most arguments a call with spread is traced with (a path each).
const SPREAD_CALL_ARITY: usize = 5;

/// A call with a spread argument: `f(...xs)`, possibly parenthesised.
fn is_spread_call(e: &Expression<'_>) -> bool {
    matches!(e.without_parentheses(), Expression::CallExpression(c)
        if c.arguments.iter().any(|a| matches!(a, js::Argument::SpreadElement(_))))
}

fn has_spread(arr: &js::ArrayExpression<'_>) -> bool {
    arr.elements.iter().any(|el| matches!(el, js::ArrayExpressionElement::SpreadElement(_)))
}

/// Whether `text` spells one of `names` as a whole word: conservative (a
/// property or a string of that name counts too, and so does any escape).
fn mentions(text: &str, names: &[(&str, Span)]) -> bool {
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    text.contains('\\')
        || !text.is_ascii()
        || text.split(|c: char| !word(c)).any(|w| names.iter().any(|(n, _)| *n == w))
}

/// A literal: evaluating it runs no code.
fn inert(e: &Expression<'_>) -> bool {
    matches!(
        e.without_parentheses(),
        Expression::NumericLiteral(_)
            | Expression::StringLiteral(_)
            | Expression::BooleanLiteral(_)
            | Expression::NullLiteral(_)
    )
}

/// Reads the elements of a plain array as its iterator gives them to a
/// destructuring pattern: element `i` is `source[i]` while `i < length`,
/// `undefined` after. Once the iterator has found the end it stays done,
/// even if code that runs between two reads (a default, a setter) makes
/// the array longer; only then does the reader keep a `done` flag.
struct ElementReader {
    source: VarId,
    done: Option<VarId>,
}

impl ElementReader {
    fn new(lower: &mut Lowerer<'_>, source: VarId, runs_code: bool, out: &mut Vec<Stmt>) -> ElementReader {
        let done = runs_code.then(|| lower.names.temp());
        if let Some(done) = done {
            out.push(Stmt::Decl(DeclKind::Let, done, Some(Expr::Bool(false))));
        }
        ElementReader { source, done }
    }

    fn read(&mut self, lower: &mut Lowerer<'_>, i: usize, out: &mut Vec<Stmt>) -> Expr {
        let length = Expr::Get(Box::new(var(self.source)), "length".into());
        let within = bin(BinOp::Lt, num(i), length);
        let element = Expr::Index(Box::new(var(self.source)), Box::new(num(i)));
        let Some(done) = self.done else {
            return Expr::Cond(Box::new(within), Box::new(element), Box::new(Expr::Undefined));
        };
        // let v; if (!done) { if (i < s.length) { v = s[i]; } else { done = true; } }
        let value = lower.names.temp();
        out.push(decl(value, None));
        let step = Stmt::if_(within, vec![set(value, element)], vec![set(done, Expr::Bool(true))]);
        out.push(Stmt::if_(not(var(done)), vec![step], Vec::new()));
        Expr::Var(value)
    }
}

fn default_if_undefined(var: VarId, value: Expr) -> Stmt {
    Stmt::if_(
        Expr::Bin(BinOp::StrictEq, Box::new(Expr::Var(var)), Box::new(Expr::Undefined)),
        vec![Stmt::Expr(Expr::Assign(Box::new(Target::Var(var)), None, Box::new(value)))],
        Vec::new(),
    )
}

/// `[a, b] = e` or `({a} = e)`, possibly parenthesised.
fn is_pattern_assignment(e: &Expression<'_>) -> bool {
    matches!(e.without_parentheses(), Expression::AssignmentExpression(a)
        if a.operator == js::AssignmentOperator::Assign
            && matches!(a.left, js::AssignmentTarget::ArrayAssignmentTarget(_) | js::AssignmentTarget::ObjectAssignmentTarget(_)))
}

/// The bitwise operators and `**`: numeric operators the trace models
/// (ECMA-262 §13.6, §13.9, §13.12; BigInt operands make them unknown).
fn numeric_op(op: js::BinaryOperator) -> Option<BinOp> {
    Some(match op {
        js::BinaryOperator::BitwiseAnd => BinOp::BitAnd,
        js::BinaryOperator::BitwiseOR => BinOp::BitOr,
        js::BinaryOperator::BitwiseXOR => BinOp::BitXor,
        js::BinaryOperator::ShiftLeft => BinOp::Shl,
        js::BinaryOperator::ShiftRight => BinOp::Shr,
        js::BinaryOperator::ShiftRightZeroFill => BinOp::UShr,
        js::BinaryOperator::Exponential => BinOp::Exp,
        _ => return None,
    })
}

/// A property key that names one fixed property: `a` or `"a"`.
fn static_key(key: &js::PropertyKey<'_>) -> Option<String> {
    match key {
        js::PropertyKey::StaticIdentifier(id) => Some(id.name.to_string()),
        js::PropertyKey::StringLiteral(s) if !s.lone_surrogates => Some(s.value.to_string()),
        _ => None,
    }
}

/// A class whose definition runs no user code: no static blocks, no
/// computed keys, no static initialisers, no decorators, a pure `extends`.
pub fn is_safe_class(class: &js::Class<'_>) -> bool {
    if !class.decorators.is_empty() {
        return false;
    }
    if let Some(heritage) = &class.heritage {
        if !is_pure(&heritage.expression) {
            return false;
        }
    }
    class.body.body.iter().all(|element| match element {
        js::ClassElement::StaticBlock(_) => false,
        js::ClassElement::MethodDefinition(m) => !m.computed && m.decorators.is_empty(),
        js::ClassElement::PropertyDefinition(p) => {
            !p.computed && p.decorators.is_empty() && !(p.r#static && p.value.is_some())
        }
        js::ClassElement::AccessorProperty(p) => {
            !p.computed && p.decorators.is_empty() && !(p.r#static && p.value.is_some())
        }
        js::ClassElement::TSIndexSignature(_) => true,
    })
}

/// True when evaluating the expression cannot run user code with effects
/// (calls, assignments, `new`, `delete`, `await`, iteration, ...). Getters
/// and implicit conversions are assumed harmless, as everywhere in the
/// compiler.
pub fn is_pure(e: &Expression<'_>) -> bool {
    match e {
        Expression::BooleanLiteral(_)
        | Expression::NullLiteral(_)
        | Expression::NumericLiteral(_)
        | Expression::BigIntLiteral(_)
        | Expression::RegExpLiteral(_)
        | Expression::StringLiteral(_)
        | Expression::Identifier(_)
        | Expression::ThisExpression(_)
        | Expression::FunctionExpression(_)
        | Expression::ArrowFunctionExpression(_)
        | Expression::NewTarget(_)
        | Expression::ImportMeta(_) => true,
        Expression::TemplateLiteral(t) => t.expressions.iter().all(is_pure),
        Expression::ClassExpression(c) => is_safe_class(c),
        Expression::StaticMemberExpression(m) => is_pure(&m.object),
        Expression::PrivateFieldExpression(m) => is_pure(&m.object),
        Expression::ComputedMemberExpression(m) => is_pure(&m.object) && is_pure(&m.expression),
        Expression::ChainExpression(c) => match &c.expression {
            js::ChainElement::StaticMemberExpression(m) => is_pure(&m.object),
            js::ChainElement::ComputedMemberExpression(m) => is_pure(&m.object) && is_pure(&m.expression),
            js::ChainElement::PrivateFieldExpression(m) => is_pure(&m.object),
            _ => false,
        },
        Expression::UnaryExpression(u) => u.operator != js::UnaryOperator::Delete && is_pure(&u.argument),
        Expression::BinaryExpression(b) => is_pure(&b.left) && is_pure(&b.right),
        Expression::PrivateInExpression(p) => is_pure(&p.right),
        Expression::LogicalExpression(l) => is_pure(&l.left) && is_pure(&l.right),
        Expression::ConditionalExpression(c) => is_pure(&c.test) && is_pure(&c.consequent) && is_pure(&c.alternate),
        Expression::SequenceExpression(s) => s.expressions.iter().all(is_pure),
        Expression::ParenthesizedExpression(p) => is_pure(&p.expression),
        Expression::ArrayExpression(a) => a.elements.iter().all(|el| match el {
            js::ArrayExpressionElement::SpreadElement(_) => false,
            js::ArrayExpressionElement::Elision(_) => true,
            other => other.as_expression().is_some_and(is_pure),
        }),
        Expression::ObjectExpression(o) => o.properties.iter().all(|p| match p {
            js::ObjectPropertyKind::ObjectProperty(p) => {
                (!p.computed || p.key.as_expression().is_some_and(is_pure)) && is_pure(&p.value)
            }
            js::ObjectPropertyKind::SpreadProperty(_) => false,
        }),
        _ => false,
    }
}

/// Whether a call or member chain contains a `?.`.
fn has_optional_link(e: &Expression<'_>) -> bool {
    match e {
        Expression::StaticMemberExpression(m) => m.optional || has_optional_link(&m.object),
        Expression::ComputedMemberExpression(m) => m.optional || has_optional_link(&m.object),
        Expression::PrivateFieldExpression(m) => m.optional || has_optional_link(&m.object),
        Expression::CallExpression(c) => c.optional || has_optional_link(&c.callee),
        _ => false,
    }
}

fn contains_function(e: &Expression<'_>) -> bool {
    match e {
        Expression::FunctionExpression(_) | Expression::ArrowFunctionExpression(_) | Expression::ClassExpression(_) => {
            true
        }
        Expression::ParenthesizedExpression(p) => contains_function(&p.expression),
        Expression::BinaryExpression(b) => contains_function(&b.left) || contains_function(&b.right),
        Expression::LogicalExpression(l) => contains_function(&l.left) || contains_function(&l.right),
        Expression::ConditionalExpression(c) => {
            contains_function(&c.test) || contains_function(&c.consequent) || contains_function(&c.alternate)
        }
        Expression::CallExpression(c) => {
            contains_function(&c.callee) || c.arguments.iter().any(|a| a.as_expression().is_some_and(contains_function))
        }
        Expression::ArrayExpression(a) => a.elements.iter().any(|el| el.as_expression().is_some_and(contains_function)),
        Expression::ObjectExpression(o) => o.properties.iter().any(|p| match p {
            js::ObjectPropertyKind::ObjectProperty(p) => contains_function(&p.value),
            js::ObjectPropertyKind::SpreadProperty(s) => contains_function(&s.argument),
        }),
        Expression::SequenceExpression(s) => s.expressions.iter().any(contains_function),
        Expression::AssignmentExpression(a) => contains_function(&a.right),
        _ => false,
    }
}

/// A parameter written with a default (`a = 1`, `{x} = {}`).
fn has_default(p: &js::FormalParameter<'_>) -> bool {
    p.initializer.is_some() || matches!(p.pattern, js::BindingPattern::AssignmentPattern(_))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{flat, lowered, printed};
    use super::*;

    /// The statements without their source-map markers.
    fn without_marks(body: Vec<Stmt>) -> Vec<Stmt> {
        body.into_iter().filter(|st| !matches!(st, Stmt::At(_))).collect()
    }

    fn lowered_text(src: &str) -> String {
        flat(&printed(&lowered(src)))
    }

    fn only_stmt(src: &str) -> Stmt {
        let mut body = without_marks(lowered(src).body);
        assert_eq!(body.len(), 1, "{body:?}");
        body.remove(0)
    }

    #[test]
    fn unsupported_statements_keep_their_text_renamed() {
        let text = lowered_text("let x = 1; lbl: if (x) { x = f(x); g({x}); }");
        assert!(text.contains("lbl: if (x) { x = f(x); g({x: x}); };"), "{text}");
    }

    #[test]
    fn try_statements_are_lowered_with_their_bindings() {
        match only_stmt("try { f(); } catch (e) { g(e); } finally { h(); }") {
            Stmt::Try(t) => {
                assert!(matches!(t.handler, Some((Some(_), _))) && t.finalizer.is_some(), "{t:?}");
                assert!(t.id.starts_with('Y'), "{}", t.id);
            }
            other => panic!("{other:?}"),
        }
        // A pattern, or a binding a closure captures, is bound from a temporary.
        let text = lowered_text("try { f(); } catch ({ message }) { g(message); }");
        assert!(text.contains("catch ($r1) { let message = $r1.message;"), "{text}");
        let text = lowered_text("try { f(); } catch (e) { g(() => e); }");
        assert!(text.contains("catch ($r1) { let e = $r1;"), "{text}");
        // `var` in the handler (Annex B may assign the binding): as written.
        assert!(matches!(only_stmt("try { f(); } catch (e) { var e = 1; }"), Stmt::Opaque(_)));
        assert!(matches!(only_stmt("throw f;"), Stmt::Throw(_)));
    }

    #[test]
    fn pure_unmodelled_expressions_are_opaque_values() {
        match only_stmt("let r = /ab+c/g;") {
            Stmt::Decl(DeclKind::Let, _, Some(Expr::Opaque(o, OpaqueKind::Pure))) => {
                assert_eq!(o.pieces, vec![Piece::At(8), Piece::Text("/ab+c/g".into())]);
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            only_stmt("let y = a instanceof b;"),
            Stmt::Decl(_, _, Some(Expr::Opaque(_, OpaqueKind::Pure)))
        ));
        assert!(matches!(
            only_stmt("const c = require('c');"),
            Stmt::Decl(_, _, Some(Expr::Opaque(_, OpaqueKind::Require)))
        ));
        // Effects the trace does not model make the statement opaque.
        assert!(matches!(only_stmt("let d = new Date();"), Stmt::Opaque(_)));
        assert!(matches!(only_stmt("o[k](1);"), Stmt::Opaque(_)));
        assert!(matches!(only_stmt("a.f?.(1);"), Stmt::Opaque(_)));
        assert!(matches!(only_stmt("f(...g(xs), h());"), Stmt::Opaque(_)));
        assert!(matches!(only_stmt("undeclared = 1;"), Stmt::Opaque(_)));
    }

    #[test]
    fn functions_using_this_or_arguments_are_opaque_as_a_whole() {
        assert!(matches!(only_stmt("function f() { return this.x; }"), Stmt::OpaqueFunc(..)));
        assert!(matches!(only_stmt("function f() { return () => arguments[0]; }"), Stmt::OpaqueFunc(..)));
        assert!(matches!(only_stmt("async function f() {}"), Stmt::OpaqueFunc(..)));
        assert!(matches!(only_stmt("function f(...r) {}"), Stmt::OpaqueFunc(..)));
        assert!(matches!(only_stmt("function f([[a]]) {}"), Stmt::OpaqueFunc(..)));
        match only_stmt("function f(a) { return function () { return this; }; }") {
            Stmt::FuncDecl(f) => {
                assert!(matches!(without_marks(f.body)[0], Stmt::Return(Some(Expr::Opaque(..)))))
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn array_parameter_patterns_are_a_temporary_and_the_declaration_pattern() {
        match only_stmt("function f([a, b = a], c = b) {}") {
            Stmt::FuncDecl(f) => {
                assert_eq!(f.params.len(), 2);
                assert_eq!(f.length, 1);
                let body = without_marks(f.body);
                assert!(matches!(body[0], Stmt::Decl(DeclKind::Let, _, Some(Expr::Var(v))) if v == f.params[0]));
                assert!(body.iter().any(|s| matches!(s, Stmt::If(..))), "{body:?}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn array_spread_pushes_onto_a_fresh_array_guarded_by_the_spread_as_written() {
        assert_eq!(
            lowered_text("let x = [a, ...f(), b];"),
            "let $r1 = []; $r1.push(a); let $r2 = f(); if ($T.isArray($r2)) { let $r3 = 0; L1: for (; $r3 < $r2.length; \
             $r3++) { $r1.push($r2[$r3]); } } else { $r1.push(...$r2); } $r1.push(b); let x = $r1;"
        );
        let text = lowered_text("function g(a) { return [...a]; }");
        assert!(text.contains("return $r1;"), "{text}");
        for src in ["let x = [...a, , b];", "x = [...a];", "f([...a]);"] {
            assert!(matches!(only_stmt(src), Stmt::Opaque(_)), "{src}");
        }
    }

    #[test]
    fn defaults_that_read_a_name_in_its_dead_zone_stay_opaque() {
        // §14.3.1: the prologue and the pattern's `let`s would read
        // `undefined` where JavaScript throws a ReferenceError.
        for src in [
            "function f([a = b, b]) {}",
            "function f([a = a]) {}",
            "function f([a = z], z) {}",
            "function f(a = b, b) {}",
            "function f({ a = b }, b) {}",
            "function f(a = () => b, b) {}",
            "function f(a = \\u0062, b) {}",
        ] {
            assert!(matches!(only_stmt(src), Stmt::OpaqueFunc(..)), "{src}");
        }
        assert!(matches!(only_stmt("function f(a, [b = a], c) {}"), Stmt::FuncDecl(..)));
        assert!(matches!(only_stmt("function f({ b: x }, b) {}"), Stmt::FuncDecl(..)));
        let declared = without_marks(lowered("let [a = b, b] = [];").body);
        assert!(declared.iter().all(|s| !matches!(s, Stmt::If(..))), "{declared:?}");
    }

    #[test]
    fn arrow_expression_bodies_return_their_value() {
        match only_stmt("let f = (a, b = 2) => a + b;") {
            Stmt::Decl(_, _, Some(Expr::Func(f))) => {
                let f = Func { body: without_marks(f.body), ..*f };
                assert!(f.is_arrow);
                assert_eq!(f.params.len(), 2);
                assert!(matches!(f.body[0], Stmt::If(..)), "default parameter check");
                assert!(matches!(f.body[1], Stmt::Return(Some(Expr::Bin(BinOp::Add, ..)))));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn templates_become_concatenations_starting_with_a_string() {
        // Printed back as template literals (ToString); see `BinOp::Concat`.
        assert_eq!(lowered_text("let s = `a${x}b${y}`;"), "let s = `a${x}b${y}`;");
        assert_eq!(lowered_text("let s = `${x}${y}`;"), "let s = `${x}${y}`;");
        assert_eq!(lowered_text("let s = `\\`$${x}\\${`;"), "let s = `\\`\\$${x}\\${`;");
        assert_eq!(lowered_text("let s = `plain`;"), "let s = \"plain\";");
    }

    #[test]
    fn object_patterns_become_member_reads() {
        let text = lowered_text("const {a, b: {c}, d = 1} = o;");
        assert_eq!(
            text,
            "let $r1 = o; const a = $r1.a; let $r2 = $r1.b; const c = $r2.c; let $r3 = $r1.d; \
             if ($r3 === undefined) { $r3 = 1; } const d = $r3;"
        );
        // A name nothing reassigns is read directly.
        assert_eq!(lowered_text("const o = f(); const {a} = o;"), "const o = f(); const a = o.a;");
        assert!(matches!(only_stmt("let [a, ...r] = o;"), Stmt::Opaque(_)));
        assert!(matches!(only_stmt("let {a: {b}, ...r} = o;"), Stmt::Opaque(_)));
        assert!(matches!(only_stmt("let {a = r, ...r} = o;"), Stmt::Opaque(_)), "dead zone");
        assert!(matches!(only_stmt("let {[k]: v} = o;"), Stmt::Opaque(_)));
    }

    #[test]
    fn object_rest_copies_the_other_keys_guarded_by_the_pattern_as_written() {
        assert_eq!(
            lowered_text("const {a, b: c = 1, ...r} = o;"),
            "let $r1 = o; let a; let c; let r; if ($T.restFits($r1)) { a = $r1.a; let $r5 = $r1.b; if ($r5 === undefined) \
             { $r5 = 1; } c = $r5; r = {}; let $r2 = Object.keys($r1); let $r3 = 0; L1: for (; $r3 < $r2.length; $r3++) \
             { let $r4 = $r2[$r3]; if ($r4 !== \"a\" && $r4 !== \"b\") { if ($r4 === \"__proto__\") { throw new \
             Error(\"rest.js refuses a __proto__ key\"); } r[$r4] = $r1[$r4]; } } } else { ({a: a, b: c = 1, ...r} = $r1); }"
        );
        assert!(matches!(only_stmt("function f({x, ...r}) { return r; }"), Stmt::FuncDecl(..)));
        assert!(matches!(only_stmt("let f = ({x, ...r}) => r;"), Stmt::Decl(_, _, Some(Expr::Func(..)))));
    }

    #[test]
    fn spread_calls_call_with_as_many_arguments_as_the_list_holds() {
        let text = lowered_text("let m = Math.max(...xs, 1);");
        assert!(text.starts_with("let $r1 = []; let $r2 = xs; if ($T.isArray($r2))"), "{text}");
        assert!(
            text.contains(
                "if ($r1.length === 0) { $r4 = Math.max(); } else { if ($r1.length === 1) { $r4 = Math.max($r1[0]); }"
            ),
            "{text}"
        );
        assert!(
            text.contains("$r4 = Math.max($r1[0], $r1[1], $r1[2], $r1[3], $r1[4]); } else { $r4 = Math.max(...$r1); }"),
            "{text}"
        );
        assert!(text.ends_with("let m = $r4;"), "{text}");
        // Pure arguments or a local callee: the callee is read after them.
        let local = without_marks(lowered("function f() {} f(g(), ...xs);").body);
        assert!(!local.iter().any(|st| matches!(st, Stmt::Opaque(_))), "{local:?}");
        for src in ["o.m(g(), ...xs);", "let v = a.b.c(...xs);", "o?.m(...xs);", "let f = 1; f = 2; f(...xs);"] {
            let lowered = without_marks(lowered(src).body);
            assert!(matches!(lowered.last(), Some(Stmt::Opaque(_))), "{src}: {lowered:?}");
        }
    }

    #[test]
    fn object_spread_stays_in_the_literal_unless_a_later_entry_has_effects() {
        assert_eq!(lowered_text("let x = {a: f(), ...o, b: c.d};"), "let x = { a: f(), ...o, b: c.d };");
        // `o` is copied before `g()` runs: hoisting `g()` would reorder them.
        for src in ["let x = {...o, b: g()};", "let x = {...o, ...g()};", "let x = {...o, get b() { return 1; }};"] {
            assert!(matches!(only_stmt(src), Stmt::Opaque(_)), "{src}");
        }
        assert!(matches!(only_stmt("let x = {\"\\u0000...\": 1};"), Stmt::Decl(_, _, Some(Expr::Opaque(..)))));
    }

    #[test]
    fn jumps_leaving_opaque_code_are_rewritten() {
        let src = "outer: for (;;) { for (const x of xs) { if (x) continue outer; break outer; } }";
        let text = lowered_text(src);
        assert!(text.contains("if (x) break C1; break L1; }"), "{text}");
        let src = "while (a) { switch (b) { case 1: l: for (const x in xs) break; break; } }";
        let text = lowered_text(src);
        assert!(text.contains("for (const x in xs) break;"), "inner break stays: {text}");
    }

    #[test]
    fn generated_labels_avoid_the_programs_labels() {
        // `L1` and `C2` are the program's: numbers 1 and 2 are skipped.
        let text = lowered_text("L1: for (;;) { C2: while (a) { break L1; } }");
        assert!(text.starts_with("L3: for"), "{text}");
        assert!(text.contains("L4: while (a)"), "{text}");
        assert!(text.contains("break L3;"), "{text}");
    }

    #[test]
    fn numbers_keep_their_source_form_and_fold_negation() {
        assert_eq!(
            lowered_text("let n = [0x1F, -2, 1e3, - -3, NaN, undefined];"),
            "let n = [0x1F, -2, 1e3, -(-3), NaN, undefined];"
        );
    }

    #[test]
    fn bitwise_operators_and_powers_are_modelled() {
        assert_eq!(
            lowered_text("let y = ~a | b & c ^ d << 1 >> 2 >>> 3; let z = (-a) ** 2 ** b; let w = 'k' in o;"),
            "let y = ~a | b & c ^ d << 1 >> 2 >>> 3; let z = (-a) ** 2 ** b; let w = \"k\" in o;"
        );
        assert_eq!(lowered_text("let x = 1; x **= 2; x >>>= 1;"), "let x = 1; x **= 2; x >>>= 1;");
    }

    #[test]
    fn logical_assignment_writes_only_when_needed() {
        assert_eq!(lowered_text("let x; x ??= f();"), "let x; x ?? (x = f());");
        assert_eq!(lowered_text("const o = {}; o.n ||= 1;"), "const o = {}; o.n || (o.n = 1);");
        assert_eq!(
            lowered_text("const o = {}; const k = 'a'; o[k] &&= 2;"),
            "const o = {}; const k = \"a\"; o[k] && (o[k] = 2);"
        );
        // The object or key could change between the read and the write.
        assert!(matches!(only_stmt("o.p.q ??= 1;"), Stmt::Opaque(_)));
        let body = without_marks(lowered("let o = {}; o = {}; o.p ??= 1;").body);
        assert!(matches!(body.last(), Some(Stmt::Opaque(_))), "{body:?}");
    }

    #[test]
    fn for_in_walks_object_keys_skipping_deleted_ones_guarded_by_the_loop_as_written() {
        let text = lowered_text("for (const k in f()) { if (k) continue; g(k); }");
        assert_eq!(
            text,
            "let $r1 = f(); if ($T.forInFits($r1)) { let $r2 = Object.keys($r1); let $r3 = 0; L1: for (; $r3 < $r2.length; \
             $r3++) { let $r4 = $r2[$r3]; if ($r4 in $r1) { const k = $r4; if (k) { break C1; } g(k); } } } \
             else { for (const k in $r1) { if (k) continue; g(k); }; }"
        );
        let text = lowered_text("let a; for (a in o) {}");
        assert!(text.contains("a = $r4;") && text.contains("for (a in $r1) {};"), "{text}");
        // Its own `Object` would be read by the copy; an initializer (Annex B).
        for src in ["let Object = 1; for (const k in o) {}", "for (var k = 1 in o) {}", "l: for (const k in o) {}"] {
            assert!(!lowered_text(src).contains("forInFits"), "{src}");
        }
    }

    #[test]
    fn for_of_is_an_index_loop_guarded_by_the_loop_as_written() {
        let text = lowered_text("for (const x of f()) { if (x) continue; g(x); }");
        assert_eq!(
            text,
            "let $r1 = f(); if ($T.iterable($r1)) { let $r2 = 0; L1: for (; $r2 < $r1.length; $r2++) { \
             const x = $r1[$r2]; if (x) { break C1; } g(x); } } else { for (const x of $r1) { if (x) continue; g(x); }; }"
        );
        let text = lowered_text("let a; for (a of xs) {}");
        assert!(text.contains("a = $r1[$r2];") && text.contains("for (a of $r1) {};"), "{text}");
        let text = lowered_text("for (var {k, v = 1} of xs) {}");
        assert!(text.contains("var k = $r3.k;"), "{text}");
        // A jump out of the loop is rewritten in the copy too.
        let text = lowered_text("w: while (a) { for (const x of xs) { if (x) break; continue w; } }");
        assert!(text.contains("for (const x of $r1) { if (x) break; break C1; }"), "{text}");
        for src in ["for (const [a] of xs) {}", "l: for (const x of xs) {}", "for ([a] of xs) {}"] {
            assert!(matches!(only_stmt(src), Stmt::Opaque(_)), "{src}");
        }
    }

    #[test]
    fn array_patterns_read_elements_of_plain_arrays() {
        assert_eq!(
            lowered_text("const [a, , b = 1] = f();"),
            "let $r1 = f(); let a; let b; if ($T.isArray($r1)) { a = 0 < $r1.length ? $r1[0] : undefined; \
             let $r2 = 2 < $r1.length ? $r1[2] : undefined; if ($r2 === undefined) { $r2 = 1; } b = $r2; } \
             else { ([a, , b = 1] = $r1); }"
        );
        let text = lowered_text("var [x] = xs;");
        assert!(text.starts_with("let $r1 = xs; if ($T.isArray($r1)) { x = "), "{text}");
        for src in
            ["const [a] = xs; a = 2;", "let [[a]] = xs;", "let [{a}] = xs;", "for (let [i] = [0]; i < 2; i++) {}"]
        {
            let body = without_marks(lowered(src).body);
            assert!(matches!(body[0], Stmt::Opaque(_)), "{src}: {body:?}");
        }
    }

    #[test]
    fn pattern_assignments_are_statements_of_reads() {
        assert_eq!(
            lowered_text("let a, b; [a, b] = [b, a];"),
            "let a; let b; let $r1 = [b, a]; if ($T.isArray($r1)) { a = 0 < $r1.length ? $r1[0] : undefined; \
             b = 1 < $r1.length ? $r1[1] : undefined; } else { ([a, b] = $r1); }"
        );
        assert_eq!(
            lowered_text("let a; const o = {}; ({a, k: o.p = 1} = f());"),
            "let a; const o = {}; let $r1 = f(); a = $r1.a; let $r2 = $r1.k; if ($r2 === undefined) { $r2 = 1; } o.p = $r2;"
        );
        for src in ["let a; [a, ...r] = xs;", "let o = {}; o = {}; [o.p] = xs;", "({g} = o);", "let a; ({[k]: a} = o);"]
        {
            let body = without_marks(lowered(src).body);
            assert!(matches!(body.last(), Some(Stmt::Opaque(_))), "{src}: {body:?}");
        }
    }

    #[test]
    fn switch_with_lexical_declarations_is_opaque() {
        assert!(matches!(only_stmt("switch (x) { case 1: let y = 2; }"), Stmt::Opaque(_)));
        assert!(matches!(only_stmt("switch (x) { case 1: var y = 2; }"), Stmt::Switch(_)));
    }

    #[test]
    fn new_of_a_global_error_is_a_call_of_what_construct_gives() {
        assert_eq!(lowered_text("let e = new TypeError('m' + x);"), "let e = $T.construct(TypeError)(\"m\" + x);");
        assert_eq!(lowered_text("throw new Error();"), "throw $T.construct(Error)();");
        assert_eq!(lowered_text("let e = RangeError(x);"), "let e = RangeError(x);");
        // Another constructor, options, spread, a shadowing binding: as written.
        for src in [
            "let d = new Date();",
            "let e = new Error('m', { cause: x });",
            "let e = new Error(...xs);",
            "let Error = f; let e = new Error('m');",
            "function g(TypeError) { return new TypeError('m'); }",
        ] {
            assert!(!lowered_text(src).contains("$T.construct"), "{src}: {}", lowered_text(src));
        }
    }
}
