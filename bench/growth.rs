//! Trace growth and publishing.
//!
//! Growth: a traced function gets 1, then 100, then 10,000 requests that
//! only follow paths the first request already took; the trace served by
//! `GET /trace` must keep the same size (merging, docs/SPEC.md §5 property 4).
//!
//! Publishing: a request that takes a new path changes the trace, which the
//! runtime then sends whole to the agent; `GET /trace` right after it waits
//! until that is done (the `sync` barrier). The same request again changes
//! nothing. The difference between the two (request + `GET /trace`) is the
//! cost of publishing one update, measured on a small and a large trace.
//!
//! Both trace every request (`--trace-all`): once settled, Tracing mode
//! would trace only a sample, and merging would hardly be exercised.

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::agent::Mode;
use crate::http::{self, Conn};
use crate::load::{self, Spec, Stop};
use crate::overhead::{corpus_source, Running, TRACE_ALL};
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
    let running = Running::start_args(Mode::Tracing, &source, TRACE_ALL)?;
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

/// A function with `paths` distinct paths chosen by `req.body.k`; each path
/// runs `statements` assignments before it answers, so that the trace grows
/// by about `statements` nodes per path.
fn branching_function(paths: usize, statements: usize) -> String {
    let mut source = String::from(
        "const c = require('containerless');\n\nc.listen(function(req) {\n  const k = req.body.k;\n  let v = k;\n",
    );
    for k in 0..paths {
        let keyword = if k == 0 { "if" } else { "} else if" };
        source.push_str(&format!("  {keyword} (k === {k}) {{\n"));
        for j in 0..statements {
            source.push_str(&format!("    v = v * 3 + {};\n", k * statements + j));
        }
        source.push_str(&format!("    c.respond('path ' + (k * {}) + ' ' + v);\n", k + 1));
    }
    source.push_str("  } else {\n    c.respond('other');\n  }\n});\n");
    source
}

/// Milliseconds for a request to the function plus `GET /trace` right
/// after it (which waits until the runtime has published what the request
/// changed), and the trace's size.
fn request_then_trace(running: &Running, conn: &mut Conn, body: &str) -> Result<(f64, usize), String> {
    let started = Instant::now();
    let answer = conn.exchange(&http::post_json("/", body)).map_err(|err| err.to_string())?;
    if answer.status != 200 {
        return Err(format!("function answered {}", answer.status));
    }
    let trace = running.agent.trace()?;
    Ok((ms(started.elapsed()), trace.len()))
}

/// Publishing cost: a new path, then the same path again, for each path.
fn publishing(paths: usize, statements: usize) -> Result<Value, String> {
    let running = Running::start_args(Mode::Tracing, &branching_function(paths, statements), TRACE_ALL)?;
    let mut conn = Conn::open(running.addr).map_err(|err| err.to_string())?;
    let (mut new_path, mut known_path, mut sizes) = (Vec::new(), Vec::new(), Vec::new());
    for k in 0..paths {
        let body = format!("{{\"k\":{k}}}");
        let (latency, size) = request_then_trace(&running, &mut conn, &body)?;
        new_path.push(latency);
        sizes.push(size);
        known_path.push(request_then_trace(&running, &mut conn, &body)?.0);
    }
    Ok(json!({
        "paths": paths,
        "statementsPerPath": statements,
        "newPathMs": summary(&new_path),
        "knownPathMs": summary(&known_path),
        "publishMs": median(&new_path) - median(&known_path),
        "traceBytes": sizes,
    }))
}

pub fn measure(with_tracing: bool) -> Section {
    if !with_tracing {
        return Section::skipped(
            "traceGrowth",
            "trace growth and publishing",
            "the tracing compiler is not in this checkout",
        );
    }
    let mut section = Section::new("traceGrowth");
    let mut runs = Vec::new();
    for growth in GROWTH {
        let figure = format!("trace bytes after 1 / 100 / 10,000 requests, {}", growth.name);
        match growth_of(growth) {
            Ok(value) => {
                let sizes: Vec<u64> =
                    value["traceBytes"].as_array().into_iter().flatten().filter_map(Value::as_u64).collect();
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
    let mut publishes = Vec::new();
    for (paths, statements) in [(30, 1), (20, 300)] {
        let publish = publishing(paths, statements);
        match &publish {
            Ok(value) => {
                let at = |key: &str| value[key]["median"].as_f64().unwrap_or(f64::NAN);
                let last =
                    value["traceBytes"].as_array().and_then(|sizes| sizes.last()).and_then(Value::as_u64).unwrap_or(0);
                let first =
                    value["traceBytes"].as_array().and_then(|sizes| sizes.first()).and_then(Value::as_u64).unwrap_or(0);
                section.row(
                    format!(
                        "publish one update, trace {:.0}–{:.0} KiB: new path − known path",
                        first as f64 / 1024.0,
                        last as f64 / 1024.0
                    ),
                    format!(
                        "{:.2} ms ({:.2} − {:.2} ms: request + GET /trace, median of {paths} paths)",
                        value["publishMs"].as_f64().unwrap_or(f64::NAN),
                        at("newPathMs"),
                        at("knownPathMs")
                    ),
                    "reported",
                    Verdict::Reported,
                );
            }
            Err(err) => section.row("publish one update", format!("error: {err}"), "reported", Verdict::Miss),
        }
        publishes.push(publish.unwrap_or_else(|err| json!({"error": err})));
    }
    section.details = json!({"growth": runs, "publishing": publishes});
    section
}
