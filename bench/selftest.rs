//! Checks of the benchmark's own parts, run when the binary is started
//! without `--bench` — which is how `cargo test --all-targets` (`make test`)
//! runs a bench target with `harness = false`. They need no agent and no
//! Node: the HTTP client and the load generator talk to a small server on a
//! loopback port picked by the OS; everything else is pure.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::time::Duration;

use containerless::trace::{eval_request, validate_json, Outcome};
use serde_json::{json, Value};

use crate::http::{self, Conn};
use crate::load::{self, Spec, Stop};
use crate::{corpus, evaluator, machine, stats};

type Check = fn() -> Result<(), String>;

const CHECKS: &[(&str, Check)] = &[
    ("median of odd, even and empty samples", median),
    ("civil dates from days since the epoch", civil_dates),
    ("content-length, chunked and back-to-back responses", http_responses),
    ("malformed responses are errors, not panics", http_malformed),
    ("count mode sends exactly the quota", load_count),
    ("wrong bodies are counted", load_wrong_bodies),
    ("a server closing connections counts errors and the run still ends", load_server_closes),
    ("corpus request objects to HTTP requests", corpus_requests),
    ("the synthetic trace is valid, 1 MB, and evaluates to its sum", synthetic_trace),
    ("the README's results table is rewritten between its markers", readme_results),
    ("perf samples are charged to whose work they are", crate::profile::checks::script_parsing),
    ("perf map names of JavaScript frames", crate::profile::checks::js_frames),
];

/// Runs every check; returns the process exit code.
pub fn run() -> i32 {
    let mut failed = 0;
    for (name, check) in CHECKS {
        let result = std::panic::catch_unwind(check).unwrap_or_else(|_| Err("panicked".into()));
        match result {
            Ok(()) => println!("bench self-test {name} ... ok"),
            Err(why) => {
                failed += 1;
                println!("bench self-test {name} ... FAILED: {why}");
            }
        }
    }
    println!("bench: {} passed, {failed} failed", CHECKS.len() - failed);
    i32::from(failed > 0)
}

fn ensure(condition: bool, what: impl FnOnce() -> String) -> Result<(), String> {
    if condition {
        Ok(())
    } else {
        Err(what())
    }
}

fn median() -> Result<(), String> {
    ensure(stats::median(&[3.0, 1.0, 2.0]) == 2.0, || "odd".into())?;
    ensure(stats::median(&[4.0, 1.0, 3.0, 2.0]) == 2.5, || "even".into())?;
    ensure(stats::median(&[]).is_nan(), || "empty".into())
}

fn civil_dates() -> Result<(), String> {
    for (days, date) in [(0, (1970, 1, 1)), (-1, (1969, 12, 31)), (11_016, (2000, 2, 29)), (19_723, (2024, 1, 1))] {
        let got = machine::civil_from_days(days);
        ensure(got == date, || format!("day {days}: {got:?}, expected {date:?}"))?;
    }
    Ok(())
}

/// A server that answers every connection with `script` (raw bytes, sent
/// once the first request head arrived) and then closes it.
fn scripted_server(script: &'static [u8]) -> Result<SocketAddr, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|err| err.to_string())?;
    let addr = listener.local_addr().map_err(|err| err.to_string())?;
    std::thread::spawn(move || {
        for stream in listener.incoming().take(4) {
            let Ok(mut stream) = stream else { continue };
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let mut head = [0u8; 1024];
            let _ = stream.read(&mut head);
            let _ = stream.write_all(script);
        }
    });
    Ok(addr)
}

fn http_responses() -> Result<(), String> {
    let addr = scripted_server(
        b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX: y\r\n\r\nhello\
          HTTP/1.1 404 Not Found\r\ntransfer-encoding: chunked\r\n\r\n3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\n\r\n\
          HTTP/1.1 204 No Content\r\n\r\n",
    )?;
    let mut conn = Conn::open(addr).map_err(|err| err.to_string())?;
    conn.send(&http::get("/")).map_err(|err| err.to_string())?;
    let first = conn.read_response().map_err(|err| err.to_string())?;
    ensure(first.status == 200 && first.body == b"hello", || format!("first: {first:?}"))?;
    let second = conn.read_response().map_err(|err| err.to_string())?;
    ensure(second.status == 404 && second.body == b"abcde", || format!("second: {second:?}"))?;
    let third = conn.read_response().map_err(|err| err.to_string())?;
    ensure(third.status == 204 && third.body.is_empty(), || format!("third: {third:?}"))
}

fn http_malformed() -> Result<(), String> {
    for script in [
        &b"SMTP ready\r\n\r\n"[..],
        b"HTTP/1.1 200 OK\r\n\r\nno length",
        b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    ] {
        let leaked: &'static [u8] = Box::leak(script.to_vec().into_boxed_slice());
        let addr = scripted_server(leaked)?;
        let result = http::once(addr, &http::get("/"));
        ensure(result.is_err(), || format!("accepted {:?}: {result:?}", String::from_utf8_lossy(script)))?;
    }
    Ok(())
}

/// A keep-alive server answering every request with its body reversed
/// (or `ok` without body); counts requests; ends after `connections`.
fn echo_server(connections: usize) -> Result<(SocketAddr, Arc<std::sync::atomic::AtomicU64>), String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|err| err.to_string())?;
    let addr = listener.local_addr().map_err(|err| err.to_string())?;
    let count = Arc::new(std::sync::atomic::AtomicU64::new(0));
    let seen = count.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(connections) {
            let Ok(stream) = stream else { continue };
            let seen = seen.clone();
            std::thread::spawn(move || serve_echo(stream, &seen));
        }
    });
    Ok((addr, count))
}

fn serve_echo(stream: TcpStream, seen: &std::sync::atomic::AtomicU64) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let Ok(mut writer) = stream.try_clone() else { return };
    let mut reader = BufReader::new(stream);
    loop {
        let mut length = 0;
        loop {
            let mut line = String::new();
            match reader.read_line(&mut line) {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
            if line == "\r\n" {
                break;
            }
            if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = value.trim().parse().unwrap_or(0);
            }
        }
        let mut body = vec![0; length];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        seen.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        body.reverse();
        let body = if body.is_empty() { b"ok".to_vec() } else { body };
        let mut response = format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n", body.len()).into_bytes();
        response.extend_from_slice(&body);
        if writer.write_all(&response).is_err() {
            return;
        }
    }
}

fn load_count() -> Result<(), String> {
    let (addr, seen) = echo_server(3)?;
    let outcome = load::run(&Spec {
        addr,
        requests: Arc::new(vec![http::post_json("/", "ab"), http::post_json("/", "cd")]),
        expect_body: None,
        connections: 3,
        threads: 2,
        stop: Stop::Count { responses: 500, limit: Duration::from_secs(20) },
        warm: false,
    });
    let served = seen.load(std::sync::atomic::Ordering::SeqCst);
    ensure(outcome.responses == 500 && served == 500 && outcome.errors == 0 && outcome.wrong == 0, || {
        format!("{outcome:?}, server saw {served}")
    })
}

fn load_wrong_bodies() -> Result<(), String> {
    let (addr, _) = echo_server(4)?;
    let outcome = load::run(&Spec {
        addr,
        requests: Arc::new(vec![http::post_json("/", "xy"), http::post_json("/", "zz")]),
        expect_body: Some(Arc::new(b"yx".to_vec())),
        connections: 2,
        threads: 1,
        stop: Stop::Count { responses: 100, limit: Duration::from_secs(20) },
        warm: true,
    });
    // Each connection alternates the two requests: half the answers differ.
    ensure(outcome.responses == 100 && outcome.wrong == 50 && outcome.errors == 0, || format!("{outcome:?}"))
}

fn load_server_closes() -> Result<(), String> {
    // Answers one request per connection, then closes: every second read
    // fails, reconnections are bounded, and the run ends by itself.
    let addr = scripted_server(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")?;
    let outcome = load::run(&Spec {
        addr,
        requests: Arc::new(vec![http::get("/")]),
        expect_body: None,
        connections: 1,
        threads: 1,
        stop: Stop::After(Duration::from_secs(5)),
        warm: false,
    });
    ensure(outcome.responses >= 1 && outcome.errors >= 1, || format!("{outcome:?}"))
}

fn corpus_requests() -> Result<(), String> {
    let text = |request: Value| String::from_utf8_lossy(&corpus::request_bytes(&request)).into_owned();
    let json_body =
        text(json!({"method": "POST", "path": "/p", "query": {"city": "São Paulo", "a": "1&2"}, "body": {"n": 1}}));
    ensure(json_body.starts_with("POST /p?city=S%C3%A3o%20Paulo&a=1%262 HTTP/1.1\r\n"), || json_body.clone())?;
    ensure(
        json_body.contains("Content-Type: application/json\r\n") && json_body.ends_with("\r\n\r\n{\"n\":1}"),
        || json_body.clone(),
    )?;
    let text_body = text(json!({"method": "PUT", "path": "/", "body": "hi"}));
    ensure(text_body.contains("Content-Type: text/plain\r\nContent-Length: 2\r\n\r\nhi"), || text_body.clone())?;
    let no_body = text(json!({"path": "/x"}));
    ensure(no_body == "GET /x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", || no_body.clone())
}

fn synthetic_trace() -> Result<(), String> {
    let (trace, steps) = evaluator::synthetic_trace(1 << 20);
    ensure(trace.len() >= 1 << 20 && trace.len() < (1 << 20) + 4096, || format!("{} bytes", trace.len()))?;
    validate_json(&trace).map_err(|problems| format!("invalid: {}", problems[0]))?;
    let expected = 5 + (1..=steps).map(|i| i % 7).sum::<usize>();
    let request = br#"{"method":"POST","path":"/","body":{"n":5}}"#;
    match eval_request(&trace, request) {
        Ok(Outcome::Response(response)) => {
            ensure(response.body == expected.to_string(), || format!("{} != {expected}", response.body))
        }
        other => Err(format!("{other:?}")),
    }
}

fn readme_results() -> Result<(), String> {
    use crate::report::{readme_results, replace_results, README_BEGIN, README_END};
    let results = json!({
        "machine": {"date": "2026-11-22T07:00:00Z", "cpu": "CPU X", "cores": 2, "memoryMiB": 24576,
                    "kernel": "6.1", "rustc": "rustc 1.95.0 (abc 2026-01-01)", "node": "v20", "loadAverageAtStart": "0.1 0.2 0.3"},
        "benchSeconds": 100.4,
        "table": [{"figure": "a | b", "measured": "1", "target": "≤ 2", "result": "PASS"}],
    });
    let table = readme_results(&results);
    ensure(table.contains("Measured 2026-11-22 on CPU X, 2 cores, 24 GiB, Linux 6.1, rustc 1.95.0, Node v20; load average 0.1 0.2 0.3"), || table.clone())?;
    ensure(table.contains("| a \\| b | 1 | ≤ 2 | PASS |"), || format!("row: {table}"))?;
    let readme = format!("intro\n{README_BEGIN}\nold table\n{README_END}\noutro\n");
    let updated = replace_results(&readme, &table)?;
    ensure(updated.starts_with(&format!("intro\n{README_BEGIN}\nMeasured 2026-11-22")), || updated.clone())?;
    ensure(updated.ends_with(&format!("PASS |\n{README_END}\noutro\n")), || updated.clone())?;
    ensure(!updated.contains("old table"), || updated.clone())?;
    ensure(replace_results("no markers", &table).is_err(), || "missing markers accepted".into())?;
    let swapped = format!("{README_END}\n{README_BEGIN}\n");
    ensure(replace_results(&swapped, &table).is_err(), || "swapped markers accepted".into())
}
