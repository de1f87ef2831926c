//! The corpus (`tests/corpus/*.js`, each with its requests in a `.json`
//! beside it), run through the real agent in both modes and checked against
//! docs/SPEC.md §5's properties: fidelity (Tracing answers equal Vanilla answers),
//! valid traces, merging (known requests add nothing; a loop is one `while`
//! however often it runs) and soundness (the evaluator answers exactly as
//! Node, or says unknown, on the traced requests and on generated variants).
//! Each function reports the share of its already-traced requests (the ones
//! the Tracing agent ran) its final trace answers (`target/corpus-traced/`);
//! `make test` totals them (tests/tools/corpus-total.js, at least 95%).

use crate::common::oracle::{self, Answer, VanillaNode};
use crate::common::*;
use containerless::trace::{Node, Rule};

/// Short enough that `default_504`'s unanswered requests stay quick.
const RESPONSE_TIMEOUT_MS: u64 = 400;
const VARIANTS_PER_REQUEST: usize = 20;
const REPEATS: usize = 100;

struct Case {
    name: String,
    source: String,
    requests: Vec<Value>,
    meta: Value,
}

fn load(name: &str) -> Case {
    let dir = oracle::repo().join("tests/corpus");
    let source = std::fs::read_to_string(dir.join(format!("{name}.js"))).expect("corpus source");
    let meta: Value = serde_json::from_slice(&std::fs::read(dir.join(format!("{name}.json"))).expect("corpus meta"))
        .expect("meta JSON");
    let requests = meta["requests"].as_array().expect("requests").clone();
    Case { name: name.to_string(), source, requests, meta }
}

fn start(case: &Case, mode: &str) -> (Agent, std::net::SocketAddr) {
    let workdir = oracle::real_workdir(&format!("corpus-{}-{}", case.name, mode.to_lowercase()));
    let timeout = RESPONSE_TIMEOUT_MS.to_string();
    let agent = Agent::start_in_env(workdir, &[], &[("CONTAINERLESS_RESPONSE_TIMEOUT_MS", timeout.as_str())]);
    let port = agent.start_function(mode, &case.source);
    (agent, std::net::SocketAddr::from(([127, 0, 0, 1], port)))
}

fn trace_of(agent: &Agent) -> Vec<u8> {
    let response = agent.get("/trace");
    assert_eq!(response.status, 200, "GET /trace: {}", response.text());
    response.body
}

fn assert_valid(case: &Case, trace: &[u8]) {
    if let Err(problems) = containerless::trace::validate_json(trace) {
        panic!("{}: invalid trace: {problems:?}\n{}", case.name, String::from_utf8_lossy(trace));
    }
}

fn body_with(request: &Value, body: &Value) -> Value {
    let mut request = request.clone();
    request["body"] = body.clone();
    request["method"] = "POST".into();
    request
}

/// Tracing == Vanilla on every request, and the trace reproduces each of them.
fn fidelity_and_coverage(case: &Case) -> (Agent, std::net::SocketAddr, Vec<Answer>) {
    let (_vanilla_agent, vanilla) = start(case, "Vanilla");
    let (tracing_agent, tracing) = start(case, "Tracing");
    let mut answers = Vec::new();
    for request in &case.requests {
        let expected = oracle::call(vanilla, request).expect("vanilla answer");
        let actual = oracle::call(tracing, request).expect("tracing answer");
        assert_eq!(actual, expected, "{}: Tracing and Vanilla differ on {request}", case.name);
        answers.push(expected);
    }
    let trace = trace_of(&tracing_agent);
    assert_valid(case, &trace);
    let expect_unknown: Vec<&str> =
        case.meta["expect_unknown"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    let answered = traced_requests_answered(case, &trace, &answers);
    for (request, answered) in case.requests.iter().zip(&answered) {
        let path = request["path"].as_str().unwrap_or("/");
        if expect_unknown.contains(&path) {
            assert!(!answered, "{}: {path} runs untraced constructs, so its path must be unknown", case.name);
        } else {
            assert!(answered, "{}: a traced request is not covered by the trace: {request}", case.name);
        }
    }
    let count = answered.iter().filter(|a| **a).count();
    report(
        "corpus-traced",
        &case.name,
        &format!("{}: {count}/{} traced requests answered", case.name, case.requests.len()),
    );
    (tracing_agent, tracing, answers)
}

/// Whether a stateful function's requests are judged as one session (the
/// `"session": true` meta flag): one long-lived instance, in the order sent.
fn is_session(case: &Case) -> bool {
    case.meta["session"].as_bool() == Some(true)
}

/// The already-traced requests (the ones the Tracing agent ran) evaluated
/// against its final trace, each checked against Node's answer (`answers`,
/// from one long-lived Vanilla instance): as a fresh instance each, or for a
/// session function as one session in the order sent. Which were answered.
fn traced_requests_answered(case: &Case, trace: &[u8], answers: &[Answer]) -> Vec<bool> {
    if !is_session(case) {
        return case
            .requests
            .iter()
            .zip(answers)
            .map(|(r, a)| oracle::check_sound(trace, r, Some(a), &case.name))
            .collect();
    }
    let results = oracle::evaluate_session(trace, &case.requests);
    oracle::check_session(&results, answers, &case.requests, &case.name);
    results.iter().map(Option::is_some).collect()
}

/// Variants of each request as one session against a fresh Node each.
fn session_soundness(case: &Case, trace: &[u8]) -> (usize, usize) {
    let (mut answered, mut total) = (0, 0);
    for request in &case.requests {
        let dir = oracle::real_workdir(&format!("corpus-{}-oracle", case.name));
        let mut node = VanillaNode::new(dir.path(), &case.source, RESPONSE_TIMEOUT_MS);
        let mut variants = oracle::variants(request, VARIANTS_PER_REQUEST);
        // A variant that crashes Node ends the instance: the session ends there.
        let expected: Vec<Answer> = variants.iter().map_while(|v| node.answer(v)).collect();
        variants.truncate(expected.len());
        let results = oracle::evaluate_session(trace, &variants);
        answered += oracle::check_session(&results, &expected, &variants, &case.name);
        total += variants.len();
    }
    (answered, total)
}

/// Known requests add nothing, however often they are repeated.
fn merging(case: &Case, agent: &Agent, addr: std::net::SocketAddr, answers: &[Answer]) {
    let before = trace_of(agent);
    for _ in 0..REPEATS {
        for (request, answer) in case.requests.iter().zip(answers) {
            let again = oracle::call(addr, request).expect("answer");
            // A session function's answers depend on the requests before.
            if !is_session(case) {
                assert_eq!(&again, answer, "{}: answer changed on repeat", case.name);
            }
        }
    }
    assert!(before == trace_of(agent), "{}: repeating known requests changed the trace", case.name);
}

/// A loop is one `while`: the trace after 10 iterations equals the one after 10,000.
fn loop_bounded(case: &Case) {
    let Some(loops) = case.meta.get("loop") else { return };
    let template = &case.requests[0];
    let traces: Vec<Vec<u8>> = ["small", "large"]
        .iter()
        .map(|size| {
            let (agent, addr) = start(case, "Tracing");
            oracle::call(addr, &body_with(template, &loops[size])).expect("answer");
            trace_of(&agent)
        })
        .collect();
    assert!(traces[0] == traces[1], "{}: trace size depends on the iteration count", case.name);
}

/// Soundness on variants: the evaluator answers like Node or says unknown.
fn soundness(case: &Case, trace: &[u8]) -> (usize, usize) {
    if is_session(case) {
        return session_soundness(case, trace);
    }
    let dir = oracle::real_workdir(&format!("corpus-{}-oracle", case.name));
    let mut node = VanillaNode::new(dir.path(), &case.source, RESPONSE_TIMEOUT_MS);
    let (mut answered, mut total) = (0, 0);
    for request in &case.requests {
        let variants = oracle::variants(request, VARIANTS_PER_REQUEST);
        assert_eq!(variants.len(), VARIANTS_PER_REQUEST, "{}: too few variants of {request}", case.name);
        for variant in variants {
            let reference = node.answer(&variant);
            total += 1;
            if oracle::check_sound(trace, &variant, reference.as_ref(), &case.name) {
                answered += 1;
            }
        }
    }
    (answered, total)
}

fn run(name: &str, min_answered: usize) {
    let case = load(name);
    let (agent, addr, answers) = fidelity_and_coverage(&case);
    merging(&case, &agent, addr, &answers);
    let trace = trace_of(&agent);
    let (answered, total) = soundness(&case, &trace);
    report_coverage(
        name,
        &format!("{name}: {answered}/{total} variants answered by the trace, the rest unknown; 0 mismatches"),
    );
    // The evaluator may learn to answer more; answering fewer is a regression.
    assert!(
        answered >= min_answered,
        "{name}: soundness coverage dropped: {answered}/{total} variants answered, at least {min_answered} expected"
    );
    loop_bounded(&case);
    conformance(&case, &trace);
    if let Some(slow) = case.meta["slow"].as_array() {
        for request in slow {
            let expected =
                VanillaNode::new(oracle::real_workdir("corpus-slow").path(), &case.source, RESPONSE_TIMEOUT_MS)
                    .answer(request);
            let actual = oracle::call(addr, request).expect("answer");
            assert_eq!(Some(&actual), expected.as_ref(), "{name}: Tracing and Vanilla differ on {request}");
            assert_eq!(actual.status, 504);
        }
    }
}

/// Reports which of docs/SPEC.md §5's downstream rules (the Containerless trace
/// compiler's) the trace breaks, and requires all seven of a trace that uses
/// only the table's kinds and operators (README, trace section).
fn conformance(case: &Case, trace: &[u8]) {
    let root = containerless::trace::parse_trace(trace).expect("a trace");
    let violations = containerless::trace::conformance(&root);
    let table_only = uses_only_the_table(&root);
    let mut broken: Vec<(Rule, usize)> = Vec::new();
    for v in &violations {
        match broken.iter_mut().find(|(r, _)| *r == v.rule) {
            Some((_, n)) => *n += 1,
            None => broken.push((v.rule, 1)),
        }
    }
    broken.sort();
    let verdict = if broken.is_empty() {
        "conforms".to_owned()
    } else {
        let rules: Vec<String> = broken.iter().map(|(r, n)| format!("rule {} ({n}x)", r.number())).collect();
        format!("breaks {}", rules.join(", "))
    };
    let scope = if table_only { "table only" } else { "uses extensions" };
    report("corpus-conformance", &case.name, &format!("{}: {verdict} [{scope}]", case.name));
    if table_only {
        assert!(
            violations.is_empty(),
            "{}: a table-only trace breaks docs/SPEC.md §5 rules: {violations:#?}",
            case.name
        );
    }
}

/// Whether the trace holds only the IR table's kinds and operators (no
/// `null`, `%`, `==`, bitwise operators, `**`, `in`, `!`, unary `+`, `~`,
/// `try`, `throw`, no `methodCall` on the namespaces `Object`, `Array`,
/// `Number` or `globalThis`).
fn uses_only_the_table(node: &Node) -> bool {
    use containerless::trace::{BinOp, Op1};
    let here = match node {
        Node::Null => false,
        Node::MethodCall { e, .. } => {
            !matches!(&**e, Node::Identifier { name } if ["Object", "Array", "Number", "globalThis"].contains(&name.as_str()))
        }
        Node::Binop { op, .. } => !matches!(
            op,
            BinOp::Rem
                | BinOp::LooseEq
                | BinOp::LooseNe
                | BinOp::BitAnd
                | BinOp::BitOr
                | BinOp::BitXor
                | BinOp::Shl
                | BinOp::Shr
                | BinOp::UShr
                | BinOp::Exp
                | BinOp::In
        ),
        Node::Op1 { op, .. } => matches!(op, Op1::Typeof | Op1::Void | Op1::Neg),
        Node::Try { .. } | Node::Throw { .. } => false,
        _ => true,
    };
    let mut all = here;
    node.for_each_child(|child| all = all && uses_only_the_table(child));
    all
}

/// `make test` prints these lines after the run (the test harness hides stdout of passing tests).
fn report_coverage(name: &str, line: &str) {
    report("corpus-coverage", name, line);
}

fn report(kind: &str, name: &str, line: &str) {
    println!("{kind} {line}");
    let dir = oracle::repo().join("target").join(kind);
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join(format!("{name}.txt")), format!("{line}\n"));
}

/// Each corpus function with the fewest variants its trace must answer
/// (today's figures: raise them when the evaluator answers more).
macro_rules! corpus {
    ($($name:ident: $min_answered:literal),* $(,)?) => {
        $( #[test] fn $name() { run(stringify!($name), $min_answered); } )*

        #[test]
        fn every_corpus_file_has_a_test() {
            let listed = [$(stringify!($name)),*];
            let dir = oracle::repo().join("tests/corpus");
            let mut on_disk: Vec<String> = std::fs::read_dir(&dir).expect("corpus dir")
                .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".js").map(str::to_string))
                .collect();
            on_disk.sort();
            let mut listed: Vec<String> = listed.iter().map(|s| s.to_string()).collect();
            listed.sort();
            assert_eq!(on_disk, listed);
            assert!(listed.len() >= 30, "the corpus holds at least 30 functions");
        }
    };
}

corpus!(
    array_destructuring: 32,
    array_exercises: 137,
    array_ops: 5,
    array_spread: 42,
    autocomplete: 120,
    bank_accounts: 200,
    bitwise_ops: 76,
    break_continue: 35,
    callback_order: 40,
    char_classes: 14,
    coercions: 80,
    control_flow: 90,
    counter_closure: 40,
    default_504: 8,
    destructuring: 40,
    do_while: 57,
    early_return_loop: 54,
    echo_body: 60,
    error_objects: 133,
    factorial: 27,
    fizzbuzz: 57,
    for_in: 2,
    for_of: 21,
    get_callback: 38,
    grade_book: 114,
    hello: 40,
    higher_order: 60,
    json_roundtrip: 35,
    leaderboard: 171,
    logged_counter: 60,
    logical_ops: 59,
    map_filter_reduce: 35,
    math_ops: 60,
    maze_solver: 180,
    nested_callbacks: 38,
    nested_closures: 38,
    object_build: 40,
    optional_chaining: 75,
    order_builtins: 100,
    parameter_patterns: 29,
    path_router: 60,
    respond_types: 120,
    settings_merge: 60,
    spread_calls: 42,
    string_format: 80,
    safe_parse: 140,
    string_ops: 8,
    sum_loop: 57,
    switch_case: 76,
    template_literals: 38,
    top_level_config: 40,
    typeof_checks: 28,
    unsupported_mix: 77,
    validation: 59,
    validation_throw: 155,
    word_count: 8,
);
