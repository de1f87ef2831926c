//! What a test could not check, made visible: `make test` prints every file
//! written here after the run (the harness hides the output of passing
//! tests), and in CI (`CI=true`) a skip is a failure.

use std::path::PathBuf;

fn target(dir: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target").join(dir)
}

/// Whether this is a CI run, where nothing may be skipped.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|value| value == "true")
}

/// Records that `test` checked nothing because of `reason`; fails in CI.
pub fn skip(test: &str, reason: &str) {
    assert!(!in_ci(), "{test}: cannot be skipped in CI (CI=true): {reason}");
    eprintln!("SKIPPED: {test}: {reason}");
    write_line("test-skips", test, &format!("SKIPPED {test}: {reason}"));
}

/// A line for the summary of `make test` (counts a test wants seen).
pub fn note(name: &str, line: &str) {
    eprintln!("{line}");
    write_line("test-notes", name, line);
}

fn write_line(dir: &str, name: &str, line: &str) {
    let dir = target(dir);
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join(format!("{name}.txt")), format!("{line}\n"));
}
