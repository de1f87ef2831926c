//! The agent process: wires the server, the state owner and the supervisor.
//!
//! Threads (docs/SPEC.md §2, the design card):
//! - main: the HTTP reactor (`http`), which owns every socket and hands
//!   complete requests to the workers;
//! - `quick-N`, `trace-N` and `eval-N` (fixed pools): answer requests,
//!   asking the state owner. `/trace` may wait for the runtime and
//!   `/trace/eval` for outgoing calls, so each has a lane of its own: they
//!   never delay probes or `/status`, nor evaluations `GET /trace`;
//! - `reaper`: reaps adopted descendants (see `reaper`);
//! - `state`: the only owner of the lifecycle [`Core`]; it feeds the core
//!   with queries, process events and timers, and carries out its actions;
//! - per child: a waiter and output readers (see `supervisor`).

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use bytes::Bytes;
use crossbeam_channel::{bounded, select, unbounded, Receiver, Sender};

use crate::config::Config;
use crate::core::{
    Action, ChildError, CompileFailure, Core, Event, Mode, NotReady, Reply, ReplyId, Timeouts, WaitingPids,
};
use crate::error::ApiError;
use crate::http::{self, Job};
use crate::log;
use crate::server::{self, Query, Settings};
use crate::supervisor::{self, CompilerLaunch, NodeLaunch, NodeProcess, ProcessGroup, Standby};

/// How long `GET /trace` waits for the runtime's `synced` before serving
/// the last trace it has.
pub const SYNC_TIMEOUT: Duration = Duration::from_millis(crate::core::SYNC_TIMEOUT_MS);
/// Bound on a worker waiting for a plain answer from the state owner.
const REPLY_TIMEOUT: Duration = Duration::from_secs(5);
/// How long shutdown waits for requests being served to finish.
const WORKER_DRAIN: Duration = Duration::from_secs(3);
/// Workers of the quick lane (everything but `/trace` and `/trace/eval`).
const QUICK_WORKERS: usize = 2;
/// Requests waiting for a worker, per lane; past it the client gets `503`.
const LANE_QUEUE: usize = 256;
/// Request line and headers.
const MAX_HEAD: usize = 16 * 1024;
/// A request head must be complete this soon after its first byte.
const HEAD_TIMEOUT: Duration = Duration::from_secs(5);
/// Bytes of unshared answers held for clients that have not read them.
const OUTPUT_BUDGET: usize = 64 << 20;
/// Connections kept open at most, descriptors permitting.
const MAX_CONNECTIONS: usize = 4096;

/// Why the agent could not start, or did not stop cleanly: logged, and
/// the process exits with status 1.
#[derive(Debug, thiserror::Error)]
pub enum AgentError {
    #[error("workdir {path}: {reason}")]
    Workdir { path: String, reason: String },
    #[error("cannot listen on {address}: {reason}")]
    Listen { address: String, reason: String },
    /// A resource of the agent's own: a thread, the signal handler.
    #[error("cannot {action}: {reason}")]
    Resource { action: String, reason: String },
    #[error("the state thread panicked")]
    StatePanicked,
}

impl AgentError {
    /// Stable numeric code (in the log line's `code` field).
    pub fn code(&self) -> u16 {
        match self {
            AgentError::Workdir { .. } => 31,
            AgentError::Listen { .. } => 32,
            AgentError::Resource { .. } => 33,
            AgentError::StatePanicked => 34,
        }
    }

    fn resource(action: impl Into<String>, reason: impl std::fmt::Display) -> AgentError {
        AgentError::Resource { action: action.into(), reason: reason.to_string() }
    }
}

/// Runs the agent until shutdown (`crate::cli` parsed the flags).
pub fn serve(mut config: Config) -> Result<(), AgentError> {
    let path = config.workdir.display().to_string();
    config.workdir = std::fs::canonicalize(&config.workdir)
        .map_err(|err| AgentError::Workdir { path: path.clone(), reason: err.to_string() })?;
    if !config.workdir.is_dir() {
        return Err(AgentError::Workdir { path, reason: "not a directory".into() });
    }
    let settings = http::Settings {
        limits: http::Limits { max_head: MAX_HEAD, max_body: config.max_body },
        client_timeout: config.client_timeout,
        head_timeout: HEAD_TIMEOUT,
        body_budget: body_budget(config.max_body),
        output_budget: OUTPUT_BUDGET,
        max_connections: max_connections(),
        drain: WORKER_DRAIN,
    };
    let server = http::Server::bind(&config.listen, settings)
        .map_err(|err| AgentError::Listen { address: config.listen.clone(), reason: err.to_string() })?;
    let addr = server.local_addr().map_err(|err| AgentError::resource("read the listening address", err))?;
    // Installed before the address is announced, so that a signal sent as
    // soon as it is known is never met by the default action.
    install_signal_handler(server.stopper())?;
    log::log_with(log::Level::Info, &format!("listening on {addr}"), &[("address", &addr.to_string())]);
    log::info(&format!("workdir {}", config.workdir.display()));
    if let Err(err) = crate::reaper::become_subreaper() {
        log::warn(&format!("cannot become a child subreaper ({err}): detached descendants may outlive the agent"));
    }
    warn_about_workdir(&config);

    let (query_tx, query_rx) = bounded::<Query>(1024);
    let (shutdown_tx, shutdown_rx) = bounded::<()>(1);
    let state = StateOwner::new(config.clone());
    let state_thread = thread::Builder::new()
        .name("state".into())
        .spawn(move || state.run(query_rx, shutdown_rx))
        .map_err(|err| AgentError::resource("start the state thread", err))?;

    let registry = Arc::new(crate::metrics::Registry::new(server.stats()));
    let (lanes, api) = start_workers(&config, query_tx, registry)?;
    server.run(move |head| server::screen(head, &api), |job| lanes.dispatch(job));
    log::info("stopped accepting requests");
    drop(lanes); // idle workers end; busy ones are abandoned at exit
    let _ = shutdown_tx.send(());
    if state_thread.join().is_err() {
        return Err(AgentError::StatePanicked);
    }
    log::info("agent stopped");
    Ok(())
}

/// Bytes of request bodies being received at once, across all connections:
/// a few bodies of the largest size, and never less than one.
fn body_budget(max_body: usize) -> usize {
    max_body.saturating_mul(4).min(64 << 20).max(max_body)
}

/// Connections the transport keeps open at most: what the descriptor limit
/// allows after room for the children's pipes and the files we write. The
/// soft limit is raised to the hard one first (often 1024 of many more),
/// so that thousands of slow clients do not crowd out the probes.
fn max_connections() -> usize {
    let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit writes into the struct we pass.
    let soft = match unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } {
        0 => {
            let wanted = limit.rlim_max.min((MAX_CONNECTIONS + 128) as libc::rlim_t);
            if wanted > limit.rlim_cur {
                let raised = libc::rlimit { rlim_cur: wanted, rlim_max: limit.rlim_max };
                // SAFETY: setrlimit reads the struct we pass.
                if unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &raised) } == 0 {
                    limit.rlim_cur = wanted;
                }
            }
            usize::try_from(limit.rlim_cur).unwrap_or(usize::MAX)
        }
        _ => 1024,
    };
    soft.saturating_sub(128).clamp(16, MAX_CONNECTIONS)
}

/// The worker pools, by the requests they take.
struct Lanes {
    quick: Sender<Job>,
    trace: Sender<Job>,
    /// `/trace/eval`, which may wait on outgoing calls up to
    /// `--eval-timeout`: on its own lane, it cannot starve `GET /trace`.
    eval: Sender<Job>,
}

impl Lanes {
    fn dispatch(&self, job: Job) -> Result<(), Box<Job>> {
        let path = job.request.path();
        let lane = if server::is_eval_route(path) {
            &self.eval
        } else if server::is_trace_route(path) {
            &self.trace
        } else {
            &self.quick
        };
        lane.try_send(job).map_err(|err| Box::new(err.into_inner()))
    }
}

/// Starts the worker pools; returns them and the settings they share.
fn start_workers(
    config: &Config,
    queries: Sender<Query>,
    metrics: Arc<crate::metrics::Registry>,
) -> Result<(Lanes, Settings), AgentError> {
    let settings = Settings {
        max_body: config.max_body,
        token: config.token.clone(),
        reply_timeout: REPLY_TIMEOUT,
        trace_timeout: SYNC_TIMEOUT + REPLY_TIMEOUT,
        eval_timeout: config.eval_timeout,
        text_cache: server::TextCache::default(),
        metrics,
    };
    let lane = |name: &str, count: usize| -> Result<Sender<Job>, AgentError> {
        let (job_tx, job_rx) = bounded::<Job>(LANE_QUEUE);
        for index in 0..count {
            let (jobs, queries, settings) = (job_rx.clone(), queries.clone(), settings.clone());
            thread::Builder::new()
                .name(format!("{name}-{index}"))
                .spawn(move || server::worker_loop(jobs, queries, settings))
                .map_err(|err| AgentError::resource(format!("start worker {name}-{index}"), err))?;
        }
        Ok(job_tx)
    };
    let lanes = Lanes {
        quick: lane("quick", QUICK_WORKERS)?,
        trace: lane("trace", config.workers)?,
        eval: lane("eval", config.workers)?,
    };
    Ok((lanes, settings))
}

fn warn_about_workdir(config: &Config) {
    if !is_writable(&config.workdir) {
        log::warn(&format!(
            "workdir {} is not writable: /init will fail to write {}",
            config.workdir.display(),
            crate::core::SOURCE_FILE
        ));
    }
    let runtime = config.workdir.join("node_modules/containerless");
    if !runtime.exists() {
        log::warn(&format!("{} is missing: functions cannot require('containerless')", runtime.display()));
    }
    let (program, _) = supervisor::split_command(&config.transform);
    let transform = supervisor::resolve_program(program, &config.workdir);
    if program.contains('/') && !transform.exists() {
        // The path as the operator wrote it, and where a relative one was looked for.
        let place = if std::path::Path::new(program).is_relative() {
            format!(" (looked for in the workdir {})", config.workdir.display())
        } else {
            String::new()
        };
        log::warn(&format!("the compiler {program}{place} is missing: Tracing mode will fail to compile"));
    }
}

/// access(2) also tells about read-only mounts, even to root.
fn is_writable(dir: &std::path::Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(path) = std::ffi::CString::new(dir.as_os_str().as_bytes()) else { return false };
    // SAFETY: `path` is a valid NUL-terminated string for the call's duration.
    unsafe { libc::access(path.as_ptr(), libc::W_OK) == 0 }
}

fn install_signal_handler(stopper: http::Stopper) -> Result<(), AgentError> {
    // ctrlc runs this on its own thread, not in signal context.
    ctrlc::set_handler(move || {
        log::info("signal received: shutting down");
        stopper.stop();
    })
    .map_err(|err| AgentError::resource("install the signal handler", err))
}

/// A configured duration on the core's clock.
fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// Where a reply for a [`ReplyId`] goes.
enum Responder {
    Init(Sender<Result<(), ApiError>>),
    Trace(Sender<Result<Bytes, ApiError>>),
}

/// The state owner: the one thread holding the lifecycle core.
struct StateOwner {
    core: Core,
    config: Config,
    started: Instant,
    events_tx: Sender<Event>,
    events_rx: Receiver<Event>,
    responders: HashMap<ReplyId, Responder>,
    next_reply: ReplyId,
    compiler: Option<ProcessGroup>,
    /// The function's Node.
    node: Option<NodeProcess>,
    /// The waiting Nodes, until one becomes `node`.
    standby: Option<Standby>,
    /// The other waiting Node, until the function is up (or not coming).
    unused: Option<NodeProcess>,
}

impl StateOwner {
    fn new(config: Config) -> StateOwner {
        let (events_tx, events_rx) = unbounded();
        let timeouts = Timeouts {
            compile_ms: millis(config.compile_timeout),
            start_ms: millis(config.start_timeout),
            sync_ms: crate::core::SYNC_TIMEOUT_MS,
            blocked_after_ms: millis(config.heartbeat_timeout),
            kill_grace_ms: millis(config.kill_grace),
        };
        StateOwner {
            core: Core::new(timeouts),
            config,
            started: Instant::now(),
            events_tx,
            events_rx,
            responders: HashMap::new(),
            next_reply: 1,
            compiler: None,
            node: None,
            standby: None,
            unused: None,
        }
    }

    fn run(mut self, queries: Receiver<Query>, shutdown: Receiver<()>) {
        // From this thread: children die with the thread that spawned them.
        self.feed(Event::AgentStarted { prestart: self.config.prestart });
        let events = self.events_rx.clone();
        loop {
            let timer = match self.core_deadline() {
                Some(at) => crossbeam_channel::at(at),
                None => crossbeam_channel::never(),
            };
            select! {
                recv(queries) -> query => match query {
                    Ok(query) => self.on_query(query),
                    // Every worker is gone: only shutdown is left to wait for.
                    Err(_) => break,
                },
                recv(events) -> event => {
                    if let Ok(event) = event {
                        self.feed(event);
                    }
                }
                recv(timer) -> _ => self.on_timer(),
                recv(shutdown) -> _ => break,
            }
        }
        // Late process events during shutdown still reach the core's bookkeeping.
        self.shutdown();
    }

    /// Stops the children and waits (bounded) until the core has seen each
    /// of them exit, so their last words and exit statuses are logged. The
    /// core's kill grace still runs: a child ignoring SIGTERM gets SIGKILL.
    fn shutdown(&mut self) {
        self.feed(Event::Shutdown);
        let deadline = Instant::now() + self.config.kill_grace + Duration::from_secs(4);
        while self.core.children_running() && Instant::now() < deadline {
            let wake = self.core_deadline().map_or(deadline, |at| at.min(deadline));
            match self.events_rx.recv_deadline(wake) {
                Ok(event) => self.feed(event),
                Err(_) => self.on_timer(),
            }
        }
        if self.core.children_running() {
            log::error("children did not stop in time");
        }
        // Descendants that detached (their own session) and outlived Node.
        crate::reaper::end_adopted(self.config.kill_grace);
    }

    fn readiness(&self) -> Result<(), NotReady> {
        self.core.readiness(self.now_ms())
    }

    fn now_ms(&self) -> u64 {
        self.started.elapsed().as_millis() as u64
    }

    /// The core's next deadline, from its clock (ms since `started`).
    fn core_deadline(&self) -> Option<Instant> {
        self.started.checked_add(Duration::from_millis(self.core.poll_timeout()?))
    }

    /// The core's deadline came: it fires what expired, and its actions
    /// are carried out like an event's.
    fn on_timer(&mut self) {
        let actions = self.core.handle_timeout(self.now_ms());
        self.carry_out(actions, VecDeque::new());
    }

    fn register(&mut self, responder: Responder) -> ReplyId {
        let id = self.next_reply;
        self.next_reply += 1;
        self.responders.insert(id, responder);
        id
    }

    fn on_query(&mut self, query: Query) {
        match query {
            Query::Status { reply } => {
                let _ = reply.send(self.core.status());
            }
            Query::Info { reply } => {
                let mut info = self.core.info();
                info.not_ready = self.readiness().err().map(|why| why.to_string());
                let _ = reply.send(info);
            }
            Query::Ready { reply } => {
                let _ = reply.send(self.readiness());
            }
            Query::Init { mode, code, reply } => {
                let reply = self.register(Responder::Init(reply));
                self.feed(Event::InitRequested { reply, mode, code });
            }
            Query::Trace { reply } => {
                let reply = self.register(Responder::Trace(reply));
                self.feed(Event::TraceRequested { reply });
            }
        }
    }

    /// Feeds `first` and every event that carrying out its actions causes
    /// right away (a spawn result, a failed write), before anything else.
    fn feed(&mut self, first: Event) {
        self.carry_out(Vec::new(), VecDeque::from([first]));
    }

    /// Executes `actions`, then feeds `queue` and what its actions cause.
    fn carry_out(&mut self, actions: Vec<Action>, mut queue: VecDeque<Event>) {
        for action in actions {
            self.execute(action, &mut queue);
        }
        while let Some(event) = queue.pop_front() {
            if matches!(event, Event::FunctionReady { .. } | Event::NodeExited(_) | Event::NodeStartFailed(_)) {
                self.stop_unused();
            }
            for action in self.core.handle(self.now_ms(), event) {
                self.execute(action, &mut queue);
            }
        }
    }

    fn execute(&mut self, action: Action, follow_up: &mut VecDeque<Event>) {
        match action {
            Action::Reply { to, reply } => self.reply(to, reply),
            Action::Log { level, message } => log::log(level, &message),
            Action::WriteFiles { code } => {
                supervisor::write_source(self.config.workdir.clone(), code, self.events_tx.clone())
            }
            Action::StartCompiler => {
                let launch =
                    CompilerLaunch { transform: self.config.transform.clone(), workdir: self.config.workdir.clone() };
                match supervisor::spawn_compiler(&launch, self.events_tx.clone()) {
                    Ok(group) => {
                        follow_up.push_back(Event::CompilerStarted { pid: group.pid() });
                        self.compiler = Some(group);
                    }
                    Err(reason) => follow_up.push_back(Event::CompileFinished(Err(CompileFailure::NotStarted(reason)))),
                }
            }
            Action::KillCompiler => self.compiler.iter().for_each(ProcessGroup::terminate),
            Action::ForceKillCompiler => self.compiler.iter().for_each(ProcessGroup::kill),
            Action::StartNode { mode, entry } => match self.spawn_node(mode, entry) {
                Ok(pid) => follow_up.push_back(Event::NodeStarted { pid }),
                Err(reason) => follow_up.push_back(Event::NodeStartFailed(reason)),
            },
            Action::PrestartNode => {
                let bootstrap = self.config.workdir.join(supervisor::PRESTART_FILE);
                let spawned = if bootstrap.is_file() {
                    self.spawn_standby()
                } else {
                    Err(ChildError::Missing(bootstrap.display().to_string()))
                };
                follow_up.push_back(match spawned {
                    Ok(pids) => Event::PrestartStarted { pids },
                    Err(reason) => Event::PrestartFailed(reason),
                });
            }
            Action::RunFunction { mode, entry } => {
                if let Some(standby) = self.standby.take() {
                    let (chosen, other) = standby.choose(mode);
                    self.node = Some(chosen);
                    self.unused = Some(other);
                }
                match self.node.as_mut().map(|node| node.send_run(mode, entry)) {
                    Some(Ok(())) => {}
                    Some(Err(err)) => follow_up.push_back(Event::NodeStartFailed(ChildError::io("send run", err))),
                    None => follow_up.push_back(Event::NodeStartFailed(ChildError::NoWaitingNode)),
                }
            }
            Action::KillNode => {
                self.node.iter().for_each(|node| node.group.terminate());
                self.standby.iter().for_each(Standby::terminate);
                self.stop_unused();
            }
            Action::ForceKillNode => {
                self.node.iter().for_each(|node| node.group.kill());
                self.standby.iter().for_each(Standby::kill);
                self.unused.iter().for_each(|node| node.group.kill());
            }
            Action::SendSync { id } => match self.node.as_mut().map(|node| node.send_sync(id)) {
                Some(Ok(())) => {}
                Some(Err(err)) => {
                    log::warn(&format!("cannot send sync to the runtime: {err}"));
                    follow_up.push_back(Event::ControlClosed);
                }
                None => follow_up.push_back(Event::ControlClosed),
            },
        }
    }

    /// Spawns Node on `entry` in `mode`; returns its pid.
    fn spawn_node(&mut self, mode: Mode, entry: &'static str) -> Result<u32, ChildError> {
        let launch = self.node_launch(mode, entry);
        let node = supervisor::spawn_node(&NodeLaunch { mode: Some(mode), ..launch }, self.events_tx.clone())?;
        let pid = node.group.pid();
        self.node = Some(node);
        Ok(pid)
    }

    /// Stops the waiting Node the function did not need.
    fn stop_unused(&mut self) {
        if let Some(node) = self.unused.take() {
            node.group.terminate();
        }
    }

    /// Spawns the waiting Nodes, one per mode.
    fn spawn_standby(&mut self) -> Result<WaitingPids, ChildError> {
        let standby = supervisor::spawn_standby(
            |mode| self.node_launch(mode, supervisor::PRESTART_FILE),
            self.events_tx.clone(),
        )?;
        let pids = standby.pids();
        self.standby = Some(standby);
        Ok(pids)
    }

    /// How to start Node on `entry` for `mode`'s program (the mode itself
    /// is passed at once, or with `run` by a waiting Node).
    fn node_launch(&self, mode: Mode, entry: &'static str) -> NodeLaunch {
        NodeLaunch {
            node: self.config.node.clone(),
            workdir: self.config.workdir.clone(),
            mode: None,
            flags: supervisor::mode_flags(mode),
            entry,
            port: self.config.function_port,
            host: self.config.function_host.clone(),
            sampling: self.config.sampling,
        }
    }

    fn reply(&mut self, to: ReplyId, reply: Reply) {
        let Some(responder) = self.responders.remove(&to) else {
            log::error(&format!("no one waits for reply {to}"));
            return;
        };
        // A worker that gave up waiting has dropped its receiver: ignore.
        match (responder, reply) {
            (Responder::Init(tx), Reply::InitAccepted) => drop(tx.send(Ok(()))),
            (Responder::Init(tx), Reply::Refused(err)) => drop(tx.send(Err(err))),
            (Responder::Trace(tx), Reply::Trace(trace)) => drop(tx.send(Ok(trace))),
            (Responder::Trace(tx), Reply::Refused(err)) => drop(tx.send(Err(err))),
            (Responder::Init(tx), other) => {
                drop(tx.send(Err(ApiError::Internal(format!("unexpected reply {other:?}")))))
            }
            (Responder::Trace(tx), other) => {
                drop(tx.send(Err(ApiError::Internal(format!("unexpected reply {other:?}")))))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_up_errors_have_stable_codes_and_say_what_failed() {
        let workdir = AgentError::Workdir { path: "/no/such".into(), reason: "not a directory".into() };
        assert_eq!((workdir.code(), workdir.to_string().as_str()), (31, "workdir /no/such: not a directory"));
        let listen = AgentError::Listen { address: "1.2.3.4:5".into(), reason: "refused".into() };
        assert_eq!((listen.code(), listen.to_string().as_str()), (32, "cannot listen on 1.2.3.4:5: refused"));
        let thread = AgentError::resource("start worker quick-0", "no memory");
        assert_eq!((thread.code(), thread.to_string().as_str()), (33, "cannot start worker quick-0: no memory"));
        assert_eq!(AgentError::StatePanicked.code(), 34);
    }
}
