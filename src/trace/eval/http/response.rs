//! Reading an upstream's response the way Node 20's client (llhttp, strict)
//! would, and saying so only when that is certain.
//!
//! The head is parsed by `httparse`; on top of it come the checks for what
//! llhttp rejects and httparse lets through (bare LF line endings, an
//! over-long head, doubtful framing headers). The rule throughout: a
//! response Node surely delivers gives its body; one Node surely fails on
//! (the connection closing before the response is whole, a well-formed
//! non-2xx head) gives `Undefined`; everything else is `Unknown`. Each rule
//! was measured against Node with a raw upstream (`tests/it/trace_http.rs`).

use std::borrow::Cow;
use std::io;

/// Largest response body read; bigger ones are `unknown`.
pub(super) const MAX_BODY_BYTES: usize = 64 << 20;
/// Node refuses heads over about 16 KiB (measured: 16,400 bytes pass, 16,450
/// fail; its count is not exactly the head's size). Heads are vouched for
/// only below that, counting interim responses too.
const MAX_HEAD_BYTES: usize = 16_000;
/// More headers than this in one head is `unknown`.
const MAX_HEADERS: usize = 128;
/// Longest chunk-size line vouched for.
const MAX_CHUNK_LINE: usize = 1024;

/// Where the bytes come from: the socket, or a script in unit tests.
pub(super) trait Source {
    /// Appends what arrives next; `Ok(0)` at end of stream.
    fn read_more(&mut self, buf: &mut Vec<u8>) -> io::Result<usize>;
    /// Whether bytes (or an error) are waiting right now, without blocking.
    fn has_pending(&mut self) -> bool;
}

/// What the runtime's callback receives.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Verdict {
    /// A 2xx response's body bytes.
    Body(Vec<u8>),
    /// The callback surely gets `undefined`.
    Undefined,
    /// Node might see something else.
    Unknown(Cow<'static, str>),
}

/// A verdict reached before the body is whole ends the reading early.
type Step<T> = Result<T, Verdict>;

fn unknown<T>(why: impl Into<Cow<'static, str>>) -> Step<T> {
    Err(Verdict::Unknown(why.into()))
}

pub(super) fn read_response(source: impl Source) -> Verdict {
    let mut reader = Reader { source, buf: Vec::new(), pos: 0 };
    match reader.response() {
        Ok(body) => Verdict::Body(body),
        Err(verdict) => verdict,
    }
}

/// How a 2xx body is delimited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Framing {
    Empty,
    Length(usize),
    Chunked,
    /// Neither `Content-Length` nor `Transfer-Encoding`: a 2xx body runs to
    /// the close; a 1xx or 204 has none.
    Unframed,
}

struct Reader<S> {
    source: S,
    buf: Vec<u8>,
    /// Start of what is not consumed yet.
    pos: usize,
}

impl<S: Source> Reader<S> {
    /// Reads more bytes; `false` at end of stream. A reset or any error but
    /// a timeout fails Node's request too.
    fn more(&mut self) -> Step<bool> {
        if self.buf.len() - self.pos > MAX_BODY_BYTES + MAX_HEAD_BYTES {
            return unknown("response too large to evaluate");
        }
        match self.source.read_more(&mut self.buf) {
            Ok(n) => Ok(n > 0),
            Err(e) if matches!(e.kind(), io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock) => {
                unknown("outgoing call timed out")
            }
            Err(_) => Err(Verdict::Undefined),
        }
    }

    fn pending(&self) -> &[u8] {
        &self.buf[self.pos..]
    }

    fn response(&mut self) -> Step<Vec<u8>> {
        let mut head_bytes = 0;
        let framing = loop {
            let (status, framing) = self.head(&mut head_bytes)?;
            match status {
                // llhttp hands a 101 over as an upgrade nobody takes: the
                // callback never runs (the request ends in a 504).
                101 => return unknown("a 101 response"),
                100..=199 if framing == Framing::Unframed => continue,
                100..=199 => return unknown("an interim response with a body length"),
                204 if framing != Framing::Unframed => return unknown("a 204 response with a body length"),
                204 => break Framing::Empty,
                200..=299 => break framing,
                _ => return unknown(format!("status code {status}")),
            }
        };
        let body = match framing {
            Framing::Empty => Vec::new(),
            Framing::Length(length) if length > MAX_BODY_BYTES => return unknown("response too large to evaluate"),
            Framing::Length(length) => self.exactly(length)?,
            Framing::Chunked => self.chunked(head_bytes)?,
            Framing::Unframed => return self.until_close(),
        };
        // Bytes after a framed response make llhttp fail, often before the
        // response's end reaches the callback.
        if !self.pending().is_empty() || self.source.has_pending() {
            return unknown("bytes after the response");
        }
        Ok(body)
    }

    /// Reads one head; a final non-2xx status is `Undefined` right away,
    /// whatever follows (Node settles on the status line and headers, and a
    /// head llhttp rejects fails the call just the same).
    fn head(&mut self, head_bytes: &mut usize) -> Step<(u16, Framing)> {
        loop {
            let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
            let mut response = httparse::Response::new(&mut headers);
            let input = &self.buf[self.pos..];
            let parsed = match response.parse(input) {
                Ok(httparse::Status::Complete(len)) => {
                    let status = response.code.unwrap_or(0);
                    let total = *head_bytes + len;
                    check_head(status, &input[..len], response.headers, total).map(|framing| (status, framing, len))
                }
                Ok(httparse::Status::Partial) if *head_bytes + input.len() > MAX_HEAD_BYTES => {
                    unknown("response head too large")
                }
                Ok(httparse::Status::Partial) => {
                    // The connection closing before the head is whole is
                    // Node's "socket hang up".
                    if !self.more()? {
                        return Err(Verdict::Undefined);
                    }
                    continue;
                }
                Err(e) => unknown(format!("a response head httparse refuses: {e}")),
            };
            let (status, framing, len) = parsed?;
            self.pos += len;
            *head_bytes += len;
            return Ok((status, framing));
        }
    }

    fn exactly(&mut self, length: usize) -> Step<Vec<u8>> {
        while self.pending().len() < length {
            if !self.more()? {
                return Err(Verdict::Undefined);
            }
        }
        let body = self.pending()[..length].to_vec();
        self.pos += length;
        Ok(body)
    }

    fn until_close(&mut self) -> Step<Vec<u8>> {
        while self.more()? {}
        if self.pending().len() > MAX_BODY_BYTES {
            return unknown("response too large to evaluate");
        }
        Ok(self.pending().to_vec())
    }

    /// A chunked body; `head_bytes` so far count towards the trailers' limit.
    fn chunked(&mut self, head_bytes: usize) -> Step<Vec<u8>> {
        let mut body = Vec::new();
        loop {
            let size = self.chunk_size()?;
            if size == 0 {
                self.trailers(head_bytes)?;
                return Ok(body);
            }
            if size > MAX_BODY_BYTES - body.len() {
                return unknown("response too large to evaluate");
            }
            body.extend_from_slice(&self.exactly(size)?);
            if self.exactly(2)? != b"\r\n" {
                return unknown("a chunk not followed by CRLF");
            }
        }
    }

    fn chunk_size(&mut self) -> Step<usize> {
        loop {
            match httparse::parse_chunk_size(self.pending()) {
                Ok(httparse::Status::Complete((len, size))) => {
                    // httparse takes spaces and any extension bytes; llhttp
                    // does not.
                    if !strict_chunk_line(&self.pending()[..len - 2]) {
                        return unknown("a chunk-size line llhttp might refuse");
                    }
                    self.pos += len;
                    return usize::try_from(size).or_else(|_| unknown("response too large to evaluate"));
                }
                Ok(httparse::Status::Partial) if self.pending().len() > MAX_CHUNK_LINE => {
                    return unknown("a chunk-size line too long")
                }
                Ok(httparse::Status::Partial) => {
                    if !self.more()? {
                        return Err(Verdict::Undefined);
                    }
                }
                Err(_) => return unknown("a malformed chunk size"),
            }
        }
    }

    /// The trailer section. llhttp fails on a `Content-Length` there.
    fn trailers(&mut self, head_bytes: usize) -> Step<()> {
        loop {
            let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
            let input = &self.buf[self.pos..];
            match httparse::parse_headers(input, &mut headers) {
                Ok(httparse::Status::Complete((len, trailers))) => {
                    let framing = |name: &str| {
                        name.eq_ignore_ascii_case("content-length") || name.eq_ignore_ascii_case("transfer-encoding")
                    };
                    if head_bytes + len > MAX_HEAD_BYTES {
                        return unknown("trailers too large");
                    }
                    if has_bare_lf(&input[..len]) {
                        return unknown("a trailer line ending without CR");
                    }
                    if trailers.iter().any(|t| framing(t.name)) {
                        return unknown("a framing header among the trailers");
                    }
                    self.pos += len;
                    return Ok(());
                }
                Ok(httparse::Status::Partial) if head_bytes + input.len() > MAX_HEAD_BYTES => {
                    return unknown("trailers too large")
                }
                Ok(httparse::Status::Partial) => {
                    if !self.more()? {
                        return Err(Verdict::Undefined);
                    }
                }
                Err(e) => return unknown(format!("trailers httparse refuses: {e}")),
            }
        }
    }
}

/// The checks llhttp makes beyond httparse's, and the body's framing.
fn check_head(status: u16, raw: &[u8], headers: &[httparse::Header], total: usize) -> Step<Framing> {
    if status >= 300 {
        return Err(Verdict::Undefined);
    }
    if status < 100 {
        return unknown(format!("status code {status}"));
    }
    if total > MAX_HEAD_BYTES {
        return unknown("response head too large");
    }
    if has_bare_lf(raw) {
        return unknown("a head line ending without CR");
    }
    framing(raw, headers)
}

fn has_bare_lf(raw: &[u8]) -> bool {
    raw.iter().enumerate().any(|(i, &b)| b == b'\n' && (i == 0 || raw[i - 1] != b'\r'))
}

/// `Content-Length` or `Transfer-Encoding: chunked`, each at most once and
/// not both, in their plain forms; anything else llhttp may read otherwise.
fn framing(raw: &[u8], headers: &[httparse::Header]) -> Step<Framing> {
    let mut length = None;
    let mut chunked = false;
    for header in headers {
        let is_length = header.name.eq_ignore_ascii_case("content-length");
        let is_encoding = header.name.eq_ignore_ascii_case("transfer-encoding");
        if !is_length && !is_encoding {
            continue;
        }
        // llhttp takes spaces around these values but not tabs.
        if !only_spaces_around(raw, header) || length.is_some() || chunked {
            return unknown(format!("a doubtful `{}` header", header.name));
        }
        if is_encoding {
            if !header.value.eq_ignore_ascii_case(b"chunked") {
                return unknown("a transfer coding other than chunked");
            }
            chunked = true;
        } else {
            let digits = header.value;
            if digits.is_empty() || digits.len() > 15 || !digits.iter().all(u8::is_ascii_digit) {
                return unknown("a doubtful `Content-Length` value");
            }
            let value = std::str::from_utf8(digits).ok().and_then(|d| d.parse().ok());
            length = Some(value.ok_or(Verdict::Unknown("a doubtful `Content-Length` value".into()))?);
        }
    }
    Ok(match (length, chunked) {
        (Some(n), _) => Framing::Length(n),
        (None, true) => Framing::Chunked,
        (None, false) => Framing::Unframed,
    })
}

/// Whether only spaces stand between the header's colon and value, and
/// between the value and the line's end, in the raw head.
fn only_spaces_around(raw: &[u8], header: &httparse::Header) -> bool {
    let offset = |s: &[u8]| (s.as_ptr() as usize).wrapping_sub(raw.as_ptr() as usize);
    let name_end = offset(header.name.as_bytes()) + header.name.len();
    let value_start = if header.value.is_empty() { None } else { Some(offset(header.value)) };
    let Some(line_end) = raw[name_end..].iter().position(|&b| b == b'\r').map(|p| name_end + p) else {
        return false;
    };
    let value_start = value_start.unwrap_or(line_end);
    let value_end = value_start + header.value.len();
    if raw.get(name_end) != Some(&b':') || value_end > line_end {
        return false;
    }
    let spaces = |range: std::ops::Range<usize>| raw[range].iter().all(|&b| b == b' ');
    spaces(name_end + 1..value_start) && spaces(value_end..line_end)
}

/// `HEX+ (';' token ['=' (token | quoted-string)])*`, with no spaces and no
/// escapes in quoted strings: the forms Node was seen to accept.
fn strict_chunk_line(line: &[u8]) -> bool {
    let digits = line.iter().take_while(|b| b.is_ascii_hexdigit()).count();
    if digits == 0 {
        return false;
    }
    let mut rest = &line[digits..];
    while let Some(after) = rest.strip_prefix(b";") {
        let name = token_len(after);
        if name == 0 {
            return false;
        }
        rest = &after[name..];
        if let Some(value) = rest.strip_prefix(b"=") {
            let len = match value.first() {
                Some(b'"') => match value[1..].iter().position(|&b| b == b'"') {
                    Some(end) if value[1..=end].iter().all(|&b| b != b'\\' && (b == b' ' || b.is_ascii_graphic())) => {
                        end + 2
                    }
                    _ => return false,
                },
                _ => token_len(value),
            };
            if len == 0 {
                return false;
            }
            rest = &value[len..];
        }
    }
    rest.is_empty()
}

fn token_len(bytes: &[u8]) -> usize {
    bytes.iter().take_while(|&&b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)).count()
}

#[cfg(test)]
mod tests;
