//! The tracing compiler: parse → lower → normalize → instrument → print.
use std::ffi::OsString;

/// `containerless-agent transform FILE`: prints the instrumented program on
/// stdout; on a syntax error prints `FILE:LINE:COL: message` on stderr, exit 1.
pub fn cli(_args: Vec<OsString>) -> i32 {
    eprintln!("transform: not implemented yet");
    1
}
