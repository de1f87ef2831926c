//! The waiting Nodes (DESIGN.md §2, "Pre-starting"): one per mode, each
//! started with its mode's flags ([`super::mode_flags`]: Tracing's larger
//! V8 stack), because the mode is known only at `/init` and a flag cannot
//! be changed in a running Node. The core sees the pair as one waiting
//! runtime: it waits once both wait, and it is gone once both are gone (the
//! first to die takes the other with it). On `/init` the mode's member runs
//! the function and the other is stopped; nothing it says reaches the core.

use std::sync::{Arc, Mutex, PoisonError};

use crossbeam_channel::{unbounded, Receiver, Select, Sender};

use super::{spawn_node, spawn_thread, NodeLaunch, NodeProcess, ProcessGroup};
use crate::core::{ChildError, Event, ExitStatus, Mode, WaitingPids};

/// The pair of waiting Nodes.
pub struct Standby {
    vanilla: NodeProcess,
    tracing: NodeProcess,
    /// Set (before `run` is sent) to the member that runs the function.
    chosen: Arc<Mutex<Option<Mode>>>,
}

impl Standby {
    pub fn pids(&self) -> WaitingPids {
        WaitingPids { vanilla: self.vanilla.group.pid(), tracing: self.tracing.group.pid() }
    }

    /// SIGTERM to both.
    pub fn terminate(&self) {
        self.vanilla.group.terminate();
        self.tracing.group.terminate();
    }

    /// SIGKILL to both.
    pub fn kill(&self) {
        self.vanilla.group.kill();
        self.tracing.group.kill();
    }

    /// `mode`'s member becomes the function's Node; nothing the other says
    /// reaches the core any more. Returns both: the caller stops the other
    /// once the function is up, so that its exit does not compete with the
    /// function's start for the CPU.
    pub fn choose(self, mode: Mode) -> (NodeProcess, NodeProcess) {
        *self.chosen.lock().unwrap_or_else(PoisonError::into_inner) = Some(mode);
        match mode {
            Mode::Vanilla => (self.vanilla, self.tracing),
            Mode::Tracing => (self.tracing, self.vanilla),
        }
    }
}

/// Spawns the waiting Node of each mode (`launch(mode)` says how).
pub fn spawn_standby(launch: impl Fn(Mode) -> NodeLaunch, events: Sender<Event>) -> Result<Standby, ChildError> {
    let (vanilla_tx, vanilla_rx) = unbounded();
    let (tracing_tx, tracing_rx) = unbounded();
    let vanilla = spawn_node(&launch(Mode::Vanilla), vanilla_tx)?;
    let tracing = match spawn_node(&launch(Mode::Tracing), tracing_tx) {
        Ok(tracing) => tracing,
        Err(err) => {
            vanilla.group.kill();
            return Err(err);
        }
    };
    let chosen = Arc::new(Mutex::new(None));
    let members = [
        Member { mode: Mode::Vanilla, events: vanilla_rx, group: vanilla.group.clone() },
        Member { mode: Mode::Tracing, events: tracing_rx, group: tracing.group.clone() },
    ];
    let relay = Relay { members, chosen: Arc::clone(&chosen), events };
    spawn_thread("standby", move || relay.run());
    Ok(Standby { vanilla, tracing, chosen })
}

struct Member {
    mode: Mode,
    events: Receiver<Event>,
    group: ProcessGroup,
}

/// Merges the members' events into the core's: before `run`, as one
/// waiting runtime; after, the chosen member's alone.
struct Relay {
    members: [Member; 2],
    chosen: Arc<Mutex<Option<Mode>>>,
    events: Sender<Event>,
}

#[derive(Default)]
struct Waiting {
    waiting: [bool; 2],
    announced: bool,
    exited: [bool; 2],
    stderr: [Option<String>; 2],
    /// The first member to die: what it said last and how it ended.
    first_exit: Option<(Option<String>, ExitStatus)>,
}

impl Relay {
    fn run(self) {
        let mut select = Select::new();
        for member in &self.members {
            select.recv(&member.events);
        }
        let mut open = self.members.len();
        let mut state = Waiting::default();
        while open > 0 {
            let operation = select.select();
            let index = operation.index();
            let Ok(event) = operation.recv(&self.members[index].events) else {
                select.remove(index);
                open -= 1;
                continue;
            };
            let chosen = *self.chosen.lock().unwrap_or_else(PoisonError::into_inner);
            let forwarded = match chosen {
                Some(mode) if mode == self.members[index].mode => self.events.send(event).is_ok(),
                Some(_) => true, // the member stopped unused
                None => self.before_run(&mut state, index, event),
            };
            if !forwarded {
                return; // the agent is gone
            }
        }
    }

    /// One member's event while both wait; false once the core is gone.
    fn before_run(&self, state: &mut Waiting, index: usize, event: Event) -> bool {
        match event {
            Event::RuntimeWaiting => {
                state.waiting[index] = true;
                if state.waiting.iter().all(|&waiting| waiting) && !state.announced {
                    state.announced = true;
                    return self.events.send(Event::RuntimeWaiting).is_ok();
                }
                true
            }
            Event::NodeStderr(tail) => {
                state.stderr[index] = Some(tail);
                true
            }
            Event::NodeExited(status) => {
                state.exited[index] = true;
                if state.first_exit.is_none() {
                    state.first_exit = Some((state.stderr[index].take(), status));
                    self.members.iter().for_each(|member| member.group.terminate());
                }
                if !state.exited.iter().all(|&exited| exited) {
                    return true;
                }
                let (stderr, status) = state.first_exit.take().expect("recorded above");
                let said = stderr.is_none_or(|tail| self.events.send(Event::NodeStderr(tail)).is_ok());
                said && self.events.send(Event::NodeExited(status)).is_ok()
            }
            Event::ControlClosed => true, // its exit follows
            other => self.events.send(other).is_ok(),
        }
    }
}
