//! The tracing compiler: parse → lower → normalize → instrument → print.
use std::ffi::OsString;

pub mod ast;
pub mod error;
pub mod parse;
pub mod resolve;

pub use error::CompileError;

/// `containerless-agent transform FILE`: prints the instrumented program on
/// stdout; on a syntax error prints `FILE:LINE:COL: message` on stderr, exit 1.
pub fn cli(_args: Vec<OsString>) -> i32 {
    eprintln!("transform: not implemented yet");
    1
}
