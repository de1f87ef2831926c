//! Cold start and compile cost.
//!
//! Agent cold start: from just before `POST /init` is sent to an agent that
//! is already listening, until the agent's log line saying the function is
//! ready (written when the state becomes `running`). The reference is a
//! plain Node `http` server (`bench/plain_server.js`) from spawn until its
//! own "listening" line. Samples of every kind are interleaved round by round
//! (alternating the order), so drift on the shared machine hits all alike.
//! Agents run both ways: with the Node pre-started (the default; `/init` is
//! sent once it waits) and with `--prestart 0`.

use serde_json::{json, Value};

use crate::agent::{self, Agent, Mode};
use crate::footprint::memory;
use crate::report::{Section, Verdict};
use crate::stats::{median, ms, summary};

/// The seed README's demo function.
pub const SEED_DEMO: &str = "let containerless = require('containerless'); containerless.listen(function(req) { console.log('Got a response'); containerless.respond('hi'); });";

/// With `--prestart 0`: Node starts at `/init`, so Node's start is the floor.
pub const COLD_START_TARGET: f64 = 1.15;
/// With the Node pre-started, `/init` only writes, compiles and loads.
pub const PRESTARTED_VANILLA_TARGET: f64 = 0.25;
pub const PRESTARTED_TRACING_TARGET: f64 = 0.35;
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
/// agent's own `/info` timings. With `prestart`, `/init` is sent once the
/// pre-started Node waits (as a controller calls an agent that is up), and
/// the figures include agent start → Node waiting and the waiting Node's
/// memory.
fn agent_sample(mode: Mode, code: &str, prestart: bool) -> Result<(f64, Value), String> {
    let mut agent = Agent::start_with("cold", None, Some(prestart))?;
    // The agent logs its address before its workers start: one answered
    // request shows it is fully up, as it is when a controller calls /init.
    agent.get("/status")?;
    let mut waiting = json!({});
    if prestart {
        let at = agent.wait_node_waiting()?;
        let info = agent.info()?;
        let (mut rss, mut anon) = (0, 0);
        for mode in ["Vanilla", "Tracing"] {
            let pid = info["prestartPids"][mode].as_u64().ok_or("no prestartPids in /info")? as u32;
            let memory = memory(pid)?;
            (rss, anon) = (rss + memory.rss, anon + memory.anon);
        }
        waiting = json!({"readyMs": ms(at - agent.spawned), "waitingRssKiB": rss, "waitingAnonKiB": anon});
    }
    let sent = agent.init(mode, code)?;
    let (running, _) = agent.wait_running()?;
    let info = agent.info()?;
    if info["prestart"] != if prestart { "used" } else { "off" } {
        return Err(format!("prestart {prestart} but /info says {}", info["prestart"]));
    }
    let timings = json!({"compileMs": info["compileMs"], "startMs": info["startMs"], "waiting": waiting});
    Ok((ms(running - sent), timings))
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

    /// Median of a number in the agent's timings, at `pointer` (e.g. `/compileMs`).
    fn info_median(&self, pointer: &str) -> f64 {
        let values: Vec<f64> = self.agent_timings.iter().filter_map(|info| info.pointer(pointer)?.as_f64()).collect();
        median(&values)
    }

    fn details(&self) -> Value {
        json!({"ms": summary(&self.samples), "agentInfo": self.agent_timings, "errors": self.errors})
    }

    fn clean(&self) -> bool {
        self.errors.is_empty() && !self.samples.is_empty()
    }
}

/// What one series measures.
#[derive(Clone, Copy)]
enum Kind<'a> {
    BareNode,
    RuntimeWithoutAgent,
    Agent { mode: Mode, code: &'a str, prestart: bool },
}

pub fn measure(samples: usize, with_tracing: bool) -> Result<Section, String> {
    let (largest_name, largest) = largest_corpus_function()?;
    let agent = |mode, code, prestart| Kind::Agent { mode, code, prestart };
    // Index 0 is the reference; the last kind (Node with the runtime
    // library, no agent) splits the difference of a cold start.
    let mut kinds: Vec<(&str, Kind)> = vec![
        ("bare node", Kind::BareNode),
        ("vanilla demo", agent(Mode::Vanilla, SEED_DEMO, true)),
        ("vanilla demo prestart off", agent(Mode::Vanilla, SEED_DEMO, false)),
    ];
    if with_tracing {
        kinds.push(("tracing demo", agent(Mode::Tracing, SEED_DEMO, true)));
        kinds.push(("tracing demo prestart off", agent(Mode::Tracing, SEED_DEMO, false)));
        kinds.push(("vanilla largest", agent(Mode::Vanilla, largest.as_str(), true)));
        kinds.push(("tracing largest", agent(Mode::Tracing, largest.as_str(), true)));
    }
    kinds.push(("runtime library without agent", Kind::RuntimeWithoutAgent));
    let mut series: Vec<Series> = kinds.iter().map(|_| Series::default()).collect();
    for round in 0..samples {
        let mut order: Vec<usize> = (0..kinds.len()).collect();
        if round % 2 == 1 {
            order.reverse();
        }
        for index in order {
            let result = match kinds[index].1 {
                Kind::BareNode => bare_sample().map(|v| (v, Value::Null)),
                Kind::RuntimeWithoutAgent => runtime_sample().map(|v| (v, Value::Null)),
                Kind::Agent { mode, code, prestart } => agent_sample(mode, code, prestart),
            };
            series[index].record(result);
        }
    }
    let medians: Vec<f64> = series.iter().map(|s| median(&s.samples)).collect();
    let find = |name: &str| kinds.iter().position(|(kind, _)| *kind == name);
    let bare = medians[0];
    let mut section = Section::new("coldStart");
    let ratio_row = |section: &mut Section, figure: &str, index: usize, target: Option<f64>| {
        let ratio = medians[index] / bare;
        let measured = format!("{ratio:.3} ({:.1} ms ÷ {bare:.1} ms, median of {samples})", medians[index]);
        let clean = series[0].clean() && series[index].clean();
        match target {
            Some(target) => {
                section.row(figure, measured, &format!("≤ {target}"), Verdict::of(ratio <= target && clean))
            }
            None => section.row(figure, measured, "reported", Verdict::Reported),
        }
        ratio
    };
    let ratio = ratio_row(
        &mut section,
        "cold start: Vanilla /init→running ÷ bare Node start→listening (Node pre-started)",
        1,
        Some(PRESTARTED_VANILLA_TARGET),
    );
    let mut details = json!({"samplesPerKind": samples, "largestCorpusFunction": largest_name, "ratio": ratio});
    if let Some(tracing) = find("tracing demo") {
        let ratio = ratio_row(
            &mut section,
            "cold start: Tracing /init→running ÷ bare Node (Node pre-started)",
            tracing,
            Some(PRESTARTED_TRACING_TARGET),
        );
        details["tracingRatio"] = json!(ratio);
    }
    ratio_row(
        &mut section,
        "cold start with --prestart 0: Vanilla /init→running ÷ bare Node",
        2,
        Some(COLD_START_TARGET),
    );
    if let Some(tracing_off) = find("tracing demo prestart off") {
        ratio_row(&mut section, "cold start with --prestart 0: Tracing /init→running ÷ bare Node", tracing_off, None);
    }
    let ready = series[1].info_median("/waiting/readyMs");
    section.row(
        "agent start → ready for /init with Node waiting (Vanilla series)",
        format!("{ready:.1} ms ({:.3} × bare Node start)", ready / bare),
        "reported",
        Verdict::Reported,
    );
    let rss = series[1].info_median("/waiting/waitingRssKiB");
    section.row(
        "waiting Nodes' memory before /init (one per mode; VmRSS, and RssAnon: their own pages)",
        format!("{:.1} MiB, {:.1} MiB own", rss / 1024.0, series[1].info_median("/waiting/waitingAnonKiB") / 1024.0),
        "reported",
        Verdict::Reported,
    );
    let runtime_only = medians[kinds.len() - 1];
    section.row(
        "↳ a cold start's share: Node + runtime library, no agent ÷ bare Node",
        format!("{:.3} ({runtime_only:.1} ms)", runtime_only / bare),
        "reported",
        Verdict::Reported,
    );
    details["errors"] = json!(series.iter().map(|s| s.errors.len()).sum::<usize>());
    for (kind, data) in kinds.iter().zip(&series) {
        details[kind.0.replace(' ', "_")] = data.details();
    }
    if with_tracing {
        for (label, vanilla, tracing) in [
            ("seed demo", "vanilla demo", "tracing demo"),
            (largest_name.as_str(), "vanilla largest", "tracing largest"),
        ] {
            let (vanilla, tracing) = (find(vanilla).unwrap_or(1), find(tracing).unwrap_or(1));
            let cost = medians[tracing] - medians[vanilla];
            let clean = series[vanilla].clean() && series[tracing].clean();
            section.row(
                format!("compile cost: Tracing − Vanilla cold start, {label} (pre-started)"),
                format!("{cost:.1} ms ({:.1} − {:.1})", medians[tracing], medians[vanilla]),
                &format!("≤ {COMPILE_COST_TARGET_MS} ms"),
                Verdict::of(cost <= COMPILE_COST_TARGET_MS && clean),
            );
            let compile = series[tracing].info_median("/compileMs");
            let node_extra = series[tracing].info_median("/startMs") - series[vanilla].info_median("/startMs");
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
