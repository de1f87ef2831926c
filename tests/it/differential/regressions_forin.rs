//! for-in (#15): own enumerable keys, integer-like ones first; keys deleted
//! during the loop are skipped, keys added are not visited; what the guard
//! refuses (inherited enumerable keys, a class, a proxy, a string) stays
//! unknown. for-of over strings: one element per code point. Trained on
//! some inputs and probed with others, against Node.

use super::{answered, case, post, whole, Case};
use serde_json::{json, Value};

/// for-of over a string: the index loop where every code point is one code
/// unit; a surrogate pair (or a lone surrogate) stays unknown.
fn strings() -> Vec<Case> {
    let x = |k: Value| post(json!({"x": k}));
    let plain = "const out = []; let n = 0;\n\
                 for (const ch of req.body.x) { if (ch === '!') break; if (ch === ' ') continue; out.push(ch + ch.length); n++; }\n\
                 let last = 'none'; for (last of 'xy') {}\n\
                 c.respond([out.join(''), n, last]);";
    let patched = "const c = require('containerless');\n\
                   const values = String.prototype[Symbol.iterator];\n\
                   c.listen(function (req) {\n\
                   const out = [];\n\
                   if (req.body.x === 'patch') String.prototype[Symbol.iterator] = function* () { yield 'patched'; };\n\
                   if (req.body.x === 'restore') String.prototype[Symbol.iterator] = values;\n\
                   for (const ch of 'ab') out.push(ch);\n\
                   c.respond(out);\n});\n";
    let trained: Vec<Value> =
        [json!("ab c"), json!(""), json!("a!b"), json!("h\u{e9}llo")].into_iter().map(x).collect();
    let probes: Vec<Value> = [
        json!("a\u{1F600}b"),
        json!("\u{4e16}\u{754c}"),
        json!("!"),
        json!("   "),
        json!(["a", "b"]),
        json!(7),
        json!("x\u{1F600}"),
        json!("\u{0301}e"),
    ]
    .into_iter()
    .map(x)
    .collect();
    let session_order = vec![x(json!("plain")), x(json!("patch")), x(json!("other")), x(json!("restore"))];
    vec![
        answered(case("for-of over strings", plain, trained.clone(), probes), &trained),
        whole(
            "for-of after String.prototype's iterator is patched",
            patched,
            session_order.clone(),
            session_order,
            true,
        ),
    ]
}

pub fn all() -> Vec<Case> {
    let x = |k: Value| post(json!({"x": k}));
    let plain = "const out = [];\n\
                 for (const k in req.body.x) { if (k === 'stop') break; if (k === 'skip') continue; out.push([k, req.body.x[k]]); }\n\
                 let last = 'none'; for (last in out) {}\n\
                 c.respond({ out, last });";
    let mutation = "const o = req.body.x; const seen = [];\n\
                    for (const k in o) { seen.push(k); if (k === 'a') o.added = 1;\n\
                    if (k === 'b') o['9'] = 'nine'; if (Array.isArray(o) && k === '0') o.length = 1; }\n\
                    c.respond([seen, o]);";
    let deletion = "const o = req.body.x; const seen = [];\n\
                    for (const k in o) { seen.push(k); if (k === 'a') { delete o.b; o.added = 1; }\n\
                    if (k === '1') { delete o[2]; o[0] = 'new'; } if (k === 'c') { delete o.toString; delete o.d; o.d = 2; } }\n\
                    c.respond([seen, 'toString' in o, o]);";
    let arrays = "const a = req.body.x; const seen = [];\n\
                  if (Array.isArray(a) && a.length > 3) a[6] = 'far';\n\
                  for (const k in a) { seen.push(k, typeof k); if (k === '0' && Array.isArray(a)) a.length = 2; }\n\
                  c.respond(seen);";
    let nested = "function firstKey(o) { for (const k in o) { for (const j in o) { if (k !== j) return k + j; } } return 'none'; }\n\
                  c.respond([firstKey(req.body.x), firstKey({ p: 1 }), firstKey({ p: 1, q: 2 })]);";
    let closures = "const fs = []; for (const k in req.body.x) fs.push(() => k);\n\
                    let w; const gs = []; for (w in req.body.x) gs.push(() => w);\n\
                    c.respond([fs.map((f) => f()), gs.map((g) => g())]);";
    let unusual = "const v = req.body.x; const out = [];\n\
                   class P { constructor() { this.v = v; } }\n\
                   for (const k in new P()) out.push(k);\n\
                   for (const k in Object.create({ inherited: v })) out.push(k);\n\
                   for (const k in 'ab') out.push(k);\n\
                   for (const k in new Proxy({ p: v }, {})) out.push(k);\n\
                   const g = {}; Object.defineProperty(g, 'hidden', { value: 1 }); g.shown = v;\n\
                   for (const k in g) out.push(k);\n\
                   c.respond(out);";
    let nothing = "const out = []; for (const k in req.body.x) out.push(k); c.respond(out);";
    let patched = "const c = require('containerless');\n\
                   c.listen(function (req) {\n\
                   const out = [];\n\
                   if (req.body.x === 'patch') Object.prototype.extra = 1;\n\
                   if (req.body.x === 'restore') delete Object.prototype.extra;\n\
                   for (const k in { a: 1 }) out.push(k);\n\
                   c.respond(out);\n});\n";
    let objects = [
        json!({"b": 1, "2": 2, "a": 3, "1": 4}),
        json!({}),
        json!({"stop": 1, "x": 2}),
        json!({"skip": 1, "a": null, "01": 2, "-1": 3, "4294967295": 4, "4294967294": 5}),
        json!(["x", "y"]),
    ];
    let trained: Vec<Value> = objects.iter().cloned().map(x).collect();
    let probes: Vec<Value> = [
        json!({"a": 1, "b": 2, "c": 3, "toString": 4, "d": 5}),
        json!({"1": "p", "2": "q", "a": 1}),
        json!({"constructor": 1, "__proto__": 2, "hasOwnProperty": 3}),
        json!([1, 2, 3, 4, 5]),
        json!("abc"),
        json!(7),
        json!(null),
        json!([]),
        json!({"k": {"nested": true}}),
    ]
    .into_iter()
    .map(x)
    .collect();
    let session_order = vec![x(json!("plain")), x(json!("patch")), x(json!("other")), x(json!("restore"))];
    vec![
        answered(case("for-in over plain objects", plain, trained.clone(), probes.clone()), &trained),
        answered(case("for-in while the object changes", mutation, trained.clone(), probes.clone()), &trained),
        case("for-in while keys are deleted", deletion, trained.clone(), probes.clone()),
        case("for-in over arrays cut during the loop", arrays, trained.clone(), probes.clone()),
        answered(case("nested for-in returning from a function", nested, trained.clone(), probes.clone()), &trained),
        case("closures made in for-in capture each key", closures, trained.clone(), probes.clone()),
        case("for-in over what is not a plain object", unusual, trained.clone(), probes.clone()),
        case("for-in over null, undefined and primitives", nothing, vec![x(json!(null)), x(json!(3))], probes),
        whole(
            "for-in after Object.prototype gets an enumerable key",
            patched,
            session_order.clone(),
            session_order,
            true,
        ),
    ]
    .into_iter()
    .chain(strings())
    .collect()
}
