//! Fault and abuse suite (issue 6): faults around the function — a killed
//! Node, a missing compiler, a working directory that is read-only or full,
//! signals to the agent itself.

use crate::common::*;
use std::path::Path;
use std::time::{Duration, Instant};

/// This checkout's compiler and runtime library, linked into `dir`.
fn link_real(dir: &Path) {
    std::os::unix::fs::symlink(oracle::repo().join("js-transform.sh"), dir.join("js-transform.sh")).unwrap();
    std::os::unix::fs::symlink(oracle::repo().join("node_modules"), dir.join("node_modules")).unwrap();
}

#[test]
fn node_killed_with_sigkill_is_a_runtime_error_and_the_trace_is_still_served() {
    let agent = start_real("fault-sigkill-node", &[]);
    agent.start_function("Tracing", SEED_DEMO);
    assert_eq!(http(agent.function_addr(), "GET", "/", &[], b"").unwrap().text(), "hi");
    let before = agent.get("/trace");
    assert_eq!(before.status, 200);
    let node = agent.node_pid();
    send_signal(node, libc::SIGKILL);
    agent.wait_status("runtime-error", SLOW);
    let info = agent.info();
    assert_eq!(info["error"], "node exited while running with signal 9");
    assert_eq!(info["exitStatus"], json!({"signal": 9}));
    let after = agent.get("/trace");
    assert_eq!((after.status, &after.body), (200, &before.body), "the last trace survives");
    wait_pid_gone(node, SLOW);
    agent.assert_healthy();
}

#[test]
fn a_missing_transform_is_a_compile_error_with_the_reason() {
    for (transform, reason) in [
        ("./no-such-compiler.sh", "cannot run ./no-such-compiler.sh: No such file or directory (os error 2)"),
        ("no-such-compiler-on-path", "cannot run no-such-compiler-on-path: No such file or directory (os error 2)"),
    ] {
        let agent = Agent::start("fault-no-compiler", &["--transform", transform]);
        assert_eq!(agent.init("Tracing", SEED_DEMO).status, 200);
        agent.wait_status("compile-error", SLOW);
        let info = agent.info();
        assert_eq!(info["error"].as_str(), Some(format!("compilation failed: {reason}").as_str()), "{transform}");
        assert_eq!(info["errorCode"], 102, "the compiler failed");
        assert!(info["compilerPid"].is_null() && info["nodePid"].is_null());
        assert!(!agent.workdir.path().join("traced.js").exists());
        assert_eq!(
            dir_entries(agent.workdir.path()),
            ["index.js", "js-transform.sh", "node_modules"],
            "no temporary file left"
        );
        agent.assert_healthy();
    }
}

#[test]
fn a_transform_that_is_not_executable_is_a_compile_error() {
    let workdir = fixture_workdir("fault-not-executable");
    let transform = workdir.path().join("js-transform.sh");
    let mut permissions = std::fs::metadata(&transform).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o644);
    std::fs::set_permissions(&transform, permissions).unwrap();
    let agent = Agent::start_in(workdir, &[]);
    assert_eq!(agent.init("Tracing", SEED_DEMO).status, 200);
    agent.wait_status("compile-error", SLOW);
    assert_eq!(agent.info()["error"], "compilation failed: cannot run ./js-transform.sh: not executable");
    agent.assert_healthy();
}

/// A tmpfs on `workdir`, or `None` where this process may not mount one:
/// then the test is recorded as skipped (printed by `make test`), and fails
/// in CI, which must run it.
fn tmpfs_or_skip(workdir: &TempDir, size: &str, test: &str) -> Option<Tmpfs> {
    match Tmpfs::mount_on(workdir.path(), size) {
        Ok(tmpfs) => Some(tmpfs),
        Err(why) => {
            report::skip(test, &why);
            None
        }
    }
}

#[test]
fn a_read_only_workdir_is_a_clear_error_and_writes_nothing() {
    let workdir = TempDir::new("fault-read-only");
    let Some(tmpfs) =
        tmpfs_or_skip(&workdir, "1m", "robust_faults::a_read_only_workdir_is_a_clear_error_and_writes_nothing")
    else {
        return;
    };
    link_real(workdir.path());
    tmpfs.remount_read_only();
    let agent = Agent::start_in(workdir, &[]);
    agent.wait_log("is not writable", SLOW);
    for mode in ["Vanilla", "Tracing"] {
        // Only the first init is accepted; the second shows it stays refused.
        let response = agent.init(mode, SEED_DEMO);
        if mode == "Vanilla" {
            assert_eq!(response.status, 200);
            agent.wait_status("compile-error", SLOW);
        } else {
            expect_error(&response, 409, "already initialized", "the function was already initialized");
        }
    }
    assert_eq!(agent.info()["error"], "cannot write index.js: Read-only file system (os error 30)");
    assert_eq!(dir_entries(agent.workdir.path()), ["js-transform.sh", "node_modules"]);
    agent.assert_healthy();
    drop(agent);
    drop(tmpfs);
}

#[test]
fn a_full_workdir_is_a_clear_error_and_leaves_no_half_written_file() {
    // 64 KiB of room: the code does not fit.
    let workdir = TempDir::new("fault-full");
    let Some(tmpfs) = tmpfs_or_skip(
        &workdir,
        "64k",
        "robust_faults::a_full_workdir_is_a_clear_error_and_leaves_no_half_written_file",
    ) else {
        return;
    };
    link_real(workdir.path());
    let agent = Agent::start_in(workdir, &[]);
    let code = format!("// {}\n{SEED_DEMO}", "x".repeat(200 * 1024));
    assert_eq!(agent.init("Vanilla", &code).status, 200);
    agent.wait_status("compile-error", SLOW);
    assert_eq!(agent.info()["error"], "cannot write index.js: No space left on device (os error 28)");
    assert_eq!(dir_entries(agent.workdir.path()), ["js-transform.sh", "node_modules"]);
    agent.assert_healthy();
    drop(agent);
    drop(tmpfs);
}

#[test]
fn a_workdir_too_full_for_the_compilers_output_leaves_no_half_written_file() {
    // index.js fits in 64 KiB; index.js and traced.js together do not.
    let workdir = TempDir::new("fault-full-traced");
    let Some(tmpfs) = tmpfs_or_skip(
        &workdir,
        "64k",
        "robust_faults::a_workdir_too_full_for_the_compilers_output_leaves_no_half_written_file",
    ) else {
        return;
    };
    link_real(workdir.path());
    let agent = Agent::start_in(workdir, &[]);
    // A string the instrumented program keeps too.
    let code = format!("const padding = '{}';\n{SEED_DEMO}", "x".repeat(40 * 1024));
    assert_eq!(agent.init("Tracing", &code).status, 200);
    agent.wait_status("compile-error", SLOW);
    assert_eq!(
        agent.info()["error"],
        "compilation failed: `./js-transform.sh index.js` ended with exit code 2: \
         index.js: cannot write the output: No space left on device (os error 28)"
    );
    assert_eq!(dir_entries(agent.workdir.path()), ["index.js", "js-transform.sh", "node_modules"]);
    agent.assert_healthy();
    drop(agent);
    drop(tmpfs);
}

#[test]
fn sigterm_while_compiling_reaps_the_compiler_and_exits_0() {
    let mut agent = Agent::start("fault-term-compiling", &[]);
    std::fs::write(agent.workdir.path().join("hold-compiler"), "").unwrap();
    assert_eq!(agent.init("Tracing", SEED_DEMO).status, 200);
    agent.wait_log("compiler started", SLOW);
    let compiler = agent.info()["compilerPid"].as_u64().expect("compiler pid") as u32;
    agent.signal(libc::SIGTERM);
    assert_eq!(agent.wait_exit(SLOW).code(), Some(0));
    assert!(!Path::new(&format!("/proc/{compiler}")).exists(), "compiler {compiler} is left, even as a zombie");
    assert_eq!(dir_entries(agent.workdir.path()), ["hold-compiler", "index.js", "js-transform.sh", "node_modules"]);
}

#[test]
fn sigterm_while_running_reaps_node_and_exits_0() {
    let mut agent = start_real("fault-term-running", &[]);
    agent.start_function("Vanilla", SEED_DEMO);
    let node = agent.node_pid();
    agent.signal(libc::SIGTERM);
    assert_eq!(agent.wait_exit(SLOW).code(), Some(0));
    assert!(!Path::new(&format!("/proc/{node}")).exists(), "node {node} is left, even as a zombie");
    let log = agent.log_lines().join("\n");
    assert!(log.contains("node exited with signal 15") && log.contains("agent stopped"), "{log}");
}

#[test]
fn sigkill_to_the_agent_leaves_no_node_behind() {
    let mut agent = start_real("fault-kill-agent", &[]);
    agent.start_function("Vanilla", SEED_DEMO);
    let node = agent.node_pid();
    agent.signal(libc::SIGKILL);
    agent.wait_exit(SLOW);
    let killed = Instant::now();
    wait_pid_gone(node, Duration::from_secs(2));
    eprintln!("node gone {:?} after the agent", killed.elapsed());
}

#[test]
fn sigkill_to_the_agent_while_compiling_leaves_no_compiler_behind() {
    let mut agent = Agent::start("fault-kill-compiling", &[]);
    std::fs::write(agent.workdir.path().join("hold-compiler"), "").unwrap();
    assert_eq!(agent.init("Tracing", SEED_DEMO).status, 200);
    agent.wait_log("compiler started", SLOW);
    let compiler = agent.info()["compilerPid"].as_u64().expect("compiler pid") as u32;
    agent.signal(libc::SIGKILL);
    agent.wait_exit(SLOW);
    wait_pid_gone(compiler, Duration::from_secs(2));
}

/// The pids of `pid`'s children.
fn children(pid: u32) -> Vec<u32> {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else { return Vec::new() };
    tasks
        .filter_map(|task| std::fs::read_to_string(task.ok()?.path().join("children")).ok())
        .flat_map(|text| text.split_whitespace().filter_map(|pid| pid.parse().ok()).collect::<Vec<u32>>())
        .collect()
}

#[test]
fn sigkill_to_the_agent_ends_even_a_node_without_the_parent_death_signal() {
    // A wrapper that does not exec: Node is a grandchild of the agent, so the
    // kernel's parent-death signal does not reach it. The runtime must see its
    // control channel close and exit by itself.
    let workdir = oracle::real_workdir("fault-kill-agent-grandchild");
    let wrapper = workdir.path().join("node-wrapper.sh");
    std::fs::write(&wrapper, "#!/bin/sh\nnode \"$@\"\necho \"node ended: $?\"\n").unwrap();
    std::fs::set_permissions(&wrapper, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let mut agent = Agent::start_in(workdir, &["--node", "./node-wrapper.sh"]);
    agent.start_function("Vanilla", SEED_DEMO);
    let shell = agent.node_pid();
    let node = children(shell);
    assert_eq!(node.len(), 1, "the wrapper runs one node: {node:?}");
    let node = node[0];
    assert_eq!(http(agent.function_addr(), "GET", "/", &[], b"").unwrap().text(), "hi");
    agent.signal(libc::SIGKILL);
    agent.wait_exit(SLOW);
    let killed = Instant::now();
    wait_pid_gone(node, Duration::from_secs(2));
    eprintln!("node exited {:?} after the agent was killed", killed.elapsed());
}
