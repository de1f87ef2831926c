//! `containerless-agent transform FILE`: the tracing compiler as a command
//! (what `js-transform.sh` runs for the agent).

use std::ffi::OsString;
use std::io::Write;

use crate::transform::{self, CompileError};

/// Prints the instrumented program on stdout (exit 0); a syntax error
/// prints `FILE:LINE:COL: message` on stderr (exit 1); an unreadable file,
/// an internal compiler error or bad usage exits 2.
pub fn main(args: Vec<OsString>) -> i32 {
    let mut args = args.into_iter();
    let (Some(path), None) = (args.next(), args.next()) else {
        eprintln!("usage: containerless-agent transform FILE");
        return 2;
    };
    let file_name = path.to_string_lossy().into_owned();
    tune_allocator();
    let source = match std::fs::read(&path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(_) => {
                eprintln!("{file_name}: the file is not valid UTF-8");
                return 2;
            }
        },
        Err(e) => {
            eprintln!("{file_name}: cannot read the file: {e}");
            return 2;
        }
    };
    match transform::compile_and_exit(&source, &file_name) {
        Ok(program) => {
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(program.as_bytes()).and_then(|()| stdout.flush()) {
                Ok(()) => 0,
                Err(e) => {
                    eprintln!("{file_name}: cannot write the output: {e}");
                    2
                }
            }
        }
        Err(e) => {
            eprintln!("{e}");
            match e {
                CompileError::Internal { .. } => 2,
                _ => 1,
            }
        }
    }
}

/// The CLI process only compiles one file: let the compiler thread share the
/// main heap and grow it in large steps, instead of a fresh per-thread arena
/// grown page by page (measurably slower on large inputs).
fn tune_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only adjusts glibc's allocator parameters; it is
    // called before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
        libc::mallopt(libc::M_TOP_PAD, 16 << 20);
    }
}
