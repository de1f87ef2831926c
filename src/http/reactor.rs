//! The I/O thread: accepts, reads, parses, dispatches and writes, for every
//! connection at once, with `poll(2)` over non-blocking sockets.

use std::fs::File;
use std::io::{self, IoSlice, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crossbeam_channel::{unbounded, Receiver, Sender};

use super::{
    ConnId, ConnectionHeader, Done, Framing, Job, Parsed, Parser, Request, Response, Screen, Settings, Ticket, Waker,
    Wire,
};
use crate::error::ApiError;
use crate::log;

/// Bytes read from a socket at a time.
const READ_CHUNK: usize = 64 * 1024;
/// Reads per connection per wake-up, so one fast client cannot starve others.
const READS_PER_TURN: usize = 16;
/// Connections accepted per wake-up.
const ACCEPTS_PER_TURN: usize = 64;
/// After a failed `accept` (e.g. out of file descriptors), pause accepting.
const ACCEPT_PAUSE: Duration = Duration::from_millis(100);
/// How long a closing connection's unread input is drained, so the client
/// reads our answer instead of a reset.
const LINGER: Duration = Duration::from_secs(2);
/// Input buffers larger than this are released once a request is done.
const KEEP_BUFFER: usize = 64 * 1024;
const LISTEN_BACKLOG: libc::c_int = 1024;
const CONTINUE: &[u8] = b"HTTP/1.1 100 Continue\r\n\r\n";
/// Answers up to this size are never refused for the output budget.
const SMALL_ANSWER: usize = 64 * 1024;

/// The listening socket and the means to wake and stop the reactor.
pub struct Server {
    listener: TcpListener,
    settings: Settings,
    wake_rx: UnixStream,
    waker: Arc<Waker>,
    stopping: Arc<AtomicBool>,
    done_tx: Sender<Done>,
    done_rx: Receiver<Done>,
    stats: Arc<Stats>,
}

/// What the transport counts, for `GET /metrics`: atomics the reactor
/// updates as it goes, read by any thread.
#[derive(Debug, Default)]
pub struct Stats {
    /// Connections open now.
    pub open: AtomicUsize,
    /// Connections accepted since the start.
    pub accepted: AtomicU64,
    /// Requests answered by the transport itself, never reaching a worker:
    /// malformed, too large, timed out, or refused on their head.
    pub refused: AtomicU64,
    /// Requests answered `503` because every worker of their lane was busy.
    pub busy: AtomicU64,
}

/// Stops a running [`Server`] from any thread.
#[derive(Clone, Debug)]
pub struct Stopper {
    stopping: Arc<AtomicBool>,
    waker: Arc<Waker>,
}

impl Stopper {
    pub fn stop(&self) {
        self.stopping.store(true, Ordering::SeqCst);
        self.waker.wake();
    }
}

impl Server {
    pub fn bind(addr: &str, settings: Settings) -> io::Result<Server> {
        let listener = TcpListener::bind(addr)?;
        // A larger backlog than std's absorbs bursts of connections.
        // SAFETY: listen(2) on a socket we own; no memory is passed.
        unsafe {
            libc::listen(listener.as_raw_fd(), LISTEN_BACKLOG);
        }
        listener.set_nonblocking(true)?;
        let (wake_rx, wake_tx) = UnixStream::pair()?;
        wake_rx.set_nonblocking(true)?;
        wake_tx.set_nonblocking(true)?;
        let (done_tx, done_rx) = unbounded();
        Ok(Server {
            listener,
            settings,
            wake_rx,
            waker: Arc::new(Waker(wake_tx)),
            stopping: Arc::new(AtomicBool::new(false)),
            done_tx,
            done_rx,
            stats: Arc::default(),
        })
    }

    /// The transport's counters, shared with whoever reports them.
    pub fn stats(&self) -> Arc<Stats> {
        self.stats.clone()
    }

    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    pub fn stopper(&self) -> Stopper {
        Stopper { stopping: self.stopping.clone(), waker: self.waker.clone() }
    }

    /// Serves until stopped, then lets requests being served finish (within
    /// `Settings::drain`). `screen` decides on the head of a request that
    /// declares a body whether the body is read at all; `dispatch` hands a
    /// job to a worker, or gives it back when none can take it (the client
    /// then gets `503`).
    pub fn run(self, screen: impl Fn(&Request) -> Screen + 'static, dispatch: impl FnMut(Job) -> Result<(), Box<Job>>) {
        Reactor {
            screen: Box::new(screen),
            budget_used: 0,
            output_held: 0,
            listener: Some(self.listener),
            settings: self.settings,
            wake_rx: self.wake_rx,
            waker: self.waker,
            stopping: self.stopping,
            done_tx: self.done_tx,
            done_rx: self.done_rx,
            conns: Vec::new(),
            free: Vec::new(),
            generation: 0,
            accept_paused_until: None,
            accept_warned: [None; 2],
            spare: File::open("/dev/null").ok(),
            drain_until: None,
            stats: self.stats,
        }
        .run(dispatch)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Waiting for (the rest of) a request.
    Reading,
    /// A worker has the request.
    Busy,
    Writing,
    /// Answer sent and our side shut: draining input until the client closes.
    Lingering,
}

struct Conn {
    stream: TcpStream,
    /// Bytes of the global body budget this connection's request holds.
    reserved: usize,
    /// Bytes of the output budget its answer holds until written.
    held: usize,
    /// The body of the request being served was skipped: close after it.
    skipped_body: bool,
    generation: u64,
    input: Vec<u8>,
    parser: Parser,
    phase: Phase,
    /// Start of the current wait: idle, request, last write progress, linger.
    since: Instant,
    output: Wire,
    written: usize,
    close_after: bool,
    /// Accepted and not polled yet: its first bytes may be waiting unread,
    /// so it does not count as idle.
    fresh: bool,
}

/// What giving up the spare descriptor found.
enum Spare {
    Admitted,
    NobodyWaiting,
    Unavailable,
}

enum Owner {
    Wake,
    Listener,
    Conn(usize),
}

struct Reactor {
    screen: Box<dyn Fn(&Request) -> Screen>,
    /// Bytes of request bodies reserved across all connections.
    budget_used: usize,
    /// Bytes of unshared answers not yet written, across all connections.
    output_held: usize,
    listener: Option<TcpListener>,
    settings: Settings,
    wake_rx: UnixStream,
    waker: Arc<Waker>,
    stopping: Arc<AtomicBool>,
    done_tx: Sender<Done>,
    done_rx: Receiver<Done>,
    conns: Vec<Option<Conn>>,
    free: Vec<usize>,
    generation: u64,
    accept_paused_until: Option<Instant>,
    /// When accept failures were last logged: [made room, paused].
    accept_warned: [Option<Instant>; 2],
    /// Held so that, out of descriptors, one can be freed to accept.
    spare: Option<File>,
    drain_until: Option<Instant>,
    stats: Arc<Stats>,
}

impl Reactor {
    fn run(mut self, mut dispatch: impl FnMut(Job) -> Result<(), Box<Job>>) {
        let mut fds: Vec<libc::pollfd> = Vec::new();
        let mut owners: Vec<Owner> = Vec::new();
        loop {
            let now = Instant::now();
            if self.accept_paused_until.is_some_and(|until| until <= now) {
                self.accept_paused_until = None;
            }
            if self.stopping.load(Ordering::SeqCst) && self.drain_until.is_none() {
                self.begin_drain(now);
            }
            if let Some(until) = self.drain_until {
                let serving = self.conns.iter().flatten().any(|c| matches!(c.phase, Phase::Busy | Phase::Writing));
                if !serving || now >= until {
                    return;
                }
            }
            let timeout = self.collect_fds(now, &mut fds, &mut owners);
            // SAFETY: `fds` is a valid, exclusively borrowed array of pollfd.
            let ready = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, timeout) };
            if ready < 0 {
                let err = io::Error::last_os_error();
                if err.kind() != io::ErrorKind::Interrupted {
                    log::error(&format!("poll failed: {err}"));
                    std::thread::sleep(Duration::from_millis(10));
                }
                continue;
            }
            let now = Instant::now();
            for owner in &owners {
                if let Owner::Conn(slot) = owner {
                    if let Some(conn) = self.conns[*slot].as_mut() {
                        conn.fresh = false; // polled: what it sent is read below
                    }
                }
            }
            for (fd, owner) in fds.iter().zip(&owners) {
                if fd.revents == 0 {
                    continue;
                }
                match owner {
                    Owner::Wake => self.drain_wake(),
                    Owner::Listener => self.accept(now),
                    Owner::Conn(slot) => self.on_ready(*slot, now, &mut dispatch),
                }
            }
            self.take_done(now, &mut dispatch);
            self.expire(now, &mut dispatch);
        }
    }

    /// Builds the poll set; returns the poll timeout in milliseconds.
    fn collect_fds(&self, now: Instant, fds: &mut Vec<libc::pollfd>, owners: &mut Vec<Owner>) -> libc::c_int {
        fds.clear();
        owners.clear();
        let mut push = |fd: libc::c_int, events: libc::c_short, owner: Owner| {
            fds.push(libc::pollfd { fd, events, revents: 0 });
            owners.push(owner);
        };
        push(self.wake_rx.as_raw_fd(), libc::POLLIN, Owner::Wake);
        let mut next: Option<Instant> = self.drain_until;
        let mut any_fresh = false;
        for (slot, conn) in self.conns.iter().enumerate() {
            let Some(conn) = conn else { continue };
            let events = match conn.phase {
                Phase::Reading | Phase::Lingering => libc::POLLIN,
                Phase::Writing => libc::POLLOUT,
                Phase::Busy => continue,
            };
            push(conn.stream.as_raw_fd(), events, Owner::Conn(slot));
            next = earliest(next, self.deadline(conn));
            any_fresh |= conn.fresh;
        }
        // Last, so that connections' input is read before newcomers are
        // admitted: whom to close to make room is decided on what has arrived.
        match (&self.listener, self.accept_paused_until) {
            // At the cap, newcomers wait in the backlog until a slot is free.
            (Some(listener), None) if self.has_room() => push(listener.as_raw_fd(), libc::POLLIN, Owner::Listener),
            (Some(_), None) => {}
            (Some(_), Some(until)) => next = earliest(next, Some(until)),
            (None, _) => {}
        }
        if any_fresh {
            return 0; // one quick turn tells new connections' first bytes from silence
        }
        match next {
            None => -1,
            Some(at) => {
                let wait = at.saturating_duration_since(now);
                // Round up so a wake-up is never before the deadline.
                wait.as_millis().saturating_add(1).min(60_000) as libc::c_int
            }
        }
    }

    fn deadline(&self, conn: &Conn) -> Option<Instant> {
        match conn.phase {
            Phase::Reading if conn.parser.in_head(&conn.input) => Some(conn.since + self.head_timeout()),
            Phase::Reading | Phase::Writing => Some(conn.since + self.settings.client_timeout),
            Phase::Lingering => Some(conn.since + LINGER.min(self.settings.client_timeout)),
            Phase::Busy => None,
        }
    }

    fn head_timeout(&self) -> Duration {
        self.settings.head_timeout.min(self.settings.client_timeout)
    }

    fn begin_drain(&mut self, now: Instant) {
        self.drain_until = Some(now + self.settings.drain);
        self.listener = None; // closes the port: new clients are refused
        for slot in 0..self.conns.len() {
            if self.conns[slot].as_ref().is_some_and(|c| matches!(c.phase, Phase::Reading | Phase::Lingering)) {
                self.close(slot);
            }
        }
    }

    fn drain_wake(&mut self) {
        let mut sink = [0u8; 64];
        while matches!((&self.wake_rx).read(&mut sink), Ok(n) if n > 0) {}
    }

    /// Below the connection cap, or an idle connection can make room.
    fn has_room(&self) -> bool {
        self.conns.len() - self.free.len() < self.settings.max_connections || self.has_idle()
    }

    fn accept(&mut self, now: Instant) {
        for _ in 0..ACCEPTS_PER_TURN {
            if !self.has_room() {
                return;
            }
            let Some(listener) = &self.listener else { return };
            match listener.accept() {
                Ok((stream, _)) => self.admit(stream, now),
                Err(err) if err.kind() == io::ErrorKind::WouldBlock => return,
                Err(err) if matches!(err.kind(), io::ErrorKind::Interrupted | io::ErrorKind::ConnectionAborted) => {}
                Err(err) if is_out_of_descriptors(&err) && self.has_idle() => match self.accept_with_spare(now) {
                    Spare::Admitted => self.warn_accept(now, &err, "closed the longest-idle connection to make room"),
                    Spare::NobodyWaiting => return,
                    Spare::Unavailable => return self.pause_accepting(now, &err),
                },
                Err(err) => return self.pause_accepting(now, &err),
            }
        }
    }

    /// Out of descriptors with idle connections open: `accept` fails
    /// whether or not anyone is waiting, so the spare descriptor is given up
    /// to find out, and an idle connection is closed only for a real newcomer.
    fn accept_with_spare(&mut self, now: Instant) -> Spare {
        let (Some(spare), Some(listener)) = (self.spare.take(), &self.listener) else { return Spare::Unavailable };
        drop(spare);
        let outcome = match listener.accept() {
            Ok((stream, _)) => {
                self.evict_idle();
                self.admit(stream, now);
                Spare::Admitted
            }
            Err(err) if err.kind() == io::ErrorKind::WouldBlock => Spare::NobodyWaiting,
            Err(_) => Spare::Unavailable,
        };
        self.spare = File::open("/dev/null").ok();
        outcome
    }

    fn pause_accepting(&mut self, now: Instant, err: &io::Error) {
        self.accept_paused_until = Some(now + ACCEPT_PAUSE);
        self.warn_accept(now, err, &format!("pausing accepts for {ACCEPT_PAUSE:?}"));
    }

    /// Logs an accept failure, at most once per 10 s for each `action`.
    fn warn_accept(&mut self, now: Instant, err: &io::Error, action: &str) {
        let warned = &mut self.accept_warned[usize::from(action.starts_with("pausing"))];
        if warned.is_none_or(|at| now.duration_since(at) > Duration::from_secs(10)) {
            *warned = Some(now);
            log::warn(&format!("accept failed: {err}; {action}"));
        }
    }

    fn admit(&mut self, stream: TcpStream, now: Instant) {
        if stream.set_nonblocking(true).is_err() {
            return;
        }
        let _ = stream.set_nodelay(true);
        if self.conns.len() - self.free.len() >= self.settings.max_connections && !self.evict_idle() {
            return; // cannot happen: `accept` checks for room first
        }
        self.generation += 1;
        let conn = Conn {
            stream,
            reserved: 0,
            held: 0,
            skipped_body: false,
            generation: self.generation,
            input: Vec::new(),
            parser: Parser::new(self.settings.limits),
            phase: Phase::Reading,
            since: now,
            output: Wire::default(),
            written: 0,
            close_after: false,
            fresh: true,
        };
        match self.free.pop() {
            Some(slot) => self.conns[slot] = Some(conn),
            None => self.conns.push(Some(conn)),
        }
        self.stats.accepted.fetch_add(1, Ordering::Relaxed);
        self.stats.open.fetch_add(1, Ordering::Relaxed);
    }

    /// The connection to close to make room: the one that has waited
    /// longest for a request (or lingers); failing that, the oldest one
    /// still sending its head, so slow heads cannot hold every slot.
    fn longest_idle(&self) -> Option<usize> {
        let open = || self.conns.iter().enumerate().filter_map(|(slot, conn)| conn.as_ref().map(|conn| (slot, conn)));
        // Admission order breaks ties: a whole turn's newcomers share one `since`.
        let oldest = |candidates: &mut dyn Iterator<Item = (usize, &Conn)>| {
            candidates.min_by_key(|(_, conn)| (conn.since, conn.generation)).map(|(slot, _)| slot)
        };
        let idle = |conn: &Conn| {
            conn.phase == Phase::Lingering
                || (conn.phase == Phase::Reading && !conn.fresh && !conn.parser.in_request(&conn.input))
        };
        let partial_head =
            |conn: &Conn| conn.phase == Phase::Reading && !conn.fresh && conn.parser.in_head(&conn.input);
        oldest(&mut open().filter(|(_, conn)| idle(conn)))
            .or_else(|| oldest(&mut open().filter(|(_, conn)| partial_head(conn))))
    }

    fn has_idle(&self) -> bool {
        self.longest_idle().is_some()
    }

    /// Closes the longest-idle connection; false if there is none.
    fn evict_idle(&mut self) -> bool {
        match self.longest_idle() {
            Some(slot) => {
                self.close(slot);
                true
            }
            None => false,
        }
    }

    fn close(&mut self, slot: usize) {
        self.release(slot);
        if let Some(conn) = self.conns.get_mut(slot).and_then(Option::take) {
            drop(conn);
            self.free.push(slot);
            self.stats.open.fetch_sub(1, Ordering::Relaxed);
        }
    }

    /// Gives back the body and output budgets a connection held.
    fn release(&mut self, slot: usize) {
        if let Some(conn) = self.conns.get_mut(slot).and_then(Option::as_mut) {
            self.budget_used -= std::mem::take(&mut conn.reserved);
            self.output_held -= std::mem::take(&mut conn.held);
        }
    }

    /// Readable, writable, hung up or failed: the next read or write tells.
    fn on_ready(&mut self, slot: usize, now: Instant, dispatch: &mut impl FnMut(Job) -> Result<(), Box<Job>>) {
        let Some(phase) = self.conns.get(slot).and_then(Option::as_ref).map(|c| c.phase) else { return };
        match phase {
            Phase::Reading => self.read_request(slot, now, dispatch),
            Phase::Writing => self.write(slot, now, dispatch),
            Phase::Lingering => self.linger(slot),
            Phase::Busy => {}
        }
    }

    fn read_request(&mut self, slot: usize, now: Instant, dispatch: &mut impl FnMut(Job) -> Result<(), Box<Job>>) {
        let mut chunk = [0u8; READ_CHUNK];
        for _ in 0..READS_PER_TURN {
            let Some(conn) = self.conns[slot].as_mut() else { return };
            if conn.phase != Phase::Reading {
                return;
            }
            let was_in_request = conn.parser.in_request(&conn.input);
            match conn.stream.read(&mut chunk) {
                Ok(0) => return self.close(slot),
                Ok(n) => {
                    conn.input.extend_from_slice(&chunk[..n]);
                    if !was_in_request {
                        conn.since = now; // the request's clock starts at its first byte
                    }
                    self.advance(slot, now, dispatch);
                    if n < chunk.len() {
                        return;
                    }
                }
                Err(err) if err.kind() == io::ErrorKind::WouldBlock => return,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => return self.close(slot),
            }
        }
    }

    /// Parses what has arrived; screens a head with a body; dispatches a
    /// complete request.
    fn advance(&mut self, slot: usize, now: Instant, dispatch: &mut impl FnMut(Job) -> Result<(), Box<Job>>) {
        loop {
            let Some(conn) = self.conns[slot].as_mut() else { return };
            match conn.parser.feed(&mut conn.input) {
                Parsed::NeedMore => {
                    if conn.parser.take_continue() {
                        // Best effort: a client that misses it sends the body anyway.
                        let _ = conn.stream.write(CONTINUE);
                    }
                    return;
                }
                Parsed::Rejected(err) => return self.answer_now(slot, Response::from(err), now, dispatch),
                Parsed::Complete(request) => return self.dispatch(slot, request, dispatch),
                Parsed::Head => {
                    let Some((head, framing)) = conn.parser.head() else { return };
                    match (self.screen)(head) {
                        Screen::ReadBody => {
                            if let Err(err) = self.reserve(slot, framing) {
                                return self.answer_now(slot, Response::from(err), now, dispatch);
                            }
                            if let Some(conn) = self.conns[slot].as_mut() {
                                conn.parser.read_body();
                            }
                        }
                        Screen::SkipBody => {
                            let Some(request) = conn.parser.skip_body() else { return };
                            conn.skipped_body = true;
                            conn.input = Vec::new();
                            return self.dispatch(slot, request, dispatch);
                        }
                        Screen::Refuse(response) => return self.answer_now(slot, response, now, dispatch),
                    }
                }
            }
        }
    }

    /// Reserves room in the global body budget for the body `framing` declares.
    fn reserve(&mut self, slot: usize, framing: Framing) -> Result<(), ApiError> {
        let need = match framing {
            Framing::Sized(length) => length,
            Framing::Chunked => self.settings.limits.max_body,
            Framing::Empty => 0,
        };
        if self.budget_used + need > self.settings.body_budget {
            return Err(ApiError::Unavailable("too many request bodies are arriving at once; try again".into()));
        }
        self.budget_used += need;
        if let Some(conn) = self.conns[slot].as_mut() {
            conn.reserved += need;
        }
        Ok(())
    }

    fn dispatch(&mut self, slot: usize, request: Request, dispatch: &mut impl FnMut(Job) -> Result<(), Box<Job>>) {
        let Some(conn) = self.conns[slot].as_mut() else { return };
        conn.phase = Phase::Busy;
        if conn.input.capacity() > KEEP_BUFFER && conn.input.len() < KEEP_BUFFER {
            conn.input.shrink_to(KEEP_BUFFER);
        }
        let stopping = self.drain_until.is_some();
        let connection = if stopping || conn.skipped_body || !request.keep_alive() {
            ConnectionHeader::Close
        } else if request.minor_version == 0 {
            ConnectionHeader::KeepAlive
        } else {
            ConnectionHeader::Default
        };
        let ticket = Ticket {
            conn: ConnId { slot, generation: conn.generation },
            head_only: request.method == "HEAD",
            connection,
            done: self.done_tx.clone(),
            waker: self.waker.clone(),
            answered: false,
        };
        if let Err(job) = dispatch(Job { request, ticket }) {
            self.stats.busy.fetch_add(1, Ordering::Relaxed);
            job.respond(ApiError::Unavailable("every worker is busy; try again".into()).into());
        }
    }

    /// Answers a request the transport refused, then closes.
    fn answer_now(
        &mut self,
        slot: usize,
        response: Response,
        now: Instant,
        dispatch: &mut impl FnMut(Job) -> Result<(), Box<Job>>,
    ) {
        self.release(slot);
        let Some(conn) = self.conns[slot].as_mut() else { return };
        self.stats.refused.fetch_add(1, Ordering::Relaxed);
        // What the client sent is not read any more: its buffer goes now.
        conn.input = Vec::new();
        conn.output = super::render(&response, false, ConnectionHeader::Close);
        conn.written = 0;
        conn.close_after = true;
        conn.phase = Phase::Writing;
        conn.since = now;
        self.write(slot, now, dispatch);
    }

    fn take_done(&mut self, now: Instant, dispatch: &mut impl FnMut(Job) -> Result<(), Box<Job>>) {
        while let Ok(done) = self.done_rx.try_recv() {
            let slot = done.conn.slot;
            let Some(conn) = self.conns.get_mut(slot).and_then(Option::as_mut) else { continue };
            if conn.generation != done.conn.generation || conn.phase != Phase::Busy {
                continue;
            }
            self.budget_used -= std::mem::take(&mut conn.reserved);
            let (mut wire, mut close) = (done.wire, done.close);
            // Answers nobody reads must not pile up: past the budget (and
            // unless nothing else is held) a short 503 goes instead of a
            // large one. Small ones always go: the kernel's buffer takes them.
            let size = wire.own_len();
            if size > SMALL_ANSWER && self.output_held > 0 && self.output_held + size > self.settings.output_budget {
                let err = ApiError::Unavailable("too many answers wait for clients that do not read them".into());
                wire = super::render(&Response::from(err), done.head_only, ConnectionHeader::Close);
                close = true;
            }
            conn.held = wire.own_len();
            self.output_held += conn.held;
            conn.output = wire;
            conn.written = 0;
            conn.close_after = close || self.drain_until.is_some();
            conn.phase = Phase::Writing;
            conn.since = now;
            self.write(slot, now, dispatch);
        }
    }

    fn write(&mut self, slot: usize, now: Instant, dispatch: &mut impl FnMut(Job) -> Result<(), Box<Job>>) {
        let Some(conn) = self.conns[slot].as_mut() else { return };
        while conn.written < conn.output.len() {
            let head = conn.output.head.len();
            let result = if conn.written < head {
                let parts = [IoSlice::new(&conn.output.head[conn.written..]), IoSlice::new(&conn.output.body)];
                conn.stream.write_vectored(&parts)
            } else {
                conn.stream.write(&conn.output.body[conn.written - head..])
            };
            match result {
                Ok(0) => return self.close(slot),
                Ok(n) => {
                    conn.written += n;
                    conn.since = now;
                }
                Err(err) if err.kind() == io::ErrorKind::WouldBlock => return,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => return self.close(slot),
            }
        }
        conn.output = Wire::default();
        conn.written = 0;
        conn.since = now;
        self.output_held -= std::mem::take(&mut conn.held);
        if conn.close_after {
            // Shut our side, then drain theirs: closing with unread input
            // would reset the connection and could destroy the answer.
            let _ = conn.stream.shutdown(Shutdown::Write);
            conn.phase = Phase::Lingering;
            return;
        }
        conn.phase = Phase::Reading;
        if !conn.input.is_empty() {
            // A pipelined request is already here: no readiness will announce it.
            self.advance(slot, now, dispatch);
        }
    }

    fn linger(&mut self, slot: usize) {
        let mut sink = [0u8; READ_CHUNK];
        for _ in 0..READS_PER_TURN {
            let Some(conn) = self.conns[slot].as_mut() else { return };
            match conn.stream.read(&mut sink) {
                Ok(0) => return self.close(slot),
                Ok(_) => {}
                Err(err) if err.kind() == io::ErrorKind::WouldBlock => return,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => return self.close(slot),
            }
        }
    }

    fn expire(&mut self, now: Instant, dispatch: &mut impl FnMut(Job) -> Result<(), Box<Job>>) {
        for slot in 0..self.conns.len() {
            let Some(conn) = self.conns[slot].as_ref() else { continue };
            if self.deadline(conn).is_none_or(|at| at > now) {
                continue;
            }
            if conn.phase == Phase::Reading && conn.parser.in_request(&conn.input) {
                let limit =
                    if conn.parser.in_head(&conn.input) { self.head_timeout() } else { self.settings.client_timeout };
                let err = ApiError::Timeout(format!("the request was not complete within {limit:?}"));
                self.answer_now(slot, Response::from(err), now, dispatch);
            } else {
                self.close(slot);
            }
        }
    }
}

fn is_out_of_descriptors(err: &io::Error) -> bool {
    matches!(err.raw_os_error(), Some(libc::EMFILE) | Some(libc::ENFILE))
}

fn earliest(a: Option<Instant>, b: Option<Instant>) -> Option<Instant> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, None) => a,
        (None, b) => b,
    }
}
