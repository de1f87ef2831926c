//! The generator's modern syntax (#15, modelled since): bitwise operators,
//! `**`, `in`, optional calls, `for-of`, array destructuring (in
//! declarations, assignments and parameters), array spread, object spread
//! and rest (in literals, declarations and parameters), spread in calls,
//! and `??=`, `||=`, `&&=` on variables and members; `new Error(msg)` and
//! its kin thrown, caught (and read) or not. A child of
//! `gen` so that it writes with the same state.

use super::Gen;

/// Keys `in` looks up: own, missing, inherited from `Object.prototype`,
/// `Array.prototype` (and `group`, which Node 20 lacks but newer engines have).
const IN_KEYS: &[&str] =
    &["'k'", "'z'", "'toString'", "'__proto__'", "'hasOwnProperty'", "0", "1", "'1'", "'length'", "'map'", "'group'"];

impl Gen<'_> {
    /// An expression with a bitwise operator, `**`, `in` or an optional
    /// call; never throws.
    pub(super) fn modern(&mut self, d: u32) -> String {
        let x = self.expr(d);
        match self.rng.below(15) {
            0 => format!("({x} | {})", self.expr(d)),
            1 => format!("({x} & {})", self.expr(d)),
            2 => format!("({x} ^ {})", self.expr(d)),
            3 => format!("(~{x})"),
            4 => format!("({x} << {})", self.expr(d)),
            5 => format!("({x} >> {})", self.expr(d)),
            6 => format!("({x} >>> {})", self.expr(d)),
            7 => format!("(({x}) ** {})", self.rng.pick(&["0", "1", "2", "3", "-1", "-2", "0.5", "'2'", "NaN", "-0"])),
            8 => format!("(({x}) ** {})", self.expr(d)),
            9 => {
                let key = if self.rng.chance(30) { x } else { self.rng.pick(IN_KEYS).to_string() };
                format!("({key} in cfg)")
            }
            10 => {
                let key = if self.rng.chance(30) { x } else { self.rng.pick(IN_KEYS).to_string() };
                format!("({key} in [{}, {}])", self.expr(d), self.expr(d))
            }
            11 => {
                let key = self.rng.pick(IN_KEYS).to_string();
                format!("({key} in {{ k: {x}, 1: 2 }})")
            }
            // Optional chaining: a call skipped on a nullish callee or receiver.
            12 => {
                // `helper` is not recursive: in its body the callee is a builtin.
                let callee = if self.in_helper { "String" } else { "helper" };
                format!("(({x}) ? {callee} : undefined)?.({}, {x})", self.expr(d))
            }
            13 => format!("(req.body.a?.length ?? {x})"),
            _ => {
                let receiver = self.rng.pick(&["req.query.q", "[req.body.a]"]).to_string();
                format!("{receiver}?.indexOf({x})")
            }
        }
    }

    /// A statement of the modern syntax.
    pub(super) fn modern_statement(&mut self, depth: u32) {
        match self.rng.below(7) {
            0 if depth > 0 => self.for_of(depth),
            4 if depth > 0 => self.for_in(depth),
            1 => self.array_destructuring(),
            2 => self.parameter_patterns(),
            3 => self.array_spread(),
            5 => self.object_spread(),
            _ => self.logical_assignment(),
        }
    }

    /// Something to spread into an object or take the rest of: `cfg`, the
    /// request's values (objects, arrays, strings, numbers, null), literals.
    fn object_source(&mut self) -> String {
        match self.rng.below(6) {
            0 => "cfg".to_string(),
            1 => "req.body".to_string(),
            2 => "req.body.a".to_string(),
            3 => format!("{{ z: {}, k: {} }}", self.expr(1), self.expr(0)),
            4 => format!("[{}, {}]", self.expr(0), self.expr(0)),
            _ => self.string_expr(0),
        }
    }

    /// Object spread in a literal (entries before, between and after the
    /// spreads), object rest in a declaration or a parameter, or spread in
    /// a call.
    fn object_spread(&mut self) {
        let (first, second) = (self.object_source(), self.object_source());
        let name = self.fresh();
        match self.rng.below(4) {
            0 => {
                let (a, b) = (self.expr(1), self.expr(0));
                self.line(&format!("let {name} = {{ k: {a}, ...{first}, s: {b}, ...{second}, z: {a} }};"));
            }
            1 => {
                let (a, b, d) = (self.fresh(), self.fresh(), self.expr(1));
                // `null` and `undefined` have no rest: that would throw.
                self.line(&format!("const {{ k: {a}, z: {b} = {d}, ...{name} }} = {first} ?? {{}};"));
                self.line(&format!("{name}.got = [{a}, {b}];"));
            }
            2 => {
                let (f, a, r) = (self.fresh(), self.fresh(), self.fresh());
                self.line(&format!("const {f} = ({{ s: {a} = {first}, ...{r} }}) => [{a}, {r}];"));
                self.line(&format!("let {name} = {f}({second} ?? cfg);"));
            }
            _ => self.spread_call(&name),
        }
        self.vars.push(name);
    }

    /// `name` from a call with spread arguments: a builtin, a method of a
    /// fresh array, or a function of the program; the lists are arrays of
    /// up to six elements (more than the traced arities), strings or holes.
    fn spread_call(&mut self, name: &str) {
        let (first, second) = (self.spreadable(), self.spreadable());
        let a = self.expr(1);
        match self.rng.below(4) {
            0 => self.line(&format!("let {name} = Math.max(...{first}, {a});")),
            1 => self.line(&format!("let {name} = Math.min({a}, ...{first}, ...{second});")),
            2 => {
                self.line(&format!("let {name} = [{a}];"));
                self.line(&format!("{name}.push(...{first}, ...{name});"));
            }
            _ => {
                let (f, p, q) = (self.fresh(), self.fresh(), self.fresh());
                self.line(&format!("const {f} = function ({p}, {q} = {a}) {{ return [{p}, {q}]; }};"));
                let from = self.rng.below(4);
                self.line(&format!("let {name} = {f}(...{first}, ...[1, 2, 3, 4].slice({from}));"));
            }
        }
    }

    /// Something to spread: an array literal, a string (by code points,
    /// untraced), an array holding request values, or one with holes.
    fn spreadable(&mut self) -> String {
        match self.rng.below(4) {
            0 => format!("[{}, {}]", self.expr(1), self.expr(0)),
            1 => self.string_expr(0),
            2 => "[req.body.a, req.body.b]".to_string(),
            _ => {
                let holes = self.fresh();
                let e = self.expr(1);
                self.line(&format!("const {holes} = []; {holes}[2] = {e};"));
                holes
            }
        }
    }

    /// `let x = [a, ...b, c]`, or the same returned by a function.
    fn array_spread(&mut self) {
        let (first, second) = (self.spreadable(), self.spreadable());
        let (a, b) = (self.expr(1), self.expr(0));
        let literal = format!("[{a}, ...{first}, {b}, ...{second}]");
        let name = self.fresh();
        if self.rng.chance(50) {
            self.line(&format!("let {name} = {literal};"));
        } else {
            let f = self.fresh();
            self.line(&format!("const {f} = function () {{ return {literal}; }};"));
            self.line(&format!("let {name} = {f}();"));
        }
        self.vars.push(name);
    }

    /// A function or arrow with an array pattern (and a default or an
    /// object pattern reading it) in its parameters, called on an array
    /// literal, a string (iterated by code points, untraced), a request
    /// value or nothing (the pattern's own default).
    fn parameter_patterns(&mut self) {
        let (f, a, b, k) = (self.fresh(), self.fresh(), self.fresh(), self.fresh());
        let default = self.expr(1);
        let hole = if self.rng.chance(30) { ", " } else { "" };
        let first = match self.rng.below(3) {
            0 => format!("[{a}, {hole}{b} = {default}] = [{}]", self.expr(0)),
            _ => format!("[{a}, {hole}{b} = {default}]"),
        };
        let second = if self.rng.chance(50) { format!("{k} = {a}") } else { format!("{{ k: {k} = {a} }} = cfg") };
        let value = format!("[{a}, {b}, {k}]");
        if self.rng.chance(50) {
            self.line(&format!("const {f} = ({first}, {second}) => {value};"));
        } else {
            self.line(&format!("const {f} = function ({first}, {second}) {{ return {value}; }};"));
        }
        let list = match self.rng.below(4) {
            0 => format!("[{}, {}]", self.expr(1), self.expr(0)),
            1 => self.string_expr(0),
            2 if first.contains("] = [") => "undefined".to_string(),
            _ => "[req.body.a, req.body.b, req.body.a]".to_string(),
        };
        let target = self.target();
        // `null` would throw for the object pattern: pass an object there.
        let more = match (self.rng.chance(50), second.starts_with('{')) {
            (false, _) => String::new(),
            (true, true) => format!(", {{ k: {} }}", self.expr(1)),
            (true, false) => format!(", {}", self.expr(1)),
        };
        self.line(&format!("{target} = {f}({list}{more});"));
    }

    /// `let [a, , b = d] = list` over an array literal, a string (iterated
    /// by code points, untraced) or an array holding a request value.
    fn array_destructuring(&mut self) {
        let list = match self.rng.below(3) {
            0 => format!("[{}, {}]", self.expr(1), self.expr(0)),
            1 => self.string_expr(0),
            _ => "[req.body.a, req.body.b, req.body.a]".to_string(),
        };
        let (a, b) = (self.fresh(), self.fresh());
        let default = self.expr(1);
        let hole = if self.rng.chance(30) { ", " } else { "" };
        let kind = *self.rng.pick(&["let", "const", "var", "assign"]);
        if kind == "assign" && self.vars.len() >= 2 {
            // Destructuring assignment to variables already in scope.
            let (x, y) = (self.target(), self.target());
            self.line(&format!("[{x}, {hole}{y} = {default}] = {list};"));
            return;
        }
        let kind = if kind == "assign" { "let" } else { kind };
        self.line(&format!("{kind} [{a}, {hole}{b} = {default}] = {list};"));
        if kind == "const" {
            self.counters.extend([a, b]);
        } else {
            self.vars.extend([a, b]);
        }
    }

    /// `for (const x of list)` over an array literal, a request value (an
    /// array or not), or an array the loop itself grows (bounded).
    fn for_of(&mut self, depth: u32) {
        let item = self.fresh();
        let list = match self.rng.below(4) {
            0 => format!("[{}, {}, {}]", self.expr(1), self.expr(1), self.expr(0)),
            1 => self.rng.pick(&["req.body.a", "req.body.b", "req.query.q"]).to_string(),
            2 => self.string_expr(0),
            _ => {
                let grown = self.fresh();
                let (a, b) = (self.expr(1), self.expr(0));
                self.line(&format!("const {grown} = [{a}, {b}];"));
                let e = self.expr(1);
                self.line(&format!("for (const {item} of {grown}) {{ if ({grown}.length < 4) {grown}.push({e}); }}"));
                grown
            }
        };
        self.loop_over(item, "of", &list, depth);
    }

    /// `for (const k in o)` over an object literal (integer-like keys
    /// among the others), a request value (an object, an array, a string,
    /// a number, null), an array literal, or an object the loop itself
    /// grows (keys added during the loop are not visited).
    fn for_in(&mut self, depth: u32) {
        let key = self.fresh();
        let source = match self.rng.below(4) {
            0 => format!("{{ b: {}, 2: {}, a: {}, 1: 0 }}", self.expr(1), self.expr(1), self.expr(0)),
            1 => self.rng.pick(&["req.body", "req.body.a", "req.body.b", "req.query"]).to_string(),
            2 => format!("[{}, {}]", self.expr(1), self.expr(0)),
            _ => {
                let grown = self.fresh();
                let (a, b) = (self.expr(1), self.expr(0));
                self.line(&format!("const {grown} = {{ x: {a}, 0: {b} }};"));
                self.line(&format!("for (const {key} in {grown}) {{ {grown}[{key} + 'n'] = {key}; }}"));
                grown
            }
        };
        self.loop_over(key, "in", &source, depth);
    }

    /// `for (const|let var of|in source) { ... }`: a jump now and then, then
    /// a body that sees `var` as a loop counter.
    fn loop_over(&mut self, var: String, keyword: &str, source: &str, depth: u32) {
        let head = if self.rng.chance(70) { "const" } else { "let" };
        self.line(&format!("for ({head} {var} {keyword} {source}) {{"));
        self.counters.push(var);
        let was = std::mem::replace(&mut self.in_loop, true);
        if self.rng.chance(30) {
            let cond = self.expr(1);
            let jump = *self.rng.pick(&["break", "continue"]);
            self.line(&format!("  if ({cond}) {jump};"));
        }
        self.block(2, depth.saturating_sub(1));
        self.in_loop = was;
        self.counters.pop();
        self.line("}");
    }

    /// `??=`, `||=` or `&&=` on a variable, or on a member of a local object
    /// (the write must happen only when needed).
    fn logical_assignment(&mut self) {
        let op = *self.rng.pick(&["??=", "||=", "&&="]);
        let e = self.expr(2);
        if self.rng.chance(50) {
            let target = self.target();
            let value = self.expr(1);
            self.line(&format!("{target} = ({target} {op} {value});"));
            return;
        }
        let o = self.fresh();
        let key = *self.rng.pick(&["k", "z"]);
        self.line(&format!("const {o} = {{ k: {e} }};"));
        let value = self.expr(1);
        if self.rng.chance(50) {
            let target = self.target();
            self.line(&format!("{target} = ({o}.{key} {op} {value});"));
        } else {
            self.line(&format!("{o}[{key:?}] {op} {value};"));
        }
        let target = self.target();
        self.line(&format!("{target} = [{o}.k, {o}.z, {key:?} in {o}];"));
    }

    /// What a `try` body throws: with modern syntax, often an error made
    /// by `new Error(msg)`, `TypeError`, `RangeError` or `Error(msg)`, its
    /// message built from the request (any value: ToString of it).
    pub(super) fn maybe_error(&mut self, thrown: String) -> String {
        if !self.features.syntax || self.rng.chance(40) {
            return thrown;
        }
        match self.rng.below(5) {
            0 => format!("new Error({thrown})"),
            1 => format!("new TypeError('bad: ' + {thrown})"),
            2 => format!("new RangeError(`out of range ${{{thrown}}}`)"),
            3 => format!("Error({thrown})"),
            _ => "new Error()".to_string(),
        }
    }

    /// How a `try` without `catch` leaves its body: with modern syntax,
    /// sometimes by an error that escapes the handler (Node's process
    /// exits without answering; the trace must not answer either).
    pub(super) fn uncaught_error_branch(&mut self) -> usize {
        if self.features.syntax && self.rng.chance(25) {
            0
        } else {
            3
        }
    }

    /// What a `catch (err)` answers: the value, or with modern syntax what
    /// the error says of itself (any thrown value: `err && err.message`).
    pub(super) fn caught_value(&mut self) -> String {
        if self.features.syntax && self.rng.chance(60) {
            "[String(err), `${err}`, typeof err, err && err.message, err && err.name, JSON.stringify(err)]".to_string()
        } else {
            "[err]".to_string()
        }
    }
}
