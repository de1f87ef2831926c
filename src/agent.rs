//! The agent process: wires the server, the state owner and the supervisor.
use std::ffi::OsString;

/// Runs the agent until shutdown; returns the process exit code.
pub fn run(_args: Vec<OsString>) -> i32 {
    eprintln!("agent: not implemented yet");
    1
}
