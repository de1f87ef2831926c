//! The soundness oracle: runs functions under plain Node (Vanilla, the
//! reference) and compares their answers with the agent's Tracing mode and
//! with the evaluator's answers from the trace.

use super::{http, TempDir, Value, SLOW};
use containerless::trace::{eval_request, Outcome, Response as EvalResponse};
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A workdir wired to the real compiler and runtime library, as the seed's
/// in-place layout does (symlinks into the checkout).
pub fn real_workdir(tag: &str) -> TempDir {
    let dir = TempDir::new(tag);
    std::os::unix::fs::symlink(repo().join("js-transform.sh"), dir.path().join("js-transform.sh"))
        .expect("symlink js-transform.sh");
    std::os::unix::fs::symlink(repo().join("node_modules"), dir.path().join("node_modules"))
        .expect("symlink node_modules");
    dir
}

/// What a client observes of a function's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub status: u16,
    pub content_type: Option<String>,
    pub body: String,
}

impl From<super::Response> for Answer {
    fn from(r: super::Response) -> Answer {
        Answer { status: r.status, content_type: r.header("Content-Type").map(str::to_string), body: r.text() }
    }
}

impl From<EvalResponse> for Answer {
    fn from(r: EvalResponse) -> Answer {
        Answer { status: r.status, content_type: r.content_type, body: r.body }
    }
}

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

/// The request line target (`/path?k=v`) of a request object.
pub fn target(request: &Value) -> String {
    let mut target = request["path"].as_str().unwrap_or("/").to_string();
    if let Some(query) = request["query"].as_object().filter(|q| !q.is_empty()) {
        let pairs: Vec<String> = query
            .iter()
            .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v.as_str().unwrap_or_default())))
            .collect();
        target.push('?');
        target.push_str(&pairs.join("&"));
    }
    target
}

/// Sends a request object `{method, path, query, body}` to a function port.
/// A string body goes as text; any other body as JSON; no body, nothing.
pub fn call(addr: SocketAddr, request: &Value) -> std::io::Result<Answer> {
    let method = request["method"].as_str().unwrap_or("GET");
    let (content_type, body) = match &request["body"] {
        Value::Null if request.get("body").is_none() => (None, Vec::new()),
        Value::String(text) => (Some("text/plain"), text.clone().into_bytes()),
        other => (Some("application/json"), other.to_string().into_bytes()),
    };
    let headers: Vec<(&str, &str)> = content_type.map(|t| ("Content-Type", t)).into_iter().collect();
    http(addr, method, &target(request), &headers, &body).map(Answer::from)
}

/// Evaluates `request` on `trace`; `None` when the trace says `unknown`.
pub fn evaluate(trace: &[u8], request: &Value) -> Option<Answer> {
    match eval_request(trace, request.to_string().as_bytes()) {
        Ok(Outcome::Response(response)) => Some(response.into()),
        Ok(Outcome::Unknown) => None,
        Err(err) => panic!("evaluator rejected trace or request: {err}\nrequest: {request}"),
    }
}

/// Evaluates `requests` on `trace` as one session (one long-lived
/// instance, in order); `None` for each unknown one.
pub fn evaluate_session(trace: &[u8], requests: &[Value]) -> Vec<Option<Answer>> {
    let requests: Vec<Vec<u8>> = requests.iter().map(|r| r.to_string().into_bytes()).collect();
    let limits = containerless::trace::Limits::default();
    match containerless::trace::eval_session_detailed(trace, &requests, &limits) {
        Ok(evaluations) => evaluations
            .into_iter()
            .map(|e| match e.outcome {
                Outcome::Response(response) => Some(response.into()),
                Outcome::Unknown => None,
            })
            .collect(),
        Err(err) => panic!("evaluator rejected trace or requests: {err}"),
    }
}

/// A function run by plain `node` with the runtime library (Vanilla mode):
/// the reference every other answer is compared with. Restarted after a crash.
pub struct VanillaNode {
    file: PathBuf,
    timeout_ms: u64,
    child: Option<(Child, SocketAddr)>,
}

impl VanillaNode {
    /// `source` is written into `dir` (which must reach `node_modules`).
    pub fn new(dir: &Path, source: &str, timeout_ms: u64) -> VanillaNode {
        let file = dir.join("vanilla.js");
        std::fs::write(&file, source).expect("write function");
        VanillaNode { file, timeout_ms, child: None }
    }

    fn start(&self) -> (Child, SocketAddr) {
        let mut child = Command::new("node")
            .arg(&self.file)
            .current_dir(self.file.parent().expect("dir"))
            .env_remove("CONTAINERLESS_CONTROL_FD")
            .env("CONTAINERLESS_MODE", "Vanilla")
            .env("CONTAINERLESS_PORT", "0")
            .env("CONTAINERLESS_HOST", "127.0.0.1")
            .env("CONTAINERLESS_RESPONSE_TIMEOUT_MS", self.timeout_ms.to_string())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start node");
        let stderr = child.stderr.take().expect("stderr");
        let (found, address) = mpsc::channel();
        std::thread::spawn(move || {
            let mut found = Some(found);
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                if let Some(addr) = line.split("listening on ").nth(1) {
                    if let Some(tx) = found.take() {
                        let _ = tx.send(addr.trim().to_string());
                    }
                }
            }
        });
        let addr = address.recv_timeout(SLOW).expect("vanilla function did not start listening");
        (child, addr.parse().expect("listen address"))
    }

    /// The function's answer, or `None` when the process crashed on it.
    pub fn answer(&mut self, request: &Value) -> Option<Answer> {
        if self.child.is_none() {
            self.child = Some(self.start());
        }
        let (_, addr) = self.child.as_ref().expect("running");
        let result = call(*addr, request);
        let exited = {
            let (child, _) = self.child.as_mut().expect("running");
            // A crash may race with the reply; give the process a moment to be reaped.
            child.try_wait().ok().flatten().is_some() || (result.is_err() && wait_exit(child))
        };
        if exited {
            self.stop();
            return None;
        }
        Some(result.expect("no answer from a live vanilla function"))
    }

    fn stop(&mut self) {
        if let Some((mut child, _)) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn wait_exit(child: &mut Child) -> bool {
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while std::time::Instant::now() < deadline {
        if child.try_wait().ok().flatten().is_some() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    false
}

impl Drop for VanillaNode {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A session's result (`{"covered": ..}`, from `/trace/eval` or
/// `eval-trace`) as `Some(answer)`, or `None` (unknown).
pub fn session_answer(item: &Value) -> Option<Answer> {
    match item["covered"].as_bool() {
        Some(true) => Some(Answer {
            status: item["response"]["status"].as_u64().expect("status") as u16,
            content_type: item["response"]["contentType"].as_str().map(str::to_string),
            body: item["response"]["body"].as_str().expect("body").to_string(),
        }),
        Some(false) => None,
        None => panic!("not a session result: {item}"),
    }
}

/// Soundness for a session: each answer is what one long-lived Node
/// answered to the same `requests` in the same order (`node`), and no
/// request is answered after an unknown one. Returns how many were answered.
pub fn check_session(results: &[Option<Answer>], node: &[Answer], requests: &[Value], context: &str) -> usize {
    let mut unknown_seen = false;
    let mut answered = 0;
    for ((result, expected), request) in results.iter().zip(node).zip(requests) {
        match result {
            Some(answer) => {
                assert!(!unknown_seen, "{context}: answered {request} after an unknown request");
                assert_eq!(answer, expected, "{context}: the session answers {request} unlike Node");
                answered += 1;
            }
            None => unknown_seen = true,
        }
    }
    answered
}

/// Soundness for one request: the trace answers exactly as Node, or says unknown.
/// Returns whether the trace answered.
pub fn check_sound(trace: &[u8], request: &Value, node: Option<&Answer>, context: &str) -> bool {
    let traced = evaluate(trace, request);
    match (&traced, node) {
        (None, _) => false,
        (Some(t), Some(n)) => {
            assert_eq!(t, n, "{context}: the trace answers differently from Node for {request}");
            true
        }
        (Some(t), None) => panic!("{context}: Node crashed on {request} but the trace answers {t:?}"),
    }
}

/// Deterministic variants of a request: other paths, types, missing fields.
pub fn variants(request: &Value, count: usize) -> Vec<Value> {
    let replacements = [
        Value::Null,
        Value::Bool(true),
        Value::Bool(false),
        serde_json::json!(0),
        serde_json::json!(-1),
        serde_json::json!(2.5),
        serde_json::json!(""),
        serde_json::json!("7"),
        serde_json::json!("abc"),
        serde_json::json!([]),
        serde_json::json!([1, "x"]),
        serde_json::json!({}),
        serde_json::json!({"k": "v"}),
    ];
    let mut out: Vec<Value> = Vec::new();
    let mut push = |v: Value| {
        if &v != request && !out.contains(&v) {
            out.push(v);
        }
    };
    if let Some(body) = request["body"].as_object() {
        for key in body.keys() {
            let mut missing = request.clone();
            missing["body"].as_object_mut().expect("object").remove(key);
            push(missing);
            for replacement in &replacements {
                let mut changed = request.clone();
                changed["body"][key] = replacement.clone();
                push(changed);
            }
        }
    }
    for body in [
        serde_json::json!({}),
        serde_json::json!("some text"),
        serde_json::json!([1, 2]),
        serde_json::json!(null),
        serde_json::json!(42),
        serde_json::json!(true),
        serde_json::json!({"n": 3, "x": 1, "y": "2"}),
        serde_json::json!({"n": "3", "a": "x", "b": null}),
    ] {
        let mut changed = request.clone();
        changed["body"] = body;
        push(changed);
    }
    for path in ["/", "/other", "/hello", "/json", "/class", "/try", "/a/b", "/trace", "/%C3%A9", "/x", "/y/z"] {
        let mut changed = request.clone();
        changed["path"] = path.into();
        push(changed);
    }
    if let Some(query) = request["query"].as_object() {
        for key in query.keys() {
            for value in ["", "1", "x y"] {
                let mut changed = request.clone();
                changed["query"][key] = value.into();
                push(changed);
            }
        }
    }
    for query in [
        serde_json::json!({"t": "num", "name": "q"}),
        serde_json::json!({"t": "arr", "city": "Rome", "who": ""}),
        serde_json::json!({"q": "x", "text": "{}"}),
        serde_json::json!({"name": "é 😀"}),
    ] {
        let mut changed = request.clone();
        changed["query"] = query;
        push(changed);
    }
    out.truncate(count);
    out
}
