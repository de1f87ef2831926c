//! A small HTTP/1.1 client: keep-alive connections that send prepared
//! request bytes and read one response at a time. Enough for the agent's
//! control API (`src/http.rs`) and the function's port (Node), which answer with
//! `Content-Length` or chunked bodies. Every read and write is time-bounded.

use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

/// Bound on any single read or write: a server that stalls longer than this
/// is counted as an error, never waited for.
pub const IO_TIMEOUT: Duration = Duration::from_secs(10);
/// Largest response head or body this client accepts.
const MAX_RESPONSE: usize = 64 << 20;

/// The bytes of one request, ready to be written on a keep-alive connection.
pub fn request_bytes(method: &str, target: &str, content_type: Option<&str>, body: &[u8]) -> Vec<u8> {
    let mut head = format!("{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    if let Some(content_type) = content_type {
        head.push_str(&format!("Content-Type: {content_type}\r\n"));
    }
    if !body.is_empty() || method == "POST" || method == "PUT" {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

/// A JSON `POST` request.
pub fn post_json(target: &str, body: &str) -> Vec<u8> {
    request_bytes("POST", target, Some("application/json"), body.as_bytes())
}

/// A `GET` request.
pub fn get(target: &str) -> Vec<u8> {
    request_bytes("GET", target, None, b"")
}

#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub body: Vec<u8>,
}

impl Response {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// One keep-alive connection.
pub struct Conn {
    stream: TcpStream,
    buffer: Vec<u8>,
    /// Bytes of `buffer` already consumed by earlier responses.
    start: usize,
}

impl Conn {
    pub fn open(addr: SocketAddr) -> io::Result<Conn> {
        let stream = TcpStream::connect_timeout(&addr, IO_TIMEOUT)?;
        stream.set_nodelay(true)?;
        stream.set_read_timeout(Some(IO_TIMEOUT))?;
        stream.set_write_timeout(Some(IO_TIMEOUT))?;
        Ok(Conn { stream, buffer: Vec::with_capacity(16 * 1024), start: 0 })
    }

    /// Changes the bound on each read (at least a millisecond).
    pub fn set_read_timeout(&mut self, timeout: Duration) -> io::Result<()> {
        self.stream.set_read_timeout(Some(timeout.max(Duration::from_millis(1))))
    }

    pub fn send(&mut self, request: &[u8]) -> io::Result<()> {
        self.stream.write_all(request)
    }

    /// Sends `request` and reads its response.
    pub fn exchange(&mut self, request: &[u8]) -> io::Result<Response> {
        self.send(request)?;
        self.read_response()
    }

    /// Reads the next response from the connection.
    pub fn read_response(&mut self) -> io::Result<Response> {
        let head_end = self.fill_until(|buffer| find(buffer, b"\r\n\r\n").map(|at| at + 4))?;
        let head = std::str::from_utf8(&self.buffer[self.start..self.start + head_end])
            .map_err(|_| bad("response head is not UTF-8"))?
            .to_string();
        self.start += head_end;
        let status = parse_status(&head)?;
        let body = if header(&head, "transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
            self.read_chunked()?
        } else {
            let length: usize = match header(&head, "content-length") {
                Some(value) => value.parse().map_err(|_| bad("bad Content-Length"))?,
                None if status == 204 || status == 304 || (100..200).contains(&status) => 0,
                None => return Err(bad("response without Content-Length or chunked encoding")),
            };
            self.take(length)?
        };
        self.compact();
        Ok(Response { status, body })
    }

    fn read_chunked(&mut self) -> io::Result<Vec<u8>> {
        let mut body = Vec::new();
        loop {
            let line_end = self.fill_until(|buffer| find(buffer, b"\r\n").map(|at| at + 2))?;
            let line = std::str::from_utf8(&self.buffer[self.start..self.start + line_end - 2])
                .map_err(|_| bad("bad chunk size"))?;
            let size_text = line.split(';').next().unwrap_or("").trim();
            let size = usize::from_str_radix(size_text, 16).map_err(|_| bad("bad chunk size"))?;
            self.start += line_end;
            if size == 0 {
                // Trailers (none expected) end with an empty line.
                let end = self.fill_until(|buffer| find(buffer, b"\r\n").map(|at| at + 2))?;
                self.start += end;
                return Ok(body);
            }
            if body.len() + size > MAX_RESPONSE {
                return Err(bad("response body too large"));
            }
            body.extend_from_slice(&self.take(size + 2)?[..size]);
        }
    }

    /// Reads until `complete` finds an end offset (relative to `start`).
    fn fill_until(&mut self, complete: impl Fn(&[u8]) -> Option<usize>) -> io::Result<usize> {
        loop {
            if let Some(end) = complete(&self.buffer[self.start..]) {
                return Ok(end);
            }
            if self.buffer.len() - self.start > MAX_RESPONSE {
                return Err(bad("response head too large"));
            }
            self.read_more()?;
        }
    }

    fn take(&mut self, length: usize) -> io::Result<Vec<u8>> {
        if length > MAX_RESPONSE {
            return Err(bad("response body too large"));
        }
        while self.buffer.len() - self.start < length {
            self.read_more()?;
        }
        let bytes = self.buffer[self.start..self.start + length].to_vec();
        self.start += length;
        Ok(bytes)
    }

    fn read_more(&mut self) -> io::Result<()> {
        let mut chunk = [0u8; 16 * 1024];
        let read = self.stream.read(&mut chunk)?;
        if read == 0 {
            return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "connection closed by the server"));
        }
        self.buffer.extend_from_slice(&chunk[..read]);
        Ok(())
    }

    fn compact(&mut self) {
        if self.start == self.buffer.len() {
            self.buffer.clear();
            self.start = 0;
        } else if self.start > 8 * 1024 {
            self.buffer.drain(..self.start);
            self.start = 0;
        }
    }
}

/// One request on a fresh connection.
pub fn once(addr: SocketAddr, request: &[u8]) -> io::Result<Response> {
    Conn::open(addr)?.exchange(request)
}

fn bad(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, what.to_string())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

fn parse_status(head: &str) -> io::Result<u16> {
    let line = head.lines().next().unwrap_or("");
    let mut parts = line.split(' ');
    match (parts.next(), parts.next()) {
        (Some(version), Some(code)) if version.starts_with("HTTP/1.") => {
            code.parse().map_err(|_| bad("bad status code"))
        }
        _ => Err(bad("bad status line")),
    }
}

fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines().skip(1).find_map(|line| {
        let (field, value) = line.split_once(':')?;
        field.trim().eq_ignore_ascii_case(name).then(|| value.trim())
    })
}
