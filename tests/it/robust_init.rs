//! Fault and abuse suite (issue 6): bad `/init` input. Every case checks the
//! exact status, error code, message and description, that nothing was
//! accepted, and that the agent still answers `/healthz`.

use crate::common::*;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

const BAD: &str = "bad request";

fn post_init(agent: &Agent, body: &[u8]) -> Response {
    agent.post("/init", body)
}

#[test]
fn bodies_that_are_not_a_json_init_object_are_400() {
    let agent = start_real("init-shapes", &[]);
    let cases: [(&[u8], &str); 14] = [
        (b"{not json", "malformed request body: malformed JSON: key must be a string at line 1 column 2"),
        (b"", "malformed request body: malformed JSON: EOF while parsing a value at line 1 column 0"),
        (b"\"Tracing\"", "malformed request body: the body must be a JSON object"),
        (b"[{\"mode\":\"Vanilla\",\"code\":\"x\"}]", "malformed request body: the body must be a JSON object"),
        (b"null", "malformed request body: the body must be a JSON object"),
        (br#"{"mode":1,"code":"x"}"#, "malformed request body: `mode` must be a string"),
        (br#"{"code":"x"}"#, "malformed request body: missing field `mode`"),
        (br#"{"mode":"Fast","code":"x"}"#, "malformed request body: unknown mode `Fast`: use Tracing or Vanilla"),
        (br#"{"mode":"vanilla","code":"x"}"#, "malformed request body: unknown mode `vanilla`: use Tracing or Vanilla"),
        (br#"{"mode":"Vanilla"}"#, "malformed request body: missing field `code`"),
        (br#"{"mode":"Vanilla","code":""}"#, "malformed request body: `code` is empty"),
        (br#"{"mode":"Vanilla","code":" \n\t "}"#, "malformed request body: `code` is empty"),
        (br#"{"mode":"Vanilla","code":["x"]}"#, "malformed request body: `code` must be a string"),
        (b"{\"mode\":\"Vanilla\",\"code\":\"\xff\xfe\"}", "malformed request body: the body is not UTF-8"),
    ];
    for (body, description) in cases {
        expect_error(&post_init(&agent, body), 400, BAD, description);
    }
    assert_eq!(agent.status(), "pre-initialized", "nothing was accepted");
    assert!(dir_entries(agent.workdir.path()).iter().all(|name| name != "index.js"));
    agent.assert_healthy();
}

#[test]
fn a_declared_body_over_the_limit_is_413_before_it_is_sent() {
    let agent = start_real("init-declared-413", &["--max-body", "65536"]);
    // Only the head is sent: the answer must not wait for the body.
    let mut stream = TcpStream::connect(agent.addr).unwrap();
    stream.set_read_timeout(Some(SLOW)).unwrap();
    stream.write_all(b"POST /init HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000000\r\n\r\n").unwrap();
    let response = read_response(&mut stream);
    expect_error(&response, 413, "payload too large", "request body exceeds 65536 bytes");
    assert_eq!(response.header("Connection"), Some("close"));
    // A client waiting for `100 Continue` gets the refusal instead.
    let expecting = b"POST /init HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 65537\r\n\r\n";
    expect_error(&raw(agent.addr, expecting).unwrap(), 413, "payload too large", "request body exceeds 65536 bytes");
    assert_eq!(agent.status(), "pre-initialized");
    agent.assert_healthy();
}

#[test]
fn a_chunked_body_over_the_limit_is_413_while_it_streams() {
    let agent = start_real("init-streaming-413", &["--max-body", "65536"]);
    let mut stream = TcpStream::connect(agent.addr).unwrap();
    stream.set_read_timeout(Some(SLOW)).unwrap();
    stream.set_write_timeout(Some(Duration::from_secs(5))).unwrap();
    stream
        .write_all(
            b"POST /init HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
        )
        .unwrap();
    // A writer that would send 16 GiB, stopping once the answer is in.
    const CHUNK: usize = 64 * 1024;
    const TOTAL: u64 = 16 << 30;
    let answered = Arc::new(AtomicBool::new(false));
    let sent = Arc::new(AtomicU64::new(0));
    let mut writer = stream.try_clone().unwrap();
    let writer = {
        let (answered, sent) = (answered.clone(), sent.clone());
        std::thread::spawn(move || {
            let mut chunk = format!("{CHUNK:x}\r\n").into_bytes();
            chunk.extend(std::iter::repeat_n(b' ', CHUNK));
            chunk.extend_from_slice(b"\r\n");
            while !answered.load(Ordering::SeqCst) && sent.load(Ordering::SeqCst) < TOTAL {
                if writer.write_all(&chunk).is_err() {
                    break; // the agent closed the connection
                }
                sent.fetch_add(CHUNK as u64, Ordering::SeqCst);
            }
        })
    };
    let response = read_response(&mut stream);
    answered.store(true, Ordering::SeqCst);
    writer.join().unwrap();
    expect_error(&response, 413, "payload too large", "request body exceeds 65536 bytes");
    let sent = sent.load(Ordering::SeqCst);
    assert!(sent < TOTAL, "the answer came only after the whole body ({sent} bytes)");
    assert_eq!(agent.status(), "pre-initialized");
    agent.assert_healthy();
}

#[test]
fn a_small_chunked_body_is_accepted() {
    let agent = start_real("init-chunked", &[]);
    let body = json!({"mode": "Vanilla", "code": SEED_DEMO}).to_string();
    let (first, rest) = body.split_at(body.len() / 2);
    let request = format!(
        "POST /init HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\n\
         Transfer-Encoding: chunked\r\n\r\n{:x}\r\n{first}\r\n{:x}\r\n{rest}\r\n0\r\n\r\n",
        first.len(),
        rest.len()
    );
    let response = raw(agent.addr, request.as_bytes()).unwrap();
    assert_eq!((response.status, response.json()), (200, json!({"status": "accepted", "mode": "Vanilla"})));
    agent.wait_log("function ready on port", SLOW);
    assert_eq!(agent.status(), "running");
    assert_eq!(http(agent.function_addr(), "GET", "/", &[], b"").unwrap().text(), "hi");
    assert_eq!(std::fs::read_to_string(agent.workdir.path().join("index.js")).unwrap(), SEED_DEMO);
    agent.assert_healthy();
}

#[test]
fn exactly_one_of_1000_concurrent_inits_wins() {
    // 25 client threads making 40 calls each, over fresh connections.
    const THREADS: usize = 25;
    const CALLS: usize = 40;
    let agent = Arc::new(start_real("init-1000", &[]));
    let barrier = Arc::new(Barrier::new(THREADS));
    let body = json!({"mode": "Vanilla", "code": SEED_DEMO}).to_string();
    let started = Instant::now();
    let threads: Vec<_> = (0..THREADS)
        .map(|_| {
            let (agent, barrier, body) = (agent.clone(), barrier.clone(), body.clone());
            std::thread::spawn(move || {
                barrier.wait();
                (0..CALLS).map(|_| agent.post("/init", body.as_bytes())).collect::<Vec<_>>()
            })
        })
        .collect();
    let responses: Vec<Response> = threads.into_iter().flat_map(|t| t.join().unwrap()).collect();
    eprintln!("1000 inits in {:?}", started.elapsed());
    assert_eq!(responses.len(), 1000);
    let won: Vec<&Response> = responses.iter().filter(|r| r.status == 200).collect();
    assert_eq!(won.len(), 1, "exactly one wins");
    assert_eq!(won[0].json(), json!({"status": "accepted", "mode": "Vanilla"}));
    for response in responses.iter().filter(|r| r.status != 200) {
        expect_error(response, 409, "already initialized", "the function was already initialized");
    }
    agent.wait_log("function ready on port", SLOW);
    let accepted = agent.log_lines().iter().filter(|line| line.contains("init accepted")).count();
    assert_eq!(accepted, 1);
    agent.assert_healthy();
}

/// Reads one response whose connection the agent closes after it.
fn read_response(stream: &mut TcpStream) -> Response {
    let mut received = Vec::new();
    let mut buffer = [0u8; 4096];
    let deadline = Instant::now() + SLOW;
    // Until the end of the body: the head says how long it is.
    loop {
        assert!(Instant::now() < deadline, "no complete response in time");
        match stream.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => received.extend_from_slice(&buffer[..n]),
            Err(err) if !received.is_empty() && err.kind() == std::io::ErrorKind::ConnectionReset => break,
            Err(err) => panic!("reading the response: {err}"),
        }
        if let Some(response) = complete_response(&received) {
            return response;
        }
    }
    complete_response(&received).expect("a complete response")
}

fn complete_response(bytes: &[u8]) -> Option<Response> {
    let end = bytes.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
    let head = String::from_utf8_lossy(&bytes[..end]).to_ascii_lowercase();
    let length: usize = head.lines().find_map(|line| line.strip_prefix("content-length:"))?.trim().parse().ok()?;
    if bytes.len() < end + length {
        return None;
    }
    parse_response(&bytes[..end + length]).ok()
}

#[test]
fn malformed_http_is_refused_with_an_error_body_and_the_connection_closed() {
    let agent = start_real("init-malformed-http", &[]);
    let huge_header = format!("GET /status HTTP/1.1\r\nX-Big: {}\r\n\r\n", "a".repeat(20_000));
    let cases: Vec<(Vec<u8>, u16, &str, &str)> = vec![
        (b"HELLO\r\n\r\n".to_vec(), 400, "bad request", "malformed request: malformed request line `HELLO`"),
        (
            b"GET /status HTTP/2.0\r\n\r\n".to_vec(),
            505,
            "http version not supported",
            "HTTP version not supported: HTTP/2.0 is not supported: use HTTP/1.1",
        ),
        (
            b"POST /init HTTP/1.1\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec(),
            400,
            "bad request",
            "malformed request: both Content-Length and Transfer-Encoding",
        ),
        (
            b"POST /init HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n".to_vec(),
            501,
            "not implemented",
            "not implemented: transfer encoding `gzip`: only chunked is supported",
        ),
        (
            b"POST /init HTTP/1.1\r\nExpect: the-unexpected\r\nContent-Length: 2\r\n\r\n{}".to_vec(),
            417,
            "expectation failed",
            "expectation failed: cannot meet `Expect: the-unexpected`",
        ),
        (
            huge_header.into_bytes(),
            431,
            "request header fields too large",
            "request head too large: the request line and headers exceed 16384 bytes",
        ),
    ];
    for (request, status, message, description) in cases {
        let response = raw(agent.addr, &request).unwrap();
        expect_error(&response, status, message, description);
        assert_eq!(response.header("Connection"), Some("close"), "{status}");
    }
    assert_eq!(agent.status(), "pre-initialized");
    agent.assert_healthy();
}
