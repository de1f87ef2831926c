//! The trace: IR types, validator, pretty printer and evaluator.
use std::ffi::OsString;

pub mod eval;
pub mod pretty;

/// `containerless-agent eval-trace --trace T.json --request R.json`.
/// Exit 0 with the response body on stdout; 3 when the path is unknown;
/// 2 on a malformed trace or request.
pub fn cli(_args: Vec<OsString>) -> i32 {
    eprintln!("eval-trace: not implemented yet");
    2
}
