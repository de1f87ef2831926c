//! The outgoing calls of an evaluated trace, performed for real: a minimal
//! HTTP/1.1 client over `TcpStream` (one request per connection).
//!
//! Result convention: `Ok(Some(text))` for a 2xx body, `Ok(None)` where the
//! runtime gives the callback `undefined` (network error, non-2xx status),
//! `Err(why)` where Node's behaviour cannot be predicted (`https`, a URL Node
//! would rewrite, a timeout).

use std::borrow::Cow;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::time::{Duration, Instant};

use super::interp::Outgoing;

/// Largest response body read; bigger ones are `unknown`.
const MAX_RESPONSE_BYTES: usize = 64 << 20;
/// Largest status line or header line.
const MAX_LINE_BYTES: usize = 64 << 10;

type Fetch = Result<Option<String>, Cow<'static, str>>;

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
    let request = render_request(call, &target);
    if let Err(e) = stream.write_all(request.as_bytes()) {
        return network_error(e);
    }
    match read_response(BufReader::new(Deadlined { stream, deadline })) {
        Ok(Some((status, body))) if (200..300).contains(&status) => {
            Ok(Some(String::from_utf8_lossy(&body).into_owned()))
        }
        Ok(_) => Ok(None),
        Err(ReadError::Io(e)) => network_error(e),
        Err(ReadError::Malformed) => Ok(None),
        Err(ReadError::TooLarge) => Err("response too large to evaluate".into()),
    }
}

/// A stream whose reads all end by `deadline`, not each within a timeout.
struct Deadlined {
    stream: TcpStream,
    deadline: Instant,
}

impl Read for Deadlined {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let left = self.deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(std::io::ErrorKind::TimedOut.into());
        }
        self.stream.set_read_timeout(Some(left))?;
        self.stream.read(buf)
    }
}

/// Connection refused, reset, unresolvable host: Node reports an error and
/// the callback gets `undefined`. A timeout says nothing about what Node,
/// which waits longer, would see.
fn network_error(e: std::io::Error) -> Fetch {
    match e.kind() {
        std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => Err("outgoing call timed out".into()),
        _ => Ok(None),
    }
}

fn connect(target: &Target, timeout: Duration) -> Result<Option<TcpStream>, Cow<'static, str>> {
    let addrs: Vec<SocketAddr> = match (target.host.as_str(), target.port).to_socket_addrs() {
        Ok(addrs) => addrs.collect(),
        Err(_) => return Ok(None),
    };
    let mut timed_out = false;
    for addr in addrs {
        match TcpStream::connect_timeout(&addr, timeout) {
            Ok(stream) => return Ok(Some(stream)),
            Err(e) if e.kind() == std::io::ErrorKind::TimedOut => timed_out = true,
            Err(_) => {}
        }
    }
    if timed_out {
        return Err("connecting timed out".into());
    }
    Ok(None)
}

fn render_request(call: &Outgoing, target: &Target) -> String {
    let host = if target.host.contains(':') { format!("[{}]", target.host) } else { target.host.clone() };
    let host = if target.port == 80 { host } else { format!("{host}:{}", target.port) };
    let mut head = format!("{} {} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n", call.method, target.path);
    match &call.body {
        Some(body) => {
            head.push_str(&format!("Content-Type: application/json\r\nContent-Length: {}\r\n\r\n", body.len()));
            head.push_str(body);
        }
        None => head.push_str("\r\n"),
    }
    head
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

enum ReadError {
    Io(std::io::Error),
    Malformed,
    TooLarge,
}

impl From<std::io::Error> for ReadError {
    fn from(e: std::io::Error) -> ReadError {
        ReadError::Io(e)
    }
}

/// Reads one response: status and body (interim 1xx responses skipped).
fn read_response(mut reader: impl BufRead) -> Result<Option<(u16, Vec<u8>)>, ReadError> {
    loop {
        let status_line = read_line(&mut reader)?;
        let status = parse_status(&status_line).ok_or(ReadError::Malformed)?;
        let mut content_length: Option<usize> = None;
        let mut chunked = false;
        loop {
            let line = read_line(&mut reader)?;
            if line.is_empty() {
                break;
            }
            let (name, value) = line.split_once(':').ok_or(ReadError::Malformed)?;
            let value = value.trim();
            if name.eq_ignore_ascii_case("content-length") {
                content_length = Some(value.parse().map_err(|_| ReadError::Malformed)?);
            } else if name.eq_ignore_ascii_case("transfer-encoding") {
                chunked = value.to_ascii_lowercase().split(',').any(|v| v.trim() == "chunked");
            }
        }
        if (100..200).contains(&status) {
            continue;
        }
        let body = if status == 204 || status == 304 {
            Vec::new()
        } else if chunked {
            read_chunked(&mut reader)?
        } else if let Some(length) = content_length {
            if length > MAX_RESPONSE_BYTES {
                return Err(ReadError::TooLarge);
            }
            let mut body = vec![0; length];
            reader.read_exact(&mut body)?;
            body
        } else {
            read_to_end(&mut reader)?
        };
        return Ok(Some((status, body)));
    }
}

fn read_to_end(reader: &mut impl BufRead) -> Result<Vec<u8>, ReadError> {
    let mut body = Vec::new();
    reader.take(MAX_RESPONSE_BYTES as u64 + 1).read_to_end(&mut body)?;
    if body.len() > MAX_RESPONSE_BYTES {
        return Err(ReadError::TooLarge);
    }
    Ok(body)
}

fn read_chunked(reader: &mut impl BufRead) -> Result<Vec<u8>, ReadError> {
    let mut body = Vec::new();
    loop {
        let line = read_line(reader)?;
        let size_text = line.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_text, 16).map_err(|_| ReadError::Malformed)?;
        if size == 0 {
            // Trailers, up to the blank line.
            while !read_line(reader)?.is_empty() {}
            return Ok(body);
        }
        if size > MAX_RESPONSE_BYTES - body.len() {
            return Err(ReadError::TooLarge);
        }
        let start = body.len();
        body.resize(start + size, 0);
        reader.read_exact(&mut body[start..])?;
        if !read_line(reader)?.is_empty() {
            return Err(ReadError::Malformed);
        }
    }
}

/// One line without its CRLF (or LF). EOF before a line ends is malformed.
fn read_line(reader: &mut impl BufRead) -> Result<String, ReadError> {
    let mut line = Vec::new();
    let n = reader.take(MAX_LINE_BYTES as u64).read_until(b'\n', &mut line)?;
    if n == 0 || line.last() != Some(&b'\n') {
        return Err(ReadError::Malformed);
    }
    line.pop();
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    String::from_utf8(line).map_err(|_| ReadError::Malformed)
}

fn parse_status(line: &str) -> Option<u16> {
    let mut parts = line.splitn(3, ' ');
    let version = parts.next()?;
    if !version.starts_with("HTTP/1.") {
        return None;
    }
    let code = parts.next()?;
    if code.len() != 3 {
        return None;
    }
    code.parse().ok()
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

    #[test]
    fn reads_framed_responses() {
        let raw = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhelloEXTRA";
        let (status, body) = read_response(&raw[..]).ok().flatten().unwrap();
        assert_eq!((status, body.as_slice()), (200, &b"hello"[..]));

        let raw =
            b"HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n3;x=1\r\nabc\r\n2\r\nde\r\n0\r\nT: v\r\n\r\n";
        let (status, body) = read_response(&raw[..]).ok().flatten().unwrap();
        assert_eq!((status, body.as_slice()), (201, &b"abcde"[..]));

        let raw = b"HTTP/1.0 404 Not Found\nServer: x\n\nto the end";
        let (status, body) = read_response(&raw[..]).ok().flatten().unwrap();
        assert_eq!((status, body.as_slice()), (404, &b"to the end"[..]));

        assert!(matches!(read_response(&b"SMTP ready\r\n"[..]), Err(ReadError::Malformed)));
        let huge_chunk = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\nffffffffffffffff\r\n";
        assert!(matches!(read_response(&huge_chunk[..]), Err(ReadError::TooLarge)));
        assert!(matches!(
            read_response(&b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nshort"[..]),
            Err(ReadError::Io(_))
        ));
    }
}
