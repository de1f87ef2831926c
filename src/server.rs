//! The HTTP API (docs/SPEC.md §2): routing, authentication, body limits and request
//! validation, run by a fixed pool of worker threads.
//!
//! Workers never touch the lifecycle state: they ask the state owner with a
//! [`Query`] carrying a reply channel, and wait a bounded time for the
//! answer. Nothing a worker waits for depends on the compiler or Node,
//! except the bounded `sync` barrier behind `GET /trace`.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::http::{Job, Request, Screen};
use bytes::Bytes;
use crossbeam_channel::{bounded, Receiver, Sender};
use serde_json::{json, Map, Value};

use crate::core::{Info, Mode, NotReady, Status};
use crate::error::ApiError;
use crate::metrics;
use crate::trace::ir::Problem;
use crate::trace::json::{self, Json};
use crate::trace::{eval, pretty};

/// What a worker asks the state owner.
#[derive(Debug)]
pub enum Query {
    Init {
        mode: Mode,
        code: String,
        reply: Sender<Result<(), ApiError>>,
    },
    Status {
        reply: Sender<Status>,
    },
    Info {
        reply: Sender<Info>,
    },
    /// `Ok` when the function can take a request; otherwise why not.
    Ready {
        reply: Sender<Result<(), NotReady>>,
    },
    /// The current trace, after a `sync` with the runtime.
    Trace {
        reply: Sender<Result<Bytes, ApiError>>,
    },
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub max_body: usize,
    pub token: Option<String>,
    /// Bound on waiting for the state owner's answer to a plain query.
    pub reply_timeout: Duration,
    /// Bound on waiting for a trace (covers the `sync` barrier).
    pub trace_timeout: Duration,
    /// Bound on one whole `/trace/eval` evaluation, outgoing calls included.
    pub eval_timeout: Duration,
    /// The text form of the last trace rendered, shared by every worker.
    pub text_cache: TextCache,
    /// Counters for `GET /metrics`.
    pub metrics: Arc<metrics::Registry>,
}

/// `GET /trace?format=text` of one trace version, rendered once and shared
/// (`Bytes`), as the JSON is: many clients of a large trace hold one copy.
#[derive(Debug, Clone, Default)]
pub struct TextCache(Arc<Mutex<Option<(Bytes, Bytes)>>>);

impl TextCache {
    /// The text of `trace`, rendered unless the cache holds this very trace.
    /// The lock is held while rendering, so concurrent requests for a new
    /// version wait for one rendering instead of making their own copies.
    fn text_of(&self, trace: &Bytes) -> Result<Bytes, Problem> {
        let mut cached = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        // The state owner hands out clones of one `Bytes` per version: the
        // same pointer and length is the same trace (the cache keeps it alive).
        if let Some((json, text)) = cached.as_ref() {
            if json.as_ptr() == trace.as_ptr() && json.len() == trace.len() {
                return Ok(text.clone());
            }
        }
        *cached = None; // the old text goes before the new one is made
        let text = Bytes::from(pretty::render(trace)?);
        *cached = Some((trace.clone(), text.clone()));
        Ok(text)
    }
}

/// A response before it is written; the transport's type.
pub use crate::http::Response as Reply;

const JSON: &str = "application/json";
const TEXT: &str = "text/plain; charset=utf-8";

impl Reply {
    fn json(status: u16, value: &Value) -> Reply {
        Reply { status, content_type: JSON, body: Bytes::from(value.to_string()), allow: None, shared: false }
    }
    /// The cached trace as is: shared with the state owner, not copied.
    fn raw_json(bytes: Bytes) -> Reply {
        Reply { status: 200, content_type: JSON, body: bytes, allow: None, shared: true }
    }
    fn text(text: Bytes) -> Reply {
        Reply { status: 200, content_type: TEXT, body: text, allow: None, shared: true }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Route {
    Init,
    Status,
    Info,
    Trace,
    TraceEval,
    Healthz,
    Readyz,
    Metrics,
}

impl Route {
    fn find(path: &str) -> Option<Route> {
        Some(match path {
            "/init" => Route::Init,
            "/status" => Route::Status,
            "/info" => Route::Info,
            "/trace" => Route::Trace,
            "/trace/eval" => Route::TraceEval,
            "/healthz" => Route::Healthz,
            "/readyz" => Route::Readyz,
            "/metrics" => Route::Metrics,
            _ => return None,
        })
    }

    /// The `endpoint` label of `/metrics`: the route's path.
    fn path(self) -> &'static str {
        match self {
            Route::Init => "/init",
            Route::Status => "/status",
            Route::Info => "/info",
            Route::Trace => "/trace",
            Route::TraceEval => "/trace/eval",
            Route::Healthz => "/healthz",
            Route::Readyz => "/readyz",
            Route::Metrics => "/metrics",
        }
    }

    fn allow(self) -> &'static str {
        match self {
            Route::Init | Route::TraceEval => "POST",
            _ => "GET, HEAD",
        }
    }

    fn needs_token(self) -> bool {
        matches!(self, Route::Init | Route::Trace | Route::TraceEval)
    }

    fn takes_body(self) -> bool {
        matches!(self, Route::Init | Route::TraceEval)
    }
}

/// Decides on a request's head whether its body is read: only `POST /init`
/// and `POST /trace/eval` take one, and only with the token when one is
/// set. Any other request is served without reading its body (and its
/// connection closed after); an unauthorized one is `401` at once.
pub fn screen(request: &Request, settings: &Settings) -> Screen {
    match Route::find(request.path()) {
        Some(route) if route.takes_body() && request.method == route.allow() => {
            match check_token(request.header("Authorization"), settings.token.as_deref()) {
                Ok(()) => Screen::ReadBody,
                Err(err) => Screen::Refuse(err.into()),
            }
        }
        _ => Screen::SkipBody,
    }
}

/// Whether `path` is `/trace/eval`, which has a lane of its own.
pub fn is_eval_route(path: &str) -> bool {
    Route::find(path) == Some(Route::TraceEval)
}

/// Whether `path` is served by the trace lane: requests that may wait for
/// the runtime or evaluate a trace.
pub fn is_trace_route(path: &str) -> bool {
    matches!(Route::find(path), Some(Route::Trace | Route::TraceEval))
}

/// What the handler needs from a request; the transport's `Request` in
/// production, a plain struct in unit tests.
pub trait Incoming {
    fn method(&self) -> &str;
    fn url(&self) -> &str;
    fn header(&self, name: &str) -> Option<&str>;
    /// The whole body: the transport has read it, within `--max-body`.
    fn body(&self) -> &[u8];
}

impl Incoming for Request {
    fn method(&self) -> &str {
        &self.method
    }
    fn url(&self) -> &str {
        &self.target
    }
    fn header(&self, name: &str) -> Option<&str> {
        Request::header(self, name)
    }
    fn body(&self) -> &[u8] {
        &self.body
    }
}

/// One worker: answers jobs until the job channel closes.
pub fn worker_loop(jobs: Receiver<Job>, queries: Sender<Query>, settings: Settings) {
    for mut job in jobs {
        let endpoint = Route::find(job.request.path()).map_or("other", Route::path);
        let reply = catch_unwind(AssertUnwindSafe(|| handle(&mut job.request, &queries, &settings)))
            .unwrap_or_else(|_| ApiError::Internal("the request handler panicked".into()).into());
        settings.metrics.count_request(endpoint, reply.status);
        job.respond(reply);
    }
}

/// Answers one request.
pub fn handle(request: &mut dyn Incoming, queries: &Sender<Query>, settings: &Settings) -> Reply {
    match route(request, queries, settings) {
        Ok(reply) => reply,
        Err(err) => err.into(),
    }
}

fn route(request: &mut dyn Incoming, queries: &Sender<Query>, settings: &Settings) -> Result<Reply, ApiError> {
    let url = request.url().to_string();
    if url == "*" && request.method() == "OPTIONS" {
        // `OPTIONS *` asks about the server as a whole: the methods it serves.
        let allow = "GET, HEAD, POST";
        return Ok(Reply { allow: Some(allow), ..Reply::json(200, &json!({"allow": allow})) });
    }
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    let route = Route::find(path).ok_or_else(|| ApiError::NotFound(path.to_string()))?;
    let method = request.method().to_string();
    let method_ok = match route.allow() {
        "POST" => method == "POST",
        _ => method == "GET" || method == "HEAD",
    };
    if !method_ok {
        return Err(ApiError::MethodNotAllowed { method, allow: route.allow() });
    }
    if route.needs_token() {
        check_token(request.header("Authorization"), settings.token.as_deref())?;
    }
    match route {
        Route::Init => init(request, queries, settings),
        Route::Status => Ok(Reply::json(200, &json!(ask_status(queries, settings)?.as_str()))),
        Route::Info => {
            let info = ask(queries, settings.reply_timeout, |reply| Query::Info { reply })?;
            Ok(Reply::json(200, &serde_json::to_value(info).unwrap_or(Value::Null)))
        }
        Route::Trace => trace(query, queries, settings),
        Route::TraceEval => trace_eval(request, queries, settings),
        Route::Healthz => Ok(Reply::json(200, &json!({"status": "ok"}))),
        Route::Readyz => match ask(queries, settings.reply_timeout, |reply| Query::Ready { reply })? {
            Ok(()) => Ok(Reply::json(200, &json!({"status": "running"}))),
            Err(why) => Err(ApiError::Unavailable(why.to_string())),
        },
        Route::Metrics => {
            let info = ask(queries, settings.reply_timeout, |reply| Query::Info { reply })?;
            let text = metrics::render(&settings.metrics.snapshot(info));
            Ok(Reply { content_type: metrics::CONTENT_TYPE, shared: false, ..Reply::text(Bytes::from(text)) })
        }
    }
}

/// Compares in time independent of where the first difference is.
fn check_token(header: Option<&str>, expected: Option<&str>) -> Result<(), ApiError> {
    let Some(expected) = expected else { return Ok(()) };
    // The scheme is case-insensitive (RFC 9110 §11.1).
    let given = header
        .and_then(|h| h.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("Bearer"))
        .map_or("", |(_, token)| token.trim());
    let same_length = given.len() == expected.len();
    let difference = given.bytes().zip(expected.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b));
    if same_length && difference == 0 {
        Ok(())
    } else {
        Err(ApiError::Unauthorized)
    }
}

/// Sends a query and waits a bounded time for the state owner's answer.
fn ask<T>(queries: &Sender<Query>, timeout: Duration, make: impl FnOnce(Sender<T>) -> Query) -> Result<T, ApiError> {
    let (reply, answer) = bounded(1);
    queries
        .send_timeout(make(reply), timeout)
        .map_err(|_| ApiError::Unavailable("the agent is not accepting requests".into()))?;
    answer.recv_timeout(timeout).map_err(|_| ApiError::Unavailable("the agent did not answer in time".into()))
}

fn ask_status(queries: &Sender<Query>, settings: &Settings) -> Result<Status, ApiError> {
    ask(queries, settings.reply_timeout, |reply| Query::Status { reply })
}

fn ask_trace(queries: &Sender<Query>, settings: &Settings) -> Result<Bytes, ApiError> {
    ask(queries, settings.trace_timeout, |reply| Query::Trace { reply })?
}

/// The body, refused when over the limit (the transport already enforces
/// it; this keeps the handler correct on its own).
fn read_body(request: &dyn Incoming, limit: usize) -> Result<Vec<u8>, ApiError> {
    if request.body().len() > limit {
        return Err(ApiError::PayloadTooLarge { limit });
    }
    Ok(request.body().to_vec())
}

/// Parses a body that must be a JSON object.
fn json_object(body: &[u8]) -> Result<Map<String, Value>, ApiError> {
    let text = std::str::from_utf8(body).map_err(|_| ApiError::BadRequest("the body is not UTF-8".into()))?;
    match serde_json::from_str(text) {
        Ok(Value::Object(object)) => Ok(object),
        Ok(_) => Err(ApiError::BadRequest("the body must be a JSON object".into())),
        Err(err) => Err(ApiError::BadRequest(json_error(&err))),
    }
}

/// serde_json's words for a lone surrogate (`"\ud83d"`) speak of a hex
/// escape ending early: say what is wrong with the text instead.
fn json_error(err: &serde_json::Error) -> String {
    if err.to_string().contains("hex escape") {
        return format!(
            "malformed JSON: the \\u escape near line {} column {} is half of a UTF-16 surrogate pair \
             without its other half, which is not Unicode text",
            err.line(),
            err.column()
        );
    }
    format!("malformed JSON: {err}")
}

/// Validates `{"mode": "Tracing" | "Vanilla", "code": "<js>"}`.
pub fn parse_init(body: &[u8]) -> Result<(Mode, String), ApiError> {
    let mut object = json_object(body)?;
    let mode = match object.get("mode") {
        Some(Value::String(mode)) if mode == "Tracing" => Mode::Tracing,
        Some(Value::String(mode)) if mode == "Vanilla" => Mode::Vanilla,
        Some(Value::String(mode)) => {
            return Err(ApiError::BadRequest(format!("unknown mode `{mode}`: use Tracing or Vanilla")))
        }
        Some(_) => return Err(ApiError::BadRequest("`mode` must be a string".into())),
        None => return Err(ApiError::BadRequest("missing field `mode`".into())),
    };
    let code = match object.remove("code") {
        Some(Value::String(code)) if code.trim().is_empty() => {
            return Err(ApiError::BadRequest("`code` is empty".into()))
        }
        Some(Value::String(code)) => code,
        Some(_) => return Err(ApiError::BadRequest("`code` must be a string".into())),
        None => return Err(ApiError::BadRequest("missing field `code`".into())),
    };
    Ok((mode, code))
}

fn init(request: &mut dyn Incoming, queries: &Sender<Query>, settings: &Settings) -> Result<Reply, ApiError> {
    let body = read_body(request, settings.max_body)?;
    let (mode, code) = parse_init(&body)?;
    ask(queries, settings.reply_timeout, |reply| Query::Init { mode, code, reply })??;
    Ok(Reply::json(200, &json!({"status": "accepted", "mode": mode.as_str()})))
}

fn trace(query: &str, queries: &Sender<Query>, settings: &Settings) -> Result<Reply, ApiError> {
    let mut as_text = false;
    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        match pair.split_once('=').unwrap_or((pair, "")) {
            ("format", "text") => as_text = true,
            ("format", "json") => as_text = false,
            ("format", other) => {
                return Err(ApiError::BadQuery(format!("unknown format `{other}`: use format=json or format=text")))
            }
            _ => {}
        }
    }
    let trace = ask_trace(queries, settings)?;
    if as_text {
        return settings
            .text_cache
            .text_of(&trace)
            .map(Reply::text)
            .map_err(|why| ApiError::TraceUnusable(why.to_string()));
    }
    Ok(Reply::raw_json(trace))
}

/// Validates the request object `{method, path, query?, body?, headers?}`,
/// read as the evaluator reads it: JSON with a lone surrogate (`"\ud83d"`)
/// is valid, as for `JSON.parse` (the evaluation then says unknown), where
/// serde_json would refuse it.
/// `{"requests": [...]}` is a session: each item is checked the same way.
/// Returns whether it is one.
pub fn check_eval_request(body: &[u8]) -> Result<bool, ApiError> {
    let text = std::str::from_utf8(body).map_err(|_| ApiError::BadRequest("the body is not UTF-8".into()))?;
    let members = match json::parse_str_lossy(text, eval::MAX_REQUEST_DEPTH + 2) {
        Ok((Json::Obj(members), _)) => members,
        Ok(_) => return Err(ApiError::BadRequest("the body must be a JSON object".into())),
        Err(err) => return Err(ApiError::BadRequest(format!("malformed JSON: {err}"))),
    };
    match members.iter().rev().find(|(key, _)| key == "requests").map(|(_, value)| value) {
        None => check_request_members(&members).map(|()| false),
        Some(Json::Arr(items)) => {
            for (index, item) in items.iter().enumerate() {
                let Json::Obj(members) = item else {
                    return Err(ApiError::BadRequest(format!("requests[{index}]: must be a JSON object")));
                };
                check_request_members(members).map_err(|err| match err {
                    ApiError::BadRequest(why) => ApiError::BadRequest(format!("requests[{index}]: {why}")),
                    other => other,
                })?;
            }
            Ok(true)
        }
        Some(_) => Err(ApiError::BadRequest("`requests` (a session) must be an array of request objects".into())),
    }
}

fn check_request_members(members: &[(String, Json)]) -> Result<(), ApiError> {
    let bad = |what: &str| Err(ApiError::BadRequest(format!("request object: {what}")));
    // Later duplicates win, as with JSON.parse.
    let field = |name: &str| members.iter().rev().find(|(key, _)| key == name).map(|(_, value)| value);
    if !matches!(field("method"), Some(Json::Str(_))) {
        return bad("`method` must be a string");
    }
    match field("path") {
        Some(Json::Str(path)) if path.starts_with('/') => {}
        _ => return bad("`path` must be a string starting with /"),
    }
    for name in ["query", "headers"] {
        match field(name) {
            None => {}
            Some(Json::Obj(map)) if map.iter().all(|(_, value)| matches!(value, Json::Str(_))) => {}
            Some(_) => return bad(&format!("`{name}` must be an object of strings")),
        }
    }
    Ok(())
}

fn trace_eval(request: &mut dyn Incoming, queries: &Sender<Query>, settings: &Settings) -> Result<Reply, ApiError> {
    let body = read_body(request, settings.max_body)?;
    let session = check_eval_request(&body)?;
    let started = Instant::now();
    let trace = ask_trace(queries, settings)?;
    let limits = eval::Limits { deadline: Some(started + settings.eval_timeout), ..eval::Limits::default() };
    if session {
        return match eval::eval_session_body(&trace, &body, &limits) {
            Ok(evaluations) => {
                let results: Vec<_> = evaluations.iter().map(eval::Evaluation::to_json).collect();
                Ok(Reply::json(200, &json!({ "results": results })))
            }
            Err(err) => Err(eval_refusal(err)),
        };
    }
    match eval::eval_request_detailed(&trace, &body, &limits).map(|evaluation| evaluation.outcome) {
        Ok(eval::Outcome::Response(response)) => Ok(Reply::json(
            200,
            &json!({
                "covered": true,
                "response": {
                    "status": response.status,
                    "contentType": response.content_type,
                    "body": response.body,
                }
            }),
        )),
        Ok(eval::Outcome::Unknown) => Ok(Reply::json(200, &json!({"covered": false}))),
        Err(err) => Err(eval_refusal(err)),
    }
}

/// What `/trace/eval` answers when the evaluator cannot start.
fn eval_refusal(err: eval::EvalError) -> ApiError {
    match err {
        eval::EvalError::Request(why) => ApiError::BadRequest(why.to_string()),
        eval::EvalError::Trace(why) => ApiError::TraceUnusable(why.to_string()),
    }
}

#[cfg(test)]
mod tests;
