//! The agent's side of the control channel (DESIGN.md §2): one JSON object
//! per line, with a `type`. Also the bounded line reader used for every line
//! a child process writes.

use std::io::{self, BufRead};

use bytes::Bytes;
use serde::Deserialize;
use serde_json::value::RawValue;

use crate::core::{Mode, TraceCounts};

/// A message from the runtime.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    Ready {
        port: u16,
    },
    /// The raw JSON of the `trace` field, kept byte for byte.
    Trace(Bytes),
    Error(String),
    Synced {
        id: u64,
    },
    /// The runtime's event loop is turning; a tracing runtime adds its
    /// request counts.
    Heartbeat(Option<TraceCounts>),
    /// A pre-started runtime is ready for `run`.
    Waiting,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ControlError {
    #[error("not a JSON object with a string `type`: {0}")]
    Malformed(String),
    #[error("`{kind}` message without a valid `{field}`")]
    MissingField { kind: &'static str, field: &'static str },
    #[error("unknown message type `{0}`")]
    UnknownType(String),
}

impl ControlError {
    /// Stable numeric code (the `code` field of the warning logged).
    pub fn code(&self) -> u16 {
        match self {
            ControlError::Malformed(_) => 21,
            ControlError::MissingField { .. } => 22,
            ControlError::UnknownType(_) => 23,
        }
    }
}

/// Every field any message may carry; which ones must be present depends
/// on `type`. (An internally tagged enum cannot hold a `RawValue`.)
#[derive(Deserialize)]
struct Envelope<'a> {
    #[serde(rename = "type")]
    kind: String,
    port: Option<u16>,
    #[serde(borrow)]
    trace: Option<&'a RawValue>,
    message: Option<String>,
    id: Option<u64>,
    #[serde(rename = "tracedRequests")]
    traced_requests: Option<u64>,
    #[serde(rename = "untracedRequests")]
    untraced_requests: Option<u64>,
    #[serde(rename = "traceSettled")]
    trace_settled: Option<bool>,
}

pub fn parse_line(line: &[u8]) -> Result<Message, ControlError> {
    let envelope: Envelope = serde_json::from_slice(line).map_err(|err| ControlError::Malformed(err.to_string()))?;
    match envelope.kind.as_str() {
        "ready" => envelope
            .port
            .map(|port| Message::Ready { port })
            .ok_or(ControlError::MissingField { kind: "ready", field: "port" }),
        "trace" => envelope
            .trace
            .map(|raw| Message::Trace(Bytes::copy_from_slice(raw.get().as_bytes())))
            .ok_or(ControlError::MissingField { kind: "trace", field: "trace" }),
        "error" => {
            envelope.message.map(Message::Error).ok_or(ControlError::MissingField { kind: "error", field: "message" })
        }
        "synced" => envelope
            .id
            .map(|id| Message::Synced { id })
            .ok_or(ControlError::MissingField { kind: "synced", field: "id" }),
        "heartbeat" => Ok(Message::Heartbeat(trace_counts(&envelope))),
        "waiting" => Ok(Message::Waiting),
        _ => Err(ControlError::UnknownType(envelope.kind)),
    }
}

/// A heartbeat's counts: all three fields, or none (a Vanilla or waiting
/// runtime; a heartbeat still says the loop turns).
fn trace_counts(envelope: &Envelope) -> Option<TraceCounts> {
    Some(TraceCounts {
        traced: envelope.traced_requests?,
        untraced: envelope.untraced_requests?,
        settled: envelope.trace_settled?,
    })
}

/// The `sync` request, newline included.
pub fn sync_line(id: u64) -> String {
    format!("{{\"type\":\"sync\",\"id\":{id}}}\n")
}

/// The `run` order for a waiting runtime: run `file` (relative to the
/// workdir) as the main module, in `mode`. Newline included.
pub fn run_line(mode: Mode, file: &str) -> String {
    let message = serde_json::json!({"type": "run", "file": file, "mode": mode.as_str()});
    format!("{message}\n")
}

/// One line read by [`read_line_bounded`].
#[derive(Debug, PartialEq, Eq)]
pub struct Line {
    /// At most the limit's worth of bytes, without the newline.
    pub bytes: Vec<u8>,
    /// The line was longer than the limit; the rest was skipped.
    pub truncated: bool,
}

/// Reads one line, keeping at most `limit` bytes of it and skipping the rest,
/// so a child writing an endless line cannot make the agent buffer it all.
/// `Ok(None)` at end of input.
pub fn read_line_bounded(reader: &mut impl BufRead, limit: usize) -> io::Result<Option<Line>> {
    let mut line = Line { bytes: Vec::new(), truncated: false };
    let mut saw_any = false;
    loop {
        let chunk = match reader.fill_buf() {
            Ok(chunk) => chunk,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(err),
        };
        if chunk.is_empty() {
            return Ok(saw_any.then_some(line));
        }
        saw_any = true;
        let (content, used, complete) = match memchr_newline(chunk) {
            Some(at) => (&chunk[..at], at + 1, true),
            None => (chunk, chunk.len(), false),
        };
        let room = limit.saturating_sub(line.bytes.len());
        if content.len() > room {
            line.truncated = true;
        }
        line.bytes.extend_from_slice(&content[..content.len().min(room)]);
        reader.consume(used);
        if complete {
            return Ok(Some(line));
        }
    }
}

fn memchr_newline(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{BufReader, Cursor};

    #[test]
    fn parses_each_message_type() {
        assert_eq!(parse_line(br#"{"type":"ready","port":8081}"#), Ok(Message::Ready { port: 8081 }));
        assert_eq!(parse_line(br#"{"type":"synced","id":7}"#), Ok(Message::Synced { id: 7 }));
        assert_eq!(parse_line(br#"{"type":"heartbeat"}"#), Ok(Message::Heartbeat(None)));
        assert_eq!(
            parse_line(br#"{"type":"heartbeat","tracedRequests":7,"untracedRequests":40,"traceSettled":true}"#),
            Ok(Message::Heartbeat(Some(TraceCounts { traced: 7, untraced: 40, settled: true })))
        );
        assert_eq!(
            parse_line(br#"{"type":"heartbeat","tracedRequests":7}"#),
            Ok(Message::Heartbeat(None)),
            "partial counts are no counts"
        );
        assert_eq!(
            parse_line(br#"{"type":"error","message":"TypeError: x\n  at y"}"#),
            Ok(Message::Error("TypeError: x\n  at y".into()))
        );
    }

    #[test]
    fn keeps_the_trace_bytes_exactly() {
        let line = br#"{"type":"trace","trace":{"kind":"block", "body":[ {"kind":"number","value":1.50} ]}}"#;
        let expected = br#"{"kind":"block", "body":[ {"kind":"number","value":1.50} ]}"#;
        assert_eq!(parse_line(line), Ok(Message::Trace(Bytes::from_static(expected))));
    }

    #[test]
    fn refuses_malformed_lines_without_panicking() {
        for line in [
            &b""[..],
            b"not json",
            b"[1,2]",
            b"{\"port\":1}",
            b"{\"type\":5}",
            b"{\"type\":\"ready\"}",
            b"{\"type\":\"ready\",\"port\":70000}",
            b"{\"type\":\"synced\",\"id\":-1}",
            b"{\"type\":\"trace\"}",
            b"{\"type\":\"error\",\"message\":3}",
            b"\xff\xfe",
        ] {
            assert!(parse_line(line).is_err(), "{:?}", String::from_utf8_lossy(line));
        }
        assert_eq!(parse_line(br#"{"type":"hello"}"#), Err(ControlError::UnknownType("hello".into())));
        let codes = [b"not json".as_slice(), br#"{"type":"ready"}"#, br#"{"type":"hello"}"#]
            .map(|line| parse_line(line).unwrap_err().code());
        assert_eq!(codes, [21, 22, 23]);
    }

    #[test]
    fn ignores_unknown_fields() {
        assert_eq!(parse_line(br#"{"type":"ready","port":1,"pid":3}"#), Ok(Message::Ready { port: 1 }));
    }

    #[test]
    fn parses_waiting_and_writes_run() {
        assert_eq!(parse_line(br#"{"type":"waiting"}"#), Ok(Message::Waiting));
        assert_eq!(
            run_line(Mode::Tracing, "traced.js"),
            "{\"type\":\"run\",\"file\":\"traced.js\",\"mode\":\"Tracing\"}\n"
        );
    }

    #[test]
    fn sync_line_is_one_json_line() {
        assert_eq!(sync_line(12), "{\"type\":\"sync\",\"id\":12}\n");
    }

    #[test]
    fn bounded_reader_splits_and_truncates() {
        // A tiny buffer makes lines span several fill_buf calls.
        let input = b"short\nthis line is too long\n\nlast-no-newline";
        let mut reader = BufReader::with_capacity(4, Cursor::new(&input[..]));
        let mut lines = Vec::new();
        while let Some(line) = read_line_bounded(&mut reader, 8).unwrap() {
            lines.push((String::from_utf8(line.bytes).unwrap(), line.truncated));
        }
        assert_eq!(
            lines,
            vec![
                ("short".to_string(), false),
                ("this lin".to_string(), true),
                (String::new(), false),
                ("last-no-".to_string(), true),
            ]
        );
    }
}
