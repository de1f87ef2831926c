//! The command line of `containerless-agent`: the agent by default, plus
//! two tool subcommands. Each entry point returns the process exit status.
//!
//! | invocation | entry point |
//! |---|---|
//! | `containerless-agent [FLAGS]` | `agent` |
//! | `containerless-agent transform FILE` | `transform::main` |
//! | `containerless-agent eval-trace --trace T [--request R] ...` | `eval_trace::main` |

use std::ffi::OsString;
use std::time::Duration;

use crate::config::{self, Command};
use crate::log;

mod eval_trace;
mod transform;

/// Runs what `args` (without the program name) asks for; returns the exit status.
pub fn main(args: Vec<OsString>) -> i32 {
    let mut args = args.into_iter().peekable();
    match args.peek().and_then(|arg| arg.to_str()) {
        Some("transform") => transform::main(args.skip(1).collect()),
        Some("eval-trace") => eval_trace::main(args.skip(1).collect()),
        _ => agent(args.collect()),
    }
}

/// `containerless-agent [FLAGS]`: runs the agent until shutdown. Exit 0
/// after a clean stop, 1 when it could not start, 2 for bad flags.
fn agent(args: Vec<OsString>) -> i32 {
    let config = match config::parse(args, |name| std::env::var(name).ok()) {
        Ok(Command::Run(config)) => config,
        Ok(Command::Help) => {
            print!("{}", config::help_text());
            return 0;
        }
        Ok(Command::Version) => {
            println!("containerless-agent {}", env!("CARGO_PKG_VERSION"));
            return 0;
        }
        Err(err) => {
            eprintln!("containerless-agent: error {}: {err}", err.code());
            return 2;
        }
    };
    log::set_format(config.log_format);
    log::init();
    let code = match crate::agent::serve(*config) {
        Ok(()) => 0,
        Err(err) => {
            log::log_with(log::Level::Error, &err.to_string(), &[("code", &err.code().to_string())]);
            1
        }
    };
    log::flush(Duration::from_secs(1));
    code
}
