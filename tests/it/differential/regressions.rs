//! The holes the soundness campaign was built to find, each as a fixed
//! program: trained in both orders, probed with requests it never saw, and
//! checked against a fresh Node like every generated program.

use super::gen::{Features, Program};
use serde_json::{json, Value};

#[path = "regressions_builtins.rs"]
mod builtins;
#[path = "regressions_errors.rs"]
mod errors;
#[path = "regressions_forin.rs"]
mod forin;
#[path = "regressions_objspread.rs"]
mod objspread;
#[path = "regressions_params.rs"]
mod params;
#[path = "regressions_sort.rs"]
mod sort;

pub struct Case {
    pub name: &'static str,
    pub program: Program,
    /// Requests every trace must answer: what the tracer models.
    pub must_answer: Vec<Value>,
    /// Requests every trace must leave `unknown`: where the compiler is
    /// deliberately conservative, so that answering them is a decision.
    pub must_not_answer: Vec<Value>,
}

fn post(body: Value) -> Value {
    json!({"method": "POST", "path": "/", "query": {}, "body": body})
}

fn case(name: &'static str, handler_body: &str, training: Vec<Value>, probes: Vec<Value>) -> Case {
    let source = format!(
        "const c = require('containerless');\nfunction id(v) {{ return v; }}\n\
         function mk(n) {{ return function () {{ return n; }}; }}\n\
         c.listen(function (req) {{\n{handler_body}\n}});\n"
    );
    Case {
        name,
        program: Program {
            source,
            features: Features::default(),
            covered: false,
            session_covered: false,
            training,
            probes,
        },
        must_answer: vec![],
        must_not_answer: vec![],
    }
}

/// A program whose top level is written out (state, helpers).
fn whole(name: &'static str, source: &str, training: Vec<Value>, probes: Vec<Value>, state: bool) -> Case {
    let features = Features { state, ..Features::default() };
    Case {
        name,
        program: Program {
            source: source.to_string(),
            features,
            covered: false,
            session_covered: false,
            training,
            probes,
        },
        must_answer: vec![],
        must_not_answer: vec![],
    }
}

fn answered(mut c: Case, requests: &[Value]) -> Case {
    c.must_answer = requests.to_vec();
    c
}

fn unknown(mut c: Case, requests: &[Value]) -> Case {
    c.must_not_answer = requests.to_vec();
    c
}

/// Class 1: two closures from one function expression are two functions.
fn closure_identity() -> Vec<Case> {
    let n = |k: i64| post(json!({"n": k}));
    let make = "const fs = []; for (let i = 0; i < req.body.n; i++) fs.push(function () { return 1; });";
    let mut cases = Vec::new();
    for (name, test) in [
        ("loop closures ===", "fs[0] === fs[1]"),
        ("loop closures ==", "fs[0] == fs[1]"),
        ("loop closures !==", "fs[0] !== fs[1]"),
        ("loop closures !=", "fs[0] != fs[1]"),
        ("loop closure with itself", "fs[0] === fs[fs.length - 1]"),
        ("objects holding loop closures", "({ f: fs[0] }).f === ({ f: fs[1] }).f"),
    ] {
        let body = format!("{make}\nc.respond({{ same: {test} }});");
        cases.push(answered(case(name, &body, vec![n(2), n(1)], vec![n(3), n(0), n(5)]), &[n(2), n(3)]));
    }
    let index_of = format!("{make}\nc.respond(fs.indexOf(fs[fs.length - 1]));");
    cases.push(case("indexOf of a loop closure", &index_of, vec![n(2), n(1)], vec![n(3), n(0)]));
    let switch = format!(
        "{make}\nlet r = 'none';\nswitch (fs[0]) {{ case fs[1]: r = 'same'; break; default: r = 'other'; }}\nc.respond(r);"
    );
    cases.push(case("switch on loop closures", &switch, vec![n(2), n(1)], vec![n(3), n(0)]));
    let helper = "const fs = []; for (let i = 0; i < req.body.n; i++) fs.push(mk(i));\nc.respond(fs[0] === fs[1]);";
    cases
        .push(answered(case("closures from a helper called in a loop", helper, vec![n(2)], vec![n(3), n(1)]), &[n(3)]));
    let two_calls = "const a = mk(1); const b = mk(1); c.respond([a === b, a === a]);";
    cases.push(answered(case("closures from two calls", two_calls, vec![n(1)], vec![n(2)]), &[n(2)]));
    let top = "const c = require('containerless');\nconst fs = [];\n\
               for (let i = 0; i < 3; i++) fs.push(() => i);\n\
               c.listen(function (req) { const k = req.body.n; c.respond([fs[0] === fs[k], typeof fs[k]]); });\n";
    cases.push(whole("closures made by a top-level loop", top, vec![n(0), n(1)], vec![n(2), n(5)], false));
    cases
}

/// Class 2: parameter scopes and Annex B.
fn parameter_scope() -> Vec<Case> {
    let v = |k: Value| post(json!({"v": k, "a": true}));
    let program = "const c = require('containerless');\n\
        function f(a, g = () => a) { var a = 'body'; return [a, g()]; }\n\
        function h(x, y = function () { x = 'd'; }) { var x = 'b'; y(); return x; }\n\
        const k = (x, y = () => x) => { var z = x; x = 'set'; return [z, y()]; };\n\
        function w(x, g = () => x) { var x; return [x, g()]; }\n\
        function outer(a = () => q) { var q = 'inner'; return a(); } var q = 'outer';\n\
        c.listen(function (req) { c.respond([f(req.body.v), h(1), k(req.body.v), w(req.body.v), outer()]); });\n";
    let annex = "const c = require('containerless');\n\
        c.listen(function (req) { const t0 = typeof q; if (req.body.a) { function q() { return 1; } } c.respond([t0, typeof q]); });\n";
    vec![
        answered(
            whole("var redeclaring a parameter", program, vec![v(json!(1))], vec![v(json!(2)), v(json!("s"))], false),
            &[v(json!(2))],
        ),
        // Deliberately conservative: the path through the block ends in
        // `unknown` (the function-level copy is not modelled); the path
        // that skips it is answered.
        answered(
            unknown(
                whole(
                    "Annex B block function",
                    annex,
                    vec![v(json!(1)), post(json!({"a": false}))],
                    vec![v(json!(2)), post(json!({}))],
                    false,
                ),
                &[v(json!(1)), v(json!(2))],
            ),
            &[post(json!({"a": false})), post(json!({}))],
        ),
    ]
}

/// The rules of function instantiation the resolver follows, end to end
/// (`src/transform/resolve/tests.rs` pins what it binds).
fn scope_rules() -> Vec<Case> {
    let v = |k: Value| post(json!({"v": k, "a": true}));
    let off = |k: Value| post(json!({"v": k, "a": false}));
    // `arguments`: the object (the function runs as written), even under a
    // `var` or an Annex B function of that name (§10.2.11 steps 22, 27),
    // and an arrow's is its function's.
    let object = "function count() { return arguments.length; }\n\
        function viaVar() { var arguments; return typeof arguments; }\n\
        function viaVarDefault(a = 1) { var arguments; return [typeof arguments, a]; }\n\
        function viaBlock() { const t = typeof arguments; { function arguments() {} } return [t, typeof arguments]; }\n\
        function viaArrow() { return (() => arguments.length)(); }\n\
        c.respond([count(1, req.body.v), viaVar(1), viaVarDefault(), viaBlock(), viaArrow(1, 2)]);";
    // ... and shadowed by a parameter, a body function or a `let`.
    let shadowed = "function param(arguments) { return arguments; }\n\
        function fn() { function arguments() { return 'f'; } return arguments(); }\n\
        function lex() { let arguments = 'l'; return arguments; }\n\
        c.respond([param(req.body.v), fn(), lex()]);";
    // TDZ (§14.3.1): a closure made before the `let` reads it once it is
    // initialised; called before, it throws.
    let tdz = "let v = 'outer';\n\
        if (req.body.a) { const get = () => v; let v = req.body.v; c.respond([get(), typeof get]); }\n\
        else { c.respond(v); }";
    let tdz_throws = "const early = () => w; let r = 'none';\n\
        try { r = early(); } catch (e) { r = e.name; }\n\
        let w = req.body.v; c.respond([r, early()]);";
    // No Annex B copy where a `var` would clash with the body's `let`
    // (B.3.2.1): the block function is the block's alone, and traced.
    let no_copy = "let q = 'outer';\n\
        if (req.body.a) { function q() { return 'inner'; } c.respond([q(), typeof q]); }\n\
        else { c.respond([q, typeof q]); }";
    // The module's own `arguments` is the CommonJS wrapper's object.
    let wrapper = "const c = require('containerless');\nvar arguments;\nconst kind = typeof arguments;\n\
        c.listen(function (req) { c.respond([kind, req.body.v]); });\n";
    let (train, probes) = (vec![v(json!(1)), off(json!(1))], vec![v(json!(2)), v(json!("s")), off(json!(3))]);
    vec![
        case("arguments object", object, vec![v(json!(1))], vec![v(json!(2))]),
        whole("arguments of the module wrapper", wrapper, vec![v(json!(1))], vec![v(json!(2))], false),
        answered(case("arguments shadowed", shadowed, vec![v(json!(1))], vec![v(json!(2))]), &[v(json!(2))]),
        answered(case("TDZ closure called later", tdz, train.clone(), probes.clone()), &[v(json!(2)), off(json!(3))]),
        case("TDZ closure called early", tdz_throws, vec![v(json!(1))], vec![v(json!(2))]),
        answered(case("no Annex B copy beside a let", no_copy, train, probes), &[v(json!(2)), off(json!(3))]),
    ]
}

/// Class 3: what the tracer does not model, in every position, trained in
/// both orders.
fn unmodelled() -> Vec<Case> {
    let mut cases = Vec::new();
    // The issue's own example.
    let example = "let x = 'initial'; const op = req.body.op, v = req.body.v;\n\
                   if (req.body.a) { if (op === 'or') x = v | 0; }\nc.respond({ x, t: typeof x });";
    let train = vec![post(json!({"a": true, "op": "or", "v": 7})), post(json!({"a": false}))];
    let probes = vec![post(json!({"a": true, "op": "or", "v": 5})), post(json!({"a": true, "op": "and", "v": 5}))];
    cases.push(case("unmodelled | in a nested branch", example, train, probes));
    let constructs = [
        ("|", "v | 1"),
        ("&", "v & 6"),
        ("^", "v ^ 3"),
        ("~", "~v"),
        ("<<", "v << 2"),
        (">>", "v >> 1"),
        (">>>", "v >>> 1"),
        ("**", "v ** 2"),
        ("in", "'k' in { k: v }"),
        ("instanceof", "[v] instanceof Array"),
        ("regex", "/1/.test('' + v)"),
        ("class expression", "(class K { }).name + v"),
        ("generator expression", "typeof function* () { yield v; }"),
        ("async function expression", "typeof (async () => v)"),
        ("this", "thisType() + v"),
        ("comma", "(0, v)"),
        ("BigInt", "typeof 1n + v"),
        ("require in a branch", "require('path').basename('/a/' + v)"),
    ];
    // One program per construct; `pos` picks the position, so the paths of
    // every position are learnt in both orders beside each other.
    let positions = [
        "if (req.body.a) { x = C; }",
        "if (req.body.a) { let y = C; x = y; }",
        "if (req.body.a) { if (C) { x = 'yes'; } }",
        "if (req.body.a) { x = id(C); }",
        "for (let i = 0; i < req.body.n; i++) { x = C; }",
        "if (req.body.a) { x = 1; } else { x = C; }",
    ];
    let at = |pos: usize, a: bool, n: i64, v: Value| post(json!({"pos": pos, "a": a, "n": n, "v": v}));
    let mut train = Vec::new();
    let mut probes = Vec::new();
    for pos in 0..positions.len() {
        train.push(at(pos, true, 1, json!(7)));
        train.push(at(pos, false, 0, json!(7)));
        probes.push(at(pos, true, 2, json!(5)));
        probes.push(at(pos, false, 1, json!(4)));
        probes.push(at(pos, true, 0, json!("x")));
    }
    for (what, construct) in constructs {
        let mut chain = String::new();
        for (pos, shape) in positions.iter().enumerate() {
            let statement = shape.replace('C', construct);
            chain.push_str(&format!("if (pos === {pos}) {{ {statement} }}\n"));
        }
        let body = format!(
            "let x = 'initial'; const v = req.body.v; const pos = req.body.pos;\n\
             function thisType() {{ return typeof this; }}\n{chain}c.respond({{ x, t: typeof x }});"
        );
        let name: &'static str = Box::leak(format!("unmodelled {what} in every position").into_boxed_str());
        cases.push(case(name, &body, train.clone(), probes.clone()));
    }
    cases
}

/// Fidelity breaks that came with them.
fn fidelity() -> Vec<Case> {
    let x = |k: Value| post(json!({"x": k}));
    let template = "const o = { valueOf() { return 1; }, toString() { return 'T'; } };\n\
                    c.respond([`a${o}b`, `${req.body.x}`, '' + o]);";
    let names = "const f = function () {}; const g = () => 1; const o = { k: () => 2 }; function d(a, b = 1) {}\n\
                 c.respond([f.name, g.name, o.k.name, d.name, d.length, (class Named {}).name, req.body.x]);";
    vec![
        case("template literal uses ToString", template, vec![x(json!(1))], vec![x(json!([1, 2]))]),
        case("names and lengths as written", names, vec![x(json!(1))], vec![x(json!(2))]),
    ]
}

/// Labelled blocks (#15): the trace follows them; what it learnt must be
/// what Node does on requests it never saw, and it must answer the paths
/// it was trained on.
fn labelled_blocks() -> Vec<Case> {
    let r = |k: Value| post(json!({"r": k}));
    let issue = "let note = 'none'; const r = req.body.r;\n\
                 things: { if (r > 10) { note = 'big'; break things; } note = 'small'; }\n\
                 c.respond(note);";
    let from_a_loop = "let found = -1; const xs = [3, 8, 12, 20]; const r = req.body.r;\n\
                       search: { for (let i = 0; i < xs.length; i++) { if (xs[i] > r) { found = i; break search; } }\n\
                       found = 'none'; }\nc.respond({ found });";
    let nested = "let path = ''; const r = req.body.r;\n\
                  outer: inner: { path += 'a'; if (r > 1) break outer; path += 'b';\n\
                  deeper: { if (r > 0) break deeper; path += 'c'; if (r < -5) break inner; path += 'd'; } path += 'e'; }\n\
                  c.respond(path);";
    let shadowing = "let x = 'outer'; const r = req.body.r;\n\
                     block: { let x = r * 2; if (x > 10) break block; x = x + 1; c.respond({ inner: x }); return; }\n\
                     c.respond({ x });";
    let trained = vec![r(json!(20)), r(json!(5)), r(json!(0)), r(json!(-9))];
    let probes =
        vec![r(json!(11)), r(json!(10)), r(json!(2)), r(json!(-1)), r(json!("12")), r(json!(null)), post(json!({}))];
    [
        ("labelled block", issue),
        ("labelled block left from a loop", from_a_loop),
        ("nested labels", nested),
        ("labelled block with a shadowing let", shadowing),
    ]
    .into_iter()
    .map(|(name, body)| answered(case(name, body, trained.clone(), probes.clone()), &trained))
    .collect()
}

/// Computed writes (#15): array holes and `length`, numeric-string and
/// non-index keys, `__proto__`, integer-like keys' order, compound updates.
/// The training requests are answered; probes either match Node or are unknown.
fn computed_writes() -> Vec<Case> {
    let kv = |k: Value, v: Value| post(json!({"k": k, "v": v}));
    let array = "const a = [1, 2]; a[req.body.k] = req.body.v;
                 c.respond([a, a.length, a.join('-'), a.includes(undefined), a[3]]);";
    let length = "const a = [1, 2, 3]; a.length = req.body.k; a[0] = req.body.v;
                  c.respond({ a, n: a.length, t: '' + a });";
    let holes_tell = "const a = []; a[req.body.k] = req.body.v;
                      c.respond([a.indexOf(undefined), a.slice(0), a.indexOf(req.body.v)]);";
    let object = "const o = { z: 0 }; o[req.body.k] = req.body.v; o['1'] = 'one';
                  c.respond([o, JSON.stringify(o), o[req.body.k]]);";
    let counts = "const keys = req.body.k; const counts = {};
                  for (let i = 0; i < keys.length; i++) { counts[keys[i]] = (counts[keys[i]] || 0) + 1; }
                  c.respond(counts);";
    let bump = "const a = [0, 0]; a[req.body.k] += 1; a[req.body.k] += req.body.v; c.respond(a);";
    let fill = "const a = []; a.length = req.body.k;
                for (let i = 0; i < a.length; i++) { a[i] = i * req.body.v; }
                c.respond([a.indexOf(req.body.v), a]);";
    let trained = vec![kv(json!(2), json!("x")), kv(json!(1), json!(5)), kv(json!(0), json!(null))];
    let probes = vec![
        kv(json!(3), json!(1)),
        kv(json!(6), json!(-0.0)),
        kv(json!("2"), json!("s")),
        kv(json!("01"), json!(1)),
        kv(json!("-1"), json!(1)),
        kv(json!("1.5"), json!(1)),
        kv(json!(-1), json!(1)),
        kv(json!(1.5), json!(1)),
        kv(json!("length"), json!(0)),
        kv(json!("__proto__"), json!(7)),
        kv(json!("__proto__"), json!({"a": 1})),
        kv(json!("toString"), json!(1)),
        kv(json!(4294967295u64), json!(1)),
        kv(json!(4294967294u64), json!(1)),
        kv(json!("10"), json!(1)),
        kv(json!(true), json!(1)),
        kv(json!(null), json!(1)),
        kv(json!([1]), json!(1)),
        kv(json!({"a": 1}), json!(1)),
        kv(json!(-0.0), json!(1)),
    ];
    let key_lists = vec![
        kv(json!(["b", "a", "b"]), json!(0)),
        kv(json!(["2", "1", "b", "10"]), json!(0)),
        kv(json!([3, 1, 3]), json!(0)),
        kv(json!([]), json!(0)),
    ];
    let key_probes = vec![
        kv(json!(["toString", "a"]), json!(0)),
        kv(json!(["__proto__"]), json!(0)),
        kv(json!(["__proto__", "__proto__"]), json!(0)),
        kv(json!([-0.0, 0, "0"]), json!(0)),
        kv(json!(["01", "1", 1]), json!(0)),
        kv(json!("abc"), json!(0)),
        kv(json!([[1], {"a": 1}]), json!(0)),
    ];
    vec![
        answered(
            case("array writes past the end, keys of every kind", array, trained.clone(), probes.clone()),
            &trained,
        ),
        answered(case("array length writes", length, trained.clone(), probes.clone()), &trained),
        unknown(
            case("holes where they differ from undefined", holes_tell, trained.clone(), probes.clone()),
            &[kv(json!(2), json!("x"))],
        ),
        answered(case("object writes with any key", object, trained.clone(), probes.clone()), &trained),
        answered(case("counting by key", counts, key_lists.clone(), key_probes), &key_lists),
        answered(case("compound writes by index", bump, trained.clone(), probes.clone()), &trained[1..]),
        answered(case("length then filling every hole", fill, trained.clone(), probes), &trained),
    ]
}

/// State that outlives a request (docs/SPEC.md §5), checked as sessions against one
/// long-lived Node as well as request by request against fresh ones.
fn state_outlives_requests() -> Vec<Case> {
    let k = |v: Value| post(json!({ "k": v }));
    let i = |v: Value| post(json!({ "i": v }));
    // Training never calls a closure an earlier request made (the tracer
    // would see that); the probe session does.
    let closure = "const c = require('containerless');\nconst st = {};\n\
                   c.listen(function (req) { const y = req.body.y; const mk = () => y;\n\
                   if (req.body.store) { st.f = mk; }\nlet g = mk;\nif (req.body.use) { g = st.f; }\n\
                   c.respond([y, g()]); });\n";
    let keys = "const c = require('containerless');\nconst seen = {};\n\
                c.listen(function (req) { const k = req.body.k; seen[k] = (seen[k] || 0) + 1; c.respond(seen); });\n";
    let grid = "const c = require('containerless');\nconst grid = [0, 0];\nlet writes = 0;\n\
                c.listen(function (req) { grid[req.body.i] = 1; writes = writes + 1;\n\
                c.respond({ grid, writes, last: grid[grid.length - 1] }); grid[0] = 0; });\n";
    let nested = "const c = require('containerless');\nconst accts = {};\nfunction bump(a, n) { a.n = a.n + n; a.log.push(n); return a.n; }\n\
                  c.listen(function (req) { const name = '' + req.body.k;\n\
                  if (accts[name] === undefined) { accts[name] = { n: 0, log: [] }; }\n\
                  const total = bump(accts[name], 1);\nc.respond({ total, log: accts[name].log.length }); });\n";
    vec![
        whole(
            "a closure an earlier request left in the state",
            closure,
            vec![
                post(json!({"y": 10})),
                post(json!({"y": 11, "store": true})),
                post(json!({"y": 12, "store": true, "use": true})),
            ],
            vec![post(json!({"y": 1, "store": true})), post(json!({"y": 2, "use": true})), post(json!({"y": 3}))],
            true,
        ),
        whole(
            "prototype and numeric keys in a top-level object",
            keys,
            vec![k(json!("a")), k(json!("b")), k(json!("a"))],
            vec![
                k(json!("b")),
                k(json!("10")),
                k(json!(-0.0)),
                k(json!("toString")),
                k(json!("__proto__")),
                k(json!("constructor")),
                k(json!("c")),
            ],
            true,
        ),
        whole(
            "a top-level array written at, past and beyond its end",
            grid,
            vec![i(json!(0)), i(json!(1))],
            vec![i(json!(1)), i(json!(2)), i(json!("1")), i(json!(-0.0)), i(json!(1.5)), i(json!(5)), i(json!(0))],
            true,
        ),
        whole(
            "objects one request made, written by later ones through a function",
            nested,
            vec![k(json!("a")), k(json!("a")), k(json!("b"))],
            vec![k(json!("b")), k(json!("c")), k(json!("c")), k(json!(null)), k(json!("hasOwnProperty"))],
            true,
        ),
    ]
}

/// try/catch/finally and throw (#15): the clauses are path choices; a
/// thrown value crosses loops and inlined calls to the nearest handler;
/// `finally` runs after break, continue, return and exceptions, and its own
/// jump wins. An error an operation throws (a TypeError, JSON.parse's
/// SyntaxError) is answered only where the handler never reads it; `new
/// Error` is not modelled.
fn exceptions() -> Vec<Case> {
    let n = |k: Value| post(json!({"n": k}));
    let loop_finally = "let log = ''; const n = req.body.n;\n\
        for (let i = 0; i < n; i++) {\n\
          try { if (i % 2 === 0) continue; if (i === 3) throw i; log += 'b' + i; }\n\
          catch (e) { log += 'c' + e; }\n\
          finally { log += 'f'; }\n\
          log += '.';\n\
        }\nc.respond(log);";
    let rethrow = "function check(v) { if (typeof v !== 'number') throw { bad: v }; if (v < 0) throw 'negative'; return v * 2; }\n\
        let out;\n\
        try {\n\
          try { out = check(req.body.n); }\n\
          catch (e) { if (e === 'negative') { out = 0; } else { throw e; } }\n\
          finally { out = [out]; }\n\
        } catch (outer) { out = { outer: outer.bad, was: out }; }\n\
        c.respond(out);";
    let nested = "const steps = [];\n\
        function f(v) {\n\
          try { if (v > 0) return 'pos'; if (v === 0) throw null; throw v; }\n\
          catch (e) { steps.push('c'); return ['caught', e, typeof e]; }\n\
          finally { steps.push('f'); }\n\
        }\n\
        let r;\n\
        try { r = f(req.body.n); try { if (r === 'pos') throw -0; } finally { steps.push('g'); } }\n\
        catch (z) { r = [r, z, 1 / z]; }\n\
        c.respond({ r, steps });";
    let overriding = "function g(v) { try { return v; } finally { if (v > 5) return 'over'; } }\n\
        function h(v) { let k = ''; for (let i = 0; i < 3; i++) { try { if (i === v) break; k += i; } finally { if (v === 1) continue; k += '!'; } } return k; }\n\
        function t(v) { try { throw v; } finally { if (v > 2) return 'swallowed'; } }\n\
        let r3;\n\
        try { r3 = t(req.body.n); } catch (e) { r3 = 'thrown ' + e; }\n\
        c.respond([g(req.body.n), h(req.body.n), r3]);";
    let shadow = "let e = 'outer'; let got;\n\
        try { if (req.body.n > 1) throw { v: req.body.n }; got = 'none'; }\n\
        catch ({ v }) { let e = v + 1; got = e; }\n\
        try { throw 'x'; } catch (e) { e = e + '!'; got = [got, e]; }\n\
        c.respond([e, got]);";
    let type_error = "let r;\n\
        try { r = req.body.a.b; } catch (e) { r = 'caught ' + e.name + ': ' + e.message; }\n\
        c.respond(r);";
    let ab = |a: Value| post(json!({"a": a}));
    let type_error_unread = "let r;\n\
        try { r = req.body.a.b; } catch (e) { r = 'no b'; } finally { r = [r]; }\n\
        c.respond(r);";
    let probes_ab = vec![ab(json!({"b": 2})), ab(json!(1)), post(json!({}))];
    let json_error = "let r;\n\
        try { r = JSON.parse(req.body.t); } catch { r = 'bad'; }\n\
        c.respond([r]);";
    let new_error = "let r;\n\
        try { if (req.body.n > 0) throw new Error('big ' + req.body.n); r = 'small'; } catch (e) { r = e.message; }\n\
        c.respond(r);";
    // Fidelity: the TypeError of a call of a non-function names the callee
    // as the program wrote it, traced or not.
    let not_a_function = "const o = { a: {} }; const f = req.body.a; const r = [];\n\
        try { f(1); } catch (e) { r.push(e.message); }\n\
        try { o.a.foo(); } catch (e) { r.push(e.message); }\n\
        try { req.body.b.c(); } catch (e) { r.push(e.message); }\n\
        c.respond(r);";
    let t = |text: &str| post(json!({"t": text}));
    let trained = vec![n(json!(4)), n(json!(2)), n(json!(0)), n(json!(-3)), n(json!(7))];
    // The `continue` in a finally clause is taken only for 1.
    let with_one: Vec<Value> = trained.iter().cloned().chain([n(json!(1))]).collect();
    let probes =
        vec![n(json!(5)), n(json!(1)), n(json!(3)), n(json!("3")), n(json!(null)), n(json!(-1)), post(json!({}))];
    vec![
        answered(
            case("throw in a loop with finally and continue", loop_finally, trained.clone(), probes.clone()),
            &[n(json!(5)), n(json!(1))],
        ),
        answered(
            case("rethrow through a finally", rethrow, trained.clone(), probes.clone()),
            &[n(json!(5)), n(json!(-1))],
        ),
        answered(
            case("nested try across an inlined call", nested, trained.clone(), probes.clone()),
            &[n(json!(5)), n(json!(-1))],
        ),
        answered(
            case("finally overriding return, break and throw", overriding, with_one, probes.clone()),
            &[n(json!(5)), n(json!(1)), n(json!(3))],
        ),
        answered(case("catch bindings shadow", shadow, trained, probes), &[n(json!(5)), n(json!(1))]),
        answered(
            unknown(
                case(
                    "caught TypeError",
                    type_error,
                    vec![ab(json!({"b": 1})), ab(json!(null))],
                    vec![ab(json!({"b": 2})), ab(json!(1)), post(json!({}))],
                ),
                &[post(json!({})), ab(json!(null))],
            ),
            &[ab(json!({"b": 2}))],
        ),
        answered(
            case("caught JSON.parse error", json_error, vec![t("[1]"), t("nope")], vec![t("{\"a\":2}"), t("{")]),
            &[t("{\"a\":2}"), t("{")],
        ),
        answered(
            case(
                "caught TypeError, binding unread",
                type_error_unread,
                vec![ab(json!({"b": 1})), ab(json!(null))],
                probes_ab.clone(),
            ),
            &[ab(json!({"b": 2})), post(json!({})), ab(json!(1))],
        ),
        case(
            "calling a non-function in a try",
            not_a_function,
            vec![ab(json!(1)), ab(json!(null))],
            vec![ab(json!("s"))],
        ),
        // `new Error` is modelled (regressions_errors.rs): both paths answer.
        answered(
            case("thrown Error object", new_error, vec![n(json!(1)), n(json!(0))], vec![n(json!(2)), n(json!(-1))]),
            &[n(json!(2)), n(json!(-1))],
        ),
    ]
}

/// Bitwise operators, `**`, `in` and logical assignment (#15): their edge
/// cases (`-0`, NaN, infinities, strings, 2^31 and 2^32 wrap-around,
/// prototype keys, a write only when needed).
fn modern_syntax() -> Vec<Case> {
    let x = |k: Value| post(json!({"x": k}));
    let bitwise = "const x = req.body.x;\n\
                   c.respond([x | 0, x & -1, x ^ 1, ~x, x << 31, x >> 1, x >>> 0, -x >>> 28, 1 << x, x | '3']);";
    let powers = "const x = req.body.x;\n\
                  c.respond([x ** 2, 2 ** x, x ** 0, (-x) ** 3, x ** -1, x ** 0.5, 1 ** x, (-1) ** x, x ** Infinity]);";
    let membership = "const x = req.body.x; const o = { a: 1, '2': 'two' }; const a = [x, 5];\n\
                      c.respond([x in o, x in a, 'toString' in o, 'length' in a, 'map' in a, 'at' in a,\n\
                      '__proto__' in {}, 0 in [], '0' in a, 'x' in { x: undefined }]);";
    let logical = "let x = req.body.x; let hits = 0;\n\
                   const o = { get g() { hits++; return x; }, set g(v) { hits += 10; } };\n\
                   const p = { k: x }; p.k ??= 'nullish'; p.m ||= 'falsy'; p.k &&= 'truthy';\n\
                   let y = x; y ??= 'was nullish'; let z = x; z ||= 0; z &&= [z];\n\
                   const frozen = Object.freeze({ k: x }); frozen.k ||= 'set';\n\
                   c.respond([p, y, z, frozen, hits]);";
    let plain_logical = "let x = req.body.x; const p = { k: x }; const key = 'n';\n\
                         p.k ??= 'nullish'; p[key] ||= x; p.k &&= [p.k];\n\
                         let y = x; y ??= 'was nullish'; let z = x; z ||= -0; z &&= z + 1;\n\
                         c.respond([p, y, z, 'n' in p]);";
    let values = [
        json!(0),
        json!(-0.0),
        json!(1),
        json!(-1),
        json!(2.5),
        json!(2147483648u64),
        json!(4294967296u64),
        json!(-2147483649i64),
        json!("12"),
        json!(""),
        json!(null),
        json!(true),
        json!([3]),
        json!("toString"),
        json!("a"),
        json!(1e21),
    ];
    let trained: Vec<Value> = values[..6].iter().cloned().map(x).collect();
    let probes: Vec<Value> = values[6..].iter().cloned().map(x).chain([post(json!({}))]).collect();
    let mut cases: Vec<Case> = [("bitwise operators", bitwise), ("in on objects and arrays", membership)]
        .into_iter()
        .map(|(name, body)| answered(case(name, body, trained.clone(), probes.clone()), &trained))
        .collect();
    cases.push(case("powers", powers, trained.clone(), probes.clone()));
    cases.push(case(
        "logical assignment through a getter, a setter and a frozen object",
        logical,
        trained.clone(),
        probes.clone(),
    ));
    cases.push(answered(case("logical assignment", plain_logical, trained.clone(), probes), &trained));
    cases
}

/// `for-of` (#15): an index loop only over plain arrays with the real
/// iterator; strings (code points), subclasses, patched iterators, getters
/// and arrays growing or shrinking during the loop.
fn for_of() -> Vec<Case> {
    let x = |k: Value| post(json!({"x": k}));
    let plain = "const out = [];\n\
                 for (const v of req.body.x) { if (v === 'stop') break; if (v === 'skip') continue; out.push(v); }\n\
                 let last = 'none'; for (last of out) {}\n\
                 c.respond({ out, last });";
    let closures = "const fs = [];\n\
                    for (const v of req.body.x) { fs.push(() => v); }\n\
                    let w; const gs = []; for (w of req.body.x) { gs.push(() => w); }\n\
                    c.respond([fs.length > 0 ? fs[0]() : 'none', gs.length > 0 ? gs[0]() : 'none']);";
    let mutation = "const xs = [req.body.x, 'b']; const seen = [];\n\
                    for (const v of xs) { seen.push(v); if (xs.length < 5) xs.push(seen.length); if (v === 'b') xs.pop(); }\n\
                    c.respond(seen);";
    let nested = "function firstPair(list) { for (const a of list) { for (const b of list) { if (a !== b) return [a, b]; } } return 'none'; }\n\
                  c.respond([firstPair([req.body.x, 1, 2]), firstPair([req.body.x])]);";
    let unusual = "const v = req.body.x; const out = [];\n\
                   class List extends Array {}\n\
                   const sub = List.from([1, 2]); const own = [1, 2]; own[Symbol.iterator] = function* () { yield 'own'; };\n\
                   const getter = [1]; Object.defineProperty(getter, 0, { get() { return v; } });\n\
                   for (const s of 'h\\u{1F600}!') out.push(s);\n\
                   for (const s of sub) out.push(s);\n\
                   for (const s of own) out.push(s);\n\
                   for (const s of getter) out.push(s);\n\
                   for (const s of new Set([v, v])) out.push(s);\n\
                   c.respond(out);";
    let patched = "const c = require('containerless');\n\
                   const values = Array.prototype[Symbol.iterator];\n\
                   c.listen(function (req) {\n\
                   const out = [];\n\
                   if (req.body.x === 'patch') Array.prototype[Symbol.iterator] = function* () { yield 'patched'; };\n\
                   if (req.body.x === 'restore') Array.prototype[Symbol.iterator] = values;\n\
                   for (const v of [1, 2]) out.push(v);\n\
                   c.respond(out);\n});\n";
    let values = [json!([1, "skip", 2]), json!([]), json!(["stop", 1]), json!([[1], {"k": 2}, null])];
    let trained: Vec<Value> = values.iter().cloned().map(x).collect();
    let probes: Vec<Value> =
        [json!("abc"), json!([3, 4, 5]), json!(["a", "stop", "b"]), json!(7), json!({"k": 1}), json!("b")]
            .into_iter()
            .map(x)
            .collect();
    let session_order = vec![x(json!("plain")), x(json!("patch")), x(json!("other")), x(json!("restore"))];
    vec![
        answered(case("for-of over arrays", plain, trained.clone(), probes.clone()), &trained),
        answered(case("for-of while the array changes", mutation, trained.clone(), probes.clone()), &trained),
        answered(case("nested for-of returning from a function", nested, trained.clone(), probes.clone()), &trained),
        case("for-of over what is not a plain array", unusual, trained.clone(), probes.clone()),
        case("closures made in for-of capture each element", closures, trained.clone(), probes.clone()),
        whole(
            "for-of after Array.prototype's iterator is patched",
            patched,
            session_order.clone(),
            session_order,
            true,
        ),
    ]
}

/// Optional calls (#15): the whole chain short-circuits, the callee and the
/// receiver are evaluated once, `this` is kept.
fn optional_calls() -> Vec<Case> {
    let x = |k: Value| post(json!({"x": k}));
    let plain = "let calls = 0; function f(v) { calls++; return [v]; }\n\
                 const x = req.body.x; const g = x === 1 ? f : x === 2 ? null : undefined;\n\
                 const s = typeof x === 'string' ? x : null;\n\
                 c.respond([g?.(x), g?.(x).length, s?.slice(1).toUpperCase(), s?.split('b')?.length, calls,\n\
                 id(g)?.(calls++), calls]);";
    let receiver = "const x = req.body.x;\n\
                    const o = { n: 'own', m: function () { return this === o ? 'this kept' : 'lost'; } };\n\
                    const p = x ? o : null;\n\
                    c.respond([p?.m(), p?.['m'](), (p?.m)(), p?.m?.(), o.missing?.()]);";
    let values = [json!(1), json!(2), json!("abc"), json!(null), json!(0)];
    let trained: Vec<Value> = values.iter().cloned().map(x).collect();
    let probes: Vec<Value> = [json!("b"), json!(true), json!([1]), json!(""), json!(2.5)].into_iter().map(x).collect();
    vec![
        answered(case("optional calls", plain, trained.clone(), probes.clone()), &trained),
        case("optional calls keep their receiver", receiver, trained, probes),
    ]
}

/// Array destructuring (#15): element reads only from plain arrays with the
/// real iterator; strings by code points, getters, holes, `-0`, `null`
/// against defaults.
fn array_destructuring() -> Vec<Case> {
    let x = |k: Value| post(json!({"x": k}));
    let plain = "const [a, b = 'default', , d = a] = req.body.x;\n\
                 let [p, q] = [b, a]; var [v = -0] = [req.body.x[0]];\n\
                 c.respond({ a, b, d, p, q, v, negativeZero: v === 0 ? 1 / v < 0 : 'not zero' });";
    let unusual = "const v = req.body.x; const out = [];\n\
                   const [s1, s2] = 'h\\u{1F600}!'; out.push(s1, s2);\n\
                   const [h1, h2 = 'filled'] = [, v]; out.push(h1, h2);\n\
                   const g = [1]; Object.defineProperty(g, 0, { get() { out.push('read'); return v; } });\n\
                   const [g1] = g; out.push(g1);\n\
                   const [m1, m2] = new Map([[v, 1]]); out.push(m1, m2);\n\
                   class L extends Array {} const [l1] = L.from([v]); out.push(l1);\n\
                   c.respond(out);";
    let values = [json!([1, 2, 3, 4]), json!([]), json!([null, null]), json!(["a", [2], {"k": 1}])];
    let trained: Vec<Value> = values.iter().cloned().map(x).collect();
    let probes: Vec<Value> =
        [json!([-0.0]), json!([0, false]), json!("abc"), json!([1, "b"]), json!([[]])].into_iter().map(x).collect();
    let assignment = "let a = 'a', b = 'b'; const o = {}; const k = 'key';\n\
                      [a, b] = [b, a]; [a, , b = req.body.x] = req.body.x; ({ x: o.x, key: o[k] = a } = req.body);\n\
                      ({ a, b = 'dflt' } = { a: b });\n\
                      c.respond({ a, b, o });";
    // The iterator stays done once it found the end: a default (or a
    // setter) that makes the array longer does not give later names values.
    let exhausted = "const xs = req.body.x;\n\
                     const [a, b = xs.push(5, 6), d] = xs;\n\
                     let e, f, g; [e, f = xs.push(7, 8, 9), g] = xs;\n\
                     c.respond({ a, b, d, e, f, g, n: xs.length });";
    let by_setter = "const ys = req.body.x; const s = { set v(n) { ys.push('p', 'q', 'r'); } };\n\
                     let h; [s.v, , h] = ys;\n\
                     c.respond({ h, m: ys.length });";
    let short: Vec<Value> = [json!([1]), json!([]), json!([1, 2]), json!([1, 2, 3])].into_iter().map(x).collect();
    let short_probes: Vec<Value> =
        [json!([-0.0]), json!([null]), json!("ab"), json!([0, 0, 0, 0])].into_iter().map(x).collect();
    vec![
        answered(
            case("array destructuring past the end of a growing array", exhausted, short.clone(), short_probes.clone()),
            &short,
        ),
        case("array destructuring past the end of an array a setter grows", by_setter, short, short_probes),
        answered(case("destructuring assignment", assignment, trained.clone(), probes.clone()), &trained),
        answered(case("array destructuring", plain, trained.clone(), probes.clone()), &trained),
        case("array destructuring of what is not a plain array", unusual, trained, probes),
    ]
}

pub fn all() -> Vec<Case> {
    let mut cases = closure_identity();
    cases.extend(computed_writes());
    cases.extend(labelled_blocks());
    cases.extend(exceptions());
    cases.extend(parameter_scope());
    cases.extend(scope_rules());
    cases.extend(unmodelled());
    cases.extend(fidelity());
    cases.extend(state_outlives_requests());
    cases.extend(builtins::all());
    cases.extend(modern_syntax());
    cases.extend(for_of());
    cases.extend(optional_calls());
    cases.extend(array_destructuring());
    cases.extend(forin::all());
    cases.extend(params::all());
    cases.extend(sort::all());
    cases.extend(errors::all());
    cases.extend(objspread::all());
    cases
}
