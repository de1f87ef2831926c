//! The facts later stages need: the output of scope analysis, and the
//! printed name of every binding.

use super::super::ast::{is_reserved, FastMap, FastSet, NameInfo, NameKind, Names, VarId};

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

/// What scope analysis tells the later stages (`lower`, then `normalize`
/// and `instrument` through the `Names` that `lower` carries on).
///
/// Every key is a byte offset into the source that was parsed (an oxc span
/// start), so a stage that walks the same oxc AST finds the fact of a node
/// by the node's own span:
///
/// | fact | key | value |
/// |---|---|---|
/// | `occurrences`, `ident_at` | start of an identifier (a reference or a binding identifier) | the binding it names, or a free name |
/// | `jumps`, `jump_at` | start of a `break`/`continue` | its target |
/// | `continued` | start of a loop statement (not of its label) | a `continue` targets it |
/// | `uses_this` | start of a function, arrow, field initializer or static block | it uses `this`, `arguments`, `super` or `new.target` |
/// | `fn_vars` | start of a function, arrow, field initializer or static block | its `var` bindings |
///
/// What a consumer may rely on:
/// - `occurrences` holds every identifier the program binds or names
///   (declarations and references alike, opaque code included; not
///   property names, labels or private names), sorted by `start`, one per
///   start. Printing each with its binding's `names.text` keeps the program's
///   meaning: texts are unique among bindings and differ from every free
///   name; only an `alias` (a catch parameter redeclared by `var`) and a
///   function or class expression's own name (`NameKind::SelfName`, which
///   shadows everything inside it) share a text on purpose.
/// - A name that no scope declares is free (`NameKind::Free`), printed as
///   written. So is `arguments` where it names an arguments object (read,
///   or declared again by a `var` or an Annex B function), which marks the
///   function in `uses_this`; the program's is the CommonJS wrapper's.
/// - `jumps` has one entry per `break`/`continue`, sorted by `start` (a jump
///   without a target is a `Problem` instead). A labelled non-loop target is
///   the outermost label's statement; a loop target is the loop itself.
/// - `uses_this` marks the function whose `this` (or `arguments`) it is and
///   every arrow in between: each runs as written.
/// - `fn_vars` (`program_vars` for the program) lists, in declaration
///   order, the `var` bindings a function creates on entry: `undefined`,
///   or the parameter's value for one with `copy_of` (ECMA-262 §10.2.11
///   step 28). A `var` that names a parameter without parameter expressions
///   is the parameter itself (step 27) and a `var` that a body function
///   replaces is the function (step 36): neither is listed.
/// - Per binding (`names`): `kind`; `captured`, `reassigned`,
///   `assigned_in_nested` and `non_numeric` (some write may store a
///   non-number) are over-approximations; `annex_b` marks a block function
///   that also has a function-level binding (§B.3.2.1), which is that same
///   `VarId`; `redeclared_by_var` a parameter a body `var` names again;
///   `copy_of` a body `var` that starts as a parameter's value.
/// - `untraceable`: `with` or direct `eval` (names cannot be resolved
///   statically, §9.1.1.2 and §19.2.1.3); nothing else may then be relied
///   on, the program runs as written.
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
    /// Sorts and indexes what the walk collected, and gives every binding
    /// its printed name.
    pub(super) fn finish(mut self) -> Resolution {
        self.occurrences.sort_by_key(|o| o.start);
        self.jumps.sort_by_key(|j| j.start);
        self.ident_at = self.occurrences.iter().map(|o| (o.start, o.var)).collect();
        self.jump_at = self.jumps.iter().map(|j| (j.start, *j)).collect();
        assign_texts(&mut self.names);
        self
    }

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

/// Final names. A binding keeps its own name when no other binding and no
/// free (global) name has it (a function or class expression's own name
/// always keeps it) and it cannot be taken for one of ours
/// (`$t1`, `x$3`): then reflection (`f.name`, a class's `name`) shows what
/// the author wrote. Every other binding is `base$N`, with `N` counting up
/// over the program and skipping texts a free name uses.
fn assign_texts(names: &mut Names) {
    let free: FastSet<String> = names.free_names().map(str::to_string).collect();
    let renamed = |info: &NameInfo| !matches!(info.kind, NameKind::Free | NameKind::Temp | NameKind::Internal);
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
