//! Runs the child processes: the tracing compiler and Node.
//!
//! Every child runs in its own process group and gets SIGKILL from the
//! kernel when the thread that spawned it dies (`PR_SET_PDEATHSIG`), so the
//! agent being killed outright leaves no orphan. Stopping a child signals its
//! whole group: TERM, then KILL once the core's kill grace is over (the core
//! keeps that deadline). One thread per child waits
//! for it and reports the outcome as a [`crate::core::Event`]; reader threads forward
//! its output lines to the log without ever blocking the agent.

use std::fs::{self, OpenOptions};
use std::io::{self, BufReader, Read, Write};
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::os::unix::net::UnixStream;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::Duration;

use crossbeam_channel::{bounded, Receiver, Sender};

mod standby;

pub use standby::{spawn_standby, Standby};

use crate::config::Sampling;
use crate::control::{self, read_line_bounded, Message};
use crate::core::{ChildError, CompileFailure, Event, ExitStatus, Mode, SOURCE_FILE, TRACED_FILE, WRITE_SOURCE};
use crate::log;

/// Longest line of child output forwarded to the log.
const OUTPUT_LINE_LIMIT: usize = 16 * 1024;
/// Longest control message; a larger trace is dropped with a warning.
const CONTROL_LINE_LIMIT: usize = 64 * 1024 * 1024;
/// How much of the compiler's stderr is kept for `/info`.
const COMPILER_MESSAGE_LIMIT: usize = 8 * 1024;
/// How much of the end of Node's stderr is kept to explain its exit.
const NODE_STDERR_TAIL: usize = 4 * 1024;
/// How long to wait for output readers once their child has exited.
const DRAIN_WAIT: Duration = Duration::from_secs(1);
/// Fixed by DESIGN.md §2.
const CONTROL_FD: RawFd = 3;

/// Variables meant for the children: the runtime's response timeout, and
/// the binary `js-transform.sh` should run.
const PASSED_TO_CHILDREN: [&str; 2] = ["CONTAINERLESS_RESPONSE_TIMEOUT_MS", "CONTAINERLESS_AGENT_BIN"];

/// Environment variables of the agent that the children must not see (the
/// API token above all).
fn scrub_agent_env(command: &mut Command) {
    for (name, _) in std::env::vars_os() {
        let Some(name) = name.to_str() else { continue };
        if name.starts_with("CONTAINERLESS_") && !PASSED_TO_CHILDREN.contains(&name) {
            command.env_remove(name);
        }
    }
}

/// The compiler is this very binary (`transform` subcommand): telling
/// `js-transform.sh` so spares it resolving its own location (a few ms of
/// cold start), and compiles with the same build that serves. An operator's
/// explicit `CONTAINERLESS_AGENT_BIN` wins.
fn point_transform_at_this_binary(command: &mut Command) {
    if std::env::var_os("CONTAINERLESS_AGENT_BIN").is_none() {
        if let Ok(exe) = std::env::current_exe() {
            command.env("CONTAINERLESS_AGENT_BIN", exe);
        }
    }
}

/// A running child's process group.
#[derive(Clone, Debug)]
pub struct ProcessGroup {
    pid: u32,
    /// Disconnects once the child is reaped (and its group cleaned up).
    reaped: Receiver<()>,
}

impl ProcessGroup {
    pub fn pid(&self) -> u32 {
        self.pid
    }

    fn signal(&self, signal: libc::c_int) {
        // The child leads its own group, so its pid is the group id.
        let pgid = self.pid as libc::pid_t;
        // SAFETY: kill(2) has no memory-safety preconditions.
        unsafe {
            libc::kill(-pgid, signal);
        }
    }

    fn is_reaped(&self) -> bool {
        matches!(self.reaped.try_recv(), Err(crossbeam_channel::TryRecvError::Disconnected))
    }

    /// SIGTERM to the whole group, unless the child is reaped already
    /// (its pid, the group id, may have been reused).
    pub fn terminate(&self) {
        if !self.is_reaped() {
            self.signal(libc::SIGTERM);
        }
    }

    /// SIGKILL to the whole group, unless the child is reaped already.
    pub fn kill(&self) {
        if !self.is_reaped() {
            self.signal(libc::SIGKILL);
        }
    }
}

/// Splits a configured command line on whitespace (no quoting): the
/// program, then its leading arguments, e.g. `node --max-old-space-size=64`.
pub fn split_command(command: &str) -> (&str, Vec<&str>) {
    let mut words = command.split_whitespace();
    let program = words.next().unwrap_or_default();
    (program, words.collect())
}

/// Resolves a configured program: a path with a `/` is relative to the
/// workdir; a bare name is looked up in `PATH` by the OS.
pub fn resolve_program(command: &str, workdir: &Path) -> PathBuf {
    let path = Path::new(command);
    if command.contains('/') && path.is_relative() {
        workdir.join(path)
    } else {
        path.to_path_buf()
    }
}

/// Writes `bytes` to `dir/name` atomically: a private temporary file in the
/// same directory, renamed over the target.
pub fn atomic_write(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    let (temp_path, mut file) = create_temp(dir, name)?;
    let written = file.write_all(bytes).and_then(|_| file.flush());
    drop(file);
    finish_temp(written, &temp_path, &dir.join(name))
}

fn create_temp(dir: &Path, name: &str) -> io::Result<(PathBuf, fs::File)> {
    let temp_path = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let open = || OpenOptions::new().write(true).create_new(true).mode(0o600).open(&temp_path);
    let file = match open() {
        Err(err) if err.kind() == io::ErrorKind::AlreadyExists => {
            // Left over by an agent that died with our pid; it is ours to reuse.
            fs::remove_file(&temp_path)?;
            open()?
        }
        other => other?,
    };
    Ok((temp_path, file))
}

fn finish_temp(written: io::Result<()>, temp: &Path, target: &Path) -> io::Result<()> {
    match written.and_then(|_| fs::rename(temp, target)) {
        Ok(()) => Ok(()),
        Err(err) => {
            let _ = fs::remove_file(temp);
            Err(err)
        }
    }
}

/// Writes `index.js` on a short-lived thread; reports `FilesWritten`.
pub fn write_source(workdir: PathBuf, code: String, events: Sender<Event>) {
    let spawned = thread::Builder::new().name("write-files".into()).spawn({
        let events = events.clone();
        move || {
            let result =
                atomic_write(&workdir, SOURCE_FILE, code.as_bytes()).map_err(|err| ChildError::io(WRITE_SOURCE, err));
            let _ = events.send(Event::FilesWritten(result));
        }
    });
    if let Err(err) = spawned {
        let _ = events.send(Event::FilesWritten(Err(ChildError::io("start a thread to write index.js", err))));
    }
}

/// Prepares `command` to run as a supervised child: own process group,
/// parent-death signal, optional control channel on fd 3.
///
/// The kernel sends the parent-death signal when the *thread* that spawned
/// the child ends, so children are spawned by the state owner, which lives
/// until the agent exits. The signal survives `exec`, so a wrapper script
/// that `exec`s its real program keeps the protection; grandchildren do
/// not inherit it, but they share the process group that stopping kills.
fn supervise(command: &mut Command, control_fd: Option<RawFd>) {
    // SAFETY: getpid is async-signal-safe; computed before fork.
    let parent = unsafe { libc::getpid() };
    command.process_group(0);
    // SAFETY: the closure runs in the forked child before exec and only
    // makes async-signal-safe calls (prctl, getppid, fcntl, dup2).
    unsafe {
        command.pre_exec(move || {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as libc::c_ulong, 0, 0, 0) != 0 {
                return Err(io::Error::last_os_error());
            }
            // The agent died between fork and prctl: nobody would kill us.
            if libc::getppid() != parent {
                return Err(io::Error::other("the agent exited while starting this child"));
            }
            if let Some(fd) = control_fd {
                let status = if fd == CONTROL_FD {
                    libc::fcntl(fd, libc::F_SETFD, 0) // keep it across exec
                } else {
                    libc::dup2(fd, CONTROL_FD) // the copy is not close-on-exec
                };
                if status == -1 {
                    return Err(io::Error::last_os_error());
                }
            }
            Ok(())
        });
    }
}

fn spawn_thread(name: &str, body: impl FnOnce() + Send + 'static) {
    if let Err(err) = thread::Builder::new().name(name.into()).spawn(body) {
        log::error(&format!("cannot start thread {name}: {err}"));
    }
}

/// Which part of a child's output is kept besides the log.
#[derive(Debug, Clone, Copy)]
enum Keep {
    Nothing,
    /// The first bytes: a compiler's message.
    Head(usize),
    /// The last lines: why a Node died, when the runtime could not say.
    Tail(usize),
}

/// Forwards each line of `output` to the log as `[prefix] line`; sends what
/// `keep` asks for on `kept` at end of input.
fn forward_lines(output: impl Read + Send + 'static, prefix: &'static str, keep: Keep, kept: Option<Sender<String>>) {
    spawn_thread(prefix, move || {
        let mut reader = BufReader::new(output);
        let mut text = String::new();
        while let Ok(Some(line)) = read_line_bounded(&mut reader, OUTPUT_LINE_LIMIT) {
            let mut shown = String::from_utf8_lossy(&line.bytes).into_owned();
            if line.truncated {
                shown.push_str(" [line truncated]");
            }
            log::child_output(&format!("[{prefix}] {shown}"));
            match keep {
                Keep::Nothing => {}
                Keep::Head(limit) if text.len() < limit => {
                    text.push_str(&shown);
                    text.push('\n');
                }
                Keep::Head(_) => {}
                Keep::Tail(limit) => {
                    text.push_str(&shown);
                    text.push('\n');
                    if text.len() > 2 * limit {
                        let cut = ceil_char_boundary(&text, text.len() - limit);
                        text.drain(..cut);
                    }
                }
            }
        }
        if let Some(kept) = kept {
            match keep {
                Keep::Tail(limit) if text.len() > limit => {
                    let cut = ceil_char_boundary(&text, text.len() - limit);
                    text.drain(..cut);
                }
                Keep::Head(limit) | Keep::Tail(limit) => text.truncate(floor_char_boundary(&text, limit)),
                Keep::Nothing => {}
            }
            let _ = kept.send(text);
        }
    });
}

fn ceil_char_boundary(text: &str, at: usize) -> usize {
    (at..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len())
}

fn floor_char_boundary(text: &str, at: usize) -> usize {
    (0..=at.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0)
}

fn exit_status(status: std::process::ExitStatus) -> ExitStatus {
    match (status.code(), status.signal()) {
        (Some(code), _) => ExitStatus::Code(code),
        (None, Some(signal)) => ExitStatus::Signal(signal),
        (None, None) => ExitStatus::Code(-1),
    }
}

/// Waits for `child`, then cleans up the rest of its group and marks the
/// group reaped (no more signals to its pid); returns how it ended.
fn reap(mut child: Child, reaped: Sender<()>) -> ExitStatus {
    let waited = child.wait();
    crate::reaper::forget(child.id());
    let status = match waited {
        Ok(status) => exit_status(status),
        Err(err) => {
            log::error(&format!("cannot wait for pid {}: {err}", child.id()));
            ExitStatus::Code(-1)
        }
    };
    // Descendants that outlived the leader would be orphans.
    // SAFETY: kill(2) has no memory-safety preconditions.
    unsafe {
        libc::kill(-(child.id() as libc::pid_t), libc::SIGKILL);
    }
    drop(reaped);
    status
}

/// What the tracing compiler needs.
pub struct CompilerLaunch {
    pub transform: String,
    pub workdir: PathBuf,
}

/// Spawns `<transform> index.js` in the workdir, its stdout going straight
/// into a temporary file that becomes `traced.js` on success. Reports
/// `CompileFinished` when it ends.
pub fn spawn_compiler(launch: &CompilerLaunch, events: Sender<Event>) -> Result<ProcessGroup, ChildError> {
    let (name, leading_args) = split_command(&launch.transform);
    let program = resolve_program(name, &launch.workdir);
    check_executable(&program, name)?;
    let (temp_path, output) =
        create_temp(&launch.workdir, TRACED_FILE).map_err(|err| ChildError::io("create the output file", err))?;
    let mut command = Command::new(&program);
    command
        .args(leading_args)
        .arg(SOURCE_FILE)
        .current_dir(&launch.workdir)
        .stdin(Stdio::null())
        .stdout(Stdio::from(output))
        .stderr(Stdio::piped());
    scrub_agent_env(&mut command);
    point_transform_at_this_binary(&mut command);
    supervise(&mut command, None);
    let mut child = match crate::reaper::spawn(&mut command) {
        Ok(child) => child,
        Err(err) => {
            let _ = fs::remove_file(&temp_path);
            return Err(ChildError::Program { program: launch.transform.clone(), reason: err.to_string() });
        }
    };
    let (stderr_text_tx, stderr_text) = bounded(1);
    if let Some(stderr) = child.stderr.take() {
        forward_lines(stderr, "compiler stderr", Keep::Head(COMPILER_MESSAGE_LIMIT), Some(stderr_text_tx));
    }
    let (reaped_tx, reaped) = bounded(0);
    let group = ProcessGroup { pid: child.id(), reaped };
    let target = launch.workdir.join(TRACED_FILE);
    let command = format!("{} {SOURCE_FILE}", launch.transform);
    spawn_thread("compiler", move || {
        let status = reap(child, reaped_tx);
        let message = stderr_text.recv_timeout(DRAIN_WAIT).unwrap_or_default();
        let result = if status == ExitStatus::Code(0) {
            finish_temp(Ok(()), &temp_path, &target).map_err(|err| CompileFailure::Output(err.to_string()))
        } else {
            let _ = fs::remove_file(&temp_path);
            Err(CompileFailure::Failed { command, status, message: message.trim_end().to_string() })
        };
        let _ = events.send(Event::CompileFinished(result));
    });
    Ok(group)
}

fn check_executable(program: &Path, shown: &str) -> Result<(), ChildError> {
    if !program.is_absolute() && !shown.contains('/') {
        return Ok(()); // a bare name: PATH lookup at spawn tells
    }
    let refused = |reason: String| Err(ChildError::Program { program: shown.to_string(), reason });
    match fs::metadata(program) {
        Err(err) => refused(err.to_string()),
        Ok(meta) if !meta.is_file() => refused("not a file".into()),
        Ok(meta) if meta.permissions().mode() & 0o111 == 0 => refused("not executable".into()),
        Ok(_) => Ok(()),
    }
}

/// The runtime library's bootstrap a pre-started Node runs (relative to the
/// workdir): it waits on the control channel for `run`.
pub const PRESTART_FILE: &str = "node_modules/containerless/prestart.js";

/// What Node needs.
pub struct NodeLaunch {
    pub node: String,
    pub workdir: PathBuf,
    /// `None` for a pre-started Node: the mode comes with `run`.
    pub mode: Option<Mode>,
    /// The Node flags of the mode the process is for ([`mode_flags`]).
    pub flags: Vec<String>,
    pub entry: &'static str,
    pub port: u16,
    pub host: String,
    /// Which requests Tracing mode traces (`--trace-*`): passed to every
    /// Node, as a pre-started one learns its mode only with `run`.
    pub sampling: Sampling,
}

/// V8's stack for the instrumented program, in KiB. An instrumented frame
/// is about twice as large as the plain one (its temporaries and the
/// tracer's frame object), so with V8's default (984 KiB) recursion in
/// Tracing mode overflowed at half of Vanilla's depth; three times the
/// default reaches past Vanilla's.
const TRACING_STACK_KIB: u64 = 2952;

/// Node flags for a process that will run `mode`'s program: Vanilla runs
/// as `node index.js` would, with none; Tracing gets a larger V8 stack
/// ([`TRACING_STACK_KIB`]), kept within the thread's real stack (V8 does
/// not check that its limit fits, and a limit past the end crashes).
pub fn mode_flags(mode: Mode) -> Vec<String> {
    let stack_kib = match mode {
        Mode::Vanilla => None,
        Mode::Tracing => tracing_stack_kib(main_stack_limit_kib()),
    };
    stack_kib.map(|kib| format!("--stack-size={kib}")).into_iter().collect()
}

/// The soft `RLIMIT_STACK` in KiB (the main thread's stack), `None` when
/// unlimited.
fn main_stack_limit_kib() -> Option<u64> {
    let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit(2) writes the struct we pass and nothing else.
    let read = unsafe { libc::getrlimit(libc::RLIMIT_STACK, &mut limit) } == 0;
    (read && limit.rlim_cur != libc::RLIM_INFINITY).then_some(limit.rlim_cur / 1024)
}

/// The stack for instrumented code: [`TRACING_STACK_KIB`], or three
/// quarters of a smaller real stack (the rest is Node's native frames);
/// `None` (V8's default) when that would not be larger than the default.
fn tracing_stack_kib(limit_kib: Option<u64>) -> Option<u64> {
    const V8_DEFAULT_KIB: u64 = 984;
    let kib = limit_kib.map_or(TRACING_STACK_KIB, |limit| TRACING_STACK_KIB.min(limit / 4 * 3));
    (kib > V8_DEFAULT_KIB).then_some(kib)
}

/// A running Node process and the agent's end of its control channel.
pub struct NodeProcess {
    pub group: ProcessGroup,
    /// For writing `sync` lines; a separate clone is read by a thread.
    pub control: UnixStream,
}

impl NodeProcess {
    /// Sends `sync` number `id`; an error means the channel is gone.
    pub fn send_sync(&mut self, id: u64) -> io::Result<()> {
        self.control.write_all(control::sync_line(id).as_bytes())
    }

    /// Tells a pre-started Node to run `entry` in `mode`.
    pub fn send_run(&mut self, mode: Mode, entry: &str) -> io::Result<()> {
        self.control.write_all(control::run_line(mode, entry).as_bytes())
    }
}

/// Spawns `node <entry>` in the workdir with the runtime's environment and
/// the control channel on fd 3. Reports control messages as events, and
/// `NodeExited` (after the messages sent before the exit) when it ends.
pub fn spawn_node(launch: &NodeLaunch, events: Sender<Event>) -> Result<NodeProcess, ChildError> {
    let (agent_end, child_end) = UnixStream::pair().map_err(|err| ChildError::io("create the control channel", err))?;
    let reader_end = agent_end.try_clone().map_err(|err| ChildError::io("clone the control channel", err))?;
    // A runtime that stops reading must not stall the state owner.
    agent_end
        .set_write_timeout(Some(Duration::from_secs(1)))
        .map_err(|err| ChildError::io("configure the control channel", err))?;
    let (name, leading_args) = split_command(&launch.node);
    let program = resolve_program(name, &launch.workdir);
    // Tracing: the runtime's bootstrap runs traced.js, with Node's source
    // maps turned on first (stack traces at index.js); a library without
    // it still runs traced.js, only without them.
    let run_now = launch.mode == Some(Mode::Tracing) && launch.workdir.join(PRESTART_FILE).is_file();
    let mut command = Command::new(&program);
    command
        .args(&launch.flags) // before the operator's own, which win
        .args(leading_args)
        .arg(if run_now { PRESTART_FILE } else { launch.entry })
        .current_dir(&launch.workdir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    scrub_agent_env(&mut command);
    if let Some(mode) = launch.mode {
        command.env("CONTAINERLESS_MODE", mode.as_str());
    }
    if run_now {
        command.env("CONTAINERLESS_RUN", launch.entry);
    }
    command
        .env("CONTAINERLESS_PORT", launch.port.to_string())
        .env("CONTAINERLESS_HOST", &launch.host)
        .env("CONTAINERLESS_CONTROL_FD", CONTROL_FD.to_string());
    // The tracer's settings (a pre-started runtime drops them for Vanilla):
    // a Vanilla function sees the environment `node index.js` would.
    if launch.mode != Some(Mode::Vanilla) {
        command.envs(launch.sampling.env());
    }
    supervise(&mut command, Some(child_end.as_raw_fd()));
    let spawned = crate::reaper::spawn(&mut command);
    drop(child_end); // only Node may hold it, so its exit is our EOF
    let mut child =
        spawned.map_err(|err| ChildError::Node { command: launch.node.clone(), reason: err.to_string() })?;
    if let Some(stdout) = child.stdout.take() {
        forward_lines(stdout, "node stdout", Keep::Nothing, None);
    }
    let (stderr_tail_tx, stderr_tail) = bounded(1);
    if let Some(stderr) = child.stderr.take() {
        forward_lines(stderr, "node stderr", Keep::Tail(NODE_STDERR_TAIL), Some(stderr_tail_tx));
    }
    let (control_done_tx, control_done) = bounded::<()>(0);
    read_control(reader_end, events.clone(), control_done_tx);
    let (reaped_tx, reaped) = bounded(0);
    let group = ProcessGroup { pid: child.id(), reaped };
    spawn_thread("node", move || {
        let status = reap(child, reaped_tx);
        // Deliver what Node said before dying ahead of the exit itself.
        let _ = control_done.recv_timeout(DRAIN_WAIT);
        if let Ok(tail) = stderr_tail.recv_timeout(DRAIN_WAIT) {
            let _ = events.send(Event::NodeStderr(tail));
        }
        let _ = events.send(Event::NodeExited(status));
    });
    Ok(NodeProcess { group, control: agent_end })
}

fn read_control(stream: UnixStream, events: Sender<Event>, done: Sender<()>) {
    spawn_thread("control", move || {
        let mut reader = BufReader::new(stream);
        loop {
            let line = match read_line_bounded(&mut reader, CONTROL_LINE_LIMIT) {
                Ok(Some(line)) => line,
                Ok(None) => break,
                Err(err) => {
                    log::warn(&format!("control channel read failed: {err}"));
                    break;
                }
            };
            if line.truncated {
                log::warn(&format!("dropping a control message longer than {CONTROL_LINE_LIMIT} bytes"));
                continue;
            }
            if line.bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let event = match control::parse_line(&line.bytes) {
                Ok(Message::Ready { port }) => Event::FunctionReady { port },
                Ok(Message::Trace(trace)) => Event::TraceReceived(trace),
                Ok(Message::Error(text)) => Event::FunctionError(text),
                Ok(Message::Synced { id }) => Event::SyncDone { id },
                Ok(Message::Heartbeat(counts)) => Event::Heartbeat(counts),
                Ok(Message::Waiting) => Event::RuntimeWaiting,
                Err(err) => {
                    let message = format!("ignoring a control message: {err}");
                    log::log_with(log::Level::Warn, &message, &[("code", &err.code().to_string())]);
                    continue;
                }
            };
            if events.send(event).is_err() {
                break;
            }
        }
        let _ = events.send(Event::ControlClosed);
        drop(done);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tracing_code_cache_is_made_under_the_tracing_stack() {
        // V8 rejects a code cache made with other flags (README, Pre-started Node).
        let tool = include_str!("../node_modules/containerless/tools/bundle-tracing.js");
        assert!(tool.contains(&format!("'--stack-size={TRACING_STACK_KIB}'")), "bundle-tracing.js's flag");
    }

    #[test]
    fn the_tracing_stack_fits_the_real_one() {
        assert_eq!(tracing_stack_kib(None), Some(TRACING_STACK_KIB), "unlimited");
        assert_eq!(tracing_stack_kib(Some(8192)), Some(TRACING_STACK_KIB), "the usual 8 MiB");
        assert_eq!(tracing_stack_kib(Some(2048)), Some(1536), "three quarters of a small stack");
        assert_eq!(tracing_stack_kib(Some(1024)), None, "no larger than V8's default: keep it");
        assert!(mode_flags(Mode::Vanilla).is_empty(), "Vanilla runs as `node index.js`");
    }

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("cl-supervisor-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn atomic_write_replaces_the_file_with_private_mode() {
        let dir = temp_dir("atomic");
        fs::write(dir.join("index.js"), "old").unwrap();
        atomic_write(&dir, "index.js", b"new").unwrap();
        assert_eq!(fs::read_to_string(dir.join("index.js")).unwrap(), "new");
        let mode = fs::metadata(dir.join("index.js")).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        let leftovers: Vec<_> = fs::read_dir(&dir).unwrap().filter_map(Result::ok).collect();
        assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn atomic_write_into_a_missing_dir_fails_cleanly() {
        let dir = std::env::temp_dir().join("cl-supervisor-does-not-exist/nested");
        assert!(atomic_write(&dir, "index.js", b"x").is_err());
    }

    #[test]
    fn programs_with_a_slash_are_relative_to_the_workdir() {
        let workdir = Path::new("/srv/fn");
        assert_eq!(resolve_program("./js-transform.sh", workdir), PathBuf::from("/srv/fn/./js-transform.sh"));
        assert_eq!(resolve_program("bin/t", workdir), PathBuf::from("/srv/fn/bin/t"));
        assert_eq!(resolve_program("/usr/bin/node", workdir), PathBuf::from("/usr/bin/node"));
        assert_eq!(resolve_program("node", workdir), PathBuf::from("node"));
    }

    #[test]
    fn commands_split_on_whitespace() {
        assert_eq!(split_command("node"), ("node", vec![]));
        assert_eq!(
            split_command("  node  --max-old-space-size=64\t--x "),
            ("node", vec!["--max-old-space-size=64", "--x"])
        );
        assert_eq!(split_command(""), ("", vec![]));
    }

    #[test]
    fn char_boundary_floor() {
        assert_eq!(floor_char_boundary("aé", 2), 1);
        assert_eq!(floor_char_boundary("abc", 10), 3);
    }
}
