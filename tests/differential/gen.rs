//! Generates small random serverless functions in the traced subset of
//! JavaScript, and requests for them. Deterministic for a given seed.
//!
//! The programs avoid crashing on purpose (no property reads of possibly
//! undefined values, methods only on values known to be strings or arrays),
//! so that most requests produce a response that the trace must reproduce.

use serde_json::{json, Value};

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

pub struct Program {
    pub source: String,
    /// Requests `{method, path, query, body}` to run through the function.
    pub requests: Vec<Value>,
}

struct Gen<'r> {
    rng: &'r mut Rng,
    vars: Vec<String>,
    /// Loop counters in scope: readable, never assigned (that could loop forever).
    counters: Vec<String>,
    next_var: usize,
    out: String,
    indent: usize,
}

const BINOPS: &[&str] = &["+", "-", "*", "%", "===", "!==", "<", ">", "<=", ">=", "&&", "||", "+", "+"];
const STRINGS: &[&str] = &["", "a", "bc", "10", "x y", "Hello"];

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
        let d = depth - 1;
        match self.rng.below(14) {
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
            _ => format!("JSON.stringify([{}])", self.expr(d)),
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
        let choice = if depth == 0 { self.rng.below(3) } else { self.rng.below(9) };
        match choice {
            0 => {
                let e = self.expr(2);
                let name = self.fresh();
                self.line(&format!("let {name} = {e};"));
                self.vars.push(name);
            }
            1 | 2 => {
                let target = self.target();
                let e = self.expr(2);
                self.line(&format!("{target} = {e};"));
            }
            3 | 4 => {
                let cond = self.expr(2);
                self.line(&format!("if ({cond}) {{"));
                self.block(2, depth - 1);
                self.line("} else {");
                self.block(1, depth - 1);
                self.line("}");
            }
            5 => {
                let i = self.fresh();
                let bound = self.rng.below(5);
                self.line(&format!("for (let {i} = 0; {i} < {bound}; {i}++) {{"));
                self.counters.push(i);
                self.block(2, depth - 1);
                self.counters.pop();
                self.line("}");
            }
            // Closures made inside a loop body are a documented limit of the
            // tracer (a guarded call of one is `unknown`), so only outside loops.
            7 if self.counters.is_empty() => {
                let target = self.target();
                let captured = self.var();
                let arg = self.expr(1);
                self.line(&format!("{target} = twice((x) => x + {captured}, {arg});"));
            }
            6 | 7 => {
                let target = self.target();
                let (a, b) = (self.expr(1), self.expr(1));
                self.line(&format!("{target} = helper({a}, {b});"));
            }
            _ => {
                let cond = self.expr(1);
                let value = self.expr(2);
                self.line(&format!("if ({cond}) {{ c.respond({value}); return; }}"));
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
}

fn request_value(rng: &mut Rng) -> Option<Value> {
    Some(match rng.below(12) {
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

/// A whole function: helpers, a handler of random statements, a final respond.
pub fn program(rng: &mut Rng, requests: usize) -> Program {
    let mut g = Gen { rng, vars: vec![], counters: vec![], next_var: 0, out: String::new(), indent: 0 };
    g.line("const c = require('containerless');");
    g.line("function helper(p, q) {");
    g.indent += 1;
    g.vars = vec!["p".into(), "q".into()];
    let cond = g.expr(1);
    let (t, f) = (g.expr(2), g.expr(2));
    g.line(&format!("if ({cond}) {{ return {t}; }}"));
    g.line(&format!("return {f};"));
    g.indent -= 1;
    g.line("}");
    g.line("function twice(f, x) { return f(f(x)); }");
    g.line("c.listen(function(req) {");
    g.indent += 1;
    g.vars = vec![];
    for (name, init) in [("a", "req.body.a"), ("b", "req.body.b"), ("q", "req.query.q"), ("p", "req.path")] {
        g.line(&format!("let {name} = {init};"));
        g.vars.push(name.to_string());
    }
    g.statements(6, 2);
    let result: Vec<String> = g.vars.clone();
    g.line(&format!("c.respond([{}]);", result.join(", ")));
    g.indent -= 1;
    g.line("});");
    let source = g.out;
    let requests = (0..requests).map(|_| request(g.rng)).collect();
    Program { source, requests }
}
