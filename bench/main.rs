//! `cargo bench --bench agent` (`make bench`): the agent's performance
//! figures, each a ratio or a count measured side by side in one run, so
//! that a shared, noisy machine moves both sides alike. Drives the release
//! binary on loopback with OS-picked ports, real Node and the real runtime
//! library; prints a table with PASS/MISS per target and writes
//! `bench/results.json`. See the README's benchmark section.
//!
//! Flags (after `--`): `--quick` (fewer, shorter runs, for development),
//! `--only cold,overhead,profile,growth,footprint,control,eval`, `--no-write`.
//! Partial and quick runs write `target/bench-partial.json` instead.
//! Without `--bench` (as `cargo test --all-targets` runs it) the binary
//! runs the checks of `selftest.rs` instead.
//! `--load ADDR TARGET BODY SECONDS` only loads a server with one POST
//! (8 connections), for profiling a function started by hand.
//! A full run also rewrites the README's results table; `--readme` only
//! does that, from `bench/results.json`.

mod agent;
mod coldstart;
mod corpus;
mod evaluator;
mod footprint;
mod growth;
mod http;
mod load;
mod machine;
mod overhead;
mod profile;
mod report;
mod selftest;
mod stats;

use std::time::{Duration, Instant};

use report::Section;

const SECTIONS: &[&str] = &["cold", "overhead", "profile", "growth", "footprint", "control", "eval"];

/// `--load ADDR TARGET BODY SECONDS`: only run the load generator against a
/// server (e.g. a function started by hand under `node --cpu-prof`).
struct LoadOnly {
    addr: std::net::SocketAddr,
    target: String,
    body: String,
    seconds: f64,
}

struct Options {
    /// `cargo bench` passes `--bench`; without it (`cargo test`) the
    /// binary checks its own parts instead of benchmarking.
    bench: bool,
    load_only: Option<LoadOnly>,
    quick: bool,
    only: Option<Vec<String>>,
    write: bool,
    readme_only: bool,
}

impl Options {
    fn parse() -> Result<Options, String> {
        let mut options = Options {
            bench: std::env::args().any(|arg| arg == "--bench"),
            load_only: None,
            quick: false,
            only: None,
            write: true,
            readme_only: false,
        };
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--quick" => options.quick = true,
                "--no-write" => options.write = false,
                "--readme" => options.readme_only = true,
                "--load" => {
                    let mut next = |what: &str| args.next().ok_or(format!("--load needs {what}"));
                    let addr = next("ADDR")?.parse().map_err(|_| "--load: bad ADDR")?;
                    let (target, body) = (next("TARGET")?, next("BODY")?);
                    let seconds = next("SECONDS")?.parse().map_err(|_| "--load: bad SECONDS")?;
                    options.load_only = Some(LoadOnly { addr, target, body, seconds });
                }
                "--only" => {
                    let list = args.next().ok_or("--only needs a list")?;
                    let names: Vec<String> = list.split(',').map(str::to_string).collect();
                    if let Some(bad) = names.iter().find(|name| !SECTIONS.contains(&name.as_str())) {
                        return Err(format!("unknown section {bad}; known: {}", SECTIONS.join(",")));
                    }
                    options.only = Some(names);
                }
                "--bench" => {}
                other if other.starts_with('-') && options.bench => return Err(format!("unknown flag {other}")),
                // Test-runner flags and filters (`cargo test`): not ours.
                _ => {}
            }
        }
        Ok(options)
    }

    fn wants(&self, section: &str) -> bool {
        self.only.as_ref().is_none_or(|only| only.iter().any(|name| name == section))
    }
}

fn or_error(key: &'static str, figure: &str, result: Result<Section, String>) -> Section {
    result.unwrap_or_else(|err| {
        let mut section = Section::new(key);
        section.row(figure, format!("error: {}", err.lines().next().unwrap_or("")), "", report::Verdict::Miss);
        section.details = serde_json::json!({"error": err});
        section
    })
}

fn main() {
    let options = match Options::parse() {
        Ok(options) => options,
        Err(err) => {
            eprintln!("bench: {err}");
            std::process::exit(2);
        }
    };
    if !options.bench && options.load_only.is_none() {
        std::process::exit(selftest::run());
    }
    if options.readme_only {
        let path = agent::repo().join("bench/results.json");
        match std::fs::read_to_string(&path)
            .map_err(|err| err.to_string())
            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).map_err(|err| err.to_string()))
        {
            Ok(results) if refresh_readme(&results) => return,
            Ok(_) => {}
            Err(err) => eprintln!("bench: cannot read {}: {err}", path.display()),
        }
        std::process::exit(1);
    }
    if let Some(load) = &options.load_only {
        let outcome = load::run(&load::Spec {
            addr: load.addr,
            requests: std::sync::Arc::new(vec![http::post_json(&load.target, &load.body)]),
            expect_body: None,
            connections: 8,
            threads: 2,
            stop: load::Stop::After(Duration::from_secs_f64(load.seconds)),
            warm: true,
        });
        println!(
            "{:.0} req/s ({} responses, {} wrong, {} errors)",
            outcome.per_second(),
            outcome.responses,
            outcome.wrong,
            outcome.errors
        );
        return;
    }
    let started = Instant::now();
    let machine = machine::describe();
    let tracing = agent::tracing_available();
    if !tracing {
        eprintln!("bench: js-transform.sh or the tracing runtime is missing: Tracing-mode figures are skipped");
    } else if let Err(err) = agent::bundle_tracing_runtime() {
        eprintln!("bench: cannot bundle the tracing runtime ({err}): Tracing mode loads its sources");
    }
    let quick = options.quick;
    let mut sections = Vec::new();
    let mut step = |name: &str, run: &mut dyn FnMut() -> Section| {
        if options.wants(name) {
            eprintln!("bench: {name} ({:.0} s so far)", started.elapsed().as_secs_f64());
            sections.push(run());
        }
    };
    step("cold", &mut || or_error("coldStart", "cold start", coldstart::measure(if quick { 5 } else { 20 }, tracing)));
    step("overhead", &mut || {
        overhead::measure(
            overhead::Settings {
                rounds: if quick { 1 } else { 3 },
                run: Duration::from_millis(if quick { 500 } else { 1500 }),
                // V8 is still optimizing the tracer 2–4 s into a load; the
                // figures are of the steady state a long-lived function reaches.
                warmup: Duration::from_millis(if quick { 300 } else { 3000 }),
                connections: 8,
                threads: 2,
            },
            tracing,
        )
    });
    step("profile", &mut || {
        profile::measure(
            profile::Settings {
                // As the overhead section's: past V8's optimizing.
                warmup: Duration::from_millis(if quick { 500 } else { 3000 }),
                run: Duration::from_millis(if quick { 1000 } else { 2000 }),
            },
            tracing,
        )
    });
    step("growth", &mut || growth::measure(tracing));
    step("footprint", &mut || {
        or_error("footprint", "agent footprint", footprint::measure_footprint(if quick { 2_000 } else { 10_000 }))
    });
    step("control", &mut || {
        let settings = footprint::ControlSettings {
            connections: 64,
            threads: 2,
            rounds: if quick { 1 } else { 3 },
            run: Duration::from_millis(if quick { 500 } else { 2000 }),
            warmup: Duration::from_millis(500),
        };
        or_error("controlApi", "control API", footprint::measure_control_api(&settings))
    });
    step("eval", &mut || {
        let mut subjects = Vec::new();
        let mut missing = None;
        if tracing {
            match corpus::largest_trace() {
                Ok(subject) => subjects.push(subject),
                Err(err) => missing = Some(err),
            }
        }
        subjects.push(evaluator::synthetic_subject());
        let mut section = or_error("evaluator", "evaluator", evaluator::measure(&subjects, if quick { 5 } else { 20 }));
        match (tracing, missing) {
            (false, _) => section.row(
                "eval-trace, largest corpus trace",
                "not measured: the tracing compiler is not in this checkout",
                "reported",
                report::Verdict::Skipped,
            ),
            (true, Some(err)) => section.row(
                "eval-trace, largest corpus trace",
                format!("error: {err}"),
                "reported",
                report::Verdict::Miss,
            ),
            _ => {}
        }
        section
    });
    let seconds = started.elapsed().as_secs_f64();
    let mut machine = machine;
    machine["loadAverageAtEnd"] = serde_json::json!(machine::load_average());
    let table = report::table(&sections);
    println!();
    println!(
        "Containerless agent benchmark ({} on {}, {} cores; {:.0} s)",
        machine["date"].as_str().unwrap_or("?"),
        machine["cpu"].as_str().unwrap_or("?"),
        machine["cores"],
        seconds
    );
    println!();
    print!("{table}");
    let results = report::to_json(machine, &sections, seconds);
    let full_run = options.only.is_none() && !options.quick;
    // A partial or quick run must not overwrite the published figures.
    let path = if full_run {
        agent::repo().join("bench/results.json")
    } else {
        agent::repo().join("target/bench-partial.json")
    };
    if options.write {
        match serde_json::to_string_pretty(&results) {
            Ok(text) => match std::fs::write(&path, text + "\n") {
                Ok(()) => {
                    println!("\nwritten to {}", path.display());
                    if full_run {
                        let _ = refresh_readme(&results);
                    }
                }
                Err(err) => eprintln!("bench: cannot write {}: {err}", path.display()),
            },
            Err(err) => eprintln!("bench: cannot serialize the results: {err}"),
        }
    }
}

/// Rewrites the README's results table from `results`; false on failure
/// (said on stderr).
fn refresh_readme(results: &serde_json::Value) -> bool {
    let path = agent::repo().join("README.md");
    let updated = std::fs::read_to_string(&path)
        .map_err(|err| err.to_string())
        .and_then(|readme| report::replace_results(&readme, &report::readme_results(results)));
    match updated.and_then(|text| std::fs::write(&path, text).map_err(|err| err.to_string())) {
        Ok(()) => {
            println!("and into the results table of {}", path.display());
            true
        }
        Err(err) => {
            eprintln!("bench: cannot refresh the table in {}: {err}", path.display());
            false
        }
    }
}
