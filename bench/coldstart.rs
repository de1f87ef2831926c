//! Cold start and compile cost.
//!
//! Agent cold start: from just before `POST /init` is sent to an agent that
//! is already listening, until the agent's log line saying the function is
//! ready (written when the state becomes `running`). The reference is a
//! plain Node `http` server (`bench/plain_server.js`) from spawn until its
//! own "listening" line. Samples of every kind are interleaved round by round
//! (alternating the order), so drift on the shared machine hits all alike.

use serde_json::{json, Value};

use crate::agent::{self, Agent, Mode};
use crate::report::{Section, Verdict};
use crate::stats::{median, ms, summary};

/// The seed README's demo function.
pub const SEED_DEMO: &str = "let containerless = require('containerless'); containerless.listen(function(req) { console.log('Got a response'); containerless.respond('hi'); });";

pub const COLD_START_TARGET: f64 = 1.15;
pub const COMPILE_COST_TARGET_MS: f64 = 10.0;

/// The largest function of `tests/corpus` by size: `(name, source)`.
pub fn largest_corpus_function() -> Result<(String, String), String> {
    let dir = agent::repo().join("tests/corpus");
    let entries = std::fs::read_dir(&dir).map_err(|err| format!("{}: {err}", dir.display()))?;
    let mut best: Option<(u64, String, std::path::PathBuf)> = None;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|ext| ext == "js") {
            let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
            let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            // Ties go to the first name in order, so the choice is stable.
            let better = match &best {
                None => true,
                Some((best_size, best_name, _)) => size > *best_size || (size == *best_size && name < *best_name),
            };
            if better {
                best = Some((size, name, path));
            }
        }
    }
    let (_, name, path) = best.ok_or("no corpus function")?;
    let source = std::fs::read_to_string(&path).map_err(|err| format!("{}: {err}", path.display()))?;
    Ok((name, source))
}

/// One agent cold start: milliseconds from `/init` to `running`, and the
/// agent's own `/info` timings.
fn agent_sample(mode: Mode, code: &str) -> Result<(f64, Value), String> {
    let mut agent = Agent::start("cold")?;
    // The agent logs its address before its workers start: one answered
    // request shows it is fully up, as it is when a controller calls /init.
    agent.get("/status")?;
    let sent = agent.init(mode, code)?;
    let (running, _) = agent.wait_running()?;
    let info = agent.info()?;
    Ok((ms(running - sent), json!({"compileMs": info["compileMs"], "startMs": info["startMs"]})))
}

fn bare_sample() -> Result<f64, String> {
    let (took, _server) = agent::bare_node_start()?;
    Ok(ms(took))
}

fn runtime_sample() -> Result<f64, String> {
    let (took, _server) = agent::runtime_node_start(SEED_DEMO)?;
    Ok(ms(took))
}

#[derive(Default)]
struct Series {
    samples: Vec<f64>,
    agent_timings: Vec<Value>,
    errors: Vec<String>,
}

impl Series {
    fn record(&mut self, result: Result<(f64, Value), String>) {
        match result {
            Ok((value, timings)) => {
                self.samples.push(value);
                self.agent_timings.push(timings);
            }
            Err(err) => self.errors.push(err),
        }
    }

    /// Median of a millisecond field of the agent's `/info`.
    fn info_median(&self, field: &str) -> f64 {
        let values: Vec<f64> = self.agent_timings.iter().filter_map(|info| info[field].as_f64()).collect();
        median(&values)
    }

    fn details(&self) -> Value {
        json!({"ms": summary(&self.samples), "agentInfo": self.agent_timings, "errors": self.errors})
    }
}

pub fn measure(samples: usize, with_tracing: bool) -> Result<Section, String> {
    let (largest_name, largest) = largest_corpus_function()?;
    // Index 0 is the reference, 1 the figure; the last kind (Node with the
    // runtime library, no agent) splits the difference between the two.
    let kinds: Vec<(&str, Option<(Mode, &str)>)> = {
        let mut kinds = vec![("bare node", None), ("vanilla demo", Some((Mode::Vanilla, SEED_DEMO)))];
        if with_tracing {
            kinds.push(("tracing demo", Some((Mode::Tracing, SEED_DEMO))));
            kinds.push(("vanilla largest", Some((Mode::Vanilla, largest.as_str()))));
            kinds.push(("tracing largest", Some((Mode::Tracing, largest.as_str()))));
        }
        kinds.push(("runtime library without agent", None));
        kinds
    };
    let mut series: Vec<Series> = kinds.iter().map(|_| Series::default()).collect();
    for round in 0..samples {
        let mut order: Vec<usize> = (0..kinds.len()).collect();
        if round % 2 == 1 {
            order.reverse();
        }
        for index in order {
            match kinds[index].1 {
                None if index == 0 => series[index].record(bare_sample().map(|v| (v, Value::Null))),
                None => series[index].record(runtime_sample().map(|v| (v, Value::Null))),
                Some((mode, code)) => series[index].record(agent_sample(mode, code)),
            }
        }
    }
    let medians: Vec<f64> = series.iter().map(|s| median(&s.samples)).collect();
    let mut section = Section::new("coldStart");
    let ratio = medians[1] / medians[0];
    let errors: usize = series.iter().map(|s| s.errors.len()).sum();
    section.row(
        "cold start: Vanilla /init→running ÷ bare Node start→listening",
        format!("{ratio:.3} ({:.1} ms ÷ {:.1} ms, median of {samples})", medians[1], medians[0]),
        &format!("≤ {COLD_START_TARGET}"),
        Verdict::of(ratio <= COLD_START_TARGET && series[0].errors.is_empty() && series[1].errors.is_empty()),
    );
    let runtime_only = medians[kinds.len() - 1];
    section.row(
        "↳ of which: Node + runtime library, no agent ÷ bare Node",
        format!("{:.3} ({runtime_only:.1} ms)", runtime_only / medians[0]),
        "reported",
        Verdict::Reported,
    );
    let mut details = json!({
        "samplesPerKind": samples,
        "largestCorpusFunction": largest_name,
        "ratio": ratio,
        "errors": errors,
    });
    for (kind, data) in kinds.iter().zip(&series) {
        details[kind.0.replace(' ', "_")] = data.details();
    }
    if with_tracing {
        for (label, vanilla, tracing) in [("seed demo", 1, 2), (largest_name.as_str(), 3, 4)] {
            let cost = medians[tracing] - medians[vanilla];
            let clean = series[vanilla].errors.is_empty() && series[tracing].errors.is_empty();
            section.row(
                format!("compile cost: Tracing − Vanilla cold start, {label}"),
                format!("{cost:.1} ms ({:.1} − {:.1})", medians[tracing], medians[vanilla]),
                &format!("≤ {COMPILE_COST_TARGET_MS} ms"),
                Verdict::of(cost <= COMPILE_COST_TARGET_MS && clean),
            );
            let compile = series[tracing].info_median("compileMs");
            let node_extra = series[tracing].info_median("startMs") - series[vanilla].info_median("startMs");
            section.row(
                "↳ of which (agent's /info): compiler run, extra Node start",
                format!("{compile:.0} ms, {node_extra:.0} ms"),
                "reported",
                Verdict::Reported,
            );
            details[format!("compileCostMs_{}", label.replace(' ', "_"))] = json!(cost);
        }
    } else {
        section.row(
            "compile cost: Tracing − Vanilla cold start",
            "not measured: the tracing compiler is not in this checkout",
            &format!("≤ {COMPILE_COST_TARGET_MS} ms"),
            Verdict::Skipped,
        );
    }
    section.details = details;
    Ok(section)
}
