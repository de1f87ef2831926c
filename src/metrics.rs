//! `GET /metrics`: the agent's state and counters in the Prometheus text
//! exposition format (version 0.0.4), for a platform to scrape.
//!
//! Nothing here keeps its own copy of the lifecycle: the figures come from
//! the same [`Info`] that `/info` shows, plus request counters the workers
//! bump and the transport's [`Stats`]. Rendering is a pure function of a
//! [`Snapshot`], so the exact output is unit-tested.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use crate::core::{ExitStatus, Info, Prestart, Status};
use crate::http::Stats;

/// The `Content-Type` of the exposition format.
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

const STATES: [Status; 5] =
    [Status::PreInitialized, Status::Compiling, Status::CompileError, Status::Running, Status::RuntimeError];

/// Counters shared by the workers and the `/metrics` handler.
#[derive(Debug, Default)]
pub struct Registry {
    /// Answers of the API by endpoint and status.
    requests: Mutex<BTreeMap<(&'static str, u16), u64>>,
    /// The transport's counters, once it is bound.
    transport: Option<Arc<Stats>>,
}

impl Registry {
    pub fn new(transport: Arc<Stats>) -> Registry {
        Registry { requests: Mutex::default(), transport: Some(transport) }
    }

    /// Counts one answer; `endpoint` is a route's path, or `other`.
    pub fn count_request(&self, endpoint: &'static str, status: u16) {
        let mut requests = self.requests.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        *requests.entry((endpoint, status)).or_insert(0) += 1;
    }

    /// The counters now, with `info` from the state owner.
    pub fn snapshot(&self, info: Info) -> Snapshot {
        let requests = self.requests.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).clone();
        let transport = self.transport.as_ref().map(|stats| Transport {
            open: stats.open.load(Ordering::Relaxed) as u64,
            accepted: stats.accepted.load(Ordering::Relaxed),
            refused: stats.refused.load(Ordering::Relaxed),
            busy: stats.busy.load(Ordering::Relaxed),
        });
        Snapshot { info, requests, transport }
    }
}

/// The transport's counters at one instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Transport {
    pub open: u64,
    pub accepted: u64,
    pub refused: u64,
    pub busy: u64,
}

/// Everything one scrape shows.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub info: Info,
    pub requests: BTreeMap<(&'static str, u16), u64>,
    pub transport: Option<Transport>,
}

/// One metric family being written: `# HELP`, `# TYPE`, then samples.
struct Family<'a> {
    out: &'a mut String,
    name: &'static str,
}

impl<'a> Family<'a> {
    fn new(out: &'a mut String, name: &'static str, kind: &str, help: &str) -> Family<'a> {
        let _ = writeln!(out, "# HELP {name} {help}");
        let _ = writeln!(out, "# TYPE {name} {kind}");
        Family { out, name }
    }

    fn sample(&mut self, labels: &[(&str, &str)], value: f64) -> &mut Self {
        self.out.push_str(self.name);
        if !labels.is_empty() {
            self.out.push('{');
            for (index, (key, value)) in labels.iter().enumerate() {
                if index > 0 {
                    self.out.push(',');
                }
                let _ = write!(self.out, "{key}=\"{}\"", escape_label(value));
            }
            self.out.push('}');
        }
        let _ = writeln!(self.out, " {}", format_value(value));
        self
    }
}

/// Label values escape `\`, `"` and line feeds (the format's only rules).
fn escape_label(value: &str) -> String {
    value.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

/// Whole numbers without a fraction; others as Rust prints them, which
/// Prometheus parses (`0.125`).
fn format_value(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

fn seconds(ms: u64) -> f64 {
    ms as f64 / 1000.0
}

/// The exposition text of `snapshot`.
pub fn render(snapshot: &Snapshot) -> String {
    let mut out = String::new();
    let info = &snapshot.info;
    let mode = info.mode.map_or("", |mode| mode.as_str());
    Family::new(
        &mut out,
        "containerless_info",
        "gauge",
        "The agent's version and the function's mode (empty before /init).",
    )
    .sample(&[("version", info.version), ("mode", mode)], 1.0);
    render_states(&mut out, info);
    render_durations(&mut out, info);
    if let Some(bytes) = info.trace_bytes {
        Family::new(
            &mut out,
            "containerless_trace_bytes",
            "gauge",
            "Size of the last trace the runtime sent, in bytes of JSON.",
        )
        .sample(&[], bytes as f64);
    }
    render_trace_counts(&mut out, info);
    Family::new(
        &mut out,
        "containerless_node_restarts_total",
        "counter",
        "Waiting (pre-started) Nodes started again after one died.",
    )
    .sample(&[], f64::from(info.prestart_restarts));
    render_exit(&mut out, info.exit_status);
    let mut requests = Family::new(
        &mut out,
        "containerless_http_requests_total",
        "counter",
        "Requests the API answered, by endpoint (path, or other) and status.",
    );
    for ((endpoint, status), count) in &snapshot.requests {
        requests.sample(&[("endpoint", endpoint), ("status", &status.to_string())], *count as f64);
    }
    if let Some(transport) = snapshot.transport {
        render_transport(&mut out, transport);
    }
    out
}

/// One gauge per lifecycle state and per way of starting Node, 1 for the
/// current one: a scraper can alert on `containerless_state{state="runtime-error"} == 1`.
fn render_states(out: &mut String, info: &Info) {
    let mut state = Family::new(
        out,
        "containerless_state",
        "gauge",
        "1 for the lifecycle state the agent is in (GET /status), 0 for the others.",
    );
    for each in STATES {
        state.sample(&[("state", each.as_str())], f64::from(u8::from(each == info.state)));
    }
    let mut prestart = Family::new(
        out,
        "containerless_prestart",
        "gauge",
        "1 for how Node was or will be started (GET /info prestart), 0 for the others.",
    );
    for each in
        [Prestart::Off, Prestart::Starting, Prestart::Waiting, Prestart::Used, Prestart::Unused, Prestart::Failed]
    {
        prestart.sample(&[("state", prestart_name(each))], f64::from(u8::from(each == info.prestart)));
    }
}

fn render_durations(out: &mut String, info: &Info) {
    let durations = [
        (
            "containerless_compile_seconds",
            "Time the tracing compiler took for the function (Tracing mode).",
            info.compile_ms,
        ),
        (
            "containerless_start_seconds",
            "Time from starting (or telling a waiting Node to run) the function until it listened.",
            info.start_ms,
        ),
        (
            "containerless_prestart_seconds",
            "Time from spawning the waiting Node until its runtime waited for the function.",
            info.prestart_ms,
        ),
    ];
    for (name, help, ms) in durations {
        if let Some(ms) = ms {
            Family::new(out, name, "gauge", help).sample(&[], seconds(ms));
        }
    }
}

/// Tracing mode's sampling (docs/SPEC.md §5 "Tracing cost"); absent until
/// the tracing runtime reported its counts.
fn render_trace_counts(out: &mut String, info: &Info) {
    let (Some(traced), Some(untraced), Some(settled)) =
        (info.traced_requests, info.untraced_requests, info.trace_settled)
    else {
        return;
    };
    Family::new(out, "containerless_requests_traced_total", "counter", "Requests to the function that were traced.")
        .sample(&[], traced as f64);
    Family::new(
        out,
        "containerless_requests_untraced_total",
        "counter",
        "Requests to the function that ran untraced because the trace had settled.",
    )
    .sample(&[], untraced as f64);
    Family::new(
        out,
        "containerless_trace_settled",
        "gauge",
        "1 while the trace has not changed over the last --trace-settle traced requests.",
    )
    .sample(&[], f64::from(u8::from(settled)));
}

fn render_exit(out: &mut String, exit: Option<ExitStatus>) {
    let mut family = Family::new(
        out,
        "containerless_node_exited",
        "gauge",
        "1 once the function's Node exited, with its exit code or signal; 0 while it has not.",
    );
    match exit {
        Some(ExitStatus::Code(code)) => family.sample(&[("code", &code.to_string()), ("signal", "")], 1.0),
        Some(ExitStatus::Signal(signal)) => family.sample(&[("code", ""), ("signal", &signal.to_string())], 1.0),
        None => family.sample(&[("code", ""), ("signal", "")], 0.0),
    };
}

fn render_transport(out: &mut String, transport: Transport) {
    Family::new(out, "containerless_http_connections_open", "gauge", "Connections to the API open now.")
        .sample(&[], transport.open as f64);
    Family::new(out, "containerless_http_connections_accepted_total", "counter", "Connections to the API accepted.")
        .sample(&[], transport.accepted as f64);
    Family::new(out, "containerless_http_requests_refused_total", "counter", "Requests the transport answered itself (malformed, too large, too slow, refused on their head) without reaching the API.")
        .sample(&[], transport.refused as f64);
    Family::new(
        out,
        "containerless_http_requests_busy_total",
        "counter",
        "Requests answered 503 because every worker of their lane was busy.",
    )
    .sample(&[], transport.busy as f64);
}

fn prestart_name(prestart: Prestart) -> &'static str {
    match prestart {
        Prestart::Off => "off",
        Prestart::Starting => "starting",
        Prestart::Waiting => "waiting",
        Prestart::Used => "used",
        Prestart::Unused => "unused",
        Prestart::Failed => "failed",
    }
}

#[cfg(test)]
mod tests;
