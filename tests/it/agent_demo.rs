//! The seed README's demo, in both modes, against the real agent binary:
//! Vanilla mode with the real runtime library; Tracing mode with the
//! test doubles of the compiler and runtime (tests/fixtures), whose trace
//! counts requests and is published only on `sync`.

use crate::common::*;
use std::time::{Duration, Instant};

fn function_get(port: u16, path: &str) -> Response {
    http(format!("127.0.0.1:{port}").parse().unwrap(), "GET", path, &[], b"").expect("function request")
}

/// The trace of the test-double runtime counts the requests it handled.
fn traced_count(trace: &Value) -> u64 {
    assert_eq!(trace["kind"], "block", "{trace}");
    trace["body"][0]["value"].as_u64().unwrap_or_else(|| panic!("no count in {trace}"))
}

#[test]
fn seed_demo_in_tracing_mode() {
    let agent = Agent::start("demo-tracing", &[]);
    assert_eq!(agent.status(), "pre-initialized");
    assert_eq!(agent.get("/trace").error_code(), 409, "no trace before init");

    let response = agent.init("Tracing", SEED_DEMO);
    assert_eq!(response.status, 200, "{}", response.text());
    assert_eq!(response.header("Content-Type"), Some("application/json"));
    // Compiling continues in the background: right after init it is one or the other.
    let after_init = agent.status();
    assert!(after_init == "compiling" || after_init == "running", "{after_init}");
    agent.wait_log("function ready on port", SLOW);
    assert_eq!(agent.status(), "running");
    // Every step of the lifecycle is one log line, in order.
    let log = agent.log_lines().join("\n");
    let order = ["init accepted", "compiler started", "compile finished in", "node started (pid", "function ready"];
    let positions: Vec<usize> = order.iter().map(|step| log.find(step).expect(step)).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{log}");

    let port = agent.info()["functionPort"].as_u64().unwrap() as u16;
    let answer = function_get(port, "/");
    assert_eq!((answer.status, answer.text().as_str()), (200, "hi"));
    agent.wait_log("[node stdout] Got a response", SLOW);

    let trace = agent.get("/trace");
    assert_eq!(trace.status, 200);
    assert_eq!(trace.header("Content-Type"), Some("application/json"));
    assert_eq!(traced_count(&trace.json()), 1, "the request shows in the trace");

    let workdir = agent.workdir.path();
    assert_eq!(std::fs::read_to_string(workdir.join("index.js")).unwrap(), SEED_DEMO);
    assert!(workdir.join("traced.js").exists());
    let info = agent.info();
    assert_eq!(info["mode"], "Tracing");
    assert!(info["compileMs"].is_u64() && info["startMs"].is_u64(), "{info}");
    assert_eq!(info["traceBytes"].as_u64(), Some(trace.body.len() as u64));
    assert_eq!(info["version"], env!("CARGO_PKG_VERSION"));
    assert!(info["error"].is_null());
}

#[test]
fn seed_demo_in_vanilla_mode() {
    let agent = start_real("demo-vanilla", &[]);
    let port = agent.start_function("Vanilla", SEED_DEMO);
    assert_eq!(function_get(port, "/anything").text(), "hi");
    assert_eq!(agent.get("/trace").error_code(), 409, "nothing is traced in Vanilla mode");
    let eval = agent.post("/trace/eval", br#"{"method":"GET","path":"/","query":{},"body":{}}"#);
    assert_eq!(eval.error_code(), 409);
    assert!(!agent.workdir.path().join("traced.js").exists(), "the compiler did not run");
    assert!(agent.info()["compileMs"].is_null());
    assert!(agent.log_lines().iter().all(|line| !line.contains("compiler started")));
}

#[test]
fn trace_reads_your_writes() {
    // The test-double runtime publishes trace changes only when asked to
    // sync, so each count below is only right if /trace synced first.
    let agent = Agent::start("read-your-writes", &[]);
    let port = agent.start_function("Tracing", SEED_DEMO);
    for expected in 1..=3 {
        assert_eq!(function_get(port, "/").text(), "hi");
        assert_eq!(traced_count(&agent.get("/trace").json()), expected);
    }
}

#[test]
fn trace_is_served_after_a_sync_timeout() {
    let code = "const c = require('containerless'); c.testIgnoreSync(); c.listen(function (req) { c.respond('hi'); });";
    let agent = Agent::start("sync-timeout", &[]);
    let port = agent.start_function("Tracing", code);
    assert_eq!(function_get(port, "/").text(), "hi");
    let started = Instant::now();
    let trace = agent.get("/trace");
    let waited = started.elapsed();
    assert_eq!(trace.status, 200);
    // The runtime never flushed the request, so the last published trace is served.
    assert_eq!(traced_count(&trace.json()), 0);
    assert!(waited >= Duration::from_millis(1900), "waited for the sync: {waited:?}");
    assert!(waited < Duration::from_secs(10), "but not for long: {waited:?}");
    agent.wait_log("did not answer sync", SLOW);
}

#[test]
fn trace_as_text_uses_the_pretty_printer() {
    let agent = Agent::start("trace-text", &[]);
    agent.start_function("Tracing", SEED_DEMO);
    // The test-double runtime's trace before any request: a block holding
    // the number 0, which the printer writes as one statement.
    assert_eq!(agent.get("/trace").json(), json!({"kind": "block", "body": [{"kind": "number", "value": 0}]}));
    let text = agent.get("/trace?format=text");
    assert_eq!(text.status, 200, "{}", text.text());
    assert_eq!(text.header("Content-Type"), Some("text/plain; charset=utf-8"));
    assert_eq!(text.text(), "0;\n");
    assert_eq!(agent.get("/trace?format=yaml").error_code(), 400);
}
