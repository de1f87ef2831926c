//! The traversal: one scope per function, block, loop head, catch clause
//! and class, in the order the engine creates their environments; on entry
//! to each, `binder` declares what it holds, then the code inside resolves
//! its references (`references`) and jumps (`labels`).

use oxc_ast::ast::*;
use oxc_span::GetSpan;

use super::super::ast::VarId;
use super::labels::TargetKind;
use super::references::Binds;
use super::{FnFrame, Resolver, ScopeKind};

impl Resolver {
    /// The program is the body of Node's CommonJS wrapper function: its
    /// top level hoists like a function body (§10.2.11), frame 0.
    pub(super) fn walk_program(&mut self, program: &Program<'_>) {
        self.fns.push(FnFrame::new(0, 0, false, 0, 0));
        self.next_fn = 1;
        self.push_scope(ScopeKind::Body);
        self.declare_body(&program.body);
        for stmt in &program.body {
            self.walk_statement(stmt);
        }
        self.pop_scope();
        if let Some(frame) = self.fns.pop() {
            self.res.program_vars = frame.vars;
        }
    }

    pub(super) fn walk_function(&mut self, func: &Function<'_>, is_expression: bool) {
        if !self.enter(func.span) {
            return;
        }
        // §11.2.2: a "use strict" directive makes the function strict.
        let strict = self.is_strict() || func.body.as_ref().is_some_and(|b| b.has_use_strict_directive());
        let self_scope = is_expression && func.id.is_some();
        if let Some(id) = func.id.as_ref().filter(|_| self_scope) {
            // The own name lives in a scope between the outside and the
            // parameters; it belongs to the outer function's frame count.
            self.push_scope(ScopeKind::SelfName);
            self.declare_self_name(id.name.as_str());
            self.occurrence(id.span, id.name.as_str(), false, None);
        }
        self.push_fn(func.span.start, false, strict);
        self.walk_params_and_body(&func.params, func.body.as_deref().map(|b| &b.statements[..]).unwrap_or(&[]), None);
        self.pop_fn();
        if self_scope {
            self.pop_scope();
        }
        self.leave();
    }

    pub(super) fn walk_arrow(&mut self, arrow: &ArrowFunctionExpression<'_>) {
        if !self.enter(arrow.span) {
            return;
        }
        let body = arrow.get_function_body();
        let strict = self.is_strict() || body.is_some_and(|b| b.has_use_strict_directive());
        self.push_fn(arrow.span.start, true, strict);
        match body {
            Some(body) => self.walk_params_and_body(&arrow.params, &body.statements, None),
            None => self.walk_params_and_body(&arrow.params, &[], arrow.get_expression()),
        }
        self.pop_fn();
        self.leave();
    }

    /// §10.2.11: the parameters are bound and their initializers run in
    /// the parameters' scope, before the body's declarations exist, so a
    /// default (or a closure in one) never sees the body.
    fn walk_params_and_body(
        &mut self,
        params: &FormalParameters<'_>,
        body: &[Statement<'_>],
        expr_body: Option<&Expression<'_>>,
    ) {
        self.declare_params(params);
        for p in &params.items {
            for d in &p.decorators {
                self.walk_expr(&d.expression);
            }
            self.walk_pattern(&p.pattern, Binds::Declaration);
            if let Some(init) = &p.initializer {
                self.walk_expr(init);
            }
        }
        if let Some(rest) = &params.rest {
            self.walk_pattern(&rest.rest.argument, Binds::Declaration);
        }
        self.push_body_scope();
        self.declare_body(body);
        for stmt in body {
            self.walk_statement(stmt);
        }
        if let Some(expr) = expr_body {
            self.walk_expr(expr);
        }
        self.pop_scope();
        self.pop_scope();
    }

    /// §15.7.14 ClassDefinitionEvaluation: the class's name is bound again
    /// inside it, and its whole body is strict (§11.2.2).
    pub(super) fn walk_class(&mut self, class: &Class<'_>, declared: Option<VarId>) {
        if !self.enter(class.span) {
            return;
        }
        for d in &class.decorators {
            self.walk_expr(&d.expression);
        }
        self.push_scope(ScopeKind::SelfName);
        if let Some(id) = &class.id {
            let name = id.name.as_str();
            match declared {
                // The inner binding shares the declaration's name: both
                // always hold the class, renaming keeps that.
                Some(var) => self.top_scope().bind(name, var, true),
                None => {
                    self.declare_self_name(name);
                    self.occurrence(id.span, name, false, None);
                }
            }
        }
        self.strict.push(true);
        self.class_depth += 1;
        if let Some(heritage) = &class.heritage {
            self.walk_expr(&heritage.expression);
        }
        for element in &class.body.body {
            self.walk_class_element(element);
        }
        self.class_depth -= 1;
        self.strict.pop();
        self.pop_scope();
        self.leave();
    }

    fn walk_class_element(&mut self, element: &ClassElement<'_>) {
        match element {
            ClassElement::MethodDefinition(m) => {
                self.walk_decorators(&m.decorators);
                self.walk_property_key(&m.key, m.computed);
                self.walk_function(&m.value, false);
            }
            ClassElement::PropertyDefinition(p) => {
                self.walk_field(p.span.start, &p.decorators, &p.key, p.computed, p.value.as_ref());
            }
            ClassElement::AccessorProperty(p) => {
                self.walk_field(p.span.start, &p.decorators, &p.key, p.computed, p.value.as_ref());
            }
            // §15.7.11: a static block is a body of its own (its `var`s,
            // its `this`).
            ClassElement::StaticBlock(block) => {
                self.push_fn(block.span.start, false, true);
                self.push_body_scope();
                self.declare_body(&block.body);
                for stmt in &block.body {
                    self.walk_statement(stmt);
                }
                self.pop_scope();
                self.pop_fn();
            }
            ClassElement::TSIndexSignature(_) => {}
        }
    }

    fn walk_decorators(&mut self, decorators: &[Decorator<'_>]) {
        for d in decorators {
            self.walk_expr(&d.expression);
        }
    }

    /// A class field (or accessor): its initialiser runs like a method body
    /// (its own `this`; §15.7.10 ClassFieldDefinitionEvaluation).
    fn walk_field(
        &mut self,
        start: u32,
        decorators: &[Decorator<'_>],
        key: &PropertyKey<'_>,
        computed: bool,
        value: Option<&Expression<'_>>,
    ) {
        self.walk_decorators(decorators);
        self.walk_property_key(key, computed);
        if let Some(value) = value {
            self.push_fn(start, false, true);
            self.push_body_scope();
            self.walk_expr(value);
            self.pop_scope();
            self.pop_fn();
        }
    }

    fn walk_block(&mut self, stmts: &[Statement<'_>]) {
        self.push_scope(ScopeKind::Block);
        self.declare_block(stmts);
        for stmt in stmts {
            self.walk_statement(stmt);
        }
        self.pop_scope();
    }

    /// The body of an `if`, loop or label: a bare declaration there behaves
    /// as if wrapped in a block of its own (B.3.3 for functions in `if`).
    pub(super) fn walk_sub_statement(&mut self, stmt: &Statement<'_>) {
        if matches!(
            stmt,
            Statement::FunctionDeclaration(_) | Statement::ClassDeclaration(_) | Statement::VariableDeclaration(_)
        ) && !matches!(stmt, Statement::VariableDeclaration(d) if d.kind == VariableDeclarationKind::Var)
        {
            self.walk_block(std::slice::from_ref(stmt));
        } else {
            self.walk_statement(stmt);
        }
    }

    fn walk_statement(&mut self, stmt: &Statement<'_>) {
        if !self.enter(stmt.span()) {
            return;
        }
        match stmt {
            Statement::BlockStatement(block) => self.walk_block(&block.body),
            Statement::VariableDeclaration(decl) => self.walk_var_decl(decl),
            Statement::FunctionDeclaration(func) => {
                if let Some(id) = &func.id {
                    self.occurrence(id.span, id.name.as_str(), false, None);
                }
                self.walk_function(func, false);
            }
            Statement::ClassDeclaration(class) => {
                let var = class.id.as_ref().map(|id| self.occurrence(id.span, id.name.as_str(), false, None));
                self.walk_class(class, var);
            }
            Statement::ExpressionStatement(s) => self.walk_expr(&s.expression),
            Statement::IfStatement(s) => {
                self.walk_expr(&s.test);
                self.walk_sub_statement(&s.consequent);
                if let Some(alt) = &s.alternate {
                    self.walk_sub_statement(alt);
                }
            }
            Statement::ForStatement(_)
            | Statement::ForInStatement(_)
            | Statement::ForOfStatement(_)
            | Statement::WhileStatement(_)
            | Statement::DoWhileStatement(_) => self.walk_loop(stmt, Vec::new()),
            Statement::LabeledStatement(s) => self.walk_labelled(s),
            Statement::BreakStatement(s) => {
                self.jump(s.span, s.label.as_ref().map(|l| l.name.as_str()), false);
            }
            Statement::ContinueStatement(s) => {
                self.jump(s.span, s.label.as_ref().map(|l| l.name.as_str()), true);
            }
            Statement::ReturnStatement(s) => {
                if let Some(arg) = &s.argument {
                    self.walk_expr(arg);
                }
            }
            Statement::SwitchStatement(s) => self.walk_switch(s),
            Statement::ThrowStatement(s) => self.walk_expr(&s.argument),
            Statement::TryStatement(s) => {
                self.walk_block(&s.block.body);
                if let Some(handler) = &s.handler {
                    self.push_scope(ScopeKind::Catch);
                    if let Some(param) = &handler.param {
                        self.declare_catch_param(&param.pattern);
                        self.walk_pattern(&param.pattern, Binds::Declaration);
                    }
                    self.walk_block(&handler.body.body);
                    self.pop_scope();
                }
                if let Some(fin) = &s.finalizer {
                    self.walk_block(&fin.body);
                }
            }
            match_module_declaration!(Statement) => {
                let message = "Cannot use import or export outside a module (the function is CommonJS)";
                self.fail(stmt.span().start, message.into());
            }
            Statement::WithStatement(s) => {
                // §9.1.1.2: an object environment; no name inside resolves
                // statically.
                self.res.untraceable = true;
                self.walk_expr(&s.object);
                self.walk_sub_statement(&s.body);
            }
            _ => {}
        }
        self.leave();
    }

    /// §14.12.4: the cases share one block scope.
    fn walk_switch(&mut self, s: &SwitchStatement<'_>) {
        self.walk_expr(&s.discriminant);
        self.push_scope(ScopeKind::Block);
        for case in &s.cases {
            self.declare_block(&case.consequent);
        }
        self.targeted(Vec::new(), s.span.start, TargetKind::Switch, |r| {
            for case in &s.cases {
                if let Some(test) = &case.test {
                    r.walk_expr(test);
                }
                for st in &case.consequent {
                    r.walk_statement(st);
                }
            }
        });
        self.pop_scope();
    }

    fn walk_var_decl(&mut self, decl: &VariableDeclaration<'_>) {
        let is_var = decl.kind == VariableDeclarationKind::Var;
        for d in &decl.declarations {
            let binds = if is_var { Binds::Var(d.init.as_ref()) } else { Binds::Declaration };
            self.walk_pattern(&d.id, binds);
            if let Some(init) = &d.init {
                self.walk_expr(init);
            }
        }
    }

    /// A loop, with the labels written right before it.
    pub(super) fn walk_loop(&mut self, stmt: &Statement<'_>, names: Vec<String>) {
        let target = stmt.span().start;
        match stmt {
            Statement::ForStatement(s) => self.walk_for(s, names, target),
            Statement::ForInStatement(s) => self.walk_for_in_of(&s.left, &s.right, &s.body, names, target),
            Statement::ForOfStatement(s) => self.walk_for_in_of(&s.left, &s.right, &s.body, names, target),
            Statement::WhileStatement(s) => {
                self.walk_expr(&s.test);
                self.targeted(names, target, TargetKind::Loop, |r| r.walk_sub_statement(&s.body));
            }
            Statement::DoWhileStatement(s) => {
                self.targeted(names, target, TargetKind::Loop, |r| r.walk_sub_statement(&s.body));
                self.walk_expr(&s.test);
            }
            _ => {}
        }
    }

    /// §14.7.4.2 ForLoopEvaluation: a `let`/`const` head has a scope of its
    /// own around the test, the update and the body.
    fn walk_for(&mut self, s: &ForStatement<'_>, names: Vec<String>, target: u32) {
        let head =
            matches!(&s.init, Some(ForStatementInit::VariableDeclaration(d)) if d.kind != VariableDeclarationKind::Var);
        if head {
            self.push_scope(ScopeKind::Block);
        }
        match &s.init {
            Some(ForStatementInit::VariableDeclaration(decl)) => {
                if head {
                    self.declare_declaration(decl);
                }
                self.walk_var_decl(decl);
            }
            Some(init) => {
                if let Some(e) = init.as_expression() {
                    self.walk_expr(e);
                }
            }
            None => {}
        }
        if let Some(test) = &s.test {
            self.walk_expr(test);
        }
        if let Some(update) = &s.update {
            self.walk_expr(update);
        }
        self.targeted(names, target, TargetKind::Loop, |r| r.walk_sub_statement(&s.body));
        if head {
            self.pop_scope();
        }
    }

    /// §14.7.5.6 ForIn/OfHeadEvaluation: the object expression already runs
    /// in a scope holding the head's `let`/`const` names, uninitialised
    /// (`for (let x of x)` throws), so it binds to them.
    fn walk_for_in_of(
        &mut self,
        left: &ForStatementLeft<'_>,
        right: &Expression<'_>,
        body: &Statement<'_>,
        names: Vec<String>,
        target: u32,
    ) {
        let head = matches!(left, ForStatementLeft::VariableDeclaration(d) if d.kind != VariableDeclarationKind::Var);
        if head {
            self.push_scope(ScopeKind::Block);
            if let ForStatementLeft::VariableDeclaration(decl) = left {
                self.declare_loop_head(decl, self.scopes.len() - 1);
            }
        }
        self.walk_expr(right);
        match left {
            ForStatementLeft::VariableDeclaration(decl) => {
                for d in &decl.declarations {
                    let binds =
                        if decl.kind == VariableDeclarationKind::Var { Binds::Var(None) } else { Binds::Declaration };
                    self.walk_pattern(&d.id, binds);
                    if let Some(init) = &d.init {
                        self.walk_expr(init);
                    }
                }
            }
            other => {
                if let Some(target) = other.as_assignment_target() {
                    self.walk_assign_target(target, false);
                }
            }
        }
        self.targeted(names, target, TargetKind::Loop, |r| r.walk_sub_statement(body));
        if head {
            self.pop_scope();
        }
    }
}
