//! The agent's log: one line per event on stderr,
//! `2026-11-22T03:14:51.123Z INFO message`, or with `--log-format json` one
//! JSON object per line, `{"time", "level", "event", "fields"}`, for log
//! pipelines that index fields.
//!
//! Lines go through a bounded queue to one writer thread, so no thread of the
//! agent ever blocks on a slow or stuck stderr: when the queue is full the
//! line is dropped and counted, and the count is reported later. Lines of
//! child output ([`child_output`]) may fill only part of the queue, by count
//! and by bytes, so a function flooding its stdout can neither grow the
//! agent's memory nor crowd out the agent's own lines.

use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crossbeam_channel::{bounded, Sender, TrySendError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Info,
    Warn,
    Error,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Info => "INFO",
            Level::Warn => "WARN",
            Level::Error => "ERROR",
        }
    }
}

/// How lines are written (`--log-format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

static JSON: AtomicBool = AtomicBool::new(false);

/// Chooses the format of every line logged from now on; set once, before
/// [`init`].
pub fn set_format(format: Format) {
    JSON.store(format == Format::Json, Ordering::Relaxed);
}

fn current_format() -> Format {
    if JSON.load(Ordering::Relaxed) {
        Format::Json
    } else {
        Format::Text
    }
}

const QUEUE_LINES: usize = 4096;
/// Child output may occupy at most this many queued lines...
const CHILD_LINES: usize = 2048;
/// ...and this many queued bytes.
const CHILD_BYTES: usize = 1024 * 1024;

enum Message {
    Line(String),
    Flush(Sender<()>),
}

struct Logger {
    queue: Sender<Message>,
    dropped: AtomicU64,
    /// Bytes of the lines in the queue.
    queued_bytes: AtomicUsize,
}

static LOGGER: OnceLock<Logger> = OnceLock::new();

/// Starts the writer thread. Before this (and in unit tests) lines are
/// written directly.
pub fn init() {
    LOGGER.get_or_init(|| {
        let (queue, lines) = bounded::<Message>(QUEUE_LINES);
        let spawned = std::thread::Builder::new().name("log".into()).spawn(move || {
            let stderr = std::io::stderr();
            for message in lines {
                match message {
                    Message::Line(line) => {
                        report_dropped();
                        let _ = stderr.lock().write_all(line.as_bytes());
                        if let Some(logger) = LOGGER.get() {
                            logger.queued_bytes.fetch_sub(line.len(), Ordering::Relaxed);
                        }
                    }
                    Message::Flush(done) => {
                        let _ = done.send(());
                    }
                }
            }
        });
        if let Err(err) = spawned {
            eprintln!("cannot start the log thread: {err}");
        }
        Logger { queue, dropped: AtomicU64::new(0), queued_bytes: AtomicUsize::new(0) }
    });
}

fn report_dropped() {
    let Some(logger) = LOGGER.get() else { return };
    let dropped = logger.dropped.swap(0, Ordering::Relaxed);
    if dropped > 0 {
        let dropped = dropped.to_string();
        let message = format!("{dropped} log lines dropped");
        let line = render(SystemTime::now(), Level::Warn, &message, &[("dropped", &dropped)]);
        let _ = std::io::stderr().lock().write_all(line.as_bytes());
    }
}

pub fn log(level: Level, message: &str) {
    log_with(level, message, &[]);
}

/// An event with fields: in JSON they are members of `fields`; the text
/// format shows the message only, which already says the same.
pub fn log_with(level: Level, message: &str, fields: &[(&str, &str)]) {
    enqueue(render(SystemTime::now(), level, message, fields), false);
}

/// A line a child process wrote, e.g. `[node stdout] ...`: dropped rather
/// than queued past the child's share of the queue. In JSON, the source
/// and stream are fields too.
pub fn child_output(message: &str) {
    enqueue(render(SystemTime::now(), Level::Info, message, &child_fields(message)), true);
}

/// `[node stderr] ...` → source `node`, stream `stderr`.
fn child_fields(message: &str) -> Vec<(&'static str, &str)> {
    let origin =
        message.strip_prefix('[').and_then(|rest| rest.split_once("] ")).and_then(|(origin, _)| origin.split_once(' '));
    match origin {
        Some((source, stream)) => vec![("source", source), ("stream", stream)],
        None => Vec::new(),
    }
}

/// One line in the chosen format.
fn render(at: SystemTime, level: Level, message: &str, fields: &[(&str, &str)]) -> String {
    match current_format() {
        Format::Text => format_line(at, level, message),
        Format::Json => format_json(at, level, message, fields),
    }
}

fn enqueue(line: String, droppable: bool) {
    let Some(logger) = LOGGER.get() else {
        let _ = std::io::stderr().lock().write_all(line.as_bytes());
        return;
    };
    let over_share = droppable
        && (logger.queue.len() >= CHILD_LINES
            || logger.queued_bytes.load(Ordering::Relaxed).saturating_add(line.len()) > CHILD_BYTES);
    if over_share {
        logger.dropped.fetch_add(1, Ordering::Relaxed);
        return;
    }
    let length = line.len();
    logger.queued_bytes.fetch_add(length, Ordering::Relaxed);
    match logger.queue.try_send(Message::Line(line)) {
        Ok(()) => {}
        Err(TrySendError::Full(_)) => {
            logger.queued_bytes.fetch_sub(length, Ordering::Relaxed);
            logger.dropped.fetch_add(1, Ordering::Relaxed);
        }
        Err(TrySendError::Disconnected(message)) => {
            logger.queued_bytes.fetch_sub(length, Ordering::Relaxed);
            if let Message::Line(line) = message {
                let _ = std::io::stderr().lock().write_all(line.as_bytes());
            }
        }
    }
}

pub fn info(message: &str) {
    log(Level::Info, message);
}

pub fn warn(message: &str) {
    log(Level::Warn, message);
}

pub fn error(message: &str) {
    log(Level::Error, message);
}

/// Waits (at most `timeout`) until every line logged so far is written.
pub fn flush(timeout: Duration) {
    let Some(logger) = LOGGER.get() else { return };
    let (done, written) = bounded(1);
    if logger.queue.send_timeout(Message::Flush(done), timeout).is_ok() {
        let _ = written.recv_timeout(timeout);
    }
}

/// One log line, newline included. Line breaks inside `message` are escaped
/// so that one event stays one line, and other control characters too, so
/// that a function's output cannot drive the operator's terminal.
pub fn format_line(at: SystemTime, level: Level, message: &str) -> String {
    let mut line = format!("{} {} ", format_timestamp(at), level.as_str());
    for c in message.chars() {
        match c {
            '\n' => line.push_str("\\n"),
            '\r' => line.push_str("\\r"),
            '\t' => line.push('\t'),
            c if c.is_control() => line.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => line.push(c),
        }
    }
    line.push('\n');
    line
}

/// One JSON log line, newline included: `{"time", "level", "event",
/// "fields"}` in that order, `level` in lower case. JSON escapes every
/// control character, so one event stays one line here too.
pub fn format_json(at: SystemTime, level: Level, message: &str, fields: &[(&str, &str)]) -> String {
    let fields: serde_json::Map<String, serde_json::Value> =
        fields.iter().map(|(key, value)| (key.to_string(), serde_json::Value::from(*value))).collect();
    let line = serde_json::json!({
        "time": format_timestamp(at),
        "level": level.as_str().to_ascii_lowercase(),
        "event": message,
        "fields": fields,
    });
    format!("{line}\n")
}

/// RFC 3339 UTC with milliseconds, e.g. `2026-11-22T03:14:51.123Z`.
pub fn format_timestamp(at: SystemTime) -> String {
    let since_epoch = at.duration_since(UNIX_EPOCH).unwrap_or_default();
    let secs = since_epoch.as_secs();
    let (year, month, day) = civil_from_days((secs / 86_400) as i64);
    let of_day = secs % 86_400;
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        of_day / 3600,
        of_day % 3600 / 60,
        of_day % 60,
        since_epoch.subsec_millis()
    )
}

/// Proleptic Gregorian date of a day count since 1970-01-01, using 400-year
/// eras of 146097 days, with years starting in March so the leap day is last.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let shifted = days + 719_468; // days from 0000-03-01 to 1970-01-01
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_from_march + 2) / 5 + 1) as u32;
    let month = if month_from_march < 10 { month_from_march + 3 } else { month_from_march - 9 } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: u64, millis: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(secs) + Duration::from_millis(millis)
    }

    #[test]
    fn formats_known_instants() {
        assert_eq!(format_timestamp(at(0, 0)), "1970-01-01T00:00:00.000Z");
        // 2026-11-22T03:14:51.123Z, as computed by `date -u -d @1795317291`.
        assert_eq!(format_timestamp(at(1_795_317_291, 123)), "2026-11-22T03:14:51.123Z");
        // A leap day and the day after.
        assert_eq!(format_timestamp(at(951_782_400, 0)), "2000-02-29T00:00:00.000Z");
        assert_eq!(format_timestamp(at(951_868_800, 999)), "2000-03-01T00:00:00.999Z");
        assert_eq!(format_timestamp(at(4_107_542_399, 0)), "2100-02-28T23:59:59.000Z");
    }

    #[test]
    fn line_has_level_and_escaped_breaks() {
        let line = format_line(at(0, 5), Level::Warn, "two\nlines");
        assert_eq!(line, "1970-01-01T00:00:00.005Z WARN two\\nlines\n");
    }

    #[test]
    fn json_lines_have_time_level_event_and_fields_in_order() {
        let line = format_json(at(0, 5), Level::Warn, "listening on 127.0.0.1:80", &[("address", "127.0.0.1:80")]);
        assert_eq!(
            line,
            "{\"time\":\"1970-01-01T00:00:00.005Z\",\"level\":\"warn\",\"event\":\"listening on 127.0.0.1:80\",\"fields\":{\"address\":\"127.0.0.1:80\"}}\n"
        );
    }

    #[test]
    fn json_lines_escape_breaks_and_control_characters() {
        let line = format_json(at(0, 0), Level::Info, "two\nlines\u{1b}[2J \"q\" é", &[]);
        assert_eq!(line.matches('\n').count(), 1, "{line}");
        assert!(line.ends_with('\n') && !line.contains('\u{1b}'), "{line}");
        let value: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(value["event"], "two\nlines\u{1b}[2J \"q\" é");
        assert_eq!(value["fields"], serde_json::json!({}));
    }

    #[test]
    fn child_output_names_its_source_and_stream() {
        assert_eq!(child_fields("[node stderr] x] y"), vec![("source", "node"), ("stream", "stderr")]);
        assert_eq!(child_fields("[compiler stdout] "), vec![("source", "compiler"), ("stream", "stdout")]);
        assert!(child_fields("no prefix").is_empty());
    }

    #[test]
    fn control_characters_are_escaped_but_text_is_kept() {
        let line = format_line(at(0, 0), Level::Info, "\u{1b}[2Jred\u{7}\tok é\r");
        assert_eq!(line, "1970-01-01T00:00:00.000Z INFO \\u{1b}[2Jred\\u{7}\tok é\\r\n");
    }
}
