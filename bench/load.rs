//! The load generator: a few threads drive N keep-alive connections, each
//! with exactly one request in flight, for a fixed duration (or until a
//! fixed number of responses). Counts responses, wrong answers and errors.
//!
//! One thread serves several connections round-robin: it reads connection
//! i's response and at once sends i's next request, then moves on to i+1.
//! Every connection always has a request outstanding, so the server never
//! waits for the client, and the client needs only as many threads as the
//! machine has cores to spare.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Barrier, Mutex};
use std::time::{Duration, Instant};

use crate::http::Conn;

/// How a run ends.
#[derive(Clone, Copy, Debug)]
pub enum Stop {
    /// Count responses for this long.
    After(Duration),
    /// Send this many requests in total (resending only those whose
    /// connection failed) and count their responses; bounded by `limit`.
    Count { responses: u64, limit: Duration },
}

#[derive(Clone)]
pub struct Spec {
    pub addr: SocketAddr,
    /// Requests sent in turn on each connection.
    pub requests: Arc<Vec<Vec<u8>>>,
    /// The body every response must have (`None`: any 2xx).
    pub expect_body: Option<Arc<Vec<u8>>>,
    pub connections: usize,
    pub threads: usize,
    pub stop: Stop,
    /// Before the clock starts, make one uncounted exchange on every
    /// connection, one connection at a time, so that each is being served
    /// when the load begins. Off where the exact request count matters.
    pub warm: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Outcome {
    pub responses: u64,
    /// Responses with another status than 2xx or another body than expected.
    pub wrong: u64,
    /// Connection failures, time-outs, unparsable responses.
    pub errors: u64,
    pub elapsed: Duration,
}

impl Outcome {
    pub fn per_second(&self) -> f64 {
        self.responses as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

/// Reconnections a thread may make before it gives up for the run.
const MAX_RECONNECTS: u64 = 100;

struct Totals {
    responses: AtomicU64,
    wrong: AtomicU64,
    errors: AtomicU64,
    /// Requests sent so far (count mode stops sending at the quota).
    sent: AtomicU64,
}

impl Totals {
    /// Whether one more request may be sent.
    fn permit(&self, stop: Stop) -> bool {
        match stop {
            Stop::After(_) => true,
            Stop::Count { responses, .. } => self.sent.fetch_add(1, Ordering::Relaxed) < responses,
        }
    }
}

/// Runs the load; returns once every thread has stopped.
pub fn run(spec: &Spec) -> Outcome {
    if spec.requests.is_empty() || spec.connections == 0 {
        return Outcome::default();
    }
    let threads = spec.threads.clamp(1, spec.connections.max(1));
    let totals = Arc::new(Totals {
        responses: AtomicU64::new(0),
        wrong: AtomicU64::new(0),
        errors: AtomicU64::new(0),
        sent: AtomicU64::new(0),
    });
    let window = match spec.stop {
        Stop::After(duration) => duration,
        Stop::Count { limit, .. } => limit,
    };
    let warm = Arc::new(warm_connections(spec, &totals));
    let start = Arc::new(Barrier::new(threads + 1));
    let handles: Vec<_> = (0..threads)
        .map(|index| {
            let (spec, totals, warm, start) = (spec.clone(), totals.clone(), warm.clone(), start.clone());
            std::thread::spawn(move || {
                // Connections are spread as evenly as possible over the threads.
                let mine: Vec<Option<Conn>> = (0..spec.connections)
                    .filter(|i| i % threads == index)
                    .map(|i| warm.get(i).and_then(|slot| slot.lock().ok()?.take()))
                    .collect();
                start.wait();
                drive(&spec, mine, &totals, Instant::now() + window)
            })
        })
        .collect();
    start.wait();
    let started = Instant::now();
    for handle in handles {
        if handle.join().is_err() {
            totals.errors.fetch_add(1, Ordering::Relaxed);
        }
    }
    let elapsed = match spec.stop {
        Stop::After(duration) => duration,
        Stop::Count { .. } => started.elapsed(),
    };
    Outcome {
        responses: totals.responses.load(Ordering::Relaxed),
        wrong: totals.wrong.load(Ordering::Relaxed),
        errors: totals.errors.load(Ordering::Relaxed),
        elapsed,
    }
}

/// With `spec.warm`, one connection per slot, each having answered one
/// request; opened one after the other, so that a server that hands
/// connections to a pool of threads has every one of them served.
fn warm_connections(spec: &Spec, totals: &Totals) -> Vec<Mutex<Option<Conn>>> {
    if !spec.warm {
        return Vec::new();
    }
    (0..spec.connections)
        .map(|i| {
            let request = &spec.requests[i % spec.requests.len()];
            let conn = Conn::open(spec.addr).and_then(|mut conn| conn.exchange(request).map(|_| conn));
            if conn.is_err() {
                totals.errors.fetch_add(1, Ordering::Relaxed);
            }
            Mutex::new(conn.ok())
        })
        .collect()
}

struct Slot {
    conn: Option<Conn>,
    next_request: usize,
}

/// One thread's share of the connections (already open when warmed).
fn drive(spec: &Spec, warmed: Vec<Option<Conn>>, totals: &Totals, deadline: Instant) {
    let mut reconnects = 0;
    let mut slots: Vec<Slot> = Vec::new();
    for (i, conn) in warmed.into_iter().enumerate() {
        let mut slot = Slot { conn, next_request: i };
        if !totals.permit(spec.stop) {
            continue;
        }
        let sent = slot.conn.as_mut().map(|conn| conn.send(&spec.requests[i % spec.requests.len()]));
        match sent {
            Some(Ok(())) => slot.next_request += 1,
            _ => open_and_send(spec, &mut slot, totals, &mut reconnects),
        }
        slots.push(slot);
    }
    while slots.iter().any(|slot| slot.conn.is_some()) {
        for slot in &mut slots {
            let Some(conn) = slot.conn.as_mut() else { continue };
            let result = conn.read_response();
            if Instant::now() >= deadline {
                // Answers that arrive after the deadline are not counted.
                slot.conn = None;
                continue;
            }
            match result {
                Ok(response) => {
                    let ok = (200..300).contains(&response.status)
                        && spec.expect_body.as_ref().is_none_or(|body| **body == response.body);
                    if !ok {
                        totals.wrong.fetch_add(1, Ordering::Relaxed);
                    }
                    totals.responses.fetch_add(1, Ordering::Relaxed);
                    if !totals.permit(spec.stop) {
                        slot.conn = None;
                        continue;
                    }
                    let request = &spec.requests[slot.next_request % spec.requests.len()];
                    slot.next_request += 1;
                    if conn.send(request).is_err() {
                        totals.errors.fetch_add(1, Ordering::Relaxed);
                        open_and_send(spec, slot, totals, &mut reconnects);
                    }
                }
                Err(_) => {
                    totals.errors.fetch_add(1, Ordering::Relaxed);
                    // The request that failed is sent again on a new connection.
                    slot.next_request = slot.next_request.saturating_sub(1);
                    open_and_send(spec, slot, totals, &mut reconnects);
                }
            }
        }
    }
}

/// (Re)opens the slot's connection and sends its next request; leaves the
/// slot closed once the thread has used up its reconnections.
fn open_and_send(spec: &Spec, slot: &mut Slot, totals: &Totals, reconnects: &mut u64) {
    slot.conn = None;
    while *reconnects < MAX_RECONNECTS {
        *reconnects += 1;
        let Ok(mut conn) = Conn::open(spec.addr) else {
            totals.errors.fetch_add(1, Ordering::Relaxed);
            continue;
        };
        let request = &spec.requests[slot.next_request % spec.requests.len()];
        if conn.send(request).is_ok() {
            slot.next_request += 1;
            slot.conn = Some(conn);
            return;
        }
        totals.errors.fetch_add(1, Ordering::Relaxed);
    }
}
