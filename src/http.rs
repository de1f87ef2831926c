//! The agent's HTTP/1.1 transport.
//!
//! One I/O thread (the *reactor*, `reactor.rs`) owns the listening socket and
//! every connection, all non-blocking, and waits on them with `poll(2)`. It
//! reads and parses requests (`parse.rs`, bounded), lets the caller
//! [`Screen`] a head before reading its body (route and token: nothing is
//! read for a request that will be refused), bounds the bodies being read
//! and the answers not yet taken across all connections, hands each
//! complete request to the fixed worker pool as a [`Job`], and writes the
//! bytes the worker sends back. Workers never touch a socket, so a client that is slow
//! to send or to read costs one connection slot and never a worker; every
//! connection has deadlines (`Settings::client_timeout`), and the number of
//! connections and threads is fixed whatever the load.
//!
//! (tiny_http, which this replaces, has no socket timeouts, spends one thread
//! per connection without bound, buffers header lines without bound and
//! stops accepting for good after one failed `accept`.)

mod parse;
mod reactor;

use std::io::Write;
use std::os::unix::net::UnixStream;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use crossbeam_channel::Sender;

pub use parse::{Framing, Limits, Parsed, Parser, Request};
pub use reactor::{Server, Stats, Stopper};

/// How the transport treats clients.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub limits: Limits,
    /// A request must arrive within this time of its first byte; an idle
    /// connection is closed after it; a response must make progress within it.
    pub client_timeout: Duration,
    /// A request head must arrive within this time of its first byte (at
    /// most `client_timeout`), so slow heads free their slots soon.
    pub head_timeout: Duration,
    /// Bytes of request bodies all connections together may be receiving
    /// (each body reserves its declared length, a chunked one `max_body`).
    pub body_budget: usize,
    /// Bytes of answers of their own (not shared) all connections together
    /// may hold until their clients read them. Past it, an answer is
    /// replaced by `503` unless nothing else is held.
    pub output_budget: usize,
    /// Open connections at most; past it the oldest idle one is closed, or
    /// the newcomer when none is idle.
    pub max_connections: usize,
    /// After `stop`, how long requests already being served may take.
    pub drain: Duration,
}

/// What to do with the body a request head declares, decided on the head
/// alone: nothing is read for a request that will be refused.
#[derive(Debug)]
pub enum Screen {
    ReadBody,
    /// Serve the request without its body and close the connection after.
    SkipBody,
    /// Answer this at once and close.
    Refuse(Response),
}

/// A response, before it is written. The body is shared, not copied, on
/// its way to the socket: many clients reading one large trace hold one copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Bytes,
    pub allow: Option<&'static str>,
    /// The body is shared with others (the cached trace or its text), so a
    /// client that does not read it holds no memory of its own.
    pub shared: bool,
}

impl From<crate::error::ApiError> for Response {
    fn from(err: crate::error::ApiError) -> Response {
        let body = Bytes::from(err.to_json());
        Response { status: err.code(), content_type: "application/json", body, allow: err.allow(), shared: false }
    }
}

/// A response as it goes on the wire: the head, then the body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Wire {
    pub head: Vec<u8>,
    pub body: Bytes,
    pub shared: bool,
}

impl Wire {
    /// Bytes held for this response alone, until it is written.
    pub fn own_len(&self) -> usize {
        self.head.len() + if self.shared { 0 } else { self.body.len() }
    }

    pub fn len(&self) -> usize {
        self.head.len() + self.body.len()
    }
}

/// `response` on the wire.
pub fn render(response: &Response, head_only: bool, connection: ConnectionHeader) -> Wire {
    let mut head = format!("HTTP/1.1 {} {}\r\n", response.status, reason(response.status));
    if !response.content_type.is_empty() {
        head.push_str(&format!("Content-Type: {}\r\n", response.content_type));
    }
    head.push_str(&format!("Content-Length: {}\r\n", response.body.len()));
    if let Some(allow) = response.allow {
        head.push_str(&format!("Allow: {allow}\r\n"));
    }
    if response.status == 401 {
        head.push_str("WWW-Authenticate: Bearer\r\n"); // RFC 9110 §11.6.1: a 401 names its scheme
    }
    match connection {
        ConnectionHeader::Close => head.push_str("Connection: close\r\n"),
        ConnectionHeader::KeepAlive => head.push_str("Connection: keep-alive\r\n"),
        ConnectionHeader::Default => {}
    }
    head.push_str("\r\n");
    let body = if head_only { Bytes::new() } else { response.body.clone() };
    Wire { head: head.into_bytes(), body, shared: response.shared }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConnectionHeader {
    Close,
    /// Said explicitly, for HTTP/1.0 clients that asked for it.
    KeepAlive,
    Default,
}

fn reason(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        409 => "Conflict",
        413 => "Content Too Large",
        417 => "Expectation Failed",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "Unknown",
    }
}

/// Wakes the reactor from another thread: one byte on a socket pair.
#[derive(Debug)]
struct Waker(UnixStream);

impl Waker {
    fn wake(&self) {
        // A full buffer means a wake-up is pending already.
        let _ = (&self.0).write(&[1]);
    }
}

/// Identifies a connection across slot reuse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ConnId {
    slot: usize,
    generation: u64,
}

/// A finished response on its way back to the reactor.
#[derive(Debug)]
struct Done {
    conn: ConnId,
    wire: Wire,
    close: bool,
    head_only: bool,
}

/// A complete request for a worker; [`respond`](Job::respond) answers it.
#[derive(Debug)]
pub struct Job {
    pub request: Request,
    ticket: Ticket,
}

#[derive(Debug)]
struct Ticket {
    conn: ConnId,
    head_only: bool,
    connection: ConnectionHeader,
    done: Sender<Done>,
    waker: Arc<Waker>,
    answered: bool,
}

impl Job {
    pub fn respond(mut self, response: Response) {
        self.ticket.send(&response);
    }
}

impl Ticket {
    fn send(&mut self, response: &Response) {
        self.answered = true;
        let wire = render(response, self.head_only, self.connection);
        let close = self.connection == ConnectionHeader::Close;
        let done = Done { conn: self.conn, wire, close, head_only: self.head_only };
        if self.done.send(done).is_ok() {
            self.waker.wake();
        }
    }
}

impl Drop for Ticket {
    /// A job dropped unanswered (a worker gone) must not leave its
    /// connection waiting forever.
    fn drop(&mut self) {
        if !self.answered {
            let err = crate::error::ApiError::Internal("the request was dropped unanswered".into());
            self.send(&err.into());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;
    use std::net::{SocketAddr, TcpStream};

    /// A transport whose "workers" answer on the reactor thread with the
    /// method and target; returns its address and the means to stop it.
    fn echo_server(client_timeout: Duration) -> (SocketAddr, Stopper, std::thread::JoinHandle<()>) {
        screening_server(client_timeout, |_| Screen::ReadBody)
    }

    /// [`echo_server`] whose heads go through `screen`.
    fn screening_server(
        client_timeout: Duration,
        screen: impl Fn(&Request) -> Screen + Send + 'static,
    ) -> (SocketAddr, Stopper, std::thread::JoinHandle<()>) {
        let settings = Settings {
            limits: Limits { max_head: 1024, max_body: 64 },
            client_timeout,
            head_timeout: client_timeout,
            body_budget: 100,
            output_budget: 1 << 20,
            max_connections: 4,
            drain: Duration::from_secs(1),
        };
        let server = Server::bind("127.0.0.1:0", settings).unwrap();
        let (addr, stopper) = (server.local_addr().unwrap(), server.stopper());
        let thread = std::thread::spawn(move || {
            server.run(screen, |job| {
                let text = format!("{} {} {}", job.request.method, job.request.target, job.request.body.len());
                // `/big`: an answer larger than the kernel's socket buffers take.
                let body =
                    if job.request.path() == "/big" { Bytes::from(vec![b'x'; 16 << 20]) } else { Bytes::from(text) };
                job.respond(Response { status: 200, content_type: "text/plain", body, allow: None, shared: false });
                Ok(())
            })
        });
        (addr, stopper, thread)
    }

    fn exchange(addr: SocketAddr, bytes: &[u8]) -> String {
        let mut stream = TcpStream::connect(addr).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        std::io::Write::write_all(&mut stream, bytes).unwrap();
        let mut received = String::new();
        let _ = stream.read_to_string(&mut received);
        received
    }

    #[test]
    fn serves_pipelined_requests_in_order_then_closes_when_asked() {
        let (addr, stopper, thread) = echo_server(Duration::from_secs(10));
        let received = exchange(
            addr,
            b"GET /a HTTP/1.1\r\nHost: a\r\n\r\nPOST /b HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nxyzHEAD /c HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
        );
        let expected = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 8\r\n\r\nGET /a 0\
                        HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 9\r\n\r\nPOST /b 3\
                        HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 9\r\nConnection: close\r\n\r\n";
        assert_eq!(received, expected);
        stopper.stop();
        thread.join().unwrap();
    }

    #[test]
    fn refuses_bad_requests_and_times_out_partial_ones() {
        let (addr, stopper, thread) = echo_server(Duration::from_millis(300));
        let refused = exchange(addr, b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 65\r\n\r\n");
        assert!(refused.starts_with("HTTP/1.1 413 Content Too Large\r\n"), "{refused}");
        assert!(refused.contains("Connection: close\r\n"), "{refused}");
        let partial = exchange(addr, b"GET / HTTP/1.1\r\nHost:");
        assert!(partial.starts_with("HTTP/1.1 408 Request Timeout\r\n"), "{partial}");
        assert_eq!(exchange(addr, b""), "", "an idle connection is closed without a word");
        stopper.stop();
        thread.join().unwrap();
    }

    #[test]
    fn past_the_connection_limit_the_oldest_idle_connection_goes() {
        let (addr, stopper, thread) = echo_server(Duration::from_secs(10));
        let mut idle: Vec<TcpStream> = (0..4).map(|_| TcpStream::connect(addr).unwrap()).collect();
        // Each new connection makes room by closing the oldest idle one.
        assert!(exchange(addr, b"GET /x HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n").ends_with("GET /x 0"));
        let first = &mut idle[0];
        first.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        assert_eq!(first.read(&mut [0u8; 16]).unwrap_or(0), 0, "the oldest idle connection was closed");
        stopper.stop();
        thread.join().unwrap();
    }

    #[test]
    fn a_screened_head_decides_whether_the_body_is_read() {
        let (addr, stopper, thread) = screening_server(Duration::from_secs(10), |head| match head.path() {
            "/refused" => Screen::Refuse(crate::error::ApiError::Unauthorized.into()),
            "/skipped" => Screen::SkipBody,
            _ => Screen::ReadBody,
        });
        // Refused on the head: the declared body is never awaited.
        let refused = exchange(addr, b"POST /refused HTTP/1.1\r\nHost: a\r\nContent-Length: 60\r\n\r\n");
        assert!(refused.starts_with("HTTP/1.1 401 Unauthorized\r\n"), "{refused}");
        assert!(refused.contains("WWW-Authenticate: Bearer\r\n"), "{refused}");
        // Skipped: served without the body, then closed.
        let skipped = exchange(addr, b"POST /skipped HTTP/1.1\r\nHost: a\r\nContent-Length: 60\r\n\r\n");
        assert!(skipped.contains("Connection: close\r\n") && skipped.ends_with("POST /skipped 0"), "{skipped}");
        // Two bodies of 64 bytes do not fit the budget of 100 together: the
        // second waits for nothing and is 503.
        let mut first = TcpStream::connect(addr).unwrap();
        std::io::Write::write_all(&mut first, b"POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 64\r\n\r\n").unwrap();
        // A round trip so that the first head has been read.
        assert!(exchange(addr, b"GET /x HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n").ends_with("GET /x 0"));
        let second = exchange(addr, b"POST /b HTTP/1.1\r\nHost: a\r\nContent-Length: 64\r\n\r\n");
        assert!(second.starts_with("HTTP/1.1 503 Service Unavailable\r\n"), "{second}");
        std::io::Write::write_all(&mut first, &[b'x'; 64]).unwrap();
        first.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let mut answer = [0u8; 512];
        let n = first.read(&mut answer).unwrap();
        assert!(String::from_utf8_lossy(&answer[..n]).ends_with("POST /a 64"));
        // Its budget is back: another body fits.
        let mut third = b"POST /c HTTP/1.1\r\nHost: a\r\nConnection: close\r\nContent-Length: 64\r\n\r\n".to_vec();
        third.extend_from_slice(&[b'x'; 64]);
        let third = exchange(addr, &third);
        assert!(third.starts_with("HTTP/1.1 200 OK"), "{third}");
        stopper.stop();
        thread.join().unwrap();
    }

    #[test]
    fn past_the_limit_with_none_idle_the_oldest_partial_head_goes() {
        let (addr, stopper, thread) = echo_server(Duration::from_secs(10));
        let mut partial: Vec<TcpStream> = Vec::new();
        for _ in 0..4 {
            let mut stream = TcpStream::connect(addr).unwrap();
            std::io::Write::write_all(&mut stream, b"GET /sta").unwrap();
            partial.push(stream);
            // A round trip, so that the agent has read the partial head.
            assert!(exchange(addr, b"GET /x HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n").ends_with("GET /x 0"));
        }
        let first = &mut partial[0];
        first.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let mut got = [0u8; 64];
        let n = first.read(&mut got).unwrap_or(0);
        assert_eq!(n, 0, "the oldest partial head was closed: {}", String::from_utf8_lossy(&got[..n]));
        stopper.stop();
        thread.join().unwrap();
    }

    #[test]
    fn large_answers_nobody_reads_are_bounded_in_total() {
        let (addr, stopper, thread) = echo_server(Duration::from_secs(10));
        let ask = |target: &str| {
            let mut stream = TcpStream::connect(addr).unwrap();
            let request = format!("GET {target} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
            std::io::Write::write_all(&mut stream, request.as_bytes()).unwrap();
            stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
            stream
        };
        // A client that never reads its 16 MiB answer holds most of it.
        let deaf = ask("/big");
        deaf.peek(&mut [0u8; 1]).unwrap();
        // Another large answer would pass the 1 MiB budget: 503 instead.
        let mut refused = String::new();
        let _ = ask("/big").read_to_string(&mut refused);
        assert!(refused.starts_with("HTTP/1.1 503 Service Unavailable\r\n"), "{}", &refused[..refused.len().min(200)]);
        // Small answers still go.
        let mut small = String::new();
        let _ = ask("/x").read_to_string(&mut small);
        assert!(small.ends_with("GET /x 0"), "{small}");
        // Once the deaf client is gone, its share is back: as soon as the
        // server has seen the connection close, which the test cannot
        // observe, so it asks again (a refusal is immediate) for up to 10 s.
        drop(deaf);
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        let mut big = Vec::new();
        for _ in 0..1000 {
            big.clear();
            let _ = ask("/big").read_to_end(&mut big);
            if big.starts_with(b"HTTP/1.1 200 OK\r\n") || std::time::Instant::now() > deadline {
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        assert!(big.starts_with(b"HTTP/1.1 200 OK\r\n") && big.len() > 16 << 20, "{} bytes", big.len());
        stopper.stop();
        thread.join().unwrap();
    }

    #[test]
    fn renders_head_and_body() {
        let response = Response {
            status: 405,
            content_type: "application/json",
            body: Bytes::from_static(b"{}"),
            allow: Some("POST"),
            shared: false,
        };
        let wire = render(&response, false, ConnectionHeader::Close);
        assert_eq!(
            String::from_utf8(wire.head).unwrap(),
            "HTTP/1.1 405 Method Not Allowed\r\nContent-Type: application/json\r\nContent-Length: 2\r\nAllow: POST\r\nConnection: close\r\n\r\n"
        );
        assert_eq!(&wire.body[..], b"{}");
        let head_only = render(&response, true, ConnectionHeader::Default);
        assert!(String::from_utf8(head_only.head).unwrap().ends_with("Content-Length: 2\r\nAllow: POST\r\n\r\n"));
        assert!(head_only.body.is_empty());
    }
}
