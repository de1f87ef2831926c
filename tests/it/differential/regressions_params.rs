//! Parameter patterns and array spread (#15): array patterns in a
//! function's or an arrow's parameters, with defaults that see earlier
//! parameters and the pattern's earlier names, and the temporal dead zone
//! of later ones; `[a, ...b]` in declarations and returns.

use super::{answered, case, post, Case};
use serde_json::{json, Value};

fn x(v: Value) -> Value {
    post(json!({ "x": v, "y": [v] }))
}

/// `function f([a, b = d], [p, , q = a] = [...])`, arrows alike; element
/// reads only from plain arrays, strings by code points (untraced).
fn array_parameters() -> Case {
    let body = "function pair([a, b = 'dflt'], [p, , q = a] = [b, a]) { return { a, b, p, q }; }\n\
                const arrow = ([m, n = m], k = n) => [m, n, k];\n\
                function later(u, [w = u] = []) { return w; }\n\
                const r = { pair: pair(req.body.x), arrow: arrow(req.body.x), later: later(req.body.y, req.body.y) };\n\
                c.respond(r);";
    let trained: Vec<Value> =
        [json!([1, 2, 3]), json!([]), json!([null, null]), json!(["a", [2]])].into_iter().map(x).collect();
    let probes: Vec<Value> = [json!([-0.0]), json!([0, false]), json!("ab"), json!([1, "b", 3, 4]), json!([[]])]
        .into_iter()
        .map(x)
        .collect();
    answered(case("array parameter patterns", body, trained.clone(), probes), &trained)
}

/// A default that reads a later name of the pattern, or a later parameter,
/// throws (ECMA-262 §14.3.1): the trace must not see `undefined` there.
fn dead_zone() -> Vec<Case> {
    let functions = [
        ("dead zone: a later element", "function f([a = b, b]) { return [a, b]; }"),
        ("dead zone: a later parameter", "function f([a = z], z) { return [a, z]; }"),
        ("dead zone: the element itself", "function f([s = s]) { return s; }"),
        ("dead zone: a plain default", "function g(a = b, b) { return [a, b]; } const f = (x, z) => g(x[0], z);"),
        ("dead zone: in a declaration", "function f(x) { let [a = b, b] = x; return [a, b]; }"),
    ];
    let trained: Vec<Value> = [json!([1, 2]), json!([null, 3]), json!([])].into_iter().map(x).collect();
    let probes: Vec<Value> = [json!([0]), json!([]), json!("q")].into_iter().map(x).collect();
    functions
        .into_iter()
        .map(|(name, f)| {
            let body = format!(
                "{f}\nlet r;\ntry {{ r = f(req.body.x, 'z'); }} catch (e) {{ r = e.name; }}\n\
                 c.respond(r);"
            );
            case(name, &body, trained.clone(), probes.clone())
        })
        .collect()
}

/// `[a, ...b, c]`: plain arrays element by element (holes read as
/// `undefined`, as the iterator does); strings by code points, sets,
/// subclasses and getters as written (untraced).
fn array_spread() -> Vec<Case> {
    let plain = "const v = req.body.x;\n\
                 const a = [1, ...v, 2];\n\
                 const b = [...[], ...v, ...[v]];\n\
                 function wrap(w) { return [...w, w.length]; }\n\
                 const grown = [v.length]; const d = [grown.push(3), ...grown, grown.push(4), ...grown];\n\
                 c.respond({ a, b, w: wrap(v), d, n: a.length });";
    let unusual = "const v = req.body.x; const out = [];\n\
                   const s = [...'h\\u{1F600}!']; out.push(s);\n\
                   const h = [...[, v], ...new Array(2)]; out.push(h.length, 0 in h, h[0]);\n\
                   const g = [1]; Object.defineProperty(g, 0, { get() { out.push('read'); return v; } });\n\
                   const r = [...g]; out.push(r);\n\
                   out.push([...new Set([v, v, 1])]);\n\
                   class L extends Array {} out.push([...L.from([v])]);\n\
                   c.respond(out);";
    let holes = "const h = []; h[2] = req.body.x; h[4] = 1; h.length = 4;\n\
                 const s = [...h, ...h]; c.respond([s.length, 0 in s, 2 in s, s]);";
    let trained: Vec<Value> = [json!([1, 2, 3]), json!([]), json!([null, "b"])].into_iter().map(x).collect();
    let probes: Vec<Value> =
        [json!([-0.0]), json!("ab"), json!(null), json!([[]]), json!({"length": 1})].into_iter().map(x).collect();
    vec![
        answered(case("array spread", plain, trained.clone(), probes.clone()), &trained),
        case("array spread of holes", holes, trained.clone(), probes.clone()),
        case("array spread of what is not a plain array", unusual, trained, probes),
    ]
}

pub fn all() -> Vec<Case> {
    let mut cases = vec![array_parameters()];
    cases.extend(array_spread());
    cases.extend(dead_zone());
    cases
}
