//! Scope analysis over oxc's AST, run at the start of lowering.
//!
//! Every binding in the program gets a [`VarId`]; every identifier
//! occurrence (declarations and references, in modelled and opaque code
//! alike) is mapped to one, so the whole program can be renamed
//! consistently: opaque statements are printed as written but with their
//! names renamed. It also resolves `break`/`continue` targets, notes which
//! functions use `this`/`arguments`, and collects the facts the later stages
//! need (captured bindings, reassigned function declarations, ...).
//!
//! JavaScript's rules that matter for renaming are followed: `var` and
//! function declarations are hoisted to the function, `let`/`const`/`class`
//! to their block, parameters have their own scope (defaults cannot see the
//! body), a `var` that redeclares a parameter or a catch parameter names the
//! same slot, and Annex B block functions in sloppy mode also bind a
//! function-level `var`.

use oxc_ast::ast::*;
use oxc_span::{GetSpan, Span};

use super::ast::{is_reserved, FastMap, FastSet, NameKind, Names, VarId};
use super::error::Problem;

/// Deepest nesting of statements and expressions the compiler accepts.
pub const MAX_DEPTH: usize = 500;

/// An identifier in the source and the name it refers to.
#[derive(Clone, Copy, Debug)]
pub struct Occurrence {
    pub start: u32,
    pub end: u32,
    pub var: VarId,
    /// A shorthand property (`{x}`): renaming must keep the key.
    pub shorthand: bool,
}

/// A `break` or `continue` statement and the statement it leaves.
#[derive(Clone, Copy, Debug)]
pub struct Jump {
    pub start: u32,
    pub end: u32,
    /// Span start of the target loop, switch or labelled statement.
    pub target: u32,
    pub is_continue: bool,
}

#[derive(Debug, Default)]
pub struct Resolution {
    pub names: Names,
    /// Sorted by `start`.
    pub occurrences: Vec<Occurrence>,
    pub ident_at: FastMap<u32, VarId>,
    /// Sorted by `start`.
    pub jumps: Vec<Jump>,
    pub jump_at: FastMap<u32, Jump>,
    /// Loops (span starts) that some `continue` targets.
    pub continued: FastSet<u32>,
    /// Every label the program uses, so generated labels avoid them.
    pub labels: FastSet<String>,
    /// Functions (span starts) that use `this`, `arguments`, `super` or
    /// `new.target`, directly or through arrow functions.
    pub uses_this: FastSet<u32>,
    /// Function (span start) → its `var` bindings in declaration order.
    pub fn_vars: FastMap<u32, Vec<VarId>>,
    pub program_vars: Vec<VarId>,
    /// `with` or a direct reference to `eval`: names cannot be renamed safely.
    pub untraceable: bool,
    /// BigInt literals or the `BigInt` global: `++`/`--` cannot be rewritten.
    pub has_bigint: bool,
}

impl Resolution {
    /// The occurrences within `[start, end)`.
    pub fn occurrences_in(&self, start: u32, end: u32) -> &[Occurrence] {
        let from = self.occurrences.partition_point(|o| o.start < start);
        let to = self.occurrences.partition_point(|o| o.start < end);
        &self.occurrences[from..to.max(from)]
    }

    pub fn jumps_in(&self, start: u32, end: u32) -> &[Jump] {
        let from = self.jumps.partition_point(|j| j.start < start);
        let to = self.jumps.partition_point(|j| j.start < end);
        &self.jumps[from..to.max(from)]
    }

    pub fn var_at(&self, start: u32) -> Option<VarId> {
        self.ident_at.get(&start).copied()
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ScopeKind {
    Params,
    Body,
    Block,
    Catch,
    SelfName,
}

struct Scope {
    kind: ScopeKind,
    /// name → (binding, declared lexically)
    bindings: FastMap<String, (VarId, bool)>,
    fn_index: usize,
}

struct FnFrame {
    id: u32,
    start: u32,
    is_arrow: bool,
    uses_this: bool,
    label_base: usize,
    /// Index of this function's body scope (for hoisted `var`s).
    body_scope: usize,
    params_scope: Option<usize>,
    /// The parameter list has an initializer or a computed key (ECMA-262
    /// §10.2.11 "hasParameterExpressions"): the body's `var`s then live in
    /// an environment of their own.
    param_exprs: bool,
    vars: Vec<VarId>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum TargetKind {
    Loop,
    Switch,
    Other,
}

struct LabelEntry {
    names: Vec<String>,
    target: u32,
    kind: TargetKind,
}

/// How a binding pattern binds its names.
#[derive(Clone, Copy)]
enum Binds<'e, 'a> {
    /// `var x = init` (a write), or `var x` with no initialiser.
    Var(Option<&'e Expression<'a>>),
    /// `let`/`const` declaration, parameter, catch parameter, loop head.
    Declaration,
}

pub fn resolve(program: &Program<'_>) -> Result<Resolution, Problem> {
    let mut r = Resolver {
        res: Resolution::default(),
        scopes: Vec::new(),
        fns: Vec::new(),
        labels: Vec::new(),
        strict: vec![program.has_use_strict_directive()],
        next_fn: 0,
        depth: 0,
        problem: None,
        annex: FastMap::default(),
        class_depth: 0,
    };
    r.walk_program(program);
    if let Some(problem) = r.problem {
        return Err(problem);
    }
    let mut res = r.res;
    res.occurrences.sort_by_key(|o| o.start);
    res.jumps.sort_by_key(|j| j.start);
    res.ident_at = res.occurrences.iter().map(|o| (o.start, o.var)).collect();
    res.jump_at = res.jumps.iter().map(|j| (j.start, *j)).collect();
    assign_texts(&mut res.names);
    Ok(res)
}

/// Final names. A binding keeps its own name when no other binding and no
/// free (global) name has it (a function or class expression's own name
/// always keeps it) and it cannot be taken for one of ours
/// (`$t1`, `x$3`): then reflection (`f.name`, a class's `name`) shows what
/// the author wrote. Every other binding is `base$N`, with `N` counting up
/// over the program and skipping texts a free name uses.
fn assign_texts(names: &mut Names) {
    let free: FastSet<String> = names.free_names().map(str::to_string).collect();
    let renamed =
        |info: &super::ast::NameInfo| !matches!(info.kind, NameKind::Free | NameKind::Temp | NameKind::Internal);
    let mut uses: FastMap<String, usize> = FastMap::default();
    for info in names.list.iter().filter(|i| renamed(i)) {
        *uses.entry(info.base.clone()).or_default() += 1;
    }
    let mut n = 0usize;
    for info in names.list.iter_mut() {
        if !renamed(info) {
            continue;
        }
        let base = info.base.as_str();
        // A function or class expression's own name is visible only inside
        // it, where it shadows every other binding of that name as it did
        // in the source; the tracer never binds it (a read is `unknown`).
        let alone = uses[base] == 1 || info.kind == NameKind::SelfName;
        if alone
            && !free.contains(base)
            && !is_reserved(base)
            && !looks_numbered(base)
            && !PRINTED_GLOBALS.contains(&base)
        {
            info.text = base.to_string();
            continue;
        }
        loop {
            let candidate = format!("{base}${n}");
            n += 1;
            if !free.contains(&candidate) {
                info.text = candidate;
                break;
            }
        }
    }
}

/// Globals the compiled program itself names (the header's `require`, the
/// printer's `undefined`, `NaN`, `Infinity`, `globalThis.$t1`): a binding of
/// the program with one of these names is always renamed.
const PRINTED_GLOBALS: &[&str] = &["require", "undefined", "NaN", "Infinity", "globalThis"];

/// `x$3`: the shape of a renamed binding, which a kept name must not have.
fn looks_numbered(name: &str) -> bool {
    name.rsplit_once('$').is_some_and(|(_, digits)| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
}

struct Resolver {
    res: Resolution,
    scopes: Vec<Scope>,
    fns: Vec<FnFrame>,
    labels: Vec<LabelEntry>,
    strict: Vec<bool>,
    next_fn: u32,
    depth: usize,
    problem: Option<Problem>,
    /// Block function declaration (span start) → its Annex B `var` binding.
    annex: FastMap<u32, VarId>,
    /// Class bodies around the current node (private names need one).
    class_depth: usize,
}

impl Resolver {
    // ----- bookkeeping -------------------------------------------------------

    fn fail(&mut self, offset: u32, message: String) {
        if self.problem.is_none() {
            self.problem = Some(Problem::Syntax(offset, message));
        }
    }

    /// Enters one nesting level; false (and an error) beyond the budget.
    fn enter(&mut self, span: Span) -> bool {
        if self.problem.is_some() {
            return false;
        }
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.problem = Some(Problem::TooDeep(span.start, MAX_DEPTH));
            self.depth -= 1;
            return false;
        }
        true
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    fn is_strict(&self) -> bool {
        self.strict.last().copied().unwrap_or(false)
    }

    fn current_fn(&self) -> u32 {
        self.fns.last().map(|f| f.id).unwrap_or(0)
    }

    fn push_scope(&mut self, kind: ScopeKind) {
        let fn_index = self.fns.len().saturating_sub(1);
        self.scopes.push(Scope { kind, bindings: FastMap::default(), fn_index });
    }

    fn pop_scope(&mut self) {
        self.scopes.pop();
    }

    fn add_name(&mut self, name: &str, kind: NameKind) -> VarId {
        let decl_fn = self.current_fn();
        self.res.names.add(name, kind, decl_fn)
    }

    fn lookup(&mut self, name: &str) -> Option<VarId> {
        let implicit_arguments = name == "arguments";
        for i in (0..self.scopes.len()).rev() {
            let scope = &self.scopes[i];
            if let Some(&(id, _)) = scope.bindings.get(name) {
                return Some(id);
            }
            if implicit_arguments && scope.kind == ScopeKind::Params && !self.fns[scope.fn_index].is_arrow {
                // The function's own `arguments` object.
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
    fn occurrence(&mut self, span: Span, name: &str, shorthand: bool, write: Option<bool>) -> VarId {
        let var = match self.lookup(name) {
            Some(id) => id,
            None => {
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
    /// the innermost frame, and (an arrow takes `this` from outside) the
    /// enclosing functions up to the first non-arrow one.
    fn mark_this_from(&mut self, index: usize) {
        for frame in self.fns[index..].iter_mut() {
            frame.uses_this = true;
        }
        let mut i = index;
        while self.fns[i].is_arrow && i > 0 {
            i -= 1;
            self.fns[i].uses_this = true;
        }
    }

    // ----- declarations ------------------------------------------------------

    fn body_scope_index(&self) -> usize {
        self.fns.last().map(|f| f.body_scope).unwrap_or(0)
    }

    /// A `var` (or Annex B) binding in the current function.
    fn declare_var(&mut self, name: &str, offset: u32) -> VarId {
        let body = self.body_scope_index();
        if let Some(&(id, lexical)) = self.scopes[body].bindings.get(name) {
            if lexical {
                self.fail(offset, format!("Identifier '{name}' has already been declared"));
            }
            return id;
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
        self.scopes[body].bindings.insert(name.to_string(), (id, false));
        if let Some(frame) = self.fns.last_mut() {
            frame.vars.push(id);
        }
        id
    }

    /// A function declaration at the top of a function body or program.
    fn declare_body_function(&mut self, name: &str, offset: u32) {
        let body = self.body_scope_index();
        let existing = self.scopes[body].bindings.get(name).copied().or_else(|| {
            // With parameter expressions the body's functions are bound in
            // the body's own environment (§10.2.11 step 36), not over the
            // parameter.
            let frame = self.fns.last().filter(|f| !f.param_exprs)?;
            self.scopes[frame.params_scope?].bindings.get(name).copied()
        });
        match existing {
            Some((_, true)) => self.fail(offset, format!("Identifier '{name}' has already been declared")),
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
                self.scopes[body].bindings.insert(name.to_string(), (id, false));
            }
        }
    }

    /// `let`/`const`/`class` (and block functions) in the innermost scope.
    fn declare_lexical(&mut self, name: &str, kind: NameKind, offset: u32, numeric: bool) -> VarId {
        let params_clash = self.scopes.last().is_some_and(|s| s.kind == ScopeKind::Body)
            && self.fns.last().and_then(|f| f.params_scope).is_some_and(|p| self.scopes[p].bindings.contains_key(name));
        let scope = self.scopes.len() - 1;
        if params_clash || self.scopes[scope].bindings.contains_key(name) {
            self.fail(offset, format!("Identifier '{name}' has already been declared"));
            return self.scopes[scope].bindings.get(name).map(|b| b.0).unwrap_or(0);
        }
        let id = self.add_name(name, kind);
        self.res.names.info_mut(id).non_numeric = !numeric;
        self.scopes[scope].bindings.insert(name.to_string(), (id, true));
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

    /// Hoists the declarations of a function body or the program: `var`s
    /// anywhere (not in nested functions), functions and lexical
    /// declarations at the top, and Annex B functions in nested blocks.
    fn declare_body(&mut self, stmts: &[Statement<'_>]) {
        let mut body_lexicals = FastSet::default();
        for stmt in stmts {
            lexical_names(stmt, &mut body_lexicals, false);
        }
        for stmt in stmts {
            match stmt {
                Statement::VariableDeclaration(decl) => {
                    let kind = decl_name_kind(decl.kind);
                    for d in &decl.declarations {
                        self.declare_pattern_names(&d.id, kind, d.init.as_ref());
                    }
                }
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
                other => {
                    let mut stack = Vec::new();
                    self.hoist_nested(other, &mut stack, &body_lexicals);
                }
            }
        }
    }

    fn hoist_nested<'n>(
        &mut self,
        stmt: &Statement<'n>,
        stack: &mut Vec<FastSet<String>>,
        body_lexicals: &FastSet<String>,
    ) {
        match stmt {
            Statement::VariableDeclaration(decl) if decl.kind == VariableDeclarationKind::Var => {
                for d in &decl.declarations {
                    self.declare_pattern_names(&d.id, NameKind::Var, d.init.as_ref());
                }
            }
            Statement::FunctionDeclaration(func) => {
                self.annex_b(func, stack, stack.len(), body_lexicals);
            }
            Statement::BlockStatement(block) => self.hoist_block(&block.body, stack, body_lexicals),
            Statement::IfStatement(s) => {
                self.hoist_nested(&s.consequent, stack, body_lexicals);
                if let Some(alt) = &s.alternate {
                    self.hoist_nested(alt, stack, body_lexicals);
                }
            }
            Statement::ForStatement(s) => {
                if let Some(ForStatementInit::VariableDeclaration(decl)) = &s.init {
                    if decl.kind == VariableDeclarationKind::Var {
                        for d in &decl.declarations {
                            self.declare_pattern_names(&d.id, NameKind::Var, d.init.as_ref());
                        }
                    }
                }
                self.hoist_nested(&s.body, stack, body_lexicals);
            }
            Statement::ForInStatement(s) => {
                self.hoist_for_left(&s.left);
                self.hoist_nested(&s.body, stack, body_lexicals);
            }
            Statement::ForOfStatement(s) => {
                self.hoist_for_left(&s.left);
                self.hoist_nested(&s.body, stack, body_lexicals);
            }
            Statement::WhileStatement(s) => self.hoist_nested(&s.body, stack, body_lexicals),
            Statement::DoWhileStatement(s) => self.hoist_nested(&s.body, stack, body_lexicals),
            Statement::LabeledStatement(s) => self.hoist_nested(&s.body, stack, body_lexicals),
            Statement::WithStatement(s) => self.hoist_nested(&s.body, stack, body_lexicals),
            Statement::SwitchStatement(s) => {
                let all: Vec<&Statement<'n>> = s.cases.iter().flat_map(|c| c.consequent.iter()).collect();
                let mut set = FastSet::default();
                for st in &all {
                    lexical_names(st, &mut set, true);
                }
                stack.push(set);
                for st in all {
                    self.hoist_in_block(st, stack, body_lexicals);
                }
                stack.pop();
            }
            Statement::TryStatement(s) => {
                self.hoist_block(&s.block.body, stack, body_lexicals);
                if let Some(handler) = &s.handler {
                    self.hoist_block(&handler.body.body, stack, body_lexicals);
                }
                if let Some(fin) = &s.finalizer {
                    self.hoist_block(&fin.body, stack, body_lexicals);
                }
            }
            _ => {}
        }
    }

    fn hoist_for_left(&mut self, left: &ForStatementLeft<'_>) {
        if let ForStatementLeft::VariableDeclaration(decl) = left {
            if decl.kind == VariableDeclarationKind::Var {
                for d in &decl.declarations {
                    self.declare_pattern_names(&d.id, NameKind::Var, None);
                    let mut names = Vec::new();
                    pattern_names(&d.id, &mut names);
                    for (name, _) in names {
                        if let Some(&(id, _)) = self.scopes[self.body_scope_index()].bindings.get(name) {
                            self.res.names.info_mut(id).non_numeric = true;
                        }
                    }
                }
            }
        }
    }

    fn hoist_block(
        &mut self,
        stmts: &[Statement<'_>],
        stack: &mut Vec<FastSet<String>>,
        body_lexicals: &FastSet<String>,
    ) {
        let mut set = FastSet::default();
        for st in stmts {
            lexical_names(st, &mut set, true);
        }
        stack.push(set);
        for st in stmts {
            self.hoist_in_block(st, stack, body_lexicals);
        }
        stack.pop();
    }

    fn hoist_in_block(
        &mut self,
        stmt: &Statement<'_>,
        stack: &mut Vec<FastSet<String>>,
        body_lexicals: &FastSet<String>,
    ) {
        if let Statement::FunctionDeclaration(func) = stmt {
            // The declaring block's own set holds the function itself.
            let enclosing = stack.len().saturating_sub(1);
            self.annex_b(func, stack, enclosing, body_lexicals);
        } else {
            self.hoist_nested(stmt, stack, body_lexicals);
        }
    }

    /// Annex B.3.3: in sloppy code a plain block function also binds a
    /// function-level `var`, unless that `var` would clash with a lexical
    /// declaration on the way out or with a parameter.
    fn annex_b(
        &mut self,
        func: &Function<'_>,
        stack: &[FastSet<String>],
        enclosing: usize,
        body_lexicals: &FastSet<String>,
    ) {
        let Some(id) = &func.id else { return };
        let name = id.name.as_str();
        if self.is_strict() || func.generator || func.r#async {
            return;
        }
        let in_params =
            self.fns.last().and_then(|f| f.params_scope).is_some_and(|p| self.scopes[p].bindings.contains_key(name));
        if in_params || body_lexicals.contains(name) || stack[..enclosing].iter().any(|s| s.contains(name)) {
            return;
        }
        let var = self.declare_var(name, id.span.start);
        let info = self.res.names.info_mut(var);
        info.annex_b = true;
        info.reassigned = true;
        info.non_numeric = true;
        self.annex.insert(func.span.start, var);
    }

    /// Lexical declarations of a block (or a switch's case list).
    fn declare_block(&mut self, stmts: &[Statement<'_>]) {
        for stmt in stmts {
            match stmt {
                Statement::VariableDeclaration(decl) if decl.kind != VariableDeclarationKind::Var => {
                    let kind = decl_name_kind(decl.kind);
                    for d in &decl.declarations {
                        self.declare_pattern_names(&d.id, kind, d.init.as_ref());
                    }
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

    fn declare_block_function(&mut self, func: &Function<'_>) {
        let Some(id) = &func.id else { return };
        let name = id.name.as_str();
        let scope = self.scopes.len() - 1;
        if let Some(&(existing, _)) = self.scopes[scope].bindings.get(name) {
            // Sloppy mode allows repeating a plain function in a block.
            let repeatable = !self.is_strict() && !func.generator && !func.r#async;
            if repeatable && self.res.names.kind(existing) == NameKind::Function
                || self.res.names.info(existing).annex_b
            {
                self.res.names.info_mut(existing).reassigned = true;
                if let Some(&annex) = self.annex.get(&func.span.start) {
                    self.scopes[scope].bindings.insert(name.to_string(), (annex, true));
                }
                return;
            }
            self.fail(id.span.start, format!("Identifier '{name}' has already been declared"));
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
        self.scopes[scope].bindings.insert(name.to_string(), (var, true));
    }

    // ----- program, functions, classes ---------------------------------------

    fn walk_program(&mut self, program: &Program<'_>) {
        self.fns.push(FnFrame {
            id: 0,
            start: 0,
            is_arrow: false,
            uses_this: false,
            label_base: 0,
            body_scope: 0,
            params_scope: None,
            param_exprs: false,
            vars: Vec::new(),
        });
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

    fn push_fn(&mut self, start: u32, is_arrow: bool, strict: bool) {
        let id = self.next_fn;
        self.next_fn += 1;
        self.fns.push(FnFrame {
            id,
            start,
            is_arrow,
            uses_this: false,
            label_base: self.labels.len(),
            body_scope: self.scopes.len(),
            params_scope: None,
            param_exprs: false,
            vars: Vec::new(),
        });
        self.strict.push(strict);
    }

    fn pop_fn(&mut self) {
        self.strict.pop();
        if let Some(frame) = self.fns.pop() {
            if frame.uses_this {
                self.res.uses_this.insert(frame.start);
            }
            self.labels.truncate(frame.label_base);
            self.res.fn_vars.insert(frame.start, frame.vars);
        }
    }

    fn walk_function(&mut self, func: &Function<'_>, is_expression: bool) {
        if !self.enter(func.span) {
            return;
        }
        let strict = self.is_strict() || func.body.as_ref().is_some_and(|b| b.has_use_strict_directive());
        let self_scope = is_expression && func.id.is_some();
        if self_scope {
            if let Some(id) = &func.id {
                // The own name lives in a scope between the outside and the
                // parameters; it belongs to the outer function's frame count.
                self.push_scope(ScopeKind::SelfName);
                let var = self.add_name(id.name.as_str(), NameKind::SelfName);
                self.res.names.info_mut(var).non_numeric = true;
                let top = self.scopes.len() - 1;
                self.scopes[top].bindings.insert(id.name.to_string(), (var, true));
                self.occurrence(id.span, id.name.as_str(), false, None);
            }
        }
        self.push_fn(func.span.start, false, strict);
        self.walk_params_and_body(&func.params, func.body.as_deref().map(|b| &b.statements[..]).unwrap_or(&[]), None);
        self.pop_fn();
        if self_scope {
            self.pop_scope();
        }
        self.leave();
    }

    fn walk_arrow(&mut self, arrow: &ArrowFunctionExpression<'_>) {
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

    fn walk_params_and_body(
        &mut self,
        params: &FormalParameters<'_>,
        body: &[Statement<'_>],
        expr_body: Option<&Expression<'_>>,
    ) {
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
            if !self.scopes[params_scope].bindings.contains_key(name) {
                let var = self.add_name(name, NameKind::Param);
                self.res.names.info_mut(var).non_numeric = true;
                self.scopes[params_scope].bindings.insert(name.to_string(), (var, false));
            }
        }
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
        self.push_scope(ScopeKind::Body);
        let body_scope = self.scopes.len() - 1;
        if let Some(frame) = self.fns.last_mut() {
            frame.body_scope = body_scope;
        }
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

    fn walk_class(&mut self, class: &Class<'_>, declared: Option<VarId>) {
        if !self.enter(class.span) {
            return;
        }
        for d in &class.decorators {
            self.walk_expr(&d.expression);
        }
        self.push_scope(ScopeKind::SelfName);
        let top = self.scopes.len() - 1;
        if let Some(id) = &class.id {
            let var = match declared {
                // The inner binding shares the declaration's name: both
                // always hold the class, renaming keeps that.
                Some(var) => var,
                None => {
                    let var = self.add_name(id.name.as_str(), NameKind::SelfName);
                    self.res.names.info_mut(var).non_numeric = true;
                    self.scopes[top].bindings.insert(id.name.to_string(), (var, true));
                    self.occurrence(id.span, id.name.as_str(), false, None);
                    var
                }
            };
            self.scopes[top].bindings.insert(id.name.to_string(), (var, true));
        }
        self.strict.push(true);
        self.class_depth += 1;
        if let Some(heritage) = &class.heritage {
            self.walk_expr(&heritage.expression);
        }
        for element in &class.body.body {
            match element {
                ClassElement::MethodDefinition(m) => {
                    for d in &m.decorators {
                        self.walk_expr(&d.expression);
                    }
                    self.walk_property_key(&m.key, m.computed);
                    self.walk_function(&m.value, false);
                }
                ClassElement::PropertyDefinition(p) => {
                    for d in &p.decorators {
                        self.walk_expr(&d.expression);
                    }
                    self.walk_property_key(&p.key, p.computed);
                    if let Some(value) = &p.value {
                        self.walk_initializer(p.span.start, value);
                    }
                }
                ClassElement::AccessorProperty(p) => {
                    for d in &p.decorators {
                        self.walk_expr(&d.expression);
                    }
                    self.walk_property_key(&p.key, p.computed);
                    if let Some(value) = &p.value {
                        self.walk_initializer(p.span.start, value);
                    }
                }
                ClassElement::StaticBlock(block) => {
                    self.push_fn(block.span.start, false, true);
                    self.push_scope(ScopeKind::Body);
                    let body_scope = self.scopes.len() - 1;
                    if let Some(frame) = self.fns.last_mut() {
                        frame.body_scope = body_scope;
                    }
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
        self.class_depth -= 1;
        self.strict.pop();
        self.pop_scope();
        self.leave();
    }

    fn private_name(&mut self, span: Span, name: &str) {
        if self.class_depth == 0 {
            self.fail(span.start, format!("Private field '#{name}' must be declared in an enclosing class"));
        }
    }

    /// A class field initialiser runs like a method body (its own `this`).
    fn walk_initializer(&mut self, start: u32, value: &Expression<'_>) {
        self.push_fn(start, false, true);
        self.push_scope(ScopeKind::Body);
        let body_scope = self.scopes.len() - 1;
        if let Some(frame) = self.fns.last_mut() {
            frame.body_scope = body_scope;
        }
        self.walk_expr(value);
        self.pop_scope();
        self.pop_fn();
    }

    fn walk_property_key(&mut self, key: &PropertyKey<'_>, computed: bool) {
        if computed {
            if let Some(e) = key.as_expression() {
                self.walk_expr(e);
            }
        }
    }

    // ----- statements --------------------------------------------------------

    fn walk_block(&mut self, stmts: &[Statement<'_>]) {
        self.push_scope(ScopeKind::Block);
        self.declare_block(stmts);
        for stmt in stmts {
            self.walk_statement(stmt);
        }
        self.pop_scope();
    }

    /// The body of an `if`, loop or label: a bare function declaration there
    /// behaves as if wrapped in its own block.
    fn walk_sub_statement(&mut self, stmt: &Statement<'_>) {
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
            Statement::LabeledStatement(s) => {
                let mut names = vec![s.label.name.to_string()];
                self.res.labels.insert(s.label.name.to_string());
                let mut body = &s.body;
                while let Statement::LabeledStatement(inner) = body {
                    names.push(inner.label.name.to_string());
                    self.res.labels.insert(inner.label.name.to_string());
                    body = &inner.body;
                }
                if is_loop(body) {
                    self.walk_loop(body, names);
                } else {
                    self.labels.push(LabelEntry { names, target: s.span.start, kind: TargetKind::Other });
                    self.walk_sub_statement(body);
                    self.labels.pop();
                }
            }
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
            Statement::SwitchStatement(s) => {
                self.walk_expr(&s.discriminant);
                self.push_scope(ScopeKind::Block);
                for case in &s.cases {
                    self.declare_block(&case.consequent);
                }
                self.labels.push(LabelEntry { names: Vec::new(), target: s.span.start, kind: TargetKind::Switch });
                for case in &s.cases {
                    if let Some(test) = &case.test {
                        self.walk_expr(test);
                    }
                    for st in &case.consequent {
                        self.walk_statement(st);
                    }
                }
                self.labels.pop();
                self.pop_scope();
            }
            Statement::ThrowStatement(s) => self.walk_expr(&s.argument),
            Statement::TryStatement(s) => {
                self.walk_block(&s.block.body);
                if let Some(handler) = &s.handler {
                    self.push_scope(ScopeKind::Catch);
                    if let Some(param) = &handler.param {
                        let mut names = Vec::new();
                        pattern_names(&param.pattern, &mut names);
                        let top = self.scopes.len() - 1;
                        for (name, _) in names {
                            let var = self.add_name(name, NameKind::Catch);
                            self.res.names.info_mut(var).non_numeric = true;
                            self.scopes[top].bindings.insert(name.to_string(), (var, false));
                        }
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
                self.res.untraceable = true;
                self.walk_expr(&s.object);
                self.walk_sub_statement(&s.body);
            }
            _ => {}
        }
        self.leave();
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

    fn jump(&mut self, span: Span, label: Option<&str>, is_continue: bool) {
        let base = self.fns.last().map(|f| f.label_base).unwrap_or(0);
        let found = self.labels[base..].iter().rev().find(|e| match label {
            Some(name) => e.names.iter().any(|n| n == name),
            None if is_continue => e.kind == TargetKind::Loop,
            None => e.kind != TargetKind::Other,
        });
        match found {
            Some(entry) if is_continue && entry.kind != TargetKind::Loop => {
                self.fail(span.start, "Illegal continue statement: no surrounding iteration statement".into());
            }
            Some(entry) => {
                let target = entry.target;
                self.res.jumps.push(Jump { start: span.start, end: span.end, target, is_continue });
                if is_continue {
                    self.res.continued.insert(target);
                }
            }
            None => {
                let message = match label {
                    Some(name) => format!("Undefined label '{name}'"),
                    None if is_continue => "Illegal continue statement: no surrounding iteration statement".into(),
                    None => "Illegal break statement".into(),
                };
                self.fail(span.start, message);
            }
        }
    }

    fn walk_loop(&mut self, stmt: &Statement<'_>, names: Vec<String>) {
        let target = stmt.span().start;
        match stmt {
            Statement::ForStatement(s) => {
                let head = matches!(&s.init, Some(ForStatementInit::VariableDeclaration(d)) if d.kind != VariableDeclarationKind::Var);
                if head {
                    self.push_scope(ScopeKind::Block);
                }
                match &s.init {
                    Some(ForStatementInit::VariableDeclaration(decl)) => {
                        if head {
                            let kind = decl_name_kind(decl.kind);
                            for d in &decl.declarations {
                                self.declare_pattern_names(&d.id, kind, d.init.as_ref());
                            }
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
                self.labels.push(LabelEntry { names, target, kind: TargetKind::Loop });
                self.walk_sub_statement(&s.body);
                self.labels.pop();
                if head {
                    self.pop_scope();
                }
            }
            Statement::ForInStatement(s) => self.walk_for_in_of(&s.left, &s.right, &s.body, names, target),
            Statement::ForOfStatement(s) => self.walk_for_in_of(&s.left, &s.right, &s.body, names, target),
            Statement::WhileStatement(s) => {
                self.walk_expr(&s.test);
                self.labels.push(LabelEntry { names, target, kind: TargetKind::Loop });
                self.walk_sub_statement(&s.body);
                self.labels.pop();
            }
            Statement::DoWhileStatement(s) => {
                self.labels.push(LabelEntry { names, target, kind: TargetKind::Loop });
                self.walk_sub_statement(&s.body);
                self.labels.pop();
                self.walk_expr(&s.test);
            }
            _ => {}
        }
    }

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
                let kind = decl_name_kind(decl.kind);
                for d in &decl.declarations {
                    self.declare_pattern_names(&d.id, kind, None);
                    let mut found = Vec::new();
                    pattern_names(&d.id, &mut found);
                    for (name, _) in found {
                        if let Some(id) = self.scopes.last().and_then(|s| s.bindings.get(name)).map(|b| b.0) {
                            self.res.names.info_mut(id).non_numeric = true;
                        }
                    }
                }
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
        self.labels.push(LabelEntry { names, target, kind: TargetKind::Loop });
        self.walk_sub_statement(body);
        self.labels.pop();
        if head {
            self.pop_scope();
        }
    }

    // ----- patterns and assignment targets -----------------------------------

    fn walk_pattern(&mut self, pattern: &BindingPattern<'_>, binds: Binds<'_, '_>) {
        self.walk_pattern_inner(pattern, binds, false);
    }

    fn walk_pattern_inner(&mut self, pattern: &BindingPattern<'_>, binds: Binds<'_, '_>, shorthand: bool) {
        if !self.enter(pattern.span()) {
            return;
        }
        match pattern {
            BindingPattern::BindingIdentifier(id) => {
                let name = id.name.as_str();
                let var = match binds {
                    Binds::Var(init) => {
                        let var = match init {
                            Some(value) => self.occurrence(id.span, name, shorthand, Some(is_numericish(value))),
                            None => self.occurrence(id.span, name, shorthand, None),
                        };
                        self.alias_catch_redeclaration(var, name);
                        var
                    }
                    Binds::Declaration => self.occurrence(id.span, name, shorthand, None),
                };
                let _ = var;
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
    /// declaring a function-level `e`: both must print the same name.
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

    fn walk_assign_target(&mut self, target: &AssignmentTarget<'_>, numeric: bool) {
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

    // ----- expressions -------------------------------------------------------

    fn walk_expr(&mut self, expr: &Expression<'_>) {
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
            Expression::ComputedMemberExpression(m) => {
                self.walk_expr(&m.object);
                self.walk_expr(&m.expression);
            }
            Expression::StaticMemberExpression(m) => self.walk_expr(&m.object),
            Expression::PrivateFieldExpression(m) => {
                self.private_name(m.field.span, m.field.name.as_str());
                self.walk_expr(&m.object);
            }
            Expression::CallExpression(c) => {
                self.walk_expr(&c.callee);
                self.walk_arguments(&c.arguments);
            }
            Expression::NewExpression(c) => {
                self.walk_expr(&c.callee);
                self.walk_arguments(&c.arguments);
            }
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
                ChainElement::CallExpression(call) => {
                    self.walk_expr(&call.callee);
                    self.walk_arguments(&call.arguments);
                }
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

    fn walk_arguments(&mut self, args: &[Argument<'_>]) {
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

fn destructured<'e, 'a>(binds: Binds<'e, 'a>) -> Binds<'e, 'a> {
    // A destructured value is of unknown type: not a numeric write.
    match binds {
        Binds::Var(Some(_)) => Binds::Var(None),
        other => other,
    }
}

fn decl_name_kind(kind: VariableDeclarationKind) -> NameKind {
    match kind {
        VariableDeclarationKind::Var => NameKind::Var,
        VariableDeclarationKind::Const => NameKind::Const,
        _ => NameKind::Let,
    }
}

fn is_loop(stmt: &Statement<'_>) -> bool {
    matches!(
        stmt,
        Statement::ForStatement(_)
            | Statement::ForInStatement(_)
            | Statement::ForOfStatement(_)
            | Statement::WhileStatement(_)
            | Statement::DoWhileStatement(_)
    )
}

/// Names bound by a pattern, in source order.
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

/// Whether a binding pattern holds an initializer or a computed key.
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

/// Lexically declared names of one statement of a block (functions count in
/// blocks, not at the top of a function body).
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

#[cfg(test)]
mod tests {
    use super::*;
    use oxc_allocator::Allocator;

    fn resolved(src: &str) -> Resolution {
        let alloc = Allocator::default();
        let program = super::super::parse::parse(&alloc, src).expect("parses");
        resolve(&program).expect("resolves")
    }

    /// The printed names of every occurrence of `name`, in source order.
    fn texts(res: &Resolution, src: &str, name: &str) -> Vec<String> {
        res.occurrences
            .iter()
            .filter(|o| &src[o.start as usize..o.end as usize] == name)
            .map(|o| res.names.text(o.var).to_string())
            .collect()
    }

    #[test]
    fn block_scoping_gives_distinct_names() {
        let src = "let x = 1; { let x = 2; x; } x; function f(x) { return x; } var y = x;";
        let res = resolved(src);
        let xs = texts(&res, src, "x");
        assert_eq!(xs[0], xs[3]);
        assert_eq!(xs[1], xs[2]);
        assert_ne!(xs[0], xs[1]);
        assert_eq!(xs[4], xs[5]);
        assert_ne!(xs[4], xs[0]);
        assert_eq!(xs[6], xs[0]);
    }

    #[test]
    fn var_is_hoisted_and_merges_with_parameters() {
        let src = "function f(a) { g(b); var a = 2; { var b = 3; } return a + b; }";
        let res = resolved(src);
        let a = texts(&res, src, "a");
        assert!(a.iter().all(|t| t == &a[0]), "{a:?}");
        let b = texts(&res, src, "b");
        assert!(b.iter().all(|t| t == &b[0]), "{b:?}");
    }

    #[test]
    fn free_names_stay_and_bindings_avoid_them() {
        let src = "x$0 = 1; let x = console.log(x$0); { let x = 2; }";
        let res = resolved(src);
        assert_eq!(texts(&res, src, "console"), vec!["console"]);
        assert_eq!(texts(&res, src, "x$0"), vec!["x$0", "x$0"]);
        assert_eq!(texts(&res, src, "x"), vec!["x$1", "x$2"]);
    }

    #[test]
    fn a_name_used_once_is_kept() {
        // Reflection (`f.name`, a class's `name`) then shows what was written.
        let src = "function f() {} let g = class K {}; let h$1 = 1; let undefined2 = 0; function q(undefined) {}";
        let res = resolved(src);
        assert_eq!(texts(&res, src, "f"), vec!["f"]);
        assert_eq!(texts(&res, src, "K"), vec!["K"]);
        // An expression's own name is kept beside another binding of it.
        let src2 = "let K = 1; let a = class K {}; let b = function K() { return K; };";
        let res2 = resolved(src2);
        assert_eq!(texts(&res2, src2, "K")[1..], ["K", "K", "K"]);
        assert_ne!(texts(&res2, src2, "K")[0], "K");
        // Shapes of our own names and globals the compiled program prints are renamed.
        assert_ne!(texts(&res, src, "h$1"), vec!["h$1"]);
        assert_ne!(texts(&res, src, "undefined"), vec!["undefined"]);
        assert_eq!(texts(&res, src, "undefined2"), vec!["undefined2"]);
    }

    #[test]
    fn parameter_defaults_do_not_see_the_body() {
        let src = "let x = 1; function f(a = x) { let x = 2; return a; }";
        let res = resolved(src);
        let xs = texts(&res, src, "x");
        assert_eq!(xs[0], xs[1]);
        assert_ne!(xs[1], xs[2]);
    }

    // The next three are what `oxc_semantic` 0.146 binds wrongly (it gives
    // a function's parameters and body one scope, and mis-binds Annex B):
    // they keep our own resolver from being swapped for it.

    #[test]
    fn closures_in_parameters_do_not_see_the_body_vars() {
        let src = "function f(a = () => x) { var x = 'inner'; return a(); } var x = 'outer';";
        let res = resolved(src);
        let xs = texts(&res, src, "x");
        assert_eq!(xs[0], xs[2], "the default's x is the outer var: {xs:?}");
        assert_ne!(xs[0], xs[1]);
    }

    #[test]
    fn a_block_function_call_binds_the_block_function() {
        let src = "{ let f = 1; { function f() {} f(); } }";
        let res = resolved(src);
        let fs = texts(&res, src, "f");
        assert_ne!(fs[0], fs[1], "{fs:?}");
        assert_eq!(fs[1], fs[2], "{fs:?}");
    }

    #[test]
    fn a_block_function_beside_a_later_let_is_valid() {
        let src = "function h() { { function f() {} } let f; }";
        let res = resolved(src);
        let fs = texts(&res, src, "f");
        assert_ne!(fs[0], fs[1], "{fs:?}");
    }

    #[test]
    fn var_redeclaring_a_parameter_with_parameter_expressions_is_its_own_binding() {
        // §10.2.11 step 28: the body's `a` starts as the parameter's value;
        // the closure in the parameter list keeps the parameter.
        let src = "function f(a, g = () => a) { var a = 'body'; return [a, g()]; }";
        let res = resolved(src);
        let a = texts(&res, src, "a");
        assert_eq!(a[0], a[1], "{a:?}");
        assert_ne!(a[0], a[2], "{a:?}");
        assert_eq!(a[2], a[3], "{a:?}");
        let body_a = res.ident_at[&(src.find("var a").unwrap() as u32 + 4)];
        assert_eq!(res.names.info(body_a).copy_of, Some(res.ident_at[&(src.find("(a").unwrap() as u32 + 1)]));
        // Without parameter expressions it is one binding (step 27).
        let src = "function f(a, g) { var a = 'body'; return a; }";
        let a = texts(&resolved(src), src, "a");
        assert!(a.iter().all(|t| t == &a[0]), "{a:?}");
        // A computed key in a pattern is a parameter expression too.
        let src = "function f({[k]: a}) { var a; return a; }";
        let a = texts(&resolved(src), src, "a");
        assert_ne!(a[0], a[1], "{a:?}");
    }

    #[test]
    fn body_function_beside_parameter_expressions_is_its_own_binding() {
        let src = "function f(a, g = () => a) { function a() {} return g(); }";
        let a = texts(&resolved(src), src, "a");
        assert_eq!(a[0], a[1], "{a:?}");
        assert_ne!(a[0], a[2], "{a:?}");
    }

    #[test]
    fn catch_parameter_redeclared_by_var_shares_the_name() {
        let src = "try {} catch (e) { var e = 2; } console.log(e);";
        let res = resolved(src);
        let es = texts(&res, src, "e");
        assert!(es.iter().all(|t| t == &es[0]), "{es:?}");
    }

    #[test]
    fn annex_b_block_functions_bind_the_function_level_name() {
        let src = "f(); if (true) { function f() {} } f();";
        let res = resolved(src);
        let fs = texts(&res, src, "f");
        assert!(fs.iter().all(|t| t == &fs[0]), "{fs:?}");
        let strict = "'use strict'; { function f() {} } f();";
        let res = resolved(strict);
        let fs = texts(&res, strict, "f");
        assert_ne!(fs[0], fs[1]);
        assert_eq!(fs[1], "f");
    }

    #[test]
    fn this_and_arguments_mark_the_function_not_its_parent() {
        let src = "function a() { return () => this; } function b() { function c() { return arguments; } }";
        let res = resolved(src);
        let c_start = src.find("function c").unwrap() as u32;
        assert!(res.uses_this.contains(&0));
        assert!(res.uses_this.contains(&c_start));
        let b_start = src.find("function b").unwrap() as u32;
        assert!(!res.uses_this.contains(&b_start));
        assert_eq!(texts(&res, src, "arguments"), vec!["arguments"]);
    }

    #[test]
    fn jumps_resolve_to_their_targets() {
        let src = "outer: for (;;) { while (x) { if (y) continue outer; break; } switch (z) { case 1: break; } }";
        let res = resolved(src);
        assert_eq!(res.jumps.len(), 3);
        assert_eq!(res.jumps[0].target, src.find("for").unwrap() as u32);
        assert!(res.jumps[0].is_continue);
        assert_eq!(res.jumps[1].target, src.find("while").unwrap() as u32);
        assert_eq!(res.jumps[2].target, src.find("switch").unwrap() as u32);
        assert!(res.continued.contains(&(src.find("for").unwrap() as u32)));
        assert!(res.labels.contains("outer"));
    }

    #[test]
    fn early_errors_are_reported() {
        let alloc = Allocator::default();
        for src in [
            "let a; let a;",
            "function f(a) { let a; }",
            "x: while (1) { break y; }",
            "var q; let q;",
            "import x from 'y';",
            "export const a = 1;",
            "let n = o.#p;",
        ] {
            let program = super::super::parse::parse(&alloc, src).expect("parses");
            assert!(matches!(resolve(&program), Err(Problem::Syntax(..))), "{src}");
        }
    }

    #[test]
    fn facts_for_later_stages() {
        let src = "function f() {} function g() {} g = 1; let i = 0; i++; let s = ''; s += 'a'; \
                   let c = 0; function h() { c = 2; return i; }";
        let res = resolved(src);
        let by_text = |t: &str| res.names.list.iter().find(|n| n.base == t).unwrap().clone();
        assert!(!by_text("f").reassigned);
        assert!(by_text("g").reassigned);
        assert!(!by_text("i").non_numeric);
        assert!(by_text("i").captured);
        assert!(by_text("s").non_numeric);
        assert!(by_text("c").assigned_in_nested);
        assert!(!by_text("i").assigned_in_nested);
    }

    #[test]
    fn with_and_eval_make_the_program_untraceable() {
        assert!(resolved("with (o) { x; }").untraceable);
        assert!(resolved("eval('1');").untraceable);
        assert!(!resolved("let eval2 = 1;").untraceable);
        assert!(resolved("let x = 1n;").has_bigint);
    }
}
