use super::*;
use crate::core::{Core, Mode, Timeouts};

const TIMEOUTS: Timeouts = Timeouts { compile_ms: 1, start_ms: 1, sync_ms: 1, blocked_after_ms: 1, kill_grace_ms: 1 };

fn empty() -> Snapshot {
    Snapshot { info: Core::new(TIMEOUTS).info(), requests: BTreeMap::new(), transport: None }
}

/// The value of the one sample whose name and labels are exactly `series`.
fn value(text: &str, series: &str) -> Option<String> {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .find_map(|line| line.strip_prefix(series).and_then(|rest| rest.strip_prefix(' ')).map(str::to_string))
}

#[test]
fn a_fresh_agent_is_pre_initialized_and_has_no_durations() {
    let text = render(&empty());
    assert_eq!(value(&text, r#"containerless_state{state="pre-initialized"}"#).as_deref(), Some("1"));
    for state in ["compiling", "compile-error", "running", "runtime-error"] {
        assert_eq!(
            value(&text, &format!(r#"containerless_state{{state="{state}"}}"#)).as_deref(),
            Some("0"),
            "{state}"
        );
    }
    assert!(!text.contains("containerless_compile_seconds"), "unknown durations are absent, not 0:\n{text}");
    assert!(!text.contains("containerless_trace_bytes"));
    assert_eq!(value(&text, r#"containerless_node_exited{code="",signal=""}"#).as_deref(), Some("0"));
    assert_eq!(value(&text, "containerless_node_restarts_total").as_deref(), Some("0"));
    assert!(text.contains(r#"containerless_info{version=""#) && text.contains(r#"mode=""} 1"#), "{text}");
}

#[test]
fn durations_are_seconds_and_sizes_bytes() {
    let mut snapshot = empty();
    snapshot.info.state = Status::Running;
    snapshot.info.mode = Some(Mode::Tracing);
    snapshot.info.compile_ms = Some(125);
    snapshot.info.start_ms = Some(2000);
    snapshot.info.trace_bytes = Some(4096);
    snapshot.info.prestart_restarts = 2;
    let text = render(&snapshot);
    assert_eq!(value(&text, "containerless_compile_seconds").as_deref(), Some("0.125"));
    assert_eq!(value(&text, "containerless_start_seconds").as_deref(), Some("2"));
    assert_eq!(value(&text, "containerless_trace_bytes").as_deref(), Some("4096"));
    assert_eq!(value(&text, "containerless_node_restarts_total").as_deref(), Some("2"));
    assert_eq!(value(&text, r#"containerless_state{state="running"}"#).as_deref(), Some("1"));
    assert!(text.contains(r#"mode="Tracing"} 1"#), "{text}");
}

#[test]
fn trace_counts_appear_once_the_runtime_reported_them() {
    let mut snapshot = empty();
    assert!(!render(&snapshot).contains("containerless_requests_traced_total"));
    snapshot.info.traced_requests = Some(150);
    snapshot.info.untraced_requests = Some(2450);
    snapshot.info.trace_settled = Some(true);
    let text = render(&snapshot);
    assert_eq!(value(&text, "containerless_requests_traced_total").as_deref(), Some("150"));
    assert_eq!(value(&text, "containerless_requests_untraced_total").as_deref(), Some("2450"));
    assert_eq!(value(&text, "containerless_trace_settled").as_deref(), Some("1"));
}

#[test]
fn exit_status_is_a_code_or_a_signal() {
    let mut snapshot = empty();
    snapshot.info.exit_status = Some(ExitStatus::Code(3));
    assert_eq!(value(&render(&snapshot), r#"containerless_node_exited{code="3",signal=""}"#).as_deref(), Some("1"));
    snapshot.info.exit_status = Some(ExitStatus::Signal(9));
    assert_eq!(value(&render(&snapshot), r#"containerless_node_exited{code="",signal="9"}"#).as_deref(), Some("1"));
}

#[test]
fn requests_are_counted_by_endpoint_and_status() {
    let registry = Registry::new(Arc::default());
    registry.count_request("/status", 200);
    registry.count_request("/status", 200);
    registry.count_request("other", 404);
    let text = render(&registry.snapshot(Core::new(TIMEOUTS).info()));
    assert_eq!(
        value(&text, r#"containerless_http_requests_total{endpoint="/status",status="200"}"#).as_deref(),
        Some("2")
    );
    assert_eq!(
        value(&text, r#"containerless_http_requests_total{endpoint="other",status="404"}"#).as_deref(),
        Some("1")
    );
    assert_eq!(value(&text, "containerless_http_connections_open").as_deref(), Some("0"));
    assert_eq!(value(&text, "containerless_http_requests_refused_total").as_deref(), Some("0"));
}

#[test]
fn every_family_has_help_and_type_before_its_samples_and_follows_the_naming_rules() {
    let mut snapshot = empty();
    snapshot.info.compile_ms = Some(1);
    snapshot.info.start_ms = Some(1);
    snapshot.info.prestart_ms = Some(1);
    snapshot.info.trace_bytes = Some(1);
    snapshot.requests.insert(("/init", 200), 1);
    snapshot.transport = Some(Transport { open: 1, accepted: 2, refused: 3, busy: 4 });
    let text = render(&snapshot);
    let mut declared: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            let (name, kind) = rest.split_once(' ').unwrap();
            assert!(!declared.iter().any(|(seen, _)| seen == name), "{name} declared twice");
            declared.push((name.to_string(), kind.to_string()));
        } else if !line.starts_with("# HELP ") {
            let name = line.split(['{', ' ']).next().unwrap();
            let (last, kind) = declared.last().expect("a sample before any TYPE");
            assert_eq!(name, last, "sample outside its family");
            assert!(name.starts_with("containerless_"));
            assert!(name.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{name}");
            assert_eq!(kind == "counter", name.ends_with("_total"), "{name}: counters and only they end in _total");
            let number = line.rsplit(' ').next().unwrap();
            assert!(number.parse::<f64>().is_ok(), "{line}");
        }
    }
    assert!(declared.len() >= 14, "{declared:?}");
}

#[test]
fn label_values_are_escaped() {
    assert_eq!(escape_label("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
}

#[test]
fn prestart_labels_are_the_names_info_shows() {
    for each in
        [Prestart::Off, Prestart::Starting, Prestart::Waiting, Prestart::Used, Prestart::Unused, Prestart::Failed]
    {
        assert_eq!(serde_json::to_value(each).unwrap(), prestart_name(each));
    }
}
