//! The holes the soundness campaign was built to find, each as a fixed
//! program: trained in both orders, probed with requests it never saw, and
//! checked against a fresh Node like every generated program.

use super::gen::{Features, Program};
use serde_json::{json, Value};

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
        program: Program { source, features: Features::default(), covered: false, training, probes },
        must_answer: vec![],
        must_not_answer: vec![],
    }
}

/// A program whose top level is written out (state, helpers).
fn whole(name: &'static str, source: &str, training: Vec<Value>, probes: Vec<Value>, state: bool) -> Case {
    let features = Features { state, ..Features::default() };
    Case {
        name,
        program: Program { source: source.to_string(), features, covered: false, training, probes },
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
        answered(
            unknown(
                case("thrown Error object", new_error, vec![n(json!(1)), n(json!(0))], vec![n(json!(2)), n(json!(-1))]),
                &[n(json!(2))],
            ),
            &[n(json!(-1))],
        ),
    ]
}

pub fn all() -> Vec<Case> {
    let mut cases = closure_identity();
    cases.extend(labelled_blocks());
    cases.extend(exceptions());
    cases.extend(parameter_scope());
    cases.extend(scope_rules());
    cases.extend(unmodelled());
    cases.extend(fidelity());
    cases
}
