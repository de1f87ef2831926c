use super::*;
use std::collections::VecDeque;

/// Arrives in the given pieces, then ends (or fails with `error`).
struct Script {
    pieces: VecDeque<Vec<u8>>,
    error: Option<io::ErrorKind>,
    /// Bytes that would arrive after the response, already waiting.
    waiting: bool,
}

impl Source for Script {
    fn read_more(&mut self, buf: &mut Vec<u8>) -> io::Result<usize> {
        match self.pieces.pop_front() {
            Some(piece) => {
                buf.extend_from_slice(&piece);
                Ok(piece.len())
            }
            None => self.error.take().map_or(Ok(0), |kind| Err(kind.into())),
        }
    }

    fn has_pending(&mut self) -> bool {
        self.waiting || !self.pieces.is_empty()
    }
}

fn pieces(pieces: &[&[u8]]) -> Verdict {
    read_response(Script { pieces: pieces.iter().map(|p| p.to_vec()).collect(), error: None, waiting: false })
}

fn read(raw: &[u8]) -> Verdict {
    // One byte at a time: every partial state is met.
    let bytes: Vec<&[u8]> = raw.chunks(1).collect();
    let one_by_one = pieces(&bytes);
    assert_eq!(pieces(&[raw]), one_by_one, "{}", String::from_utf8_lossy(raw));
    one_by_one
}

fn body(text: &str) -> Verdict {
    Verdict::Body(text.as_bytes().to_vec())
}

fn is_unknown(verdict: &Verdict) -> bool {
    matches!(verdict, Verdict::Unknown(_))
}

const OK: &str = "HTTP/1.1 200 OK\r\n";

#[test]
fn reads_well_framed_responses() {
    for (raw, expected) in [
        (format!("{OK}Content-Length: 5\r\n\r\nhello"), "hello"),
        (format!("{OK}content-length:  05  \r\n\r\nhello"), "hello"),
        (format!("{OK}Transfer-Encoding: chunked\r\n\r\n3;x=1;y=\"a b\"\r\nabc\r\nA\r\n0123456789\r\n0\r\nT: v\r\n\r\n"), "abc0123456789"),
        (format!("{OK}Transfer-Encoding:  Chunked \r\n\r\n2\r\nhi\r\n00\r\n\r\n"), "hi"),
        (format!("{OK}X-A: a\tb\u{80}\r\n\r\nto the end"), "to the end"),
        ("HTTP/1.0 201 Created\r\n\r\nto the end".to_owned(), "to the end"),
        ("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 200\r\nContent-Length: 1\r\n\r\nx".to_owned(), "x"),
        ("HTTP/1.1 204 No Content\r\n\r\n".to_owned(), ""),
        (format!("{OK}Content-Length: 0\r\n\r\n"), ""),
    ] {
        assert_eq!(read(raw.as_bytes()), body(expected), "{raw:?}");
    }
}

#[test]
fn well_formed_non_2xx_heads_are_undefined_whatever_follows() {
    for raw in [
        "HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\nno",
        "HTTP/1.1 304 Not Modified\r\n\r\n",
        "HTTP/1.1 500 x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
        "HTTP/1.1 301 x\nLocation: /\n\n",
    ] {
        assert_eq!(read(raw.as_bytes()), Verdict::Undefined, "{raw:?}");
    }
}

#[test]
fn a_connection_closing_early_is_undefined() {
    for raw in [
        "".to_owned(),
        "HTTP/1.1 200 OK\r\nContent-Le".to_owned(),
        "HTTP/1.1 100 Continue\r\n\r\n".to_owned(),
        format!("{OK}Content-Length: 9\r\n\r\nhello"),
        format!("{OK}Transfer-Encoding: chunked\r\n\r\n9\r\nhello"),
        format!("{OK}Transfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n"),
        format!("{OK}Transfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n"),
    ] {
        assert_eq!(read(raw.as_bytes()), Verdict::Undefined, "{raw:?}");
    }
    let reset = Script {
        pieces: VecDeque::from([OK.as_bytes().to_vec()]),
        error: Some(io::ErrorKind::ConnectionReset),
        waiting: false,
    };
    assert_eq!(read_response(reset), Verdict::Undefined);
    let slow = Script {
        pieces: VecDeque::from([OK.as_bytes().to_vec()]),
        error: Some(io::ErrorKind::TimedOut),
        waiting: false,
    };
    assert!(is_unknown(&read_response(slow)));
}

#[test]
fn what_node_might_read_otherwise_is_unknown() {
    let big = "a".repeat(16_000);
    for raw in [
        format!("{OK}Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"),
        format!("{OK}Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n5\r\nhello\r\n0\r\n\r\n"),
        format!("{OK}Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!"),
        format!("{OK}Content-Length: 5\r\nContent-Length: 5\r\n\r\nhello"),
        format!("{OK}Content-Length: 5, 5\r\n\r\nhello"),
        format!("{OK}Content-Length: +5\r\n\r\nhello"),
        format!("{OK}Content-Length:\t5\r\n\r\nhello"),
        format!("{OK}Content-Length: 5\t\r\n\r\nhello"),
        format!("{OK}Content-Length: \r\n\r\nhello"),
        format!("{OK}Content-Length: 1234567890123456\r\n\r\nhello"),
        format!("{OK}Content-Length : 5\r\n\r\nhello"),
        format!("{OK}X-Big: {big}\r\nContent-Length: 5\r\n\r\nhello"),
        "HTTP/1.1 200 OK\nContent-Length: 5\n\nhello".to_owned(),
        "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\nhello".to_owned(),
        "HTTP/1.1 101 Switching Protocols\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello".to_owned(),
        "HTTP/1.1 100 Continue\r\nContent-Length: 3\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"
            .to_owned(),
        format!("{OK}Transfer-Encoding: identity\r\n\r\nhello"),
        format!("{OK}Transfer-Encoding: gzip, chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"),
        format!("{OK}Transfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"),
        format!("{OK}X-A: a\0b\r\nContent-Length: 5\r\n\r\nhello"),
        format!("{OK}X-A: a\x01b\r\nContent-Length: 5\r\n\r\nhello"),
        format!("{OK}X-A: a\x7fb\r\nContent-Length: 5\r\n\r\nhello"),
        format!("{OK}Transfer-Encoding: chunked\r\n\r\n2 \r\nhi\r\n0\r\n\r\n"),
        format!("{OK}Transfer-Encoding: chunked\r\n\r\n 2\r\nhi\r\n0\r\n\r\n"),
        format!("{OK}Transfer-Encoding: chunked\r\n\r\n2; x=1\r\nhi\r\n0\r\n\r\n"),
        format!("{OK}Transfer-Encoding: chunked\r\n\r\n2;x=\"a\\\"\"\r\nhi\r\n0\r\n\r\n"),
        format!("{OK}Transfer-Encoding: chunked\r\n\r\n2\nhi\r\n0\r\n\r\n"),
        format!("{OK}Transfer-Encoding: chunked\r\n\r\n2\r\nhiX0\r\n\r\n"),
        format!("{OK}Transfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\nT : v\r\n\r\n"),
        format!("{OK}Transfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\nT: v\n\r\n"),
        format!("{OK}Transfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\ncontent-length: 5\r\n\r\n"),
        format!("{OK}Transfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\nX-Big: {big}\r\n\r\n"),
        "HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\nhello".to_owned(),
        "HTTP/1.1 204 No Content\r\n\r\nhello".to_owned(),
        format!("{OK}Content-Length: 0\r\n\r\njunk"),
        format!("{OK}Content-Length: 1\r\n\r\na{OK}Content-Length: 1\r\n\r\nb"),
        "HTTP/2.0 200 OK\r\nContent-Length: 5\r\n\r\nhello".to_owned(),
        "HTTP/1.1 099 OK\r\nContent-Length: 5\r\n\r\nhello".to_owned(),
        "HTTP/1.1  200 OK\r\nContent-Length: 5\r\n\r\nhello".to_owned(),
        "SMTP ready\r\n".to_owned(),
    ] {
        assert!(is_unknown(&read(raw.as_bytes())), "{raw:?}");
    }
}

#[test]
fn bytes_waiting_after_the_response_are_unknown() {
    let raw = format!("{OK}Content-Length: 5\r\n\r\nhello");
    let waiting = Script { pieces: VecDeque::from([raw.into_bytes()]), error: None, waiting: true };
    assert!(is_unknown(&read_response(waiting)));
}

#[test]
fn big_bodies_are_unknown() {
    let huge_chunk = format!("{OK}Transfer-Encoding: chunked\r\n\r\n1\r\na\r\nffffffffffffffff\r\n");
    assert!(is_unknown(&pieces(&[huge_chunk.as_bytes()])));
    let huge_length = format!("{OK}Content-Length: 999999999999999\r\n\r\n");
    assert!(is_unknown(&pieces(&[huge_length.as_bytes()])));
    // Node gives up past 64 MiB (`undefined`), the evaluator says unknown;
    // up to it, both read the body.
    let head = format!("{OK}\r\n").into_bytes();
    let mut at_limit = vec![head.clone()];
    at_limit.extend(std::iter::repeat_n(vec![b'a'; 1 << 20], 64));
    let read = |parts: Vec<Vec<u8>>| read_response(Script { pieces: parts.into(), error: None, waiting: false });
    assert!(matches!(read(at_limit.clone()), Verdict::Body(body) if body.len() == MAX_BODY_BYTES));
    at_limit.push(b"a".to_vec());
    assert!(is_unknown(&read(at_limit)));
}

#[test]
fn chunk_lines_are_held_to_what_node_was_seen_to_accept() {
    for good in ["2", "02", "A", "2;x", "2;x=y", "2;x=1;y=2", "2;x=\"a b\"", "2;x=\"\""] {
        assert!(strict_chunk_line(good.as_bytes()), "{good}");
    }
    for bad in ["", "2 ", " 2", "2 ;x", "2; x", "2;", "2;=y", "2;x=", "2;x=\"a", "2;x=\"\\\"\"", "g", "2\n"] {
        assert!(!strict_chunk_line(bad.as_bytes()), "{bad}");
    }
}
