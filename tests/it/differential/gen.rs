//! Generates small random serverless functions, and requests for them, to
//! hunt for answers the trace gives that Node would not. Deterministic for a
//! given seed.
//!
//! A program mixes what the tracer models with what it does not, at every
//! position a value can take (an assignment, an initializer, a condition, an
//! argument, a loop bound, a branch): bitwise operators, `**`, `in`,
//! `instanceof`, regular expressions, classes, generators, async functions,
//! comma expressions, BigInt, `require` of a Node module, a function using
//! `this`, `try`/`throw`, Annex B block functions. It makes closures in loops
//! and compares, stores and calls them; calls functions whose parameter
//! defaults close over parameters that a body `var` shadows; keeps state at
//! the top level across requests; and makes outgoing calls to an upstream
//! that sometimes misbehaves. Expressions also call the builtins the trace
//! models: conversions, string methods, `Math`, `Object` statics and array
//! callbacks (`gen_builtins.rs`).
//!
//! The programs avoid crashing on purpose (no property reads of possibly
//! undefined values, methods only on values known to be strings or arrays),
//! so that most requests produce a response the trace must reproduce.

use serde_json::{json, Value};

#[path = "gen_builtins.rs"]
mod builtins;
#[path = "gen_syntax.rs"]
mod syntax;

/// A small xorshift generator: enough randomness for tests, no dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// What a program may contain besides the classic traced subset.
#[derive(Clone, Copy, Debug, Default)]
pub struct Features {
    /// Constructs the tracer does not model, anywhere a value goes.
    pub unmodelled: bool,
    /// Closures made in loops, compared, stored and called.
    pub loop_closures: bool,
    /// Parameter defaults that close over a parameter a body `var` shadows.
    pub shadowing: bool,
    /// Annex B functions declared in blocks and read after them.
    pub block_functions: bool,
    /// `try`/`catch` and `throw`.
    pub exceptions: bool,
    /// Top-level bindings and objects that requests change.
    pub state: bool,
    /// Outgoing calls to the test upstream; the answer comes from the callback.
    pub outgoing: bool,
    /// Modern syntax modelled since #15 (`gen_syntax.rs`).
    pub syntax: bool,
}

impl Features {
    /// Only what the first generator made: every request that built the
    /// trace must be answered by it.
    pub fn classic(&self) -> bool {
        !(self.unmodelled
            || self.loop_closures
            || self.shadowing
            || self.block_functions
            || self.exceptions
            || self.state
            || self.outgoing
            || self.syntax)
    }

    /// Only the classic subset and state: every request of a training
    /// session must be answered by the trace it built.
    pub fn modelled_but_state(&self) -> bool {
        self.state && Features { state: false, ..*self }.classic()
    }

    fn random(rng: &mut Rng) -> Features {
        if rng.chance(20) {
            return Features::default();
        }
        Features {
            unmodelled: rng.chance(55),
            loop_closures: rng.chance(40),
            shadowing: rng.chance(40),
            block_functions: rng.chance(20),
            exceptions: rng.chance(20),
            state: rng.chance(35),
            outgoing: rng.chance(30),
            syntax: rng.chance(40),
        }
    }
}

pub struct Program {
    pub source: String,
    pub features: Features,
    /// Every training request must be answered by the traces it built.
    pub covered: bool,
    /// Every training request must be answered by the traces it built, as
    /// a session in the order that built each (a stateful program).
    pub session_covered: bool,
    /// Requests `{method, path, query, body}` that build the trace.
    pub training: Vec<Value>,
    /// Other requests, never used for training.
    pub probes: Vec<Value>,
}

struct Gen<'r> {
    rng: &'r mut Rng,
    features: Features,
    vars: Vec<String>,
    /// Loop counters in scope: readable, never assigned (that could loop forever).
    counters: Vec<String>,
    next_var: usize,
    out: String,
    indent: usize,
    /// Inside a loop body: early `return`s are kept outside loops so that
    /// most requests reach the end.
    in_loop: bool,
    /// Feature statements still to place.
    special: u32,
    /// A write with a computed key into a top-level object was made (`memo`):
    /// a key JavaScript orders as an integer (`"10"`) is not modelled there.
    computed_state_keys: bool,
    /// Writing `helper`'s own body: it must not call itself (a recursion
    /// nothing bounds ends in a stack overflow, or, with `JSON.stringify`
    /// doubling a string at each level, in minutes of string work).
    in_helper: bool,
}

const BINOPS: &[&str] = &["+", "-", "*", "%", "===", "!==", "==", "!=", "<", ">", "<=", ">=", "&&", "||", "+", "+"];
const STRINGS: &[&str] = &["", "a", "bc", "10", "x y", "Hello"];
/// Paths of the test upstream (`common/upstream.rs`), each with its own behaviour.
pub const UPSTREAM_PATHS: &[&str] =
    &["/json/", "/text/", "/status/404", "/status/500", "/close", "/nojson", "/empty", "/chunked/", "/redirect"];

impl Gen<'_> {
    fn line(&mut self, text: &str) {
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn literal(&mut self) -> String {
        match self.rng.below(6) {
            0 | 1 => format!("{}", self.rng.below(12) as i64 - 3),
            2 => format!("{:?}", self.rng.pick(STRINGS)),
            3 => self.rng.pick(&["true", "false"]).to_string(),
            4 => self.rng.pick(&["null", "undefined", "2.5"]).to_string(),
            _ => format!("{}", self.rng.below(100)),
        }
    }

    /// Any variable in scope, loop counters included.
    fn var(&mut self) -> String {
        let count = self.vars.len() + self.counters.len();
        let i = self.rng.below(count);
        if i < self.vars.len() {
            self.vars[i].clone()
        } else {
            self.counters[i - self.vars.len()].clone()
        }
    }

    /// A variable that may be assigned.
    fn target(&mut self) -> String {
        let i = self.rng.below(self.vars.len());
        self.vars[i].clone()
    }

    /// A string-valued expression (safe receiver for string methods).
    fn string_expr(&mut self, depth: u32) -> String {
        format!("('' + {})", self.expr(depth))
    }

    fn expr(&mut self, depth: u32) -> String {
        if depth == 0 {
            return if self.rng.chance(60) { self.var() } else { self.literal() };
        }
        let d = depth.saturating_sub(1);
        if self.features.unmodelled && self.rng.chance(12) {
            return self.unmodelled(d);
        }
        if self.features.syntax && self.rng.chance(15) {
            return self.modern(d);
        }
        match self.rng.below(15) {
            0..=4 => {
                let op = *self.rng.pick(BINOPS);
                format!("({} {} {})", self.expr(d), op, self.expr(d))
            }
            5 => format!("(!{})", self.expr(d)),
            6 => format!("(typeof {})", self.expr(d)),
            7 => format!("({} ? {} : {})", self.expr(d), self.expr(d), self.expr(d)),
            8 => format!("`<${{{}}}|${{{}}}>`", self.expr(d), self.expr(d)),
            9 => {
                let s = self.string_expr(d);
                match self.rng.below(6) {
                    0 => format!("{s}.length"),
                    1 => format!("{s}.toUpperCase()"),
                    2 => format!("{s}.slice({})", self.rng.below(4)),
                    3 => format!("{s}.indexOf({:?})", self.rng.pick(STRINGS)),
                    4 => format!("{s}.includes({:?})", self.rng.pick(STRINGS)),
                    _ => format!("{s}.split({:?}).length", self.rng.pick(&["", " ", "0"])),
                }
            }
            10 => {
                let f = self.rng.pick(&["floor", "ceil", "round", "abs"]);
                format!("Math.{f}({} * 1.5)", self.num_expr(d))
            }
            11 => format!("Math.max({}, {})", self.num_expr(d), self.num_expr(d)),
            12 => format!("[{}, {}].join({:?})", self.expr(d), self.expr(d), self.rng.pick(&["-", ""])),
            13 => self.builtin(d),
            _ => format!("JSON.stringify([{}])", self.expr(d)),
        }
    }

    /// A value the tracer does not model; none of them throws for the
    /// values these programs hold.
    fn unmodelled(&mut self, d: u32) -> String {
        let x = self.expr(d);
        match self.rng.below(18) {
            0 => format!("({x} | 0)"),
            1 => format!("({x} & 6)"),
            2 => format!("({x} ^ {})", self.expr(d)),
            3 => format!("(~{x})"),
            4 => format!("({x} << 2)"),
            5 => format!("({x} >> 1)"),
            6 => format!("(({x}) >>> 28)"),
            7 => format!("(({x}) ** 2)"),
            8 => format!("({:?} in cfg)", self.rng.pick(&["k", "s", "z", "toString"])),
            9 => format!("({x} instanceof Array)"),
            10 => format!("/b|1/.test('' + {x})"),
            11 => "(class Named {}).name".to_string(),
            12 => "typeof function* () {}".to_string(),
            13 => "typeof (async () => 1)".to_string(),
            14 => format!("({x}, {})", self.expr(d)),
            15 => "typeof 7n".to_string(),
            16 => format!("require('path').basename('/a/' + {x})"),
            _ => "selfType()".to_string(),
        }
    }

    fn num_expr(&mut self, depth: u32) -> String {
        format!("(+{})", self.expr(depth))
    }

    fn fresh(&mut self) -> String {
        let name = format!("v{}", self.next_var);
        self.next_var += 1;
        name
    }

    fn statements(&mut self, count: usize, depth: u32) {
        for _ in 0..count {
            self.statement(depth);
        }
    }

    fn statement(&mut self, depth: u32) {
        // A few feature statements per program, most of them in branches:
        // one that ends the path in `unknown` leaves the other paths to check.
        if self.special > 0 && self.rng.chance(if depth == 2 { 10 } else { 30 }) {
            self.special -= 1;
            return self.special_statement(depth);
        }
        // 15: a labelled block, 16: computed writes (both modelled since #15), among the classic ones.
        let choice =
            if depth == 0 { self.rng.below(3) } else { [0, 1, 2, 3, 4, 5, 6, 7, 8, 15, 16][self.rng.below(11)] };
        if self.features.syntax && self.rng.chance(15) {
            return self.modern_statement(depth);
        }
        self.classic_statement(choice, depth);
    }

    fn special_statement(&mut self, depth: u32) {
        let f = self.features;
        let enabled: Vec<u32> = [
            (f.loop_closures, 9),
            (f.shadowing, 10),
            (f.block_functions && depth > 0, 11),
            (f.exceptions, 12),
            (f.state, 13),
            (f.unmodelled, 14),
        ]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, k)| *k)
        .collect();
        match enabled.is_empty() {
            true => self.classic_statement(1, depth),
            false => {
                let choice = *self.rng.pick(&enabled);
                self.classic_statement(choice as usize, depth)
            }
        }
    }

    fn classic_statement(&mut self, choice: usize, depth: u32) {
        match choice {
            0 => {
                let e = self.expr(2);
                let name = self.fresh();
                let kind = *self.rng.pick(&["let", "let", "const", "var"]);
                self.line(&format!("{kind} {name} = {e};"));
                if kind != "const" {
                    self.vars.push(name);
                }
            }
            1 | 2 => {
                let target = self.target();
                let e = self.expr(2);
                self.line(&format!("{target} = {e};"));
            }
            3 | 4 => {
                let cond = self.expr(2);
                self.line(&format!("if ({cond}) {{"));
                self.block(2, depth.saturating_sub(1));
                self.line("} else {");
                self.block(1, depth.saturating_sub(1));
                self.line("}");
            }
            5 => {
                let i = self.fresh();
                // The bound is evaluated on every iteration: it is in the loop too.
                let was = std::mem::replace(&mut self.in_loop, true);
                let bound = if self.rng.chance(50) { self.rng.below(5).to_string() } else { self.bound() };
                self.line(&format!("for (let {i} = 0; {i} < {bound}; {i}++) {{"));
                self.counters.push(i);
                self.block(2, depth.saturating_sub(1));
                self.in_loop = was;
                self.counters.pop();
                self.line("}");
            }
            6 => {
                let target = self.target();
                let (a, b) = (self.expr(1), self.expr(1));
                self.line(&format!("{target} = helper({a}, {b});"));
            }
            7 if self.counters.is_empty() || self.features.loop_closures => {
                let target = self.target();
                let captured = self.var();
                let arg = self.expr(1);
                self.line(&format!("{target} = twice((x) => x + {captured}, {arg});"));
            }
            8 if !self.in_loop => {
                let cond = self.expr(1);
                let value = self.expr(2);
                self.line(&format!("if ({cond}) {{ c.respond({value}); return; }}"));
            }
            9 if self.features.loop_closures => self.loop_closures(),
            10 if self.features.shadowing => {
                let target = self.target();
                let f = *self.rng.pick(&["shadow1", "shadow2", "shadow3", "dflt", "arrowShadow"]);
                let arg = if self.rng.chance(20) { String::new() } else { self.expr(1) };
                self.line(&format!("{target} = {f}({arg});"));
            }
            11 if self.features.block_functions => {
                let name = format!("blockFn{}", self.next_var);
                self.next_var += 1;
                let (cond, value) = (self.expr(1), self.expr(1));
                let target = self.target();
                self.line(&format!("{target} = typeof {name};"));
                self.line(&format!("if ({cond}) {{ function {name}() {{ return {value}; }} }}"));
                let target = self.target();
                self.line(&format!("{target} = typeof {name} === 'function' ? {name}() : typeof {name};"));
            }
            12 if self.features.exceptions => self.try_statement(depth),
            13 if self.features.state => self.state_change(),
            14 if self.features.unmodelled => {
                // An unmodelled value in each position a value can take.
                let u = self.unmodelled(1);
                match self.rng.below(5) {
                    0 => {
                        let target = self.target();
                        self.line(&format!("{target} = {u};"));
                    }
                    1 => {
                        let name = self.fresh();
                        self.line(&format!("let {name} = {u};"));
                        self.vars.push(name);
                    }
                    2 => {
                        self.line(&format!("if ({u}) {{"));
                        self.block(1, depth.saturating_sub(1));
                        self.line("}");
                    }
                    3 => {
                        let (target, other) = (self.target(), self.expr(1));
                        self.line(&format!("{target} = helper({u}, {other});"));
                    }
                    _ => {
                        let (target, other) = (self.target(), self.expr(1));
                        self.line(&format!("{target} = [{u}, {other}];"));
                    }
                }
            }
            15 => {
                let label = format!("blk{}", self.next_var);
                self.next_var += 1;
                let cond = self.expr(1);
                self.line(&format!("{label}: {{"));
                let visible = self.vars.len();
                self.indent += 1;
                self.statements(1, depth.saturating_sub(1));
                self.line(&format!("if ({cond}) break {label};"));
                self.statements(1, depth.saturating_sub(1));
                self.indent -= 1;
                self.vars.truncate(visible);
                self.line("}");
            }
            16 => self.computed_writes(),
            _ => {
                let target = self.target();
                let e = self.expr(2);
                self.line(&format!("{target} = {e};"));
            }
        }
    }

    /// A small array index (0..=5, past the end of the arrays written here:
    /// holes), from any value.
    fn small_index(&mut self) -> String {
        format!("Math.min(5, Math.abs(Math.floor({})) || 0)", self.num_expr(1))
    }

    /// Writes to a fresh local array and object through computed keys
    /// (indexes past the end, `length`, numeric strings, string keys of any
    /// value, compound updates), then a value that shows them. Only keys the
    /// trace models, so classic programs stay fully answered.
    fn computed_writes(&mut self) {
        let (arr, obj) = (self.fresh(), self.fresh());
        let (first, value) = (self.expr(1), self.expr(1));
        self.line(&format!("const {arr} = [{first}]; const {obj} = {{}};"));
        let index = self.small_index();
        match self.rng.below(4) {
            0 => self.line(&format!("{arr}[{index}] = {value};")),
            1 => self.line(&format!("{arr}.length = {index};")),
            2 => self.line(&format!("{arr}['' + {index}] = {value};")),
            _ => self.line(&format!("{arr}[{index}] += {value};")),
        }
        let key = self.string_expr(1);
        let (index, value) = (self.small_index(), self.expr(1));
        self.line(&format!("{obj}[{key}] = ({obj}[{key}] || 0) + 1; {obj}[{index}] = {value};"));
        let target = self.target();
        let shown = match self.rng.below(3) {
            0 => format!("[{arr}, {arr}.length, {obj}]"),
            1 => format!("{arr}.join('-') + JSON.stringify({obj})"),
            _ => format!("[{arr}.includes(undefined), {arr}[{index}], {obj}[{key}]]"),
        };
        self.line(&format!("{target} = {shown};"));
    }

    /// `try` with a catch clause (a name, none, or a pattern for thrown
    /// objects) and/or a finally clause; the body throws a value, calls
    /// `check` (which throws from an inlined call), or leaves a loop. Every
    /// exception is caught: one escaping the handler would end the process.
    fn try_statement(&mut self, depth: u32) {
        let d = depth.saturating_sub(1);
        let visible = self.vars.len();
        let with_catch = self.rng.chance(80);
        self.line("try {");
        self.indent += 1;
        self.statements(1, d);
        let (cond, thrown) = (self.expr(1), self.expr(1));
        let leave = if self.in_loop { *self.rng.pick(&["continue", "break"]) } else { "return" };
        let jump = |leave: &str| match leave {
            "return" => "{ c.respond('left'); return; }".to_string(),
            other => format!("{other};"),
        };
        let throws_objects = match if with_catch { self.rng.below(4) } else { self.uncaught_error_branch() } {
            0 => {
                let thrown = self.maybe_error(thrown);
                self.line(&format!("if ({cond}) throw {thrown};"));
                false
            }
            1 => {
                let target = self.target();
                self.line(&format!("{target} = check({thrown}, {cond});"));
                true
            }
            2 => {
                self.line(&format!("if ({cond}) throw {{ v: {thrown} }};"));
                true
            }
            _ => {
                self.line(&format!("if ({cond}) {}", jump(leave)));
                true
            }
        };
        self.statements(1, d);
        self.indent -= 1;
        self.vars.truncate(visible);
        if with_catch {
            let target = self.target();
            let binding = match self.rng.below(3) {
                0 => "",
                1 if throws_objects => "({ v }) ",
                _ => "(err) ",
            };
            let value = match binding {
                "" => self.expr(1),
                "(err) " => self.caught_value(),
                _ => "[v, typeof v]".to_string(),
            };
            self.line(&format!("}} catch {binding}{{ {target} = {value}; }}"));
        } else {
            self.line("}");
        }
        if !with_catch || self.rng.chance(50) {
            let (target, e, cond) = (self.target(), self.expr(2), self.expr(1));
            // On a line of its own: JavaScript allows it, the program stays readable.
            self.line("finally {");
            self.indent += 1;
            self.line(&format!("{target} = {e};"));
            // A jump in the finally clause replaces how the body ended.
            if self.rng.chance(20) {
                self.line(&format!("if ({cond}) {}", jump(leave)));
            }
            self.indent -= 1;
            self.line("}");
        }
    }

    /// A loop bound taken from the request, at most 3 (NaN runs no iteration).
    fn bound(&mut self) -> String {
        format!("Math.min(3, {})", self.num_expr(1))
    }

    /// Closures made in a loop (directly, or by a helper called in it),
    /// then compared, stored, passed and called.
    fn loop_closures(&mut self) {
        let list = self.fresh();
        let i = self.fresh();
        let bound = self.bound();
        self.line(&format!("const {list} = [];"));
        let maker = match self.rng.below(4) {
            0 => "function () { return 1; }".to_string(),
            1 => format!("() => {i}"),
            2 => format!("makeConst({i})"),
            _ => format!("(x) => x + {i}"),
        };
        self.line(&format!("for (let {i} = 0; {i} < {bound}; {i}++) {{ {list}.push({maker}); }}"));
        let target = self.target();
        let test = match self.rng.below(7) {
            0 => format!("{list}.length > 1 ? {list}[0] === {list}[1] : {list}.length"),
            1 => format!("{list}.length > 0 && {list}[0] === {list}[{list}.length - 1]"),
            2 => format!("{list}[0] !== {list}[1]"),
            3 => format!("{list}[0] == {list}[1]"),
            4 => format!("{list}.indexOf({list}[{list}.length - 1])"),
            5 => format!("[{list}[0]].includes({list}[1])"),
            _ => format!("typeof {list}[0]"),
        };
        self.line(&format!("{target} = {test};"));
        match self.rng.below(3) {
            0 => {
                let target = self.target();
                self.line(&format!(
                    "switch ({list}[0]) {{ case {list}[1]: {target} = 'same'; break; default: {target} = 'other'; }}"
                ));
            }
            1 => {
                let (f, target) = (self.fresh(), self.target());
                self.line(&format!("const {f} = {list}[0];"));
                self.line(&format!("if ({f}) {{ {target} = {f}(2); }}"));
            }
            _ => {
                let target = self.target();
                self.line(&format!("{target} = {list}.length ? twice({list}[0], 1) : 0;"));
            }
        }
    }

    /// A change to state that outlives the request: top-level bindings,
    /// objects and arrays written (and read back) symbolically; a grid cell
    /// marked by the request and reset or left marked; an accounts object
    /// holding objects other requests made; a top-level function that
    /// writes a top-level binding.
    fn state_change(&mut self) {
        let target = self.target();
        match self.rng.below(9) {
            0 => {
                self.line("count = count + 1;");
                self.line(&format!("{target} = count;"));
            }
            1 => {
                let (key, value) = (self.string_expr(0), self.expr(1));
                self.computed_state_keys = true;
                self.line(&format!("memo[{key}] = {value};"));
                let key = self.string_expr(0);
                self.line(&format!("{target} = memo[{key}];"));
            }
            2 => {
                let value = self.expr(1);
                self.line(&format!("log.push({value});"));
                self.line("while (log.length > 3) { log.shift(); }");
                self.line(&format!("{target} = log.length;"));
            }
            3 => {
                let key = self.string_expr(0);
                self.line(&format!("{target} = memo[{key}];"));
            }
            5 => {
                let (v, j, i) = (self.var(), self.rng.below(3), self.rng.below(3));
                let valid = format!("typeof {v} === 'number' && {v} >= 0 && {v} < 3");
                self.line(&format!("if ({valid}) {{ grid[{v} - {v} % 1][{j}] = 1; }}"));
                self.line(&format!("{target} = grid[{i}].join('') + '/' + grid[{}].join('');", (i + 1) % 3));
                if self.rng.chance(60) {
                    self.line(&format!("if ({valid}) {{ grid[{v} - {v} % 1][{j}] = 0; }}"));
                }
            }
            6 => {
                // Never an integer-like key (`"k10"`): every write is modelled.
                let (k, value) = (self.string_expr(0), self.expr(1));
                let account = format!("accts['k' + {k}]");
                self.line(&format!(
                    "if (!(typeof {account} === 'object' && {account} !== null)) {{ {account} = {{ n: 0, items: [] }}; }}"
                ));
                self.line(&format!("{account}.n = {account}.n + 1;"));
                self.line(&format!("{account}.items.push({value});"));
                self.line(&format!("{target} = [{account}.n, {account}.items.length];"));
            }
            7 => {
                let value = self.expr(1);
                self.line(&format!("{target} = bump({value});"));
            }
            8 => {
                self.line("count = count > 2 ? 0 : count;");
                self.line(&format!("{target} = count;"));
            }
            _ => {
                self.line(&format!("{target} = [count, log.length];"));
            }
        }
    }

    /// A nested block: variables declared inside are not visible after it.
    fn block(&mut self, count: usize, depth: u32) {
        let visible = self.vars.len();
        self.indent += 1;
        self.statements(count, depth);
        self.indent -= 1;
        self.vars.truncate(visible);
    }

    /// The helpers every program may call.
    fn prelude(&mut self, upstream: &str) {
        self.line("const c = require('containerless');");
        self.line(&format!("const U = {upstream:?};"));
        self.line("const cfg = { k: 3, s: 'x' };");
        if self.features.state {
            self.line("let count = 0;");
            self.line("const memo = {};");
            self.line("const log = [];");
            self.line("const grid = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];");
            self.line("const accts = {};");
            self.line("function bump(n) { count = count + n; return count; }");
        }
        self.line("function helper(p, q) {");
        self.indent += 1;
        self.vars = vec!["p".into(), "q".into()];
        self.in_helper = true;
        let cond = self.expr(1);
        let (t, f) = (self.expr(2), self.expr(2));
        self.in_helper = false;
        self.line(&format!("if ({cond}) {{ return {t}; }}"));
        self.line(&format!("return {f};"));
        self.indent -= 1;
        self.line("}");
        self.line("function twice(f, x) { return f(f(x)); }");
        if self.features.exceptions {
            self.line("function check(v, t) { if (t) throw { v: v }; return v; }");
        }
        self.line("function makeConst(n) { return function () { return n; }; }");
        self.line("function selfType() { return typeof this; }");
        self.line("function shadow1(x, g = () => x) { var x = 'body'; return [x, g()]; }");
        self.line("function shadow2(x, y = function () { x = 'd'; }) { var x = 'b'; y(); return x; }");
        self.line("function shadow3(x, g = () => x) { var x; x = [x]; return [x, g()]; }");
        self.line("function dflt(a, b = a + 1, { k = 2 } = {}) { return [a, b, k, dflt.length]; }");
        self.line("const arrowShadow = (x, g = () => x) => { var y = x; x = 'set'; return [y, g()]; };");
    }

    /// Where the handler answers: a `respond`, or an outgoing call whose
    /// callback does.
    fn answer(&mut self) {
        let result: Vec<String> = self.vars.clone();
        let values = result.join(", ");
        if !self.features.outgoing {
            self.line(&format!("c.respond([{values}]);"));
            return;
        }
        let path = *self.rng.pick(UPSTREAM_PATHS);
        let suffix =
            if path.ends_with('/') { format!(" + encodeURIComponent({})", self.string_expr(0)) } else { String::new() };
        let url = format!("U + {path:?}{suffix}");
        match self.rng.below(3) {
            // State written in the callback, before it answers.
            0 if self.features.state && self.rng.chance(50) => self.line(&format!(
                "c.get({url}, function (r) {{ count = count + 1; c.respond([r, count, {values}]); }});"
            )),
            0 => self.line(&format!("c.get({url}, function (r) {{ c.respond([r, {values}]); }});")),
            1 => {
                let body = self.expr(1);
                self.line(&format!(
                    "c.post({{ url: U + '/echo', body: {{ v: {body}, w: [{values}] }} }}, function (r) {{ c.respond(r); }});"
                ));
            }
            _ => {
                let second = *self.rng.pick(UPSTREAM_PATHS);
                self.line(&format!("c.get({url}, function (r) {{"));
                self.line(&format!("  c.get(U + {second:?} + 'n', function (s) {{ c.respond([r, s, {values}]); }});"));
                self.line("});");
            }
        }
    }
}

fn request_value(rng: &mut Rng) -> Option<Value> {
    Some(match rng.below(14) {
        0 => return None,
        1 => json!(null),
        2 => json!(true),
        3 => json!(false),
        4 => json!("10"),
        5 => json!("abc"),
        6 => json!(""),
        7 => json!(2.5),
        8 => json!([1, "two"]),
        9 => json!({"k": 1}),
        10 => json!("b1"),
        11 => json!(-0.0),
        _ => json!(rng.below(20) as i64 - 5),
    })
}

/// One random request for a generated function.
pub fn request(rng: &mut Rng) -> Value {
    let mut body = serde_json::Map::new();
    for key in ["a", "b"] {
        if let Some(v) = request_value(rng) {
            body.insert(key.to_string(), v);
        }
    }
    let mut query = serde_json::Map::new();
    if rng.chance(70) {
        query.insert("q".into(), json!(*rng.pick(STRINGS)));
    }
    json!({"method": "POST", "path": *rng.pick(&["/", "/x", "/y/z"]), "query": query, "body": body})
}

/// A whole function and its requests: `training` build the trace, `probes`
/// (all different from them) check it. `upstream` is the base URL of the
/// test upstream.
pub fn program(rng: &mut Rng, training: usize, probes: usize, upstream: &str) -> Program {
    let features = Features::random(rng);
    let mut g = Gen {
        rng,
        features,
        vars: vec![],
        counters: vec![],
        next_var: 0,
        out: String::new(),
        indent: 0,
        in_loop: false,
        special: 3,
        computed_state_keys: false,
        in_helper: false,
    };
    g.prelude(upstream);
    g.line("c.listen(function(req) {");
    g.indent += 1;
    g.vars = vec![];
    for (name, init) in [("a", "req.body.a"), ("b", "req.body.b"), ("q", "req.query.q"), ("p", "req.path")] {
        g.line(&format!("let {name} = {init};"));
        g.vars.push(name.to_string());
    }
    g.statements(6, 2);
    g.answer();
    g.indent -= 1;
    g.line("});");
    let source = std::mem::take(&mut g.out);
    let computed_state_keys = g.computed_state_keys;
    let mut requests: Vec<Value> = Vec::new();
    let mut attempts = 0;
    while requests.len() < training + probes && attempts < 20 * (training + probes) {
        attempts += 1;
        let r = request(rng);
        if !requests.contains(&r) {
            requests.push(r);
        }
    }
    let probes = requests.split_off(training.min(requests.len()));
    let session_covered = features.modelled_but_state() && !computed_state_keys;
    Program { source, features, covered: features.classic(), session_covered, training: requests, probes }
}
