//! Shared helpers for the agent's integration tests: a private workdir with
//! the test doubles, the real agent binary on a loopback port, and a small
//! HTTP/1.1 client. Every wait is bounded.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

pub use serde_json::{json, Value};

pub mod diff;
pub mod node;
pub mod oracle;
pub mod report;
pub mod upstream;

/// Generous bound for anything that involves starting Node on a busy machine.
pub const SLOW: Duration = Duration::from_secs(20);

/// Set to `0` or `1`, the agents tests start get `--prestart` with it (a
/// test's own flags still win), so that whole suites run both ways.
pub const PRESTART_ENV: &str = "CONTAINERLESS_TEST_PRESTART";

/// The `--prestart` value the suites run with, when one is set.
pub fn prestart_setting() -> Option<String> {
    std::env::var(PRESTART_ENV).ok().filter(|value| !value.is_empty())
}

/// The seed README's demo function.
pub const SEED_DEMO: &str = "let containerless = require('containerless'); containerless.listen(function(req) { console.log('Got a response'); containerless.respond('hi'); });";

/// Copies the tracing runtime's guard modules, which the stub tracer of the
/// compiler's tests requires, into `dir`.
pub fn copy_runtime_guards(dir: &Path) {
    let runtime = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("node_modules/containerless/tracing");
    for guard in ["iteration.js", "forin.js", "callbacks.js", "sort.js", "rest.js"] {
        std::fs::copy(runtime.join(guard), dir.join(guard)).expect("copy a runtime guard");
    }
}

/// A directory under the system temp dir, removed on drop.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let unique =
            format!("containerless-agent-test-{tag}-{}-{}", std::process::id(), COUNTER.fetch_add(1, Ordering::SeqCst));
        let path = std::env::temp_dir().join(unique);
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create temp dir");
        TempDir(path)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// `make dist-layout` with this test build's agent, into `dir`.
pub fn make_dist_layout(dir: &Path) {
    let status = Command::new("make")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["--no-print-directory", "-s", "dist-layout"])
        .arg(format!("AGENT={}", env!("CARGO_BIN_EXE_containerless-agent")))
        .arg(format!("DIST={}", dir.display()))
        .status()
        .expect("run make");
    assert!(status.success(), "make dist-layout failed");
}

/// A workdir holding the stand-in compiler and runtime (test doubles).
pub fn fixture_workdir(tag: &str) -> TempDir {
    let dir = TempDir::new(tag);
    std::fs::copy(fixtures().join("js-transform.sh"), dir.path().join("js-transform.sh")).expect("copy transform");
    std::fs::create_dir(dir.path().join("node_modules")).expect("node_modules");
    std::os::unix::fs::symlink(
        fixtures().join("runtime/node_modules/containerless"),
        dir.path().join("node_modules/containerless"),
    )
    .expect("symlink runtime");
    dir
}

type Log = Arc<(Mutex<Vec<String>>, Condvar)>;

/// Lines of child output (`[node stdout]`, ...) kept from one agent's log;
/// the rest are counted only, so a flooding function cannot fill the test's memory.
const CHILD_LINES_KEPT: usize = 10_000;

/// The real agent binary, listening on an OS-picked loopback port.
pub struct Agent {
    child: Child,
    pub addr: SocketAddr,
    log: Log,
    pub workdir: TempDir,
    /// Every compiler and Node pid `/info` showed: checked gone at the end.
    seen_pids: Mutex<Vec<u32>>,
}

impl Agent {
    pub fn start(tag: &str, extra: &[&str]) -> Agent {
        Agent::start_in(fixture_workdir(tag), extra)
    }

    pub fn start_in(workdir: TempDir, extra: &[&str]) -> Agent {
        Agent::start_in_env(workdir, extra, &[])
    }

    /// Like `start_in`, with extra environment for the agent (and so for Node).
    pub fn start_in_env(workdir: TempDir, extra: &[&str], env: &[(&str, &str)]) -> Agent {
        Agent::start_binary(Path::new(env!("CARGO_BIN_EXE_containerless-agent")), workdir, extra, env)
    }

    /// Starts `binary` (e.g. the copy in a `make dist` layout).
    pub fn start_binary(binary: &Path, workdir: TempDir, extra: &[&str], env: &[(&str, &str)]) -> Agent {
        Agent::start_command(Command::new(binary), workdir, extra, env)
    }

    /// Starts the agent through `wrapper`, a command that execs its
    /// arguments (e.g. `prlimit --nofile=N`), so the pid stays the agent's.
    pub fn start_wrapped(wrapper: &[&str], workdir: TempDir, extra: &[&str]) -> Agent {
        let mut command = Command::new(wrapper[0]);
        command.args(&wrapper[1..]).arg(env!("CARGO_BIN_EXE_containerless-agent"));
        Agent::start_command(command, workdir, extra, &[])
    }

    /// Starts `binary` through `wrapper` (e.g. `setpriv --reuid=N ...`).
    pub fn start_binary_wrapped(binary: &Path, wrapper: &[&str], workdir: TempDir, extra: &[&str]) -> Agent {
        let mut command = Command::new(wrapper[0]);
        command.args(&wrapper[1..]).arg(binary);
        Agent::start_command(command, workdir, extra, &[])
    }

    fn start_command(mut command: Command, workdir: TempDir, extra: &[&str], env: &[(&str, &str)]) -> Agent {
        // Should this test process die without dropping the agent (an abort,
        // a kill), the agent is told to stop too, and stops its Node.
        // SAFETY: prctl is async-signal-safe; nothing else runs between fork and exec.
        unsafe {
            std::os::unix::process::CommandExt::pre_exec(&mut command, || {
                if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM as libc::c_ulong, 0, 0, 0) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        for (name, _) in std::env::vars() {
            if name.starts_with("CONTAINERLESS_") {
                command.env_remove(name);
            }
        }
        command.args(["--listen", "127.0.0.1:0", "--function-port", "0", "--function-host", "127.0.0.1"]);
        if let Some(prestart) = prestart_setting() {
            command.arg(format!("--prestart={prestart}"));
        }
        command
            .arg("--workdir")
            .arg(workdir.path())
            .args(extra)
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let mut child = command.spawn().expect("start the agent");
        let log: Log = Arc::new((Mutex::new(Vec::new()), Condvar::new()));
        let stderr = child.stderr.take().expect("stderr");
        let sink = log.clone();
        std::thread::spawn(move || {
            let mut child_lines = 0;
            for line in BufReader::new(stderr).split(b'\n') {
                let Ok(line) = line else { break };
                let line = String::from_utf8_lossy(&line).into_owned();
                if line.contains(" [node std") || line.contains(" [compiler std") {
                    child_lines += 1;
                    if child_lines > CHILD_LINES_KEPT {
                        continue;
                    }
                }
                let (lines, changed) = &*sink;
                lines.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).push(line);
                changed.notify_all();
            }
        });
        let mut agent =
            Agent { child, addr: "127.0.0.1:1".parse().unwrap(), log, workdir, seen_pids: Mutex::new(Vec::new()) };
        let first = agent.wait_log("listening on ", SLOW);
        assert_eq!(agent.log_lines()[0], first, "the address is on the first log line");
        // The address ends the text line; in a JSON line a quote ends it.
        let after = first.rsplit("listening on ").next().unwrap_or_default();
        let addr = after.split(|c: char| c == '"' || c.is_whitespace()).next().unwrap_or_default();
        agent.addr = addr.parse().unwrap_or_else(|_| panic!("bad address in {first:?}"));
        agent
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn log_lines(&self) -> Vec<String> {
        // A panicking waiter must not poison the log for the dump in `drop`.
        self.log.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).clone()
    }

    /// Waits until a log line contains `needle`; returns that line.
    pub fn wait_log(&self, needle: &str, limit: Duration) -> String {
        let deadline = Instant::now() + limit;
        let (lines, changed) = &*self.log;
        let mut guard = lines.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        loop {
            if let Some(line) = guard.iter().find(|line| line.contains(needle)) {
                return line.clone();
            }
            let now = Instant::now();
            if now >= deadline {
                let log = guard.join("\n");
                drop(guard);
                panic!("no log line with {needle:?} within {limit:?}; log:\n{log}");
            }
            guard = changed.wait_timeout(guard, deadline - now).unwrap_or_else(|poisoned| poisoned.into_inner()).0;
        }
    }

    pub fn request(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Response {
        http(self.addr, method, path, headers, body).unwrap_or_else(|err| panic!("{method} {path}: {err}"))
    }

    pub fn get(&self, path: &str) -> Response {
        self.request("GET", path, &[], b"")
    }

    pub fn post(&self, path: &str, body: &[u8]) -> Response {
        self.request("POST", path, &[("Content-Type", "application/json")], body)
    }

    pub fn init(&self, mode: &str, code: &str) -> Response {
        self.post("/init", json!({"mode": mode, "code": code}).to_string().as_bytes())
    }

    pub fn status(&self) -> String {
        let response = self.get("/status");
        assert_eq!(response.status, 200);
        response.json().as_str().expect("status is a JSON string").to_string()
    }

    pub fn info(&self) -> Value {
        let info = self.get("/info").json();
        let mut seen = self.seen_pids.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let waiting = ["Vanilla", "Tracing"].map(|mode| &info["prestartPids"][mode]);
        for pid in [&info["nodePid"], &info["compilerPid"]].into_iter().chain(waiting).filter_map(Value::as_u64) {
            if !seen.contains(&(pid as u32)) {
                seen.push(pid as u32);
            }
        }
        info
    }

    /// The function's address, once it is running.
    pub fn function_addr(&self) -> SocketAddr {
        let port = self.info()["functionPort"].as_u64().expect("functionPort");
        format!("127.0.0.1:{port}").parse().expect("function address")
    }

    /// The agent still serves: `/healthz` answers `200 {"status":"ok"}`.
    pub fn assert_healthy(&self) {
        let health = self.get("/healthz");
        assert_eq!((health.status, health.json()), (200, json!({"status": "ok"})), "healthz");
    }

    /// Polls `/status` (bounded) until it is `expected`.
    pub fn wait_status(&self, expected: &str, limit: Duration) {
        let deadline = Instant::now() + limit;
        loop {
            let status = self.status();
            if status == expected {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "status {status:?}, not {expected:?}, after {limit:?}; log:\n{}",
                self.log_lines().join("\n")
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Inits and waits until the function is ready; returns its port.
    pub fn start_function(&self, mode: &str, code: &str) -> u16 {
        let response = self.init(mode, code);
        assert_eq!(response.status, 200, "{}", response.text());
        self.wait_log("function ready on port", SLOW);
        assert_eq!(self.status(), "running");
        self.info()["functionPort"].as_u64().expect("functionPort") as u16
    }

    pub fn node_pid(&self) -> u32 {
        self.info()["nodePid"].as_u64().expect("nodePid") as u32
    }

    pub fn signal(&self, signal: i32) {
        send_signal(self.child.id(), signal);
    }

    /// Waits (bounded) for the agent to exit.
    pub fn wait_exit(&mut self, limit: Duration) -> ExitStatus {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                return status;
            }
            assert!(Instant::now() < deadline, "the agent did not exit within {limit:?}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Agent {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("--- agent log ---\n{}\n---", self.log_lines().join("\n"));
        }
        self.stop();
        // No process the agent started outlives it.
        let seen = self.seen_pids.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).clone();
        let deadline = Instant::now() + Duration::from_secs(5);
        let left: Vec<u32> = seen
            .into_iter()
            .filter(|&pid| {
                while pid_alive(pid) && Instant::now() < deadline {
                    std::thread::sleep(Duration::from_millis(20));
                }
                pid_alive(pid)
            })
            .collect();
        if !left.is_empty() && !std::thread::panicking() {
            panic!("processes started by the agent are still running: {left:?}");
        }
    }
}

impl Agent {
    /// SIGTERM (then SIGKILL after 10 s), and reap.
    fn stop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            send_signal(self.child.id(), libc::SIGTERM);
            let deadline = Instant::now() + Duration::from_secs(10);
            while let Ok(None) = self.child.try_wait() {
                if Instant::now() >= deadline {
                    let _ = self.child.kill();
                    let _ = self.child.wait();
                    break;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        }
    }
}

pub fn send_signal(pid: u32, signal: i32) {
    // SAFETY: kill(2) has no memory-safety preconditions.
    unsafe {
        libc::kill(pid as libc::pid_t, signal);
    }
}

/// True while `pid` is a live (not zombie) process.
pub fn pid_alive(pid: u32) -> bool {
    let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else { return false };
    let state = stat.rsplit(')').next().and_then(|rest| rest.trim_start().chars().next());
    !matches!(state, Some('Z') | Some('X') | None)
}

/// Waits (bounded) until `pid` is no longer a live process.
pub fn wait_pid_gone(pid: u32, limit: Duration) {
    let deadline = Instant::now() + limit;
    while pid_alive(pid) {
        assert!(Instant::now() < deadline, "process {pid} still runs after {limit:?}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|err| panic!("not JSON ({err}): {}", self.text()))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// Checks the error body shape and returns its code.
    pub fn error_code(&self) -> u16 {
        assert_eq!(self.header("Content-Type"), Some("application/json"));
        let body = self.json();
        assert!(body["message"].is_string() && body["description"].is_string(), "{body}");
        let code = body["code"].as_u64().expect("code") as u16;
        assert_eq!(code, self.status, "code equals the HTTP status");
        code
    }
}

/// One HTTP/1.1 request over a fresh connection (`Connection: close`).
pub fn http(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> std::io::Result<Response> {
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(body);
    raw(addr, &bytes)
}

/// Sends `request` as is and reads the response until the server closes.
pub fn raw(addr: SocketAddr, request: &[u8]) -> std::io::Result<Response> {
    let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(5))?;
    stream.set_read_timeout(Some(Duration::from_secs(15)))?;
    stream.set_write_timeout(Some(Duration::from_secs(15)))?;
    stream.write_all(request)?;
    let mut received = Vec::new();
    match stream.read_to_end(&mut received) {
        Ok(_) => {}
        // The server may answer early (413) and reset the connection.
        Err(_) if !received.is_empty() => {}
        Err(err) => return Err(err),
    }
    parse_response(&received)
}

pub fn parse_response(bytes: &[u8]) -> std::io::Result<Response> {
    let bad = |why: &str| std::io::Error::new(std::io::ErrorKind::InvalidData, why.to_string());
    let split = bytes.windows(4).position(|w| w == b"\r\n\r\n").ok_or_else(|| bad("no header end"))?;
    let head = std::str::from_utf8(&bytes[..split]).map_err(|_| bad("head not UTF-8"))?;
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or_default();
    let status = status_line.split(' ').nth(1).and_then(|s| s.parse().ok()).ok_or_else(|| bad(status_line))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let mut body = bytes[split + 4..].to_vec();
    let chunked =
        headers.iter().any(|(k, v)| k.eq_ignore_ascii_case("Transfer-Encoding") && v.eq_ignore_ascii_case("chunked"));
    if chunked {
        body = dechunk(&body).ok_or_else(|| bad("bad chunked body"))?;
    }
    Ok(Response { status, headers, body })
}

fn dechunk(mut bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = bytes.windows(2).position(|w| w == b"\r\n")?;
        let size_text = std::str::from_utf8(&bytes[..line_end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        bytes = &bytes[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(bytes.get(..size)?);
        bytes = bytes.get(size + 2..)?;
    }
}

/// Asserts an error response exactly: status, `code`, `message` and `description`.
pub fn expect_error(response: &Response, status: u16, message: &str, description: &str) {
    assert_eq!(response.status, status, "{}", response.text());
    assert_eq!(response.header("Content-Type"), Some("application/json"));
    assert_eq!(response.json(), json!({"code": status, "message": message, "description": description}));
}

/// An agent in a workdir wired to this checkout's real runtime library
/// (and compiler, once it exists), as the seed's in-place layout does.
pub fn start_real(tag: &str, extra: &[&str]) -> Agent {
    Agent::start_in(oracle::real_workdir(tag), extra)
}

/// A field of `/proc/PID/status` in kB (e.g. `VmRSS`).
pub fn proc_status_kb(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("read /proc status");
    let line = status.lines().find(|line| line.starts_with(&format!("{field}:"))).expect("field in /proc status");
    line.split_whitespace().nth(1).and_then(|n| n.parse().ok()).expect("a number of kB")
}

/// Threads of a process.
pub fn thread_count(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/task")).expect("read /proc task").count()
}

/// A tmpfs mounted on a directory, unmounted (and the directory removed) on
/// drop. `Err` says why this process may not mount.
pub struct Tmpfs {
    path: PathBuf,
}

impl Tmpfs {
    pub fn mount_on(dir: &Path, size: &str) -> Result<Tmpfs, String> {
        let output = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size},mode=0755"), "tmpfs"])
            .arg(dir)
            .output();
        match output {
            Ok(output) if output.status.success() => Ok(Tmpfs { path: dir.to_path_buf() }),
            Ok(output) => Err(format!("cannot mount a tmpfs: {}", String::from_utf8_lossy(&output.stderr).trim())),
            Err(err) => Err(format!("cannot run mount: {err}")),
        }
    }

    /// Makes the file system read-only.
    pub fn remount_read_only(&self) {
        let status = Command::new("mount").args(["-o", "remount,ro"]).arg(&self.path).status().expect("run mount");
        assert!(status.success(), "remount read-only");
    }
}

/// The names in a directory, sorted.
pub fn dir_entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|entry| entry.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.path).status();
        let _ = std::fs::remove_dir(&self.path);
    }
}
