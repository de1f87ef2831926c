//! `new Error(msg)`, `new TypeError(msg)`, `new RangeError(msg)` and
//! `Error(msg)` (#15): the message (ToString of the argument), the name
//! from the prototype, the conversions (`String(e)`, `'' + e`, templates:
//! `"Error: msg"`, the name alone for an empty message), `JSON.stringify`
//! (`{}`), `in`, identity; caught, uncaught and kept in state. What the
//! evaluator does not model stays unknown: `stack`, a shadowed or patched
//! `Error`, a second argument, a write to an error. Trained on some inputs
//! and probed with others, against Node.

use super::{answered, case, post, unknown, whole, Case};
use serde_json::{json, Value};

fn x(v: Value) -> Value {
    post(json!({ "x": v }))
}

fn values(list: Vec<Value>) -> Vec<Value> {
    list.into_iter().map(x).collect()
}

/// A validation that throws and a catch that answers with what it reads.
fn caught() -> Case {
    let body = "try {\n\
                if (typeof req.body.x !== 'number') throw new TypeError('x must be a number, not ' + typeof req.body.x);\n\
                if (req.body.x < 0) throw new RangeError(`negative: ${req.body.x}`);\n\
                if (req.body.x > 100) throw new Error();\n\
                if (req.body.x === 7) throw Error(req.body.x);\n\
                c.respond({ ok: req.body.x });\n\
                } catch (e) {\n\
                c.respond({ error: e.message, name: e.name, s: String(e), t: '' + e, tl: `<${e}>`, j: JSON.stringify(e),\n\
                keys: Object.keys(e), has: ['message' in e, 'stack' in e, 'other' in e, 0 in e], type: typeof e,\n\
                eq: e == 'Error', plus: e + 1, same: e === e, e });\n\
                }";
    let trained = values(vec![json!(1), json!("a"), json!(-3), json!(200), json!(7)]);
    let probes =
        values(vec![json!(null), json!(true), json!(50), json!({}), json!([1]), json!(-0.5), json!(101), json!("7")]);
    let must = values(vec![json!(50), json!(-0.5), json!(101), json!(null), json!({})]);
    let mut all = trained.clone();
    all.extend(must);
    answered(case("new Error caught and read", body, trained, probes), &all)
}

/// `Error(m)` with every kind of argument: ToString of it, none for `undefined`.
fn messages() -> Case {
    let body = "const e = req.body.none ? new Error() : Error(req.body.x);\n\
                const t = new TypeError(req.body.x); const r = RangeError(req.body.x);\n\
                c.respond([e.message, String(e), t.message, `${t}`, r.name, String(r), [e].indexOf(e), e === t]);";
    let trained = vec![x(json!("a")), post(json!({"none": true})), x(json!({"a": 1}))];
    let probes = values(vec![json!([1, 2]), json!(5), json!(null), json!(""), json!(false), json!([]), json!("é ü")]);
    let mut must = trained.clone();
    must.extend(probes.clone());
    must.push(post(json!({})));
    answered(case("Error messages from every kind of value", body, trained, probes), &must)
}

/// An error that leaves the handler: Node's process exits without an
/// answer, so the trace must not answer either.
fn uncaught() -> Case {
    let body = "if (req.body.x) throw new Error('boom ' + req.body.x);\nc.respond('ok');";
    let trained = values(vec![json!(0), json!(1)]);
    let probes = values(vec![json!(2), json!(false)]);
    // Trained in reverse, the first request crashes Node: that trace is
    // empty, so nothing is required to be answered.
    unknown(case("new Error uncaught", body, trained, probes), &values(vec![json!(1), json!(2)]))
}

/// What the evaluator does not model.
fn unmodelled() -> Vec<Case> {
    let stack = "try { throw new Error('s'); } catch (e) { c.respond(typeof e.stack === 'string' ? req.body.x : 0); }";
    let write = "const e = new Error('m'); e.code = req.body.x; c.respond({ code: e.code, j: JSON.stringify(e) });";
    let options = "const e = new Error('m', { cause: req.body.x }); c.respond([e.message, e.cause]);";
    let shadowed = "const c = require('containerless');\n\
                    function Error(m) { this.m = m; }\n\
                    c.listen(function (req) { const e = new Error(req.body.x); c.respond(e); });\n";
    let patched = "const c = require('containerless');\n\
                   c.listen(function (req) {\n\
                   if (req.body.x === 'name') Error.prototype.name = 'Patched';\n\
                   if (req.body.x === 'global') globalThis.TypeError = function (m) { return { m }; };\n\
                   const e = new Error('m'); const t = new TypeError('t');\n\
                   c.respond([String(e), e.name, t]);\n});\n";
    let order = values(vec![json!("a"), json!("name"), json!("b"), json!("global"), json!("c")]);
    let probes = values(vec![json!("a"), json!(1)]);
    vec![
        unknown(
            case("an error's stack", stack, values(vec![json!(1)]), values(vec![json!(2)])),
            &values(vec![json!(1), json!(2)]),
        ),
        unknown(
            case("a write to an error", write, values(vec![json!(1)]), values(vec![json!(2)])),
            &values(vec![json!(1), json!(2)]),
        ),
        unknown(
            case("an Error with options", options, values(vec![json!(1)]), values(vec![json!(2)])),
            &values(vec![json!(1)]),
        ),
        unknown(
            whole("a shadowed Error", shadowed, values(vec![json!(1)]), values(vec![json!(2)]), false),
            &values(vec![json!(1)]),
        ),
        whole("Error patched by a request", patched, order.clone(), probes, true),
    ]
}

/// An error kept in state that outlives a request.
fn in_state() -> Case {
    let source = "const c = require('containerless');\n\
                  let last = null; const seen = [];\n\
                  c.listen(function (req) {\n\
                  const before = last === null ? 'none' : String(last);\n\
                  if (req.body.x) { last = new RangeError(req.body.x); seen.push(last); }\n\
                  c.respond([before, seen.length, JSON.stringify(seen), seen.indexOf(last)]);\n});\n";
    let order = values(vec![json!("a"), json!(0), json!("b"), json!(3)]);
    let probes = values(vec![json!(0), json!("z"), json!("y")]);
    answered(whole("errors kept in state", source, order.clone(), probes, true), &order[..1])
}

pub fn all() -> Vec<Case> {
    let mut cases = vec![caught(), messages(), uncaught(), in_state()];
    cases.extend(unmodelled());
    cases
}
