//! Shutdown and process supervision: no orphan survives the agent.

use crate::common::*;

#[test]
fn sigterm_stops_node_and_exits_0() {
    let mut agent = Agent::start("sigterm", &[]);
    agent.start_function("Tracing", SEED_DEMO);
    let node = agent.node_pid();
    assert!(pid_alive(node));
    agent.signal(libc::SIGTERM);
    let status = agent.wait_exit(SLOW);
    assert_eq!(status.code(), Some(0), "{status:?}");
    // The agent reaped Node before exiting: no process, not even a zombie.
    assert!(!std::path::Path::new(&format!("/proc/{node}")).exists(), "node {node} is left");
    let log = agent.log_lines().join("\n");
    assert!(log.contains("shutting down") && log.contains("agent stopped"), "{log}");
}

#[test]
fn sigint_stops_the_agent_too() {
    let mut agent = Agent::start("sigint", &[]);
    agent.signal(libc::SIGINT);
    assert_eq!(agent.wait_exit(SLOW).code(), Some(0));
}

#[test]
fn a_node_that_ignores_sigterm_is_killed_after_the_grace_period() {
    let code = "process.on('SIGTERM', function () { console.log('ignoring SIGTERM'); }); \
                const c = require('containerless'); c.listen(function (req) { c.respond('hi'); });";
    let mut agent = start_real("stubborn", &["--kill-grace", "0.5"]);
    agent.start_function("Vanilla", code);
    let node = agent.node_pid();
    agent.signal(libc::SIGTERM);
    assert_eq!(agent.wait_exit(SLOW).code(), Some(0));
    assert!(!pid_alive(node), "node {node} survived");
    let log = agent.log_lines().join("\n");
    assert!(log.contains("ignored SIGTERM"), "{log}");
    assert!(log.contains("node exited with signal 9"), "{log}");
}

#[test]
fn killing_the_agent_outright_leaves_no_node() {
    // A handler stuck in a loop cannot notice its control channel closing:
    // the kernel's parent-death signal ends it.
    // (Pipes are synchronous in Node on Linux, so `busy` is out before the loop.)
    let code = "const c = require('containerless'); c.listen(function (req) { console.log('busy'); while (true) {} });";
    let mut agent = start_real("sigkill", &[]);
    let port = agent.start_function("Vanilla", code);
    let node = agent.node_pid();
    let busy = std::thread::spawn(move || {
        let _ = http(format!("127.0.0.1:{port}").parse().unwrap(), "GET", "/", &[], b"");
    });
    agent.wait_log("[node stdout] busy", SLOW);
    agent.signal(libc::SIGKILL);
    agent.wait_exit(SLOW);
    wait_pid_gone(node, SLOW);
    busy.join().unwrap();
}
