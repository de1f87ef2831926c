//! Running a JavaScript file under `node` with a time limit, for the
//! compiler's tests.

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// Output and exit status of `node FILE` run in `dir`, or a timeout.
pub fn run_node(dir: &Path, file: &str) -> (String, Option<i32>) {
    let child = Command::new("node")
        .arg(file)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node must be installed to run the compiler tests");
    let pid = child.id();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(Duration::from_secs(30)) {
        Ok(Ok(out)) => {
            let stderr = String::from_utf8_lossy(&out.stderr);
            if !out.status.success() {
                eprintln!("{file} stderr:\n{stderr}");
            }
            (String::from_utf8_lossy(&out.stdout).into_owned(), out.status.code())
        }
        Ok(Err(e)) => panic!("waiting for node {file}: {e}"),
        Err(_) => {
            // SAFETY: plain kill(2) of the child we started.
            unsafe {
                libc::kill(pid as i32, libc::SIGKILL);
            }
            panic!("node {file} did not finish within 30 s");
        }
    }
}
