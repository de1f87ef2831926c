//! Operating the agent: `/metrics` parsed as a scraper would, JSON logs
//! parsed line by line, and messages that name what they are about.

use crate::common::*;
use std::collections::BTreeMap;
use std::time::Duration;

/// One sample: its name and labels, and its value.
#[derive(Debug)]
struct Sample {
    name: String,
    labels: BTreeMap<String, String>,
    value: f64,
}

/// Parses the Prometheus text format strictly enough to catch a malformed
/// line: `# HELP`/`# TYPE` before a family's samples, each family declared
/// once, label values quoted with the format's escapes, numeric values.
fn parse_exposition(text: &str) -> Vec<Sample> {
    assert!(text.ends_with('\n'), "the text ends with a line feed");
    let mut declared: BTreeMap<String, String> = BTreeMap::new();
    let mut helped: Vec<String> = Vec::new();
    let mut samples = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("# HELP ") {
            let (name, help) = rest.split_once(' ').unwrap_or_else(|| panic!("HELP without text: {line}"));
            assert!(!help.trim().is_empty(), "{line}");
            helped.push(name.to_string());
            continue;
        }
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            let (name, kind) = rest.split_once(' ').unwrap_or_else(|| panic!("TYPE without kind: {line}"));
            assert!(["counter", "gauge"].contains(&kind), "{line}");
            assert!(helped.last().is_some_and(|last| last == name), "HELP before TYPE: {line}");
            assert!(declared.insert(name.to_string(), kind.to_string()).is_none(), "declared twice: {line}");
            continue;
        }
        assert!(!line.starts_with('#') && !line.is_empty(), "unexpected line {line:?}");
        let (series, value) = line.rsplit_once(' ').unwrap_or_else(|| panic!("no value: {line}"));
        let value: f64 = value.parse().unwrap_or_else(|_| panic!("bad value: {line}"));
        let (name, labels) = match series.split_once('{') {
            Some((name, rest)) => (name, parse_labels(rest.strip_suffix('}').expect("closing brace"))),
            None => (series, BTreeMap::new()),
        };
        let kind = declared.get(name).unwrap_or_else(|| panic!("sample before its TYPE: {line}"));
        assert!(name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'), "{name}");
        assert_eq!(kind == "counter", name.ends_with("_total"), "{name} is a {kind}");
        samples.push(Sample { name: name.to_string(), labels, value });
    }
    samples
}

fn parse_labels(mut text: &str) -> BTreeMap<String, String> {
    let mut labels = BTreeMap::new();
    while !text.is_empty() {
        let (key, rest) = text.split_once("=\"").expect("key=\"value\"");
        let mut value = String::new();
        let mut chars = rest.char_indices();
        let end = loop {
            match chars.next().expect("unterminated label value") {
                (i, '"') => break i,
                (_, '\\') => match chars.next().expect("escape").1 {
                    'n' => value.push('\n'),
                    c @ ('\\' | '"') => value.push(c),
                    c => panic!("bad escape \\{c}"),
                },
                (_, c) => value.push(c),
            }
        };
        labels.insert(key.to_string(), value);
        text = rest[end + 1..].strip_prefix(',').unwrap_or(&rest[end + 1..]);
    }
    labels
}

/// The value of the sample `name` with exactly `labels`.
fn value(samples: &[Sample], name: &str, labels: &[(&str, &str)]) -> Option<f64> {
    let wanted: BTreeMap<String, String> = labels.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    samples.iter().find(|s| s.name == name && s.labels == wanted).map(|s| s.value)
}

fn scrape(agent: &Agent) -> Vec<Sample> {
    let response = agent.get("/metrics");
    assert_eq!(response.status, 200, "{}", response.text());
    assert_eq!(response.header("Content-Type"), Some("text/plain; version=0.0.4; charset=utf-8"));
    parse_exposition(&response.text())
}

fn state_is(samples: &[Sample], state: &str) {
    for each in ["pre-initialized", "compiling", "compile-error", "running", "runtime-error"] {
        let expected = if each == state { 1.0 } else { 0.0 };
        assert_eq!(value(samples, "containerless_state", &[("state", each)]), Some(expected), "{each}");
    }
}

#[test]
fn metrics_follow_the_lifecycle_and_count_requests() {
    let agent = Agent::start("metrics", &["--token", "secret"]);
    let before = scrape(&agent);
    state_is(&before, "pre-initialized");
    assert_eq!(
        value(&before, "containerless_info", &[("version", env!("CARGO_PKG_VERSION")), ("mode", "")]),
        Some(1.0)
    );
    assert!(value(&before, "containerless_compile_seconds", &[]).is_none(), "no compile yet");
    assert!(value(&before, "containerless_http_connections_open", &[]).unwrap() >= 1.0, "this scrape's own");

    let auth = [("Authorization", "Bearer secret"), ("Content-Type", "application/json")];
    let init = json!({"mode": "Tracing", "code": SEED_DEMO}).to_string();
    assert_eq!(agent.request("POST", "/init", &auth, init.as_bytes()).status, 200);
    agent.wait_log("function ready on port", SLOW);
    let function = agent.function_addr();
    assert_eq!(http(function, "GET", "/", &[], b"").unwrap().text(), "hi");
    let trace = agent.request("GET", "/trace", &auth, b"");
    assert_eq!(trace.status, 200);
    let counted = scrape(&agent);
    for _ in 0..2 {
        assert_eq!(agent.status(), "running");
    }
    assert_eq!(agent.get("/nowhere").status, 404);
    assert_eq!(agent.get("/trace").status, 401, "no token");
    assert_eq!(raw(agent.addr, b"GET / HTTP/9.9\r\n\r\n").unwrap().status, 505);

    let after = scrape(&agent);
    state_is(&after, "running");
    let info = agent.info();
    assert_eq!(
        value(&after, "containerless_info", &[("version", env!("CARGO_PKG_VERSION")), ("mode", "Tracing")]),
        Some(1.0)
    );
    assert_eq!(value(&after, "containerless_compile_seconds", &[]), Some(info["compileMs"].as_f64().unwrap() / 1000.0));
    assert_eq!(value(&after, "containerless_start_seconds", &[]), Some(info["startMs"].as_f64().unwrap() / 1000.0));
    assert_eq!(value(&after, "containerless_trace_bytes", &[]), Some(trace.body.len() as f64));
    let requests = |samples: &[Sample], endpoint: &str, status: &str| {
        value(samples, "containerless_http_requests_total", &[("endpoint", endpoint), ("status", status)])
            .unwrap_or(0.0)
    };
    assert_eq!(requests(&counted, "/init", "200"), 1.0);
    assert_eq!(requests(&counted, "/trace", "200"), 1.0);
    assert_eq!(requests(&after, "/status", "200") - requests(&counted, "/status", "200"), 2.0);
    assert_eq!(requests(&after, "other", "404"), 1.0);
    assert_eq!(requests(&after, "/trace", "401"), 1.0);
    assert_eq!(requests(&after, "/metrics", "200"), 2.0, "the scrapes before this one");
    let refused = |samples: &[Sample]| value(samples, "containerless_http_requests_refused_total", &[]).unwrap();
    assert_eq!(refused(&after) - refused(&counted), 1.0, "the HTTP/9.9 request");
    let accepted = value(&after, "containerless_http_connections_accepted_total", &[]).unwrap();
    assert!(accepted >= 10.0, "every request above had its own connection: {accepted}");
    assert_eq!(value(&after, "containerless_node_exited", &[("code", ""), ("signal", "")]), Some(0.0));

    send_signal(agent.node_pid(), libc::SIGKILL);
    agent.wait_status("runtime-error", SLOW);
    let dead = scrape(&agent);
    state_is(&dead, "runtime-error");
    assert_eq!(value(&dead, "containerless_node_exited", &[("code", ""), ("signal", "9")]), Some(1.0));
}

/// `2026-11-22T03:14:51.123Z`.
fn is_timestamp(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 24
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            10 => *b == b'T',
            13 | 16 => *b == b':',
            19 => *b == b'.',
            23 => *b == b'Z',
            _ => b.is_ascii_digit(),
        })
}

#[test]
fn json_logs_are_one_object_per_line() {
    let mut agent = Agent::start("json-log", &["--log-format", "json"]);
    // `Agent::start` found the address in the first line, as in text mode.
    let port = agent.start_function("Vanilla", SEED_DEMO);
    assert_eq!(function_get(port).text(), "hi");
    agent.wait_log("[node stdout] Got a response", SLOW);
    agent.signal(libc::SIGTERM);
    assert!(agent.wait_exit(SLOW).success());
    agent.wait_log("agent stopped", SLOW);

    let lines = agent.log_lines();
    assert!(lines.len() >= 6, "{lines:?}");
    let mut objects = Vec::new();
    for line in &lines {
        let object: Value = serde_json::from_str(line).unwrap_or_else(|err| panic!("not JSON ({err}): {line}"));
        let keys: Vec<&str> = object.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, ["time", "level", "event", "fields"], "{line}");
        assert!(is_timestamp(object["time"].as_str().unwrap()), "{line}");
        assert!(["info", "warn", "error"].contains(&object["level"].as_str().unwrap()), "{line}");
        assert!(object["event"].is_string() && object["fields"].is_object(), "{line}");
        objects.push(object);
    }
    assert_eq!(objects[0]["event"], format!("listening on {}", agent.addr));
    assert_eq!(objects[0]["fields"], json!({"address": agent.addr.to_string()}));
    let output = objects.iter().find(|o| o["event"] == "[node stdout] Got a response").expect("the function's line");
    assert_eq!(output["fields"], json!({"source": "node", "stream": "stdout"}));
}

fn function_get(port: u16) -> Response {
    http(format!("127.0.0.1:{port}").parse().unwrap(), "GET", "/", &[], b"").expect("function answers")
}

#[test]
fn a_wrong_query_string_is_blamed_not_the_body() {
    let agent = Agent::start("bad-query", &[]);
    let response = agent.get("/trace?format=xml");
    expect_error(
        &response,
        400,
        "bad request",
        "bad query string: unknown format `xml`: use format=json or format=text",
    );
}

#[test]
fn a_missing_compiler_is_named_as_the_operator_wrote_it() {
    let workdir = fixture_workdir("no-compiler");
    std::fs::remove_file(workdir.path().join("js-transform.sh")).unwrap();
    let agent = Agent::start_in(workdir, &[]);
    let warning = agent.wait_log("is missing: Tracing mode will fail to compile", Duration::from_secs(5));
    assert!(warning.contains("the compiler ./js-transform.sh (looked for in the workdir /"), "{warning}");
    assert!(!warning.contains("/./"), "{warning}");
}

/// An upstream answering `/fast` with `"ok"` at once and holding `/slow`
/// unanswered; each `/slow` it holds is reported on the channel.
fn holding_upstream() -> (std::net::SocketAddr, std::sync::mpsc::Receiver<()>) {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let (held_tx, held) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let held_tx = held_tx.clone();
            std::thread::spawn(move || {
                stream.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
                let mut head = [0u8; 1024];
                let n = stream.read(&mut head).unwrap_or(0);
                if String::from_utf8_lossy(&head[..n]).starts_with("GET /fast") {
                    let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n\"ok\"");
                    return;
                }
                let _ = held_tx.send(());
                let _ = stream.read(&mut head); // until the agent gives up
            });
        }
    });
    (addr, held)
}

/// The README's Pod comment: after SIGTERM the agent lets requests being
/// served finish (3 s at most), then gives Node `--kill-grace` before
/// SIGKILL. Measured with an evaluation held by its outgoing call and a Node
/// that ignores SIGTERM, the worst case of both.
#[test]
fn shutdown_takes_the_drain_then_the_kill_grace() {
    let (upstream, held) = holding_upstream();
    // Ignoring SIGTERM in the function itself would be untraced code on the
    // top-level path, and the evaluator would say unknown at once: a
    // preloaded module does it instead.
    let workdir = oracle::real_workdir("shutdown-time");
    std::fs::write(workdir.path().join("ignore-sigterm.js"), "process.on('SIGTERM', function () {});\n").unwrap();
    let mut agent = Agent::start_in(workdir, &["--kill-grace", "1", "--node", "node --require ./ignore-sigterm.js"]);
    let code = format!(
        "const c = require('containerless');
c.listen(function (req) {{ c.get('http://{upstream}' + req.path, function (r) {{ c.respond(r); }}); }});"
    );
    let port = agent.start_function("Tracing", &code);
    let function = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    assert_eq!(http(function, "GET", "/fast", &[], b"").unwrap().text(), "ok");
    let addr = agent.addr;
    let eval = std::thread::spawn(move || {
        let body = br#"{"method":"GET","path":"/slow"}"#;
        let answer = http(addr, "POST", "/trace/eval", &[("Content-Type", "application/json")], body);
        // Cut short by the shutdown: no answer, or 503.
        assert!(answer.map_or(true, |a| a.status != 200), "the evaluation was not answered");
    });
    held.recv_timeout(SLOW).expect("the evaluation's call reached the upstream");
    let asked = std::time::Instant::now();
    agent.signal(libc::SIGTERM);
    assert_eq!(agent.wait_exit(SLOW).code(), Some(0));
    let took = asked.elapsed();
    eprintln!("FIGURE shutdown with a request in flight and a Node ignoring SIGTERM, --kill-grace 1: {took:?}");
    // 3 s of drain, then 1 s of grace; a little more for a loaded machine.
    assert!(took >= Duration::from_millis(3900), "{took:?}");
    assert!(took < Duration::from_millis(5500), "{took:?}");
    agent.wait_log("ignored SIGTERM", SLOW);
    eval.join().unwrap();
}

#[test]
fn make_help_lists_every_target_and_the_demo_variables() {
    let repo = oracle::repo();
    let output = std::process::Command::new("make")
        .current_dir(&repo)
        .args(["--no-print-directory", "-s", "help"])
        .output()
        .expect("run make help");
    assert!(output.status.success());
    let help = String::from_utf8(output.stdout).unwrap();
    let makefile = std::fs::read_to_string(repo.join("Makefile")).unwrap();
    let phony = makefile.lines().find_map(|line| line.strip_prefix(".PHONY:")).expect(".PHONY line");
    let targets: Vec<&str> = phony.split_whitespace().collect();
    assert!(targets.len() >= 10, "{targets:?}");
    for target in targets {
        let listed = help.lines().any(|line| line.split_whitespace().next() == Some(target));
        assert!(listed, "make help does not list {target}:\n{help}");
    }
    for variable in ["FUNCTION", "MODE", "CARGO", "NODE", "AGENT", "DIST"] {
        assert!(help.contains(variable), "make help does not name {variable}:\n{help}");
    }
}

/// `/info`'s `error` for `code` run in Vanilla mode, once Node died of it.
fn vanilla_error(tag: &str, code: &str) -> String {
    let agent = start_real(tag, &[]);
    assert_eq!(agent.init("Vanilla", code).status, 200);
    agent.wait_status("runtime-error", SLOW);
    agent.info()["error"].as_str().unwrap_or_default().to_string()
}

#[test]
fn a_vanilla_syntax_error_says_index_js_line_and_column() {
    // The `)` is the 13th character of line 3.
    let error = vanilla_error("vanilla-syntax", "let a = 1;\nlet b = 2;\nlet c = (1 +);\n");
    assert!(error.ends_with(": index.js:3:13: SyntaxError: Unexpected token ')'"), "{error}");
}

#[test]
fn a_vanilla_top_level_throw_says_index_js_line() {
    let error = vanilla_error("vanilla-throw", "let a = 1;\nthrow new TypeError('at the top');\n");
    assert!(error.contains("index.js:2:"), "{error}");
    assert!(error.ends_with("TypeError: at the top"), "{error}");
}

/// `/info`'s `functionError` once a Tracing function died; the workdir
/// taken out.
fn traced_function_error(agent: &Agent) -> String {
    agent.wait_status("runtime-error", SLOW);
    let error = agent.info()["functionError"].as_str().unwrap_or_default().to_string();
    error.replace(&*agent.workdir.path().to_string_lossy(), "<workdir>")
}

/// The stack points at the author's lines (through traced.js's source
/// map), never at the compiled program.
fn assert_frames_in_index_js(error: &str, frames: &[&str]) {
    for frame in frames {
        assert!(error.lines().any(|line| line.trim() == *frame), "no `{frame}` in:\n{error}");
    }
    assert!(!error.contains("traced.js"), "{error}");
}

#[test]
fn a_traced_top_level_throw_says_index_js_line() {
    let agent = start_real("traced-throw", &[]);
    let code = "const c = require('containerless');\nfunction check(n) {\n  if (n > 1) {\n    throw new RangeError('too big: ' + n);\n  }\n}\nlet n = 2;\ncheck(n);\nc.listen(function (req) { c.respond(1); });\n";
    assert_eq!(agent.init("Tracing", code).status, 200);
    let error = traced_function_error(&agent);
    assert!(error.starts_with("RangeError: too big: 2"), "{error}");
    // `new` is the 11th character of line 4, the call the 1st of line 8.
    assert_frames_in_index_js(
        &error,
        &["at check (<workdir>/index.js:4:11)", "at Object.<anonymous> (<workdir>/index.js:8:1)"],
    );
}

#[test]
fn a_traced_handler_that_throws_on_a_request_says_index_js_line() {
    let agent = start_real("traced-handler-throw", &[]);
    let code = "const c = require('containerless');\nfunction reply(req) {\n  const user = req.query.user;\n  return user.name;\n}\nc.listen(function (req) {\n  let answer = 'hello ' + reply(req);\n  c.respond(answer);\n});\n";
    agent.start_function("Tracing", code);
    // Without `user`, line 4 reads a property of `undefined`: the function
    // dies of it (every error is fatal), and answers nothing.
    let _ = http(agent.function_addr(), "GET", "/", &[], b"");
    let error = traced_function_error(&agent);
    assert!(error.starts_with("TypeError: Cannot read properties of undefined (reading 'name')"), "{error}");
    assert_frames_in_index_js(
        &error,
        &["at reply (<workdir>/index.js:4:3)", "at <anonymous> (<workdir>/index.js:7:27)"],
    );
}
