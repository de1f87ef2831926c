//! Sessions (docs/SPEC.md §5): a trace evaluated as one long-lived instance, each
//! request finding the state the ones before it left, from the command
//! line (`eval-trace` with several `--request`s) and over `POST /trace/eval`
//! (`{"requests": [...]}`). Each is compared with one long-lived Vanilla
//! Node given the same requests in the same order: whatever a session
//! answers must be what that Node answered, and once one request is
//! unknown every later one is. Stateful functions (a counter, an
//! accumulating object, a grid marked and reset) are traced symbolically
//! (docs/SPEC.md §5 "State that outlives a request"): their sessions are answered,
//! on requests that did not build the trace, whichever order trained it.

use crate::common::oracle::{self, real_workdir, Answer, VanillaNode};
use crate::common::*;
use std::net::SocketAddr;
use std::process::Command;

struct Stateful {
    name: &'static str,
    source: &'static str,
    training: Vec<Value>,
    session: Vec<Value>,
    /// How many requests of the session, from the first, are answered:
    /// all that reach only what the tracer models (state included); none
    /// from the first that reaches something it does not (a prototype key,
    /// a timer that changes the state behind the trace's back).
    answered: usize,
}

fn post(body: Value) -> Value {
    json!({"method": "POST", "path": "/", "query": {}, "body": body})
}

fn functions() -> Vec<Stateful> {
    let x = |v: i64| post(json!({"x": v}));
    let k = |v: &str| post(json!({"k": v}));
    let cell = |r: i64, c: i64| post(json!({"r": r, "c": c}));
    vec![
        Stateful {
            name: "counter",
            source: "const c = require('containerless');\nlet count = 0;\n\
                     c.listen(function (req) { count += 1; c.respond({ count, x: req.body.x }); });",
            training: vec![x(1), x(2)],
            session: vec![x(5), x(6), x(7)],
            answered: 3,
        },
        Stateful {
            name: "accumulating object",
            source: "const c = require('containerless');\nconst seen = {};\n\
                     c.listen(function (req) { const k = req.body.k; seen[k] = (seen[k] || 0) + 1; c.respond(seen); });",
            training: vec![k("a"), k("b")],
            // A key found on Object.prototype is not modelled: unknown, last.
            session: vec![k("b"), k("c"), k("a"), k("b"), k("toString"), k("a")],
            answered: 4,
        },
        Stateful {
            name: "grid marked and reset",
            source: "const c = require('containerless');\nconst grid = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];\n\
                     c.listen(function (req) {\n  const r = req.body.r, col = req.body.c;\n  grid[r][col] = 1;\n  \
                     let marked = 0;\n  for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { marked += grid[i][j]; } }\n  \
                     grid[r][col] = 0;\n  c.respond({ marked, row: grid[r] });\n});",
            training: vec![cell(0, 0), cell(2, 1)],
            session: vec![cell(1, 1), cell(0, 2), cell(1, 1), cell(2, 2)],
            answered: 4,
        },
        Stateful {
            name: "configuration read by every request",
            source: "const c = require('containerless');\nconst cfg = { rate: 3, unit: 'kg' };\n\
                     c.listen(function (req) { c.respond({ value: req.body.x * cfg.rate, unit: cfg.unit }); });",
            training: vec![x(1)],
            session: vec![x(4), x(-2), x(10)],
            answered: 3,
        },
        Stateful {
            name: "counter reset by a timer the top level starts",
            source: "const c = require('containerless');\nlet count = 0;\n\
                     c.listen(function (req) { count += 1; c.respond({ count, x: req.body.x }); });\n\
                     setInterval(function () { count = 0; }, 1);",
            training: vec![x(1), x(2)],
            session: vec![x(5), x(6)],
            answered: 0,
        },
        Stateful {
            name: "counter reset by a timer a request starts",
            source: "const c = require('containerless');\nlet count = 0;\n\
                     c.listen(function (req) { if (req.body.x > 5) { setTimeout(function () { count = 0; }, 0); }\n\
                     count += 1; c.respond({ count }); });",
            training: vec![x(1), x(9)],
            session: vec![x(2), x(3), x(9), x(4), x(5)],
            answered: 2,
        },
    ]
}

/// The trace of `f` after its training requests, from a Tracing agent.
fn trace_of(f: &Stateful, agent: &Agent, training: &[Value]) -> Vec<u8> {
    let port = agent.start_function("Tracing", f.source);
    let function = SocketAddr::from(([127, 0, 0, 1], port));
    for request in training {
        oracle::call(function, request).expect("the traced function answers");
    }
    let trace = agent.get("/trace");
    assert_eq!(trace.status, 200, "{}: {}", f.name, trace.text());
    trace.body
}

fn cli_session(dir: &std::path::Path, trace: &[u8], session: &[Value]) -> (Vec<Option<Answer>>, Option<i32>) {
    let trace_file = dir.join("session-trace.json");
    std::fs::write(&trace_file, trace).expect("write trace");
    let mut command = Command::new(env!("CARGO_BIN_EXE_containerless-agent"));
    command.arg("eval-trace").arg("--trace").arg(&trace_file);
    for (i, request) in session.iter().enumerate() {
        let file = dir.join(format!("session-request-{i}.json"));
        std::fs::write(&file, request.to_string()).expect("write request");
        command.arg("--request").arg(file);
    }
    let output = command.output().expect("run eval-trace");
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    let lines: Vec<Value> = stdout.lines().map(|line| serde_json::from_str(line).expect("a JSON line")).collect();
    assert_eq!(lines.len(), session.len(), "one line per request: {stdout}");
    (lines.iter().map(oracle::session_answer).collect(), output.status.code())
}

#[test]
fn sessions_answer_as_one_long_lived_instance_or_say_unknown() {
    for f in functions() {
        let node_dir = real_workdir("session-node");
        let mut node = VanillaNode::new(node_dir.path(), f.source, 5000);
        let expected: Vec<Answer> = f
            .session
            .iter()
            .map(|request| node.answer(request).expect("the long-lived Vanilla Node answers"))
            .collect();
        let reversed: Vec<Value> = f.training.iter().rev().cloned().collect();
        for (order, training) in [("in order", &f.training), ("reversed", &reversed)] {
            let context = format!("{} (trained {order})", f.name);
            let tag = format!("session-{}", f.name.replace(' ', "-"));
            let agent = Agent::start_in(real_workdir(&tag), &[]);
            let trace = trace_of(&f, &agent, training);
            let over_http = agent.post("/trace/eval", json!({ "requests": f.session }).to_string().as_bytes());
            assert_eq!(over_http.status, 200, "{context}: {}", over_http.text());
            let over_http: Vec<Option<Answer>> =
                over_http.json()["results"].as_array().expect("results").iter().map(oracle::session_answer).collect();
            let (from_cli, status) = cli_session(agent.workdir.path(), &trace, &f.session);
            assert_eq!(from_cli, over_http, "{context}: the command line and /trace/eval agree");
            let all_covered = from_cli.iter().all(Option::is_some);
            assert_eq!(status, Some(if all_covered { 0 } else { 3 }), "{context}");
            let answered = oracle::check_session(&from_cli, &expected, &f.session, &context);
            assert_eq!(answered, f.answered, "{context}: requests answered: {from_cli:?}");
        }
    }
}

#[test]
fn a_session_body_is_checked_like_a_request() {
    let agent = Agent::start_in(real_workdir("session-bad"), &[]);
    agent.start_function("Tracing", "const c = require('containerless'); c.listen(function (req) { c.respond(1); });");
    for (body, words) in [
        (r#"{"requests": {}}"#, "`requests` (a session) must be an array"),
        (r#"{"requests": [1]}"#, "requests[0]: must be a JSON object"),
        (r#"{"requests": [{"method": "GET", "path": "/"}, {"path": "/"}]}"#, "requests[1]: request object: `method`"),
    ] {
        let response = agent.post("/trace/eval", body.as_bytes());
        assert_eq!(response.status, 400, "{body}: {}", response.text());
        assert!(
            response.json()["message"].as_str().unwrap_or_default().contains(words) || response.text().contains(words),
            "{body}: {}",
            response.text()
        );
    }
    let empty = agent.post("/trace/eval", br#"{"requests": []}"#);
    assert_eq!((empty.status, empty.json()), (200, json!({"results": []})));
}
