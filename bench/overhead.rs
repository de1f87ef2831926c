//! Tracing overhead: requests per second of a function in Tracing mode
//! divided by the same function in Vanilla mode, under the same load (same
//! fixed request, same connections, same duration). Both agents run side by
//! side; runs alternate Vanilla, Tracing, Vanilla, Tracing, ... and the ratio
//! is of the medians, so drift on the shared machine hits both sides.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use serde_json::{json, Value};

use crate::agent::{self, Agent, Mode};
use crate::http::{self, Conn};
use crate::load::{self, Spec, Stop};
use crate::report::{Section, Verdict};
use crate::stats::{median, summary};

pub const TARGET: f64 = 0.8;

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
        let mut agent = Agent::start(mode.as_str())?;
        let addr = agent.start_function(mode, source)?;
        Ok(Running { agent, addr })
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

/// Loads `a` and `b` alternately; returns their requests per second and the
/// wrong answers and errors seen, per side.
fn alternate(
    a: SocketAddr,
    b: SocketAddr,
    request: &Arc<Vec<Vec<u8>>>,
    expect: &Arc<Vec<u8>>,
    settings: Settings,
) -> [(Vec<f64>, u64); 2] {
    for addr in [a, b] {
        load::run(&spec(addr, request, expect, settings, Stop::After(settings.warmup)));
    }
    let mut sides = [(Vec::new(), 0), (Vec::new(), 0)];
    for _ in 0..settings.rounds {
        for (side, addr) in [a, b].into_iter().enumerate() {
            let outcome = load::run(&spec(addr, request, expect, settings, Stop::After(settings.run)));
            sides[side].0.push(outcome.per_second());
            sides[side].1 += outcome.wrong + outcome.errors;
        }
    }
    sides
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

/// Ratio of `b` over `a` for one workload; `modes` says what runs on each side.
fn compare(workload: &Workload, modes: [Mode; 2], settings: Settings) -> Result<Value, String> {
    let source = corpus_source(workload.name)?;
    let a = Running::start(modes[0], &source)?;
    let b = Running::start(modes[1], &source)?;
    let request = http::post_json(workload.target, workload.body);
    let expect = Arc::new(reference_answer(a.addr, b.addr, &request)?);
    let request = Arc::new(vec![request]);
    let [(a_rps, a_bad), (b_rps, b_bad)] = alternate(a.addr, b.addr, &request, &expect, settings);
    let ratio = median(&b_rps) / median(&a_rps);
    Ok(json!({
        "function": workload.name,
        "kind": workload.kind,
        "request": {"target": workload.target, "body": workload.body},
        "response": String::from_utf8_lossy(&expect),
        "ratio": ratio,
        "modes": [modes[0].as_str(), modes[1].as_str()],
        "rps": {"a": summary(&a_rps), "b": summary(&b_rps)},
        "wrongOrErrors": {"a": a_bad, "b": b_bad},
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
    let noise = compare(&WORKLOADS[0], [Mode::Vanilla, Mode::Vanilla], settings);
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
        let figure = format!("tracing overhead: Tracing ÷ Vanilla req/s, {} ({})", workload.name, workload.kind);
        if !with_tracing {
            section.row(
                figure,
                "not measured: the tracing compiler is not in this checkout",
                "≥ 0.8",
                Verdict::Skipped,
            );
            continue;
        }
        match compare(workload, [Mode::Vanilla, Mode::Tracing], settings) {
            Ok(value) => {
                let ratio = value["ratio"].as_f64().unwrap_or(f64::NAN);
                let clean = value["wrongOrErrors"].as_object().is_some_and(|m| m.values().all(|v| v == 0));
                let rps = |key: &str| value["rps"][key]["median"].as_f64().unwrap_or(f64::NAN);
                section.row(
                    figure,
                    format!("{ratio:.3} ({:.0} ÷ {:.0} req/s)", rps("b"), rps("a")),
                    &format!("≥ {TARGET}"),
                    Verdict::of(ratio >= TARGET && clean),
                );
                details.push(value);
            }
            Err(err) => {
                section.row(figure, format!("error: {err}"), &format!("≥ {TARGET}"), Verdict::Miss);
                details.push(json!({"function": workload.name, "error": err}));
            }
        }
    }
    section.details = json!({"load": load, "runs": details});
    section
}
