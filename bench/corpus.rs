//! Traces of the corpus functions (`tests/corpus/NAME.js` with the requests
//! of `NAME.json`), recorded by the real agent in Tracing mode.

use serde_json::Value;

use crate::agent::{self, Agent, Mode};
use crate::evaluator::Subject;
use crate::http::{self, Conn};

fn percent_encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The HTTP request for a corpus request object `{method, path, query, body}`:
/// a string body goes as text, any other body as JSON, none as nothing.
pub fn request_bytes(request: &Value) -> Vec<u8> {
    let method = request["method"].as_str().unwrap_or("GET");
    let mut target = request["path"].as_str().unwrap_or("/").to_string();
    if let Some(query) = request["query"].as_object().filter(|query| !query.is_empty()) {
        let pairs: Vec<String> = query
            .iter()
            .map(|(key, value)| format!("{}={}", percent_encode(key), percent_encode(value.as_str().unwrap_or(""))))
            .collect();
        target = format!("{target}?{}", pairs.join("&"));
    }
    match request.get("body") {
        None => http::request_bytes(method, &target, None, b""),
        Some(Value::String(text)) => http::request_bytes(method, &target, Some("text/plain"), text.as_bytes()),
        Some(body) => http::request_bytes(method, &target, Some("application/json"), body.to_string().as_bytes()),
    }
}

/// The trace of one corpus function after its requests, and the last request.
fn trace_of(name: &str) -> Result<Subject, String> {
    let dir = agent::repo().join("tests/corpus");
    let source = std::fs::read_to_string(dir.join(format!("{name}.js"))).map_err(|err| err.to_string())?;
    let spec: Value = std::fs::read(dir.join(format!("{name}.json")))
        .map_err(|err| err.to_string())
        .and_then(|bytes| serde_json::from_slice(&bytes).map_err(|err| err.to_string()))?;
    let requests = spec["requests"].as_array().cloned().unwrap_or_default();
    let mut agent = Agent::start("corpus")?;
    let addr = agent.start_function(Mode::Tracing, &source)?;
    let mut conn = Conn::open(addr).map_err(|err| err.to_string())?;
    for request in &requests {
        conn.exchange(&request_bytes(request)).map_err(|err| format!("{name}: {err}"))?;
    }
    let last = requests.last().cloned().unwrap_or(Value::Null);
    Ok(Subject { label: format!("corpus {name}"), trace: agent.trace()?, request: last.to_string().into_bytes() })
}

/// The largest trace among all corpus functions.
pub fn largest_trace() -> Result<Subject, String> {
    let dir = agent::repo().join("tests/corpus");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|err| format!("{}: {err}", dir.display()))?
        .flatten()
        .filter_map(|entry| {
            let path = entry.path();
            let is_js = path.extension().is_some_and(|ext| ext == "js");
            let has_requests = path.with_extension("json").exists();
            (is_js && has_requests).then(|| path.file_stem()?.to_str().map(str::to_string)).flatten()
        })
        .collect();
    names.sort();
    let mut largest: Option<Subject> = None;
    let mut failures = Vec::new();
    for name in names {
        match trace_of(&name) {
            Ok(subject) if largest.as_ref().is_none_or(|best| subject.trace.len() > best.trace.len()) => {
                largest = Some(subject)
            }
            Ok(_) => {}
            Err(err) => failures.push(format!("{name}: {}", err.lines().next().unwrap_or(""))),
        }
    }
    largest.ok_or_else(|| format!("no corpus trace: {}", failures.join("; ")))
}
