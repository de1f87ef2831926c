//! Fault and abuse suite (issue 6): what the network and the function can
//! reach, the bearer token, shell safety and file modes.

use crate::common::*;
use std::collections::HashSet;
use std::os::unix::fs::PermissionsExt;

/// Inodes of the sockets a process holds.
fn socket_inodes(pid: u32) -> HashSet<u64> {
    std::fs::read_dir(format!("/proc/{pid}/fd"))
        .expect("read /proc fd")
        .filter_map(|entry| std::fs::read_link(entry.ok()?.path()).ok())
        .filter_map(|target| {
            let target = target.to_string_lossy().into_owned();
            target.strip_prefix("socket:[")?.strip_suffix(']')?.parse().ok()
        })
        .collect()
}

/// `(local port, state, inode)` of every IPv4 and IPv6 socket of `kind` (`tcp`, `udp`).
fn inet_sockets(kind: &str) -> Vec<(u16, String, u64)> {
    let mut sockets = Vec::new();
    for table in [format!("/proc/net/{kind}"), format!("/proc/net/{kind}6")] {
        let Ok(text) = std::fs::read_to_string(&table) else { continue };
        for line in text.lines().skip(1) {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let (Some(local), Some(state), Some(inode)) = (fields.get(1), fields.get(3), fields.get(9)) else {
                continue;
            };
            let port = local.rsplit(':').next().and_then(|hex| u16::from_str_radix(hex, 16).ok()).unwrap_or(0);
            sockets.push((port, state.to_string(), inode.parse().unwrap_or(0)));
        }
    }
    sockets
}

/// Paths of the Unix sockets among `inodes` (empty string: unnamed).
fn unix_socket_paths(inodes: &HashSet<u64>) -> Vec<String> {
    let text = std::fs::read_to_string("/proc/net/unix").expect("read /proc/net/unix");
    text.lines()
        .skip(1)
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let inode: u64 = fields.get(6)?.parse().ok()?;
            inodes.contains(&inode).then(|| fields.get(7).copied().unwrap_or("").to_string())
        })
        .collect()
}

#[test]
fn the_control_channel_is_not_reachable_from_any_network() {
    let agent = start_real("sec-channel", &[]);
    let function_port = agent.start_function("Vanilla", SEED_DEMO);
    let node = agent.node_pid();
    const LISTEN: &str = "0A";
    for (pid, expected_port) in [(agent.pid(), agent.addr.port()), (node, function_port)] {
        let inodes = socket_inodes(pid);
        let listening: Vec<u16> = inet_sockets("tcp")
            .into_iter()
            .filter(|(_, state, inode)| state == LISTEN && inodes.contains(inode))
            .map(|(port, _, _)| port)
            .collect();
        assert_eq!(listening, [expected_port], "pid {pid} listens on exactly one TCP port");
        let udp = inet_sockets("udp").into_iter().filter(|(_, _, inode)| inodes.contains(inode)).count();
        assert_eq!(udp, 0, "pid {pid} has no UDP socket");
        let paths = unix_socket_paths(&inodes);
        assert!(!paths.is_empty() || pid == agent.pid(), "node holds the channel on a Unix socket");
        assert!(paths.iter().all(String::is_empty), "pid {pid}: every Unix socket is unnamed: {paths:?}");
    }
    // The channel is Node's fd 3: an unnamed Unix socket.
    let fd3 = std::fs::read_link(format!("/proc/{node}/fd/3")).unwrap().to_string_lossy().into_owned();
    let inode: u64 = fd3.trim_start_matches("socket:[").trim_end_matches(']').parse().expect("fd 3 is a socket");
    assert_eq!(unix_socket_paths(&HashSet::from([inode])), [""]);
    agent.assert_healthy();
}

#[test]
fn nothing_of_the_agent_is_served_on_the_function_port() {
    let agent = start_real("sec-function-port", &[]);
    let code = "const c = require('containerless'); c.listen(function (req) { c.respond({fn: true, method: req.method, path: req.path}); });";
    agent.start_function("Vanilla", code);
    let function = agent.function_addr();
    for (method, path) in [
        ("GET", "/status"),
        ("GET", "/trace"),
        ("GET", "/info"),
        ("GET", "/healthz"),
        ("GET", "/readyz"),
        ("POST", "/init"),
        ("POST", "/trace/eval"),
        ("POST", "/sync"),
    ] {
        let body = json!({"mode": "Vanilla", "code": "x", "type": "sync", "id": 1}).to_string();
        let response = http(function, method, path, &[("Content-Type", "application/json")], body.as_bytes()).unwrap();
        assert_eq!(response.status, 200, "{method} {path}");
        assert_eq!(response.json(), json!({"fn": true, "method": method, "path": path}), "{method} {path}");
    }
    assert_eq!(agent.log_lines().iter().filter(|line| line.contains("init accepted")).count(), 1);
    agent.assert_healthy();
}

#[test]
fn the_token_is_required_for_init_and_trace_only() {
    let agent = start_real("sec-token", &["--token", "s3cret"]);
    let init = json!({"mode": "Tracing", "code": SEED_DEMO}).to_string();
    let eval = br#"{"method":"GET","path":"/"}"#;
    let guarded: [(&str, &str, &[u8]); 3] =
        [("POST", "/init", init.as_bytes()), ("GET", "/trace", b""), ("POST", "/trace/eval", eval)];
    for auth in [
        None,
        Some("Bearer wrong"),
        Some("Bearer s3cret2"),
        Some("Bearer s3cre"),
        Some("s3cret"),
        Some("Basic s3cret"),
        Some("Bearer"),
    ] {
        let headers: Vec<(&str, &str)> = auth.map(|a| vec![("Authorization", a)]).unwrap_or_default();
        for (method, path, body) in guarded {
            let response = agent.request(method, path, &headers, body);
            expect_error(&response, 401, "unauthorized", "missing or wrong bearer token");
        }
    }
    assert_eq!(agent.status(), "pre-initialized");
    for open in ["/healthz", "/status", "/info"] {
        assert_eq!(agent.get(open).status, 200, "{open} stays open");
    }
    expect_error(&agent.get("/readyz"), 503, "unavailable", "not available: the function is pre-initialized");
    let auth = [("Authorization", "Bearer s3cret")];
    assert_eq!(agent.request("POST", "/init", &auth, init.as_bytes()).status, 200);
    agent.wait_log("function ready on port", SLOW);
    assert_eq!(agent.request("GET", "/trace", &auth, b"").status, 200);
    assert_eq!(agent.request("POST", "/trace/eval", &[("authorization", "bearer s3cret")], eval).status, 200);
    assert_eq!(agent.get("/readyz").status, 200);
    agent.assert_healthy();
}

#[test]
fn the_token_can_come_from_the_environment() {
    let agent = Agent::start_in_env(oracle::real_workdir("sec-token-env"), &[], &[("CONTAINERLESS_TOKEN", "from-env")]);
    let body = json!({"mode": "Vanilla", "code": SEED_DEMO}).to_string();
    expect_error(&agent.post("/init", body.as_bytes()), 401, "unauthorized", "missing or wrong bearer token");
    let auth = [("Authorization", "Bearer from-env")];
    assert_eq!(agent.request("POST", "/init", &auth, body.as_bytes()).status, 200);
    agent.wait_log("function ready on port", SLOW);
    agent.assert_healthy();
}

#[test]
fn function_code_never_reaches_a_shell() {
    let markers = TempDir::new("sec-markers");
    let marker = |name: &str| markers.path().join(name).display().to_string();
    let (m1, m2, m3, m4) = (marker("dollar"), marker("backtick"), marker("comment"), marker("quote"));
    let text = format!("$(touch {m1}) and `touch {m2}` and \"; touch {m4}; echo \"");
    let code = format!(
        "// $(touch {m3})\nconst c = require('containerless');\nconst text = {};\nc.listen(function (req) {{ c.respond(text); }});",
        serde_json::to_string(&text).unwrap()
    );
    // Both modes; Tracing goes through js-transform.sh, a shell script.
    for (mode, agent) in
        [("Vanilla", start_real("sec-shell-vanilla", &[])), ("Tracing", start_real("sec-shell-tracing", &[]))]
    {
        agent.start_function(mode, &code);
        let answer = http(agent.function_addr(), "GET", "/", &[], b"").unwrap();
        assert_eq!(answer.text(), text, "{mode}: the code ran as written");
        assert_eq!(std::fs::read_to_string(agent.workdir.path().join("index.js")).unwrap(), code);
        agent.assert_healthy();
    }
    assert!(dir_entries(markers.path()).is_empty(), "a shell ran part of the code: {:?}", dir_entries(markers.path()));
}

#[test]
fn files_the_agent_writes_are_private() {
    let agent = start_real("sec-modes", &[]);
    agent.start_function("Tracing", SEED_DEMO);
    for file in ["index.js", "traced.js"] {
        let mode = std::fs::metadata(agent.workdir.path().join(file)).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{file} has mode {mode:o}");
    }
    assert_eq!(dir_entries(agent.workdir.path()), ["index.js", "js-transform.sh", "node_modules", "traced.js"]);
    agent.assert_healthy();
}

#[test]
fn the_token_reaches_neither_the_compiler_nor_the_function() {
    let workdir = oracle::real_workdir("sec-token-children");
    // A compiler that records its environment, then compiles for real.
    let recorder = workdir.path().join("record-env.sh");
    std::fs::write(&recorder, "#!/bin/sh\nenv > compiler-env.txt\nexec ./js-transform.sh \"$@\"\n").unwrap();
    std::fs::set_permissions(&recorder, std::fs::Permissions::from_mode(0o755)).unwrap();
    let binary = env!("CARGO_BIN_EXE_containerless-agent");
    let env = [("CONTAINERLESS_TOKEN", "t0ken"), ("CONTAINERLESS_AGENT_BIN", binary), ("CONTAINERLESS_WORKERS", "3")];
    let agent = Agent::start_in_env(workdir, &["--transform", "./record-env.sh"], &env);
    let code = "const c = require('containerless'); c.listen(function (req) { c.respond(JSON.stringify(Object.keys(process.env).filter(function (k) { return k.indexOf('CONTAINERLESS_') === 0; }).sort())); });";
    let body = json!({"mode": "Tracing", "code": code}).to_string();
    assert_eq!(agent.request("POST", "/init", &[("Authorization", "Bearer t0ken")], body.as_bytes()).status, 200);
    agent.wait_log("function ready on port", SLOW);
    let seen_by_compiler = std::fs::read_to_string(agent.workdir.path().join("compiler-env.txt")).unwrap();
    let compiler: Vec<&str> = seen_by_compiler.lines().filter(|line| line.starts_with("CONTAINERLESS_")).collect();
    assert_eq!(compiler, [format!("CONTAINERLESS_AGENT_BIN={binary}")]);
    let function = http(agent.function_addr(), "GET", "/", &[], b"").unwrap();
    assert_eq!(
        function.json(),
        json!([
            "CONTAINERLESS_AGENT_BIN",
            "CONTAINERLESS_CONTROL_FD",
            "CONTAINERLESS_HOST",
            "CONTAINERLESS_MODE",
            "CONTAINERLESS_PORT"
        ])
    );
    agent.assert_healthy();
}
