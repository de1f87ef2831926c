//! Builtins (#15): the edge cases of each conversion and method, trained on
//! some inputs and probed with others, checked against a fresh Node.

use super::{answered, case, post, whole, Case};
use serde_json::{json, Value};

fn v(x: Value) -> Value {
    post(json!({ "v": x }))
}

fn conversions() -> Case {
    let body = "const v = req.body.v;\n\
                c.respond([Number(v), String(v), Boolean(v), isNaN(v), parseInt(v), parseFloat(v), parseInt(v, 16),\n\
                Number.parseInt(v, 36), String(1 / parseFloat(v)), String(1 / Number(v)), String(Number()), String()]);";
    let training = vec![v(json!(" 0x1F ")), v(json!("-0")), v(json!("12px")), v(json!("")), v(json!([5]))];
    let probes = vec![
        v(json!("Infinity")),
        v(json!("-.5e-3x")),
        v(json!(0.0000005)),
        v(json!([1, 2])),
        v(json!({})),
        v(json!(null)),
        v(json!(true)),
        v(json!(" \n 42 ")),
        v(json!("0b101")),
        v(json!("1e3")),
        v(json!("zz")),
        v(json!("123456789012345678901234567890")),
        v(json!("\u{661}\u{662}")),
        v(json!(-0.0)),
        post(json!({})),
    ];
    answered(case("global conversion functions", body, training.clone(), probes), &training)
}

fn object_functions() -> Vec<Case> {
    let listing = "const o = req.body.v;\n\
                   c.respond([Object.keys(o), Object.values(o), Object.entries(o), Array.isArray(o)]);";
    let training = vec![v(json!({"b": 1, "2": 2, "a": 3})), v(json!([4, 5])), v(json!("hi")), v(json!(7))];
    let probes = vec![
        v(json!({})),
        v(json!({"toString": 1, "10": 0, "9": 1})),
        v(json!("h\u{e9}\u{1f600}")),
        v(json!(null)),
        v(json!(false)),
        post(json!({})),
    ];
    let assign = "const t = { a: 1, k: 'five' }; const r = Object.assign(t, req.body.v, { z: 0 });\n\
                  c.respond([t, r === t, Object.keys(t)]);";
    let assign_training = vec![v(json!({"a": 2, "b": 3})), v(json!(null)), v(json!([9])), v(json!("xy"))];
    let assign_probes =
        vec![v(json!({"1": "one", "a": "A"})), v(json!(5)), post(json!({})), v(json!({"z": 9, "5": 5, "k": 0}))];
    vec![
        answered(case("Object.keys/values/entries and Array.isArray", listing, training.clone(), probes), &training),
        answered(
            case("Object.assign onto a local object", assign, assign_training.clone(), assign_probes),
            &assign_training,
        ),
    ]
}

fn string_methods() -> Vec<Case> {
    let sn = |s: Value, n: Value| post(json!({ "s": s, "n": n }));
    let positions = "const s = String(req.body.s); const n = req.body.n;\n\
                     c.respond([s.padStart(n, '*-'), s.padEnd(n), s.repeat(n > 0 && n < 5 ? n : 1), s.charAt(n),\n\
                     s.charCodeAt(n), s.at(-n), s.substring(n, 1), s.lastIndexOf('a', n), s.concat(n, [n, 'x'])]);";
    let training = vec![sn(json!("banana"), json!(2)), sn(json!(""), json!(0)), sn(json!("abc"), json!(-1))];
    let probes = vec![
        sn(json!("banana"), json!(3.7)),
        sn(json!("banana"), json!("4")),
        sn(json!("a\u{1f600}b"), json!(1)),
        sn(json!("a\u{1f600}b"), json!(3)),
        sn(json!("\u{e9}t\u{e9}"), json!(5)),
        sn(json!("aaa"), json!(null)),
        sn(json!(12), json!(9)),
        post(json!({})),
    ];
    let replace = "const s = String(req.body.s);\n\
                   c.respond([s.replace(req.body.p, req.body.r), s.replaceAll(req.body.p, req.body.r)]);";
    let spr = |s: &str, p: Value, r: Value| post(json!({ "s": s, "p": p, "r": r }));
    let patterns = "[$&|$`|$'|$$|$1|$<x>|$]";
    let replace_training = vec![spr("banana", json!("an"), json!(patterns)), spr("a-b-c", json!("-"), json!("+"))];
    let replace_probes = vec![
        spr("banana", json!(""), json!(patterns)),
        spr("aaa", json!("aa"), json!("b")),
        spr("x1y1", json!(1), json!(2)),
        spr("null", json!(null), json!({})),
        spr("\u{e9}\u{1f600}\u{e9}", json!("\u{e9}"), json!("$'")),
        spr("\u{1f600}", json!(""), json!("-")),
        spr("abc", json!("z"), json!("$&")),
    ];
    vec![
        answered(case("string positions, padding and concat", positions, training.clone(), probes), &training),
        answered(
            case("replace and replaceAll with string patterns", replace, replace_training.clone(), replace_probes),
            &replace_training,
        ),
    ]
}

fn math_and_shadowing() -> Vec<Case> {
    let s = |x: Value| post(json!({ "s": x }));
    let xy = |x: Value, y: Value| post(json!({ "x": x, "y": y }));
    let math = "const x = req.body.x, y = req.body.y;\n\
                c.respond([Math.pow(x, y), Math.sqrt(x), Math.sign(x), Math.trunc(x), String(1 / Math.sign(x)),\n\
                String(1 / Math.trunc(x)), String(Math.pow(x, y))]);";
    let training = vec![xy(json!(2), json!(10)), xy(json!(-3), json!(3)), xy(json!(9), json!(0))];
    let probes = vec![
        xy(json!(-0.5), json!(2)),
        xy(json!(2), json!(0.5)),
        xy(json!("16"), json!("2")),
        xy(json!(1), json!(null)),
        xy(json!(-0.0), json!(-1)),
        xy(json!(-8), json!(53)),
        xy(json!(10), json!(308)),
        post(json!({})),
    ];
    let shadowed_src = "const parseInt = (s) => s + '!'; function String(v) { return 'mine'; }\n\
                    c.respond([parseInt(req.body.s), String(req.body.s), Number(req.body.s)]);";
    let values =
        "const c = require('containerless');\nconst LIMIT = Number.MAX_SAFE_INTEGER; const freeze = Object.freeze;\n\
                  c.listen(function (req) {\n\
                  const n = Number(req.body.s);\n\
                  c.respond(n > 10 ? [n, LIMIT - n, typeof freeze] : [n, Array.isArray(req.body.s)]);\n});\n";
    let small = vec![s(json!("7")), s(json!([1]))];
    let values_probes = vec![s(json!("12")), s(json!(null)), s(json!("x"))];
    vec![
        answered(whole("namespaces read as values stay opaque", values, small.clone(), values_probes, false), &small),
        answered(case("Math pow sqrt sign trunc", math, training.clone(), probes), &training),
        answered(
            case(
                "a program's own parseInt and String",
                shadowed_src,
                vec![s(json!("7")), s(json!(1))],
                vec![s(json!(null))],
            ),
            &[s(json!("7"))],
        ),
    ]
}

fn array_callbacks() -> Vec<Case> {
    let xs = |x: Value| post(json!({ "xs": x }));
    let all = "function double(x) { return x * 2; }\n\
               const xs = req.body.xs;\n\
               c.respond({ ys: xs.map(double), big: xs.filter((x) => x > 2), sum: xs.reduce((acc, x) => acc + x, 0),\n\
               first: xs.find((x) => x > 1), any: xs.some((x) => x > 5), all: xs.every((x) => x > 0),\n\
               at: xs.findIndex((x) => x === 3), idx: xs.map((x, i, arr) => i + ':' + arr.length),\n\
               cat: xs.reduce((a, b) => a + '|' + b) });";
    let training = vec![xs(json!([1, 2, 3])), xs(json!([5, 6])), xs(json!([3, "3", 0]))];
    let probes = vec![
        xs(json!([])),
        xs(json!([7])),
        xs(json!("abc")),
        xs(json!({"length": 2})),
        xs(json!([null, -0.0, 2.5])),
        xs(json!([[1], [2, 3]])),
        post(json!({})),
    ];
    let mutation = "const xs = req.body.xs; const seen = [];\n\
                    const ys = xs.map((x, i, arr) => { seen.push(x); if (x === 1) arr.push(9); if (x === 2) arr.pop(); return x + 1; });\n\
                    let count = 0; xs.forEach((x) => { count = count + x; });\n\
                    c.respond({ ys, seen, xs, count, n: ys.length });";
    let mutation_training = vec![xs(json!([0, 3])), xs(json!([1, 4])), xs(json!([]))];
    let mutation_probes = vec![xs(json!([2, 5, 6])), xs(json!([1, 2, 3])), xs(json!([2])), xs(json!([1, 1]))];
    let callees = "function inc(x) { return x + 1; } function dec(x) { return x - 1; }\n\
                   const f = req.body.up ? inc : dec; const xs = req.body.xs;\n\
                   c.respond([xs.map(f), xs.map(f, null), xs.reduce(inc), xs.some(f)]);";
    let up = |u: bool, x: Value| post(json!({ "up": u, "xs": x }));
    let callee_training = vec![up(true, json!([1, 2])), up(false, json!([3]))];
    let callee_probes = vec![up(true, json!([])), up(false, json!([0, 1])), post(json!({"xs": [1], "up": 0}))];
    let holes = "const xs = req.body.xs.slice(); const h = req.body.h;\n\
                 if (h === 1) { xs[xs.length + 1] = 9; } if (h === 2) { delete xs[0]; }\n\
                 c.respond([xs.map((x) => (x === undefined ? 'u' : x)), xs.filter((x) => true).length, xs.find((x) => x === undefined),\n\
                 xs.map((x) => { if (x === 1) { delete xs[1]; } return x; })]);";
    let xh = |x: Value, h: i64| post(json!({ "xs": x, "h": h }));
    let hole_training = vec![xh(json!([1, 2, 3]), 0), xh(json!([4]), 0)];
    let hole_probes = vec![xh(json!([1, 2]), 1), xh(json!([5, 1, 7]), 2), xh(json!([]), 1), xh(json!([1, 2, 3]), 0)];
    // Holes made during the iteration (`length` cut, then extended): the
    // callback is skipped there, so the trace's presence test must be `in`.
    let regrow = "const xs = req.body.xs.slice(); const seen = [];\n\
                  xs.forEach((x, i, arr) => { seen.push(x); if (x === 1) { arr.length = 0; arr.length = req.body.h; } });\n\
                  c.respond([seen, xs.length]);";
    let regrow_training = vec![xh(json!([1, 2, 3]), 0), xh(json!([4, 5]), 0), xh(json!([2, 1, 3]), 0)];
    let regrow_probes = vec![xh(json!([1, 2, 3]), 3), xh(json!([2, 1, 3]), 2), xh(json!([1, 2]), 5), xh(json!([1]), 0)];
    vec![
        answered(case("array callbacks over holes", holes, hole_training.clone(), hole_probes), &hole_training[1..]),
        answered(
            case("holes made while forEach runs", regrow, regrow_training.clone(), regrow_probes),
            &regrow_training,
        ),
        answered(case("array callbacks", all, training.clone(), probes), &training),
        answered(
            case("array callbacks mutating their array", mutation, mutation_training.clone(), mutation_probes),
            &mutation_training[..2],
        ),
        case("array callbacks through a dynamic callee and a thisArg", callees, callee_training, callee_probes),
    ]
}

pub fn all() -> Vec<Case> {
    let mut cases = vec![conversions()];
    cases.extend(array_callbacks());
    cases.extend(object_functions());
    cases.extend(string_methods());
    cases.extend(math_and_shadowing());
    cases
}
