//! The evaluator: `eval-trace` on the largest corpus trace and on a
//! synthetic 1 MB trace. Reported three ways: the CLI as an operator runs
//! it (a process per evaluation), and in-process parse and evaluation.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use containerless::trace::{eval_node, parse_trace, Outcome, Request};
use serde_json::{json, Value};

use crate::agent::{self, TempDir};
use crate::report::{Section, Verdict};
use crate::stats::{ms, summary};

/// A trace to time, with a request it answers.
pub struct Subject {
    pub label: String,
    pub trace: Vec<u8>,
    pub request: Vec<u8>,
}

/// A trace of about `target_bytes`: the handler is a long chain of `let`s,
/// each adding to the previous one, with an `if` guarding every fourth, and
/// finally sends the sum. Names are unique, as the IR requires. Returns the
/// trace and the number of steps: the answer for `req.body.n` is
/// `n + Σ(i % 7)` for `i` in `1..=steps`.
pub fn synthetic_trace(target_bytes: usize) -> (Vec<u8>, usize) {
    let mut body = vec![json!({"kind": "let", "name": "x_0", "named": {
        "kind": "get",
        "exp": {"kind": "get", "exp": {"kind": "identifier", "name": "req_0"}, "field": "body"},
        "field": "n",
    }})];
    let mut size = 0;
    let mut i = 0;
    while size < target_bytes {
        i += 1;
        let step = json!({"kind": "let", "name": format!("x_{i}"), "named": {
            "kind": "binop", "op": "+",
            "e1": {"kind": "identifier", "name": format!("x_{}", i - 1)},
            "e2": {"kind": "number", "value": i % 7},
        }});
        size += step.to_string().len() + 1;
        body.push(step);
        if i % 4 == 0 {
            let guard = json!({"kind": "if",
                "cond": {"kind": "binop", "op": ">", "e1": {"kind": "identifier", "name": format!("x_{i}")}, "e2": {"kind": "number", "value": 1e15}},
                "truePart": [{"kind": "unknown"}],
                "falsePart": [{"kind": "let", "name": format!("y_{i}"), "named": {"kind": "identifier", "name": format!("x_{i}")}}],
            });
            size += guard.to_string().len() + 1;
            body.push(guard);
        }
    }
    body.push(
        json!({"kind": "primApp", "event": "send", "eventArgs": [{"kind": "identifier", "name": format!("x_{i}")}]}),
    );
    let trace = json!({"kind": "block", "body": [{
        "kind": "callback", "event": "listen", "eventArg": {"kind": "undefined"},
        "callbackArgs": ["req_0"],
        "clos": {"kind": "clos", "tenv": {"$fn": {"kind": "string", "value": "F1"}}},
        "body": body,
    }]});
    (trace.to_string().into_bytes(), i)
}

pub fn synthetic_subject() -> Subject {
    Subject {
        label: "synthetic ~1 MB chain of lets/ifs".into(),
        trace: synthetic_trace(1 << 20).0,
        request: br#"{"method":"POST","path":"/","body":{"n":1}}"#.to_vec(),
    }
}

fn time_cli(dir: &Path, subject: &Subject, runs: usize) -> Result<(Vec<f64>, String), String> {
    let trace = dir.join("trace.json");
    let request = dir.join("request.json");
    std::fs::write(&trace, &subject.trace).map_err(|err| err.to_string())?;
    std::fs::write(&request, &subject.request).map_err(|err| err.to_string())?;
    let mut samples = Vec::new();
    let mut answer = String::new();
    for _ in 0..runs {
        let started = Instant::now();
        let output = Command::new(agent::agent_binary())
            .arg("eval-trace")
            .arg("--trace")
            .arg(&trace)
            .arg("--request")
            .arg(&request)
            .stdin(Stdio::null())
            .output()
            .map_err(|err| format!("eval-trace: {err}"))?;
        samples.push(ms(started.elapsed()));
        answer = match output.status.code() {
            Some(0) => format!("answered {} bytes", output.stdout.len()),
            Some(3) => "unknown".into(),
            other => return Err(format!("eval-trace exited {other:?}: {}", String::from_utf8_lossy(&output.stderr))),
        };
    }
    Ok((samples, answer))
}

/// Median milliseconds of `work`, repeated until `runs` runs or `budget` is spent.
fn time_in_process(runs: usize, budget: Duration, mut work: impl FnMut()) -> Vec<f64> {
    let started = Instant::now();
    let mut samples = Vec::new();
    while samples.len() < runs && (samples.is_empty() || started.elapsed() < budget) {
        let begin = Instant::now();
        work();
        samples.push(ms(begin.elapsed()));
    }
    samples
}

fn measure_one(dir: &Path, subject: &Subject, runs: usize) -> Result<Value, String> {
    let (cli, answer) = time_cli(dir, subject, runs)?;
    let parsed = parse_trace(&subject.trace).map_err(|err| format!("parse: {err}"))?;
    let request = Request::from_json(&subject.request).map_err(|err| format!("request: {err}"))?;
    let budget = Duration::from_secs(3);
    let parse = time_in_process(runs, budget, || {
        let _ = parse_trace(&subject.trace);
    });
    let mut outcome = None;
    let evaluate = time_in_process(runs * 10, budget, || outcome = Some(eval_node(&parsed, &request)));
    let covered = matches!(outcome, Some(Outcome::Response(_)));
    Ok(json!({
        "trace": subject.label,
        "traceBytes": subject.trace.len(),
        "cliAnswer": answer,
        "covered": covered,
        "cliMs": summary(&cli),
        "parseMs": summary(&parse),
        "evalMs": summary(&evaluate),
    }))
}

pub fn measure(subjects: &[Subject], runs: usize) -> Result<Section, String> {
    let dir = TempDir::new("eval")?;
    let mut section = Section::new("evaluator");
    let mut details = Vec::new();
    for subject in subjects {
        let value = measure_one(dir.path(), subject, runs)?;
        let med = |key: &str| value[key]["median"].as_f64().unwrap_or(f64::NAN);
        section.row(
            format!("eval-trace, {} ({:.1} KiB)", subject.label, subject.trace.len() as f64 / 1024.0),
            format!(
                "CLI {:.2} ms; in-process parse {:.3} ms + eval {:.3} ms",
                med("cliMs"),
                med("parseMs"),
                med("evalMs")
            ),
            "reported",
            Verdict::Reported,
        );
        details.push(value);
    }
    section.details = json!({"runs": runs, "subjects": details});
    Ok(section)
}
