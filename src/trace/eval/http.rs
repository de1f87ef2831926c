//! The outgoing calls of an evaluated trace, performed for real: an HTTP/1.1
//! client over `TcpStream`, one request per connection, that sends exactly
//! what the runtime's client (`node_modules/containerless/outgoing.js` on
//! Node 20) sends and vouches for a response only where Node's client surely
//! sees the same one (`response`).
//!
//! Result convention: `Ok(Some(text))` for a 2xx body, `Ok(None)` where the
//! runtime surely gives the callback `undefined` (network error, a
//! well-formed non-2xx head, the connection closing before the response is
//! whole), `Err(why)` where Node's behaviour cannot be predicted (`https`, a
//! URL Node would rewrite, a timeout, a response Node's parser might read
//! otherwise).

mod response;

use std::borrow::Cow;
use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::time::{Duration, Instant};

use super::interp::Outgoing;
use response::{Source, Verdict};

type Fetch = Result<Option<String>, Cow<'static, str>>;

/// The runtime's `Accept` header.
const ACCEPT: &str = "application/json, text/plain;q=0.9, */*;q=0.8";

/// Where an `http://` URL points.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Target {
    pub(crate) host: String,
    pub(crate) port: u16,
    /// Path and query, as sent on the request line.
    pub(crate) path: String,
}

/// One call, done within `timeout` in all (a server trickling its answer
/// cannot stretch it) and by `deadline`, the evaluation's own.
pub(crate) fn fetch(call: &Outgoing, timeout: Duration, deadline: Option<Instant>) -> Fetch {
    let target = parse_url(&call.url)?;
    let call_deadline = Instant::now() + timeout;
    let deadline = deadline.map_or(call_deadline, |at| at.min(call_deadline));
    let timeout = deadline.saturating_duration_since(Instant::now());
    if timeout.is_zero() {
        return Err("outgoing call timed out".into());
    }
    let Some(mut stream) = connect(&target, timeout)? else {
        return Ok(None);
    };
    let _ = stream.set_write_timeout(Some(timeout));
    if stream.write_all(&render_request(call, &target)).is_err() {
        // The upstream went away while the request was sent, perhaps after
        // answering: whether Node reads that answer first is a race.
        return Err("the upstream closed while the request was sent".into());
    }
    match response::read_response(Socket { stream, deadline }) {
        Verdict::Body(body) => Ok(Some(String::from_utf8_lossy(&body).into_owned())),
        Verdict::Undefined => Ok(None),
        Verdict::Unknown(why) => Err(why),
    }
}

/// The connection, read against the call's deadline.
struct Socket {
    stream: TcpStream,
    deadline: Instant,
}

impl Source for Socket {
    fn read_more(&mut self, buf: &mut Vec<u8>) -> io::Result<usize> {
        let left = self.deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(io::ErrorKind::TimedOut.into());
        }
        self.stream.set_read_timeout(Some(left))?;
        let mut chunk = [0; 16 << 10];
        let n = self.stream.read(&mut chunk)?;
        buf.extend_from_slice(&chunk[..n]);
        Ok(n)
    }

    fn has_pending(&mut self) -> bool {
        if self.stream.set_nonblocking(true).is_err() {
            return true;
        }
        let peeked = self.stream.peek(&mut [0]);
        let _ = self.stream.set_nonblocking(false);
        match peeked {
            Ok(n) => n > 0,
            Err(e) => e.kind() != io::ErrorKind::WouldBlock,
        }
    }
}

/// `None` where Node cannot connect either (an unresolvable host, refused
/// connections): its callback gets `undefined`. A timeout says nothing about
/// what Node, which waits longer, would see.
fn connect(target: &Target, timeout: Duration) -> Result<Option<TcpStream>, Cow<'static, str>> {
    let addrs: Vec<SocketAddr> = match (target.host.as_str(), target.port).to_socket_addrs() {
        Ok(addrs) => addrs.collect(),
        Err(_) => return Ok(None),
    };
    let mut timed_out = false;
    for addr in addrs {
        match TcpStream::connect_timeout(&addr, timeout) {
            Ok(stream) => return Ok(Some(stream)),
            Err(e) if e.kind() == io::ErrorKind::TimedOut => timed_out = true,
            Err(_) => {}
        }
    }
    if timed_out {
        return Err("connecting timed out".into());
    }
    Ok(None)
}

/// The request exactly as Node's `http.request` writes it for the runtime:
/// the runtime's headers in their order, then `Host` and `Connection` (the
/// global agent keeps connections alive); a POST or PUT without a payload
/// gets `Content-Length: 0` last.
fn render_request(call: &Outgoing, target: &Target) -> Vec<u8> {
    let host = if target.host.contains(':') { format!("[{}]", target.host) } else { target.host.clone() };
    let host = if target.port == 80 { host } else { format!("{host}:{}", target.port) };
    let mut head = format!("{} {} HTTP/1.1\r\nAccept: {ACCEPT}\r\n", call.method, target.path);
    if let Some(body) = &call.body {
        head.push_str(&format!("Content-Type: application/json\r\nContent-Length: {}\r\n", body.len()));
    }
    head.push_str(&format!("Host: {host}\r\nConnection: keep-alive\r\n"));
    if call.body.is_none() && matches!(call.method, "POST" | "PUT") {
        head.push_str("Content-Length: 0\r\n");
    }
    head.push_str("\r\n");
    let mut request = head.into_bytes();
    if let Some(body) = &call.body {
        request.extend_from_slice(body.as_bytes());
    }
    request
}

/// Accepts only URLs that Node's WHATWG parser leaves as they are, so the
/// request sent here is the one Node would send.
pub(crate) fn parse_url(url: &str) -> Result<Target, Cow<'static, str>> {
    let Some(rest) = url.strip_prefix("http://") else {
        return Err(if url.starts_with("https://") {
            "https calls are not evaluated".into()
        } else {
            format!("unsupported URL `{}`", url.chars().take(80).collect::<String>()).into()
        });
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let tail = tail.split('#').next().unwrap_or("");
    let (host, port) = split_authority(authority).ok_or("a URL authority Node might rewrite")?;
    let path = if tail.starts_with('/') { tail.to_owned() } else { format!("/{tail}") };
    let path_only = path.split('?').next().unwrap_or("");
    let has_dot_segment =
        path_only.split('/').any(|seg| seg == "." || seg == "..") || path_only.to_ascii_lowercase().contains("%2e");
    let plain = path.bytes().all(|b| b.is_ascii_graphic() && !b"\"<>`{}'\\^|".contains(&b));
    if has_dot_segment || !plain {
        return Err("a URL path Node might rewrite".into());
    }
    Ok(Target { host, port, path })
}

fn split_authority(authority: &str) -> Option<(String, u16)> {
    if authority.contains('@') || authority.is_empty() {
        return None;
    }
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let (host, after) = v6.split_once(']')?;
        if !host.bytes().all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.') {
            return None;
        }
        (host.to_owned(), after.strip_prefix(':'))
    } else {
        let (host, port) = match authority.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        };
        if host.is_empty() || !host.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.') {
            return None;
        }
        (host.to_ascii_lowercase(), port)
    };
    let port = match port {
        None | Some("") => 80,
        Some(p) if p.bytes().all(|b| b.is_ascii_digit()) => p.parse().ok()?,
        Some(_) => return None,
    };
    Some((host, port))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_plain_urls() {
        let t = parse_url("http://Example.com:8080/a/b?x=1&y=%20#frag").unwrap();
        assert_eq!(t, Target { host: "example.com".into(), port: 8080, path: "/a/b?x=1&y=%20".into() });
        let t = parse_url("http://127.0.0.1?q").unwrap();
        assert_eq!((t.port, t.path.as_str()), (80, "/?q"));
        let t = parse_url("http://[::1]:9/").unwrap();
        assert_eq!(t.host, "::1");
    }

    #[test]
    fn refuses_urls_node_would_rewrite() {
        for url in [
            "https://x/",
            "ftp://x/",
            "HTTP://x/",
            "http://u:p@x/",
            "http://x/a/../b",
            "http://x/%2e/",
            "http://x/a b",
            "http://x/é",
            "http://x/a\\b",
            "http://x:99999/",
            "http://x:8a/",
            "http:///a",
        ] {
            assert!(parse_url(url).is_err(), "{url}");
        }
    }

    fn outgoing(method: &'static str, body: Option<&str>) -> Outgoing {
        Outgoing { method, url: String::new(), body: body.map(str::to_owned) }
    }

    #[test]
    fn renders_requests_as_node_does() {
        let target = |host: &str, port| Target { host: host.into(), port, path: "/p?q=1".into() };
        let accept = "Accept: application/json, text/plain;q=0.9, */*;q=0.8\r\n";
        let get = render_request(&outgoing("GET", None), &target("127.0.0.1", 8000));
        let expected = format!("GET /p?q=1 HTTP/1.1\r\n{accept}Host: 127.0.0.1:8000\r\nConnection: keep-alive\r\n\r\n");
        assert_eq!(String::from_utf8(get).unwrap(), expected);
        let post = render_request(&outgoing("POST", Some("\"é\"")), &target("::1", 80));
        let expected = format!(
            "POST /p?q=1 HTTP/1.1\r\n{accept}Content-Type: application/json\r\nContent-Length: 4\r\n\
             Host: [::1]\r\nConnection: keep-alive\r\n\r\n\"é\""
        );
        assert_eq!(String::from_utf8(post).unwrap(), expected);
        let empty_put = render_request(&outgoing("PUT", None), &target("h", 80));
        let expected =
            format!("PUT /p?q=1 HTTP/1.1\r\n{accept}Host: h\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n");
        assert_eq!(String::from_utf8(empty_put).unwrap(), expected);
    }
}
