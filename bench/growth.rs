//! Trace growth and publishing.
//!
//! Growth: a traced function gets 1, then 100, then 10,000 requests that
//! only follow paths the first request already took; the trace served by
//! `GET /trace` must keep the same size (merging, SPEC §5 property 4).
//!
//! Publishing: right after a request that takes a new path, `GET /trace`
//! waits for the runtime to publish the changed trace (the `sync` barrier);
//! right after a request on a known path there is nothing to publish. The
//! difference of the two latencies is the cost of publishing one update.

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::agent::Mode;
use crate::http::{self, Conn};
use crate::load::{self, Spec, Stop};
use crate::overhead::{corpus_source, Running};
use crate::report::{Section, Verdict};
use crate::stats::{median, ms, summary};

/// A corpus function, the request that first explores its paths, and
/// requests that follow only those paths.
struct Growth {
    name: &'static str,
    first: &'static str,
    known: &'static [&'static str],
}

const GROWTH: &[Growth] = &[
    Growth {
        name: "fizzbuzz",
        first: r#"{"n":15}"#,
        known: &[r#"{"n":15}"#, r#"{"n":7}"#, r#"{"n":3}"#, r#"{"n":10}"#, r#"{"n":0}"#, r#"{"n":30}"#],
    },
    Growth {
        name: "map_filter_reduce",
        first: r#"{"xs":[1,2,3,4]}"#,
        known: &[r#"{"xs":[1,2,3,4]}"#, r#"{"xs":[]}"#, r#"{"xs":[5,6,7,8,9,10]}"#, r#"{"xs":[2]}"#],
    },
];

/// Sends `count` requests (cycling through `bodies`) over 4 connections.
fn send(addr: std::net::SocketAddr, bodies: &[&str], count: u64) -> load::Outcome {
    let requests: Vec<Vec<u8>> = bodies.iter().map(|body| http::post_json("/", body)).collect();
    load::run(&Spec {
        addr,
        requests: Arc::new(requests),
        expect_body: None,
        connections: 4,
        threads: 2,
        stop: Stop::Count { responses: count, limit: Duration::from_secs(120) },
        warm: false,
    })
}

fn growth_of(growth: &Growth) -> Result<Value, String> {
    let source = corpus_source(growth.name)?;
    let running = Running::start(Mode::Tracing, &source)?;
    let mut sizes = Vec::new();
    let mut traces = Vec::new();
    let mut bad = 0;
    for (count, bodies) in [(1, &[growth.first][..]), (99, growth.known), (9_900, growth.known)] {
        let outcome = send(running.addr, bodies, count);
        bad += outcome.wrong + outcome.errors;
        let trace = running.agent.trace()?;
        sizes.push(trace.len());
        traces.push(trace);
    }
    Ok(json!({
        "function": growth.name,
        "afterRequests": [1, 100, 10_000],
        "traceBytes": sizes,
        "identical": traces.windows(2).all(|pair| pair[0] == pair[1]),
        "wrongOrErrors": bad,
    }))
}

/// A function with `paths` distinct paths chosen by `req.body.k`.
fn branching_function(paths: usize) -> String {
    let mut source = String::from("const c = require('containerless');\n\nc.listen(function(req) {\n  const k = req.body.k;\n");
    for k in 0..paths {
        let keyword = if k == 0 { "if" } else { "} else if" };
        source.push_str(&format!("  {keyword} (k === {k}) {{\n    c.respond('path ' + (k * {}));\n", k + 1));
    }
    source.push_str("  } else {\n    c.respond('other');\n  }\n});\n");
    source
}

/// `GET /trace` latency right after a request, in ms.
fn trace_latency(running: &Running, conn: &mut Conn, body: &str) -> Result<(f64, usize), String> {
    let answer = conn.exchange(&http::post_json("/", body)).map_err(|err| err.to_string())?;
    if answer.status != 200 {
        return Err(format!("function answered {}", answer.status));
    }
    let started = Instant::now();
    let trace = running.agent.trace()?;
    Ok((ms(started.elapsed()), trace.len()))
}

fn publishing(paths: usize) -> Result<Value, String> {
    let running = Running::start(Mode::Tracing, &branching_function(paths))?;
    let mut conn = Conn::open(running.addr).map_err(|err| err.to_string())?;
    let (mut new_path, mut known_path, mut sizes) = (Vec::new(), Vec::new(), Vec::new());
    for k in 0..paths {
        let body = format!("{{\"k\":{k}}}");
        let (latency, size) = trace_latency(&running, &mut conn, &body)?;
        new_path.push(latency);
        sizes.push(size);
        known_path.push(trace_latency(&running, &mut conn, &body)?.0);
    }
    Ok(json!({
        "paths": paths,
        "afterNewPathMs": summary(&new_path),
        "afterKnownPathMs": summary(&known_path),
        "publishMs": median(&new_path) - median(&known_path),
        "traceBytes": {"first": sizes.first(), "last": sizes.last()},
    }))
}

pub fn measure(with_tracing: bool) -> Section {
    if !with_tracing {
        return Section::skipped("traceGrowth", "trace growth and publishing", "the tracing compiler is not in this checkout");
    }
    let mut section = Section::new("traceGrowth");
    let mut runs = Vec::new();
    for growth in GROWTH {
        let figure = format!("trace bytes after 1 / 100 / 10,000 requests, {}", growth.name);
        match growth_of(growth) {
            Ok(value) => {
                let sizes: Vec<u64> = value["traceBytes"].as_array().into_iter().flatten().filter_map(Value::as_u64).collect();
                let equal = sizes.windows(2).all(|pair| pair[0] == pair[1]);
                let clean = value["wrongOrErrors"] == 0;
                let shown: Vec<String> = sizes.iter().map(u64::to_string).collect();
                section.row(
                    figure,
                    format!("{}{}", shown.join(" / "), if clean { "" } else { " (with errors)" }),
                    "equal sizes",
                    Verdict::of(equal && clean),
                );
                runs.push(value);
            }
            Err(err) => {
                section.row(figure, format!("error: {err}"), "equal sizes", Verdict::Miss);
                runs.push(json!({"function": growth.name, "error": err}));
            }
        }
    }
    let publish = publishing(30);
    match &publish {
        Ok(value) => {
            let at = |key: &str| value[key]["median"].as_f64().unwrap_or(f64::NAN);
            section.row(
                "publish one update: GET /trace after a new path − after a known path",
                format!(
                    "{:.2} ms ({:.2} − {:.2} ms, median of 30 paths)",
                    value["publishMs"].as_f64().unwrap_or(f64::NAN),
                    at("afterNewPathMs"),
                    at("afterKnownPathMs")
                ),
                "reported",
                Verdict::Reported,
            );
        }
        Err(err) => section.row("publish one update", format!("error: {err}"), "reported", Verdict::Miss),
    }
    section.details = json!({"growth": runs, "publishing": publish.unwrap_or_else(|err| json!({"error": err}))});
    section
}
