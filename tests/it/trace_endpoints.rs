//! `/trace/eval` and `/trace?format=text` with the real compiler, runtime and
//! evaluator: a traced path is answered exactly as the function answers it,
//! an unexplored one is "not covered".

use crate::common::oracle::{self, real_workdir};
use crate::common::*;

const ROUTER: &str = "const c = require('containerless');
c.listen(function (req) {
  if (req.path === '/add') { c.respond({ sum: req.body.a + req.body.b }); }
  else { c.respond('other'); }
});";

#[test]
fn eval_answers_traced_paths_and_declines_the_rest() {
    let agent = Agent::start_in(real_workdir("trace-eval"), &[]);
    let port = agent.start_function("Tracing", ROUTER);
    let function = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    let traced = json!({"method": "POST", "path": "/add", "body": {"a": 2, "b": 3}});
    let answer = oracle::call(function, &traced).expect("function answers");
    assert_eq!(answer.body, r#"{"sum":5}"#);

    // Another request on the same path: the trace is symbolic, not the values of one request.
    let other_values = json!({"method": "POST", "path": "/add", "query": {}, "body": {"a": "x", "b": 1}});
    let eval = agent.post("/trace/eval", other_values.to_string().as_bytes());
    assert_eq!(eval.status, 200, "{}", eval.text());
    let eval = eval.json();
    assert_eq!(eval["covered"], true);
    assert_eq!(eval["response"]["status"], 200);
    assert_eq!(eval["response"]["body"], r#"{"sum":"x1"}"#);
    assert_eq!(eval["response"]["contentType"], "application/json");
    let node = oracle::call(function, &other_values).expect("function answers");
    assert_eq!(eval["response"]["body"], node.body.as_str(), "the trace answers as the function does");

    // The else branch was never taken: only the container can answer it.
    let unexplored = agent.post("/trace/eval", br#"{"method":"GET","path":"/elsewhere"}"#).json();
    assert_eq!(unexplored, json!({"covered": false}));

    let text = agent.get("/trace?format=text");
    assert_eq!(text.status, 200);
    assert!(text.header("Content-Type").unwrap_or_default().starts_with("text/plain"));
    let text = text.text();
    assert!(text.contains("listen((req_"), "{text}");
    assert!(text.contains("send("), "{text}");
    assert!(text.to_lowercase().contains("unknown"), "the unexplored branch is marked: {text}");
}

#[test]
fn a_lone_surrogate_is_left_to_node() {
    let agent = Agent::start_in(real_workdir("trace-eval-surrogate"), &[]);
    let code = "const c = require('containerless');
c.listen(function (req) { c.respond({ b: req.body.s, n: req.body.s.length }); });";
    let port = agent.start_function("Tracing", code);
    let function = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    let json = [("Content-Type", "application/json")];
    let paired = http(function, "POST", "/", &json, br#"{"s":"\ud83d\ude00"}"#).unwrap();
    assert_eq!(paired.text(), r#"{"b":"😀","n":2}"#);
    // JSON.parse keeps the lone surrogate and JSON.stringify escapes it.
    let lone = http(function, "POST", "/", &json, br#"{"s":"\ud83d"}"#).unwrap();
    assert_eq!((lone.status, lone.text().as_str()), (200, r#"{"b":"\ud83d","n":1}"#));

    let eval = |body: &[u8]| {
        let reply = agent.post("/trace/eval", body);
        assert_eq!(reply.status, 200, "{}", reply.text());
        reply.json()
    };
    let covered = eval(br#"{"method":"POST","path":"/","body":{"s":"\ud83d\ude00"}}"#);
    assert_eq!(covered["response"]["body"], r#"{"b":"😀","n":2}"#);
    // The evaluator's strings cannot hold it: only Node can answer.
    assert_eq!(eval(br#"{"method":"POST","path":"/","body":{"s":"\ud83d"}}"#), json!({"covered": false}));
    assert_eq!(
        eval(br#"{"method":"POST","path":"/","body":{"s":"x"},"headers":{"a":"\udc00"}}"#),
        json!({"covered": false})
    );
    // It does not excuse a malformed request object.
    let bad = agent.post("/trace/eval", br#"{"method":"POST","path":"nope","body":{"s":"\ud83d"}}"#);
    assert_eq!(bad.error_code(), 400);
}
