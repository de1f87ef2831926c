//! Incremental HTTP/1.1 request parsing without I/O: bytes in, a request or
//! a rejection out. Everything is bounded — the head by `Limits::max_head`,
//! the body by `Limits::max_body` — so a client can never make the agent
//! buffer more than that, whatever it sends or declares.
//!
//! How to drive this: append what the socket gave to a buffer and call
//! [`Parser::feed`] with it. The parser removes the bytes it used, so bytes
//! of a pipelined next request stay in the buffer for the next call.

use crate::error::ApiError;

/// Most header lines one request may have.
pub const MAX_HEADERS: usize = 64;
/// Longest chunk-size line (with extensions) of a chunked body.
const MAX_CHUNK_LINE: usize = 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Request line and headers, terminating blank line included.
    pub max_head: usize,
    pub max_body: usize,
}

/// A complete request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub method: String,
    /// The request target as sent: `/path?query`.
    pub target: String,
    /// `1` for HTTP/1.1, `0` for HTTP/1.0.
    pub minor_version: u8,
    /// Names in lower case, in arrival order.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(key, _)| key.eq_ignore_ascii_case(name)).map(|(_, value)| value.as_str())
    }

    /// The path without the query.
    pub fn path(&self) -> &str {
        self.target.split_once('?').map_or(self.target.as_str(), |(path, _)| path)
    }

    /// Whether the client lets the connection stay open after the response.
    pub fn keep_alive(&self) -> bool {
        let connection = self.header("connection").unwrap_or("").to_ascii_lowercase();
        let says = |word: &str| connection.split(',').any(|token| token.trim() == word);
        match self.minor_version {
            0 => says("keep-alive"),
            _ => !says("close"),
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum Parsed {
    NeedMore,
    Complete(Request),
    /// The request cannot be served; answer with this error and close.
    Rejected(ApiError),
}

#[derive(Debug)]
pub struct Parser {
    limits: Limits,
    /// How far the search for the end of the head has got.
    scanned: usize,
    state: State,
    continue_due: bool,
}

#[derive(Debug)]
enum State {
    Head,
    Sized { head: Head, body: Vec<u8>, remaining: usize },
    Chunked { head: Head, body: Vec<u8>, step: Chunk, trailer_bytes: usize },
}

#[derive(Debug, Clone, Copy)]
enum Chunk {
    Size,
    Data(usize),
    DataEnd,
    Trailers,
}

#[derive(Debug)]
struct Head {
    method: String,
    target: String,
    minor_version: u8,
    headers: Vec<(String, String)>,
}

impl Head {
    fn with_body(self, body: Vec<u8>) -> Request {
        Request {
            method: self.method,
            target: self.target,
            minor_version: self.minor_version,
            headers: self.headers,
            body,
        }
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str())
    }

    fn all(&self, name: &'static str) -> impl Iterator<Item = &str> {
        self.headers.iter().filter(move |(key, _)| key == name).map(|(_, value)| value.as_str())
    }
}

enum Framing {
    Empty,
    Sized(usize),
    Chunked,
}

impl Parser {
    pub fn new(limits: Limits) -> Parser {
        Parser { limits, scanned: 0, state: State::Head, continue_due: false }
    }

    /// True once part of a request has arrived (the buffer is not empty or
    /// the head is done), i.e. the client owes the rest.
    pub fn in_request(&self, buffer: &[u8]) -> bool {
        !buffer.is_empty() || !matches!(self.state, State::Head)
    }

    /// True once per request whose client waits for `100 Continue`.
    pub fn take_continue(&mut self) -> bool {
        std::mem::take(&mut self.continue_due)
    }

    /// Consumes what it can from the front of `buffer`.
    pub fn feed(&mut self, buffer: &mut Vec<u8>) -> Parsed {
        let state = std::mem::replace(&mut self.state, State::Head);
        let (state, parsed) = match state {
            State::Head => self.head(buffer),
            State::Sized { head, body, remaining } => sized(head, body, remaining, buffer),
            State::Chunked { head, body, step, trailer_bytes } => {
                chunked(head, body, step, trailer_bytes, buffer, self.limits)
            }
        };
        self.state = state;
        match parsed {
            // The head is done and body bytes are already here.
            None if !buffer.is_empty() => self.feed(buffer),
            None => Parsed::NeedMore,
            Some(Parsed::NeedMore) => Parsed::NeedMore,
            Some(done) => {
                self.continue_due = false;
                done
            }
        }
    }

    fn head(&mut self, buffer: &mut Vec<u8>) -> (State, Option<Parsed>) {
        let Some(end) = find(buffer, b"\r\n\r\n", self.scanned) else {
            if buffer.len() > self.limits.max_head {
                return (State::Head, Some(Parsed::Rejected(head_too_large(self.limits))));
            }
            self.scanned = buffer.len().saturating_sub(3);
            return (State::Head, Some(Parsed::NeedMore));
        };
        self.scanned = 0;
        if end + 4 > self.limits.max_head {
            return (State::Head, Some(Parsed::Rejected(head_too_large(self.limits))));
        }
        let head_bytes: Vec<u8> = buffer.drain(..end + 4).collect();
        let head = match parse_head(&head_bytes[..end]) {
            Ok(head) => head,
            Err(err) => return (State::Head, Some(Parsed::Rejected(err))),
        };
        let framing = match framing(&head, self.limits.max_body) {
            Ok(framing) => framing,
            Err(err) => return (State::Head, Some(Parsed::Rejected(err))),
        };
        if let Some(expect) = head.header("expect") {
            if !expect.eq_ignore_ascii_case("100-continue") {
                let err = ApiError::ExpectationFailed(format!("cannot meet `Expect: {expect}`"));
                return (State::Head, Some(Parsed::Rejected(err)));
            }
            self.continue_due = head.minor_version == 1 && !matches!(framing, Framing::Empty);
        }
        match framing {
            Framing::Empty => (State::Head, Some(Parsed::Complete(head.with_body(Vec::new())))),
            Framing::Sized(length) => {
                let body = Vec::with_capacity(length.min(64 * 1024));
                (State::Sized { head, body, remaining: length }, None)
            }
            Framing::Chunked => (State::Chunked { head, body: Vec::new(), step: Chunk::Size, trailer_bytes: 0 }, None),
        }
    }
}

fn head_too_large(limits: Limits) -> ApiError {
    ApiError::HeadTooLarge(format!("the request line and headers exceed {} bytes", limits.max_head))
}

fn sized(head: Head, mut body: Vec<u8>, remaining: usize, buffer: &mut Vec<u8>) -> (State, Option<Parsed>) {
    let take = remaining.min(buffer.len());
    body.extend_from_slice(&buffer[..take]);
    buffer.drain(..take);
    if remaining > take {
        return (State::Sized { head, body, remaining: remaining - take }, Some(Parsed::NeedMore));
    }
    (State::Head, Some(Parsed::Complete(head.with_body(body))))
}

/// Decodes as much of a chunked body as `buffer` holds.
fn chunked(
    head: Head,
    mut body: Vec<u8>,
    mut step: Chunk,
    mut trailer_bytes: usize,
    buffer: &mut Vec<u8>,
    limits: Limits,
) -> (State, Option<Parsed>) {
    let bad = |why: &str| Some(Parsed::Rejected(ApiError::MalformedRequest(format!("chunked body: {why}"))));
    let mut at = 0;
    let outcome = loop {
        match step {
            Chunk::Size => {
                let Some(end) = find(&buffer[at..], b"\r\n", 0) else {
                    if buffer.len() - at > MAX_CHUNK_LINE {
                        break bad("chunk size line too long");
                    }
                    break Some(Parsed::NeedMore);
                };
                let line = &buffer[at..at + end];
                at += end + 2;
                let size_text = line.split(|&b| b == b';').next().unwrap_or_default();
                let size = match std::str::from_utf8(size_text).ok().map(str::trim) {
                    Some(text) if !text.is_empty() && text.bytes().all(|b| b.is_ascii_hexdigit()) => {
                        usize::from_str_radix(text, 16).ok()
                    }
                    _ => None,
                };
                match size {
                    None => break bad("malformed chunk size"),
                    Some(0) => step = Chunk::Trailers,
                    Some(size) if size > limits.max_body - body.len().min(limits.max_body) => {
                        break Some(Parsed::Rejected(ApiError::PayloadTooLarge { limit: limits.max_body }))
                    }
                    Some(size) => step = Chunk::Data(size),
                }
            }
            Chunk::Data(left) => {
                let take = left.min(buffer.len() - at);
                body.extend_from_slice(&buffer[at..at + take]);
                at += take;
                if take < left {
                    step = Chunk::Data(left - take);
                    break Some(Parsed::NeedMore);
                }
                step = Chunk::DataEnd;
            }
            Chunk::DataEnd => {
                if buffer.len() - at < 2 {
                    break Some(Parsed::NeedMore);
                }
                if &buffer[at..at + 2] != b"\r\n" {
                    break bad("chunk data not followed by CRLF");
                }
                at += 2;
                step = Chunk::Size;
            }
            Chunk::Trailers => {
                let Some(end) = find(&buffer[at..], b"\r\n", 0) else {
                    if trailer_bytes + (buffer.len() - at) > limits.max_head {
                        break Some(Parsed::Rejected(head_too_large(limits)));
                    }
                    break Some(Parsed::NeedMore);
                };
                at += end + 2;
                trailer_bytes += end + 2;
                if end == 0 {
                    buffer.drain(..at);
                    return (State::Head, Some(Parsed::Complete(head.with_body(body))));
                }
                if trailer_bytes > limits.max_head {
                    break Some(Parsed::Rejected(head_too_large(limits)));
                }
            }
        }
    };
    buffer.drain(..at);
    match outcome {
        Some(Parsed::Rejected(err)) => (State::Head, Some(Parsed::Rejected(err))),
        other => (State::Chunked { head, body, step, trailer_bytes }, other),
    }
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let start = from.min(haystack.len());
    haystack[start..].windows(needle.len()).position(|window| window == needle).map(|at| at + start)
}

fn is_token(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

fn parse_head(bytes: &[u8]) -> Result<Head, ApiError> {
    let bad = |why: String| ApiError::MalformedRequest(why);
    let mut lines = bytes.split(|&b| b == b'\n').map(|line| line.strip_suffix(b"\r").unwrap_or(line));
    let request_line = lines.next().unwrap_or_default();
    let request_line = std::str::from_utf8(request_line)
        .ok()
        .filter(|line| line.bytes().all(|b| (0x20..0x7f).contains(&b)))
        .ok_or_else(|| bad("the request line is not printable ASCII".into()))?;
    let mut parts = request_line.split(' ');
    let (Some(method), Some(target), Some(version), None) = (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad(format!("malformed request line `{request_line}`")));
    };
    if !is_token(method) || target.is_empty() {
        return Err(bad(format!("malformed request line `{request_line}`")));
    }
    let minor_version = match version {
        "HTTP/1.1" => 1,
        "HTTP/1.0" => 0,
        other if other.starts_with("HTTP/") => {
            return Err(ApiError::VersionNotSupported(format!("{other} is not supported: use HTTP/1.1")))
        }
        other => return Err(bad(format!("unknown protocol `{other}`"))),
    };
    let mut headers = Vec::new();
    for line in lines {
        if headers.len() == MAX_HEADERS {
            return Err(ApiError::HeadTooLarge(format!("more than {MAX_HEADERS} header lines")));
        }
        if line.first().is_some_and(|&b| b == b' ' || b == b'\t') {
            return Err(bad("folded header lines are not accepted".into()));
        }
        let colon = line.iter().position(|&b| b == b':').ok_or_else(|| bad("a header line without `:`".into()))?;
        let name = std::str::from_utf8(&line[..colon]).ok().filter(|name| is_token(name));
        let name = name.ok_or_else(|| bad("malformed header name".into()))?;
        let value = &line[colon + 1..];
        if value.iter().any(|&b| (b < 0x20 && b != b'\t') || b == 0x7f) {
            return Err(bad(format!("control characters in header `{name}`")));
        }
        let value = String::from_utf8_lossy(value).trim_matches([' ', '\t']).to_string();
        headers.push((name.to_ascii_lowercase(), value));
    }
    Ok(Head { method: method.to_string(), target: target.to_string(), minor_version, headers })
}

fn framing(head: &Head, max_body: usize) -> Result<Framing, ApiError> {
    let encodings: Vec<&str> = head.all("transfer-encoding").collect();
    let lengths: Vec<&str> = head.all("content-length").flat_map(|value| value.split(',')).map(str::trim).collect();
    if !encodings.is_empty() {
        if !lengths.is_empty() {
            return Err(ApiError::MalformedRequest("both Content-Length and Transfer-Encoding".into()));
        }
        let joined = encodings.join(",");
        if !joined.trim().eq_ignore_ascii_case("chunked") {
            return Err(ApiError::NotImplemented(format!("transfer encoding `{joined}`: only chunked is supported")));
        }
        return Ok(Framing::Chunked);
    }
    let Some(first) = lengths.first() else { return Ok(Framing::Empty) };
    if lengths.iter().any(|length| length != first) {
        return Err(ApiError::MalformedRequest("conflicting Content-Length values".into()));
    }
    if first.is_empty() || !first.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ApiError::MalformedRequest(format!("malformed Content-Length `{first}`")));
    }
    // Too many digits to fit is as good as too large.
    match first.parse::<usize>() {
        Ok(0) => Ok(Framing::Empty),
        Ok(length) if length <= max_body => Ok(Framing::Sized(length)),
        _ => Err(ApiError::PayloadTooLarge { limit: max_body }),
    }
}

#[cfg(test)]
mod tests;
