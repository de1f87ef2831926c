//! Incremental HTTP/1.1 request parsing without I/O: bytes in, a request or
//! a rejection out. Everything is bounded — the head by `Limits::max_head`,
//! the body by `Limits::max_body` — so a client can never make the agent
//! buffer more than that, whatever it sends or declares. Heads are parsed
//! by `httparse` once complete; lines must end with CRLF throughout.
//!
//! How to drive this: append what the socket gave to a buffer and call
//! [`Parser::feed`] with it. The parser removes the bytes it used, so bytes
//! of a pipelined next request stay in the buffer for the next call. When a
//! head declares a body, `feed` stops at [`Parsed::Head`]: look at
//! [`Parser::head`], then either [`Parser::read_body`] and `feed` on, or
//! [`Parser::skip_body`] and close the connection after answering.

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
    /// The head of a request that declares a body is complete: the caller
    /// looks at [`Parser::head`] and calls [`Parser::read_body`] or
    /// [`Parser::skip_body`]. Not a byte of the body is read before that.
    Head,
    Complete(Request),
    /// The request cannot be served; answer with this error and close.
    Rejected(ApiError),
}

/// How a body is framed, as its head declares it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framing {
    Empty,
    Sized(usize),
    Chunked,
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
    /// A head with a body, waiting for the caller's decision.
    Decide {
        head: Request,
        framing: Framing,
        expects_continue: bool,
    },
    Sized {
        head: Request,
        body: Vec<u8>,
        remaining: usize,
    },
    Chunked {
        head: Request,
        body: Vec<u8>,
        step: Chunk,
        trailer_bytes: usize,
    },
}

#[derive(Debug, Clone, Copy)]
enum Chunk {
    Size,
    Data(usize),
    DataEnd,
    Trailers,
}

impl Request {
    fn with_body(mut self, body: Vec<u8>) -> Request {
        self.body = body;
        self
    }

    fn all(&self, name: &'static str) -> impl Iterator<Item = &str> {
        self.headers.iter().filter(move |(key, _)| key == name).map(|(_, value)| value.as_str())
    }
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

    /// True while the request head is incomplete (the client owes part of it).
    pub fn in_head(&self, buffer: &[u8]) -> bool {
        !buffer.is_empty() && matches!(self.state, State::Head)
    }

    /// True once per request whose client waits for `100 Continue`.
    pub fn take_continue(&mut self) -> bool {
        std::mem::take(&mut self.continue_due)
    }

    /// After [`Parsed::Head`]: the head (without body) and how its body is framed.
    pub fn head(&self) -> Option<(&Request, Framing)> {
        match &self.state {
            State::Decide { head, framing, .. } => Some((head, *framing)),
            _ => None,
        }
    }

    /// After [`Parsed::Head`]: go on reading the body (call `feed` next).
    pub fn read_body(&mut self) {
        let State::Decide { head, framing, expects_continue } = std::mem::replace(&mut self.state, State::Head) else {
            return;
        };
        self.continue_due = expects_continue;
        self.state = match framing {
            Framing::Sized(length) => {
                State::Sized { head, body: Vec::with_capacity(length.min(64 * 1024)), remaining: length }
            }
            Framing::Chunked => State::Chunked { head, body: Vec::new(), step: Chunk::Size, trailer_bytes: 0 },
            Framing::Empty => State::Decide { head, framing, expects_continue },
        };
    }

    /// After [`Parsed::Head`]: the request without its body, which is never
    /// read. The bytes that follow are not a request: close the connection.
    pub fn skip_body(&mut self) -> Option<Request> {
        match std::mem::replace(&mut self.state, State::Head) {
            State::Decide { head, .. } => Some(head),
            other => {
                self.state = other;
                None
            }
        }
    }

    /// Consumes what it can from the front of `buffer`.
    pub fn feed(&mut self, buffer: &mut Vec<u8>) -> Parsed {
        let state = std::mem::replace(&mut self.state, State::Head);
        let (state, parsed) = match state {
            State::Head => self.head_bytes(buffer),
            decide @ State::Decide { .. } => (decide, Some(Parsed::Head)),
            State::Sized { head, body, remaining } => sized(head, body, remaining, buffer),
            State::Chunked { head, body, step, trailer_bytes } => {
                chunked(head, body, step, trailer_bytes, buffer, self.limits)
            }
        };
        self.state = state;
        match parsed {
            None => Parsed::NeedMore,
            Some(Parsed::NeedMore) => Parsed::NeedMore,
            Some(Parsed::Head) => Parsed::Head,
            Some(done) => {
                self.continue_due = false;
                done
            }
        }
    }

    fn head_bytes(&mut self, buffer: &mut Vec<u8>) -> (State, Option<Parsed>) {
        let scan = scan_head(buffer, self.scanned);
        let end = match scan {
            Scan::Bad(why) => return (State::Head, Some(Parsed::Rejected(ApiError::MalformedRequest(why.into())))),
            Scan::Partial(scanned) => {
                if buffer.len() > self.limits.max_head {
                    return (State::Head, Some(Parsed::Rejected(head_too_large(self.limits))));
                }
                self.scanned = scanned;
                return (State::Head, Some(Parsed::NeedMore));
            }
            Scan::End(end) => end,
        };
        self.scanned = 0;
        if end > self.limits.max_head {
            return (State::Head, Some(Parsed::Rejected(head_too_large(self.limits))));
        }
        let head_bytes: Vec<u8> = buffer.drain(..end).collect();
        match check_head(&head_bytes, self.limits) {
            Err(err) => (State::Head, Some(Parsed::Rejected(err))),
            Ok((head, Framing::Empty, _)) => (State::Head, Some(Parsed::Complete(head))),
            Ok((head, framing, expects_continue)) => {
                (State::Decide { head, framing, expects_continue }, Some(Parsed::Head))
            }
        }
    }
}

/// Where the search for the end of a head stands.
enum Scan {
    /// Scanned this far; the end is not there yet.
    Partial(usize),
    /// The head ends here (its blank line included).
    End(usize),
    Bad(&'static str),
}

/// One rule for line endings, everywhere in the head: CRLF. A bare LF or a
/// bare CR is refused (400) as soon as it is seen, so this parser never
/// splits lines where a lenient proxy in front would not, or the reverse.
fn scan_head(buffer: &[u8], from: usize) -> Scan {
    let mut at = from;
    while at < buffer.len() {
        match buffer[at] {
            b'\n' if at == 0 || buffer[at - 1] != b'\r' => {
                return Scan::Bad("a bare LF in the request head: lines end with CRLF")
            }
            b'\r' if buffer.get(at + 1).is_some_and(|&next| next != b'\n') => {
                return Scan::Bad("a bare CR in the request head: lines end with CRLF")
            }
            b'\r' if at + 1 == buffer.len() => return Scan::Partial(at),
            b'\n' if at >= 3 && &buffer[at - 3..at] == b"\r\n\r" => return Scan::End(at + 1),
            _ => {}
        }
        at += 1;
    }
    Scan::Partial(at)
}

fn head_too_large(limits: Limits) -> ApiError {
    ApiError::HeadTooLarge(format!("the request line and headers exceed {} bytes", limits.max_head))
}

fn sized(head: Request, mut body: Vec<u8>, remaining: usize, buffer: &mut Vec<u8>) -> (State, Option<Parsed>) {
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
    head: Request,
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

/// Parses a complete head (`bytes` ends with its blank line) with httparse
/// and applies the rules httparse leaves to us: versions, framing,
/// `Expect`, `Host`, the request target's form. Returns the head, how its
/// body is framed and whether the client waits for `100 Continue`.
fn check_head(bytes: &[u8], limits: Limits) -> Result<(Request, Framing, bool), ApiError> {
    let bad = |why: String| ApiError::MalformedRequest(why);
    let mut slots = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut parsed = httparse::Request::new(&mut slots);
    match parsed.parse(bytes) {
        Ok(httparse::Status::Complete(_)) => {}
        Ok(httparse::Status::Partial) => return Err(bad("an incomplete request head".into())),
        Err(httparse::Error::TooManyHeaders) => {
            return Err(ApiError::HeadTooLarge(format!("more than {MAX_HEADERS} header lines")))
        }
        Err(httparse::Error::Version) => return Err(version_error(bytes)),
        Err(httparse::Error::HeaderName | httparse::Error::HeaderValue) => {
            return Err(bad("a malformed header line".into()))
        }
        Err(_) => return Err(bad(format!("malformed request line `{}`", request_line(bytes)))),
    }
    let (Some(method), Some(target), Some(minor_version)) = (parsed.method, parsed.path, parsed.version) else {
        return Err(bad("an incomplete request line".into()));
    };
    let target = origin_form(method, target)?;
    let headers: Vec<(String, String)> = parsed
        .headers
        .iter()
        .map(|h| (h.name.to_ascii_lowercase(), String::from_utf8_lossy(h.value).trim_matches([' ', '\t']).to_string()))
        .collect();
    let head = Request { method: method.to_string(), target, minor_version, headers, body: Vec::new() };
    let framing = framing(&head, limits.max_body)?;
    let mut expects_continue = false;
    if let Some(expect) = head.header("expect") {
        if !expect.eq_ignore_ascii_case("100-continue") {
            return Err(ApiError::ExpectationFailed(format!("cannot meet `Expect: {expect}`")));
        }
        expects_continue = minor_version == 1 && framing != Framing::Empty;
    }
    // RFC 9112 §3.2: exactly one Host in HTTP/1.1 (its value is not used).
    match head.all("host").count() {
        0 if minor_version == 1 => return Err(bad("HTTP/1.1 requires a Host header".into())),
        0 | 1 => {}
        _ => return Err(bad("more than one Host header".into())),
    }
    Ok((head, framing, expects_continue))
}

/// The request line, printable, for error messages.
fn request_line(bytes: &[u8]) -> String {
    let line = bytes.split(|&b| b == b'\r').next().unwrap_or_default();
    let text: String = String::from_utf8_lossy(line).chars().take(200).collect();
    text.escape_debug().to_string()
}

/// `HTTP/2.0` and the like are 505; anything else that is not a version, 400.
fn version_error(bytes: &[u8]) -> ApiError {
    let line = bytes.split(|&b| b == b'\r').next().unwrap_or_default();
    let version = line.rsplit(|&b| b == b' ').next().unwrap_or_default();
    let version = String::from_utf8_lossy(version);
    if version.starts_with("HTTP/") {
        ApiError::VersionNotSupported(format!("{version} is not supported: use HTTP/1.1"))
    } else {
        ApiError::MalformedRequest(format!("unknown protocol `{version}`"))
    }
}

/// The target as `/path?query`. Absolute-form (`http://host/path`) is
/// accepted as RFC 9112 §3.2.2 asks, and its authority ignored; `*` only
/// with `OPTIONS`; any other form (authority-form, relative) is 400.
fn origin_form(method: &str, target: &str) -> Result<String, ApiError> {
    let bad = || ApiError::MalformedRequest(format!("unsupported request target `{target}`"));
    if target == "*" {
        return if method == "OPTIONS" { Ok(target.to_string()) } else { Err(bad()) };
    }
    if target.starts_with('/') {
        return Ok(target.to_string());
    }
    let scheme_end = target.find("://").ok_or_else(bad)?;
    if !["http", "https"].iter().any(|scheme| target[..scheme_end].eq_ignore_ascii_case(scheme)) {
        return Err(bad());
    }
    let rest = &target[scheme_end + 3..];
    match rest.find(['/', '?']) {
        Some(at) if rest.as_bytes()[at] == b'/' => Ok(rest[at..].to_string()),
        Some(at) => Ok(format!("/{}", &rest[at..])),
        None => Ok("/".to_string()),
    }
}

fn framing(head: &Request, max_body: usize) -> Result<Framing, ApiError> {
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
