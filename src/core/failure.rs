//! The lifecycle's typed errors: what the supervisor reports when it cannot
//! do what the core asked ([`ChildError`], [`CompileFailure`]), why the state
//! became `compile-error` or `runtime-error` ([`Failure`], whose `Display` is
//! the one place `/info`'s `error` text is made), and why `/readyz` is 503
//! ([`NotReady`]).

use super::{ExitStatus, Status, TRACED_FILE};

/// A child process could not be started, fed or given its files. The
/// supervisor's words, carried into the core by an event.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChildError {
    /// The configured program is missing, is not an executable file, or
    /// could not be executed.
    #[error("cannot run {program}: {reason}")]
    Program { program: String, reason: String },
    /// Node could not be executed (the configured command, as written).
    #[error("{command}: {reason}")]
    Node { command: String, reason: String },
    /// One of the agent's own resources failed: a file, the control
    /// channel, a thread. `action` completes "cannot ...".
    #[error("cannot {action}: {reason}")]
    Io { action: &'static str, reason: String },
    /// The runtime library lacks a file the agent needs.
    #[error("{0} is missing")]
    Missing(String),
    /// `run` was due but no waiting Node is there to take it.
    #[error("no waiting node")]
    NoWaitingNode,
}

impl ChildError {
    /// An I/O failure while doing `action` ("write index.js", ...).
    pub fn io(action: &'static str, err: impl std::fmt::Display) -> ChildError {
        ChildError::Io { action, reason: err.to_string() }
    }
}

/// Why the compiler produced no program.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CompileFailure {
    #[error(transparent)]
    NotStarted(ChildError),
    /// The compiler ran and failed; `message` is its stderr (`FILE:LINE:COL:
    /// message` for a syntax error), possibly empty.
    #[error("`{command}` ended with {status}{}", colon(message))]
    Failed { command: String, status: ExitStatus, message: String },
    /// The compiler succeeded but its output could not be put in place.
    #[error("cannot write {TRACED_FILE}: {0}")]
    Output(String),
}

/// Why the lifecycle ended in `compile-error` or `runtime-error`: the text
/// of `/info`'s `error`, made here and nowhere else.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Failure {
    /// `index.js` could not be written (the supervisor says so).
    #[error(transparent)]
    WriteSource(ChildError),
    #[error("compilation failed: {0}")]
    Compile(CompileFailure),
    #[error("the compiler did not finish within {took_ms} ms")]
    CompileTimeout { took_ms: u64 },
    #[error("cannot start node: {0}")]
    NodeStart(ChildError),
    #[error("the function did not become ready within {took_ms} ms")]
    StartTimeout { took_ms: u64 },
    /// Node exited on its own; `why` is the line that says why (the
    /// runtime's report, else Node's stderr), when there is one.
    #[error("node exited {} with {status}{}", if *.was_ready { "while running" } else { "before it was ready" }, colon(.why.as_deref().unwrap_or_default()))]
    NodeExited { was_ready: bool, status: ExitStatus, why: Option<String> },
}

impl Failure {
    /// Stable numeric code; the state it leads to is implied by it
    /// (1xx: `compile-error`, 2xx: `runtime-error`).
    pub fn code(&self) -> u16 {
        match self {
            Failure::WriteSource(_) => 101,
            Failure::Compile(_) => 102,
            Failure::CompileTimeout { .. } => 103,
            Failure::NodeStart(_) => 201,
            Failure::StartTimeout { .. } => 202,
            Failure::NodeExited { .. } => 203,
        }
    }
}

/// Why the function cannot take a request now (`/readyz` is 503).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NotReady {
    #[error("the function is {}", .0.as_str())]
    State(Status),
    /// Running, but its event loop sent no heartbeat for `silent_ms`.
    #[error("the function's event loop has been blocked for {silent_ms} ms")]
    Blocked { silent_ms: u64 },
}

/// `": text"`, or nothing for an empty text.
fn colon(text: &str) -> String {
    if text.is_empty() {
        String::new()
    } else {
        format!(": {text}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_read_as_one_sentence() {
        let failed = CompileFailure::Failed {
            command: "./js-transform.sh index.js".into(),
            status: ExitStatus::Code(1),
            message: "index.js:3:16: Unexpected token".into(),
        };
        assert_eq!(
            Failure::Compile(failed).to_string(),
            "compilation failed: `./js-transform.sh index.js` ended with exit code 1: index.js:3:16: Unexpected token"
        );
        let silent =
            CompileFailure::Failed { command: "t index.js".into(), status: ExitStatus::Signal(9), message: "".into() };
        assert_eq!(silent.to_string(), "`t index.js` ended with signal 9");
        let missing = ChildError::Program { program: "./t.sh".into(), reason: "not executable".into() };
        assert_eq!(
            Failure::Compile(CompileFailure::NotStarted(missing)).to_string(),
            "compilation failed: cannot run ./t.sh: not executable"
        );
        let exited = Failure::NodeExited { was_ready: true, status: ExitStatus::Code(0), why: None };
        assert_eq!(exited.to_string(), "node exited while running with exit code 0");
        let early = Failure::NodeExited { was_ready: false, status: ExitStatus::Code(1), why: Some("x".into()) };
        assert_eq!(early.to_string(), "node exited before it was ready with exit code 1: x");
        let full = ChildError::io(super::super::WRITE_SOURCE, "disk full");
        assert_eq!(Failure::WriteSource(full).to_string(), "cannot write index.js: disk full");
    }

    #[test]
    fn codes_are_stable_and_tell_the_state() {
        let cases = [
            (Failure::WriteSource(ChildError::NoWaitingNode), 101),
            (Failure::Compile(CompileFailure::Output(String::new())), 102),
            (Failure::CompileTimeout { took_ms: 1 }, 103),
            (Failure::NodeStart(ChildError::NoWaitingNode), 201),
            (Failure::StartTimeout { took_ms: 1 }, 202),
            (Failure::NodeExited { was_ready: true, status: ExitStatus::Code(1), why: None }, 203),
        ];
        for (failure, code) in cases {
            assert_eq!(failure.code(), code, "{failure}");
        }
    }
}
