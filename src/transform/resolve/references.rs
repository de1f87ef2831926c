//! Resolving references: each identifier names the innermost binding of
//! its name in the scopes around it (ECMA-262 §9.1.2.1
//! GetIdentifierReference), or a free (global) name. Declarations were made
//! on entry to their scope (`binder`), so a reference before a `let`,
//! `const` or `class` in the same scope binds to it: that is the temporal
//! dead zone (§14.3.1), where the engine throws, and a closure that runs
//! after the declaration reads it. Also what references leave behind for
//! later stages: captures, writes, `this`/`arguments`.

use oxc_ast::ast::*;
use oxc_span::{GetSpan, Span};

use super::super::ast::{NameKind, VarId};
use super::resolution::Occurrence;
use super::{Resolver, ScopeKind};

/// How a binding pattern binds its names.
#[derive(Clone, Copy)]
pub(super) enum Binds<'e, 'a> {
    /// `var x = init` (a write), or `var x` with no initialiser.
    Var(Option<&'e Expression<'a>>),
    /// `let`/`const` declaration, parameter, catch parameter, loop head.
    Declaration,
}

fn destructured<'e, 'a>(binds: Binds<'e, 'a>) -> Binds<'e, 'a> {
    // A destructured value is of unknown type: not a numeric write.
    match binds {
        Binds::Var(Some(_)) => Binds::Var(None),
        other => other,
    }
}

/// True when the expression's value is certainly a number, a boolean,
/// `null` or `undefined` (so `x + 1` and `+x + 1` agree for it).
pub fn is_numericish(expr: &Expression<'_>) -> bool {
    match expr {
        Expression::NumericLiteral(_) | Expression::BooleanLiteral(_) | Expression::NullLiteral(_) => true,
        Expression::UnaryExpression(u) => !matches!(u.operator, UnaryOperator::Typeof | UnaryOperator::Delete),
        Expression::BinaryExpression(b) => match b.operator {
            BinaryOperator::Addition => is_numericish(&b.left) && is_numericish(&b.right),
            _ => true,
        },
        Expression::UpdateExpression(_) => true,
        Expression::ParenthesizedExpression(p) => is_numericish(&p.expression),
        Expression::ConditionalExpression(c) => is_numericish(&c.consequent) && is_numericish(&c.alternate),
        _ => false,
    }
}

fn assignment_is_numeric(op: AssignmentOperator, right: &Expression<'_>) -> bool {
    match op {
        AssignmentOperator::Assign
        | AssignmentOperator::Addition
        | AssignmentOperator::LogicalOr
        | AssignmentOperator::LogicalAnd
        | AssignmentOperator::LogicalNullish => is_numericish(right),
        _ => true,
    }
}

impl Resolver {
    /// The binding `name` refers to from the innermost scope, or `None` for
    /// a free name.
    fn lookup(&mut self, name: &str) -> Option<VarId> {
        let implicit_arguments = name == "arguments";
        for i in (0..self.scopes.len()).rev() {
            let scope = &self.scopes[i];
            if let Some(&(id, _)) = scope.bindings.get(name) {
                return Some(id);
            }
            if implicit_arguments && scope.kind == ScopeKind::Params && !self.fns[scope.fn_index].is_arrow {
                // The function's own `arguments` object (§10.4.4), unless
                // a parameter or a body declaration named `arguments`
                // shadows it, found above (§10.2.11 steps 17-18). Arrows
                // have none (step 16): the search goes on outwards.
                let index = scope.fn_index;
                self.mark_this_from(index);
                return None;
            }
        }
        None
    }

    /// Records an identifier occurrence resolved to `name`'s binding or to a
    /// free name. `write` marks an assignment; `numeric` whether the value
    /// written is certainly not a string or an object.
    pub(super) fn occurrence(&mut self, span: Span, name: &str, shorthand: bool, write: Option<bool>) -> VarId {
        let var = match self.lookup(name) {
            Some(id) => id,
            None => {
                // A direct `eval` can read any name and (sloppy) declare
                // `var`s in the caller's scope (§19.2.1.3).
                if name == "eval" {
                    self.res.untraceable = true;
                }
                if name == "BigInt" {
                    self.res.has_bigint = true;
                }
                self.res.names.free(name)
            }
        };
        self.res.occurrences.push(Occurrence { start: span.start, end: span.end, var, shorthand });
        let here = self.current_fn();
        let info = self.res.names.info_mut(var);
        if info.kind != NameKind::Free {
            let nested = info.decl_fn != here;
            if nested {
                info.captured = true;
            }
            if let Some(numeric) = write {
                info.reassigned = true;
                if nested {
                    info.assigned_in_nested = true;
                }
                if !numeric {
                    info.non_numeric = true;
                }
            }
        } else if write.is_some() {
            // A global the program itself writes: calls may change it.
            info.reassigned = true;
        }
        var
    }

    fn mark_this(&mut self) {
        if let Some(last) = self.fns.len().checked_sub(1) {
            self.mark_this_from(last);
        }
    }

    /// Marks the function at `index`, the arrow functions nested in it up to
    /// the innermost frame, and (an arrow takes `this` from outside, §15.3;
    /// its `[[ThisMode]]` is lexical, §10.2.1.2) the enclosing functions up
    /// to the first non-arrow one.
    pub(super) fn mark_this_from(&mut self, index: usize) {
        for frame in self.fns[index..].iter_mut() {
            frame.uses_this = true;
        }
        let mut i = index;
        while self.fns[i].is_arrow && i > 0 {
            i -= 1;
            self.fns[i].uses_this = true;
        }
    }

    fn private_name(&mut self, span: Span, name: &str) {
        if self.class_depth == 0 {
            self.fail(span.start, format!("Private field '#{name}' must be declared in an enclosing class"));
        }
    }

    pub(super) fn walk_property_key(&mut self, key: &PropertyKey<'_>, computed: bool) {
        if computed {
            if let Some(e) = key.as_expression() {
                self.walk_expr(e);
            }
        }
    }

    pub(super) fn walk_pattern(&mut self, pattern: &BindingPattern<'_>, binds: Binds<'_, '_>) {
        self.walk_pattern_inner(pattern, binds, false);
    }

    fn walk_pattern_inner(&mut self, pattern: &BindingPattern<'_>, binds: Binds<'_, '_>, shorthand: bool) {
        if !self.enter(pattern.span()) {
            return;
        }
        match pattern {
            BindingPattern::BindingIdentifier(id) => {
                let name = id.name.as_str();
                match binds {
                    Binds::Var(init) => {
                        let var = self.occurrence(id.span, name, shorthand, init.map(is_numericish));
                        self.alias_catch_redeclaration(var, name);
                    }
                    Binds::Declaration => {
                        self.occurrence(id.span, name, shorthand, None);
                    }
                }
            }
            BindingPattern::ObjectPattern(obj) => {
                let binds = destructured(binds);
                for prop in &obj.properties {
                    self.walk_property_key(&prop.key, prop.computed);
                    self.walk_pattern_inner(&prop.value, binds, prop.shorthand);
                }
                if let Some(rest) = &obj.rest {
                    self.walk_pattern_inner(&rest.argument, binds, false);
                }
            }
            BindingPattern::ArrayPattern(arr) => {
                let binds = destructured(binds);
                for el in arr.elements.iter().flatten() {
                    self.walk_pattern_inner(el, binds, false);
                }
                if let Some(rest) = &arr.rest {
                    self.walk_pattern_inner(&rest.argument, binds, false);
                }
            }
            BindingPattern::AssignmentPattern(assign) => {
                self.walk_pattern_inner(&assign.left, destructured(binds), shorthand);
                self.walk_expr(&assign.right);
            }
        }
        self.leave();
    }

    /// `catch (e) { var e = 1; }` assigns the catch parameter while also
    /// declaring a function-level `e` (B.3.4): both must print the same
    /// name, so that the engine keeps telling them apart as it did.
    fn alias_catch_redeclaration(&mut self, var: VarId, name: &str) {
        if self.res.names.kind(var) != NameKind::Catch {
            return;
        }
        let body = self.body_scope_index();
        if let Some(&(outer, _)) = self.scopes[body].bindings.get(name) {
            if outer != var {
                self.res.names.info_mut(var).alias = Some(outer);
            }
        }
    }

    pub(super) fn walk_assign_target(&mut self, target: &AssignmentTarget<'_>, numeric: bool) {
        if !self.enter(target.span()) {
            return;
        }
        match target {
            AssignmentTarget::AssignmentTargetIdentifier(id) => {
                self.occurrence(id.span, id.name.as_str(), false, Some(numeric));
            }
            AssignmentTarget::ArrayAssignmentTarget(arr) => {
                for el in arr.elements.iter().flatten() {
                    self.walk_maybe_default(el);
                }
                if let Some(rest) = &arr.rest {
                    self.walk_assign_target(&rest.target, false);
                }
            }
            AssignmentTarget::ObjectAssignmentTarget(obj) => {
                for prop in &obj.properties {
                    match prop {
                        AssignmentTargetProperty::AssignmentTargetPropertyIdentifier(p) => {
                            self.occurrence(p.binding.span, p.binding.name.as_str(), true, Some(false));
                            if let Some(init) = &p.init {
                                self.walk_expr(init);
                            }
                        }
                        AssignmentTargetProperty::AssignmentTargetPropertyProperty(p) => {
                            self.walk_property_key(&p.name, p.computed);
                            self.walk_maybe_default(&p.binding);
                        }
                    }
                }
                if let Some(rest) = &obj.rest {
                    self.walk_assign_target(&rest.target, false);
                }
            }
            other => {
                if let Some(member) = other.as_member_expression() {
                    self.walk_member(member);
                }
            }
        }
        self.leave();
    }

    fn walk_maybe_default(&mut self, target: &AssignmentTargetMaybeDefault<'_>) {
        match target {
            AssignmentTargetMaybeDefault::AssignmentTargetWithDefault(d) => {
                self.walk_assign_target(&d.binding, false);
                self.walk_expr(&d.init);
            }
            other => {
                if let Some(t) = other.as_assignment_target() {
                    self.walk_assign_target(t, false);
                }
            }
        }
    }

    fn walk_simple_target(&mut self, target: &SimpleAssignmentTarget<'_>, numeric: bool) {
        match target {
            SimpleAssignmentTarget::AssignmentTargetIdentifier(id) => {
                self.occurrence(id.span, id.name.as_str(), false, Some(numeric));
            }
            other => {
                if let Some(member) = other.as_member_expression() {
                    self.walk_member(member);
                }
            }
        }
    }

    fn walk_member(&mut self, member: &MemberExpression<'_>) {
        match member {
            MemberExpression::ComputedMemberExpression(m) => {
                self.walk_expr(&m.object);
                self.walk_expr(&m.expression);
            }
            MemberExpression::StaticMemberExpression(m) => self.walk_expr(&m.object),
            MemberExpression::PrivateFieldExpression(m) => {
                self.private_name(m.field.span, m.field.name.as_str());
                self.walk_expr(&m.object);
            }
        }
    }

    pub(super) fn walk_expr(&mut self, expr: &Expression<'_>) {
        if !self.enter(expr.span()) {
            return;
        }
        match expr {
            Expression::BigIntLiteral(_) => self.res.has_bigint = true,
            Expression::Identifier(id) => {
                self.occurrence(id.span, id.name.as_str(), false, None);
            }
            Expression::ThisExpression(_) | Expression::Super(_) | Expression::NewTarget(_) => self.mark_this(),
            Expression::ImportMeta(m) => self.fail(m.span.start, "Cannot use 'import.meta' outside a module".into()),
            Expression::ArrayExpression(arr) => {
                for el in &arr.elements {
                    match el {
                        ArrayExpressionElement::SpreadElement(s) => self.walk_expr(&s.argument),
                        ArrayExpressionElement::Elision(_) => {}
                        other => {
                            if let Some(e) = other.as_expression() {
                                self.walk_expr(e);
                            }
                        }
                    }
                }
            }
            Expression::ObjectExpression(obj) => {
                for prop in &obj.properties {
                    match prop {
                        ObjectPropertyKind::ObjectProperty(p) => {
                            self.walk_property_key(&p.key, p.computed);
                            match (&p.value, p.shorthand) {
                                (Expression::Identifier(id), true) => {
                                    self.occurrence(id.span, id.name.as_str(), true, None);
                                }
                                (value, _) => self.walk_expr(value),
                            }
                        }
                        ObjectPropertyKind::SpreadProperty(s) => self.walk_expr(&s.argument),
                    }
                }
            }
            Expression::TemplateLiteral(t) => {
                for e in &t.expressions {
                    self.walk_expr(e);
                }
            }
            Expression::TaggedTemplateExpression(t) => {
                self.walk_expr(&t.tag);
                for e in &t.quasi.expressions {
                    self.walk_expr(e);
                }
            }
            member @ match_member_expression!(Expression) => self.walk_member(member.to_member_expression()),
            Expression::CallExpression(c) => self.walk_call(&c.callee, &c.arguments),
            Expression::NewExpression(c) => self.walk_call(&c.callee, &c.arguments),
            Expression::UpdateExpression(u) => self.walk_simple_target(&u.argument, true),
            Expression::UnaryExpression(u) => self.walk_expr(&u.argument),
            Expression::BinaryExpression(b) => {
                self.walk_expr(&b.left);
                self.walk_expr(&b.right);
            }
            Expression::PrivateInExpression(p) => {
                self.private_name(p.left.span, p.left.name.as_str());
                self.walk_expr(&p.right);
            }
            Expression::LogicalExpression(l) => {
                self.walk_expr(&l.left);
                self.walk_expr(&l.right);
            }
            Expression::ConditionalExpression(c) => {
                self.walk_expr(&c.test);
                self.walk_expr(&c.consequent);
                self.walk_expr(&c.alternate);
            }
            Expression::AssignmentExpression(a) => {
                let numeric = assignment_is_numeric(a.operator, &a.right);
                self.walk_assign_target(&a.left, numeric);
                self.walk_expr(&a.right);
            }
            Expression::SequenceExpression(s) => {
                for e in &s.expressions {
                    self.walk_expr(e);
                }
            }
            Expression::ParenthesizedExpression(p) => self.walk_expr(&p.expression),
            Expression::AwaitExpression(a) => self.walk_expr(&a.argument),
            Expression::YieldExpression(y) => {
                if let Some(arg) = &y.argument {
                    self.walk_expr(arg);
                }
            }
            Expression::ChainExpression(c) => match &c.expression {
                ChainElement::CallExpression(call) => self.walk_call(&call.callee, &call.arguments),
                other => {
                    if let Some(member) = other.as_member_expression() {
                        self.walk_member(member);
                    }
                }
            },
            Expression::ImportExpression(i) => {
                self.walk_expr(&i.source);
                if let Some(options) = &i.options {
                    self.walk_expr(options);
                }
            }
            Expression::FunctionExpression(f) => self.walk_function(f, true),
            Expression::ArrowFunctionExpression(a) => self.walk_arrow(a),
            Expression::ClassExpression(c) => self.walk_class(c, None),
            _ => {}
        }
        self.leave();
    }

    fn walk_call(&mut self, callee: &Expression<'_>, args: &[Argument<'_>]) {
        self.walk_expr(callee);
        for arg in args {
            match arg {
                Argument::SpreadElement(s) => self.walk_expr(&s.argument),
                other => {
                    if let Some(e) = other.as_expression() {
                        self.walk_expr(e);
                    }
                }
            }
        }
    }
}
