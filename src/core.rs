//! The agent's lifecycle as a sans-IO state machine.
//!
//! `Core` holds the whole lifecycle state and nothing else: no threads,
//! clocks, sockets, files or processes. Drivers feed it [`Event`]s (with the
//! current monotonic time in milliseconds) and carry out the [`Action`]s it
//! returns. The core owns its timers (as quinn-proto's `Connection` does):
//! its [`Timeouts`] come with its construction, it keeps a deadline for the
//! compiler, for Node becoming ready, for the sync on the wire and for a
//! child ignoring SIGTERM, and
//! [`Core::poll_timeout`] tells the driver the next one. The driver sleeps
//! until then (or the next event) and calls [`Core::handle_timeout`], which
//! fires every deadline that has passed. A stale event (a compiler result
//! after the compiler was killed, ...) is ignored.
//!
//! The state is one `Phase` holding what that state needs (its start, its
//! deadline, the waiting trace requests, why it failed), so no field beside
//! it has to agree with it; beside it are only the children (the compiler,
//! the function's Node, the waiting Node) and what outlives a state. Errors
//! come in typed (`failure`: [`ChildError`], [`CompileFailure`]) and the
//! `/info` error text is made in one place ([`Failure`]).
//!
//! How to drive this:
//!
//! ```text
//! let mut core = Core::new(timeouts);
//! carry out core.handle(clock_ms(), AgentStarted { prestart }) as below;
//! loop {
//!     let wake = core.poll_timeout();   // a time in ms, or None
//!     let actions = match next of { request from a worker, report from a
//!                                   process thread, the clock reaching wake } {
//!         an event => core.handle(clock_ms(), event),
//!         the clock => core.handle_timeout(clock_ms()),
//!     };
//!     for action in actions {
//!         match action {
//!             WriteFiles{code}   => write index.js off-thread, then feed FilesWritten
//!             StartCompiler      => spawn the transform, feed CompilerStarted or
//!                                   CompileFinished(Err); later CompileFinished
//!             StartNode{..}      => spawn Node, feed NodeStarted or NodeStartFailed;
//!                                   later feed FunctionReady, TraceReceived,
//!                                   FunctionError, SyncDone, NodeStderr, NodeExited
//!             PrestartNode       => spawn the waiting Node, feed PrestartStarted or
//!                                   PrestartFailed; later RuntimeWaiting, NodeStderr,
//!                                   NodeExited
//!             RunFunction{..}    => write the run line to the waiting Node; on a
//!                                   write failure feed NodeStartFailed; then as
//!                                   after StartNode
//!             KillCompiler / KillNode => SIGTERM to the process group
//!             ForceKillCompiler / ForceKillNode => SIGKILL to it (the grace is over)
//!             SendSync{id}       => write the sync line; on a write failure feed
//!                                   ControlClosed
//!             Reply{to, reply}   => answer the waiting worker `to`
//!             Log{..}            => write the log line
//!         }
//!     }
//!     // Plain queries need no event: core.status(), core.info(), core.readiness(now).
//! }
//! ```

use bytes::Bytes;
use serde::{Serialize, Serializer};

use crate::error::ApiError;
use crate::log::Level;

mod failure;
pub use failure::{ChildError, CompileFailure, Failure, NotReady};

/// How the function runs: instrumented for tracing, or as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
pub enum Mode {
    Tracing,
    Vanilla,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Tracing => "Tracing",
            Mode::Vanilla => "Vanilla",
        }
    }

    /// The program Node runs in this mode.
    pub fn entry_file(self) -> &'static str {
        match self {
            Mode::Tracing => TRACED_FILE,
            Mode::Vanilla => SOURCE_FILE,
        }
    }
}

/// The function as received.
pub const SOURCE_FILE: &str = "index.js";
/// The instrumented function, produced by the compiler.
pub const TRACED_FILE: &str = "traced.js";
/// What writing [`SOURCE_FILE`] is called in a [`ChildError::Io`].
pub const WRITE_SOURCE: &str = "write index.js";

/// The externally visible lifecycle state (`GET /status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    PreInitialized,
    Compiling,
    CompileError,
    Running,
    RuntimeError,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::PreInitialized => "pre-initialized",
            Status::Compiling => "compiling",
            Status::CompileError => "compile-error",
            Status::Running => "running",
            Status::RuntimeError => "runtime-error",
        }
    }
}

impl Serialize for Status {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Finer than [`Status`], and holding what each state needs: the three
/// steps of "compiling" are told apart, each with when it began and its
/// deadline; `running` holds the trace requests; the error states hold why.
#[derive(Debug)]
enum Phase {
    PreInitialized,
    /// `index.js` is being written; `/init` was accepted at `since_ms`.
    WritingFiles {
        mode: Mode,
        since_ms: u64,
    },
    /// The compiler runs (Tracing only); it is killed at `deadline_ms`.
    Compiling {
        since_ms: u64,
        deadline_ms: u64,
    },
    /// Node was started (or told to run) at `since_ms`; it is killed at
    /// `deadline_ms` unless the function is ready by then.
    Starting {
        mode: Mode,
        since_ms: u64,
        deadline_ms: u64,
    },
    Running {
        mode: Mode,
        syncs: Syncs,
    },
    CompileError {
        mode: Mode,
        failure: Failure,
    },
    RuntimeError {
        mode: Mode,
        failure: Failure,
    },
}

impl Phase {
    fn status(&self) -> Status {
        match self {
            Phase::PreInitialized => Status::PreInitialized,
            Phase::WritingFiles { .. } | Phase::Compiling { .. } | Phase::Starting { .. } => Status::Compiling,
            Phase::Running { .. } => Status::Running,
            Phase::CompileError { .. } => Status::CompileError,
            Phase::RuntimeError { .. } => Status::RuntimeError,
        }
    }

    fn mode(&self) -> Option<Mode> {
        match self {
            Phase::PreInitialized => None,
            Phase::Compiling { .. } => Some(Mode::Tracing),
            Phase::WritingFiles { mode, .. }
            | Phase::Starting { mode, .. }
            | Phase::Running { mode, .. }
            | Phase::CompileError { mode, .. }
            | Phase::RuntimeError { mode, .. } => Some(*mode),
        }
    }

    /// The one deadline this state waits for, if any: the compiler's,
    /// Node becoming ready, or the sync on the wire.
    fn deadline_ms(&self) -> Option<u64> {
        match self {
            Phase::Compiling { deadline_ms, .. } | Phase::Starting { deadline_ms, .. } => Some(*deadline_ms),
            Phase::Running { syncs, .. } => syncs.in_flight.map(|sync| sync.deadline_ms),
            _ => None,
        }
    }

    fn failure(&self) -> Option<&Failure> {
        match self {
            Phase::CompileError { failure, .. } | Phase::RuntimeError { failure, .. } => Some(failure),
            _ => None,
        }
    }
}

/// How a child process ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ExitStatus {
    Code(i32),
    Signal(i32),
}

impl std::fmt::Display for ExitStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExitStatus::Code(code) => write!(f, "exit code {code}"),
            ExitStatus::Signal(signal) => write!(f, "signal {signal}"),
        }
    }
}

/// The Nodes started with the agent, before any `/init` (DESIGN.md §2,
/// "Pre-starting"): one per mode, each with its mode's Node flags, treated
/// as one waiting runtime. At `/init` the mode's one becomes the function's
/// and the other is stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Prestart {
    /// Turned off (`--prestart 0`): Node starts at `/init`.
    Off,
    /// Spawned; the runtime has not said `waiting` yet.
    Starting,
    /// The runtime waits for the function.
    Waiting,
    /// The function runs in the pre-started Node.
    Used,
    /// Could not be started, or kept dying: Node starts at `/init`.
    Failed,
    /// Stopped unused: the function did not compile.
    Unused,
}

/// The waiting Nodes' pids, by the mode each is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WaitingPids {
    #[serde(rename = "Vanilla")]
    pub vanilla: u32,
    #[serde(rename = "Tracing")]
    pub tracing: u32,
}

impl WaitingPids {
    pub fn of(self, mode: Mode) -> u32 {
        match mode {
            Mode::Vanilla => self.vanilla,
            Mode::Tracing => self.tracing,
        }
    }
}

impl std::fmt::Display for WaitingPids {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "pid {} for Vanilla, {} for Tracing", self.vanilla, self.tracing)
    }
}

/// A pre-started Node that exits sooner than this after its spawn failed
/// to start; one that lived longer was killed by something else.
pub const PRESTART_MIN_LIFE_MS: u64 = 1000;
/// Quick failures in a row after which pre-starting gives up.
pub const PRESTART_MAX_QUICK_FAILURES: u32 = 3;

/// Identifies a waiting worker; chosen by the driver.
pub type ReplyId = u64;
/// Identifies one `sync` sent to the runtime; chosen by the core.
pub type SyncId = u64;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The agent is up; fed once, first. With `prestart`, Node starts now.
    AgentStarted {
        prestart: bool,
    },
    /// The waiting Node was spawned.
    PrestartStarted {
        pids: WaitingPids,
    },
    /// The waiting Node could not be spawned (or the runtime library has
    /// no bootstrap): Node will start at `/init`.
    PrestartFailed(ChildError),
    /// The waiting Node's runtime said `waiting`: ready for the function.
    RuntimeWaiting,
    /// `POST /init` with a valid body.
    InitRequested {
        reply: ReplyId,
        mode: Mode,
        code: String,
    },
    /// `index.js` (and nothing else yet) was written, or could not be.
    FilesWritten(Result<(), ChildError>),
    /// The compiler process was spawned.
    CompilerStarted {
        pid: u32,
    },
    /// The compiler ended; `Err` carries why the program did not compile.
    CompileFinished(Result<(), CompileFailure>),
    NodeStarted {
        pid: u32,
    },
    NodeStartFailed(ChildError),
    /// The runtime reported that the function listens on `port`.
    FunctionReady {
        port: u16,
    },
    /// The runtime published its whole current trace (raw JSON).
    TraceReceived(Bytes),
    /// The runtime reported an uncaught exception (it exits next).
    FunctionError(String),
    /// The end of Node's stderr, sent just before `NodeExited`.
    NodeStderr(String),
    NodeExited(ExitStatus),
    /// `GET /trace` or `POST /trace/eval`: wants the current trace.
    TraceRequested {
        reply: ReplyId,
    },
    /// The runtime answered `sync` number `id`.
    SyncDone {
        id: SyncId,
    },
    /// The control channel can no longer carry a `sync`.
    ControlClosed,
    /// The runtime's event loop is turning: it sends this every 250 ms (and
    /// before each `synced`), with its request counts in Tracing mode.
    Heartbeat(Option<TraceCounts>),
    /// SIGINT/SIGTERM: stop everything.
    Shutdown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Reply {
        to: ReplyId,
        reply: Reply,
    },
    Log {
        level: Level,
        message: String,
    },
    /// Write `index.js` with `code`, atomically.
    WriteFiles {
        code: String,
    },
    /// Run the tracing compiler on `index.js`, producing `traced.js`.
    StartCompiler,
    /// SIGTERM to the compiler's group; the core sends `ForceKillCompiler`
    /// if it has not exited after the kill grace.
    KillCompiler,
    ForceKillCompiler,
    /// Run `node <entry>` in `mode`.
    StartNode {
        mode: Mode,
        entry: &'static str,
    },
    /// Start the Nodes that wait for the function (`node prestart.js`),
    /// one per mode.
    PrestartNode,
    /// Tell the waiting Node to run `entry` in `mode` as its main module.
    RunFunction {
        mode: Mode,
        entry: &'static str,
    },
    /// SIGTERM to Node's group; `ForceKillNode` follows after the grace.
    KillNode,
    ForceKillNode,
    /// Send `sync` number `id` (the core times it out itself).
    SendSync {
        id: SyncId,
    },
}

/// The longest a trace request waits for the runtime's `synced`.
pub const SYNC_TIMEOUT_MS: u64 = 2000;

/// The core's time limits, in milliseconds (the driver's clock).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// From spawning the compiler to its result (`--compile-timeout`).
    pub compile_ms: u64,
    /// From starting Node (or telling the waiting one to run) to the
    /// function listening (`--start-timeout`).
    pub start_ms: u64,
    /// The longest a trace request waits for `synced` ([`SYNC_TIMEOUT_MS`]).
    pub sync_ms: u64,
    /// A running function whose heartbeats stop for longer is not ready
    /// (`--heartbeat-timeout`); only reported, so it is no deadline.
    pub blocked_after_ms: u64,
    /// From SIGTERM to SIGKILL for a child that does not exit (`--kill-grace`).
    pub kill_grace_ms: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    InitAccepted,
    Trace(Bytes),
    Refused(ApiError),
}

/// A trace request waiting for the runtime's `synced`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct PendingTrace {
    /// Answered once `synced` for this id (or a later one) arrives.
    sync: SyncId,
    reply: ReplyId,
    arrived_ms: u64,
}

/// How many requests the tracing runtime traced and left untraced, and
/// whether its trace has settled (docs/SPEC.md §5 "Tracing cost").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TraceCounts {
    pub traced: u64,
    pub untraced: u64,
    pub settled: bool,
}

/// What `GET /info` shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Info {
    pub version: &'static str,
    pub state: Status,
    pub mode: Option<Mode>,
    /// Why the state is `compile-error` or `runtime-error` ([`Failure`]).
    pub error: Option<String>,
    /// [`Failure::code`] of `error`: stable, for machines.
    pub error_code: Option<u16>,
    /// The last uncaught-exception text the runtime reported.
    pub function_error: Option<String>,
    pub compiler_pid: Option<u32>,
    pub node_pid: Option<u32>,
    pub exit_status: Option<ExitStatus>,
    pub function_port: Option<u16>,
    pub compile_ms: Option<u64>,
    pub start_ms: Option<u64>,
    pub trace_bytes: Option<usize>,
    /// Why `/readyz` is 503, when it is (filled by the driver, which knows
    /// the time: see [`Core::readiness`]).
    pub not_ready: Option<String>,
    /// Which way Node was (or will be) started.
    pub prestart: Prestart,
    /// The waiting Node, before `/init` (then it is `nodePid`).
    pub prestart_pids: Option<WaitingPids>,
    /// From spawning the waiting Node to its runtime saying `waiting`.
    pub prestart_ms: Option<u64>,
    /// Waiting Nodes started again after one died.
    pub prestart_restarts: u32,
    /// Tracing mode: requests traced and not ([`TraceCounts`]), as of the
    /// runtime's last heartbeat.
    pub traced_requests: Option<u64>,
    pub untraced_requests: Option<u64>,
    pub trace_settled: Option<bool>,
}

/// Trace requests and the `sync`s that answer them, while running.
#[derive(Debug)]
struct Syncs {
    /// The id of the next sync sent.
    next: SyncId,
    /// Trace requests: the sync each waits for, and when it arrived.
    pending: Vec<PendingTrace>,
    /// The one sync on the wire that is not answered yet.
    in_flight: Option<InFlight>,
    /// A sync timed out and the runtime has not answered one since: trace
    /// requests get the last trace at once, and no sync is sent, so lines
    /// never pile up in the channel of a runtime that does not read them.
    stalled: bool,
}

#[derive(Debug, Clone, Copy)]
struct InFlight {
    id: SyncId,
    /// Unanswered by then, it is given up (the earliest waiter's limit).
    deadline_ms: u64,
}

impl Syncs {
    fn new() -> Syncs {
        Syncs { next: 1, pending: Vec::new(), in_flight: None, stalled: false }
    }

    /// Sends the next sync, timed so that no waiting request waits longer
    /// than `sync_ms` in all.
    fn send(&mut self, now_ms: u64, sync_ms: u64, out: &mut Actions) {
        let id = self.next;
        self.next += 1;
        let earliest = self.pending.iter().map(|pending| pending.arrived_ms).min().unwrap_or(now_ms);
        self.in_flight = Some(InFlight { id, deadline_ms: earliest.saturating_add(sync_ms).max(now_ms + 1) });
        out.push(Action::SendSync { id });
    }
}

/// The function's Node, from the core asking for it (a waiting Node that
/// runs the function becomes it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FunctionNode {
    NotAsked,
    /// `StartNode` or `RunFunction` was sent; `pid` once known. The control
    /// channel is open from the spawn until it closes or Node exits.
    Asked {
        pid: Option<u32>,
        control_open: bool,
    },
    Exited {
        pid: Option<u32>,
        status: ExitStatus,
    },
}

impl FunctionNode {
    fn pid(self) -> Option<u32> {
        match self {
            FunctionNode::NotAsked => None,
            FunctionNode::Asked { pid, .. } | FunctionNode::Exited { pid, .. } => pid,
        }
    }

    /// Spawned and not reported gone.
    fn is_alive(self) -> bool {
        matches!(self, FunctionNode::Asked { .. })
    }

    /// Its pid is known and it has not exited: it can be told to stop.
    fn is_running(self) -> bool {
        matches!(self, FunctionNode::Asked { pid: Some(_), .. })
    }

    /// A `sync` can reach its runtime.
    fn can_sync(self) -> bool {
        matches!(self, FunctionNode::Asked { control_open: true, .. })
    }
}

/// The Nodes started before `/init` to wait for the function (one per
/// mode, one waiting runtime to the core), and their record.
#[derive(Debug)]
struct Prestarting {
    state: Prestart,
    /// While they live, until one runs the function.
    pids: Option<WaitingPids>,
    spawned_ms: u64,
    /// From their spawn to both runtimes saying `waiting`.
    took_ms: Option<u64>,
    /// Waiting Nodes started again after one died.
    restarts: u32,
    /// Waiting Nodes in a row that died within `PRESTART_MIN_LIFE_MS`.
    quick_failures: u32,
}

/// The compiler, from the core asking for it until its result.
#[derive(Debug)]
struct Compiler {
    /// Known once the spawn is reported.
    pid: Option<u32>,
    /// Told to stop: it is killed at this time unless it finished.
    kill_at_ms: Option<u64>,
}

#[derive(Debug)]
pub struct Core {
    timeouts: Timeouts,
    phase: Phase,
    shutting_down: bool,
    /// While the compiler runs.
    compiler: Option<Compiler>,
    /// The function's Node.
    node: FunctionNode,
    /// Node (the function's or the waiting one: one Node process exists at
    /// a time), told to stop, is killed at this time unless it exited.
    node_kill_ms: Option<u64>,
    /// The last uncaught-exception text the runtime reported.
    function_error: Option<String>,
    /// The end of Node's stderr once it exited.
    node_stderr: Option<String>,
    /// When the runtime's last heartbeat arrived; `None` before the first
    /// (a runtime that sends none is never taken for blocked).
    heartbeat_ms: Option<u64>,
    trace: Option<Bytes>,
    /// The tracing runtime's last counts.
    trace_counts: Option<TraceCounts>,
    // Figures that outlive the state that measured them, for `/info`.
    compile_ms: Option<u64>,
    start_ms: Option<u64>,
    function_port: Option<u16>,
    /// The waiting Node, before `/init`.
    prestart: Prestarting,
}

impl Core {
    pub fn new(timeouts: Timeouts) -> Core {
        Core {
            timeouts,
            phase: Phase::PreInitialized,
            shutting_down: false,
            compiler: None,
            node: FunctionNode::NotAsked,
            node_kill_ms: None,
            function_error: None,
            node_stderr: None,
            heartbeat_ms: None,
            trace: None,
            trace_counts: None,
            compile_ms: None,
            start_ms: None,
            function_port: None,
            prestart: Prestarting {
                state: Prestart::Off,
                pids: None,
                spawned_ms: 0,
                took_ms: None,
                restarts: 0,
                quick_failures: 0,
            },
        }
    }

    pub fn status(&self) -> Status {
        self.phase.status()
    }

    pub fn info(&self) -> Info {
        let failure = self.phase.failure();
        Info {
            version: env!("CARGO_PKG_VERSION"),
            state: self.status(),
            mode: self.phase.mode(),
            error: failure.map(Failure::to_string),
            error_code: failure.map(Failure::code),
            function_error: self.function_error.clone(),
            compiler_pid: self.compiler.as_ref().and_then(|compiler| compiler.pid),
            node_pid: self.node.pid(),
            exit_status: match self.node {
                FunctionNode::Exited { status, .. } => Some(status),
                _ => None,
            },
            function_port: self.function_port,
            compile_ms: self.compile_ms,
            start_ms: self.start_ms,
            trace_bytes: self.trace.as_ref().map(Bytes::len),
            prestart: self.prestart.state,
            prestart_pids: self.prestart.pids.filter(|_| self.prestart_waits()),
            prestart_ms: self.prestart.took_ms,
            prestart_restarts: self.prestart.restarts,
            not_ready: None,
            traced_requests: self.trace_counts.map(|counts| counts.traced),
            untraced_requests: self.trace_counts.map(|counts| counts.untraced),
            trace_settled: self.trace_counts.map(|counts| counts.settled),
        }
    }

    /// `Ok` when the function can take a request (`/readyz`): `running`,
    /// and its event loop turned within `Timeouts::blocked_after_ms`. A
    /// blocked loop is only reported; ending the function is the operator's call.
    pub fn readiness(&self, now_ms: u64) -> Result<(), NotReady> {
        if !matches!(self.phase, Phase::Running { .. }) {
            return Err(NotReady::State(self.status()));
        }
        match self.heartbeat_ms.map(|at| now_ms.saturating_sub(at)) {
            Some(silent_ms) if silent_ms > self.timeouts.blocked_after_ms => Err(NotReady::Blocked { silent_ms }),
            _ => Ok(()),
        }
    }

    /// True while the compiler or Node may still be running.
    pub fn children_running(&self) -> bool {
        self.compiler.is_some() || self.node_alive()
    }

    /// The function's Node or a waiting one is spawned and not reported gone.
    fn node_alive(&self) -> bool {
        self.node.is_alive() || self.prestart_alive()
    }

    /// A waiting Node was started and has not run the function yet.
    fn prestart_waits(&self) -> bool {
        matches!(self.prestart.state, Prestart::Starting | Prestart::Waiting)
    }

    /// A waiting Node is spawned and not reported gone.
    fn prestart_alive(&self) -> bool {
        let spawned = matches!(self.prestart.state, Prestart::Starting | Prestart::Waiting | Prestart::Unused);
        spawned && self.prestart.pids.is_some()
    }

    #[cfg(test)]
    fn is_shutting_down(&self) -> bool {
        self.shutting_down
    }

    /// When [`Core::handle_timeout`] must next be called, if ever: the
    /// earliest deadline the core keeps. Once shutting down, only the kill
    /// graces are left to time: the children were told to stop.
    pub fn poll_timeout(&self) -> Option<u64> {
        let phase = self.phase.deadline_ms().filter(|_| !self.shutting_down);
        let compiler_kill = self.compiler.as_ref().and_then(|compiler| compiler.kill_at_ms);
        [phase, compiler_kill, self.node_kill_ms].into_iter().flatten().min()
    }

    /// Fires every deadline at or before `now_ms` (each once); returns what
    /// the driver must do, in order. Early or repeated calls do nothing.
    pub fn handle_timeout(&mut self, now_ms: u64) -> Vec<Action> {
        let mut out = Actions(Vec::new());
        if !self.shutting_down && self.phase.deadline_ms().is_some_and(|at| at <= now_ms) {
            // Each handler leaves the state or clears the deadline.
            match self.phase {
                Phase::Compiling { .. } => self.on_compile_timeout(now_ms, &mut out),
                Phase::Starting { .. } => self.on_start_timeout(now_ms, &mut out),
                _ => self.on_sync_timeout(&mut out),
            }
        }
        let grace = self.timeouts.kill_grace_ms;
        if let Some(compiler) = self.compiler.as_mut() {
            if take_expired(&mut compiler.kill_at_ms, now_ms) {
                out.warn(format!("the compiler ignored SIGTERM for {grace} ms: sending SIGKILL"));
                out.push(Action::ForceKillCompiler);
            }
        }
        if take_expired(&mut self.node_kill_ms, now_ms) && self.node_alive() {
            out.warn(format!("node ignored SIGTERM for {grace} ms: sending SIGKILL"));
            out.push(Action::ForceKillNode);
        }
        self.arm_kill_grace(now_ms, &out);
        out.0
    }

    /// A SIGTERM among `out` starts its child's kill grace (the first one
    /// counts: asking again does not postpone the SIGKILL).
    fn arm_kill_grace(&mut self, now_ms: u64, out: &Actions) {
        let at = now_ms.saturating_add(self.timeouts.kill_grace_ms);
        for action in &out.0 {
            match action {
                Action::KillCompiler => {
                    if let Some(compiler) = self.compiler.as_mut() {
                        compiler.kill_at_ms = compiler.kill_at_ms.or(Some(at));
                    }
                }
                Action::KillNode => self.node_kill_ms = self.node_kill_ms.or(Some(at)),
                _ => {}
            }
        }
    }

    /// Feeds one event; returns what the driver must do, in order.
    pub fn handle(&mut self, now_ms: u64, event: Event) -> Vec<Action> {
        let mut out = Actions(Vec::new());
        match event {
            Event::AgentStarted { prestart } => self.on_agent_started(prestart, now_ms, &mut out),
            Event::PrestartStarted { pids } => self.on_prestart_started(pids, &mut out),
            Event::PrestartFailed(reason) => self.on_prestart_failed(reason, &mut out),
            Event::RuntimeWaiting => self.on_runtime_waiting(now_ms, &mut out),
            Event::InitRequested { reply, mode, code } => self.on_init(reply, mode, code, now_ms, &mut out),
            Event::FilesWritten(result) => self.on_files_written(result, now_ms, &mut out),
            Event::CompilerStarted { pid } => {
                if let Some(compiler) = self.compiler.as_mut() {
                    compiler.pid = Some(pid);
                }
                out.info(format!("compiler started (pid {pid})"));
            }
            Event::CompileFinished(result) => {
                self.compiler = None;
                self.on_compile_finished(result, now_ms, &mut out);
            }
            Event::NodeStarted { pid } => {
                self.node = FunctionNode::Asked { pid: Some(pid), control_open: true };
                out.info(format!("node started (pid {pid})"));
            }
            Event::NodeStartFailed(reason) => self.on_node_start_failed(reason, &mut out),
            Event::FunctionReady { port } => self.on_ready(port, now_ms, &mut out),
            Event::TraceReceived(trace) => self.on_trace(trace, &mut out),
            Event::FunctionError(text) if self.prestart_waits() => {
                out.warn(format!("the waiting node reported an error: {text}"));
            }
            Event::FunctionError(text) => {
                out.warn(format!("function reported an error: {text}"));
                self.function_error = Some(text);
            }
            Event::NodeStderr(tail) => self.node_stderr = Some(tail),
            Event::NodeExited(status) => {
                self.node_kill_ms = None;
                if self.prestart_alive() {
                    self.on_prestart_exit(status, now_ms, &mut out);
                } else {
                    self.on_node_exit(status, &mut out);
                }
            }
            Event::TraceRequested { reply } => self.on_trace_request(reply, now_ms, &mut out),
            Event::SyncDone { id } => self.on_sync_done(id, now_ms, &mut out),
            Event::ControlClosed => {
                if let FunctionNode::Asked { control_open, .. } = &mut self.node {
                    *control_open = false;
                }
                self.answer_all_syncs(&mut out);
            }
            Event::Shutdown => self.on_shutdown(&mut out),
            Event::Heartbeat(counts) => {
                self.heartbeat_ms = Some(now_ms);
                // Counts only come from the function's runtime, so a
                // heartbeat without them keeps the last ones.
                if counts.is_some() {
                    self.trace_counts = counts;
                }
            }
        }
        self.arm_kill_grace(now_ms, &out);
        out.0
    }

    fn on_agent_started(&mut self, prestart: bool, now_ms: u64, out: &mut Actions) {
        let fresh = matches!(self.phase, Phase::PreInitialized) && self.prestart.state == Prestart::Off;
        if !fresh || self.shutting_down {
            return;
        }
        if prestart {
            self.spawn_prestart(now_ms, out);
        } else {
            out.info("pre-starting node is off: node starts at /init".into());
        }
    }

    fn spawn_prestart(&mut self, now_ms: u64, out: &mut Actions) {
        self.prestart.state = Prestart::Starting;
        self.prestart.pids = None;
        self.prestart.spawned_ms = now_ms;
        self.node_stderr = None;
        out.push(Action::PrestartNode);
    }

    fn on_prestart_started(&mut self, pids: WaitingPids, out: &mut Actions) {
        let spawning = matches!(self.prestart.state, Prestart::Starting | Prestart::Unused);
        if !spawning || self.prestart.pids.is_some() {
            return;
        }
        self.prestart.pids = Some(pids);
        if self.shutting_down || self.prestart.state == Prestart::Unused {
            // Reported after it stopped being needed.
            out.push(Action::KillNode);
        } else {
            out.info(format!("node pre-started ({pids}): they wait for /init"));
        }
    }

    fn on_prestart_failed(&mut self, reason: ChildError, out: &mut Actions) {
        if self.prestart.state != Prestart::Starting || self.prestart.pids.is_some() {
            return;
        }
        self.prestart.state = Prestart::Failed;
        out.warn(format!("cannot pre-start node ({reason}): node will start at /init"));
    }

    fn on_runtime_waiting(&mut self, now_ms: u64, out: &mut Actions) {
        if self.prestart.state != Prestart::Starting || self.prestart.pids.is_none() {
            return;
        }
        self.prestart.state = Prestart::Waiting;
        let took = now_ms.saturating_sub(self.prestart.spawned_ms);
        self.prestart.took_ms = Some(took);
        out.info(format!("node waiting for the function, {took} ms after it was started (both modes)"));
    }

    /// The waiting Node died before running the function: start another,
    /// unless they keep dying as soon as they start (a broken `--node`, a
    /// runtime library that cannot load), which only `/init` will report.
    fn on_prestart_exit(&mut self, status: ExitStatus, now_ms: u64, out: &mut Actions) {
        let pids = self.prestart.pids.take().map_or_else(|| "no pids".to_string(), |pids| pids.to_string());
        let why = self.node_stderr.take().as_deref().and_then(error_line_of_stderr).map(|line| format!(": {line}"));
        let why = why.unwrap_or_default();
        if self.shutting_down || self.prestart.state == Prestart::Unused {
            return out.info(format!("the waiting nodes ({pids}) exited with {status}"));
        }
        if now_ms.saturating_sub(self.prestart.spawned_ms) < PRESTART_MIN_LIFE_MS {
            self.prestart.quick_failures += 1;
        } else {
            self.prestart.quick_failures = 0;
        }
        if self.prestart.quick_failures >= PRESTART_MAX_QUICK_FAILURES {
            self.prestart.state = Prestart::Failed;
            return out.error(format!(
                "the waiting nodes ({pids}) exited with {status}{why}; {} in a row died within {} ms of their \
                 start: node will start at /init",
                self.prestart.quick_failures, PRESTART_MIN_LIFE_MS
            ));
        }
        self.prestart.restarts += 1;
        out.warn(format!("the waiting nodes ({pids}) exited with {status}{why}: starting them again"));
        self.spawn_prestart(now_ms, out);
    }

    fn on_init(&mut self, reply: ReplyId, mode: Mode, code: String, now_ms: u64, out: &mut Actions) {
        if self.shutting_down {
            out.refuse(reply, shutting_down());
            return;
        }
        if !matches!(self.phase, Phase::PreInitialized) {
            out.refuse(reply, ApiError::AlreadyInitialized);
            return;
        }
        self.phase = Phase::WritingFiles { mode, since_ms: now_ms };
        out.push(Action::Reply { to: reply, reply: Reply::InitAccepted });
        out.info(format!("init accepted: mode {}, {} bytes of code", mode.as_str(), code.len()));
        out.push(Action::WriteFiles { code });
    }

    fn on_files_written(&mut self, result: Result<(), ChildError>, now_ms: u64, out: &mut Actions) {
        let Phase::WritingFiles { mode, since_ms } = self.phase else { return };
        if self.shutting_down {
            return;
        }
        if let Err(reason) = result {
            return self.fail_compile(Failure::WriteSource(reason), now_ms, out);
        }
        match mode {
            Mode::Tracing => {
                let deadline_ms = now_ms.saturating_add(self.timeouts.compile_ms);
                self.phase = Phase::Compiling { since_ms, deadline_ms };
                self.compiler = Some(Compiler { pid: None, kill_at_ms: None });
                out.push(Action::StartCompiler);
            }
            Mode::Vanilla => self.start_node(Mode::Vanilla, now_ms, out),
        }
    }

    fn on_compile_finished(&mut self, result: Result<(), CompileFailure>, now_ms: u64, out: &mut Actions) {
        let Phase::Compiling { since_ms, .. } = self.phase else { return };
        if self.shutting_down {
            return;
        }
        match result {
            Ok(()) => {
                let took = now_ms.saturating_sub(since_ms);
                self.compile_ms = Some(took);
                out.info(format!("compile finished in {took} ms"));
                self.start_node(Mode::Tracing, now_ms, out);
            }
            Err(failure) => self.fail_compile(Failure::Compile(failure), now_ms, out),
        }
    }

    fn on_compile_timeout(&mut self, now_ms: u64, out: &mut Actions) {
        let Phase::Compiling { since_ms, .. } = self.phase else { return };
        out.push(Action::KillCompiler);
        self.fail_compile(Failure::CompileTimeout { took_ms: now_ms.saturating_sub(since_ms) }, now_ms, out);
    }

    /// From writing the files or compiling to `compile-error`.
    fn fail_compile(&mut self, failure: Failure, now_ms: u64, out: &mut Actions) {
        let (mode, since_ms) = match self.phase {
            Phase::WritingFiles { mode, since_ms } => (mode, since_ms),
            Phase::Compiling { since_ms, .. } => (Mode::Tracing, since_ms),
            _ => return,
        };
        self.compile_ms = Some(now_ms.saturating_sub(since_ms));
        out.error(format!("compile-error: {failure}"));
        self.phase = Phase::CompileError { mode, failure };
        if self.prestart_waits() {
            // All errors are fatal: no function will ever run in it.
            self.prestart.state = Prestart::Unused;
            if self.prestart.pids.is_some() {
                out.push(Action::KillNode);
            }
        }
    }

    fn start_node(&mut self, mode: Mode, now_ms: u64, out: &mut Actions) {
        let deadline_ms = now_ms.saturating_add(self.timeouts.start_ms);
        self.phase = Phase::Starting { mode, since_ms: now_ms, deadline_ms };
        self.node = FunctionNode::Asked { pid: None, control_open: false };
        let entry = mode.entry_file();
        match self.prestart.pids.filter(|_| self.prestart_waits()).map(|pids| pids.of(mode)) {
            Some(pid) => {
                // The mode's waiting Node becomes the function's; its channel is open.
                self.prestart.state = Prestart::Used;
                self.prestart.pids = None;
                self.node = FunctionNode::Asked { pid: Some(pid), control_open: true };
                out.info(format!("node started (pid {pid}): the waiting node runs {entry}"));
                out.push(Action::RunFunction { mode, entry });
            }
            None => out.push(Action::StartNode { mode, entry }),
        }
    }

    fn on_node_start_failed(&mut self, reason: ChildError, out: &mut Actions) {
        if !matches!(self.phase, Phase::Starting { .. }) {
            return;
        }
        if self.node.is_running() {
            // A waiting Node that cannot be told to run: it is of no use.
            out.push(Action::KillNode);
        } else if self.node.is_alive() {
            self.node = FunctionNode::NotAsked; // no Node was spawned
        }
        self.fail_runtime(Failure::NodeStart(reason), out);
    }

    fn on_ready(&mut self, port: u16, now_ms: u64, out: &mut Actions) {
        match self.phase {
            Phase::Starting { mode, since_ms, .. } if !self.shutting_down => {
                self.phase = Phase::Running { mode, syncs: Syncs::new() };
                self.function_port = Some(port);
                let took = now_ms.saturating_sub(since_ms);
                self.start_ms = Some(took);
                out.info(format!("function ready on port {port} in {took} ms"));
            }
            Phase::Running { .. } => out.warn(format!("ignoring a second ready message (port {port})")),
            _ => {}
        }
    }

    fn on_trace(&mut self, trace: Bytes, out: &mut Actions) {
        // A trace that races the exit report is the function's last word: keep it.
        if self.phase.mode() == Some(Mode::Tracing) && self.node != FunctionNode::NotAsked {
            self.trace = Some(trace);
        } else {
            out.warn("ignoring a trace from a function that is not traced".into());
        }
    }

    fn on_node_exit(&mut self, status: ExitStatus, out: &mut Actions) {
        self.node = FunctionNode::Exited { pid: self.node.pid(), status };
        self.answer_all_syncs(out);
        let was_ready = match self.phase {
            Phase::Starting { .. } => false,
            Phase::Running { .. } => true,
            _ => return out.info(format!("node exited with {status}")),
        };
        if self.shutting_down {
            return out.info(format!("node exited with {status}"));
        }
        // The runtime's own words say why, e.g. `listen EADDRINUSE`;
        // failing those, Node's (a syntax error, V8 out of memory).
        let reported = self.function_error.as_deref().map(first_line_of_error);
        let why = reported.or_else(|| self.node_stderr.as_deref().and_then(error_line_of_stderr));
        self.fail_runtime(Failure::NodeExited { was_ready, status, why }, out);
    }

    fn on_start_timeout(&mut self, now_ms: u64, out: &mut Actions) {
        let Phase::Starting { since_ms, .. } = self.phase else { return };
        if self.node.is_running() {
            out.push(Action::KillNode);
        }
        self.fail_runtime(Failure::StartTimeout { took_ms: now_ms.saturating_sub(since_ms) }, out);
    }

    /// From starting or running to `runtime-error`.
    fn fail_runtime(&mut self, failure: Failure, out: &mut Actions) {
        let Some(mode) = self.phase.mode() else { return };
        out.error(format!("runtime-error: {failure}"));
        self.phase = Phase::RuntimeError { mode, failure };
    }

    fn on_trace_request(&mut self, reply: ReplyId, now_ms: u64, out: &mut Actions) {
        if self.shutting_down {
            return out.refuse(reply, shutting_down());
        }
        if matches!(self.phase, Phase::PreInitialized) {
            return out.refuse(reply, ApiError::NoTrace("the function is not initialized".into()));
        }
        if self.phase.mode() == Some(Mode::Vanilla) {
            return out.refuse(reply, ApiError::NoTrace("the function runs in Vanilla mode".into()));
        }
        let answer = self.trace_answer();
        let syncing = self.node.can_sync();
        match &mut self.phase {
            Phase::WritingFiles { .. } | Phase::Compiling { .. } | Phase::Starting { .. } => {
                out.refuse(reply, ApiError::Unavailable("the function is still compiling".into()))
            }
            Phase::CompileError { .. } => out.refuse(reply, ApiError::NoTrace("the function did not compile".into())),
            Phase::Running { syncs, .. } if syncing && !syncs.stalled => {
                // Read-your-writes: answer after a sync sent after this
                // request arrived. One sync is on the wire at a time: while
                // one is, requests wait for the next, sent when it is done.
                let sync = match syncs.in_flight {
                    Some(current) => current.id + 1,
                    None => syncs.next,
                };
                syncs.pending.push(PendingTrace { sync, reply, arrived_ms: now_ms });
                if syncs.in_flight.is_none() {
                    syncs.send(now_ms, self.timeouts.sync_ms, out);
                }
            }
            _ => out.push(Action::Reply { to: reply, reply: answer }),
        }
    }

    /// What a trace request gets now: the last trace, or why there is none.
    fn trace_answer(&self) -> Reply {
        match (&self.trace, &self.phase) {
            (Some(trace), _) => Reply::Trace(trace.clone()),
            (None, Phase::Running { .. }) => {
                Reply::Refused(ApiError::Unavailable("the function has not published a trace yet".into()))
            }
            (None, _) => Reply::Refused(ApiError::NoTrace("the function stopped before publishing a trace".into())),
        }
    }

    fn on_sync_done(&mut self, id: SyncId, now_ms: u64, out: &mut Actions) {
        let answer = self.trace_answer();
        let syncing = self.node.can_sync();
        let Phase::Running { syncs, .. } = &mut self.phase else { return };
        if syncs.stalled {
            out.info(format!("the runtime answered sync {id}: trace requests sync again"));
            syncs.stalled = false;
        }
        // `synced` for id N covers every sync sent before N as well.
        let (done, waiting): (Vec<_>, Vec<_>) = syncs.pending.drain(..).partition(|pending| pending.sync <= id);
        syncs.pending = waiting;
        for pending in done {
            out.push(Action::Reply { to: pending.reply, reply: answer.clone() });
        }
        if syncs.in_flight.is_some_and(|current| current.id <= id) {
            syncs.in_flight = None;
            // The sync that requests which arrived during the last one wait for.
            if !syncs.pending.is_empty() && syncing {
                syncs.send(now_ms, self.timeouts.sync_ms, out);
            }
        }
    }

    fn on_sync_timeout(&mut self, out: &mut Actions) {
        let Phase::Running { syncs, .. } = &mut self.phase else { return };
        let Some(InFlight { id, .. }) = syncs.in_flight else { return };
        syncs.stalled = true;
        out.warn(format!("the runtime did not answer sync {id} in time; serving the last trace until it does"));
        // Those waiting for the next sync are served now too: it would not be answered either.
        self.answer_all_syncs(out);
    }

    fn answer_all_syncs(&mut self, out: &mut Actions) {
        let answer = self.trace_answer();
        let Phase::Running { syncs, .. } = &mut self.phase else { return };
        syncs.in_flight = None;
        for pending in std::mem::take(&mut syncs.pending) {
            out.push(Action::Reply { to: pending.reply, reply: answer.clone() });
        }
    }

    fn on_shutdown(&mut self, out: &mut Actions) {
        if self.shutting_down {
            return;
        }
        // From now on the state's deadline is not timed (see `poll_timeout`).
        self.shutting_down = true;
        out.info(format!("shutting down (state {})", self.status().as_str()));
        if let Phase::Running { syncs, .. } = &mut self.phase {
            for pending in std::mem::take(&mut syncs.pending) {
                out.refuse(pending.reply, shutting_down());
            }
        }
        if self.compiler.is_some() {
            out.push(Action::KillCompiler);
        }
        if self.node_alive() {
            out.push(Action::KillNode);
        }
    }
}

/// What a request that comes too late gets (one text for every refusal).
fn shutting_down() -> ApiError {
    ApiError::Unavailable("the agent is shutting down".into())
}

/// Clears `deadline` and says so when it is at or before `now_ms`.
fn take_expired(deadline: &mut Option<u64>, now_ms: u64) -> bool {
    let expired = deadline.is_some_and(|at| at <= now_ms);
    if expired {
        *deadline = None;
    }
    expired
}

/// The line of an error report that says what went wrong: the first one
/// that is not blank, bounded in length.
fn first_line_of_error(text: &str) -> String {
    const LIMIT: usize = 300;
    let line = text.lines().map(str::trim).find(|line| !line.is_empty()).unwrap_or_default();
    match line.char_indices().nth(LIMIT) {
        Some((at, _)) => format!("{}...", &line[..at]),
        None => line.to_string(),
    }
}

/// The line of Node's dying words that names the error: the last one that
/// starts with `SomethingError:` or `FATAL ERROR:`, e.g. `SyntaxError:
/// Unexpected token '('` or `FATAL ERROR: ... JavaScript heap out of memory`,
/// after where Node said it is, as the compiler says it: `index.js:2:9: `.
fn error_line_of_stderr(tail: &str) -> Option<String> {
    let names_an_error = |line: &str| {
        let Some((name, _)) = line.split_once(": ") else { return false };
        let name = name.strip_prefix("Uncaught ").unwrap_or(name);
        name == "FATAL ERROR" || (name.ends_with("Error") && name.chars().all(|c| c.is_ascii_alphanumeric()))
    };
    let lines: Vec<&str> = tail.lines().collect();
    let at = lines.iter().rposition(|line| names_an_error(line.trim()))?;
    let error = first_line_of_error(lines[at].trim());
    Some(match location_in_stderr(&lines[..at]) {
        Some(location) => format!("{location}: {error}"),
        None => error,
    })
}

/// Node prints where a syntax error (or an uncaught exception) is before
/// the error itself: `/path/index.js:2`, the source line, and a caret under
/// the column. Returns `index.js:2:9` (the file's name, as the function's
/// author knows it; `node_modules/...` for a library's), or `index.js:2`
/// without a caret.
fn location_in_stderr(lines: &[&str]) -> Option<String> {
    let at = lines.iter().rposition(|line| {
        line.rsplit_once(':').is_some_and(|(path, number)| {
            path.ends_with(".js") && !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())
        })
    })?;
    let (path, line) = lines[at].rsplit_once(':')?;
    // The runtime library's files by their place in it, not as another `index.js`.
    let file = match path.find("node_modules/") {
        Some(at) => &path[at..],
        None => path.rsplit('/').next().unwrap_or(path),
    };
    let column = lines
        .get(at + 2)
        .filter(|caret| caret.trim() == "^" || caret.trim_start().starts_with('^'))
        .map(|caret| caret.chars().take_while(|&c| c != '^').count() + 1);
    Some(match column {
        Some(column) => format!("{file}:{line}:{column}"),
        None => format!("{file}:{line}"),
    })
}

/// The action list under construction, with shorthands.
struct Actions(Vec<Action>);

impl Actions {
    fn push(&mut self, action: Action) {
        self.0.push(action);
    }
    fn refuse(&mut self, to: ReplyId, err: ApiError) {
        self.push(Action::Reply { to, reply: Reply::Refused(err) });
    }
    fn info(&mut self, message: String) {
        self.push(Action::Log { level: Level::Info, message });
    }
    fn warn(&mut self, message: String) {
        self.push(Action::Log { level: Level::Warn, message });
    }
    fn error(&mut self, message: String) {
        self.push(Action::Log { level: Level::Error, message });
    }
}

#[cfg(test)]
mod tests;
