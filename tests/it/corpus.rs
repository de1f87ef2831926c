//! The corpus (`tests/corpus/*.js`, each with its requests in a `.json`
//! beside it), run through the real agent in both modes and checked against
//! docs/SPEC.md §5's properties: fidelity (Tracing answers equal Vanilla answers),
//! valid traces, merging (known requests add nothing; a loop is one `while`
//! however often it runs) and soundness (the evaluator answers exactly as
//! Node, or says unknown, on the traced requests and on generated variants).

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
    for (request, answer) in case.requests.iter().zip(&answers) {
        let answered = oracle::check_sound(&trace, request, Some(answer), &case.name);
        let path = request["path"].as_str().unwrap_or("/");
        if expect_unknown.contains(&path) {
            assert!(!answered, "{}: {path} runs untraced constructs, so its path must be unknown", case.name);
        } else {
            assert!(answered, "{}: a traced request is not covered by the trace: {request}", case.name);
        }
    }
    (tracing_agent, tracing, answers)
}

/// Known requests add nothing, however often they are repeated.
fn merging(case: &Case, agent: &Agent, addr: std::net::SocketAddr, answers: &[Answer]) {
    let before = trace_of(agent);
    for _ in 0..REPEATS {
        for (request, answer) in case.requests.iter().zip(answers) {
            assert_eq!(
                &oracle::call(addr, request).expect("answer"),
                answer,
                "{}: answer changed on repeat",
                case.name
            );
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

/// Reports which of SPEC §5's downstream rules (the Containerless trace
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
        assert!(violations.is_empty(), "{}: a table-only trace breaks SPEC §5 rules: {violations:#?}", case.name);
    }
}

/// Whether the trace holds only the IR table's kinds and operators (no
/// `null`, `%`, `==`, `!`, unary `+`).
fn uses_only_the_table(node: &Node) -> bool {
    use containerless::trace::{BinOp, Op1};
    let here = match node {
        Node::Null => false,
        Node::Binop { op, .. } => !matches!(op, BinOp::Rem | BinOp::LooseEq | BinOp::LooseNe),
        Node::Op1 { op, .. } => matches!(op, Op1::Typeof | Op1::Void | Op1::Neg),
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
    array_ops: 5,
    break_continue: 35,
    callback_order: 40,
    coercions: 80,
    counter_closure: 40,
    default_504: 8,
    destructuring: 40,
    do_while: 57,
    early_return_loop: 54,
    echo_body: 60,
    factorial: 27,
    fizzbuzz: 57,
    get_callback: 38,
    hello: 40,
    higher_order: 60,
    json_roundtrip: 35,
    logical_ops: 59,
    map_filter_reduce: 35,
    math_ops: 60,
    nested_callbacks: 38,
    nested_closures: 38,
    object_build: 40,
    path_router: 60,
    respond_types: 120,
    string_ops: 8,
    sum_loop: 57,
    switch_case: 76,
    template_literals: 38,
    top_level_config: 40,
    typeof_checks: 28,
    unsupported_mix: 54,
    validation: 59,
    word_count: 8,
);
