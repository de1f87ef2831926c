use super::*;

const LIMITS: Limits = Limits { max_head: 256, max_body: 32 };

fn parse_all(bytes: &[u8]) -> (Parsed, Vec<u8>) {
    let mut parser = Parser::new(LIMITS);
    let mut buffer = bytes.to_vec();
    let parsed = feed(&mut parser, &mut buffer);
    (parsed, buffer)
}

/// Feeds `buffer`, reading every body the head declares.
fn feed(parser: &mut Parser, buffer: &mut Vec<u8>) -> Parsed {
    match parser.feed(buffer) {
        Parsed::Head => {
            parser.read_body();
            parser.feed(buffer)
        }
        other => other,
    }
}

/// Feeds one byte at a time, as the slowest client would.
fn parse_bytewise(bytes: &[u8]) -> Parsed {
    let mut parser = Parser::new(LIMITS);
    let mut buffer = Vec::new();
    for &byte in bytes {
        buffer.push(byte);
        match feed(&mut parser, &mut buffer) {
            Parsed::NeedMore => {}
            done => return done,
        }
    }
    Parsed::NeedMore
}

fn complete(parsed: Parsed) -> Request {
    match parsed {
        Parsed::Complete(request) => request,
        other => panic!("expected a request, got {other:?}"),
    }
}

fn rejected(parsed: Parsed) -> u16 {
    match parsed {
        Parsed::Rejected(err) => err.code(),
        other => panic!("expected a rejection, got {other:?}"),
    }
}

#[test]
fn a_simple_get() {
    let (parsed, rest) = parse_all(b"GET /status?x=1 HTTP/1.1\r\nHost: a\r\nX-Thing:  v \r\n\r\n");
    let request = complete(parsed);
    assert_eq!((request.method.as_str(), request.target.as_str(), request.path()), ("GET", "/status?x=1", "/status"));
    assert_eq!(request.header("x-thing"), Some("v"));
    assert_eq!(request.header("HOST"), Some("a"));
    assert!(request.body.is_empty() && rest.is_empty());
    assert!(request.keep_alive());
}

#[test]
fn sized_and_chunked_bodies_in_one_piece_or_byte_by_byte() {
    let sized = b"POST /init HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello";
    let chunked = b"POST /init HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nhel\r\n2\r\nlo\r\n0\r\nTrailer: x\r\n\r\n";
    for bytes in [&sized[..], &chunked[..]] {
        assert_eq!(complete(parse_all(bytes).0).body, b"hello");
        assert_eq!(complete(parse_bytewise(bytes)).body, b"hello");
    }
}

#[test]
fn pipelined_bytes_stay_in_the_buffer() {
    let mut parser = Parser::new(LIMITS);
    let mut buffer =
        b"GET /a HTTP/1.1\r\nHost: a\r\n\r\nPOST /b HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nokGET".to_vec();
    assert_eq!(complete(feed(&mut parser, &mut buffer)).target, "/a");
    assert_eq!(complete(feed(&mut parser, &mut buffer)).body, b"ok");
    assert_eq!(feed(&mut parser, &mut buffer), Parsed::NeedMore);
    assert_eq!(buffer, b"GET");
    assert!(parser.in_request(&buffer));
}

#[test]
fn bodies_over_the_limit_are_413_before_they_arrive() {
    // Declared: refused on the head alone.
    assert_eq!(rejected(parse_all(b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 33\r\n\r\n").0), 413);
    assert_eq!(
        rejected(parse_all(b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999999\r\n\r\n").0),
        413
    );
    // Chunked: refused on the chunk size that would cross the limit.
    assert_eq!(rejected(parse_all(b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n21\r\n").0), 413);
    let over = b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n0123456789abcdef\r\n11\r\n";
    assert_eq!(rejected(parse_all(over).0), 413);
    assert_eq!(
        rejected(
            parse_all(b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffffffffff\r\n")
                .0
        ),
        400
    );
    // Exactly the limit is fine.
    let at_limit = format!("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 32\r\n\r\n{}", "x".repeat(32));
    assert_eq!(complete(parse_all(at_limit.as_bytes()).0).body.len(), 32);
}

#[test]
fn a_head_over_the_limit_is_431_even_without_its_end() {
    let endless = format!("GET /{} HTTP/1.1", "a".repeat(300));
    assert_eq!(rejected(parse_all(endless.as_bytes()).0), 431);
    let many: String = (0..=MAX_HEADERS).map(|i| format!("h{i}: v\r\n")).collect();
    let limits = Limits { max_head: 4096, max_body: 0 };
    let mut buffer = format!("GET / HTTP/1.1\r\nHost: a\r\n{many}\r\n").into_bytes();
    assert_eq!(rejected(feed(&mut Parser::new(limits), &mut buffer)), 431);
}

#[test]
fn malformed_heads_are_400_and_other_versions_505() {
    for head in [
        &b"GET /\r\n\r\n"[..],
        b"GET / HTTP/1.1 extra\r\n\r\n",
        b"G(T / HTTP/1.1\r\nHost: a\r\n\r\n",
        b"GET / FTP/1.0\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: a\r\nno colon\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: a\r\nBad Name: x\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: a\r\nA: b\r\n folded\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: a\r\nA: b\x01c\r\n\r\n",
        b"GET /\xff HTTP/1.1\r\nHost: a\r\n\r\n",
        b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
        b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n",
        b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n",
        b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n",
    ] {
        assert_eq!(rejected(parse_all(head).0), 400, "{}", String::from_utf8_lossy(head));
    }
    assert_eq!(rejected(parse_all(b"GET / HTTP/2.0\r\n\r\n").0), 505);
    assert_eq!(rejected(parse_all(b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n").0), 501);
    assert_eq!(rejected(parse_all(b"POST / HTTP/1.1\r\nHost: a\r\nExpect: magic\r\n\r\n").0), 417);
}

#[test]
fn expect_continue_is_signalled_only_while_the_body_is_awaited() {
    let mut parser = Parser::new(LIMITS);
    let mut buffer = b"POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n".to_vec();
    assert_eq!(feed(&mut parser, &mut buffer), Parsed::NeedMore);
    assert!(parser.take_continue());
    assert!(!parser.take_continue(), "once");
    buffer.extend_from_slice(b"ok");
    assert_eq!(complete(feed(&mut parser, &mut buffer)).body, b"ok");
    let mut whole = b"POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok".to_vec();
    complete(feed(&mut parser, &mut whole));
    assert!(!parser.take_continue(), "the body is already here");
}

#[test]
fn keep_alive_follows_the_version_and_connection_header() {
    let request = |version: u8, connection: Option<&str>| Request {
        method: "GET".into(),
        target: "/".into(),
        minor_version: version,
        headers: connection.map(|c| vec![("connection".to_string(), c.to_string())]).unwrap_or_default(),
        body: vec![],
    };
    assert!(request(1, None).keep_alive());
    assert!(!request(1, Some("Close")).keep_alive());
    assert!(!request(1, Some("upgrade, close")).keep_alive());
    assert!(!request(0, None).keep_alive());
    assert!(request(0, Some("Keep-Alive")).keep_alive());
}

#[test]
fn in_request_tells_idle_from_partial() {
    let mut parser = Parser::new(LIMITS);
    let mut buffer = Vec::new();
    assert!(!parser.in_request(&buffer));
    buffer.extend_from_slice(b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\n");
    assert_eq!(feed(&mut parser, &mut buffer), Parsed::NeedMore);
    assert!(buffer.is_empty() && parser.in_request(&buffer), "the body is owed");
}

#[test]
fn one_rule_for_line_endings_crlf() {
    // A bare LF or CR anywhere in the head is 400 at once, even before the head ends.
    for head in [
        &b"GET / HTTP/1.1\nHost: a\n\n"[..],
        b"GET / HTTP/1.1\r\nHost: a\nX-Smuggled: 1\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: a\r\n\n",
        b"GET / HTTP/1.1\rHost: a\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: a\n",
    ] {
        assert_eq!(rejected(parse_all(head).0), 400, "{:?}", String::from_utf8_lossy(head));
        assert_eq!(rejected(parse_bytewise(head)), 400, "{:?}", String::from_utf8_lossy(head));
    }
    // A CR at the very end of what has arrived waits for its LF.
    assert_eq!(parse_all(b"GET / HTTP/1.1\r").0, Parsed::NeedMore);
}

#[test]
fn host_is_required_once_in_http_1_1() {
    assert_eq!(rejected(parse_all(b"GET / HTTP/1.1\r\n\r\n").0), 400);
    assert_eq!(rejected(parse_all(b"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n").0), 400);
    assert_eq!(complete(parse_all(b"GET / HTTP/1.0\r\n\r\n").0).minor_version, 0);
}

#[test]
fn absolute_form_is_accepted_and_star_only_with_options() {
    for (target, expected) in [
        ("http://agent:8080/status?x=1", "/status?x=1"),
        ("HTTP://agent/trace", "/trace"),
        ("https://agent", "/"),
        ("http://agent?x", "/?x"),
    ] {
        let head = format!("GET {target} HTTP/1.1\r\nHost: a\r\n\r\n");
        assert_eq!(complete(parse_all(head.as_bytes()).0).target, expected, "{target}");
    }
    assert_eq!(complete(parse_all(b"OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n").0).target, "*");
    for target in ["*", "status", "agent:8080", "ftp://agent/status"] {
        let head = format!("GET {target} HTTP/1.1\r\nHost: a\r\n\r\n");
        assert_eq!(rejected(parse_all(head.as_bytes()).0), 400, "{target}");
    }
}

#[test]
fn a_body_is_not_read_before_the_caller_decides() {
    let mut parser = Parser::new(LIMITS);
    let mut buffer = b"POST /init HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\nhel".to_vec();
    assert_eq!(parser.feed(&mut buffer), Parsed::Head);
    assert_eq!(parser.feed(&mut buffer), Parsed::Head, "still waiting for the decision");
    assert!(!parser.take_continue(), "no 100 Continue before the decision");
    let (head, framing) = parser.head().unwrap();
    assert_eq!((head.target.as_str(), framing), ("/init", Framing::Sized(5)));
    assert_eq!(buffer, b"hel", "not a byte of the body taken");
    // Skipped: the request comes without its body.
    let request = parser.skip_body().unwrap();
    assert!(request.body.is_empty() && request.path() == "/init");
    assert!(parser.head().is_none());
    // Read: the body follows.
    let mut parser = Parser::new(LIMITS);
    let mut buffer =
        b"POST /init HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n".to_vec();
    assert_eq!(parser.feed(&mut buffer), Parsed::Head);
    assert_eq!(parser.head().unwrap().1, Framing::Chunked);
    parser.read_body();
    assert_eq!(complete(parser.feed(&mut buffer)).body, b"ok");
}

#[test]
fn in_head_tells_a_partial_head_from_a_partial_body() {
    let mut parser = Parser::new(LIMITS);
    let mut buffer = b"GET /sta".to_vec();
    assert_eq!(parser.feed(&mut buffer), Parsed::NeedMore);
    assert!(parser.in_head(&buffer));
    buffer.extend_from_slice(b"tus HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\n");
    assert_eq!(feed(&mut parser, &mut buffer), Parsed::NeedMore);
    assert!(!parser.in_head(&buffer) && parser.in_request(&buffer));
}
