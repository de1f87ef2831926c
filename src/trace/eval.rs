//! Evaluates a trace on a request with JavaScript's semantics (DESIGN.md §4).
//!
//! How to drive this:
//! - one-shot: [`eval_request`] with trace JSON and request JSON;
//! - many requests on one trace: [`super::ir::parse_trace`]
//!   once, then [`eval_node`] (or [`evaluate`] for the reason behind an
//!   `Unknown` and custom limits) per request. Nothing is cloned per run.
//!
//! The answer is either exactly the response Node would give, or
//! [`Outcome::Unknown`]; never a guess.

mod bits;
mod errors;
mod exceptions;
mod globals;
mod holes;
mod http;
mod interp;
mod jsjson;
mod methods;
mod ops;
mod protos;
mod request;
mod strings;
mod strmethods;
mod value;

use std::time::{Duration, Instant};

pub use request::{Request, RequestError, MAX_REQUEST_DEPTH};

use super::ir::{self, Node};
use interp::{Interp, Stop};

pub(crate) const TEXT_PLAIN: &str = "text/plain; charset=utf-8";
pub(crate) const APPLICATION_JSON: &str = "application/json";

/// Body of the response the runtime sends when the handler never responds.
pub const NO_RESPONSE_BODY: &str =
    r#"{"code":504,"message":"function did not respond","description":"the handler did not call respond in time"}"#;

/// The HTTP response the function would give, as the runtime encodes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    /// `None` when the response has no body (`respond(undefined)`).
    pub content_type: Option<String>,
    pub body: String,
}

impl Response {
    /// The runtime's answer when `respond` is never called.
    pub fn no_response() -> Response {
        Response { status: 504, content_type: Some(APPLICATION_JSON.into()), body: NO_RESPONSE_BODY.into() }
    }

    /// `{"status":200,"contentType":"...","body":"..."}` (`contentType` null
    /// when absent).
    pub fn to_json(&self) -> String {
        serde_json::json!({
            "status": self.status,
            "contentType": self.content_type,
            "body": self.body,
        })
        .to_string()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Response(Response),
    /// The request reaches an `unknown`: only the container can answer it.
    Unknown,
}

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("malformed trace: {0}")]
    Trace(ir::Problem),
    #[error("malformed request: {0}")]
    Request(RequestError),
}

impl EvalError {
    /// Stable numeric code: the HTTP status an API would answer with
    /// (a bad request is the client's fault, a bad trace the server's).
    pub fn code(&self) -> u16 {
        match self {
            EvalError::Trace(_) => 500,
            EvalError::Request(_) => 400,
        }
    }
}

/// Bounds on one evaluation. Reaching any of them is `Unknown`.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Node evaluations, plus builtin work by size.
    pub max_steps: u64,
    /// Nesting of node evaluation (and of values walked by `join` and
    /// `JSON.stringify`).
    pub max_depth: usize,
    /// Arrays and objects allocated.
    pub max_containers: usize,
    /// Connect, read and write timeout of each outgoing HTTP call.
    pub http_timeout: Duration,
    /// The whole evaluation, outgoing calls included, ends by then (`None`:
    /// only the other limits bound it).
    pub deadline: Option<Instant>,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_steps: 10_000_000,
            max_depth: 5_000,
            max_containers: 2_000_000,
            http_timeout: Duration::from_secs(10),
            deadline: None,
        }
    }
}

/// An outcome with what it cost and, for `Unknown`, why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    pub outcome: Outcome,
    pub unknown_reason: Option<String>,
    pub steps: u64,
}

impl Evaluation {
    /// `{"covered": true, "response": {status, contentType, body}}`, or
    /// `{"covered": false, "reason": ...}`: a session's line or item.
    pub fn to_json(&self) -> serde_json::Value {
        match &self.outcome {
            Outcome::Response(response) => serde_json::json!({
                "covered": true,
                "response": {"status": response.status, "contentType": response.content_type, "body": response.body},
            }),
            Outcome::Unknown => serde_json::json!({"covered": false, "reason": self.unknown_reason}),
        }
    }
}

/// Evaluates `trace` (trace JSON) on `request` (`{method, path, query, body, headers?}` JSON).
pub fn eval_request(trace: &[u8], request: &[u8]) -> Result<Outcome, EvalError> {
    eval_request_detailed(trace, request, &Limits::default()).map(|e| e.outcome)
}

/// [`eval_request`] with limits, reporting why a request is not covered.
pub fn eval_request_detailed(trace: &[u8], request: &[u8], limits: &Limits) -> Result<Evaluation, EvalError> {
    super::on_big_stack(|| {
        let request = Request::read(request).map_err(EvalError::Request)?;
        let root = ir::read_trace_here(trace).map_err(EvalError::Trace)?.root;
        let Some(request) = request else {
            return Ok(Evaluation { outcome: Outcome::Unknown, unknown_reason: Some(LONE_SURROGATE.into()), steps: 0 });
        };
        Ok(evaluate_here(&root, &request, limits))
    })
}

/// Evaluates an already parsed trace.
pub fn eval_node(trace: &Node, request: &Request) -> Outcome {
    evaluate(trace, request, &Limits::default()).outcome
}

/// Evaluates an already parsed trace with explicit limits.
pub fn evaluate(trace: &Node, request: &Request, limits: &Limits) -> Evaluation {
    super::on_big_stack(|| evaluate_here(trace, request, limits))
}

/// What a session's requests are unknown for once one of them was: the
/// state it left behind is not known.
const AFTER_AN_UNKNOWN: &str = "an earlier request of the session is unknown, so is the state it left";
const LONE_SURROGATE: &str = "the request holds a lone surrogate, which the evaluator's strings cannot";

/// Evaluates `requests` (request JSON documents) one after another in one
/// instance of the function (a session, docs/SPEC.md §5) on `trace` (trace JSON):
/// the top level runs once and each request finds the state the ones
/// before it left. Once one request is unknown, every later one is too. A
/// request holding a lone surrogate is unknown.
pub fn eval_session_detailed(
    trace: &[u8],
    requests: &[Vec<u8>],
    limits: &Limits,
) -> Result<Vec<Evaluation>, EvalError> {
    let requests =
        requests.iter().map(|bytes| Request::read(bytes)).collect::<Result<Vec<_>, _>>().map_err(EvalError::Request)?;
    session_on_json(trace, &requests, limits)
}

/// [`eval_session_detailed`] on a `{"requests": [...]}` JSON document (the body
/// of `POST /trace/eval` for a session).
pub fn eval_session_body(trace: &[u8], body: &[u8], limits: &Limits) -> Result<Vec<Evaluation>, EvalError> {
    let requests = Request::read_session(body).map_err(EvalError::Request)?;
    session_on_json(trace, &requests, limits)
}

fn session_on_json(trace: &[u8], requests: &[Option<Request>], limits: &Limits) -> Result<Vec<Evaluation>, EvalError> {
    super::on_big_stack(|| {
        let root = ir::read_trace_here(trace).map_err(EvalError::Trace)?.root;
        Ok(session_here(&root, requests, limits))
    })
}

fn session_here(trace: &Node, requests: &[Option<Request>], limits: &Limits) -> Vec<Evaluation> {
    let mut interp = Interp::new(*limits);
    let started = interp.start(trace);
    let mut known = started.is_ok();
    let mut first_reason = started.err().map(reason);
    let mut evaluations = Vec::with_capacity(requests.len());
    for request in requests {
        let before = interp.steps();
        let outcome = match (known, request) {
            (false, _) => Err(first_reason.take().unwrap_or_else(|| AFTER_AN_UNKNOWN.to_string())),
            (true, None) => Err(LONE_SURROGATE.to_string()),
            (true, Some(request)) => interp.serve(request).map_err(reason),
        };
        known &= outcome.is_ok();
        let steps = interp.steps() - before;
        evaluations.push(match outcome {
            Ok(response) => Evaluation { outcome: Outcome::Response(response), unknown_reason: None, steps },
            Err(why) => Evaluation { outcome: Outcome::Unknown, unknown_reason: Some(why), steps },
        });
    }
    evaluations
}

fn reason(stop: Stop<'_>) -> String {
    match stop {
        Stop::Unknown(why) => why.into_owned(),
        Stop::Break(name, _) => format!("break {name} outside its label"),
        Stop::Throw(_) => exceptions::UNCAUGHT.to_string(),
        Stop::Raised(why) => why.into_owned(),
    }
}

fn evaluate_here(trace: &Node, request: &Request, limits: &Limits) -> Evaluation {
    let mut interp = Interp::new(*limits);
    let result = interp.run(trace, request);
    let steps = interp.steps();
    match result {
        Ok(response) => Evaluation { outcome: Outcome::Response(response), unknown_reason: None, steps },
        Err(Stop::Unknown(why)) => {
            Evaluation { outcome: Outcome::Unknown, unknown_reason: Some(why.into_owned()), steps }
        }
        // `run` turns stray breaks into Unknown; kept total all the same.
        Err(Stop::Break(name, _)) => Evaluation {
            outcome: Outcome::Unknown,
            unknown_reason: Some(format!("break {name} outside its label")),
            steps,
        },
        Err(Stop::Raised(why)) => {
            Evaluation { outcome: Outcome::Unknown, unknown_reason: Some(why.into_owned()), steps }
        }
        Err(Stop::Throw(_)) => {
            Evaluation { outcome: Outcome::Unknown, unknown_reason: Some(exceptions::UNCAUGHT.into()), steps }
        }
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod state_tests;
