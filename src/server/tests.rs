//! Routing, authentication, limits and validation, without sockets: a fake
//! request and a fake state owner answering queries on a thread.

use super::*;
use crate::core::{Core, NotReady, Timeouts};

/// Any: no test here lets the core run long enough to time out.
const TIMEOUTS: Timeouts = Timeouts { compile_ms: 1, start_ms: 1, sync_ms: 1, blocked_after_ms: 1, kill_grace_ms: 1 };

struct FakeRequest {
    method: &'static str,
    url: &'static str,
    headers: Vec<(&'static str, &'static str)>,
    body: Vec<u8>,
}

fn request(method: &'static str, url: &'static str, body: &[u8]) -> FakeRequest {
    FakeRequest { method, url, headers: vec![], body: body.to_vec() }
}

impl Incoming for FakeRequest {
    fn method(&self) -> &str {
        self.method
    }
    fn url(&self) -> &str {
        self.url
    }
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| *v)
    }
    fn body(&self) -> &[u8] {
        &self.body
    }
}

fn settings(token: Option<&str>) -> Settings {
    Settings {
        max_body: 64,
        token: token.map(String::from),
        reply_timeout: Duration::from_secs(2),
        trace_timeout: Duration::from_secs(2),
        eval_timeout: Duration::from_secs(2),
        text_cache: TextCache::default(),
        metrics: Default::default(),
    }
}

/// A state owner that is `status` and has `trace`; returns the query sender.
fn fake_state(status: Status, trace: Result<&'static [u8], ApiError>) -> Sender<Query> {
    let (tx, rx) = bounded::<Query>(16);
    std::thread::spawn(move || {
        for query in rx {
            match query {
                Query::Status { reply } => drop(reply.send(status)),
                Query::Info { reply } => drop(reply.send(Core::new(TIMEOUTS).info())),
                Query::Ready { reply } => {
                    let ready = if status == Status::Running { Ok(()) } else { Err(NotReady::State(status)) };
                    let _ = reply.send(ready);
                }
                Query::Init { reply, .. } => drop(reply.send(Ok(()))),
                Query::Trace { reply } => drop(reply.send(trace.clone().map(Bytes::from_static))),
            }
        }
    });
    tx
}

fn call(req: &mut FakeRequest, token: Option<&str>) -> Reply {
    let queries = fake_state(Status::Running, Ok(br#"{"kind":"block","body":[]}"#));
    handle(req, &queries, &settings(token))
}

fn error_code(reply: &Reply) -> u64 {
    let body: Value = serde_json::from_slice(&reply.body).unwrap();
    assert_eq!(reply.content_type, "application/json");
    assert_eq!(body["code"].as_u64(), Some(reply.status as u64), "code equals the status");
    assert!(body["message"].is_string() && body["description"].is_string());
    body["code"].as_u64().unwrap()
}

#[test]
fn unknown_paths_are_404() {
    for url in ["/", "/nope", "/status/", "/trace/evaluate", "/init?x"] {
        let reply = call(&mut request("GET", url, b""), None);
        if url == "/init?x" {
            assert_eq!(reply.status, 405, "query strings do not change the route");
        } else {
            assert_eq!(error_code(&reply), 404, "{url}");
        }
    }
}

#[test]
fn wrong_methods_are_405_with_allow() {
    for (method, url, allow) in [
        ("GET", "/init", "POST"),
        ("PUT", "/init", "POST"),
        ("POST", "/status", "GET, HEAD"),
        ("DELETE", "/trace", "GET, HEAD"),
        ("GET", "/trace/eval", "POST"),
        ("POST", "/healthz", "GET, HEAD"),
    ] {
        let reply = call(&mut request(method, url, b""), None);
        assert_eq!(error_code(&reply), 405, "{method} {url}");
        assert_eq!(reply.allow, Some(allow), "{method} {url}");
    }
}

#[test]
fn head_works_where_get_does() {
    assert_eq!(call(&mut request("HEAD", "/status", b""), None).status, 200);
}

#[test]
fn status_is_a_bare_json_string() {
    let reply = call(&mut request("GET", "/status", b""), None);
    assert_eq!((reply.status, &reply.body[..]), (200, &b"\"running\""[..]));
}

#[test]
fn token_guards_init_and_trace_only() {
    let good = "Bearer s3cret";
    for (method, url, body) in [
        ("POST", "/init", &br#"{"mode":"Vanilla","code":"x"}"#[..]),
        ("GET", "/trace", b""),
        ("POST", "/trace/eval", br#"{"method":"GET","path":"/"}"#),
    ] {
        for header in [None, Some("Bearer wrong"), Some("Bearer s3cre"), Some("s3cret"), Some("Basic s3cret")] {
            let mut req = request(method, url, body);
            req.headers = header.map(|h| vec![("Authorization", h)]).unwrap_or_default();
            assert_eq!(error_code(&call(&mut req, Some("s3cret"))), 401, "{url} {header:?}");
        }
        for good in [good, "bearer s3cret", "BEARER  s3cret "] {
            let mut req = request(method, url, body);
            req.headers = vec![("authorization", good)];
            assert_ne!(call(&mut req, Some("s3cret")).status, 401, "{url} {good}");
        }
    }
    for url in ["/status", "/info", "/healthz", "/readyz"] {
        assert_eq!(call(&mut request("GET", url, b""), Some("s3cret")).status, 200, "{url}");
    }
}

#[test]
fn bodies_over_the_limit_are_413() {
    // The transport refuses them first (see http::parse); the handler agrees.
    let big = vec![b' '; 65];
    assert_eq!(error_code(&call(&mut request("POST", "/init", &big), None)), 413);
    assert_eq!(error_code(&call(&mut request("POST", "/trace/eval", &big), None)), 413);
}

#[test]
fn a_body_at_the_limit_is_accepted() {
    let code = "x".repeat(64 - r#"{"mode":"Vanilla","code":""}"#.len());
    let body = format!(r#"{{"mode":"Vanilla","code":"{code}"}}"#);
    assert_eq!(body.len(), 64);
    let mut req = request("POST", "/init", body.as_bytes());
    assert_eq!(call(&mut req, None).status, 200);
}

#[test]
fn init_bodies_are_validated() {
    let cases: [(&[u8], &str); 11] = [
        (b"", "malformed JSON"),
        (b"{", "malformed JSON"),
        (b"[]", "must be a JSON object"),
        (b"\xff\xfe", "not UTF-8"),
        (br#"{"code":"x"}"#, "missing field `mode`"),
        (br#"{"mode":"Tracing"}"#, "missing field `code`"),
        (br#"{"mode":"tracing","code":"x"}"#, "unknown mode `tracing`"),
        (br#"{"mode":1,"code":"x"}"#, "`mode` must be a string"),
        (br#"{"mode":"Vanilla","code":5}"#, "`code` must be a string"),
        (br#"{"mode":"Vanilla","code":""}"#, "`code` is empty"),
        (br#"{"mode":"Vanilla","code":"  \n"}"#, "`code` is empty"),
    ];
    for (body, why) in cases {
        let err = parse_init(body).unwrap_err();
        assert_eq!(err.code(), 400);
        assert!(err.description().contains(why), "{:?}: {}", String::from_utf8_lossy(body), err.description());
    }
    assert_eq!(parse_init(br#"{"mode":"Tracing","code":"f()","extra":1}"#), Ok((Mode::Tracing, "f()".into())));
}

#[test]
fn init_answers_what_the_state_owner_says() {
    let queries = fake_state(Status::Running, Ok(b"{}"));
    let mut req = request("POST", "/init", br#"{"mode":"Vanilla","code":"x"}"#);
    let reply = handle(&mut req, &queries, &settings(None));
    assert_eq!(reply.status, 200);
    let body: Value = serde_json::from_slice(&reply.body).unwrap();
    assert_eq!(body["mode"], "Vanilla");
}

#[test]
fn trace_is_served_raw() {
    let reply = call(&mut request("GET", "/trace", b""), None);
    assert_eq!((reply.status, reply.content_type), (200, "application/json"));
    assert_eq!(&reply.body[..], br#"{"kind":"block","body":[]}"#);
    assert_eq!(call(&mut request("GET", "/trace?format=json", b""), None).status, 200);
    let wrong = call(&mut request("GET", "/trace?format=xml", b""), None);
    assert_eq!(error_code(&wrong), 400);
    // The query string is at fault, and there is no body to blame.
    let body: Value = serde_json::from_slice(&wrong.body).unwrap();
    let description = body["description"].as_str().unwrap();
    assert!(description.contains("query string") && description.contains("`xml`"), "{description}");
    assert!(!description.contains("body"), "{description}");
}

#[test]
fn metrics_are_open_even_with_a_token_and_in_the_text_format() {
    let reply = call(&mut request("GET", "/metrics", b""), Some("secret"));
    assert_eq!((reply.status, reply.content_type), (200, crate::metrics::CONTENT_TYPE));
    let text = std::str::from_utf8(&reply.body).unwrap();
    assert!(text.contains("containerless_state{state=\"pre-initialized\"} 1"), "{text}");
    assert_eq!(error_code(&call(&mut request("POST", "/metrics", b""), None)), 405);
}

#[test]
fn trace_refusals_pass_through() {
    let queries = fake_state(Status::Compiling, Err(ApiError::Unavailable("compiling".into())));
    let reply = handle(&mut request("GET", "/trace", b""), &queries, &settings(None));
    assert_eq!(error_code(&reply), 503);
    let queries = fake_state(Status::PreInitialized, Err(ApiError::NoTrace("not initialized".into())));
    let mut req = request("POST", "/trace/eval", br#"{"method":"GET","path":"/","query":{}}"#);
    assert_eq!(error_code(&handle(&mut req, &queries, &settings(None))), 409);
}

#[test]
fn eval_requests_are_validated_before_anything_else() {
    // Even before init (the fake refuses the trace with 409), a bad request object is 400.
    let queries = fake_state(Status::PreInitialized, Err(ApiError::NoTrace("not initialized".into())));
    for body in [
        &b"nope"[..],
        b"[]",
        br#"{"path":"/"}"#,
        br#"{"method":"GET"}"#,
        br#"{"method":"GET","path":"relative"}"#,
        br#"{"method":"GET","path":"/","query":{"a":1}}"#,
        br#"{"method":"GET","path":"/","query":[]}"#,
        br#"{"method":"GET","path":"/","headers":{"x":null}}"#,
        br#"{"method":"GET","path":"/","path":"x"}"#,
        br#"{"method":"GET","path":"/","body":"\ud83d",}"#,
    ] {
        let mut req = request("POST", "/trace/eval", body);
        let reply = handle(&mut req, &queries, &settings(None));
        assert_eq!(error_code(&reply), 400, "{}", String::from_utf8_lossy(body));
    }
}

#[test]
fn readyz_follows_the_state() {
    let running = fake_state(Status::Running, Ok(b"{}"));
    assert_eq!(handle(&mut request("GET", "/readyz", b""), &running, &settings(None)).status, 200);
    let compiling = fake_state(Status::Compiling, Ok(b"{}"));
    let reply = handle(&mut request("GET", "/readyz", b""), &compiling, &settings(None));
    assert_eq!(error_code(&reply), 503);
}

#[test]
fn info_is_json() {
    let reply = call(&mut request("GET", "/info", b""), None);
    let body: Value = serde_json::from_slice(&reply.body).unwrap();
    assert_eq!(body["state"], "pre-initialized");
}

#[test]
fn a_silent_state_owner_is_503_not_a_hang() {
    let (queries, _kept_but_never_read) = bounded::<Query>(16);
    let mut s = settings(None);
    s.reply_timeout = Duration::from_millis(50);
    let reply = handle(&mut request("GET", "/status", b""), &queries, &s);
    assert_eq!(error_code(&reply), 503);
}

/// A transport request head (no body) for `screen`.
fn head(method: &str, target: &str, authorization: Option<&str>) -> Request {
    let mut headers = vec![("host".to_string(), "x".to_string())];
    if let Some(value) = authorization {
        headers.push(("authorization".to_string(), value.to_string()));
    }
    Request { method: method.into(), target: target.into(), minor_version: 1, headers, body: vec![] }
}

#[test]
fn only_authorized_init_and_eval_have_their_body_read() {
    let open = settings(None);
    let closed = settings(Some("s3cret"));
    for (method, target) in [("POST", "/init"), ("POST", "/trace/eval?x=1")] {
        assert!(matches!(screen(&head(method, target, None), &open), Screen::ReadBody), "{target}");
        assert!(matches!(screen(&head(method, target, Some("Bearer s3cret")), &closed), Screen::ReadBody));
        for authorization in [None, Some("Bearer nope")] {
            match screen(&head(method, target, authorization), &closed) {
                Screen::Refuse(reply) => assert_eq!(error_code(&reply), 401, "{target}"),
                other => panic!("{target} {authorization:?}: {other:?}"),
            }
        }
    }
    // Anything else is served without its body, token or not.
    for (method, target) in
        [("GET", "/status"), ("GET", "/healthz"), ("GET", "/init"), ("POST", "/nope"), ("PUT", "/init")]
    {
        for settings in [&open, &closed] {
            assert!(matches!(screen(&head(method, target, None), settings), Screen::SkipBody), "{method} {target}");
        }
    }
}

#[test]
fn options_star_lists_the_methods() {
    let reply = call(&mut request("OPTIONS", "*", b""), None);
    assert_eq!((reply.status, reply.allow), (200, Some("GET, HEAD, POST")));
    assert_eq!(error_code(&call(&mut request("GET", "*", b""), None)), 404);
}

#[test]
fn the_text_trace_is_rendered_once_per_version_and_shared() {
    let cache = TextCache::default();
    let first = Bytes::from_static(br#"{"kind":"block","body":[{"kind":"number","value":1}]}"#);
    let text = cache.text_of(&first).unwrap();
    assert!(String::from_utf8_lossy(&text).contains('1'));
    // The same version (a clone of the same bytes): the same text, not a copy.
    assert_eq!(cache.text_of(&first.clone()).unwrap().as_ptr(), text.as_ptr());
    // Equal bytes elsewhere are another version: rendered anew.
    let other = Bytes::copy_from_slice(&first);
    assert_ne!(cache.text_of(&other).unwrap().as_ptr(), text.as_ptr());
    assert!(cache.text_of(&Bytes::from_static(b"not json")).is_err());
}

#[test]
fn a_lone_surrogate_in_init_is_named_as_such() {
    for body in [r#"{"mode":"Vanilla","code":"\ud83d"}"#, r#"{"mode":"Vanilla","code":"\udc00"}"#] {
        let Err(ApiError::BadRequest(why)) = parse_init(body.as_bytes()) else { panic!("{body} accepted") };
        assert!(why.contains("half of a UTF-16 surrogate pair") && why.contains("line 1"), "{why}");
        assert!(!why.contains("hex escape"), "{why}");
    }
    let Err(ApiError::BadRequest(why)) = parse_init(br#"{"mode":"Vanilla","code":"\u12"}"#) else { panic!() };
    assert!(why.starts_with("malformed JSON: invalid escape"), "{why}");
}
