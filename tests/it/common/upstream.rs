//! An upstream for outgoing calls, on a loopback port the OS picks: the same
//! answer for the same request every time, some of them answers Node's
//! client turns into `undefined`. One per test process.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::OnceLock;
use std::time::Duration;

/// `http://127.0.0.1:PORT`, the upstream's base URL; started on first use.
pub fn url() -> &'static str {
    static URL: OnceLock<String> = OnceLock::new();
    URL.get_or_init(|| {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind upstream");
        let addr = listener.local_addr().expect("upstream address");
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                std::thread::spawn(move || serve(stream));
            }
        });
        format!("http://{addr}")
    })
}

/// A request as the upstream saw it.
struct Seen {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

/// Reads one request: the head, then `Content-Length` bytes of body.
fn read_request(stream: &mut TcpStream) -> Option<Seen> {
    stream.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    let mut data = Vec::new();
    let mut buf = [0u8; 4096];
    let head_end = loop {
        if let Some(i) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        if data.len() > 64 * 1024 {
            return None;
        }
        let n = stream.read(&mut buf).ok()?;
        if n == 0 {
            return None;
        }
        data.extend_from_slice(&buf[..n]);
    };
    let head = String::from_utf8_lossy(&data[..head_end]).to_string();
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let (method, target) = (first.next()?.to_string(), first.next()?.to_string());
    let headers: Vec<(String, String)> = lines
        .filter(|l| !l.is_empty())
        .filter_map(|l| l.split_once(':').map(|(n, v)| (n.to_ascii_lowercase(), v.trim().to_string())))
        .collect();
    let length = headers.iter().find(|(n, _)| n == "content-length").and_then(|(_, v)| v.parse().ok()).unwrap_or(0);
    let mut body = data[head_end..].to_vec();
    while body.len() < length {
        let n = stream.read(&mut buf).ok()?;
        if n == 0 {
            return None;
        }
        body.extend_from_slice(&buf[..n]);
    }
    body.truncate(length);
    Some(Seen { method, target, headers, body })
}

fn respond(stream: &mut TcpStream, status: &str, content_type: Option<&str>, body: &str) {
    let mut head = format!("HTTP/1.1 {status}\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    if let Some(t) = content_type {
        head.push_str(&format!("Content-Type: {t}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body.as_bytes());
}

fn serve(mut stream: TcpStream) {
    let Some(seen) = read_request(&mut stream) else { return };
    let path = seen.target.as_str();
    let rest = |prefix: &str| path.strip_prefix(prefix).unwrap_or_default().to_string();
    const JSON: Option<&str> = Some("application/json");
    if path.starts_with("/json/") {
        let body = serde_json::json!({"echo": rest("/json/"), "len": path.len()}).to_string();
        respond(&mut stream, "200 OK", JSON, &body);
    } else if path.starts_with("/text/") {
        respond(&mut stream, "200 OK", Some("text/plain"), &format!("t:{}", rest("/text/")));
    } else if path.starts_with("/status/404") {
        respond(&mut stream, "404 Not Found", JSON, "{\"e\":404}");
    } else if path.starts_with("/status/500") {
        respond(&mut stream, "500 Internal Server Error", JSON, "{\"e\":500}");
    } else if path.starts_with("/close") {
        // Hang up without an answer: a network error for the client.
    } else if path.starts_with("/nojson") {
        respond(&mut stream, "200 OK", JSON, "{bad");
    } else if path.starts_with("/empty") {
        let _ = stream.write_all(b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
    } else if path.starts_with("/chunked/") {
        let text = serde_json::json!([rest("/chunked/")]).to_string();
        let (a, b) = text.split_at(text.len() / 2);
        let reply = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{:x}\r\n{a}\r\n{:x}\r\n{b}\r\n0\r\n\r\n",
            a.len(),
            b.len()
        );
        let _ = stream.write_all(reply.as_bytes());
    } else if path.starts_with("/redirect") {
        let _ = stream
            .write_all(b"HTTP/1.1 302 Found\r\nLocation: /json/r\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    } else if path.starts_with("/echo") {
        // Everything the client sent, so both clients must send the same.
        let headers: Vec<Vec<String>> = seen.headers.iter().map(|(n, v)| vec![n.clone(), v.clone()]).collect();
        let body = serde_json::json!({
            "method": seen.method,
            "target": seen.target,
            "headers": headers,
            "body": String::from_utf8_lossy(&seen.body),
        });
        respond(&mut stream, "200 OK", JSON, &body.to_string());
    } else {
        respond(&mut stream, "404 Not Found", Some("text/plain"), "no such path");
    }
}
