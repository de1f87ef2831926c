//! Tracing cost (docs/SPEC.md §5): once the trace has settled only one request in
//! K is traced. With small `--trace-settle` and `--trace-sample`: a path
//! first taken after settling enters the trace within K + K/2 requests, and
//! `/info` and `/metrics` count traced and untraced requests; stateful
//! functions mixing traced and untraced requests answer as Vanilla, and
//! their trace stays sound.

use crate::common::oracle::{self, real_workdir, Answer, VanillaNode};
use crate::common::*;
use std::net::SocketAddr;

fn post(body: Value) -> Value {
    json!({"method": "POST", "path": "/", "query": {}, "body": body})
}

/// `/info`'s counts after a `GET /trace` (the runtime sends them just
/// before answering the sync, so they are exact).
fn counts(agent: &Agent) -> (u64, u64, bool) {
    assert_eq!(agent.get("/trace").status, 200);
    let info = agent.info();
    (
        info["tracedRequests"].as_u64().expect("tracedRequests"),
        info["untracedRequests"].as_u64().expect("untracedRequests"),
        info["traceSettled"].as_bool().expect("traceSettled"),
    )
}

#[test]
fn a_path_first_taken_after_settling_enters_the_trace_within_k_and_a_half_requests() {
    const BOUND: i64 = 4 + 4 / 2;
    let agent = Agent::start_in(real_workdir("sampling-bound"), &["--trace-settle", "3", "--trace-sample", "4"]);
    let source = "const c = require('containerless');\n\
                  c.listen(function (req) { if (req.body.x > 0) { c.respond('pos'); } else { c.respond('neg ' + req.body.x); } });";
    let function = SocketAddr::from(([127, 0, 0, 1], agent.start_function("Tracing", source)));
    // The first request grows the trace, the second sees that; then three
    // traced requests change nothing: settled after the fourth.
    for _ in 0..5 {
        assert_eq!(oracle::call(function, &post(json!({"x": 1}))).unwrap().body, "pos");
    }
    assert_eq!(counts(&agent), (4, 1, true));
    let negative = |x: i64| post(json!({"x": x}));
    assert_eq!(oracle::evaluate(&agent.get("/trace").body, &negative(-1)), None, "not traced yet");
    let mut discovered = None;
    for i in 1..=BOUND {
        assert_eq!(oracle::call(function, &negative(-i)).unwrap().body, format!("neg {}", -i));
        if oracle::evaluate(&agent.get("/trace").body, &negative(-1)).is_some() {
            discovered = Some(i);
            break;
        }
    }
    // The runtime's fixed-seed gaps: 5 after settling, so requests 5 to 8
    // run untraced and the 9th (the 4th negative one) is traced.
    assert_eq!(discovered, Some(4), "the new path enters the trace at the first sampled request");
    assert_eq!(counts(&agent), (5, 4, false), "the change makes the trace unsettled again");
    let answer = oracle::evaluate(&agent.get("/trace").body, &negative(-9)).expect("covered");
    assert_eq!(answer.body, "neg -9");
    // Traced again until it settles: the next request is traced.
    oracle::call(function, &negative(-2)).unwrap();
    assert_eq!(counts(&agent), (6, 4, false));
    let metrics = agent.get("/metrics").text();
    for line in [
        "containerless_requests_traced_total 6",
        "containerless_requests_untraced_total 4",
        "containerless_trace_settled 0",
    ] {
        assert!(metrics.lines().any(|l| l == line), "{line} in\n{metrics}");
    }
}

#[test]
fn trace_all_traces_every_request_and_vanilla_has_no_counts() {
    let agent =
        Agent::start_in(real_workdir("sampling-all"), &["--trace-settle", "1", "--trace-sample", "5", "--trace-all"]);
    let source = "const c = require('containerless');\nc.listen(function (req) { c.respond(req.body.x + 1); });";
    let function = SocketAddr::from(([127, 0, 0, 1], agent.start_function("Tracing", source)));
    for x in 0..12 {
        assert_eq!(oracle::call(function, &post(json!({"x": x}))).unwrap().body, (x + 1).to_string());
    }
    let (traced, untraced, settled) = counts(&agent);
    assert_eq!((traced, untraced), (12, 0));
    assert!(settled, "settled still says the trace stopped changing");

    let vanilla = Agent::start_in(real_workdir("sampling-vanilla"), &[]);
    vanilla.start_function("Vanilla", source);
    let info = vanilla.info();
    assert!(info["tracedRequests"].is_null() && info["traceSettled"].is_null(), "{info}");
}

struct Stateful {
    name: &'static str,
    source: &'static str,
    requests: Vec<Value>,
}

fn stateful() -> Vec<Stateful> {
    let x = |v: i64| post(json!({"x": v}));
    let k = |v: &str| post(json!({"k": v}));
    vec![
        Stateful {
            name: "counter",
            source: "const c = require('containerless');\nlet count = 0;\n\
                     c.listen(function (req) { if (req.body.x > 0) { count += 1; } c.respond({ count, x: req.body.x }); });",
            requests: (0..40).map(|i| x(if i % 9 == 8 { 1 } else { -i })).collect(),
        },
        Stateful {
            name: "accumulating object",
            source: "const c = require('containerless');\nconst seen = {};\n\
                     c.listen(function (req) { const k = req.body.k; seen[k] = (seen[k] || 0) + 1; c.respond(seen); });",
            requests: (0..30).map(|i| k(["a", "b", "c"][i % 3])).collect(),
        },
        Stateful {
            name: "closure over a total, read by every request",
            source: "const c = require('containerless');\n\
                     function make() { let total = 0; return { add: (n) => { total += n; return total; }, get: () => total }; }\n\
                     const acc = make();\n\
                     c.listen(function (req) { if (req.body.x === 0) { c.respond(acc.add(1)); } else { c.respond({ v: req.body.x * 2, t: acc.get() }); } });",
            requests: (0..40).map(|i| x(if i % 7 == 6 { 0 } else { i })).collect(),
        },
        Stateful {
            name: "grid marked by every request, reset by some",
            source: "const c = require('containerless');\nconst grid = [0, 0, 0];\n\
                     c.listen(function (req) { const i = req.body.x % 3; grid[i] = grid[i] + 1;\n\
                     if (req.body.x > 20) { grid[0] = 0; grid[1] = 0; grid[2] = 0; } c.respond(grid); });",
            requests: (0..40).map(|i| x((i * 7) % 25)).collect(),
        },
        // Untraced requests run the plain side of every guard (TRACING.md
        // "`$T.on`"): direct calls, method calls on a variable and on a
        // member, loop exits and tests, and the records they skip.
        Stateful {
            name: "plain calls and tests",
            source: "const c = require('containerless');\nconst state = { log: [] };\n\
                     function fizz(i) { if (i % 3 === 0) { return 'F'; } return '' + i; }\n\
                     c.listen(function (req) { const out = []; let i = 0;\n\
                     while (i < req.body.x) { out.push(fizz(i)); i = i + 1; }\n\
                     state.log.push(out.join(''));\n\
                     c.respond({ out: out.join(' '), seen: state.log.length, last: 'a'.toUpperCase() + state.log[0] }); });",
            requests: (0..30).map(|i| x(i % 5)).collect(),
        },
        // Untraced requests run plain bodies (src/transform/plain.rs): the
        // closures they make are plain, kept in the state and called by
        // later requests, traced or not; a helper declared after its use,
        // and a function that falls off its end after a write.
        Stateful {
            name: "closures made by untraced requests",
            source: "const c = require('containerless');
const made = [];
const hits = { n: 0 };
                     function maker(n) { return inner; function inner(m) { return n * m; } }
                     function hit() { hits.n = hits.n + 1; }
                     c.listen(function (req) { const x = req.body.x; hit();
                     if (x % 4 === 0) { made.push(maker(x)); }
                     let total = 0; for (let i = 0; i < made.length; i++) { total = total + made[i](x); }
                     c.respond({ total, count: made.length, hits: hits.n }); });",
            requests: (0..30).map(|i| x((i * 5) % 12)).collect(),
        },
    ]
}

/// Every answer of a Tracing agent that traces few requests equals a
/// long-lived Vanilla Node's to the same requests; the trace evaluated on
/// them as a session answers as that Node or says unknown (and stays
/// unknown), and on each request alone as a fresh Node.
#[test]
fn traced_and_untraced_requests_on_stateful_functions_answer_as_vanilla_and_the_trace_stays_sound() {
    let mut covered = 0;
    for f in stateful() {
        let tag = format!("sampling-mixed-{}", f.name.split(' ').next().unwrap_or("f"));
        let agent = Agent::start_in(real_workdir(&tag), &["--trace-settle", "2", "--trace-sample", "3"]);
        let function = SocketAddr::from(([127, 0, 0, 1], agent.start_function("Tracing", f.source)));
        let node_dir = real_workdir("sampling-node");
        let mut node = VanillaNode::new(node_dir.path(), f.source, 5000);
        let mut expected = Vec::new();
        for request in &f.requests {
            let want = node.answer(request).expect("Vanilla answers");
            let got = oracle::call(function, request).expect("Tracing answers");
            assert_eq!(got, want, "{}: {request}", f.name);
            expected.push(want);
        }
        let (traced, untraced, _) = counts(&agent);
        assert_eq!(traced + untraced, f.requests.len() as u64, "{}", f.name);
        assert!(untraced > 0 && traced > 0, "{}: {traced} traced, {untraced} untraced", f.name);

        let session = agent.post("/trace/eval", json!({ "requests": f.requests }).to_string().as_bytes());
        assert_eq!(session.status, 200, "{}: {}", f.name, session.text());
        let results: Vec<Option<Answer>> =
            session.json()["results"].as_array().expect("results").iter().map(oracle::session_answer).collect();
        covered += oracle::check_session(&results, &expected, &f.requests, f.name);
        let trace = agent.get("/trace").body;
        let mut distinct: Vec<&Value> = Vec::new();
        for request in &f.requests {
            if !distinct.contains(&request) {
                distinct.push(request);
            }
        }
        for request in distinct.into_iter().take(4) {
            let fresh_dir = real_workdir("sampling-fresh");
            let mut fresh = VanillaNode::new(fresh_dir.path(), f.source, 5000);
            let answer = fresh.answer(request);
            oracle::check_sound(&trace, request, answer.as_ref(), f.name);
        }
    }
    assert!(covered > 0, "the traces answer some of the requests");
}
