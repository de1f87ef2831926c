//! The container image without a container engine: the Dockerfile's layout
//! (`make dist` in a directory owned as the Dockerfile makes it) and its
//! user (a non-root uid through `setpriv`), running a traced function. A
//! root-owned directory, what `WORKDIR` alone makes, is checked to fail, so
//! the test can tell the two apart.

use crate::common::oracle::repo;
use crate::common::*;
use std::path::Path;
use std::process::Command;

/// The unprivileged user the agent runs as here (`nobody`), standing in
/// for the image's `node`.
const UID: u32 = 65534;

/// The Dockerfile's instructions, keyword and arguments, in order.
fn dockerfile() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(repo().join("Dockerfile")).expect("read the Dockerfile");
    text.lines()
        .filter(|line| !line.trim_start().starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let (keyword, rest) = line.trim().split_once(' ').unwrap_or((line.trim(), ""));
            (keyword.to_string(), rest.trim().to_string())
        })
        .collect()
}

#[test]
fn the_dockerfile_gives_the_workdir_to_the_user_that_runs_the_agent() {
    let steps = dockerfile();
    let find = |keyword: &str| steps.iter().position(|(k, _)| k == keyword).unwrap_or_else(|| panic!("no {keyword}"));
    let user = &steps[find("USER")].1;
    let workdir = &steps[find("WORKDIR")].1;
    let made = steps[..find("WORKDIR")].iter().any(|(k, args)| {
        k == "RUN" && args.contains(&format!("-o {user} -g {user}")) && args.ends_with(workdir.as_str())
    });
    assert!(made, "the workdir {workdir} is made {user}'s before WORKDIR: {steps:?}");
    assert_eq!(steps[find("COPY")].1, format!("--chown={user}:{user} dist/ {workdir}/"));
    assert!(find("COPY") < find("USER"));
    assert!(steps[find("ENTRYPOINT")].1.contains(&format!("\"--workdir\", \"{workdir}\"")));
}

/// Whether this test process may set up another user's files and run as it.
fn can_switch_user() -> bool {
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    root && Command::new("setpriv").arg("--version").output().is_ok_and(|out| out.status.success())
}

fn chown(path: &Path, recursive: bool) {
    let mut command = Command::new("chown");
    if recursive {
        command.arg("-R");
    }
    let status = command.arg(format!("{UID}:{UID}")).arg(path).status().expect("run chown");
    assert!(status.success(), "chown {}", path.display());
}

/// `make dist` into a fresh function directory, copied as `COPY --chown`
/// does: the files become the user's, the directory itself only if
/// `user_owns_dir` (the Dockerfile's `install -d -o`).
fn image_layout(tag: &str, user_owns_dir: bool) -> TempDir {
    let staging = TempDir::new(&format!("{tag}-dist"));
    make_dist_layout(staging.path());
    let function = TempDir::new(tag);
    for entry in std::fs::read_dir(staging.path()).expect("read dist") {
        let entry = entry.expect("dist entry");
        let status = Command::new("cp").arg("-a").arg(entry.path()).arg(function.path()).status().expect("run cp");
        assert!(status.success());
        chown(&function.path().join(entry.file_name()), true);
    }
    if user_owns_dir {
        chown(function.path(), false);
    }
    function
}

fn start_as_user(function: TempDir) -> Agent {
    let binary = function.path().join("containerless-agent");
    let (uid, gid) = (format!("--reuid={UID}"), format!("--regid={UID}"));
    Agent::start_binary_wrapped(&binary, &["setpriv", &uid, &gid, "--clear-groups"], function, &[])
}

#[test]
fn the_image_layout_runs_a_traced_function_as_a_non_root_user() {
    if !can_switch_user() {
        eprintln!("SKIPPED: needs root and setpriv to reproduce the image's user");
        return;
    }
    let agent = start_as_user(image_layout("image", true));
    let port = agent.start_function("Tracing", SEED_DEMO);
    let answer = http(format!("127.0.0.1:{port}").parse().unwrap(), "GET", "/", &[], b"").expect("function answers");
    assert_eq!(answer.text(), "hi");
    assert_eq!(agent.get("/trace").status, 200);
    use std::os::unix::fs::MetadataExt;
    for file in ["index.js", "traced.js"] {
        let meta = std::fs::metadata(agent.workdir.path().join(file)).expect(file);
        assert_eq!(meta.uid(), UID, "{file} is written by the agent's user");
    }
    assert_eq!(proc_uid(agent.pid()), UID, "the agent runs as the user");
}

#[test]
fn a_root_owned_workdir_fails_as_the_old_dockerfile_did() {
    if !can_switch_user() {
        eprintln!("SKIPPED: needs root and setpriv to reproduce the image's user");
        return;
    }
    let agent = start_as_user(image_layout("image-root-dir", false));
    agent.wait_log("is not writable: /init will fail to write index.js", SLOW);
    assert_eq!(agent.init("Tracing", SEED_DEMO).status, 200);
    agent.wait_status("compile-error", SLOW);
    let error = agent.info()["error"].as_str().unwrap_or_default().to_string();
    assert!(error.contains("Permission denied"), "{error}");
}

/// The real uid of a process, from `/proc/PID/status`.
fn proc_uid(pid: u32) -> u32 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("read /proc status");
    let line = status.lines().find(|line| line.starts_with("Uid:")).expect("Uid line");
    line.split_whitespace().nth(1).and_then(|uid| uid.parse().ok()).expect("uid")
}
