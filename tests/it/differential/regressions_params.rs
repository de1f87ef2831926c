//! Parameter patterns (#15): array patterns in a function's or an arrow's
//! parameters, with defaults that see earlier parameters and the pattern's
//! earlier names, and the temporal dead zone of later ones.

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

pub fn all() -> Vec<Case> {
    let mut cases = vec![array_parameters()];
    cases.extend(dead_zone());
    cases
}
