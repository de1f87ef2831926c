//! Hardening of the control port and the process tree (issue 17): nothing
//! from outside can exhaust, stall or outlive the agent. On loopback; every
//! loop is bounded in count and time. The three figures of the issue are
//! printed as `FIGURE ...` lines (`cargo test --test it robust_hardening --
//! --nocapture`) and also written to `target/robust-figures/`.

use crate::common::*;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const MIB: u64 = 1024;

/// Prints a figure and keeps it in `target/robust-figures/NAME.txt`.
fn report(name: &str, line: &str) {
    eprintln!("FIGURE {line}");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/robust-figures");
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join(format!("{name}.txt")), format!("{line}\n"));
}

/// Resets the peak RSS (`VmHWM`) of `pid` to its current RSS.
fn reset_peak(pid: u32) {
    std::fs::write(format!("/proc/{pid}/clear_refs"), "5").expect("reset VmHWM");
}

/// This process may hold as many descriptors as its hard limit allows.
fn raise_fd_limit() -> u64 {
    let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit/setrlimit read and write the struct we pass.
    unsafe {
        libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit);
        limit.rlim_cur = limit.rlim_max;
        libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
    }
    limit.rlim_cur
}

/// Sends `head`, then up to `body` bytes in 64 KiB writes, within `limit`;
/// returns the status of the answer when one arrives.
fn push_body(addr: SocketAddr, head: &str, body: usize, limit: Duration) -> Option<u16> {
    let mut stream = TcpStream::connect(addr).ok()?;
    stream.set_write_timeout(Some(Duration::from_secs(2))).ok()?;
    stream.write_all(head.as_bytes()).ok()?;
    let chunk = vec![b'x'; 64 * 1024];
    let deadline = Instant::now() + limit;
    let mut sent = 0;
    while sent < body && Instant::now() < deadline {
        match stream.write(&chunk[..chunk.len().min(body - sent)]) {
            Ok(n) if n > 0 => sent += n,
            _ => break,
        }
    }
    stream.set_read_timeout(Some(Duration::from_secs(2))).ok()?;
    let mut answer = [0u8; 64];
    let n = stream.read(&mut answer).ok()?;
    std::str::from_utf8(&answer[..n]).ok()?.split(' ').nth(1)?.parse().ok()
}

#[test]
fn bodies_are_not_read_before_authentication() {
    let agent = Agent::start("harden-preauth", &["--token", "secret"]);
    let pid = agent.pid();
    assert_eq!(agent.get("/healthz").status, 200);
    let idle = proc_status_kb(pid, "VmRSS");
    reset_peak(pid);
    // 100 clients, each declaring 8 MB to /init, /healthz or /status without
    // the token, and sending as much of it as the agent takes.
    let clients: Vec<_> = (0..100)
        .map(|index| {
            let addr = agent.addr;
            std::thread::spawn(move || {
                let path = ["/init", "/healthz", "/status", "/trace/eval"][index % 4];
                let method = if path == "/init" || path == "/trace/eval" { "POST" } else { "GET" };
                let head = format!("{method} {path} HTTP/1.1\r\nHost: x\r\nContent-Length: 8388608\r\n\r\n");
                (path, push_body(addr, &head, 8 << 20, Duration::from_secs(5)))
            })
        })
        .collect();
    for client in clients {
        let (path, status) = client.join().unwrap();
        let expected = if path == "/init" || path == "/trace/eval" { 401 } else { 200 };
        assert!(status.is_none_or(|status| status == expected), "{path}: {status:?}");
    }
    let peak = proc_status_kb(pid, "VmHWM");
    let above = peak.saturating_sub(idle);
    report(
        "preauth",
        &format!(
            "pre-auth body attack (100 x 8 MB, no token): peak RSS {:.1} MiB above idle (target < 64)",
            above as f64 / MIB as f64
        ),
    );
    assert!(above < 64 * MIB, "peak RSS {peak} kB, idle {idle} kB");
    // Refused on the head, with the scheme named; the agent is fine.
    let refused = agent.request("POST", "/init", &[], br#"{"mode":"Vanilla","code":"x"}"#);
    assert_eq!(refused.status, 401);
    assert_eq!(refused.header("WWW-Authenticate"), Some("Bearer"));
    assert_eq!(agent.status(), "pre-initialized");
    agent.assert_healthy();
}

#[test]
fn probes_answer_within_a_second_while_2000_partial_requests_are_held() {
    assert!(raise_fd_limit() > 2200, "this test needs 2,200 descriptors");
    let agent = Agent::start("harden-slowloris", &[]);
    agent.start_function("Vanilla", SEED_DEMO);
    let mut partial = Vec::new();
    for _ in 0..2000 {
        let mut stream = TcpStream::connect(agent.addr).expect("connect");
        stream.write_all(b"GET /sta").expect("partial request line");
        partial.push(stream);
    }
    let started = Instant::now();
    let mut slowest = Duration::ZERO;
    let mut probes = 0;
    // Well within the 5 s head deadline: all 2,000 are still held.
    while started.elapsed() < Duration::from_secs(3) {
        for path in ["/healthz", "/readyz", "/status"] {
            let asked = Instant::now();
            let response = agent.get(path);
            assert_eq!(response.status, 200, "{path}");
            slowest = slowest.max(asked.elapsed());
            probes += 1;
        }
    }
    report(
        "slowloris",
        &format!("2,000 partial requests held: {probes} probes, slowest {} ms (target < 1000)", slowest.as_millis()),
    );
    assert!(slowest < Duration::from_secs(1), "a probe took {slowest:?}");
    // The partial requests are given up at the head deadline, with a 408.
    let first = &mut partial[0];
    first.set_read_timeout(Some(SLOW)).unwrap();
    let mut answer = Vec::new();
    let _ = first.read_to_end(&mut answer);
    assert!(answer.starts_with(b"HTTP/1.1 408 "), "{}", String::from_utf8_lossy(&answer));
    drop(partial);
    agent.assert_healthy();
}

/// A function that is its own runtime (the fixture compiler copies it):
/// it publishes a trace of `lets` lets of `width`-character strings.
fn big_trace_function(lets: usize, width: usize) -> String {
    format!(
        r#"const net = require('net'), http = require('http');
const channel = new net.Socket({{ fd: Number(process.env.CONTAINERLESS_CONTROL_FD), readable: true, writable: true }});
const body = [];
for (let i = 0; i < {lets}; i++) body.push({{ kind: 'let', name: 'v' + i, named: {{ kind: 'string', value: 'x'.repeat({width}) }} }});
const server = http.createServer((q, r) => r.end('hi'));
server.listen(Number(process.env.CONTAINERLESS_PORT), process.env.CONTAINERLESS_HOST, () => {{
  channel.write(JSON.stringify({{ type: 'ready', port: server.address().port }}) + '\n');
  channel.write(JSON.stringify({{ type: 'trace', trace: {{ kind: 'block', body }} }}) + '\n');
}});
let pending = '';
channel.setEncoding('utf8');
channel.on('data', (chunk) => {{
  pending += chunk;
  let at;
  while ((at = pending.indexOf('\n')) >= 0) {{
    const message = JSON.parse(pending.slice(0, at));
    pending = pending.slice(at + 1);
    if (message.type === 'sync') channel.write(JSON.stringify({{ type: 'synced', id: message.id }}) + '\n');
  }}
}});
channel.on('end', () => process.exit(0));
"#
    )
}

#[test]
fn clients_that_never_read_a_large_text_trace_share_one_copy() {
    let agent = Agent::start("harden-text", &[]);
    // About 9 MB of text: more than the kernel's socket buffers on loopback
    // (up to 4 MB each way) absorb, so what clients do not read stays in
    // the agent. (A 4 MB text would mostly leave it for kernel memory.)
    agent.start_function("Tracing", &big_trace_function(50_000, 160));
    assert_eq!(agent.get("/trace").status, 200, "the trace is in");
    let pid = agent.pid();
    let idle = proc_status_kb(pid, "VmRSS");
    reset_peak(pid);
    // 50 clients ask for the text and never read it: each only peeks, to
    // know that its answer is on its way.
    let clients: Vec<TcpStream> = (0..50)
        .map(|_| {
            let mut stream = TcpStream::connect(agent.addr).unwrap();
            stream.write_all(b"GET /trace?format=text HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
            stream
        })
        .collect();
    for stream in &clients {
        stream.set_read_timeout(Some(SLOW)).unwrap();
        assert!(stream.peek(&mut [0u8; 1]).unwrap() > 0, "an answer started");
    }
    let peak = proc_status_kb(pid, "VmHWM");
    let above = peak.saturating_sub(idle);
    let text_len = agent.get("/trace?format=text").body.len();
    assert!(text_len > 8_000_000, "the text trace is {text_len} bytes");
    report(
        "text-trace",
        &format!(
            "50 clients not reading a {:.1} MB text trace: peak RSS {:.1} MiB above idle (target < 128)",
            text_len as f64 / 1e6,
            above as f64 / MIB as f64
        ),
    );
    assert!(above < 128 * MIB, "peak RSS {peak} kB, idle {idle} kB");
    drop(clients);
    agent.assert_healthy();
}

/// An upstream answering `/fast` at once and trickling `/slow` (one byte a
/// second of a 100-byte body) until `stop`.
fn trickling_upstream(stop: Arc<AtomicBool>) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    listener.set_nonblocking(true).unwrap();
    std::thread::spawn(move || {
        while !stop.load(Ordering::SeqCst) {
            let Ok((mut stream, _)) = listener.accept() else {
                std::thread::sleep(Duration::from_millis(10));
                continue;
            };
            let stop = stop.clone();
            std::thread::spawn(move || {
                stream.set_nonblocking(false).unwrap();
                stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
                let mut head = [0u8; 1024];
                let n = stream.read(&mut head).unwrap_or(0);
                if String::from_utf8_lossy(&head[..n]).starts_with("GET /fast") {
                    let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n\"ok\"");
                    return;
                }
                let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n");
                for _ in 0..100 {
                    if stop.load(Ordering::SeqCst) || stream.write_all(b" ").is_err() {
                        return;
                    }
                    std::thread::sleep(Duration::from_secs(1));
                }
            });
        }
    });
    addr
}

#[test]
fn trace_eval_has_a_deadline_and_cannot_starve_get_trace() {
    let stop = Arc::new(AtomicBool::new(false));
    let upstream = trickling_upstream(stop.clone());
    let agent = Arc::new(start_real("harden-eval", &["--eval-timeout", "2", "--workers", "1"]));
    let code = format!(
        "const c = require('containerless');
c.listen(function (req) {{ c.get('http://{upstream}' + req.path, function (r) {{ c.respond(r); }}); }});"
    );
    let port = agent.start_function("Tracing", &code);
    let function = SocketAddr::from(([127, 0, 0, 1], port));
    assert_eq!(http(function, "GET", "/fast", &[], b"").unwrap().text(), "ok");
    // Two evaluations whose outgoing call trickles: each ends at the deadline.
    let evals: Vec<_> = (0..2)
        .map(|_| {
            let agent = agent.clone();
            std::thread::spawn(move || {
                let asked = Instant::now();
                let answer = agent.post("/trace/eval", br#"{"method":"GET","path":"/slow"}"#);
                (answer.status, answer.json(), asked.elapsed())
            })
        })
        .collect();
    // Meanwhile GET /trace is served at once, every time (with --workers 1).
    for round in 0..4 {
        let asked = Instant::now();
        assert_eq!(agent.get("/trace").status, 200, "round {round}");
        assert!(asked.elapsed() < Duration::from_secs(1), "GET /trace took {:?}", asked.elapsed());
    }
    for eval in evals {
        let (status, body, took) = eval.join().unwrap();
        assert_eq!((status, body), (200, json!({"covered": false})));
        assert!(took < Duration::from_secs(5), "an evaluation took {took:?}");
    }
    stop.store(true, Ordering::SeqCst);
    agent.assert_healthy();
}

#[test]
fn readyz_is_503_while_the_event_loop_is_blocked_and_info_says_why() {
    let agent = Arc::new(start_real("harden-blocked", &["--heartbeat-timeout", "0.5"]));
    let code = "const c = require('containerless');
c.listen(function (req) {
  if (req.path === '/block') { const end = Date.now() + 3000; while (Date.now() < end) {} }
  c.respond('ok');
});";
    let port = agent.start_function("Vanilla", code);
    let function = SocketAddr::from(([127, 0, 0, 1], port));
    let node = agent.node_pid();
    assert_eq!(agent.get("/readyz").status, 200);
    let blocked = std::thread::spawn(move || http(function, "GET", "/block", &[], b"").map(|r| r.text()));
    let deadline = Instant::now() + Duration::from_secs(3);
    let mut readyz = agent.get("/readyz");
    while readyz.status == 200 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
        readyz = agent.get("/readyz");
    }
    assert_eq!(readyz.status, 503, "{}", readyz.text());
    assert!(readyz.json()["description"].as_str().unwrap().contains("event loop has been blocked"));
    let info = agent.info();
    assert!(info["notReady"].as_str().unwrap_or_default().contains("event loop has been blocked"), "{info}");
    assert_eq!(agent.status(), "running", "a blocked loop is not an error");
    // The loop turns again: ready again, and the function was not killed.
    assert_eq!(blocked.join().unwrap().unwrap(), "ok");
    let deadline = Instant::now() + Duration::from_secs(3);
    while agent.get("/readyz").status != 200 {
        assert!(Instant::now() < deadline, "/readyz stayed 503");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(agent.node_pid(), node);
    assert!(agent.info()["notReady"].is_null());
}

#[test]
fn a_detached_grandchild_is_ended_with_the_agent() {
    let mut agent = start_real("harden-detached", &[]);
    let code = "const c = require('containerless'); const cp = require('child_process');
c.listen(function (req) {
  const child = cp.spawn('sleep', ['300'], { detached: true, stdio: 'ignore' });
  child.unref();
  c.respond(String(child.pid));
});";
    let port = agent.start_function("Vanilla", code);
    let function = SocketAddr::from(([127, 0, 0, 1], port));
    let grandchild: u32 = http(function, "GET", "/", &[], b"").unwrap().text().parse().unwrap();
    assert!(pid_alive(grandchild));
    agent.signal(libc::SIGTERM);
    assert_eq!(agent.wait_exit(SLOW).code(), Some(0));
    wait_pid_gone(grandchild, Duration::from_secs(5));
    agent.wait_log("a descendant that outlived its parent", SLOW);
}

/// The parent pid of `pid`, from `/proc`.
fn parent_of(pid: u32) -> Option<u32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat.rsplit(')').next()?.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn an_orphaned_grandchild_is_adopted_and_reaped() {
    let agent = start_real("harden-orphan", &[]);
    let code = "const c = require('containerless'); const cp = require('child_process');
c.listen(function (req) {
  const child = cp.spawn('sleep', ['4'], { detached: true, stdio: 'ignore' });
  child.unref();
  c.respond(String(child.pid));
  setTimeout(function () { process.exit(3); }, 50);
});";
    let port = agent.start_function("Vanilla", code);
    let function = SocketAddr::from(([127, 0, 0, 1], port));
    let grandchild: u32 = http(function, "GET", "/", &[], b"").unwrap().text().parse().unwrap();
    agent.wait_status("runtime-error", SLOW);
    // Node is gone: the agent, not init, is the parent now.
    assert_eq!(parent_of(grandchild), Some(agent.pid()), "adopted by the agent");
    // Once it exits it is reaped: no zombie is left under the agent.
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::path::Path::new(&format!("/proc/{grandchild}")).exists() {
        assert!(Instant::now() < deadline, "pid {grandchild} was not reaped");
        std::thread::sleep(Duration::from_millis(50));
    }
    agent.assert_healthy();
}

#[test]
fn request_heads_follow_one_documented_rule_set() {
    let agent = Agent::start("harden-heads", &["--token", "secret"]);
    let fast = |request: &[u8]| {
        let asked = Instant::now();
        let response = raw(agent.addr, request).unwrap();
        assert!(asked.elapsed() < Duration::from_secs(2), "took {:?}", asked.elapsed());
        response
    };
    // Line endings: CRLF only; a bare LF anywhere is 400 at once.
    for head in [&b"GET /status HTTP/1.1\nHost: x\n\n"[..], b"GET /status HTTP/1.1\r\nHost: x\nX-A: 1\r\n\r\n"] {
        expect_error(
            &fast(head),
            400,
            "bad request",
            "malformed request: a bare LF in the request head: lines end with CRLF",
        );
    }
    // HTTP/1.1 needs Host; HTTP/1.0 does not.
    let no_host = fast(b"GET /status HTTP/1.1\r\nConnection: close\r\n\r\n");
    expect_error(&no_host, 400, "bad request", "malformed request: HTTP/1.1 requires a Host header");
    assert_eq!(fast(b"GET /status HTTP/1.0\r\n\r\n").status, 200);
    // Absolute-form targets are served; `OPTIONS *` names the methods.
    let absolute = fast(b"GET http://agent:8080/status HTTP/1.1\r\nHost: agent\r\nConnection: close\r\n\r\n");
    assert_eq!((absolute.status, absolute.text()), (200, "\"pre-initialized\"".to_string()));
    let options = fast(b"OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert_eq!((options.status, options.header("Allow")), (200, Some("GET, HEAD, POST")));
    // 401 names its scheme.
    let unauthorized = fast(b"GET /trace HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert_eq!((unauthorized.status, unauthorized.header("WWW-Authenticate")), (401, Some("Bearer")));
    agent.assert_healthy();
}

#[test]
fn an_empty_token_is_refused_with_a_clear_message() {
    for (args, env) in [(vec!["--token", ""], vec![]), (vec![], vec![("CONTAINERLESS_TOKEN", "")])] {
        let mut agent = std::process::Command::new(env!("CARGO_BIN_EXE_containerless-agent"))
            .args(["--listen", "127.0.0.1:0"])
            .args(&args)
            .envs(env)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // An agent that accepted the token would serve on: bounded wait.
        let deadline = Instant::now() + SLOW;
        let status = loop {
            if let Some(status) = agent.try_wait().unwrap() {
                break status;
            }
            if Instant::now() >= deadline {
                let _ = agent.kill();
                let _ = agent.wait();
                panic!("the agent started with an empty token ({args:?})");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        assert_eq!(status.code(), Some(2));
        let mut stderr = String::new();
        agent.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
        assert!(stderr.contains("an empty token is refused"), "{stderr}");
    }
}
