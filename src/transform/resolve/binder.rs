//! Declaring bindings and hoisting: what each scope declares before any of
//! its code runs (ECMA-262 §10.2.11 FunctionDeclarationInstantiation,
//! §14.2.3 BlockDeclarationInstantiation, and Annex B.3.2 for block
//! functions in sloppy code). References are resolved afterwards, so a name
//! used before its declaration in the same scope finds it (hoisting, or the
//! temporal dead zone of §14.3.1 for `let`/`const`/`class`).

use oxc_ast::ast::*;
use oxc_span::Span;

use super::super::ast::{FastSet, NameKind, VarId};
use super::references::is_numericish;
use super::{Resolver, ScopeKind};

pub(super) fn decl_name_kind(kind: VariableDeclarationKind) -> NameKind {
    match kind {
        VariableDeclarationKind::Var => NameKind::Var,
        VariableDeclarationKind::Const => NameKind::Const,
        _ => NameKind::Let,
    }
}

/// Names bound by a pattern, in source order (§8.2.1 BoundNames).
pub fn pattern_names<'p>(pattern: &'p BindingPattern<'_>, out: &mut Vec<(&'p str, Span)>) {
    match pattern {
        BindingPattern::BindingIdentifier(id) => out.push((id.name.as_str(), id.span)),
        BindingPattern::ObjectPattern(obj) => {
            for prop in &obj.properties {
                pattern_names(&prop.value, out);
            }
            if let Some(rest) = &obj.rest {
                pattern_names(&rest.argument, out);
            }
        }
        BindingPattern::ArrayPattern(arr) => {
            for el in arr.elements.iter().flatten() {
                pattern_names(el, out);
            }
            if let Some(rest) = &arr.rest {
                pattern_names(&rest.argument, out);
            }
        }
        BindingPattern::AssignmentPattern(a) => pattern_names(&a.left, out),
    }
}

/// Whether a binding pattern holds an initializer or a computed key
/// (§15.1.2 ContainsExpression).
fn pattern_has_expressions(pattern: &BindingPattern<'_>) -> bool {
    match pattern {
        BindingPattern::BindingIdentifier(_) => false,
        BindingPattern::AssignmentPattern(_) => true,
        BindingPattern::ObjectPattern(obj) => {
            obj.properties.iter().any(|p| p.computed || pattern_has_expressions(&p.value))
                || obj.rest.as_ref().is_some_and(|r| pattern_has_expressions(&r.argument))
        }
        BindingPattern::ArrayPattern(arr) => {
            arr.elements.iter().flatten().any(pattern_has_expressions)
                || arr.rest.as_ref().is_some_and(|r| pattern_has_expressions(&r.argument))
        }
    }
}

/// Lexically declared names of one statement of a block. Functions count
/// in blocks, not at the top of a function body, where they are var-scoped
/// (§8.2.8 TopLevelLexicallyDeclaredNames).
fn lexical_names(stmt: &Statement<'_>, out: &mut FastSet<String>, functions: bool) {
    match stmt {
        Statement::VariableDeclaration(decl) if decl.kind != VariableDeclarationKind::Var => {
            let mut names = Vec::new();
            for d in &decl.declarations {
                pattern_names(&d.id, &mut names);
            }
            out.extend(names.into_iter().map(|(n, _)| n.to_string()));
        }
        Statement::ClassDeclaration(c) => {
            if let Some(id) = &c.id {
                out.insert(id.name.to_string());
            }
        }
        Statement::FunctionDeclaration(f) if functions => {
            if let Some(id) = &f.id {
                out.insert(id.name.to_string());
            }
        }
        _ => {}
    }
}

/// The lexical names of the blocks between a function's body and the block
/// function being hoisted, innermost last (B.3.2.1 asks whether a `var` of
/// the same name would be an early error there).
type Enclosing = Vec<FastSet<String>>;

impl Resolver {
    fn already_declared(&mut self, offset: u32, name: &str) {
        self.fail(offset, format!("Identifier '{name}' has already been declared"));
    }

    /// Whether the current function has its own arguments object in
    /// scope: not an arrow, a class field or static block (§10.2.11 step
    /// 16), nor a function with a parameter of that name (step 17). The
    /// program has the CommonJS wrapper's.
    fn has_arguments_object(&self) -> bool {
        let Some(frame) = self.fns.last().filter(|f| !f.is_arrow) else { return false };
        match frame.params_scope {
            Some(params) => !self.scopes[params].bindings.contains_key("arguments"),
            None => frame.id == 0,
        }
    }

    /// The parameters of the function just pushed, in a scope of their own
    /// (§10.2.11 steps 5-8 and 21), and whether the list has parameter
    /// expressions (step 8), which decides how the body's `var`s bind.
    pub(super) fn declare_params(&mut self, params: &FormalParameters<'_>) {
        self.push_scope(ScopeKind::Params);
        let params_scope = self.scopes.len() - 1;
        let param_exprs = params.items.iter().any(|p| p.initializer.is_some() || pattern_has_expressions(&p.pattern))
            || params.rest.as_ref().is_some_and(|r| pattern_has_expressions(&r.rest.argument));
        if let Some(frame) = self.fns.last_mut() {
            frame.params_scope = Some(params_scope);
            frame.param_exprs = param_exprs;
        }
        let mut names = Vec::new();
        for p in &params.items {
            pattern_names(&p.pattern, &mut names);
        }
        if let Some(rest) = &params.rest {
            pattern_names(&rest.rest.argument, &mut names);
        }
        for (name, _) in names {
            // Sloppy duplicates (`function f(a, a)`) are one binding (step 21).
            if !self.scopes[params_scope].bindings.contains_key(name) {
                let var = self.add_name(name, NameKind::Param);
                self.res.names.info_mut(var).non_numeric = true;
                self.scopes[params_scope].bind(name, var, false);
            }
        }
    }

    /// The own name of a function or class expression, in the scope just
    /// pushed between the outside and the function (§15.2.5
    /// InstantiateOrdinaryFunctionExpression, §15.7.14 step 3).
    pub(super) fn declare_self_name(&mut self, name: &str) -> VarId {
        let var = self.add_name(name, NameKind::SelfName);
        self.res.names.info_mut(var).non_numeric = true;
        self.top_scope().bind(name, var, true);
        var
    }

    /// A catch clause's parameters, in the catch scope just pushed (§14.15.2
    /// CatchClauseEvaluation). A body `var` of the same name is allowed for a
    /// simple parameter (B.3.4) and is aliased to it by `references`.
    pub(super) fn declare_catch_param(&mut self, pattern: &BindingPattern<'_>) {
        let mut names = Vec::new();
        pattern_names(pattern, &mut names);
        for (name, _) in names {
            let var = self.add_name(name, NameKind::Catch);
            self.res.names.info_mut(var).non_numeric = true;
            self.top_scope().bind(name, var, false);
        }
    }

    /// A `var` (or Annex B) binding in the current function.
    fn declare_var(&mut self, name: &str, offset: u32) -> VarId {
        let body = self.body_scope_index();
        if let Some(&(id, lexical)) = self.scopes[body].bindings.get(name) {
            // §15.2.1: a body's lexical names and var names are disjoint.
            if lexical {
                self.already_declared(offset, name);
            }
            return id;
        }
        if name == "arguments" && self.has_arguments_object() {
            // Steps 22 and 27/28: the name is already bound to the
            // arguments object, which the `var` names (and keeps until it
            // is assigned): the function runs as written.
            let object = self.res.names.free(name);
            self.scopes[body].bind(name, object, false);
            self.mark_this_from(self.fns.len() - 1);
            return object;
        }
        let mut copy_of = None;
        if let Some(params) = self.fns.last().and_then(|f| f.params_scope) {
            if let Some(&(id, _)) = self.scopes[params].bindings.get(name) {
                if !self.fns.last().is_some_and(|f| f.param_exprs) {
                    // §10.2.11 step 27: one environment, the same binding.
                    self.res.names.info_mut(id).redeclared_by_var = true;
                    return id;
                }
                // Step 28: a binding of its own that starts with the
                // parameter's value; closures in the parameters keep seeing
                // the parameter.
                copy_of = Some(id);
            }
        }
        let id = self.add_name(name, NameKind::Var);
        if copy_of.is_some() {
            let info = self.res.names.info_mut(id);
            info.copy_of = copy_of;
            info.non_numeric = true;
        }
        self.scopes[body].bind(name, id, false);
        if let Some(frame) = self.fns.last_mut() {
            frame.vars.push(id);
        }
        id
    }

    /// A function declaration at the top of a function body or program:
    /// var-scoped, and initialised on entry (§10.2.11 steps 14 and 36).
    fn declare_body_function(&mut self, name: &str, offset: u32) {
        let body = self.body_scope_index();
        let existing = self.scopes[body].bindings.get(name).copied().or_else(|| {
            // With parameter expressions the body's functions are bound in
            // the body's own environment (step 28: a name in functionNames
            // starts as `undefined` there), not over the parameter.
            let frame = self.fns.last().filter(|f| !f.param_exprs)?;
            self.scopes[frame.params_scope?].bindings.get(name).copied()
        });
        match existing {
            Some((_, true)) => self.already_declared(offset, name),
            Some((id, false)) => {
                let info = self.res.names.info_mut(id);
                if info.kind == NameKind::Var {
                    // Hoisted function wins over the `var`; the name is no
                    // longer bound to `undefined` on entry.
                    info.kind = NameKind::Function;
                    if let Some(frame) = self.fns.last_mut() {
                        frame.vars.retain(|&v| v != id);
                    }
                }
                info.reassigned = true;
                info.non_numeric = true;
            }
            None => {
                let id = self.add_name(name, NameKind::Function);
                self.res.names.info_mut(id).non_numeric = true;
                self.scopes[body].bind(name, id, false);
            }
        }
    }

    /// `let`/`const`/`class` (and block functions) in the innermost scope,
    /// uninitialised until their declaration runs (§14.3.1): every reference
    /// in the scope binds to them, before or after.
    fn declare_lexical(&mut self, name: &str, kind: NameKind, offset: u32, numeric: bool) -> VarId {
        // §15.2.1: a body's lexical names must not repeat a parameter.
        let params_clash = self.scopes.last().is_some_and(|s| s.kind == ScopeKind::Body)
            && self.fns.last().and_then(|f| f.params_scope).is_some_and(|p| self.scopes[p].bindings.contains_key(name));
        let scope = self.scopes.len() - 1;
        if params_clash || self.scopes[scope].bindings.contains_key(name) {
            self.already_declared(offset, name);
            return self.scopes[scope].bindings.get(name).map(|b| b.0).unwrap_or(0);
        }
        let id = self.add_name(name, kind);
        self.res.names.info_mut(id).non_numeric = !numeric;
        self.scopes[scope].bind(name, id, true);
        id
    }

    fn declare_pattern_names(&mut self, pattern: &BindingPattern<'_>, kind: NameKind, init: Option<&Expression<'_>>) {
        let numeric = matches!(pattern, BindingPattern::BindingIdentifier(_)) && init.is_none_or(is_numericish);
        let mut names = Vec::new();
        pattern_names(pattern, &mut names);
        for (name, span) in names {
            match kind {
                NameKind::Var => {
                    let id = self.declare_var(name, span.start);
                    if !numeric {
                        self.res.names.info_mut(id).non_numeric = true;
                    }
                }
                _ => {
                    self.declare_lexical(name, kind, span.start, numeric);
                }
            }
        }
    }

    /// Every name a `var`, `let` or `const` declaration binds, where its
    /// kind puts it.
    pub(super) fn declare_declaration(&mut self, decl: &VariableDeclaration<'_>) {
        let kind = decl_name_kind(decl.kind);
        for d in &decl.declarations {
            self.declare_pattern_names(&d.id, kind, d.init.as_ref());
        }
    }

    /// A `for-in`/`for-of` head's declaration, bound in `scope`: each
    /// iteration binds a key or an element, a value of unknown type.
    pub(super) fn declare_loop_head(&mut self, decl: &VariableDeclaration<'_>, scope: usize) {
        let kind = decl_name_kind(decl.kind);
        for d in &decl.declarations {
            self.declare_pattern_names(&d.id, kind, None);
            let mut names = Vec::new();
            pattern_names(&d.id, &mut names);
            for (name, _) in names {
                if let Some(&(id, _)) = self.scopes[scope].bindings.get(name) {
                    self.res.names.info_mut(id).non_numeric = true;
                }
            }
        }
    }

    /// Hoists the declarations of a function body or the program: `var`s
    /// anywhere (not in nested functions; §8.2.6 VarDeclaredNames),
    /// functions and lexical declarations at the top, and Annex B functions
    /// in nested blocks.
    pub(super) fn declare_body(&mut self, stmts: &[Statement<'_>]) {
        let mut body_lexicals = FastSet::default();
        for stmt in stmts {
            lexical_names(stmt, &mut body_lexicals, false);
        }
        for stmt in stmts {
            match stmt {
                Statement::VariableDeclaration(decl) => self.declare_declaration(decl),
                Statement::FunctionDeclaration(func) => {
                    if let Some(id) = &func.id {
                        self.declare_body_function(id.name.as_str(), id.span.start);
                    }
                }
                Statement::ClassDeclaration(class) => {
                    if let Some(id) = &class.id {
                        self.declare_lexical(id.name.as_str(), NameKind::Class, id.span.start, false);
                    }
                }
                other => self.hoist_nested(other, &mut Vec::new(), &body_lexicals),
            }
        }
    }

    /// The `var`s and Annex B functions of a statement nested in a body.
    fn hoist_nested(&mut self, stmt: &Statement<'_>, enclosing: &mut Enclosing, body_lexicals: &FastSet<String>) {
        match stmt {
            Statement::VariableDeclaration(decl) if decl.kind == VariableDeclarationKind::Var => {
                self.declare_declaration(decl);
            }
            // A function as the whole body of an `if` (B.3.3) or a label
            // (B.3.1) is in a block of its own.
            Statement::FunctionDeclaration(func) => self.annex_b(func, enclosing, enclosing.len(), body_lexicals),
            Statement::BlockStatement(block) => self.hoist_block(&block.body, enclosing, body_lexicals),
            Statement::IfStatement(s) => {
                self.hoist_nested(&s.consequent, enclosing, body_lexicals);
                if let Some(alt) = &s.alternate {
                    self.hoist_nested(alt, enclosing, body_lexicals);
                }
            }
            Statement::ForStatement(s) => {
                if let Some(ForStatementInit::VariableDeclaration(decl)) = &s.init {
                    if decl.kind == VariableDeclarationKind::Var {
                        self.declare_declaration(decl);
                    }
                }
                self.hoist_nested(&s.body, enclosing, body_lexicals);
            }
            Statement::ForInStatement(s) => {
                self.hoist_for_left(&s.left);
                self.hoist_nested(&s.body, enclosing, body_lexicals);
            }
            Statement::ForOfStatement(s) => {
                self.hoist_for_left(&s.left);
                self.hoist_nested(&s.body, enclosing, body_lexicals);
            }
            Statement::WhileStatement(s) => self.hoist_nested(&s.body, enclosing, body_lexicals),
            Statement::DoWhileStatement(s) => self.hoist_nested(&s.body, enclosing, body_lexicals),
            Statement::LabeledStatement(s) => self.hoist_nested(&s.body, enclosing, body_lexicals),
            Statement::WithStatement(s) => self.hoist_nested(&s.body, enclosing, body_lexicals),
            Statement::SwitchStatement(s) => {
                // The cases share one block (§14.12.4).
                let all: Vec<&Statement<'_>> = s.cases.iter().flat_map(|c| c.consequent.iter()).collect();
                self.hoist_block_of(&all, enclosing, body_lexicals);
            }
            Statement::TryStatement(s) => {
                self.hoist_block(&s.block.body, enclosing, body_lexicals);
                if let Some(handler) = &s.handler {
                    self.hoist_block(&handler.body.body, enclosing, body_lexicals);
                }
                if let Some(fin) = &s.finalizer {
                    self.hoist_block(&fin.body, enclosing, body_lexicals);
                }
            }
            _ => {}
        }
    }

    fn hoist_for_left(&mut self, left: &ForStatementLeft<'_>) {
        if let ForStatementLeft::VariableDeclaration(decl) = left {
            if decl.kind == VariableDeclarationKind::Var {
                self.declare_loop_head(decl, self.body_scope_index());
            }
        }
    }

    fn hoist_block(&mut self, stmts: &[Statement<'_>], enclosing: &mut Enclosing, body_lexicals: &FastSet<String>) {
        let all: Vec<&Statement<'_>> = stmts.iter().collect();
        self.hoist_block_of(&all, enclosing, body_lexicals);
    }

    fn hoist_block_of(&mut self, stmts: &[&Statement<'_>], enclosing: &mut Enclosing, body_lexicals: &FastSet<String>) {
        let mut set = FastSet::default();
        for st in stmts {
            lexical_names(st, &mut set, true);
        }
        enclosing.push(set);
        for st in stmts {
            if let Statement::FunctionDeclaration(func) = st {
                // The declaring block's own set holds the function itself.
                let outside = enclosing.len() - 1;
                self.annex_b(func, enclosing, outside, body_lexicals);
            } else {
                self.hoist_nested(st, enclosing, body_lexicals);
            }
        }
        enclosing.pop();
    }

    /// B.3.2.1: in sloppy code a plain block function (not a generator or
    /// async one) also binds a function-level `var`, unless that `var` would
    /// be an early error (a lexical declaration of the name in a block on
    /// the way out, `outside` of them, or at the top of the body) or names
    /// a parameter. The `var` is `undefined` until the block's declaration
    /// runs and the function afterwards: the tracer does not model that
    /// (`annex_b`), the path ends in `unknown`.
    fn annex_b(&mut self, func: &Function<'_>, enclosing: &Enclosing, outside: usize, body_lexicals: &FastSet<String>) {
        let Some(id) = &func.id else { return };
        let name = id.name.as_str();
        if self.is_strict() || func.generator || func.r#async {
            return;
        }
        let in_params =
            self.fns.last().and_then(|f| f.params_scope).is_some_and(|p| self.scopes[p].bindings.contains_key(name));
        if in_params || body_lexicals.contains(name) || enclosing[..outside].iter().any(|s| s.contains(name)) {
            return;
        }
        let var = self.declare_var(name, id.span.start);
        self.annex.insert(func.span.start, var);
        let info = self.res.names.info_mut(var);
        if info.kind == NameKind::Free {
            // `arguments`: the engine assigns the object's binding, in a
            // function that runs as written.
            return;
        }
        info.annex_b = true;
        info.reassigned = true;
        info.non_numeric = true;
    }

    /// Lexical declarations of a block (or a switch's case list), made on
    /// entry to it (§14.2.3 BlockDeclarationInstantiation).
    pub(super) fn declare_block(&mut self, stmts: &[Statement<'_>]) {
        for stmt in stmts {
            match stmt {
                Statement::VariableDeclaration(decl) if decl.kind != VariableDeclarationKind::Var => {
                    self.declare_declaration(decl);
                }
                Statement::ClassDeclaration(class) => {
                    if let Some(id) = &class.id {
                        self.declare_lexical(id.name.as_str(), NameKind::Class, id.span.start, false);
                    }
                }
                Statement::FunctionDeclaration(func) => self.declare_block_function(func),
                _ => {}
            }
        }
    }

    /// A function declared in a block is lexical there; an Annex B one
    /// shares its `VarId` with the function-level `var`, so that both print
    /// as one name and the engine keeps assigning the `var` as it would.
    fn declare_block_function(&mut self, func: &Function<'_>) {
        let Some(id) = &func.id else { return };
        let name = id.name.as_str();
        let scope = self.scopes.len() - 1;
        if let Some(&(existing, _)) = self.scopes[scope].bindings.get(name) {
            // B.3.2.4: sloppy code may repeat a plain function in a block.
            let repeatable = !self.is_strict() && !func.generator && !func.r#async;
            if repeatable && self.res.names.kind(existing) == NameKind::Function
                || self.res.names.info(existing).annex_b
            {
                self.res.names.info_mut(existing).reassigned = true;
                if let Some(&annex) = self.annex.get(&func.span.start) {
                    self.scopes[scope].bind(name, annex, true);
                }
                return;
            }
            self.already_declared(id.span.start, name);
            return;
        }
        let var = match self.annex.get(&func.span.start) {
            Some(&annex) => annex,
            None => {
                let var = self.add_name(name, NameKind::Function);
                self.res.names.info_mut(var).non_numeric = true;
                var
            }
        };
        self.scopes[scope].bind(name, var, true);
    }
}
