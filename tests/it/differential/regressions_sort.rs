//! `sort` and `toSorted` (#15): V8's algorithm below 64 elements (count the
//! first run, binary insertion of the rest), so the comparator's calls, their
//! order and the result (stability, inconsistent comparators, NaN) are
//! Node's; undefineds last, not passed to the comparator; the comparator's
//! own writes to the array are overwritten; a throw leaves it as it was.
//! What the guards refuse (holes, 64 elements or more, a patched method,
//! a frozen array) stays unknown. Trained on some inputs and probed with
//! others, against Node.

use super::{answered, case, post, whole, Case};
use serde_json::{json, Value};

fn x(v: Value) -> Value {
    post(json!({"x": v}))
}

fn requests(values: Vec<Value>) -> Vec<Value> {
    values.into_iter().map(x).collect()
}

/// Arrays of numbers (null becomes undefined in the programs that say so).
fn numbers() -> (Vec<Value>, Vec<Value>) {
    let trained = requests(vec![json!([3, 1, 2]), json!([5, 4, 3, 2, 1]), json!([1, 2, 3, 4]), json!([])]);
    let probes = requests(vec![
        json!([2, 2, 1, 3, 1, 2]),
        json!([9, 8, 7, 1, 2, 3, 6, 5, 4, 0, 11, 10]),
        json!([1]),
        json!([4, 3, 3, 2, 5, 1, 1]),
        json!([1, 3, 2, 4, 3, 5, 4, 6, 5, 7, 6, 8, 7, 9, 8, 10, 9, 11, 10]),
        json!([0.5, -1, 1e21, -0.0, 3, "3", "a"]),
        json!([null, 3, null, 1]),
        json!("not an array"),
        json!((0..63).map(|i| (i * 37) % 11).collect::<Vec<i64>>()),
        json!((0..64).map(|i| (i * 37) % 11).collect::<Vec<i64>>()),
    ]);
    (trained, probes)
}

fn comparators() -> Vec<Case> {
    let (trained, probes) = numbers();
    let logged = "const xs = req.body.x; const log = [];\n\
                  const r = xs.sort(function (a, b) { log.push([a, b]); return a - b; });\n\
                  c.respond({ r, log, same: r === xs });";
    let declared = "function byValue(a, b) { return b - a; }\n\
                    const xs = req.body.x; xs.sort(byValue); c.respond(xs);";
    let inconsistent = "const xs = req.body.x; const log = []; let n = 0;\n\
                        xs.sort((a, b) => { n++; log.push(a + '/' + b); return (a * 7 + b * 3 + n) % 5 - 2; });\n\
                        c.respond([xs, log, n]);";
    let results = "const xs = req.body.x; const out = [];\n\
                   out.push(xs.slice().sort((a, b) => a > b));\n\
                   out.push(xs.slice().sort((a, b) => (a < b ? -1 : NaN)));\n\
                   out.push(xs.slice().sort((a, b) => '' + (b - a)));\n\
                   out.push(xs.slice().sort((a, b) => (a === b ? 0 : a < b ? 'x' : null)));\n\
                   out.push(xs.slice().sort(() => -1));\n\
                   out.push(xs.slice().sort(() => 1));\n\
                   c.respond(out);";
    let stable = "const xs = req.body.x.map((v, i) => ({ k: v % 3, i }));\n\
                  xs.sort((a, b) => a.k - b.k);\n\
                  c.respond(xs.map((o) => o.k + ':' + o.i));";
    let undefineds = "const xs = req.body.x.map((v) => (v === null ? undefined : v)); const log = [];\n\
                      xs.sort((a, b) => { log.push([typeof a, typeof b]); return a - b; });\n\
                      c.respond([xs.map((v) => (v === undefined ? 'U' : v)), xs.length, log]);";
    let mutation = "const xs = req.body.x; const log = []; let n = 0;\n\
                    const r = xs.sort((a, b) => { n++; if (n === 2) { xs.push('pushed'); xs[0] = 'over'; }\n\
                    if (n === 3) xs.length = 1; log.push(xs.length); return a - b; });\n\
                    c.respond([r, log, xs.length]);";
    let throwing = "const xs = req.body.x; let n = 0; let caught = 'no';\n\
                    try { xs.sort((a, b) => { n++; if (n === 3) throw 'third'; return a - b; }); }\n\
                    catch (e) { caught = e; }\n\
                    c.respond([xs, n, caught]);";
    let not_function = "const xs = req.body.x; let r = 'none';\n\
                        try { xs.sort(req.body.f); r = xs; } catch (e) { r = 'caught'; }\n\
                        c.respond(r);";
    let copy = "const xs = req.body.x; const log = [];\n\
                const r = xs.toSorted((a, b) => { log.push(a); return b - a; });\n\
                c.respond([r, xs, r === xs, log, xs.toSorted()]);";
    let f = |v: Value, f: Value| post(json!({"x": v, "f": f}));
    let fns = vec![f(json!([2, 1]), json!(null)), f(json!([2, 1]), json!(3)), f(json!([2, 1]), json!("s"))];
    vec![
        answered(case("sort with a logging comparator", logged, trained.clone(), probes.clone()), &trained),
        answered(case("sort with a declared comparator", declared, trained.clone(), probes.clone()), &trained),
        answered(case("sort with an inconsistent comparator", inconsistent, trained.clone(), probes.clone()), &trained),
        answered(
            case("sort with comparators returning NaN, strings, booleans", results, trained.clone(), probes.clone()),
            &trained,
        ),
        answered(case("sort is stable on equal keys", stable, trained.clone(), probes.clone()), &trained),
        answered(
            case("sort puts undefined last without comparing it", undefineds, trained.clone(), probes.clone()),
            &trained,
        ),
        answered(case("sort whose comparator writes the array", mutation, trained.clone(), probes.clone()), &trained),
        answered(case("sort whose comparator throws", throwing, trained.clone(), probes.clone()), &trained),
        case("sort with what is not a function", not_function, fns.clone(), fns),
        answered(case("toSorted with and without a comparator", copy, trained.clone(), probes), &trained),
    ]
}

fn defaults() -> Vec<Case> {
    let trained = requests(vec![json!([10, 9, 1, 100]), json!(["b", "a", "B"]), json!([])]);
    let probes = requests(vec![
        json!([10, 9, 1, "10", "1", true, false, null, "null", "B", "a"]),
        json!(["\u{ff61}", "\u{1F600}", "a", "\u{e9}", "e"]),
        json!([-1, -2, 0, -0.0, 1e21, 1e-7, 0.5]),
        json!([{"a": 1}, "[object Object]", "[", "\\"]),
        json!([[2, 1], [1], "1,2", "1"]),
        json!(["same", "same", "Same"]),
    ]);
    let plain = "const xs = req.body.x; const r = xs.sort();\n\
                 c.respond([r.map((v) => (1 / v === -Infinity ? '-0' : v)), r === xs]);";
    let zeros = "const xs = req.body.x.map((v) => (v === 0 ? -v : v)); xs.sort();\n\
                 c.respond(xs.map((v) => (1 / v === -Infinity ? '-0' : v)));";
    let statement = "const xs = req.body.x.slice(); xs.sort(); c.respond(xs.join('|'));";
    let undefineds = "const xs = req.body.x.map((v) => (v === null ? undefined : v)); xs.sort();\n\
                      c.respond(xs.map((v) => (v === undefined ? 'U' : v)));";
    let holes = "const xs = req.body.x.slice(); xs[xs.length + 1] = 'far'; const r = xs.sort();\n\
                 c.respond([r.length, 1 in r, r.length - 1 in r, r[0]]);";
    // Trained on dense arrays; the probes' computed write leaves holes,
    // which the trace must not read as undefined (V8 leaves them at the end):
    // the evaluator's `Array.isArray` guard refuses such an array, and the
    // copy's `i in a` would too.
    let written = "const xs = req.body.x.map((v) => (v === null ? undefined : v)); xs[req.body.k] = 'w';\n\
                   const r = xs.sort();\n\
                   const t = xs.toSorted((a, b) => (a < b ? 1 : -1));\n\
                   c.respond([r.length, 1 in r, r.length - 1 in r, r.join('|'), t.length, t.join('|')]);";
    let k = |v: Value, k: i64| post(json!({"x": v, "k": k}));
    let dense = vec![k(json!(["b", "a", null]), 3), k(json!(["x", null]), 2), k(json!([2, 1, null]), 0)];
    let holey = vec![k(json!(["b", "a", null]), 4), k(json!(["x", null]), 4), k(json!([]), 1), k(json!([null]), 3)];
    vec![
        answered(case("sort of an array a computed write left holes in", written, dense.clone(), holey), &dense),
        answered(case("default sort compares strings", plain, trained.clone(), probes.clone()), &trained),
        answered(case("default sort of -0 and 0", zeros, trained.clone(), probes.clone()), &trained),
        answered(case("default sort as a statement", statement, trained.clone(), probes.clone()), &trained),
        answered(case("default sort puts undefined last", undefineds, trained.clone(), probes.clone()), &trained),
        case("default sort of an array with holes", holes, trained, probes),
    ]
}

/// State that outlives a request, and what the guards refuse.
fn guarded() -> Vec<Case> {
    let n = |k: Value| post(json!({"n": k}));
    let board = "const c = require('containerless');\n\
                 const board = [];\n\
                 c.listen(function (req) {\n\
                 board.push(req.body.n);\n\
                 board.sort((a, b) => b - a);\n\
                 c.respond([board[0], board.length]);\n});\n";
    let patched = "const c = require('containerless');\n\
                   const real = Array.prototype.sort;\n\
                   c.listen(function (req) {\n\
                   if (req.body.n === 'patch') Array.prototype.sort = function () { return 'patched'; };\n\
                   if (req.body.n === 'restore') Array.prototype.sort = real;\n\
                   c.respond([[2, 1, 3].sort(), [2, 1].sort((a, b) => a - b)]);\n});\n";
    let frozen = "const c = require('containerless');\n\
                  c.listen(function (req) {\n\
                  const xs = [3, 1, 2]; let r = 'none';\n\
                  try { xs.sort((a, b) => { if (req.body.n === 'freeze') Object.freeze(xs); return a - b; }); r = xs; }\n\
                  catch (e) { r = ['caught', xs]; }\n\
                  c.respond(r);\n});\n";
    let order = vec![n(json!(3)), n(json!(5)), n(json!(1)), n(json!(4))];
    let session = vec![n(json!("plain")), n(json!("patch")), n(json!("other")), n(json!("restore"))];
    let freeze = vec![n(json!("plain")), n(json!("freeze")), n(json!("plain"))];
    vec![
        whole("sort of a top-level leaderboard", board, order.clone(), order, true),
        whole("sort after Array.prototype.sort is patched", patched, session.clone(), session, true),
        whole("sort whose comparator freezes the array", frozen, freeze.clone(), freeze, false),
    ]
}

pub fn all() -> Vec<Case> {
    let mut cases = comparators();
    cases.extend(defaults());
    cases.extend(guarded());
    cases
}
