//! Differential soundness testing on generated functions (`differential/gen.rs`):
//! programs that mix what the tracer models with what it does not, closures
//! made in loops, parameter scopes, block functions, state kept across
//! requests and outgoing calls to an upstream that sometimes misbehaves.
//!
//! For each program:
//! - the trace is built twice, by two agents in Tracing mode, with the
//!   training requests in order and in reverse (so every pair of paths is
//!   learnt both ways); every Tracing answer must equal the answer of a
//!   Vanilla Node fed the same requests in the same order (fidelity);
//! - both traces evaluate every training request and every probe (requests
//!   never used for training); whatever a trace answers must equal what a
//!   fresh Node instance answers to that request alone (soundness);
//! - a program of the classic traced subset must have every request that
//!   built a trace answered by it (coverage);
//! - a stateful program's traces are also evaluated as sessions (docs/SPEC.md §5):
//!   the training requests in the order that built each trace, and the
//!   probes in order, each against one long-lived Vanilla Node fed the same
//!   requests; whatever a session answers must be that Node's answer, and
//!   nothing after an unknown. Without constructs the tracer does not
//!   model, every training request of the session is answered.
//!
//! `make test` runs a fixed seed and 60 programs. The long campaign (2,000
//! programs, see the README):
//! `DIFFERENTIAL_SEED=7 DIFFERENTIAL_PROGRAMS=500 cargo test --release --test it differential_share -- --nocapture`.
//! `DIFFERENTIAL_SAMPLED=1` runs the agents with `--trace-settle 1
//! --trace-sample 2` (docs/SPEC.md §5 "Tracing cost"): most requests after
//! the first few run untraced, between traced ones, on the same program
//! state. Fidelity and soundness are checked as always; coverage is not
//! (an untraced request need not be in the trace).

mod gen;
mod regressions;

use crate::common::oracle::{self, Answer, VanillaNode};
use crate::common::*;

/// Long enough for an outgoing call on a loaded machine: only a handler that
/// never responds waits it out, and generated handlers always respond.
const RESPONSE_TIMEOUT_MS: u64 = 3000;
const TRAINING: usize = 6;
const PROBES: usize = 8;
/// Programs per test function; four test functions run side by side.
const DEFAULT_PROGRAMS: u64 = 15;

/// `DIFFERENTIAL_SAMPLED=1`: few requests traced (see above).
fn sampled() -> bool {
    std::env::var("DIFFERENTIAL_SAMPLED").is_ok_and(|v| v == "1")
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[derive(Default)]
struct Tally {
    programs: usize,
    classic: usize,
    stateful: usize,
    outgoing: usize,
    unmodelled: usize,
    /// Training requests evaluated on the traces they built.
    trained: usize,
    trained_answered: usize,
    probes: usize,
    probes_answered: usize,
    /// Requests of stateful programs evaluated as sessions.
    session_requests: usize,
    session_answered: usize,
}

/// Answers of a fresh instance: a stateless program's one Vanilla Node is
/// as fresh for every request as a new one; a stateful program gets a new
/// Node per request. Started only when a trace answers something.
struct Fresh<'p> {
    program: &'p gen::Program,
    dir: TempDir,
    shared: Option<VanillaNode>,
}

impl Fresh<'_> {
    fn answer(&mut self, request: &Value) -> Option<Answer> {
        if self.program.features.state {
            return VanillaNode::new(self.dir.path(), &self.program.source, RESPONSE_TIMEOUT_MS).answer(request);
        }
        let (dir, source) = (self.dir.path(), &self.program.source);
        self.shared.get_or_insert_with(|| VanillaNode::new(dir, source, RESPONSE_TIMEOUT_MS)).answer(request)
    }
}

/// A trace, the requests that built it in order, and the long-lived
/// Vanilla Node's answers to them.
type Trained = (Vec<u8>, Vec<Value>, Vec<Answer>);

/// Trains an agent with `order`, checking every answer against Vanilla
/// (`node`, fed the same requests in the same order); returns the trace,
/// the requests that reached it and their answers.
fn train(tag: &str, program: &gen::Program, order: &[&Value], context: &str, node: &mut VanillaNode) -> Trained {
    let timeout = RESPONSE_TIMEOUT_MS.to_string();
    let flags: &[&str] = if sampled() { &["--trace-settle", "1", "--trace-sample", "2"] } else { &[] };
    let agent = Agent::start_in_env(
        oracle::real_workdir(&format!("differential-{tag}-agent")),
        flags,
        &[("CONTAINERLESS_RESPONSE_TIMEOUT_MS", timeout.as_str())],
    );
    let port = agent.start_function("Tracing", &program.source);
    let function = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    let mut traced = Vec::new();
    let mut answers = Vec::new();
    for request in order {
        let expected = node.answer(request);
        let actual = oracle::call(function, request).ok();
        assert_eq!(actual, expected, "{context}\nTracing and Vanilla differ on {request} (training {tag})");
        if expected.is_none() {
            break; // the function crashed in both modes: nothing more to trace
        }
        traced.push((*request).clone());
        answers.extend(expected);
    }
    let trace = agent.get("/trace").body;
    if let Err(problems) = containerless::trace::validate_json(&trace) {
        panic!("{context}\ninvalid trace {problems:?}:\n{}", String::from_utf8_lossy(&trace));
    }
    (trace, traced, answers)
}

/// A stateful program's traces as sessions: the training requests in the
/// order that built each, and the probes, against one long-lived Node.
fn check_sessions(program: &gen::Program, traces: &[Trained], context: &str, tally: &mut Tally) {
    let dir = oracle::real_workdir("differential-session");
    let mut node = VanillaNode::new(dir.path(), &program.source, RESPONSE_TIMEOUT_MS);
    // A probe that crashes Node ends the instance: the session ends there.
    let expected: Vec<Answer> = program.probes.iter().map_while(|r| node.answer(r)).collect();
    let probes = &program.probes[..expected.len()];
    let must_cover = !sampled() && program.session_covered;
    for (trace, traced, answers) in traces {
        let results = oracle::evaluate_session(trace, traced);
        let answered = oracle::check_session(&results, answers, traced, &format!("{context}\ntraining session"));
        assert!(
            answered == traced.len() || !must_cover,
            "{context}\nthe training session is not covered: {results:?}\n{}",
            String::from_utf8_lossy(trace)
        );
        let results = oracle::evaluate_session(trace, probes);
        let probed = oracle::check_session(&results, &expected, probes, &format!("{context}\nprobe session"));
        tally.session_requests += traced.len() + probes.len();
        tally.session_answered += answered + probed;
    }
}

/// Trains `program` in both orders and checks both traces on every
/// training request and probe against a fresh Node; `must_answer` lists
/// requests both traces must answer, besides the training requests of a
/// program that must cover them, and `must_not_answer` those both must
/// leave `unknown` (where the compiler is deliberately conservative).
fn check(tag: &str, program: &gen::Program, must_answer: &[Value], must_not_answer: &[Value], tally: &mut Tally) {
    let context = format!("program {tag} ({:?}):\n{}", program.features, program.source);
    let forward: Vec<&Value> = program.training.iter().collect();
    let reverse: Vec<&Value> = program.training.iter().rev().collect();
    let dir = oracle::real_workdir(&format!("differential-{tag}-vanilla"));
    let vanilla = || VanillaNode::new(dir.path(), &program.source, RESPONSE_TIMEOUT_MS);
    // A stateless program answers a request the same whatever came before,
    // so one Vanilla Node serves both trainings and the fresh answers; a
    // stateful one gets a new Node for each training (and each fresh answer).
    // (A VanillaNode starts its process only when first asked.)
    let mut shared = vanilla();
    let forward_trace = train(&format!("{tag}-forward"), program, &forward, &context, &mut shared);
    let mut own = vanilla();
    let reverse_node = if program.features.state { &mut own } else { &mut shared };
    let traces = [forward_trace, train(&format!("{tag}-reverse"), program, &reverse, &context, reverse_node)];

    let shared = (!program.features.state).then_some(shared);
    let mut fresh = Fresh { program, dir: oracle::real_workdir(&format!("differential-{tag}-fresh")), shared };
    let mut answer_of: Vec<(Value, Option<Answer>)> = Vec::new();
    let mut reference = |request: &Value| -> Option<Answer> {
        if let Some((_, known)) = answer_of.iter().find(|(r, _)| r == request) {
            return known.clone();
        }
        let known = fresh.answer(request);
        answer_of.push((request.clone(), known.clone()));
        known
    };
    let mut sound = |trace: &[u8], request: &Value| -> bool {
        match oracle::evaluate(trace, request) {
            None => false,
            Some(answer) if must_not_answer.contains(request) => {
                panic!("{context}\nthe trace answers {answer:?} for {request}, which must stay unknown")
            }
            Some(answer) => {
                let node = reference(request);
                assert_eq!(
                    Some(&answer),
                    node.as_ref(),
                    "{context}\nthe trace answers differently from a fresh Node for {request}\ntrace: {}",
                    String::from_utf8_lossy(trace)
                );
                true
            }
        }
    };
    for (trace, traced, _) in &traces {
        for request in traced {
            let answered = sound(trace, request);
            let required = !sampled() && (program.covered || must_answer.contains(request));
            assert!(
                answered || !required,
                "{context}\ntraced request not covered: {request}\n{}",
                String::from_utf8_lossy(trace)
            );
            tally.trained += 1;
            tally.trained_answered += answered as usize;
        }
        for request in &program.probes {
            let answered = sound(trace, request);
            assert!(
                answered || sampled() || !must_answer.contains(request),
                "{context}\nprobe not covered: {request}\n{}",
                String::from_utf8_lossy(trace)
            );
            tally.probes += 1;
            tally.probes_answered += answered as usize;
        }
    }
    if program.features.state {
        check_sessions(program, &traces, &context, tally);
    }
    let f = program.features;
    tally.programs += 1;
    tally.classic += f.classic() as usize;
    tally.stateful += f.state as usize;
    tally.outgoing += f.outgoing as usize;
    tally.unmodelled += f.unmodelled as usize;
}

fn check_program(seed: u64, tally: &mut Tally) {
    let program = gen::program(&mut gen::Rng::new(seed), TRAINING, PROBES, crate::common::upstream::url());
    check(&format!("seed-{seed}"), &program, &[], &[], tally);
}

fn run_share(share: u64) {
    let base = env_u64("DIFFERENTIAL_SEED", 1);
    let programs = env_u64("DIFFERENTIAL_PROGRAMS", DEFAULT_PROGRAMS);
    let mut t = Tally::default();
    for i in 0..programs {
        check_program(base * 1_000_003 + share * 100_000 + i, &mut t);
    }
    println!(
        "differential share {share}: {} programs ({} classic, {} with unmodelled constructs, {} stateful, {} with outgoing calls), \
         trained in two orders; traced requests answered {}/{}, probes answered {}/{} (the rest unknown); \
         stateful sessions answered {}/{}; 0 mismatches",
        t.programs,
        t.classic,
        t.unmodelled,
        t.stateful,
        t.outgoing,
        t.trained_answered,
        t.trained,
        t.probes_answered,
        t.probes,
        t.session_answered,
        t.session_requests
    );
}

/// The known holes, as fixed programs (`differential/regressions.rs`).
fn run_regressions(share: usize) {
    let mut t = Tally::default();
    // `REGRESSION=closure` runs only the cases whose name holds that text.
    let only = std::env::var("REGRESSION").unwrap_or_default();
    let cases = regressions::all().into_iter().enumerate().filter(|(_, c)| c.name.contains(only.as_str()));
    for (i, case) in cases.filter(|(i, _)| i % 4 == share) {
        let tag = format!("regression-{i}");
        eprintln!("{tag}: {}", case.name);
        check(&tag, &case.program, &case.must_answer, &case.must_not_answer, &mut t);
    }
    println!(
        "regressions share {share}: {} programs, traced requests answered {}/{}, probes answered {}/{}; \
         stateful sessions answered {}/{}; 0 mismatches",
        t.programs, t.trained_answered, t.trained, t.probes_answered, t.probes, t.session_answered, t.session_requests
    );
}

#[test]
fn regressions_share_0() {
    run_regressions(0);
}

#[test]
fn regressions_share_1() {
    run_regressions(1);
}

#[test]
fn regressions_share_2() {
    run_regressions(2);
}

#[test]
fn regressions_share_3() {
    run_regressions(3);
}

#[test]
fn differential_share_0() {
    run_share(0);
}

#[test]
fn differential_share_1() {
    run_share(1);
}

#[test]
fn differential_share_2() {
    run_share(2);
}

#[test]
fn differential_share_3() {
    run_share(3);
}

/// The generator itself is deterministic and yields syntactically valid JavaScript.
#[test]
fn generated_programs_parse() {
    for seed in 0..200 {
        let a = gen::program(&mut gen::Rng::new(seed), 3, 3, "http://127.0.0.1:9");
        let b = gen::program(&mut gen::Rng::new(seed), 3, 3, "http://127.0.0.1:9");
        assert_eq!(a.source, b.source);
        assert_eq!((&a.training, &a.probes), (&b.training, &b.probes));
        assert!(a.probes.iter().all(|p| !a.training.contains(p)), "seed {seed}: a probe was used for training");
        let dir = TempDir::new("gen-parse");
        let file = dir.path().join("f.js");
        std::fs::write(&file, &a.source).expect("write");
        let out = std::process::Command::new("node").arg("--check").arg(&file).output().expect("node");
        assert!(out.status.success(), "seed {seed}: {}\n{}", String::from_utf8_lossy(&out.stderr), a.source);
    }
}

/// Prints the program of one seed: `DIFFERENTIAL_PRINT=1200010 cargo test --test it print_program -- --ignored --nocapture`.
#[test]
#[ignore]
fn print_program() {
    let seed = env_u64("DIFFERENTIAL_PRINT", 1);
    let program = gen::program(&mut gen::Rng::new(seed), TRAINING, PROBES, crate::common::upstream::url());
    println!("{:?}\n{}", program.features, program.source);
    for request in program.training.iter().chain(&program.probes) {
        println!("{request}");
    }
}
