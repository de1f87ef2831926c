//! Fault and abuse suite (issue 6): broken or hostile functions, run by the
//! real runtime library in Vanilla mode unless noted. Each case checks the
//! state and the reason `/info` gives, that Node is gone when it should be,
//! and that the agent still answers `/healthz`.

use crate::common::*;
use std::net::{SocketAddr, TcpListener};
use std::time::{Duration, Instant};

/// Inits, waits for `runtime-error` and returns `/info`.
fn runtime_error_of(agent: &Agent, mode: &str, code: &str) -> Value {
    assert_eq!(agent.init(mode, code).status, 200);
    agent.wait_status("runtime-error", SLOW);
    let info = agent.info();
    let code = info["errorCode"].as_u64().unwrap_or_else(|| panic!("no errorCode in {info}"));
    assert!((201..=203).contains(&code), "a runtime-error's code is 2xx: {info}");
    if let Some(pid) = info["nodePid"].as_u64() {
        wait_pid_gone(pid as u32, SLOW);
    }
    info
}

fn error_text(info: &Value) -> &str {
    info["error"].as_str().unwrap_or_else(|| panic!("no error in {info}"))
}

/// A GET that gives up after `limit`; `None` when no answer came.
fn get_within(addr: SocketAddr, path: &str, limit: Duration) -> Option<Response> {
    let mut stream = std::net::TcpStream::connect_timeout(&addr, limit).ok()?;
    stream.set_read_timeout(Some(limit)).ok()?;
    let request = format!("GET {path} HTTP/1.1\r\nHost: f\r\nConnection: close\r\n\r\n");
    std::io::Write::write_all(&mut stream, request.as_bytes()).ok()?;
    let mut received = Vec::new();
    std::io::Read::read_to_end(&mut stream, &mut received).ok()?;
    parse_response(&received).ok()
}

#[test]
fn a_syntax_error_is_a_compile_error_with_file_line_column() {
    let agent = start_real("fn-syntax", &[]);
    let code = "const c = require('containerless');\nc.listen(function (req) {\n  c.respond(1 +);\n});\n";
    assert_eq!(agent.init("Tracing", code).status, 200);
    agent.wait_status("compile-error", SLOW);
    let info = agent.info();
    assert_eq!(
        error_text(&info),
        "compilation failed: `./js-transform.sh index.js` ended with exit code 1: index.js:3:16: Unexpected token"
    );
    assert!(info["nodePid"].is_null() && info["compilerPid"].is_null(), "{info}");
    assert!(!agent.workdir.path().join("traced.js").exists());
    expect_error(&agent.get("/trace"), 409, "no trace", "no trace: the function did not compile");
    agent.assert_healthy();
}

#[test]
fn a_syntax_error_in_vanilla_mode_is_a_runtime_error() {
    let agent = start_real("fn-syntax-vanilla", &[]);
    let info = runtime_error_of(&agent, "Vanilla", "const c = require('containerless');\nfunction (");
    // Node's own words: the runtime never got to run.
    assert_eq!(
        error_text(&info),
        "node exited before it was ready with exit code 1: index.js:2:1: SyntaxError: Function statements require a function name"
    );
    assert!(info["functionError"].is_null(), "{info}");
    assert_eq!(info["exitStatus"], json!({"code": 1}));
    agent.wait_log("[node stderr] SyntaxError", SLOW);
    agent.assert_healthy();
}

#[test]
fn a_throw_at_top_level_is_a_runtime_error_with_the_exception() {
    let agent = start_real("fn-throw", &[]);
    let code = "const c = require('containerless');\nthrow new RangeError('top-level boom');";
    let info = runtime_error_of(&agent, "Vanilla", code);
    assert_eq!(error_text(&info), "node exited before it was ready with exit code 1: RangeError: top-level boom");
    assert!(info["functionError"].as_str().unwrap().starts_with("RangeError: top-level boom\n    at "), "{info}");
    assert!(info["functionPort"].is_null());
    agent.assert_healthy();
}

#[test]
fn never_calling_listen_is_a_runtime_error() {
    let agent = start_real("fn-no-listen", &[]);
    let info =
        runtime_error_of(&agent, "Vanilla", "const c = require('containerless'); console.log('no listen here');");
    assert_eq!(
        error_text(&info),
        "node exited before it was ready with exit code 1: listen(handler) was not called during the program's first turn; \
         a function must call require('containerless').listen(handler) exactly once, at start-up"
    );
    agent.wait_log("[node stdout] no listen here", SLOW);
    agent.assert_healthy();
}

#[test]
fn calling_listen_twice_is_a_runtime_error() {
    let agent = start_real("fn-listen-twice", &[]);
    let code = "const c = require('containerless');\n\
                c.listen(function (req) { c.respond('one'); });\n\
                c.listen(function (req) { c.respond('two'); });";
    let info = runtime_error_of(&agent, "Vanilla", code);
    assert_eq!(
        error_text(&info),
        "node exited before it was ready with exit code 1: \
         Error: containerless.listen was called more than once; a function calls it exactly once"
    );
    agent.assert_healthy();
}

#[test]
fn an_endless_loop_at_top_level_hits_the_start_timeout_and_node_is_killed() {
    let agent = start_real("fn-loop-top", &["--start-timeout", "1", "--kill-grace", "1"]);
    assert_eq!(agent.init("Vanilla", "const c = require('containerless'); while (true) {}").status, 200);
    agent.wait_log("node started (pid", SLOW);
    let node = agent.node_pid();
    agent.wait_status("runtime-error", SLOW);
    let info = agent.info();
    let error = error_text(&info);
    assert!(error.starts_with("the function did not become ready within ") && error.ends_with(" ms"), "{error}");
    wait_pid_gone(node, SLOW);
    agent.wait_log("node exited with signal", SLOW);
    agent.assert_healthy();
}

#[test]
fn an_endless_loop_in_a_handler_leaves_the_agent_responsive_and_sigterm_ends_it() {
    let code = "const c = require('containerless'); c.listen(function (req) { if (req.path === '/spin') { while (true) {} } c.respond('ok'); });";
    let mut agent = start_real("fn-loop-handler", &["--kill-grace", "1"]);
    agent.start_function("Vanilla", code);
    let function = agent.function_addr();
    let node = agent.node_pid();
    assert_eq!(get_within(function, "/", SLOW).expect("a normal request").text(), "ok");
    assert!(get_within(function, "/spin", Duration::from_secs(1)).is_none(), "the stuck handler cannot answer");
    // The agent answers at once while its function is stuck.
    for path in ["/status", "/info", "/healthz", "/readyz"] {
        let asked = Instant::now();
        let response = agent.get(path);
        assert_eq!(response.status, 200, "{path}");
        assert!(asked.elapsed() < Duration::from_secs(1), "{path} took {:?}", asked.elapsed());
    }
    assert_eq!(agent.status(), "running", "a busy function is still running");
    agent.assert_healthy();
    agent.signal(libc::SIGTERM);
    assert_eq!(agent.wait_exit(SLOW).code(), Some(0));
    assert!(!std::path::Path::new(&format!("/proc/{node}")).exists(), "node {node} is left");
}

#[test]
fn process_exit_in_a_handler_is_a_runtime_error_with_its_code() {
    let agent = start_real("fn-exit", &[]);
    agent.start_function(
        "Vanilla",
        "const c = require('containerless'); c.listen(function (req) { process.exit(5); });",
    );
    assert!(get_within(agent.function_addr(), "/", SLOW).is_none(), "no answer from a function that exits");
    agent.wait_status("runtime-error", SLOW);
    let info = agent.info();
    assert_eq!(error_text(&info), "node exited while running with exit code 5");
    assert_eq!(info["exitStatus"], json!({"code": 5}));
    expect_error(&agent.get("/readyz"), 503, "unavailable", "not available: the function is runtime-error");
    agent.assert_healthy();
}

#[test]
fn a_function_that_exhausts_memory_is_a_runtime_error() {
    // A small heap keeps this bounded: V8 gives up at 32 MiB.
    let agent = start_real("fn-oom", &["--node", "node --max-old-space-size=32"]);
    let code = "const c = require('containerless'); const hoard = [];\n\
                c.listen(function (req) { while (true) { hoard.push(new Array(100000).fill(hoard.length)); } });";
    agent.start_function("Vanilla", code);
    let node = agent.node_pid();
    assert!(get_within(agent.function_addr(), "/", SLOW).is_none());
    agent.wait_status("runtime-error", SLOW);
    wait_pid_gone(node, SLOW);
    let info = agent.info();
    // V8 aborts the process when the heap is exhausted.
    assert_eq!(info["exitStatus"], json!({"signal": libc::SIGABRT}), "{info}");
    assert_eq!(
        error_text(&info),
        format!(
            "node exited while running with signal {}: FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
            libc::SIGABRT
        )
    );
    agent.wait_log("JavaScript heap out of memory", SLOW);
    agent.assert_healthy();
}

#[test]
fn a_function_writing_100_mb_to_stdout_neither_blocks_nor_bloats_the_agent() {
    let agent = start_real("fn-flood", &[]);
    // 50 MB in lines of 50 KiB (the log keeps 16 KiB of each), then 50 MB in lines of 100 bytes.
    let code = "const c = require('containerless'); const long = 'y'.repeat(50 * 1024); const line = 'x'.repeat(99);\n\
                c.listen(function (req) {\n\
                  for (let i = 0; i < 1000; i++) console.log(long);\n\
                  for (let i = 0; i < 500000; i++) console.log(line);\n\
                  c.respond('flooded');\n\
                });";
    agent.start_function("Vanilla", code);
    let function = agent.function_addr();
    let rss_before = proc_status_kb(agent.pid(), "VmRSS");
    let flood = std::thread::spawn(move || get_within(function, "/", Duration::from_secs(120)));
    let mut max_rss = rss_before;
    let mut slowest = Duration::ZERO;
    let mut answers = 0;
    while !flood.is_finished() {
        let asked = Instant::now();
        assert_eq!(agent.status(), "running");
        slowest = slowest.max(asked.elapsed());
        answers += 1;
        max_rss = max_rss.max(proc_status_kb(agent.pid(), "VmRSS"));
        std::thread::sleep(Duration::from_millis(20));
    }
    let response = flood.join().unwrap().expect("the flooding request is answered");
    assert_eq!(response.text(), "flooded");
    eprintln!("agent RSS {rss_before} kB before, {max_rss} kB at most; {answers} status answers, slowest {slowest:?}");
    assert!(slowest < Duration::from_secs(1), "/status took {slowest:?} during the flood");
    assert!(max_rss < rss_before + 16 * 1024, "RSS grew from {rss_before} kB to {max_rss} kB");
    agent.wait_log("[node stdout] xxxxxxxx", SLOW);
    agent.assert_healthy();
}

#[test]
fn a_function_binding_the_agents_port_cannot_take_it() {
    let agent = start_real("fn-steal-port", &[]);
    let port = agent.addr.port();
    let code = format!(
        "const c = require('containerless');\n\
         require('http').createServer(function (q, s) {{ s.end('stolen'); }}).listen({port}, '127.0.0.1');\n\
         c.listen(function (req) {{ c.respond('fn'); }});"
    );
    assert_eq!(agent.init("Vanilla", &code).status, 200);
    agent.wait_status("runtime-error", SLOW);
    let info = agent.info();
    let reported = info["functionError"].as_str().unwrap_or_default();
    assert!(
        reported.starts_with(&format!("Error: listen EADDRINUSE: address already in use 127.0.0.1:{port}")),
        "{info}"
    );
    // Every request still reaches the agent.
    for _ in 0..20 {
        agent.assert_healthy();
    }
}

#[test]
fn a_function_port_already_taken_is_a_runtime_error_with_eaddrinuse() {
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let agent = start_real("fn-port-taken", &["--function-port", &port]);
    let info = runtime_error_of(&agent, "Vanilla", SEED_DEMO);
    assert_eq!(
        error_text(&info),
        format!("node exited before it was ready with exit code 1: Error: listen EADDRINUSE: address already in use 127.0.0.1:{port}")
    );
    assert!(info["functionError"].as_str().unwrap().contains("EADDRINUSE"), "{info}");
    agent.assert_healthy();
}

#[test]
fn trace_requests_to_a_stuck_traced_function_wait_once_then_get_the_last_trace() {
    let code = "const c = require('containerless'); c.listen(function (req) { if (req.path === '/spin') { while (true) {} } c.respond('ok'); });";
    let agent = std::sync::Arc::new(start_real("fn-stuck-traced", &[]));
    agent.start_function("Tracing", code);
    let function = agent.function_addr();
    assert_eq!(get_within(function, "/", SLOW).expect("a normal request").text(), "ok");
    let last = agent.get("/trace");
    assert_eq!(last.status, 200);
    assert!(get_within(function, "/spin", Duration::from_secs(1)).is_none());
    // Twenty, one after another: one sync goes unanswered, each waits at most
    // its 2 s, and all of them get the last trace.
    let waiting: Vec<_> = (0..20)
        .map(|_| {
            let agent = agent.clone();
            std::thread::sleep(Duration::from_millis(50)); // spread over the sync's 2 s
            std::thread::spawn(move || {
                let asked = Instant::now();
                (agent.get("/trace"), asked.elapsed())
            })
        })
        .collect();
    for thread in waiting {
        let (response, waited) = thread.join().unwrap();
        assert_eq!((response.status, &response.body), (200, &last.body));
        assert!(waited < Duration::from_millis(2500), "waited {waited:?}");
    }
    // From now on the stalled runtime is not asked again: answers are immediate.
    for _ in 0..50 {
        let asked = Instant::now();
        assert_eq!(agent.get("/trace").body, last.body);
        assert!(asked.elapsed() < Duration::from_millis(500), "took {:?}", asked.elapsed());
    }
    let timeouts = agent.log_lines().iter().filter(|line| line.contains("did not answer sync")).count();
    assert_eq!(timeouts, 1, "one sync timed out, not one per request");
    assert_eq!(agent.status(), "running");
    agent.assert_healthy();
}

/// Plain recursion: `{"n": N}` answers N from N nested calls; `{}` answers
/// the deepest recursion that does not overflow, found by bisection.
const RECURSION: &str = r#"const c = require('containerless');
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
function fits(n) { try { depth(n); return true; } catch (err) { return false; } }
c.listen(function (req) {
  if (typeof req.body.n === 'number') { c.respond(depth(req.body.n)); return; }
  let low = 100, high = 1000000;
  while (low < high) { const mid = Math.floor((low + high + 1) / 2); if (fits(mid)) low = mid; else high = mid - 1; }
  c.respond(low);
});"#;

fn recursion_answer(port: u16, body: Value) -> i64 {
    let addr: SocketAddr = format!("127.0.0.1:{port}").parse().expect("address");
    let response = http(addr, "POST", "/", &[("Content-Type", "application/json")], body.to_string().as_bytes())
        .expect("call the function");
    assert_eq!(response.status, 200, "{}", response.text());
    response.json().as_i64().unwrap_or_else(|| panic!("not a number: {}", response.text()))
}

/// An instrumented frame is larger than a plain one: Tracing mode's Node
/// gets a larger stack, so whatever recursion Vanilla mode answers, Tracing
/// mode answers too, with Node pre-started (each mode's own waiting Node)
/// and without.
#[test]
fn tracing_mode_recurses_at_least_as_deep_as_vanilla() {
    for prestart in ["1", "0"] {
        let deepest = ["Vanilla", "Tracing"].map(|mode| {
            let agent = start_real(&format!("deep-{mode}-{prestart}"), &["--prestart", prestart]);
            let port = agent.start_function(mode, RECURSION);
            for n in [3000, 6000, 9000] {
                assert_eq!(recursion_answer(port, json!({"n": n})), n, "{mode}, --prestart {prestart}");
            }
            recursion_answer(port, json!({}))
        });
        assert!(
            deepest[1] >= deepest[0],
            "--prestart {prestart}: Tracing reaches {} calls, Vanilla {}",
            deepest[1],
            deepest[0]
        );
    }
}
