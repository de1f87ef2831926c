//! `containerless-agent eval-trace`: output and exit status, through the
//! real binary.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_containerless-agent");

fn testdata(name: &str) -> String {
    format!("{}/src/trace/testdata/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Runs `eval-trace ARGS` with `stdin` as standard input.
fn eval_trace(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(BIN)
        .arg("eval-trace")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn prints_the_body_and_exits_0() {
    let out = eval_trace(&["--trace", &testdata("hello.json")], "");
    assert_eq!((out.status.code(), text(&out.stdout).as_str()), (Some(0), "hi"));
}

#[test]
fn full_prints_status_type_and_body() {
    let out = eval_trace(&["--trace", &testdata("counter.json"), "--request", "-", "--full"], r#"{"query":{"n":"6"}}"#);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout).trim_end(),
        r#"{"status":200,"contentType":"application/json","body":"{\"error\":\"too big\",\"got\":12,\"a-b\":null}"}"#
    );
}

#[test]
fn unknown_exits_3() {
    let out = eval_trace(&["--trace", &testdata("counter.json"), "--request", "-"], r#"{"query":{"n":"1"}}"#);
    assert_eq!(out.status.code(), Some(3));
    assert!(text(&out.stderr).starts_with("unknown: the trace does not cover this request\n"));
    assert!(out.stdout.is_empty());
}

#[test]
fn malformed_input_exits_2_saying_why() {
    let out = eval_trace(&["--trace", "-"], r#"{"kind":"block","body":[{"kind":"while"}]}"#);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("body[0]: `while` node lacks field `cond`"), "{}", text(&out.stderr));

    let out = eval_trace(&["--trace", &testdata("hello.json"), "--request", "-"], r#"{"method":7}"#);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("malformed request: `method` must be a string"), "{}", text(&out.stderr));

    let out = eval_trace(&["--nonsense"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("usage:"));
}

#[test]
fn a_lone_surrogate_is_unknown_not_malformed() {
    // JSON.parse takes it and the function sees it; the evaluator cannot hold it.
    let out = eval_trace(&["--trace", &testdata("hello.json"), "--request", "-"], r#"{"body":{"s":"\ud83d"}}"#);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("lone surrogate"), "{}", text(&out.stderr));
    let out = eval_trace(&["--trace", &testdata("hello.json"), "--request", "-"], r#"{"body":{"s":"\ud83d\ude00"}}"#);
    assert_eq!((out.status.code(), text(&out.stdout).as_str()), (Some(0), "hi"));
    let out = eval_trace(&["--trace", &testdata("hello.json"), "--request", "-"], r#"{"method":7,"body":"\ud83d"}"#);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn validate_lists_problems() {
    let out = eval_trace(&["--trace", &testdata("counter.json"), "--validate"], "");
    assert_eq!((out.status.code(), text(&out.stdout).as_str()), (Some(0), "valid\n"));
    let bad = r#"{"kind":"block","body":[{"kind":"unknown"},{"kind":"break","name":"l","value":{"kind":"null"}}]}"#;
    let out = eval_trace(&["--trace", "-", "--validate"], bad);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stdout),
        "body[0]: `unknown` must be the last node of its block\nbody[1]: `break l` has no enclosing label `l`\n"
    );
}

#[test]
fn conformance_lists_broken_rules() {
    let conforming = r#"{"kind":"block","body":[{"kind":"let","name":"x_1","named":{"kind":"number","value":1}}]}"#;
    let out = eval_trace(&["--trace", "-", "--validate", "--conformance"], conforming);
    assert_eq!((out.status.code(), text(&out.stdout).as_str()), (Some(0), "valid and conforming\n"));
    let bad =
        r#"{"kind":"block","body":[{"kind":"let","name":"$r_1","named":{"kind":"label","name":"ret_2","body":[]}}]}"#;
    let out = eval_trace(&["--trace", "-", "--validate", "--conformance"], bad);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stdout),
        "rule 4: body[0]: `$r_1` is not a Rust identifier\n\
         rule 2: body[0].named: a `label` stands where an expression is expected (`block [label ...]`)\n\
         rule 4: body[0].named: label name `ret_2` is not `'` and a Rust identifier\n"
    );
    let out = eval_trace(&["--trace", "-", "--conformance"], conforming);
    assert_eq!(out.status.code(), Some(2), "--conformance alone is bad usage");
}

#[test]
fn text_renders_the_trace() {
    let out = eval_trace(&["--trace", &testdata("hello.json"), "--text"], "");
    assert_eq!(
        (out.status.code(), text(&out.stdout).as_str()),
        (Some(0), "listen((req_0) => {\n  send(\"hi\");\n});\n")
    );
}

#[test]
fn help_exits_0() {
    let out = eval_trace(&["--help"], "");
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("--request FILE"));
}
