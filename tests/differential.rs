//! Differential testing: random functions in the traced subset, run by Node
//! (Vanilla, the reference), by the agent in Tracing mode, and by the
//! evaluator on the resulting trace. Tracing must answer exactly like Vanilla;
//! the evaluator must answer exactly like Node or say unknown, and must
//! answer every request that was traced.
//!
//! `make test` runs a fixed seed and a bounded count. For a longer hunt:
//! `DIFFERENTIAL_SEED=7 DIFFERENTIAL_PROGRAMS=400 cargo test --release --test differential -- --nocapture`.

mod common;
#[path = "differential/gen.rs"]
mod gen;

use common::oracle::{self, VanillaNode};
use common::*;

const RESPONSE_TIMEOUT_MS: u64 = 400;
const TRACED_REQUESTS: usize = 6;
const FRESH_REQUESTS: usize = 6;
/// Programs per test function; four test functions run side by side.
const DEFAULT_PROGRAMS: u64 = 10;

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

struct Tally {
    programs: usize,
    traced: usize,
    fresh: usize,
    fresh_answered: usize,
}

fn check_program(seed: u64, tally: &mut Tally) {
    let mut rng = gen::Rng::new(seed);
    let program = gen::program(&mut rng, TRACED_REQUESTS + FRESH_REQUESTS);
    let context = format!("program seed {seed}:\n{}", program.source);
    let (traced, fresh) = program.requests.split_at(TRACED_REQUESTS);

    let dir = oracle::real_workdir(&format!("differential-{seed}"));
    let mut node = VanillaNode::new(dir.path(), &program.source, RESPONSE_TIMEOUT_MS);
    let timeout = RESPONSE_TIMEOUT_MS.to_string();
    let agent = Agent::start_in_env(
        oracle::real_workdir(&format!("differential-{seed}-agent")),
        &[],
        &[("CONTAINERLESS_RESPONSE_TIMEOUT_MS", timeout.as_str())],
    );
    let port = agent.start_function("Tracing", &program.source);
    let function = std::net::SocketAddr::from(([127, 0, 0, 1], port));

    let mut answers = Vec::new();
    for request in traced {
        let expected = node.answer(request);
        let actual = oracle::call(function, request).ok();
        assert_eq!(actual, expected, "{context}\nTracing and Vanilla differ on {request}");
        if expected.is_none() {
            break; // the function crashed in both modes: nothing more to trace
        }
        answers.push((request, expected));
    }
    let trace = agent.get("/trace").body;
    if let Err(problems) = containerless::trace::validate::validate_json(&trace) {
        panic!("{context}\ninvalid trace {problems:?}:\n{}", String::from_utf8_lossy(&trace));
    }
    for (request, answer) in &answers {
        let answered = oracle::check_sound(&trace, request, answer.as_ref(), &context);
        assert!(answered, "{context}\ntraced request not covered: {request}\n{}", String::from_utf8_lossy(&trace));
        tally.traced += 1;
    }
    for request in fresh {
        let reference = node.answer(request);
        tally.fresh += 1;
        if oracle::check_sound(&trace, request, reference.as_ref(), &context) {
            tally.fresh_answered += 1;
        }
    }
    tally.programs += 1;
}

fn run_share(share: u64) {
    let base = env_u64("DIFFERENTIAL_SEED", 1);
    let programs = env_u64("DIFFERENTIAL_PROGRAMS", DEFAULT_PROGRAMS);
    let mut tally = Tally { programs: 0, traced: 0, fresh: 0, fresh_answered: 0 };
    for i in 0..programs {
        check_program(base * 1_000_003 + share * 100_000 + i, &mut tally);
    }
    println!(
        "differential share {share}: {} programs, {} traced requests all answered, {}/{} fresh requests answered (rest unknown), 0 mismatches",
        tally.programs, tally.traced, tally.fresh_answered, tally.fresh
    );
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
    for seed in 0..50 {
        let a = gen::program(&mut gen::Rng::new(seed), 3);
        let b = gen::program(&mut gen::Rng::new(seed), 3);
        assert_eq!(a.source, b.source);
        assert_eq!(a.requests, b.requests);
        let dir = TempDir::new("gen-parse");
        let file = dir.path().join("f.js");
        std::fs::write(&file, &a.source).expect("write");
        let out = std::process::Command::new("node").arg("--check").arg(&file).output().expect("node");
        assert!(out.status.success(), "seed {seed}: {}\n{}", String::from_utf8_lossy(&out.stderr), a.source);
    }
}

/// Prints the program of one seed: `DIFFERENTIAL_PRINT=1200010 cargo test --test differential print_program -- --ignored --nocapture`.
#[test]
#[ignore]
fn print_program() {
    let seed = env_u64("DIFFERENTIAL_PRINT", 1);
    let program = gen::program(&mut gen::Rng::new(seed), TRACED_REQUESTS + FRESH_REQUESTS);
    println!("{}", program.source);
    for request in &program.requests {
        println!("{request}");
    }
}
