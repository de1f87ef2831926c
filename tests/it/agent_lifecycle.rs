//! Lifecycle transitions and failures, against the real agent binary.

use crate::common::*;
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

const HOLD: &str = "hold-compiler"; // see tests/fixtures/js-transform.sh

#[test]
fn a_second_init_is_409() {
    let agent = start_real("second-init", &[]);
    agent.start_function("Vanilla", SEED_DEMO);
    let again = agent.init("Vanilla", SEED_DEMO);
    assert_eq!(again.error_code(), 409);
    assert_eq!(again.json()["message"], "already initialized");
    assert_eq!(agent.status(), "running");
}

#[test]
fn exactly_one_of_32_concurrent_inits_wins() {
    let agent = Arc::new(start_real("concurrent-init", &[]));
    let barrier = Arc::new(Barrier::new(32));
    let threads: Vec<_> = (0..32)
        .map(|_| {
            let (agent, barrier) = (agent.clone(), barrier.clone());
            std::thread::spawn(move || {
                barrier.wait();
                agent.init("Vanilla", SEED_DEMO).status
            })
        })
        .collect();
    let statuses: Vec<u16> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    assert_eq!(statuses.iter().filter(|&&s| s == 200).count(), 1, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|&&s| s == 409).count(), 31, "{statuses:?}");
    agent.wait_log("function ready on port", SLOW);
    let accepted = agent.log_lines().iter().filter(|line| line.contains("init accepted")).count();
    assert_eq!(accepted, 1);
}

#[test]
fn status_answers_while_the_compiler_is_held() {
    let agent = Agent::start("held-compiler", &[]);
    let hold = agent.workdir.path().join(HOLD);
    std::fs::write(&hold, "").unwrap();
    assert_eq!(agent.init("Tracing", SEED_DEMO).status, 200);
    agent.wait_log("compiler started", SLOW);
    // For two seconds every status query is answered at once, and says compiling.
    let until = Instant::now() + Duration::from_secs(2);
    let mut answers = 0;
    while Instant::now() < until {
        let asked = Instant::now();
        assert_eq!(agent.status(), "compiling");
        assert!(asked.elapsed() < Duration::from_millis(500), "status took {:?}", asked.elapsed());
        answers += 1;
    }
    assert!(answers > 10, "only {answers} answers in 2 s");
    assert_eq!(agent.get("/trace").error_code(), 503, "no trace while compiling");
    assert_eq!(agent.get("/readyz").error_code(), 503);
    assert!(agent.info()["compilerPid"].is_u64());
    std::fs::remove_file(&hold).unwrap();
    agent.wait_log("function ready on port", SLOW);
    assert_eq!(agent.status(), "running");
    assert_eq!(agent.get("/readyz").status, 200);
    assert!(agent.info()["compilerPid"].is_null());
}

#[test]
fn a_syntax_error_is_a_compile_error_with_the_compilers_message() {
    let agent = Agent::start("compile-error", &[]);
    assert_eq!(agent.init("Tracing", "TEST_SYNTAX_ERROR(").status, 200);
    agent.wait_status("compile-error", SLOW);
    let info = agent.info();
    let error = info["error"].as_str().unwrap();
    assert!(error.contains("index.js:1:1: Unexpected token"), "{error}");
    assert!(error.contains("exit code 1"), "{error}");
    assert!(info["nodePid"].is_null(), "Node never started");
    agent.wait_log("[compiler stderr] index.js:1:1", SLOW);
    assert_eq!(agent.get("/trace").error_code(), 409);
    assert_eq!(agent.init("Tracing", SEED_DEMO).error_code(), 409, "errors are fatal");
    assert!(!agent.workdir.path().join("traced.js").exists());
}

#[test]
fn compile_timeout_kills_the_compiler() {
    let agent = Agent::start("compile-timeout", &["--compile-timeout", "1", "--kill-grace", "1"]);
    std::fs::write(agent.workdir.path().join(HOLD), "").unwrap();
    assert_eq!(agent.init("Tracing", SEED_DEMO).status, 200);
    agent.wait_log("compiler started", SLOW);
    let compiler = agent.info()["compilerPid"].as_u64().expect("compiler pid") as u32;
    agent.wait_status("compile-error", SLOW);
    let info = agent.info();
    assert!(info["error"].as_str().unwrap().contains("did not finish"));
    assert_eq!(info["errorCode"], 103, "the compile timeout's code");
    wait_pid_gone(compiler, SLOW);
}

#[test]
fn node_exiting_is_a_runtime_error_with_its_exit_code() {
    let code = "const c = require('containerless'); c.listen(function (req) { process.exit(3); });";
    let agent = start_real("node-exit", &[]);
    let port = agent.start_function("Vanilla", code);
    // The function dies handling this request, so there is no response.
    let _ = http(format!("127.0.0.1:{port}").parse().unwrap(), "GET", "/", &[], b"");
    agent.wait_status("runtime-error", SLOW);
    let info = agent.info();
    assert_eq!(info["exitStatus"], json!({"code": 3}));
    assert!(info["error"].as_str().unwrap().contains("while running with exit code 3"), "{info}");
    assert_eq!(agent.get("/readyz").error_code(), 503);
}

#[test]
fn an_uncaught_exception_is_reported_in_info() {
    let code =
        "const c = require('containerless'); c.listen(function (req) { throw new TypeError('boom ' + req.path); });";
    let agent = start_real("uncaught", &[]);
    let port = agent.start_function("Vanilla", code);
    let _ = http(format!("127.0.0.1:{port}").parse().unwrap(), "GET", "/x", &[], b"");
    agent.wait_status("runtime-error", SLOW);
    let info = agent.info();
    assert!(info["functionError"].as_str().unwrap_or_default().contains("TypeError: boom /x"), "{info}");
    assert_eq!(info["exitStatus"], json!({"code": 1}));
    agent.wait_log("[node stderr] TypeError: boom /x", SLOW);
}

#[test]
fn node_exiting_before_ready_is_a_runtime_error() {
    let agent = start_real("exit-before-ready", &[]);
    assert_eq!(agent.init("Vanilla", "process.exit(7)").status, 200);
    agent.wait_status("runtime-error", SLOW);
    let info = agent.info();
    assert_eq!(info["exitStatus"], json!({"code": 7}));
    assert!(info["error"].as_str().unwrap().contains("before it was ready"), "{info}");
    assert!(info["functionPort"].is_null());
}

#[test]
fn the_last_trace_is_served_after_a_crash() {
    let agent = Agent::start("trace-after-crash", &[]);
    let port = agent.start_function("Tracing", SEED_DEMO);
    let function = format!("127.0.0.1:{port}").parse().unwrap();
    assert_eq!(http(function, "GET", "/", &[], b"").unwrap().text(), "hi");
    let before = agent.get("/trace");
    assert_eq!(before.status, 200);
    let node = agent.node_pid();
    send_signal(node, libc::SIGKILL);
    agent.wait_status("runtime-error", SLOW);
    assert_eq!(agent.info()["exitStatus"], json!({"signal": 9}));
    let after = agent.get("/trace");
    assert_eq!(after.status, 200);
    assert_eq!(after.body, before.body, "the last trace survives the crash");
    wait_pid_gone(node, SLOW);
}

#[test]
fn start_timeout_is_a_runtime_error_and_kills_node() {
    // Never calls listen, and keeps running: it never becomes ready.
    let code = "setInterval(function () {}, 1000);";
    let agent = start_real("start-timeout", &["--start-timeout", "1", "--kill-grace", "1"]);
    assert_eq!(agent.init("Vanilla", code).status, 200);
    agent.wait_log("node started (pid", SLOW);
    let node = agent.node_pid();
    agent.wait_status("runtime-error", SLOW);
    let info = agent.info();
    assert!(info["error"].as_str().unwrap().contains("did not become ready"), "{info}");
    wait_pid_gone(node, SLOW);
    agent.wait_log("node exited with signal 15", SLOW);
}
