//! The HTTP surface of the real agent: errors, limits, authentication,
//! probes and the command line.

use crate::common::*;
use std::process::Command;

fn agent_binary() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_containerless-agent"));
    for (name, _) in std::env::vars() {
        if name.starts_with("CONTAINERLESS_") {
            command.env_remove(name);
        }
    }
    command
}

#[test]
fn unknown_paths_are_404_and_wrong_methods_405_with_allow() {
    let agent = Agent::start("routes", &[]);
    for path in ["/", "/nope", "/status/", "/trace/x"] {
        assert_eq!(agent.get(path).error_code(), 404, "{path}");
    }
    let cases = [
        ("GET", "/init", "POST"),
        ("DELETE", "/status", "GET, HEAD"),
        ("PUT", "/trace", "GET, HEAD"),
        ("GET", "/trace/eval", "POST"),
    ];
    for (method, path, allow) in cases {
        let response = agent.request(method, path, &[], b"");
        assert_eq!(response.error_code(), 405, "{method} {path}");
        assert_eq!(response.header("Allow"), Some(allow), "{method} {path}");
    }
}

#[test]
fn probes_and_status_are_json() {
    let agent = Agent::start("probes", &[]);
    let health = agent.get("/healthz");
    assert_eq!((health.status, health.header("Content-Type")), (200, Some("application/json")));
    assert_eq!(agent.get("/readyz").error_code(), 503, "not ready before init");
    let status = agent.get("/status");
    assert_eq!(status.header("Content-Type"), Some("application/json"));
    assert_eq!(status.body, b"\"pre-initialized\"");
    let info = agent.info();
    assert_eq!(info["state"], "pre-initialized");
    assert!(info["mode"].is_null());
}

#[test]
fn malformed_init_bodies_are_400() {
    let agent = start_real("bad-init", &[]);
    let bodies: [&[u8]; 8] = [
        b"{not json",
        b"\"Tracing\"",
        br#"{"code":"x"}"#,
        br#"{"mode":"Tracing"}"#,
        br#"{"mode":"Fast","code":"x"}"#,
        br#"{"mode":"Vanilla","code":""}"#,
        br#"{"mode":"Vanilla","code":["x"]}"#,
        b"{\"mode\":\"Vanilla\",\"code\":\"\xff\"}",
    ];
    for body in bodies {
        assert_eq!(agent.post("/init", body).error_code(), 400, "{}", String::from_utf8_lossy(body));
    }
    assert_eq!(agent.status(), "pre-initialized", "nothing was accepted");
    // The agent can still be initialized after all that.
    assert_eq!(agent.init("Vanilla", SEED_DEMO).status, 200);
}

#[test]
fn bodies_over_max_body_are_413() {
    let agent = start_real("max-body", &["--max-body", "1024"]);
    let code = "x".repeat(4096);
    assert_eq!(agent.init("Vanilla", &code).error_code(), 413);
    // Chunked: no length is declared, so the limit applies while reading.
    let chunk = "y".repeat(2000);
    let request = format!(
        "POST /init HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{chunk}\r\n0\r\n\r\n",
        chunk.len()
    );
    assert_eq!(raw(agent.addr, request.as_bytes()).unwrap().error_code(), 413);
    assert_eq!(agent.post("/trace/eval", "z".repeat(2048).as_bytes()).error_code(), 413);
    assert_eq!(agent.status(), "pre-initialized");
    assert_eq!(agent.init("Vanilla", SEED_DEMO).status, 200, "a body under the limit is fine");
}

#[test]
fn a_request_declaring_an_absurd_body_is_413_at_once() {
    let agent = start_real("absurd-length", &[]);
    let response =
        raw(agent.addr, b"POST /init HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000000000\r\n\r\n{\"mode\":")
            .unwrap();
    assert_eq!(response.error_code(), 413);
    assert_eq!(response.header("Connection"), Some("close"));
    assert_eq!(agent.get("/healthz").status, 200);
    assert_eq!(agent.init("Vanilla", SEED_DEMO).status, 200);
}

#[test]
fn the_token_guards_init_and_trace() {
    let agent = Agent::start("token", &["--token", "s3cret"]);
    let body = json!({"mode": "Tracing", "code": SEED_DEMO}).to_string();
    for auth in [None, Some("Bearer nope"), Some("Bearer s3cret-not"), Some("s3cret")] {
        let headers: Vec<(&str, &str)> = auth.map(|a| vec![("Authorization", a)]).unwrap_or_default();
        assert_eq!(agent.request("POST", "/init", &headers, body.as_bytes()).error_code(), 401, "{auth:?}");
        assert_eq!(agent.request("GET", "/trace", &headers, b"").error_code(), 401, "{auth:?}");
        assert_eq!(agent.request("POST", "/trace/eval", &headers, b"{}").error_code(), 401, "{auth:?}");
    }
    for open in ["/status", "/info", "/healthz"] {
        assert_eq!(agent.get(open).status, 200, "{open} stays open");
    }
    let auth = [("Authorization", "Bearer s3cret")];
    assert_eq!(agent.request("POST", "/init", &auth, body.as_bytes()).status, 200);
    agent.wait_log("function ready on port", SLOW);
    assert_eq!(agent.request("GET", "/trace", &auth, b"").status, 200);
}

#[test]
fn the_token_comes_from_the_environment_and_is_hidden_from_node() {
    let workdir = oracle::real_workdir("token-env");
    // A function that reports whether it can see the token.
    let code = "const c = require('containerless'); c.listen(function (req) { c.respond(String(process.env.CONTAINERLESS_TOKEN)); });";
    let mut command = agent_binary();
    command
        .env("CONTAINERLESS_TOKEN", "from-env")
        .args(["--listen", "127.0.0.1:0", "--function-port", "0", "--function-host", "127.0.0.1", "--workdir"])
        .arg(workdir.path())
        .stderr(std::process::Stdio::piped());
    let mut child = command.spawn().unwrap();
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut first = String::new();
    std::io::BufRead::read_line(&mut stderr, &mut first).unwrap();
    let addr = first.trim().rsplit("listening on ").next().unwrap().parse().unwrap();
    std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
    let body = json!({"mode": "Vanilla", "code": code}).to_string();
    assert_eq!(http(addr, "POST", "/init", &[], body.as_bytes()).unwrap().status, 401);
    let auth = [("Authorization", "Bearer from-env")];
    assert_eq!(http(addr, "POST", "/init", &auth, body.as_bytes()).unwrap().status, 200);
    let deadline = std::time::Instant::now() + SLOW;
    let port = loop {
        let info = http(addr, "GET", "/info", &[], b"").unwrap().json();
        if let Some(port) = info["functionPort"].as_u64() {
            break port;
        }
        assert!(std::time::Instant::now() < deadline, "never ready: {info}");
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let seen = http(format!("127.0.0.1:{port}").parse().unwrap(), "GET", "/", &[], b"").unwrap();
    assert_eq!(seen.text(), "undefined", "the function must not see the agent's token");
    send_signal(child.id(), libc::SIGTERM);
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn trace_eval_checks_the_request_and_the_state() {
    let agent = Agent::start("eval", &[]);
    let request = br#"{"method":"GET","path":"/","query":{},"body":{}}"#;
    assert_eq!(agent.post("/trace/eval", request).error_code(), 409, "before init");
    assert_eq!(agent.post("/trace/eval", br#"{"path":"/"}"#).error_code(), 400);
    assert_eq!(agent.post("/trace/eval", b"[").error_code(), 400);
    agent.start_function("Tracing", SEED_DEMO);
    let response = agent.post("/trace/eval", request);
    // The evaluator is another part's work; whatever it says must be well formed.
    match response.status {
        200 => assert!(response.json()["covered"].is_boolean(), "{}", response.text()),
        _ => assert_eq!(response.error_code(), 500, "{}", response.text()),
    }
}

#[test]
fn help_lists_every_flag() {
    let output = agent_binary().arg("--help").output().unwrap();
    assert!(output.status.success());
    let help = String::from_utf8(output.stdout).unwrap();
    for flag in [
        "--listen",
        "--function-port",
        "--function-host",
        "--workdir",
        "--node",
        "--transform",
        "--start-timeout",
        "--compile-timeout",
        "--max-body",
        "--workers",
        "--token",
        "--kill-grace",
        "CONTAINERLESS_LISTEN",
        "CONTAINERLESS_TOKEN",
    ] {
        assert!(help.contains(flag), "{flag} missing from --help");
    }
}

#[test]
fn bad_flags_exit_2_and_a_bad_workdir_exits_1() {
    let output = agent_binary().arg("--bogus").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("--bogus") && said.contains("error 11:"), "the argument and its code: {said}");
    let output = agent_binary().args(["--listen", "127.0.0.1:0", "--workdir", "/no/such/dir"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("/no/such/dir"));
}

#[test]
fn flags_beat_the_environment() {
    // The environment asks for a port that cannot be bound; the flag wins.
    let workdir = TempDir::new("flag-wins");
    let mut child = agent_binary()
        .env("CONTAINERLESS_LISTEN", "256.0.0.1:1")
        .args(["--listen", "127.0.0.1:0", "--workdir"])
        .arg(workdir.path())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(child.stderr.take().unwrap()), &mut first).unwrap();
    assert!(first.contains("listening on 127.0.0.1:"), "{first}");
    send_signal(child.id(), libc::SIGTERM);
    assert_eq!(child.wait().unwrap().code(), Some(0));
}
