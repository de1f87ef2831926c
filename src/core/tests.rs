//! Every transition of the lifecycle, allowed and refused, without processes.

use super::*;

const INIT: ReplyId = 1;
/// The flags' defaults, with a 1 s heartbeat timeout.
const TIMEOUTS: Timeouts =
    Timeouts { compile_ms: 30_000, start_ms: 10_000, sync_ms: 2000, blocked_after_ms: 1000, kill_grace_ms: 3000 };
const TRACE: &[u8] = br#"{"kind":"block","body":[]}"#;

fn init_event(mode: Mode) -> Event {
    Event::InitRequested { reply: INIT, mode, code: "require('containerless')".into() }
}

/// The compiler's report of a syntax error.
fn syntax_error() -> CompileFailure {
    CompileFailure::Failed {
        command: "./js-transform.sh index.js".into(),
        status: ExitStatus::Code(1),
        message: "index.js:1:1: Unexpected token".into(),
    }
}

fn write_failed(reason: &str) -> ChildError {
    ChildError::io(WRITE_SOURCE, reason)
}

fn is_log(action: &Action) -> bool {
    matches!(action, Action::Log { .. })
}

/// The actions without log lines, which tests check separately.
fn effects(actions: Vec<Action>) -> Vec<Action> {
    actions.into_iter().filter(|a| !is_log(a)).collect()
}

fn refused(to: ReplyId, err: ApiError) -> Action {
    Action::Reply { to, reply: Reply::Refused(err) }
}

fn trace_reply(to: ReplyId, trace: &'static [u8]) -> Action {
    Action::Reply { to, reply: Reply::Trace(Bytes::from_static(trace)) }
}

fn logged(actions: &[Action], level: Level, needle: &str) -> bool {
    actions.iter().any(|a| matches!(a, Action::Log { level: l, message } if *l == level && message.contains(needle)))
}

/// A core in `compiling` (Tracing), with the compiler running.
fn compiling() -> Core {
    let mut core = Core::new(TIMEOUTS);
    core.handle(0, init_event(Mode::Tracing));
    core.handle(5, Event::FilesWritten(Ok(())));
    core.handle(6, Event::CompilerStarted { pid: 40 });
    core
}

/// A core in `compiling` (Tracing), with Node started but not ready.
fn starting() -> Core {
    let mut core = compiling();
    core.handle(100, Event::CompileFinished(Ok(())));
    core.handle(101, Event::NodeStarted { pid: 41 });
    core
}

fn running() -> Core {
    let mut core = starting();
    core.handle(300, Event::FunctionReady { port: 9000 });
    core
}

fn running_vanilla() -> Core {
    let mut core = Core::new(TIMEOUTS);
    core.handle(0, init_event(Mode::Vanilla));
    core.handle(1, Event::FilesWritten(Ok(())));
    core.handle(2, Event::NodeStarted { pid: 41 });
    core.handle(3, Event::FunctionReady { port: 9000 });
    core
}

fn compile_error() -> Core {
    let mut core = compiling();
    core.handle(50, Event::CompileFinished(Err(syntax_error())));
    core
}

fn runtime_error() -> Core {
    let mut core = running();
    core.handle(400, Event::NodeExited(ExitStatus::Code(3)));
    core
}

#[test]
fn starts_pre_initialized_with_empty_info() {
    let core = Core::new(TIMEOUTS);
    assert_eq!(core.status(), Status::PreInitialized);
    let info = core.info();
    assert_eq!(info.state, Status::PreInitialized);
    assert_eq!((info.mode, info.error, info.node_pid, info.trace_bytes), (None, None, None, None));
}

#[test]
fn tracing_init_writes_compiles_starts_and_runs() {
    let mut core = Core::new(TIMEOUTS);
    let actions = core.handle(0, init_event(Mode::Tracing));
    assert!(logged(&actions, Level::Info, "init accepted"));
    assert_eq!(
        effects(actions),
        vec![
            Action::Reply { to: INIT, reply: Reply::InitAccepted },
            Action::WriteFiles { code: "require('containerless')".into() },
        ]
    );
    assert_eq!(core.status(), Status::Compiling);

    assert_eq!(effects(core.handle(5, Event::FilesWritten(Ok(())))), vec![Action::StartCompiler]);
    assert_eq!(core.status(), Status::Compiling);
    core.handle(6, Event::CompilerStarted { pid: 40 });
    assert_eq!(core.info().compiler_pid, Some(40));

    let actions = core.handle(120, Event::CompileFinished(Ok(())));
    assert!(logged(&actions, Level::Info, "compile finished in 120 ms"));
    assert_eq!(effects(actions), vec![Action::StartNode { mode: Mode::Tracing, entry: TRACED_FILE }]);
    assert_eq!(core.status(), Status::Compiling);
    assert_eq!(core.info().compiler_pid, None, "the compiler is gone");

    let actions = core.handle(121, Event::NodeStarted { pid: 41 });
    assert!(logged(&actions, Level::Info, "pid 41"));
    let actions = core.handle(320, Event::FunctionReady { port: 9000 });
    assert!(logged(&actions, Level::Info, "ready on port 9000 in 200 ms"));
    assert!(effects(actions).is_empty());
    assert_eq!(core.status(), Status::Running);

    let info = core.info();
    assert_eq!(info.mode, Some(Mode::Tracing));
    assert_eq!((info.compile_ms, info.start_ms), (Some(120), Some(200)));
    assert_eq!((info.node_pid, info.function_port), (Some(41), Some(9000)));
}

#[test]
fn vanilla_init_skips_the_compiler() {
    let mut core = Core::new(TIMEOUTS);
    core.handle(0, init_event(Mode::Vanilla));
    assert_eq!(
        effects(core.handle(1, Event::FilesWritten(Ok(())))),
        vec![Action::StartNode { mode: Mode::Vanilla, entry: SOURCE_FILE }]
    );
    core.handle(2, Event::NodeStarted { pid: 41 });
    core.handle(3, Event::FunctionReady { port: 9000 });
    assert_eq!(core.status(), Status::Running);
    assert_eq!(core.info().compile_ms, None);
}

#[test]
fn a_second_init_is_refused_in_every_state() {
    let states: Vec<(&str, Core)> = vec![
        ("writing", {
            let mut core = Core::new(TIMEOUTS);
            core.handle(0, init_event(Mode::Tracing));
            core
        }),
        ("compiling", compiling()),
        ("starting", starting()),
        ("running", running()),
        ("compile-error", compile_error()),
        ("runtime-error", runtime_error()),
    ];
    for (name, mut core) in states {
        let before = core.status();
        let actions = core.handle(1000, Event::InitRequested { reply: 9, mode: Mode::Vanilla, code: "x".into() });
        assert_eq!(actions, vec![refused(9, ApiError::AlreadyInitialized)], "{name}");
        assert_eq!(core.status(), before, "{name}");
    }
}

#[test]
fn failing_to_write_index_js_is_a_compile_error() {
    let mut core = Core::new(TIMEOUTS);
    core.handle(0, init_event(Mode::Vanilla));
    let actions = core.handle(1, Event::FilesWritten(Err(write_failed("disk full"))));
    assert!(logged(&actions, Level::Error, "disk full"));
    assert!(effects(actions).is_empty());
    assert_eq!(core.status(), Status::CompileError);
    assert!(core.info().error.unwrap().contains("disk full"));
}

#[test]
fn a_compiler_failure_is_a_compile_error_with_its_message() {
    let core = compile_error();
    assert_eq!(core.status(), Status::CompileError);
    let info = core.info();
    assert!(info.error.unwrap().contains("index.js:1:1: Unexpected token"));
    assert_eq!(info.error_code, Some(102));
    assert_eq!(info.compile_ms, Some(50));
    assert_eq!(info.node_pid, None);
}

#[test]
fn compile_timeout_kills_the_compiler_and_ignores_its_late_result() {
    let mut core = compiling();
    // The compiler was started at 5.
    assert_eq!(core.poll_timeout(), Some(30_005));
    assert!(core.handle_timeout(30_004).is_empty(), "not yet");
    assert_eq!(core.status(), Status::Compiling);
    let actions = core.handle_timeout(30_005);
    assert!(logged(&actions, Level::Error, "did not finish within 30005 ms"));
    assert_eq!(effects(actions), vec![Action::KillCompiler]);
    assert_eq!(core.status(), Status::CompileError);
    assert_eq!(core.poll_timeout(), Some(33_005), "fired once; only the kill grace is left");
    // The killed compiler's report must not start Node.
    assert!(effects(core.handle(30_010, Event::CompileFinished(Ok(())))).is_empty());
    assert_eq!(core.status(), Status::CompileError);
    assert_eq!(core.poll_timeout(), None, "it exited: no SIGKILL");
    assert!(core.handle_timeout(40_000).is_empty());
}

#[test]
fn a_child_ignoring_sigterm_gets_sigkill_after_the_grace() {
    let mut core = compiling();
    assert_eq!(effects(core.handle(10, Event::Shutdown)), vec![Action::KillCompiler]);
    assert_eq!(core.poll_timeout(), Some(3010));
    assert!(core.handle_timeout(3009).is_empty(), "not yet");
    let actions = core.handle_timeout(3010);
    assert!(logged(&actions, Level::Warn, "ignored SIGTERM for 3000 ms"));
    assert_eq!(effects(actions), vec![Action::ForceKillCompiler]);
    assert_eq!(core.poll_timeout(), None, "once");

    // Node after its start timeout; asking again does not postpone the SIGKILL.
    let mut core = starting();
    assert_eq!(effects(core.handle_timeout(10_100)), vec![Action::KillNode]);
    assert_eq!(effects(core.handle(11_000, Event::Shutdown)), vec![Action::KillNode]);
    assert_eq!(core.poll_timeout(), Some(13_100));
    assert_eq!(effects(core.handle_timeout(13_100)), vec![Action::ForceKillNode]);

    // A child that exits within the grace gets no SIGKILL.
    let mut core = running();
    core.handle(500, Event::Shutdown);
    assert_eq!(core.poll_timeout(), Some(3500));
    core.handle(600, Event::NodeExited(ExitStatus::Signal(15)));
    assert_eq!(core.poll_timeout(), None);
    assert!(effects(core.handle_timeout(u64::MAX)).is_empty());
}

#[test]
fn deadlines_end_with_what_they_time() {
    // Compiled in time: the start deadline replaces the compile deadline.
    let core = starting();
    assert_eq!(core.poll_timeout(), Some(10_100), "node was started at 100");
    // Ready in time: nothing is left to time.
    let mut core = running();
    assert_eq!(core.poll_timeout(), None);
    assert!(core.handle_timeout(1_000_000).is_empty());
    assert_eq!(core.status(), Status::Running);
    // A compile error, a runtime error or shutdown leaves no deadline either.
    assert_eq!(compile_error().poll_timeout(), None);
    let mut core = starting();
    core.handle(200, Event::NodeExited(ExitStatus::Code(1)));
    assert_eq!(core.poll_timeout(), None);
    let mut core = starting();
    core.handle(200, Event::Shutdown);
    assert_eq!(core.poll_timeout(), Some(3200), "only the kill grace of the SIGTERM sent");
}

#[test]
fn the_timeouts_come_with_the_core() {
    let timeouts = Timeouts { compile_ms: 7, start_ms: 11, sync_ms: 13, blocked_after_ms: 17, kill_grace_ms: 19 };
    let mut core = Core::new(timeouts);
    core.handle(0, init_event(Mode::Tracing));
    core.handle(1, Event::FilesWritten(Ok(())));
    assert_eq!(core.poll_timeout(), Some(8));
    core.handle(2, Event::CompileFinished(Ok(())));
    assert_eq!(core.poll_timeout(), Some(13));
    core.handle(3, Event::NodeStarted { pid: 41 });
    core.handle(4, Event::FunctionReady { port: 9000 });
    core.handle(5, Event::TraceRequested { reply: 5 });
    assert_eq!(core.poll_timeout(), Some(18));
    core.handle(6, Event::Heartbeat(None));
    assert_eq!(core.readiness(23), Ok(()));
    assert!(core.readiness(24).is_err());
    core.handle(7, Event::Shutdown);
    assert_eq!(core.poll_timeout(), Some(26));
}

#[test]
fn start_timeout_kills_node_and_is_a_runtime_error() {
    let mut core = starting();
    assert!(core.handle_timeout(10_099).is_empty(), "not yet");
    let actions = core.handle_timeout(10_100);
    assert!(logged(&actions, Level::Error, "did not become ready within 10000 ms"));
    assert_eq!(effects(actions), vec![Action::KillNode]);
    assert_eq!(core.status(), Status::RuntimeError);
    // Too late to be ready now.
    core.handle(10_200, Event::FunctionReady { port: 9000 });
    assert_eq!(core.status(), Status::RuntimeError);
    core.handle(10_300, Event::NodeExited(ExitStatus::Signal(15)));
    assert_eq!(core.info().exit_status, Some(ExitStatus::Signal(15)));
    assert!(core.info().error.unwrap().contains("did not become ready"), "the first cause stays");
}

#[test]
fn a_waiting_node_told_to_run_has_the_start_timeout_too() {
    let mut core = Core::new(TIMEOUTS);
    core.handle(0, Event::AgentStarted { prestart: true });
    core.handle(1, Event::PrestartStarted { pids: pids(41) });
    core.handle(2, Event::RuntimeWaiting);
    assert_eq!(core.poll_timeout(), None, "nothing waits on a waiting node");
    core.handle(10, init_event(Mode::Vanilla));
    assert_eq!(
        effects(core.handle(11, Event::FilesWritten(Ok(())))),
        vec![Action::RunFunction { mode: Mode::Vanilla, entry: SOURCE_FILE }]
    );
    assert_eq!(core.poll_timeout(), Some(10_011));
    assert_eq!(effects(core.handle_timeout(10_011)), vec![Action::KillNode]);
    assert_eq!(core.status(), Status::RuntimeError);
}

#[test]
fn node_exiting_before_ready_is_a_runtime_error() {
    let mut core = starting();
    let actions = core.handle(200, Event::NodeExited(ExitStatus::Code(1)));
    assert!(logged(&actions, Level::Error, "before it was ready with exit code 1"));
    assert!(effects(actions).is_empty(), "nothing left to kill");
    assert_eq!(core.status(), Status::RuntimeError);
    assert_eq!(core.info().exit_status, Some(ExitStatus::Code(1)));
}

#[test]
fn node_exiting_while_running_is_a_runtime_error() {
    let mut core = running();
    core.handle(350, Event::FunctionError("TypeError: boom".into()));
    assert_eq!(core.status(), Status::Running, "an error report alone changes nothing");
    let actions = core.handle(400, Event::NodeExited(ExitStatus::Signal(9)));
    assert!(logged(&actions, Level::Error, "while running with signal 9: TypeError: boom"));
    let info = core.info();
    assert_eq!(info.error.as_deref(), Some("node exited while running with signal 9: TypeError: boom"));
    assert_eq!(info.state, Status::RuntimeError);
    assert_eq!(info.exit_status, Some(ExitStatus::Signal(9)));
    assert_eq!(info.function_error.as_deref(), Some("TypeError: boom"));
}

#[test]
fn node_that_cannot_start_is_a_runtime_error() {
    let mut core = compiling();
    core.handle(100, Event::CompileFinished(Ok(())));
    core.handle(
        101,
        Event::NodeStartFailed(ChildError::Node { command: "node".into(), reason: "No such file or directory".into() }),
    );
    assert_eq!(core.status(), Status::RuntimeError);
    assert!(core.info().error.unwrap().contains("No such file"));
    // Nothing runs, so shutdown kills nothing.
    assert!(effects(core.handle(200, Event::Shutdown)).is_empty());
}

#[test]
fn no_event_leaves_a_fatal_state() {
    let events = || {
        vec![
            Event::FilesWritten(Ok(())),
            Event::CompileFinished(Ok(())),
            Event::NodeStarted { pid: 77 },
            Event::FunctionReady { port: 1 },
            Event::NodeExited(ExitStatus::Code(0)),
            Event::SyncDone { id: 1 },
            Event::ControlClosed,
        ]
    };
    for (name, mut core, status) in [
        ("compile-error", compile_error(), Status::CompileError),
        ("runtime-error", runtime_error(), Status::RuntimeError),
    ] {
        for event in events() {
            let shown = format!("{event:?}");
            let actions = effects(core.handle(5000, event));
            assert!(
                actions.iter().all(|a| !matches!(a, Action::StartNode { .. } | Action::StartCompiler)),
                "{name}: {shown} started something"
            );
            assert_eq!(core.status(), status, "{name} after {shown}");
            let actions = effects(core.handle_timeout(u64::MAX));
            assert!(actions.iter().all(|a| !matches!(a, Action::StartNode { .. } | Action::StartCompiler)), "{name}");
            assert_eq!(core.status(), status, "{name} after a timeout");
        }
    }
}

#[test]
fn readiness_needs_running_and_a_recent_heartbeat() {
    assert_eq!(Core::new(TIMEOUTS).readiness(0), Err(NotReady::State(Status::PreInitialized)));
    assert_eq!(starting().readiness(300), Err(NotReady::State(Status::Compiling)));
    // A runtime that never sent a heartbeat is not taken for blocked.
    let mut core = running();
    assert_eq!(core.readiness(100_000), Ok(()));
    assert!(effects(core.handle(400, Event::Heartbeat(None))).is_empty());
    assert_eq!(core.readiness(1400), Ok(()));
    assert_eq!(core.readiness(1401), Err(NotReady::Blocked { silent_ms: 1001 }));
    let said = core.readiness(1401).unwrap_err().to_string();
    assert_eq!(said, "the function's event loop has been blocked for 1001 ms");
    // The loop turns again: ready again. Nothing was killed meanwhile.
    core.handle(1500, Event::Heartbeat(None));
    assert_eq!(core.readiness(1600), Ok(()));
    assert_eq!(core.status(), Status::Running);
    core.handle(1700, Event::NodeExited(ExitStatus::Code(1)));
    assert_eq!(core.readiness(1700), Err(NotReady::State(Status::RuntimeError)));
}

#[test]
fn heartbeats_carry_the_trace_counts_to_info() {
    let mut core = running();
    let info = core.info();
    assert_eq!((info.traced_requests, info.untraced_requests, info.trace_settled), (None, None, None));
    let counts = TraceCounts { traced: 120, untraced: 49, settled: true };
    assert!(effects(core.handle(400, Event::Heartbeat(Some(counts)))).is_empty());
    let info = core.info();
    assert_eq!((info.traced_requests, info.untraced_requests, info.trace_settled), (Some(120), Some(49), Some(true)));
    // A heartbeat without counts says the loop turns and keeps the last counts.
    core.handle(650, Event::Heartbeat(None));
    assert_eq!(core.info().traced_requests, Some(120));
    let json = serde_json::to_value(core.info()).unwrap();
    assert_eq!((json["tracedRequests"].as_u64(), json["untracedRequests"].as_u64()), (Some(120), Some(49)));
    assert_eq!(json["traceSettled"], serde_json::Value::Bool(true));
}

#[test]
fn a_second_ready_is_ignored() {
    let mut core = running();
    let actions = core.handle(500, Event::FunctionReady { port: 1234 });
    assert!(logged(&actions, Level::Warn, "second ready"));
    assert_eq!(core.info().function_port, Some(9000));
}

#[test]
fn trace_is_refused_until_there_is_one_to_serve() {
    let cases: Vec<(&str, Core, ApiError)> = vec![
        ("pre-initialized", Core::new(TIMEOUTS), ApiError::NoTrace("the function is not initialized".into())),
        ("vanilla", running_vanilla(), ApiError::NoTrace("the function runs in Vanilla mode".into())),
        ("compiling", compiling(), ApiError::Unavailable("the function is still compiling".into())),
        ("starting", starting(), ApiError::Unavailable("the function is still compiling".into())),
        ("compile-error", compile_error(), ApiError::NoTrace("the function did not compile".into())),
    ];
    for (name, mut core, err) in cases {
        assert_eq!(core.handle(1, Event::TraceRequested { reply: 5 }), vec![refused(5, err)], "{name}");
    }
}

#[test]
fn trace_waits_for_the_runtime_to_sync() {
    let mut core = running();
    core.handle(301, Event::TraceReceived(Bytes::from_static(b"{\"old\":1}")));
    assert_eq!(core.handle(302, Event::TraceRequested { reply: 5 }), vec![Action::SendSync { id: 1 }]);
    assert_eq!(core.poll_timeout(), Some(2302));
    // The update the runtime flushes before `synced` is what the client gets.
    core.handle(303, Event::TraceReceived(Bytes::from_static(TRACE)));
    assert_eq!(core.handle(304, Event::SyncDone { id: 1 }), vec![trace_reply(5, TRACE)]);
    assert_eq!(core.info().trace_bytes, Some(TRACE.len()));
    assert_eq!(core.poll_timeout(), None, "the sync is answered");
}

#[test]
fn one_sync_at_a_time_and_later_requests_wait_for_the_next() {
    let mut core = running();
    core.handle(301, Event::TraceReceived(Bytes::from_static(TRACE)));
    assert_eq!(core.handle(302, Event::TraceRequested { reply: 5 }), vec![Action::SendSync { id: 1 }]);
    // Sync 1 was sent before these arrived: it cannot vouch for them.
    assert!(core.handle(303, Event::TraceRequested { reply: 6 }).is_empty());
    assert!(core.handle(304, Event::TraceRequested { reply: 7 }).is_empty());
    assert_eq!(
        core.handle(305, Event::SyncDone { id: 1 }),
        vec![trace_reply(5, TRACE), Action::SendSync { id: 2 }],
        "one more sync serves both"
    );
    assert_eq!(core.poll_timeout(), Some(2303), "within 2 s of the first's arrival");
    assert_eq!(core.handle(306, Event::SyncDone { id: 2 }), vec![trace_reply(6, TRACE), trace_reply(7, TRACE)]);
    assert!(core.handle(307, Event::SyncDone { id: 2 }).is_empty(), "a duplicate is harmless");
    assert_eq!(core.handle(308, Event::TraceRequested { reply: 8 }), vec![Action::SendSync { id: 3 }]);
    assert_eq!(core.poll_timeout(), Some(2308));
}

#[test]
fn no_request_waits_more_than_the_sync_timeout_in_all() {
    let mut core = running();
    core.handle(300, Event::TraceRequested { reply: 5 });
    core.handle(1000, Event::TraceRequested { reply: 6 });
    // Sync 1 is answered late: the next one has what is left of reply 6's 2 s.
    assert_eq!(
        effects(core.handle(2200, Event::SyncDone { id: 1 })),
        vec![
            refused(5, ApiError::Unavailable("the function has not published a trace yet".into())),
            Action::SendSync { id: 2 }
        ]
    );
    assert_eq!(core.poll_timeout(), Some(3000), "what is left of reply 6's 2 s");
    core.handle(2500, Event::TraceReceived(Bytes::from_static(TRACE)));
    let actions = core.handle_timeout(3000);
    assert_eq!(effects(actions), vec![trace_reply(6, TRACE)], "served at 3000, 2 s after it arrived");
}

#[test]
fn a_sync_timeout_serves_the_last_trace_and_stops_syncing_until_the_runtime_answers() {
    let mut core = running();
    core.handle(301, Event::TraceReceived(Bytes::from_static(TRACE)));
    core.handle(302, Event::TraceRequested { reply: 5 });
    core.handle(303, Event::TraceRequested { reply: 6 });
    assert!(core.handle_timeout(2301).is_empty(), "not yet");
    let actions = core.handle_timeout(2302);
    assert!(logged(&actions, Level::Warn, "did not answer sync 1"));
    assert_eq!(effects(actions), vec![trace_reply(5, TRACE), trace_reply(6, TRACE)]);
    assert!(core.handle_timeout(2303).is_empty(), "already answered");
    assert_eq!(core.poll_timeout(), None);
    // A stalled runtime gets no more syncs; requests are answered at once.
    assert_eq!(core.handle(2304, Event::TraceRequested { reply: 7 }), vec![trace_reply(7, TRACE)]);
    // Its late answer shows it is back: syncing resumes.
    let actions = core.handle(2305, Event::SyncDone { id: 1 });
    assert!(logged(&actions, Level::Info, "sync again"));
    assert!(effects(actions).is_empty());
    assert_eq!(core.handle(2306, Event::TraceRequested { reply: 8 }), vec![Action::SendSync { id: 2 }]);
}

#[test]
fn running_without_a_published_trace_is_unavailable() {
    let mut core = running();
    core.handle(301, Event::TraceRequested { reply: 5 });
    assert_eq!(
        core.handle(302, Event::SyncDone { id: 1 }),
        vec![refused(5, ApiError::Unavailable("the function has not published a trace yet".into()))]
    );
}

#[test]
fn the_last_trace_is_served_after_node_dies() {
    let mut core = running();
    core.handle(301, Event::TraceReceived(Bytes::from_static(TRACE)));
    core.handle(302, Event::TraceRequested { reply: 5 });
    // Node dies with a sync outstanding: the waiter gets the last trace.
    let actions = core.handle(303, Event::NodeExited(ExitStatus::Signal(9)));
    assert!(actions.contains(&trace_reply(5, TRACE)));
    assert_eq!(core.status(), Status::RuntimeError);
    // Later requests are answered at once, without a sync.
    assert_eq!(core.handle(304, Event::TraceRequested { reply: 6 }), vec![trace_reply(6, TRACE)]);
}

#[test]
fn a_trace_racing_the_exit_report_is_kept() {
    let mut core = runtime_error();
    core.handle(500, Event::TraceReceived(Bytes::from_static(TRACE)));
    assert_eq!(core.handle(501, Event::TraceRequested { reply: 5 }), vec![trace_reply(5, TRACE)]);
}

#[test]
fn a_crash_before_any_trace_leaves_none_to_serve() {
    let mut core = runtime_error();
    assert_eq!(
        core.handle(500, Event::TraceRequested { reply: 5 }),
        vec![refused(5, ApiError::NoTrace("the function stopped before publishing a trace".into()))]
    );
}

#[test]
fn a_closed_control_channel_answers_waiters_and_stops_syncing() {
    let mut core = running();
    core.handle(301, Event::TraceReceived(Bytes::from_static(TRACE)));
    core.handle(302, Event::TraceRequested { reply: 5 });
    assert_eq!(core.handle(303, Event::ControlClosed), vec![trace_reply(5, TRACE)]);
    assert_eq!(core.handle(304, Event::TraceRequested { reply: 6 }), vec![trace_reply(6, TRACE)]);
}

#[test]
fn vanilla_traces_are_ignored() {
    let mut core = running_vanilla();
    let actions = core.handle(10, Event::TraceReceived(Bytes::from_static(TRACE)));
    assert!(logged(&actions, Level::Warn, "not traced"));
    assert_eq!(core.info().trace_bytes, None);
}

#[test]
fn shutdown_kills_what_runs_in_each_state() {
    let writing = {
        let mut core = Core::new(TIMEOUTS);
        core.handle(0, init_event(Mode::Tracing));
        core
    };
    let timed_out_start = {
        let mut core = starting();
        core.handle_timeout(10_101);
        core
    };
    let cases: Vec<(&str, Core, Vec<Action>)> = vec![
        ("pre-initialized", Core::new(TIMEOUTS), vec![]),
        ("writing", writing, vec![]),
        ("compiling", compiling(), vec![Action::KillCompiler]),
        ("starting", starting(), vec![Action::KillNode]),
        ("running", running(), vec![Action::KillNode]),
        ("compile-error", compile_error(), vec![]),
        ("runtime-error (exited)", runtime_error(), vec![]),
        ("runtime-error (start timeout)", timed_out_start, vec![Action::KillNode]),
    ];
    for (name, mut core, expected) in cases {
        let status = core.status();
        let actions = core.handle(9_000_000, Event::Shutdown);
        assert!(logged(&actions, Level::Info, "shutting down"), "{name}");
        assert_eq!(effects(actions), expected, "{name}");
        assert_eq!(core.status(), status, "{name}: shutdown keeps the state");
        assert!(core.is_shutting_down());
        assert!(core.handle(9_000_001, Event::Shutdown).is_empty(), "{name}: a second shutdown does nothing");
    }
}

#[test]
fn children_run_until_their_exit_is_reported() {
    let mut core = compiling();
    assert!(core.children_running());
    core.handle(10, Event::Shutdown);
    assert!(core.children_running(), "killed is not gone yet");
    core.handle(
        20,
        Event::CompileFinished(Err(CompileFailure::Failed {
            command: "t".into(),
            status: ExitStatus::Signal(15),
            message: String::new(),
        })),
    );
    assert!(!core.children_running());

    let mut core = running();
    core.handle(500, Event::Shutdown);
    assert!(core.children_running());
    core.handle(501, Event::NodeExited(ExitStatus::Signal(15)));
    assert!(!core.children_running());

    assert!(!compile_error().children_running());
    assert!(!Core::new(TIMEOUTS).children_running());
}

#[test]
fn shutdown_answers_waiting_trace_requests() {
    let mut core = running();
    core.handle(301, Event::TraceRequested { reply: 5 });
    let actions = effects(core.handle(302, Event::Shutdown));
    assert_eq!(actions, vec![refused(5, ApiError::Unavailable("the agent is shutting down".into())), Action::KillNode]);
}

#[test]
fn nothing_starts_after_shutdown() {
    let mut core = Core::new(TIMEOUTS);
    core.handle(0, init_event(Mode::Tracing));
    core.handle(1, Event::Shutdown);
    assert!(effects(core.handle(2, Event::FilesWritten(Ok(())))).is_empty());

    let mut core = compiling();
    core.handle(10, Event::Shutdown);
    assert!(effects(core.handle(11, Event::CompileFinished(Ok(())))).is_empty());
    assert_eq!(core.info().compiler_pid, None);

    let mut core = Core::new(TIMEOUTS);
    core.handle(0, Event::Shutdown);
    assert_eq!(
        core.handle(1, init_event(Mode::Vanilla)),
        vec![refused(INIT, ApiError::Unavailable("the agent is shutting down".into()))]
    );
    assert_eq!(core.status(), Status::PreInitialized);
}

#[test]
fn exit_during_shutdown_is_recorded_but_not_an_error() {
    let mut core = running();
    core.handle(500, Event::Shutdown);
    let actions = core.handle(501, Event::NodeExited(ExitStatus::Signal(15)));
    assert!(logged(&actions, Level::Info, "node exited with signal 15"));
    assert_eq!(core.status(), Status::Running);
    assert_eq!(core.info().exit_status, Some(ExitStatus::Signal(15)));
}

#[test]
fn info_serializes_with_camel_case_keys() {
    let json = serde_json::to_value(runtime_error().info()).unwrap();
    assert_eq!(json["state"], "runtime-error");
    assert_eq!(json["mode"], "Tracing");
    assert_eq!(json["exitStatus"], serde_json::json!({"code": 3}));
    assert_eq!(json["functionPort"], 9000);
    assert_eq!(json["nodePid"], 41);
    assert_eq!(json["version"], env!("CARGO_PKG_VERSION"));
}

#[test]
fn without_a_report_from_the_runtime_nodes_own_error_line_says_why() {
    let mut core = starting();
    let stderr = "/srv/fn/index.js:2\nfunction (\n         ^\n\nSyntaxError: Function statements require a function name\n    at internalCompileFunction (node:internal/vm:76:18)\n\nNode.js v20.19.0\n";
    core.handle(150, Event::NodeStderr(stderr.into()));
    core.handle(151, Event::NodeExited(ExitStatus::Code(1)));
    assert_eq!(
        core.info().error.as_deref(),
        Some("node exited before it was ready with exit code 1: index.js:2:10: SyntaxError: Function statements require a function name")
    );
    let mut core = running();
    let stderr = "<--- Last few GCs --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n 1: 0xb85bc0 node::Abort() [node]\n";
    core.handle(500, Event::NodeStderr(stderr.into()));
    core.handle(501, Event::NodeExited(ExitStatus::Signal(6)));
    assert_eq!(
        core.info().error.as_deref(),
        Some("node exited while running with signal 6: FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory")
    );
}

#[test]
fn nodes_location_of_an_error_comes_first_as_the_compilers_does() {
    let cases = [
        // An uncaught exception at the top level: Node's caret is under `throw`.
        ("/w/index.js:3\n  throw new TypeError('x');\n  ^\n\nTypeError: x\n    at Object.<anonymous> (/w/index.js:3:3)\n", "index.js:3:3: TypeError: x"),
        // No caret line: the line alone.
        ("/w/index.js:7\n\nSyntaxError: Unexpected end of input\n", "index.js:7: SyntaxError: Unexpected end of input"),
        // A `file:line` after the error line is not its location.
        ("SyntaxError: bad\n/w/index.js:1\n", "SyntaxError: bad"),
        // A library's file is named by its place under node_modules.
        ("/w/node_modules/containerless/index.js:42\nx\n^\n\nError: misuse\n", "node_modules/containerless/index.js:42:1: Error: misuse"),
        // Something that is not a JavaScript file is not a location.
        ("listening on 127.0.0.1:8080\nError: listen EADDRINUSE\n", "Error: listen EADDRINUSE"),
    ];
    for (stderr, expected) in cases {
        let mut core = starting();
        core.handle(150, Event::NodeStderr(stderr.into()));
        core.handle(151, Event::NodeExited(ExitStatus::Code(1)));
        let error = core.info().error.unwrap_or_default();
        assert_eq!(error.split_once("exit code 1: ").map(|(_, why)| why), Some(expected), "{stderr:?}");
    }
}

#[test]
fn the_runtimes_report_wins_over_stderr_and_plain_output_says_nothing() {
    let mut core = running();
    core.handle(500, Event::FunctionError("RangeError: reported\n    at x".into()));
    core.handle(501, Event::NodeStderr("TypeError: printed\n".into()));
    core.handle(502, Event::NodeExited(ExitStatus::Code(1)));
    assert_eq!(core.info().error.as_deref(), Some("node exited while running with exit code 1: RangeError: reported"));
    let mut core = running();
    core.handle(500, Event::NodeStderr("just some words: nothing wrong\nbye\n".into()));
    core.handle(501, Event::NodeExited(ExitStatus::Code(0)));
    assert_eq!(core.info().error.as_deref(), Some("node exited while running with exit code 0"));
}

// Pre-starting: a Node started with the agent waits for the function.

/// The waiting Nodes' pids: `vanilla` for Vanilla, 100 more for Tracing.
fn pids(vanilla: u32) -> WaitingPids {
    WaitingPids { vanilla, tracing: vanilla + 100 }
}

const PIDS: WaitingPids = WaitingPids { vanilla: 70, tracing: 170 };

/// A core whose pre-started Nodes (pids 70 and 170) wait for the function.
fn waiting() -> Core {
    let mut core = Core::new(TIMEOUTS);
    core.handle(0, Event::AgentStarted { prestart: true });
    core.handle(1, Event::PrestartStarted { pids: pids(70) });
    core.handle(80, Event::RuntimeWaiting);
    core
}

#[test]
fn prestart_starts_node_with_the_agent_and_stays_pre_initialized() {
    let mut core = Core::new(TIMEOUTS);
    assert_eq!(effects(core.handle(0, Event::AgentStarted { prestart: true })), vec![Action::PrestartNode]);
    assert_eq!(core.info().prestart, Prestart::Starting);
    assert!(logged(&core.handle(1, Event::PrestartStarted { pids: pids(70) }), Level::Info, "pid 70"));
    let actions = core.handle(80, Event::RuntimeWaiting);
    assert!(logged(&actions, Level::Info, "waiting for the function, 80 ms"));
    assert!(effects(actions).is_empty());
    assert_eq!(core.status(), Status::PreInitialized);
    let info = core.info();
    assert_eq!((info.prestart, info.prestart_pids, info.prestart_ms), (Prestart::Waiting, Some(PIDS), Some(80)));
    assert_eq!((info.node_pid, info.state), (None, Status::PreInitialized), "nodePid is the function's");
    assert!(core.children_running());
    assert!(core.handle(81, Event::AgentStarted { prestart: true }).is_empty(), "started once");
}

#[test]
fn prestart_off_starts_node_at_init() {
    let mut core = Core::new(TIMEOUTS);
    let actions = core.handle(0, Event::AgentStarted { prestart: false });
    assert!(logged(&actions, Level::Info, "pre-starting node is off"));
    assert!(effects(actions).is_empty());
    assert_eq!(core.info().prestart, Prestart::Off);
    core.handle(1, init_event(Mode::Vanilla));
    assert_eq!(
        effects(core.handle(2, Event::FilesWritten(Ok(())))),
        vec![Action::StartNode { mode: Mode::Vanilla, entry: SOURCE_FILE }]
    );
}

#[test]
fn init_runs_the_function_in_the_waiting_node() {
    for (mode, entry) in [(Mode::Vanilla, SOURCE_FILE), (Mode::Tracing, TRACED_FILE)] {
        let mut core = waiting();
        core.handle(1000, init_event(mode));
        let actions = core.handle(1001, Event::FilesWritten(Ok(())));
        let actions = match mode {
            Mode::Vanilla => actions,
            Mode::Tracing => {
                assert_eq!(effects(actions), vec![Action::StartCompiler]);
                core.handle(1002, Event::CompilerStarted { pid: 40 });
                core.handle(1004, Event::CompileFinished(Ok(())))
            }
        };
        let pid = PIDS.of(mode);
        assert!(logged(&actions, Level::Info, &format!("node started (pid {pid}): the waiting node runs {entry}")));
        assert_eq!(effects(actions), vec![Action::RunFunction { mode, entry }], "{mode:?}");
        assert_eq!(core.status(), Status::Compiling);
        let info = core.info();
        assert_eq!((info.node_pid, info.prestart, info.prestart_pids), (Some(pid), Prestart::Used, None), "the mode's");
        core.handle(1010, Event::FunctionReady { port: 9000 });
        assert_eq!(core.status(), Status::Running);
        assert_eq!(core.info().start_ms, Some(if mode == Mode::Vanilla { 9 } else { 6 }));
        // From here on the Node is the function's: its exit is a runtime-error.
        core.handle(2000, Event::NodeExited(ExitStatus::Code(1)));
        assert_eq!(core.status(), Status::RuntimeError);
        assert!(!core.children_running());
    }
}

#[test]
fn a_node_still_starting_is_told_to_run_too() {
    let mut core = Core::new(TIMEOUTS);
    core.handle(0, Event::AgentStarted { prestart: true });
    core.handle(1, Event::PrestartStarted { pids: pids(70) });
    core.handle(2, init_event(Mode::Vanilla));
    assert_eq!(
        effects(core.handle(3, Event::FilesWritten(Ok(())))),
        vec![Action::RunFunction { mode: Mode::Vanilla, entry: SOURCE_FILE }]
    );
    assert!(effects(core.handle(4, Event::RuntimeWaiting)).is_empty(), "a late `waiting` changes nothing");
    assert_eq!(core.info().prestart, Prestart::Used);
}

#[test]
fn a_waiting_node_that_dies_is_replaced_and_init_still_works() {
    let mut core = waiting();
    core.handle(5000, Event::NodeStderr("Killed".into()));
    let actions = core.handle(5001, Event::NodeExited(ExitStatus::Signal(9)));
    assert!(logged(
        &actions,
        Level::Warn,
        "the waiting nodes (pid 70 for Vanilla, 170 for Tracing) exited with signal 9: starting them again"
    ));
    assert_eq!(effects(actions), vec![Action::PrestartNode]);
    assert_eq!(core.status(), Status::PreInitialized, "the lifecycle does not move");
    let info = core.info();
    assert_eq!((info.prestart, info.prestart_pids, info.prestart_restarts), (Prestart::Starting, None, 1));
    assert_eq!((info.exit_status, info.error), (None, None), "not the function's exit");
    core.handle(5002, Event::PrestartStarted { pids: pids(71) });
    core.handle(5090, Event::RuntimeWaiting);
    assert_eq!(core.info().prestart_ms, Some(89));
    core.handle(6000, init_event(Mode::Vanilla));
    assert_eq!(
        effects(core.handle(6001, Event::FilesWritten(Ok(())))),
        vec![Action::RunFunction { mode: Mode::Vanilla, entry: SOURCE_FILE }]
    );
    assert_eq!(core.info().node_pid, Some(71));
}

#[test]
fn a_waiting_node_that_dies_while_compiling_is_replaced_before_it_is_needed() {
    let mut core = waiting();
    core.handle(1000, init_event(Mode::Tracing));
    core.handle(1001, Event::FilesWritten(Ok(())));
    core.handle(1002, Event::CompilerStarted { pid: 40 });
    assert_eq!(effects(core.handle(1003, Event::NodeExited(ExitStatus::Signal(9)))), vec![Action::PrestartNode]);
    assert_eq!(core.status(), Status::Compiling);
    core.handle(1004, Event::PrestartStarted { pids: pids(71) });
    assert_eq!(
        effects(core.handle(1005, Event::CompileFinished(Ok(())))),
        vec![Action::RunFunction { mode: Mode::Tracing, entry: TRACED_FILE }]
    );
    assert_eq!(core.info().node_pid, Some(171), "Tracing's waiting Node");
}

#[test]
fn nodes_that_die_as_they_start_make_prestart_give_up() {
    let mut core = Core::new(TIMEOUTS);
    core.handle(0, Event::AgentStarted { prestart: true });
    let mut now = 0;
    for pid in 70..70 + PRESTART_MAX_QUICK_FAILURES {
        core.handle(now + 1, Event::PrestartStarted { pids: pids(pid) });
        core.handle(now + 30, Event::NodeStderr("Error: Cannot find module 'x'".into()));
        let actions = core.handle(now + 40, Event::NodeExited(ExitStatus::Code(1)));
        now += 40;
        if pid + 1 < 70 + PRESTART_MAX_QUICK_FAILURES {
            assert_eq!(effects(actions), vec![Action::PrestartNode], "pid {pid}");
        } else {
            assert!(logged(&actions, Level::Error, "Error: Cannot find module 'x'; 3 in a row died"));
            assert!(effects(actions).is_empty());
        }
    }
    assert_eq!(core.info().prestart, Prestart::Failed);
    assert!(!core.children_running());
    core.handle(now + 1, init_event(Mode::Vanilla));
    assert_eq!(
        effects(core.handle(now + 2, Event::FilesWritten(Ok(())))),
        vec![Action::StartNode { mode: Mode::Vanilla, entry: SOURCE_FILE }],
        "a cold start, which reports the error"
    );
}

#[test]
fn a_long_lived_waiting_node_dying_resets_the_count() {
    let mut core = Core::new(TIMEOUTS);
    core.handle(0, Event::AgentStarted { prestart: true });
    let mut now = 0;
    for round in 0..10 {
        core.handle(now + 1, Event::PrestartStarted { pids: pids(70 + round) });
        // Every other one lives long: it was killed, it did not fail.
        now += if round % 2 == 0 { 10 } else { PRESTART_MIN_LIFE_MS + 10 };
        assert_eq!(effects(core.handle(now, Event::NodeExited(ExitStatus::Signal(9)))), vec![Action::PrestartNode]);
    }
    assert_eq!(core.info().prestart_restarts, 10);
}

#[test]
fn a_prestart_that_cannot_spawn_falls_back_to_starting_at_init() {
    let mut core = Core::new(TIMEOUTS);
    core.handle(0, Event::AgentStarted { prestart: true });
    let actions = core.handle(1, Event::PrestartFailed(ChildError::Missing("prestart.js".into())));
    assert!(logged(&actions, Level::Warn, "cannot pre-start node (prestart.js is missing)"));
    assert!(effects(actions).is_empty());
    assert_eq!(core.info().prestart, Prestart::Failed);
    assert!(!core.children_running());
    core.handle(2, init_event(Mode::Vanilla));
    assert_eq!(
        effects(core.handle(3, Event::FilesWritten(Ok(())))),
        vec![Action::StartNode { mode: Mode::Vanilla, entry: SOURCE_FILE }]
    );
}

#[test]
fn a_run_that_cannot_be_sent_is_a_runtime_error_and_stops_the_node() {
    let mut core = waiting();
    core.handle(1000, init_event(Mode::Vanilla));
    core.handle(1001, Event::FilesWritten(Ok(())));
    let actions = core.handle(1002, Event::NodeStartFailed(ChildError::io("send run", "broken pipe")));
    assert_eq!(effects(actions), vec![Action::KillNode]);
    assert_eq!(core.status(), Status::RuntimeError);
    assert!(core.children_running(), "until its exit is reported");
    core.handle(1003, Event::NodeExited(ExitStatus::Signal(15)));
    assert!(!core.children_running());
}

#[test]
fn what_a_waiting_node_says_is_not_the_functions() {
    let mut core = waiting();
    assert!(effects(core.handle(100, Event::FunctionReady { port: 1 })).is_empty());
    let actions = core.handle(101, Event::FunctionError("prestart: bad run message".into()));
    assert!(logged(&actions, Level::Warn, "the waiting node reported an error"));
    core.handle(102, Event::TraceReceived(Bytes::from_static(TRACE)));
    let info = core.info();
    assert_eq!((info.function_error, info.trace_bytes, info.state), (None, None, Status::PreInitialized));
}

#[test]
fn shutdown_before_init_stops_the_waiting_node_and_starts_no_other() {
    for mut core in [waiting(), {
        let mut core = Core::new(TIMEOUTS);
        core.handle(0, Event::AgentStarted { prestart: true });
        core.handle(1, Event::PrestartStarted { pids: pids(70) });
        core
    }] {
        assert_eq!(effects(core.handle(100, Event::Shutdown)), vec![Action::KillNode]);
        assert!(core.children_running(), "killed is not gone yet");
        let actions = core.handle(101, Event::NodeExited(ExitStatus::Signal(15)));
        assert!(effects(actions).is_empty(), "no replacement during shutdown");
        assert!(!core.children_running());
        assert_eq!(core.status(), Status::PreInitialized);
    }
    let mut core = Core::new(TIMEOUTS);
    core.handle(0, Event::Shutdown);
    assert!(core.handle(1, Event::AgentStarted { prestart: true }).is_empty());
}

#[test]
fn info_says_how_node_was_started() {
    let json = serde_json::to_value(waiting().info()).unwrap();
    assert_eq!(json["prestart"], "waiting");
    assert_eq!(json["prestartPids"], serde_json::json!({"Vanilla": 70, "Tracing": 170}));
    assert_eq!(json["prestartMs"], 80);
    assert_eq!(json["prestartRestarts"], 0);
    assert_eq!(serde_json::to_value(Core::new(TIMEOUTS).info()).unwrap()["prestart"], "off");
}

#[test]
fn a_compile_error_stops_the_waiting_node_without_replacing_it() {
    let mut core = waiting();
    core.handle(1000, init_event(Mode::Tracing));
    core.handle(1001, Event::FilesWritten(Ok(())));
    core.handle(1002, Event::CompilerStarted { pid: 40 });
    let actions = core.handle(1003, Event::CompileFinished(Err(syntax_error())));
    assert_eq!(effects(actions), vec![Action::KillNode]);
    assert_eq!(core.status(), Status::CompileError);
    let info = core.info();
    assert_eq!((info.prestart, info.prestart_pids), (Prestart::Unused, None));
    assert!(core.children_running(), "until its exit is reported");
    let actions = core.handle(1010, Event::NodeExited(ExitStatus::Signal(15)));
    assert!(logged(
        &actions,
        Level::Info,
        "the waiting nodes (pid 70 for Vanilla, 170 for Tracing) exited with signal 15"
    ));
    assert!(effects(actions).is_empty(), "not replaced");
    assert!(!core.children_running());
    let info = core.info();
    assert_eq!((info.exit_status, info.node_pid, info.state), (None, None, Status::CompileError), "not the function's");
    assert!(effects(core.handle(1011, Event::Shutdown)).is_empty());
}

#[test]
fn a_compile_error_before_the_waiting_node_is_spawned_starts_none() {
    let mut core = Core::new(TIMEOUTS);
    core.handle(0, Event::AgentStarted { prestart: true });
    core.handle(1, init_event(Mode::Vanilla));
    let actions = core.handle(2, Event::FilesWritten(Err(write_failed("read-only file system"))));
    assert!(effects(actions).is_empty());
    assert_eq!(core.info().prestart, Prestart::Unused);
    // Had the spawn been reported only now, that Node is stopped at once.
    assert_eq!(effects(core.handle(3, Event::PrestartStarted { pids: pids(70) })), vec![Action::KillNode]);
    assert!(core.children_running());
    assert!(effects(core.handle(4, Event::NodeExited(ExitStatus::Signal(15)))).is_empty());
    assert!(!core.children_running());
}

#[test]
fn a_waiting_node_reported_after_shutdown_is_stopped() {
    let mut core = Core::new(TIMEOUTS);
    core.handle(0, Event::AgentStarted { prestart: true });
    assert!(effects(core.handle(1, Event::Shutdown)).is_empty());
    assert_eq!(effects(core.handle(2, Event::PrestartStarted { pids: pids(70) })), vec![Action::KillNode]);
    assert!(core.children_running());
    assert!(effects(core.handle(3, Event::NodeExited(ExitStatus::Signal(15)))).is_empty());
    assert!(!core.children_running());
}
