//! The agent as a child subreaper (`PR_SET_CHILD_SUBREAPER`): a descendant
//! whose parent dies (a function's `detached` child once Node has gone) is
//! reparented to the agent instead of to init, so the agent can find it, end
//! it on shutdown and reap it.
//!
//! The children the agent spawns itself are waited for by their own threads
//! (`std::process::Child::wait`); [`spawn`] registers them so that nothing
//! here ever waits for one of them. Everything else whose parent is the
//! agent was adopted, and is waited for here, by pid, never with `wait(-1)`.

use std::collections::HashSet;
use std::io;
use std::process::{Child, Command};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

use crate::log;

/// How often adopted processes that have exited are reaped.
const REAP_EVERY: Duration = Duration::from_secs(1);
/// After SIGKILL, how long adopted processes get to disappear.
const KILL_WAIT: Duration = Duration::from_secs(2);

/// Pids of the children spawned through [`spawn`] and not yet waited for.
/// Held while spawning, so that a scan never sees a child unregistered.
static SPAWNED: Mutex<Option<HashSet<u32>>> = Mutex::new(None);

fn spawned() -> std::sync::MutexGuard<'static, Option<HashSet<u32>>> {
    SPAWNED.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Makes the agent the reaper of its orphaned descendants, and reaps those
/// that exit from now on (a thread, once a second).
pub fn become_subreaper() -> io::Result<()> {
    // SAFETY: prctl with integer arguments only.
    if unsafe { libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) } != 0 {
        return Err(io::Error::last_os_error());
    }
    thread::Builder::new().name("reaper".into()).spawn(|| loop {
        thread::sleep(REAP_EVERY);
        reap_adopted();
    })?;
    Ok(())
}

/// Spawns `command` as a child the caller waits for.
pub fn spawn(command: &mut Command) -> io::Result<Child> {
    let mut known = spawned();
    let child = command.spawn()?;
    known.get_or_insert_with(HashSet::new).insert(child.id());
    Ok(child)
}

/// `pid`, spawned through [`spawn`], has been waited for.
pub fn forget(pid: u32) {
    if let Some(known) = spawned().as_mut() {
        known.remove(&pid);
    }
}

/// The agent's children that it did not spawn, exited ones included.
pub fn adopted() -> Vec<u32> {
    let me = std::process::id();
    let known = spawned();
    let Ok(entries) = std::fs::read_dir("/proc") else { return Vec::new() };
    entries
        .flatten()
        .filter_map(|entry| entry.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| parent_of(*pid) == Some(me))
        .filter(|pid| !known.as_ref().is_some_and(|known| known.contains(pid)))
        .collect()
}

/// The parent pid in `/proc/PID/stat` (after the command name, which may
/// hold spaces and parentheses, so the last `)` is looked for).
fn parent_of(pid: u32) -> Option<u32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after_name = &stat[stat.rfind(')')? + 1..];
    after_name.split_whitespace().nth(1)?.parse().ok()
}

/// Waits for every adopted process that has exited; returns how many.
pub fn reap_adopted() -> usize {
    let mut reaped = 0;
    for pid in adopted() {
        let mut status = 0;
        // SAFETY: waitpid writes the status into our integer.
        if unsafe { libc::waitpid(pid as libc::pid_t, &mut status, libc::WNOHANG) } == pid as libc::pid_t {
            reaped += 1;
        }
    }
    reaped
}

/// Ends every adopted process and its group: SIGTERM, SIGKILL after
/// `grace`, then reaps them. Processes adopted meanwhile (children of those
/// that died) are ended too.
pub fn end_adopted(grace: Duration) {
    let started = Instant::now();
    let mut signalled: HashSet<u32> = HashSet::new();
    let mut killed = false;
    loop {
        reap_adopted();
        let left = adopted();
        if left.is_empty() {
            break;
        }
        let elapsed = started.elapsed();
        if elapsed >= grace + KILL_WAIT {
            log::error(&format!("{} adopted processes did not end: {left:?}", left.len()));
            break;
        }
        let signal = if elapsed >= grace { libc::SIGKILL } else { libc::SIGTERM };
        if signal == libc::SIGKILL && !killed {
            killed = true;
            signalled.clear();
        }
        for pid in left {
            if signalled.insert(pid) {
                if signal == libc::SIGTERM {
                    log::info(&format!("ending pid {pid}, a descendant that outlived its parent"));
                }
                signal_with_group(pid, signal);
            }
        }
        thread::sleep(Duration::from_millis(20));
    }
}

/// Signals `pid`, and its process group when it leads one (a detached
/// child does), so its own children go with it.
fn signal_with_group(pid: u32, signal: libc::c_int) {
    let pid = pid as libc::pid_t;
    // SAFETY: getpgid and kill have no memory-safety preconditions.
    unsafe {
        if libc::getpgid(pid) == pid {
            libc::kill(-pid, signal);
        }
        libc::kill(pid, signal);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_parent_is_read_past_a_command_name_with_parentheses() {
        assert_eq!(parent_of(std::process::id()), Some(std::os::unix::process::parent_id()));
        assert_eq!(parent_of(u32::MAX), None);
    }

    #[test]
    fn spawned_children_are_not_adopted() {
        let mut child = spawn(Command::new("sleep").arg("5")).unwrap();
        assert!(!adopted().contains(&child.id()));
        child.kill().unwrap();
        child.wait().unwrap();
        forget(child.id());
    }
}
