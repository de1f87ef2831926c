//! Scope analysis over oxc's AST, run at the start of lowering.
//!
//! Every binding in the program gets a [`VarId`]; every identifier
//! occurrence (declarations and references, in modelled and opaque code
//! alike) is mapped to one, so the whole program can be renamed
//! consistently: opaque statements are printed as written but with their
//! names renamed. What it hands on is a [`Resolution`], whose contract is
//! documented at the type.
//!
//! It stays hand-written: `oxc_semantic` 0.146 gives a function's
//! parameters and body one scope and binds Annex B block functions wrongly
//! (`tests.rs` pins the three cases, so nobody swaps it in).
//!
//! Split the way oxc splits its own semantic analysis:
//! - `binder`: declaring bindings and hoisting (what each scope declares
//!   before any of its code runs);
//! - `walk`: the traversal, which opens a scope per function, block, loop
//!   head, catch clause and class, and asks `binder` to declare on entry;
//! - `references`: resolving each identifier to a binding or a free
//!   (global) name, and the facts a reference leaves (captured, written,
//!   `this`/`arguments` used);
//! - `labels`: `break`/`continue` targets;
//! - `resolution`: the output and the final printed names.
//!
//! The rules are ECMA-262's (section numbers of the 2024 edition) for
//! non-module code: the program is a CommonJS module, which Node runs as the
//! body of a function, so its top level hoists like a function body.

mod binder;
mod labels;
mod references;
mod resolution;
#[cfg(test)]
mod tests;
mod walk;

use oxc_ast::ast::Program;
use oxc_span::Span;

use super::ast::{FastMap, NameKind, VarId};
use super::error::Problem;
use labels::LabelEntry;

pub use binder::pattern_names;
pub use resolution::{Jump, Resolution};

/// Deepest nesting of statements and expressions the compiler accepts.
pub const MAX_DEPTH: usize = 500;

/// Resolves every name of `program`; a syntax error the parser leaves to
/// scope analysis (a redeclaration, an undefined label, ...) is a `Problem`.
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
    match r.problem {
        Some(problem) => Err(problem),
        None => Ok(r.res.finish()),
    }
}

/// What kind of environment a scope stands for (ECMA-262 §9.1).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ScopeKind {
    /// A function's parameters (and, without parameter expressions, the
    /// body's `var`s share their names: §10.2.11 step 27).
    Params,
    /// A function body or the program: `var`s and top-level declarations.
    Body,
    /// A block, a `switch`'s cases or a `for` head's `let`/`const`.
    Block,
    Catch,
    /// The own name of a function or class expression, or a class's inner
    /// binding of its name (§15.2.5, §15.7.14).
    SelfName,
}

struct Scope {
    kind: ScopeKind,
    /// name → (binding, declared lexically)
    bindings: FastMap<String, (VarId, bool)>,
    /// The function (index into `Resolver::fns`) the scope belongs to.
    fn_index: usize,
}

impl Scope {
    fn bind(&mut self, name: &str, var: VarId, lexical: bool) {
        self.bindings.insert(name.to_string(), (var, lexical));
    }
}

/// A function being walked (the program is frame 0).
struct FnFrame {
    id: u32,
    start: u32,
    is_arrow: bool,
    uses_this: bool,
    /// Labels outside the function: a jump cannot reach them.
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

impl FnFrame {
    fn new(id: u32, start: u32, is_arrow: bool, label_base: usize, body_scope: usize) -> FnFrame {
        FnFrame {
            id,
            start,
            is_arrow,
            uses_this: false,
            label_base,
            body_scope,
            params_scope: None,
            param_exprs: false,
            vars: Vec::new(),
        }
    }
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

    fn top_scope(&mut self) -> &mut Scope {
        let top = self.scopes.len() - 1;
        &mut self.scopes[top]
    }

    /// Opens the current function's body scope, where its `var`s go.
    fn push_body_scope(&mut self) {
        self.push_scope(ScopeKind::Body);
        let body_scope = self.scopes.len() - 1;
        if let Some(frame) = self.fns.last_mut() {
            frame.body_scope = body_scope;
        }
    }

    fn add_name(&mut self, name: &str, kind: NameKind) -> VarId {
        let decl_fn = self.current_fn();
        self.res.names.add(name, kind, decl_fn)
    }

    fn body_scope_index(&self) -> usize {
        self.fns.last().map(|f| f.body_scope).unwrap_or(0)
    }

    fn push_fn(&mut self, start: u32, is_arrow: bool, strict: bool) {
        let id = self.next_fn;
        self.next_fn += 1;
        self.fns.push(FnFrame::new(id, start, is_arrow, self.labels.len(), self.scopes.len()));
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
}
