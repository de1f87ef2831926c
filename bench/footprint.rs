//! The agent's footprint and its control API's throughput.

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::json;

use crate::agent::{self, Agent};
use crate::http;
use crate::load::{self, Spec, Stop};
use crate::report::{Section, Verdict};
use crate::stats::{median, summary};

pub const IDLE_RSS_TARGET_KIB: u64 = 4 * 1024;
/// RSS may move by a few pages between two readings without any leak (page
/// cache of the binary, allocator bookkeeping); more than this is growth.
pub const GROWTH_TOLERANCE_KIB: u64 = 128;
pub const CONTROL_TARGET_RPS: f64 = 20_000.0;
/// Rounds of control requests in the footprint figure, and how many of
/// them warm up before growth is counted.
const ROUNDS: usize = 5;
const WARM_ROUNDS: usize = 2;

/// A field of `/proc/PID/status` in KiB (`VmRSS`, `RssAnon`, `RssFile`).
fn status_kib(pid: u32, field: &str) -> Result<u64, String> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).map_err(|err| format!("/proc/{pid}: {err}"))?;
    status
        .lines()
        .find(|line| line.strip_prefix(field).is_some_and(|rest| rest.starts_with(':')))
        .and_then(|line| line.split_whitespace().nth(1))
        .and_then(|kib| kib.parse().ok())
        .ok_or_else(|| format!("no {field} for {pid}"))
}

/// Resident memory in KiB: the total (`VmRSS`, the figure), and its split
/// into private anonymous memory and file pages (the binary and the shared
/// libraries, shared with the page cache and with other processes).
#[derive(Clone, Copy, Debug)]
pub struct Memory {
    pub rss: u64,
    pub anon: u64,
    pub file: u64,
}

pub fn memory(pid: u32) -> Result<Memory, String> {
    Ok(Memory { rss: status_kib(pid, "VmRSS")?, anon: status_kib(pid, "RssAnon")?, file: status_kib(pid, "RssFile")? })
}

impl Memory {
    fn to_json(self) -> serde_json::Value {
        json!({"rssKiB": self.rss, "anonKiB": self.anon, "fileKiB": self.file})
    }
}

pub fn threads(pid: u32) -> Result<usize, String> {
    std::fs::read_dir(format!("/proc/{pid}/task"))
        .map(|dir| dir.count())
        .map_err(|err| format!("/proc/{pid}/task: {err}"))
}

/// Waits (bounded) until the thread count has stayed the same for a while:
/// the agent starts its threads right after it reports listening.
fn settle(pid: u32) -> Result<usize, String> {
    let deadline = Instant::now() + Duration::from_secs(5);
    let mut last = threads(pid)?;
    let mut stable_since = Instant::now();
    while Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
        let now = threads(pid)?;
        if now != last {
            last = now;
            stable_since = Instant::now();
        } else if stable_since.elapsed() >= Duration::from_millis(100) {
            break;
        }
    }
    Ok(last)
}

/// A keep-alive mix of every control endpoint a monitor would call, plus
/// refused ones (`/trace` before init is 409, an unknown path 404).
fn control_mix() -> Vec<Vec<u8>> {
    ["/status", "/info", "/healthz", "/readyz", "/trace", "/nope"].iter().map(|target| http::get(target)).collect()
}

/// The stripped size of the agent binary, and whether it really is stripped
/// (no `.symtab` section name in the ELF string table).
fn binary_size() -> Result<(u64, bool), String> {
    let path = agent::agent_binary();
    let bytes = std::fs::read(&path).map_err(|err| format!("{}: {err}", path.display()))?;
    let stripped = !bytes.windows(8).any(|window| window == b".symtab\0");
    Ok((bytes.len() as u64, stripped))
}

pub fn measure_footprint(requests: u64) -> Result<Section, String> {
    let mut section = Section::new("footprint");
    let (size, stripped) = binary_size()?;
    section.row(
        "agent binary size (release, stripped)",
        format!("{:.2} MiB{}", size as f64 / (1024.0 * 1024.0), if stripped { "" } else { " (NOT stripped)" }),
        "",
        Verdict::Reported,
    );
    let agent = Agent::start("footprint")?;
    let pid = agent.pid();
    let idle_threads = settle(pid)?;
    let idle = memory(pid)?;
    let spec = Spec {
        addr: agent.addr,
        requests: Arc::new(control_mix()),
        expect_body: None,
        connections: 4,
        threads: 2,
        stop: Stop::Count { responses: requests, limit: Duration::from_secs(60) },
        warm: true,
    };
    // Rounds of the same load: the first two warm up (code paths, and the
    // allocator arenas of workers, which each get one on their first
    // request and may not all have served in the first round); growth is
    // counted from the end of the second round.
    let mut rounds = Vec::new();
    let mut errors = 0;
    for _ in 0..ROUNDS {
        let outcome = load::run(&spec);
        errors += outcome.errors;
        rounds.push((memory(pid)?, threads(pid)?, outcome.responses));
    }
    let (first, last) = (rounds[WARM_ROUNDS - 1].0, rounds[ROUNDS - 1].0);
    let growth = last.rss.saturating_sub(first.rss);
    section.row(
        "agent idle RSS (after start, before /init)",
        format!(
            "{:.2} MiB VmRSS = {} KiB anon + {} KiB file pages; {idle_threads} threads",
            idle.rss as f64 / 1024.0,
            idle.anon,
            idle.file
        ),
        "≤ 4 MiB",
        Verdict::of(idle.rss <= IDLE_RSS_TARGET_KIB),
    );
    let shown: Vec<String> = rounds.iter().map(|(memory, _, _)| memory.rss.to_string()).collect();
    let thread_counts: Vec<String> = rounds.iter().map(|(_, threads, _)| threads.to_string()).collect();
    section.row(
        format!("agent RSS after each of {ROUNDS} × {requests} control requests"),
        format!("{} KiB (+{growth} KiB after the second), {} threads", shown.join(" / "), thread_counts.join(" / ")),
        "no growth",
        Verdict::of(growth <= GROWTH_TOLERANCE_KIB && errors == 0),
    );
    let after: Vec<serde_json::Value> = rounds
        .iter()
        .map(|(memory, threads, responses)| json!({"responses": responses, "memory": memory.to_json(), "threads": threads}))
        .collect();
    section.details = json!({
        "binaryBytes": size,
        "stripped": stripped,
        "idle": {"memory": idle.to_json(), "threads": idle_threads},
        "afterEachRound": after,
        "errors": errors,
        "growthKiB": growth,
        "toleranceKiB": GROWTH_TOLERANCE_KIB,
        "mix": ["/status", "/info", "/healthz", "/readyz", "/trace (409)", "/nope (404)"],
    });
    Ok(section)
}

pub struct ControlSettings {
    pub connections: usize,
    pub threads: usize,
    pub rounds: usize,
    pub run: Duration,
    pub warmup: Duration,
}

/// How many of `count` connections opened at once, each sending one
/// `/status`, are answered within `limit`. A server that serves each
/// connection on a thread of its own must not leave some waiting for
/// others to close.
fn burst(addr: std::net::SocketAddr, count: usize, limit: Duration) -> Result<usize, String> {
    let request = http::get("/status");
    let mut conns = Vec::new();
    for _ in 0..count {
        let mut conn = http::Conn::open(addr).map_err(|err| err.to_string())?;
        conn.send(&request).map_err(|err| err.to_string())?;
        conns.push(conn);
    }
    let deadline = Instant::now() + limit;
    let mut answered = 0;
    for conn in &mut conns {
        let left = deadline.saturating_duration_since(Instant::now());
        conn.set_read_timeout(left).map_err(|err| err.to_string())?;
        if conn.read_response().is_ok_and(|response| response.status == 200) {
            answered += 1;
        }
    }
    Ok(answered)
}

pub fn measure_control_api(settings: &ControlSettings) -> Result<Section, String> {
    let agent = Agent::start("control")?;
    settle(agent.pid())?;
    let spec = |stop| Spec {
        addr: agent.addr,
        requests: Arc::new(vec![http::get("/status")]),
        expect_body: Some(Arc::new(b"\"pre-initialized\"".to_vec())),
        connections: settings.connections,
        threads: settings.threads,
        stop,
        warm: true,
    };
    load::run(&spec(Stop::After(settings.warmup)));
    let mut rps = Vec::new();
    let mut bad = 0;
    for _ in 0..settings.rounds {
        let outcome = load::run(&spec(Stop::After(settings.run)));
        rps.push(outcome.per_second());
        bad += outcome.wrong + outcome.errors;
    }
    let threads_after = threads(agent.pid())?;
    let median_rps = median(&rps);
    let mut section = Section::new("controlApi");
    section.row(
        format!("control API: GET /status req/s, {} keep-alive conns", settings.connections),
        format!(
            "{median_rps:.0} (median of {}{})",
            settings.rounds,
            if bad > 0 { format!(", {bad} bad") } else { String::new() }
        ),
        "≥ 20000",
        Verdict::of(median_rps >= CONTROL_TARGET_RPS && bad == 0),
    );
    // A fresh agent: its connection threads are as after start-up.
    let fresh = Agent::start("burst")?;
    settle(fresh.pid())?;
    let burst_limit = Duration::from_secs(2);
    let answered = burst(fresh.addr, settings.connections, burst_limit)?;
    section.row(
        format!(
            "control API: {} connections opened at once, answered within {}s",
            settings.connections,
            burst_limit.as_secs()
        ),
        format!("{answered} of {}", settings.connections),
        "all",
        Verdict::of(answered == settings.connections),
    );
    section.details = json!({
        "burstAnswered": answered,
        "rps": summary(&rps),
        "wrongOrErrors": bad,
        "connections": settings.connections,
        "clientThreads": settings.threads,
        "agentThreadsAfter": threads_after,
    });
    Ok(section)
}
