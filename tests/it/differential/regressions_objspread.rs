//! Object spread, object rest, object patterns in parameters and spread in
//! calls (#15): own enumerable keys in order (integer-like keys first), a
//! later key keeping its first position, holes skipped, strings spread by
//! index; `__proto__` keys, getters, classes, functions and primitives stay
//! exact or unknown. Trained on some inputs and probed with others, against
//! Node.

use super::{answered, case, post, whole, Case};
use serde_json::{json, Value};

/// What a request may spread: plain objects, arrays, strings, primitives.
fn values() -> (Vec<Value>, Vec<Value>) {
    let x = |k: Value| post(json!({"x": k, "s": 3}));
    let trained = [json!({"b": 1, "a": 2}), json!({}), json!({"size": 9, "2": "two", "1": "one"})];
    let probes = [
        json!({"color": "blue", "10": 1, "9": 2, "x": {"nested": [1]}}),
        json!({"__proto__": {"p": 1}, "a": 1}),
        json!({"__proto__": 5}),
        json!({"constructor": 1, "toString": 2, "hasOwnProperty": 3}),
        json!([1, null, "three"]),
        json!([]),
        json!("abc"),
        json!("h\u{e9}\u{1F600}"),
        json!(""),
        json!(null),
        json!(7),
        json!(true),
        json!({"01": 1, "-1": 2, "4294967295": 3, "4294967294": 4, "1.5": 5}),
    ];
    (trained.into_iter().map(x).collect(), probes.into_iter().map(x).collect())
}

fn spread_objects() -> Vec<Case> {
    let (trained, probes) = values();
    let merge = "const d = { color: 'red', size: 2 };\n\
                 const m = { mode: 'x', ...d, ...req.body.x, size: req.body.s };\n\
                 c.respond([m, Object.keys(m), { ...m, mode: 'y' }]);";
    let nested = "const inner = { ...req.body.x };\n\
                  const o = { a: { ...inner, z: 1 }, b: [{ ...inner }], c: { ...{ k: 1 }, ...null, ...undefined } };\n\
                  c.respond(o);";
    let holes = "const a = []; a[2] = req.body.s; a[0] = 'zero';\n\
                 const b = [req.body.x]; b.length = 3;\n\
                 c.respond([{ ...a }, { ...b }, Object.keys({ ...a, ...b })]);";
    let later = "const o = req.body.x;\n\
                 function touch() { if (o !== null && typeof o === 'object') o.touched = 1; return 2; }\n\
                 const first = { k: touch(), ...o };\n\
                 const after = { ...o, k: touch() };\n\
                 const dup = { a: 1, ...o, a: 3 };\n\
                 c.respond([first, after, dup]);";
    let unusual = "const v = req.body.x;\n\
                   class P { constructor() { this.v = v; } get g() { return 1; } }\n\
                   const getter = { get x() { return v; } };\n\
                   const hidden = {}; Object.defineProperty(hidden, 'h', { value: 1 }); hidden.shown = v;\n\
                   c.respond([{ ...new P() }, { ...getter }, { ...hidden }, { ...id }, { ...[v, v] }, { ...Object.create({ inh: 1 }) }]);";
    let state = "const c = require('containerless');\n\
                 let settings = { theme: 'light' };\n\
                 c.listen(function (req) {\n\
                 if (req.body.x === 'reset') settings = { theme: 'light' };\n\
                 else settings = { ...settings, ...req.body.x, count: (settings.count || 0) + 1 };\n\
                 c.respond(settings);\n});\n";
    let patched = "const c = require('containerless');\n\
                   c.listen(function (req) {\n\
                   if (req.body.x === 'patch') Object.defineProperty(Object.prototype, 'p', { set(v) {}, configurable: true });\n\
                   if (req.body.x === 'restore') delete Object.prototype.p;\n\
                   const o = { ...{ p: 1 }, q: 2 };\n\
                   c.respond([o, Object.keys(o)]);\n});\n";
    let session = vec![
        post(json!({"x": {"a": 1}})),
        post(json!({"x": {"theme": "dark", "1": 1}})),
        post(json!({"x": "reset"})),
        post(json!({"x": [5]})),
    ];
    let order = vec![
        post(json!({"x": "plain"})),
        post(json!({"x": "patch"})),
        post(json!({"x": "other"})),
        post(json!({"x": "restore"})),
    ];
    vec![
        answered(case("object spread merges in order", merge, trained.clone(), probes.clone()), &trained),
        answered(case("object spread nested in literals", nested, trained.clone(), probes.clone()), &trained),
        case("object spread of arrays with holes", holes, trained.clone(), probes.clone()),
        case("object spread before and after effects", later, trained.clone(), probes.clone()),
        case("object spread of what is not a plain object", unusual, trained.clone(), probes),
        whole("object spread of state that outlives a request", state, session.clone(), session, true),
        whole("object spread after Object.prototype gets a setter", patched, order.clone(), order, true),
    ]
}

fn rest_patterns() -> Vec<Case> {
    let (trained, probes) = values();
    let declared = "const { a, b = 'B', ...rest } = req.body.x || {};\n\
                    let { size: s, ...others } = req.body; others.added = 1;\n\
                    c.respond([a, b, rest, Object.keys(rest), s, others]);";
    let params = "function pick({ a, b = a, ...r }, { s = 0, ...t } = {}) { return [a, b, r, s, t]; }\n\
                  const arrow = ({ x, ...r }) => [x, r];\n\
                  c.respond([pick(req.body.x, req.body), arrow(req.body), pick({ a: 1, z: 2, y: 3 })]);";
    let nested = "function f({ k: { a, ...inner } = {}, ...outer }) { return [a, inner, outer]; }\n\
                  const v = req.body.x;\n\
                  c.respond(f({ k: v, z: v }));";
    let unusual = "const v = req.body.x;\n\
                   class P { constructor() { this.v = v; } }\n\
                   const getter = { get g() { return v; }, h: 1 };\n\
                   const { ...fromClass } = new P();\n\
                   const { ...fromGetter } = getter;\n\
                   const { 0: first, ...fromString } = 'abc';\n\
                   const { ...fromArray } = [v, v];\n\
                   c.respond([fromClass, fromGetter, first, fromString, fromArray]);";
    let throws = "try { const { a, ...r } = req.body.x; c.respond(['ok', a, r]); } catch (e) { c.respond(['caught', e instanceof TypeError]); }";
    let escaping = "const { a, ...r } = req.body.x; c.respond([a, r]);";
    vec![
        answered(case("object rest in declarations", declared, trained.clone(), probes.clone()), &trained),
        answered(case("object rest and patterns in parameters", params, trained.clone(), probes.clone()), &trained),
        case("object rest nested in a parameter pattern", nested, trained.clone(), probes.clone()),
        case("object rest of what is not a plain object", unusual, trained.clone(), probes.clone()),
        case("object rest of null or undefined throws", throws, trained.clone(), probes.clone()),
        case("object rest of null escaping the handler", escaping, trained, probes),
    ]
}

fn spread_calls() -> Vec<Case> {
    let x = |k: Value| post(json!({"x": k}));
    let trained: Vec<Value> = [json!([3, 1, 2]), json!([]), json!(["a", "b"]), json!([5])].into_iter().map(x).collect();
    let probes: Vec<Value> = [
        json!([1, 2, 3, 4, 5]),
        json!([1, 2, 3, 4, 5, 6]),
        json!([-0, 0]),
        json!([null, "7", true]),
        json!([[1], {"a": 1}]),
        json!("abc"),
        json!("\u{1F600}"),
        json!({"0": 1, "length": 1}),
        json!(4),
    ]
    .into_iter()
    .map(x)
    .collect();
    let builtins = "const xs = req.body.x; const out = ['first'];\n\
                    if (!Array.isArray(xs) && typeof xs !== 'string') { c.respond('not a list'); return; }\n\
                    const n = out.push(...xs, 'last');\n\
                    out.push(...out);\n\
                    const max = Math.max(...xs); const min = Math.min(0, ...xs);\n\
                    c.respond([n, out, max, min]);";
    let functions = "function add(a, b = 10, c) { return [a, b, c]; }\n\
                     let calls = 0; function count() { calls++; return calls; }\n\
                     const xs = req.body.x;\n\
                     if (!Array.isArray(xs)) { c.respond('not an array'); return; }\n\
                     const holes = [...xs]; holes[4] = 'four';\n\
                     const r = add(count(), ...xs);\n\
                     const h = add(...holes); const twice = add(...xs, ...xs); const same = id(...xs);\n\
                     c.respond([r, h, twice, calls, same]);";
    let methods = "const o = { k: 1, f: id };\n\
                   const xs = req.body.x;\n\
                   let r = 'none';\n\
                   try { r = o.f(...xs); } catch { r = 'threw'; }\n\
                   const joined = [].concat(...(Array.isArray(xs) ? xs : [])); const str = String(...xs);\n\
                   c.respond([r, joined, str, [Math.max(...xs)]]);";
    vec![
        answered(case("spread in calls of builtins", builtins, trained.clone(), probes.clone()), &trained),
        answered(case("spread in calls of functions", functions, trained.clone(), probes.clone()), &trained[1..2]),
        case("spread in method calls that may throw", methods, trained, probes),
    ]
}

pub fn all() -> Vec<Case> {
    let mut cases = spread_objects();
    cases.extend(rest_patterns());
    cases.extend(spread_calls());
    cases
}
