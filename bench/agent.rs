//! The processes the benchmark drives: the release agent in a throwaway
//! workdir wired to this checkout, and bare Node servers. Their log lines are
//! read on their own threads and stamped with the time they arrived, so a
//! start-up is timed from an event, never by polling.

use std::io::{BufRead, BufReader, Read};
use std::net::SocketAddr;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::http;

/// Bound on any start-up the benchmark waits for.
pub const START_LIMIT: Duration = Duration::from_secs(30);

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn agent_binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_containerless-agent"))
}

/// Whether the tracing compiler has landed in this checkout.
pub fn tracing_available() -> bool {
    repo().join("js-transform.sh").exists() && repo().join("node_modules/containerless/tracing").exists()
}

/// Writes the tracing runtime's one-file bundle, as `make build` does, so
/// that Tracing-mode figures are of what ships even when `cargo bench` runs
/// without it (a missing or stale bundle is silently replaced by the
/// slower-loading sources).
pub fn bundle_tracing_runtime() -> Result<(), String> {
    let output = Command::new("node")
        .arg(repo().join("node_modules/containerless/tools/bundle-tracing.js"))
        .output()
        .map_err(|err| format!("run node: {err}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).trim().to_string())
    }
}

/// A directory under the system temp dir, removed on drop.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> Result<TempDir, String> {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let name =
            format!("containerless-bench-{tag}-{}-{}", std::process::id(), COUNTER.fetch_add(1, Ordering::SeqCst));
        let path = std::env::temp_dir().join(name);
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).map_err(|err| format!("create {}: {err}", path.display()))?;
        Ok(TempDir(path))
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

/// A workdir with `js-transform.sh` and `node_modules` symlinked from the checkout.
pub fn workdir(tag: &str) -> Result<TempDir, String> {
    let dir = TempDir::new(tag)?;
    for name in ["js-transform.sh", "node_modules"] {
        std::os::unix::fs::symlink(repo().join(name), dir.path().join(name))
            .map_err(|err| format!("symlink {name}: {err}"))?;
    }
    Ok(dir)
}

/// A line of a child's output and when the benchmark read it.
pub struct Line {
    pub at: Instant,
    pub text: String,
}

/// Reads `output` line by line on its own thread.
fn stamp_lines(output: impl Read + Send + 'static) -> Receiver<Line> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for text in BufReader::new(output).lines() {
            let Ok(text) = text else { break };
            if tx.send(Line { at: Instant::now(), text }).is_err() {
                break;
            }
        }
    });
    rx
}

/// A child process with stamped stderr lines; stopped on drop.
pub struct Process {
    child: Child,
    lines: Receiver<Line>,
    /// Every line read so far, for error messages.
    seen: Vec<String>,
}

impl Process {
    fn spawn(mut command: Command) -> Result<Process, String> {
        command.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::piped());
        // An interrupted benchmark must not leave agents behind: the kernel
        // kills the child when the thread that spawned it goes away.
        // SAFETY: prctl is async-signal-safe; nothing else runs before exec.
        unsafe {
            command.pre_exec(|| {
                if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as libc::c_ulong, 0, 0, 0) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let mut child = command.spawn().map_err(|err| format!("spawn {command:?}: {err}"))?;
        let Some(stderr) = child.stderr.take() else {
            let _ = child.kill();
            return Err("no stderr pipe".into());
        };
        Ok(Process { child, lines: stamp_lines(stderr), seen: Vec::new() })
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Waits for a line containing `needle`; fails on one containing any of `fatal`.
    pub fn wait_line(&mut self, needle: &str, fatal: &[&str], limit: Duration) -> Result<Line, String> {
        let deadline = Instant::now() + limit;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    self.seen.push(line.text.clone());
                    if line.text.contains(needle) {
                        return Ok(line);
                    }
                    if fatal.iter().any(|word| line.text.contains(word)) {
                        return Err(format!("{}\nlog:\n{}", line.text, self.seen.join("\n")));
                    }
                }
                Err(RecvTimeoutError::Timeout) => {
                    return Err(format!("no line with {needle:?} within {limit:?}; log:\n{}", self.seen.join("\n")))
                }
                Err(RecvTimeoutError::Disconnected) => {
                    return Err(format!("exited before {needle:?}; log:\n{}", self.seen.join("\n")))
                }
            }
        }
    }

    /// Sends SIGTERM and waits (bounded) for the exit, then SIGKILL.
    pub fn stop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            // SAFETY: kill(2) has no memory-safety preconditions.
            unsafe {
                libc::kill(self.child.id() as libc::pid_t, libc::SIGTERM);
            }
            let deadline = Instant::now() + Duration::from_secs(10);
            while let Ok(None) = self.child.try_wait() {
                if Instant::now() >= deadline {
                    let _ = self.child.kill();
                    break;
                }
                std::thread::sleep(Duration::from_millis(5));
            }
        }
        let _ = self.child.wait();
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Lines of the agent's log that mean the function will never run.
const AGENT_FATAL: &[&str] = &["compile-error", "runtime-error", "cannot start node", "node exited"];

/// The release agent on a loopback port, pre-initialized.
pub struct Agent {
    pub process: Process,
    pub addr: SocketAddr,
    /// Just before the agent process was spawned.
    pub spawned: Instant,
    /// Removed when the agent is dropped (after the process stopped).
    _workdir: TempDir,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Vanilla,
    Tracing,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Vanilla => "Vanilla",
            Mode::Tracing => "Tracing",
        }
    }
}

impl Agent {
    /// Starts the agent and waits until it listens.
    pub fn start(tag: &str) -> Result<Agent, String> {
        Agent::start_with_node(tag, None)
    }

    /// `start` with `--node CMD` (Node with extra flags) when given.
    pub fn start_with_node(tag: &str, node: Option<&str>) -> Result<Agent, String> {
        Agent::start_with(tag, node, None)
    }

    /// `start` with `--node CMD` and `--prestart 1|0` when given (the
    /// agent's default otherwise: pre-started).
    pub fn start_with(tag: &str, node: Option<&str>, prestart: Option<bool>) -> Result<Agent, String> {
        Agent::start_with_args(tag, node, prestart, &[])
    }

    /// `start_with` and more flags (`--trace-all`).
    pub fn start_with_args(
        tag: &str,
        node: Option<&str>,
        prestart: Option<bool>,
        extra: &[&str],
    ) -> Result<Agent, String> {
        let workdir = workdir(tag)?;
        let mut command = Command::new(agent_binary());
        for (name, _) in std::env::vars() {
            if name.starts_with("CONTAINERLESS_") {
                command.env_remove(name);
            }
        }
        command
            .args(["--listen", "127.0.0.1:0", "--function-port", "0", "--function-host", "127.0.0.1", "--workdir"])
            .arg(workdir.path());
        if let Some(node) = node {
            command.args(["--node", node]);
        }
        if let Some(prestart) = prestart {
            command.arg(if prestart { "--prestart=1" } else { "--prestart=0" });
        }
        command.args(extra);
        let spawned = Instant::now();
        let mut process = Process::spawn(command)?;
        let line = process.wait_line("listening on ", AGENT_FATAL, START_LIMIT)?;
        let addr = line.text.rsplit("listening on ").next().unwrap_or_default().trim();
        let addr = addr.parse().map_err(|_| format!("bad address in {:?}", line.text))?;
        Ok(Agent { process, addr, spawned, _workdir: workdir })
    }

    pub fn pid(&self) -> u32 {
        self.process.pid()
    }

    /// `POST /init`; returns when it was sent (just before the request).
    pub fn init(&self, mode: Mode, code: &str) -> Result<Instant, String> {
        let body = json!({"mode": mode.as_str(), "code": code}).to_string();
        let request = http::post_json("/init", &body);
        let sent = Instant::now();
        let response = http::once(self.addr, &request).map_err(|err| format!("/init: {err}"))?;
        if response.status != 200 {
            return Err(format!("/init answered {}: {}", response.status, response.text()));
        }
        Ok(sent)
    }

    /// Waits for the log line the agent writes when the function runs;
    /// returns when it was read and the function's port.
    pub fn wait_running(&mut self) -> Result<(Instant, u16), String> {
        let line = self.process.wait_line("function ready on port ", AGENT_FATAL, START_LIMIT)?;
        let port = line
            .text
            .split("function ready on port ")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|port| port.parse().ok())
            .ok_or_else(|| format!("no port in {:?}", line.text))?;
        Ok((line.at, port))
    }

    /// Waits for the log line that says the pre-started Node waits for the
    /// function; returns when it was read.
    pub fn wait_node_waiting(&mut self) -> Result<Instant, String> {
        let fatal = ["cannot pre-start node", "in a row died"];
        Ok(self.process.wait_line("node waiting for the function", &fatal, START_LIMIT)?.at)
    }

    /// Waits for the log line that says Node was started; returns its pid.
    /// Call it between `init` and `wait_running` (the line comes first).
    pub fn wait_node_pid(&mut self) -> Result<u32, String> {
        let line = self.process.wait_line("node started (pid ", AGENT_FATAL, START_LIMIT)?;
        line.text
            .split("node started (pid ")
            .nth(1)
            .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
            .and_then(|pid| pid.parse().ok())
            .ok_or_else(|| format!("no pid in {:?}", line.text))
    }

    /// Inits and waits until the function runs; returns its address.
    pub fn start_function(&mut self, mode: Mode, code: &str) -> Result<SocketAddr, String> {
        self.init(mode, code)?;
        let (_, port) = self.wait_running()?;
        Ok(SocketAddr::from(([127, 0, 0, 1], port)))
    }

    pub fn get(&self, target: &str) -> Result<http::Response, String> {
        http::once(self.addr, &http::get(target)).map_err(|err| format!("GET {target}: {err}"))
    }

    pub fn info(&self) -> Result<Value, String> {
        let response = self.get("/info")?;
        serde_json::from_slice(&response.body).map_err(|err| format!("/info is not JSON: {err}"))
    }

    /// `GET /trace`, which must succeed.
    pub fn trace(&self) -> Result<Vec<u8>, String> {
        let response = self.get("/trace")?;
        if response.status != 200 {
            return Err(format!("/trace answered {}: {}", response.status, response.text()));
        }
        Ok(response.body)
    }
}

/// A plain Node `http` server, the cold-start reference.
pub struct BareNode {
    /// Stopped on drop, before the workdir is removed.
    _process: Process,
    _workdir: Option<TempDir>,
}

/// Starts `node bench/plain_server.js` and returns how long it took from
/// spawning to the line it prints once listening.
pub fn bare_node_start() -> Result<(Duration, BareNode), String> {
    let mut command = Command::new("node");
    command.arg(repo().join("bench/plain_server.js")).env("PORT", "0").env("HOST", "127.0.0.1");
    node_start(command)
}

/// Starts `node index.js` holding `code` in a workdir with the runtime
/// library, without the agent (no control channel): how long from spawning
/// until the runtime library reports listening.
pub fn runtime_node_start(code: &str) -> Result<(Duration, BareNode), String> {
    let dir = workdir("runtime")?;
    std::fs::write(dir.path().join("index.js"), code).map_err(|err| format!("write index.js: {err}"))?;
    let mut command = Command::new("node");
    for (name, _) in std::env::vars() {
        if name.starts_with("CONTAINERLESS_") {
            command.env_remove(name);
        }
    }
    command
        .arg("index.js")
        .current_dir(dir.path())
        .env("CONTAINERLESS_MODE", "Vanilla")
        .env("CONTAINERLESS_PORT", "0")
        .env("CONTAINERLESS_HOST", "127.0.0.1");
    let (took, mut node) = node_start(command)?;
    node._workdir = Some(dir);
    Ok((took, node))
}

fn node_start(command: Command) -> Result<(Duration, BareNode), String> {
    let started = Instant::now();
    let mut process = Process::spawn(command)?;
    let line = process.wait_line("listening on ", &[], START_LIMIT)?;
    Ok((line.at - started, BareNode { _process: process, _workdir: None }))
}
