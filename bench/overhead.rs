//! Tracing overhead: requests per second of a function in Tracing mode
//! divided by the same function in Vanilla mode, under the same load (same
//! fixed request, same connections, same duration). Both agents run side by
//! side; runs alternate Vanilla, Tracing, Vanilla, Tracing, ... and the ratio
//! is of the medians, so drift on the shared machine hits both sides.
//!
//! Two ratios per function (docs/SPEC.md §5 "Tracing cost"): the steady
//! state with the default sampling (the warm-up is far past the trace
//! settling, which the agent's `/info` confirms), and learning, every
//! request traced (`--trace-all`). And how many requests after settling a
//! rare path takes to enter the trace at the default `--trace-sample`.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use serde_json::{json, Value};

use crate::agent::{self, Agent, Mode};
use crate::http::{self, Conn};
use crate::load::{self, Spec, Stop};
use crate::report::{Section, Verdict};
use crate::stats::{median, summary};

/// Steady state: the trace settled, one request in 50 traced.
pub const TARGET: f64 = 0.9;

/// The flags of an agent tracing every request.
pub const TRACE_ALL: &[&str] = &["--trace-all"];

/// A corpus function and the one request it is loaded with.
pub struct Workload {
    pub name: &'static str,
    pub kind: &'static str,
    pub target: &'static str,
    pub body: &'static str,
}

pub const WORKLOADS: &[Workload] = &[
    Workload { name: "sum_loop", kind: "loop", target: "/", body: r#"{"n":100}"# },
    Workload { name: "fizzbuzz", kind: "loop", target: "/", body: r#"{"n":30}"# },
    Workload { name: "map_filter_reduce", kind: "closures", target: "/", body: r#"{"xs":[1,2,3,4,5,6,7,8,9,10]}"# },
    Workload { name: "counter_closure", kind: "closures", target: "/", body: r#"{"start":10,"step":5}"# },
    Workload { name: "nested_callbacks", kind: "callbacks", target: "/", body: r#"{"n":1}"# },
    Workload { name: "get_callback", kind: "callbacks", target: "/?city=Paris", body: r#"{"offset":1}"# },
];

#[derive(Clone, Copy)]
pub struct Settings {
    pub rounds: usize,
    pub run: Duration,
    pub warmup: Duration,
    pub connections: usize,
    pub threads: usize,
}

pub fn corpus_source(name: &str) -> Result<String, String> {
    let path = agent::repo().join("tests/corpus").join(format!("{name}.js"));
    std::fs::read_to_string(&path).map_err(|err| format!("{}: {err}", path.display()))
}

/// A function running under an agent in one mode.
pub struct Running {
    pub agent: Agent,
    pub addr: SocketAddr,
}

impl Running {
    pub fn start(mode: Mode, source: &str) -> Result<Running, String> {
        Running::start_args(mode, source, &[])
    }

    /// `start` with more agent flags.
    pub fn start_args(mode: Mode, source: &str, extra: &[&str]) -> Result<Running, String> {
        let mut agent = Agent::start_with_args(mode.as_str(), None, None, extra)?;
        let addr = agent.start_function(mode, source)?;
        Ok(Running { agent, addr })
    }
}

/// One side of a comparison: a mode and the agent's flags.
#[derive(Clone, Copy)]
struct Side {
    mode: Mode,
    flags: &'static [&'static str],
}

const VANILLA: Side = Side { mode: Mode::Vanilla, flags: &[] };
const STEADY: Side = Side { mode: Mode::Tracing, flags: &[] };
const LEARNING: Side = Side { mode: Mode::Tracing, flags: TRACE_ALL };

/// `/info`'s sampling figures of a Tracing agent (after a `GET /trace`,
/// which makes them exact).
fn sampling_of(running: &Running) -> Value {
    let _ = running.agent.trace();
    match running.agent.info() {
        Ok(info) => json!({
            "tracedRequests": info["tracedRequests"],
            "untracedRequests": info["untracedRequests"],
            "traceSettled": info["traceSettled"],
        }),
        Err(err) => json!({"error": err}),
    }
}

fn spec(addr: SocketAddr, request: &Arc<Vec<Vec<u8>>>, expect: &Arc<Vec<u8>>, settings: Settings, stop: Stop) -> Spec {
    Spec {
        addr,
        requests: request.clone(),
        expect_body: Some(expect.clone()),
        connections: settings.connections,
        threads: settings.threads,
        stop,
        warm: true,
    }
}

/// What one side measured over its runs.
#[derive(Default)]
struct Runs {
    per_second: Vec<f64>,
    /// CPU time (user + system) of the function's Node per response, µs.
    cpu_us: Vec<f64>,
    bad: u64,
}

/// CPU time (user + system, all threads) a process has used, in seconds.
fn cpu_seconds(pid: u32) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command (which may hold spaces): utime, stime are
    // the 12th and 13th.
    let mut fields = stat.rsplit_once(')')?.1.split_whitespace().skip(11);
    let ticks = fields.next()?.parse::<u64>().ok()? + fields.next()?.parse::<u64>().ok()?;
    // SAFETY: sysconf only reads a configuration value.
    let per_second = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    (per_second > 0).then(|| ticks as f64 / per_second as f64)
}

/// The pid of the Node running an agent's function (`/info`).
fn node_pid(running: &Running) -> Option<u32> {
    running.agent.info().ok()?["nodePid"].as_u64().and_then(|pid| u32::try_from(pid).ok())
}

/// Loads `a` and `b` alternately, in the order a b, b a, a b, ... so that
/// neither side always runs first in a round; returns what each side
/// measured. The CPU per response survives a loaded machine better than the
/// throughput: it does not count the time the function waited for a core.
fn alternate(
    sides: [(SocketAddr, Option<u32>); 2],
    request: &Arc<Vec<Vec<u8>>>,
    expect: &Arc<Vec<u8>>,
    settings: Settings,
) -> [Runs; 2] {
    for (addr, _) in sides {
        load::run(&spec(addr, request, expect, settings, Stop::After(settings.warmup)));
    }
    let mut runs = [Runs::default(), Runs::default()];
    for round in 0..settings.rounds {
        let order = if round % 2 == 0 { [0, 1] } else { [1, 0] };
        for side in order {
            let (addr, pid) = sides[side];
            let before = pid.and_then(cpu_seconds);
            let outcome = load::run(&spec(addr, request, expect, settings, Stop::After(settings.run)));
            let after = pid.and_then(cpu_seconds);
            runs[side].per_second.push(outcome.per_second());
            if let (Some(before), Some(after)) = (before, after) {
                if outcome.responses > 0 {
                    runs[side].cpu_us.push((after - before) * 1e6 / outcome.responses as f64);
                }
            }
            runs[side].bad += outcome.wrong + outcome.errors;
        }
    }
    runs
}

/// One request on each side; both must answer 200 with the same body.
fn reference_answer(vanilla: SocketAddr, tracing: SocketAddr, request: &[u8]) -> Result<Vec<u8>, String> {
    let answer = |addr| Conn::open(addr).and_then(|mut conn| conn.exchange(request)).map_err(|err| err.to_string());
    let expected = answer(vanilla)?;
    let traced = answer(tracing)?;
    if expected.status != 200 {
        return Err(format!("Vanilla answered {}: {}", expected.status, expected.text()));
    }
    if traced.status != expected.status || traced.body != expected.body {
        return Err(format!(
            "Tracing answered {} {:?}, Vanilla {} {:?} (fidelity broken)",
            traced.status,
            traced.text(),
            expected.status,
            expected.text()
        ));
    }
    Ok(expected.body)
}

/// Ratio of `b` over `a` for one workload; `sides` says what runs on each side.
fn compare(workload: &Workload, sides: [Side; 2], settings: Settings) -> Result<Value, String> {
    let source = corpus_source(workload.name)?;
    let a = Running::start_args(sides[0].mode, &source, sides[0].flags)?;
    let b = Running::start_args(sides[1].mode, &source, sides[1].flags)?;
    let request = http::post_json(workload.target, workload.body);
    let expect = Arc::new(reference_answer(a.addr, b.addr, &request)?);
    let request = Arc::new(vec![request]);
    let [ra, rb] = alternate([(a.addr, node_pid(&a)), (b.addr, node_pid(&b))], &request, &expect, settings);
    let ratio = median(&rb.per_second) / median(&ra.per_second);
    // Like the throughput ratio, higher is better: a's CPU over b's.
    let cpu_ratio = (!ra.cpu_us.is_empty() && !rb.cpu_us.is_empty()).then(|| median(&ra.cpu_us) / median(&rb.cpu_us));
    let sampling = (sides[1].mode == Mode::Tracing).then(|| sampling_of(&b));
    Ok(json!({
        "function": workload.name,
        "kind": workload.kind,
        "request": {"target": workload.target, "body": workload.body},
        "response": String::from_utf8_lossy(&expect),
        "ratio": ratio,
        "modes": [sides[0].mode.as_str(), sides[1].mode.as_str()],
        "flags": [sides[0].flags, sides[1].flags],
        "sampling": sampling,
        "rps": {"a": summary(&ra.per_second), "b": summary(&rb.per_second)},
        "cpuMicrosPerRequest": {"a": summary(&ra.cpu_us), "b": summary(&rb.cpu_us)},
        "cpuRatio": cpu_ratio,
        "wrongOrErrors": {"a": ra.bad, "b": rb.bad},
    }))
}

pub fn measure(settings: Settings, with_tracing: bool) -> Section {
    let mut section = Section::new("tracingOverhead");
    let mut details = Vec::new();
    let load = format!(
        "{} conns, {} runs × {:.1} s each side",
        settings.connections,
        settings.rounds,
        settings.run.as_secs_f64()
    );
    // An A/A comparison shows how far the load alone moves a ratio here.
    let noise = compare(&WORKLOADS[0], [VANILLA, VANILLA], settings);
    match &noise {
        Ok(value) => section.row(
            format!("load noise: Vanilla ÷ Vanilla, {}", WORKLOADS[0].name),
            format!("{:.3} ({load})", value["ratio"].as_f64().unwrap_or(f64::NAN)),
            "≈ 1",
            Verdict::Reported,
        ),
        Err(err) => section.row("load noise: Vanilla ÷ Vanilla", format!("error: {err}"), "≈ 1", Verdict::Miss),
    }
    details.push(json!({"noise": noise.unwrap_or_else(|err| json!({"error": err}))}));
    for workload in WORKLOADS {
        for (side, what, target) in
            [(STEADY, "steady state", Some(TARGET)), (LEARNING, "learning, every request traced", None)]
        {
            let figure =
                format!("tracing overhead, {what}: Tracing ÷ Vanilla req/s, {} ({})", workload.name, workload.kind);
            let wanted = target.map_or_else(|| "reported".to_string(), |target| format!("≥ {target}"));
            if !with_tracing {
                section.row(
                    figure,
                    "not measured: the tracing compiler is not in this checkout",
                    &wanted,
                    Verdict::Skipped,
                );
                continue;
            }
            match compare(workload, [VANILLA, side], settings) {
                Ok(value) => {
                    let ratio = value["ratio"].as_f64().unwrap_or(f64::NAN);
                    let clean = value["wrongOrErrors"].as_object().is_some_and(|m| m.values().all(|v| v == 0));
                    // The steady state is only that once the trace settled.
                    let settled = target.is_none() || value["sampling"]["traceSettled"] == json!(true);
                    let rps = |key: &str| value["rps"][key]["median"].as_f64().unwrap_or(f64::NAN);
                    let verdict = match target {
                        Some(target) => Verdict::of(ratio >= target && clean && settled),
                        None if clean => Verdict::Reported,
                        None => Verdict::Miss,
                    };
                    let note = if settled { "" } else { ", the trace had not settled" };
                    let cpu = |key: &str| value["cpuMicrosPerRequest"][key]["median"].as_f64();
                    let cpu_note = match (cpu("a"), cpu("b"), value["cpuRatio"].as_f64()) {
                        (Some(a), Some(b), Some(r)) => format!("; Node CPU per request {a:.1} → {b:.1} µs, {r:.3}"),
                        _ => String::new(),
                    };
                    section.row(
                        figure,
                        format!("{ratio:.3} ({:.0} ÷ {:.0} req/s{note}{cpu_note})", rps("b"), rps("a")),
                        &wanted,
                        verdict,
                    );
                    details.push(value);
                }
                Err(err) => {
                    section.row(figure, format!("error: {err}"), &wanted, Verdict::Miss);
                    details.push(json!({"function": workload.name, "flags": side.flags, "error": err}));
                }
            }
        }
    }
    if with_tracing {
        let figure = "rare path discovery: requests after settling until it is in the trace (1 in 10 takes it; default --trace-sample 50)";
        match discovery() {
            Ok(value) => {
                let rare = value["rareRequests"].as_u64().unwrap_or(0);
                let total = value["requests"].as_u64().unwrap_or(0);
                section.row(figure, format!("{total} requests ({rare} of them rare)"), "reported", Verdict::Reported);
                details.push(json!({"discovery": value}));
            }
            Err(err) => {
                section.row(figure, format!("error: {err}"), "reported", Verdict::Miss);
                details.push(json!({"discovery": {"error": err}}));
            }
        }
    }
    section.details = json!({"load": load, "runs": details});
    section
}

/// A function with a common and a rare path.
const RARE_PATH: &str = "const c = require('containerless');\n\
    c.listen(function (req) { if (req.body.rare) { c.respond('rare ' + req.body.n); } else { c.respond('common ' + req.body.n); } });";

/// Default sampling: common requests until the trace settled, then traffic
/// where every 10th request takes the rare path (a period sharing a factor
/// with K = 50), until a rare request was traced. One request at a time.
fn discovery() -> Result<Value, String> {
    const LIMIT: u64 = 20_000;
    let running = Running::start(Mode::Tracing, RARE_PATH)?;
    let mut conn = Conn::open(running.addr).map_err(|err| err.to_string())?;
    let mut send = |rare: bool, n: u64| -> Result<(), String> {
        let body = json!({"rare": rare, "n": n}).to_string();
        let answer = conn.exchange(&http::post_json("/", &body)).map_err(|err| err.to_string())?;
        let want = format!("{} {n}", if rare { "rare" } else { "common" });
        if answer.status != 200 || answer.text() != want {
            return Err(format!("answered {} {:?}, not {want:?}", answer.status, answer.text()));
        }
        Ok(())
    };
    let mut warm = 0;
    while sampling_of(&running)["traceSettled"] != json!(true) {
        for _ in 0..10 {
            send(false, warm)?;
            warm += 1;
        }
        if warm > LIMIT {
            return Err(format!("the trace did not settle within {LIMIT} requests"));
        }
    }
    let mut rare = 0;
    for n in 1..=LIMIT {
        let is_rare = n % 10 == 0;
        send(is_rare, n)?;
        if is_rare {
            rare += 1;
            let trace = running.agent.trace()?;
            if String::from_utf8_lossy(&trace).contains("rare ") {
                return Ok(
                    json!({"warmUpRequests": warm, "requests": n, "rareRequests": rare, "sampling": sampling_of(&running)}),
                );
            }
        }
    }
    Err(format!("the rare path was not in the trace after {LIMIT} requests"))
}
