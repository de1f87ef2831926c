//! Where a request's CPU time goes, Tracing against Vanilla: `perf record`
//! samples the function's Node process while the load generator runs, Node
//! names its compiled JavaScript for perf (`--perf-basic-prof`), and each
//! sample is charged to the innermost frame of its call chain that says
//! whose work it is: the tracer, the function, the runtime library, Node's
//! own JavaScript, the garbage collector, the kernel, or Node's native code.
//!
//! The overhead section says how much slower Tracing mode is; this one says
//! what the difference is made of, in microseconds of CPU per request, how
//! many `$T` calls the program makes per request, and, as a control, what
//! the same amount of added computation without tracing does.

use std::collections::HashMap;
use std::ffi::OsStr;
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};
use std::sync::mpsc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::agent::{Agent, Mode, TempDir};
use crate::http;
use crate::load::{self, Spec, Stop};
use crate::overhead::{self, Workload, TARGET};
use crate::report::{Section, Verdict};
use crate::stats::round;

/// Node's flags: name compiled code in `/tmp/perf-PID.map`, and give
/// interpreted frames a native frame so that call chains do not skip them.
const NODE_WITH_PERF_MAP: &str = "node --perf-basic-prof --interpreted-frames-native-stack";
/// Samples per second (cpu-clock: the machine may have no hardware counters).
const FREQUENCY: &str = "999";
/// Bound on perf attaching, and on perf writing its file once the load ends.
const PERF_LIMIT: Duration = Duration::from_secs(30);

/// Whose work a sample is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    Tracer,
    Function,
    Runtime,
    NodeJs,
    Gc,
    Kernel,
    Native,
    Background,
}

impl Category {
    const ALL: [Category; 8] = [
        Category::Tracer,
        Category::Function,
        Category::Runtime,
        Category::NodeJs,
        Category::Gc,
        Category::Kernel,
        Category::Native,
        Category::Background,
    ];

    fn key(self) -> &'static str {
        match self {
            Category::Tracer => "tracer",
            Category::Function => "function",
            Category::Runtime => "runtime",
            Category::NodeJs => "nodeJs",
            Category::Gc => "gc",
            Category::Kernel => "kernel",
            Category::Native => "native",
            Category::Background => "background",
        }
    }
}

/// One frame of a sample's call chain, as `perf script` prints it.
#[derive(Debug, PartialEq, Eq)]
struct Frame<'a> {
    sym: &'a str,
    dso: &'a str,
}

/// `\t    7f08c06a8f8 JS:*ret /path/bundled.js:2467:6 (/tmp/perf-1.map)`.
fn parse_frame(line: &str) -> Option<Frame<'_>> {
    let line = line.trim();
    let (_address, rest) = line.split_once(char::is_whitespace)?;
    let rest = rest.trim_start();
    let open = rest.rfind(" (")?;
    let dso = rest[open + 2..].strip_suffix(')')?;
    Some(Frame { sym: rest[..open].trim(), dso })
}

/// The script of a JavaScript frame (`JS:*name /path/file.js:12:3` gives
/// `/path/file.js`, `JS:~ node:internal/x:5:1` gives `node:internal/x`) and
/// its function's name; None for any other frame.
fn js_frame(sym: &str) -> Option<(&str, &str)> {
    let body = ["JS:", "LazyCompile:", "Function:", "InterpretedFunction:"]
        .iter()
        .find_map(|prefix| sym.strip_prefix(prefix))?;
    let body = body.trim_start_matches(['*', '~', '^', '+']);
    let (name, location) = match body.rsplit_once(' ') {
        Some((name, location)) => (name.trim(), location),
        None => ("", body),
    };
    // Strip `:line:column`.
    let mut script = location;
    for _ in 0..2 {
        match script.rsplit_once(':') {
            Some((head, tail)) if tail.chars().all(|c| c.is_ascii_digit()) => script = head,
            _ => break,
        }
    }
    if script.is_empty() {
        return None;
    }
    Some((script, name))
}

fn script_category(script: &str) -> Category {
    if script.starts_with("node:") {
        Category::NodeJs
    } else if script.contains("/containerless/tracing/") {
        Category::Tracer
    } else if script.contains("/node_modules/") {
        Category::Runtime
    } else {
        Category::Function
    }
}

const GC_SYMBOLS: &[&str] = &[
    "Heap::CollectGarbage",
    "Heap::PerformGarbageCollection",
    "Scavenge",
    "MarkCompact",
    "MinorGCJob",
    "Sweeper",
    "IncrementalMarking",
    "ConcurrentMarking",
];

/// Whose work a sample with this chain (innermost frame first) is, and for
/// the tracer the innermost tracer function.
fn classify<'a>(frames: &[Frame<'a>], main_thread: bool) -> (Category, Option<&'a str>) {
    if !main_thread {
        return (Category::Background, None);
    }
    if frames.iter().any(|frame| GC_SYMBOLS.iter().any(|gc| frame.sym.contains(gc))) {
        return (Category::Gc, None);
    }
    if frames.first().is_some_and(|frame| frame.dso.contains("kernel")) {
        return (Category::Kernel, None);
    }
    for frame in frames {
        if let Some((script, name)) = js_frame(frame.sym) {
            let category = script_category(script);
            return (category, (category == Category::Tracer).then_some(name));
        }
    }
    (Category::Native, None)
}

/// Sampled CPU time per category and per tracer function, in nanoseconds.
#[derive(Debug, Default)]
pub struct Profile {
    samples: u64,
    by_category: HashMap<Category, u64>,
    tracer_functions: HashMap<String, u64>,
}

impl Profile {
    fn add(&mut self, frames: &[Frame], main_thread: bool, period: u64) {
        let (category, tracer_fn) = classify(frames, main_thread);
        self.samples += 1;
        *self.by_category.entry(category).or_default() += period;
        if let Some(name) = tracer_fn {
            let name = if name.is_empty() { "(anonymous)" } else { name };
            *self.tracer_functions.entry(name.to_string()).or_default() += period;
        }
    }

    fn ns(&self, category: Category) -> u64 {
        self.by_category.get(&category).copied().unwrap_or(0)
    }

    fn total_ns(&self) -> u64 {
        self.by_category.values().sum()
    }
}

/// Reads `perf script -F pid,tid,period,ip,sym,dso` output: a header line
/// (`PID/TID PERIOD`) per sample, then one indented line per frame. Samples
/// of other processes than `pid` (perf's own workload) are left out.
fn parse_script(output: impl BufRead, pid: u32) -> Profile {
    let mut profile = Profile::default();
    // Some((main thread?, period)) while reading a sample of `pid`.
    let mut header: Option<(bool, u64)> = None;
    let mut chain: Vec<String> = Vec::new();
    let finish = |header: &mut Option<(bool, u64)>, chain: &mut Vec<String>, profile: &mut Profile| {
        if let Some((main, period)) = header.take() {
            let frames: Vec<Frame> = chain.iter().filter_map(|line| parse_frame(line)).collect();
            profile.add(&frames, main, period);
        }
        chain.clear();
    };
    for line in output.lines() {
        let Ok(line) = line else { break };
        if line.trim().is_empty() {
            continue;
        }
        if line.starts_with('\t') {
            chain.push(line);
            continue;
        }
        finish(&mut header, &mut chain, &mut profile);
        let mut fields = line.split_whitespace();
        let ids = fields.next().and_then(|f| f.split_once('/'));
        let ids = ids.and_then(|(p, t)| Some((p.parse::<u32>().ok()?, t.parse::<u32>().ok()?)));
        let period = fields.next().and_then(|f| f.parse::<u64>().ok());
        if let (Some((sample_pid, tid)), Some(period)) = (ids, period) {
            if sample_pid == pid {
                header = Some((tid == pid, period));
            }
        }
    }
    finish(&mut header, &mut chain, &mut profile);
    profile
}

/// Can this machine sample a process with perf?
fn perf_usable() -> Result<(), String> {
    let status = Command::new("perf")
        .args(["record", "-q", "-e", "cpu-clock", "-o", "/dev/null", "--", "true"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(|err| format!("perf is not installed ({err})"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`perf record` fails here ({status}; see /proc/sys/kernel/perf_event_paranoid)"))
    }
}

/// `perf record` attached to `pid` until stopped; its workload is a `cat`
/// that ends when we close its stdin.
struct Recording {
    perf: Child,
}

impl Recording {
    fn start(pid: u32, output: &Path) -> Result<Recording, String> {
        let pid = pid.to_string();
        let record = ["record", "-q", "-e", "cpu-clock", "-F", FREQUENCY, "-g", "-p", &pid, "-o"].map(OsStr::new);
        let workload = ["--", "sh", "-c", "echo attached; exec cat >/dev/null"].map(OsStr::new);
        let args = [&record[..], &[output.as_os_str()], &workload[..]].concat();
        let (perf, stdout) = spawn_perf(&args, Stdio::piped())?;
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = tx.send(BufReader::new(stdout).read_line(&mut line).map(|_| line));
        });
        let mut recording = Recording { perf };
        match rx.recv_timeout(PERF_LIMIT) {
            Ok(Ok(line)) if line.trim() == "attached" => Ok(recording),
            _ => {
                recording.kill();
                Err("perf did not start its workload".into())
            }
        }
    }

    /// Ends the workload and waits (bounded) for perf to write its file.
    fn finish(mut self) -> Result<(), String> {
        drop(self.perf.stdin.take());
        let deadline = Instant::now() + PERF_LIMIT;
        loop {
            match self.perf.try_wait() {
                Ok(Some(status)) if status.success() => return Ok(()),
                Ok(Some(status)) => return Err(format!("perf record exited with {status}")),
                Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(10)),
                _ => {
                    self.kill();
                    return Err("perf record did not finish".into());
                }
            }
        }
    }

    fn kill(&mut self) {
        let _ = self.perf.kill();
        let _ = self.perf.wait();
    }
}

/// `perf ARGS`, its output piped to us, its messages dropped.
fn spawn_perf(args: &[&OsStr], stdin: Stdio) -> Result<(Child, ChildStdout), String> {
    let mut child =
        Command::new("perf")
            .args(args)
            .stdin(stdin)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|err| format!("spawn perf {}: {err}", args.first().map_or("".into(), |a| a.to_string_lossy())))?;
    let stdout = child.stdout.take().ok_or("no perf stdout")?;
    Ok((child, stdout))
}

fn script(data: &Path, pid: u32) -> Result<Profile, String> {
    let args = ["script", "-F", "pid,tid,period,ip,sym,dso", "-i"].map(OsStr::new);
    let (mut child, stdout) = spawn_perf(&[&args[..], &[data.as_os_str()]].concat(), Stdio::null())?;
    let profile = parse_script(BufReader::new(stdout), pid);
    let status = child.wait().map_err(|err| format!("perf script: {err}"))?;
    if !status.success() {
        return Err(format!("perf script exited with {status}"));
    }
    Ok(profile)
}

/// A function under load in one mode, sampled.
struct Sampled {
    profile: Profile,
    responses: u64,
    wrong_or_errors: u64,
}

impl Sampled {
    /// CPU nanoseconds per request in `category`.
    fn per_request(&self, category: Category) -> f64 {
        self.profile.ns(category) as f64 / self.responses.max(1) as f64 / 1000.0
    }

    fn total(&self) -> f64 {
        self.profile.total_ns() as f64 / self.responses.max(1) as f64 / 1000.0
    }

    fn to_json(&self) -> Value {
        let mut categories = serde_json::Map::new();
        for category in Category::ALL {
            categories.insert(category.key().into(), json!(round(self.per_request(category), 2)));
        }
        json!({
            "samples": self.profile.samples,
            "responses": self.responses,
            "wrongOrErrors": self.wrong_or_errors,
            "cpuMicrosPerRequest": round(self.total(), 2),
            "byCategory": categories,
        })
    }
}

fn sample(mode: Mode, workload: &Workload, settings: Settings, scratch: &TempDir) -> Result<Sampled, String> {
    let source = overhead::corpus_source(workload.name)?;
    // Every request traced: this profiles the tracer at work.
    let mut agent = Agent::start_with_args(
        &format!("profile-{}", mode.as_str()),
        Some(NODE_WITH_PERF_MAP),
        None,
        &["--trace-all"],
    )?;
    agent.init(mode, &source)?;
    let pid = agent.wait_node_pid()?;
    let (_, port) = agent.wait_running()?;
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let result = sample_running(addr, pid, workload, settings, scratch, mode);
    drop(agent);
    let _ = std::fs::remove_file(format!("/tmp/perf-{pid}.map"));
    result
}

fn sample_running(
    addr: SocketAddr,
    pid: u32,
    workload: &Workload,
    settings: Settings,
    scratch: &TempDir,
    mode: Mode,
) -> Result<Sampled, String> {
    let spec = |stop| Spec {
        addr,
        requests: Arc::new(vec![http::post_json(workload.target, workload.body)]),
        expect_body: None,
        connections: 8,
        threads: 2,
        stop,
        warm: true,
    };
    load::run(&spec(Stop::After(settings.warmup)));
    let data: PathBuf = scratch.path().join(format!("{}-{}.data", workload.name, mode.as_str()));
    let recording = Recording::start(pid, &data)?;
    let outcome = load::run(&spec(Stop::After(settings.run)));
    recording.finish()?;
    let profile = script(&data, pid)?;
    let _ = std::fs::remove_file(&data);
    if outcome.responses == 0 {
        return Err("no responses under load".into());
    }
    Ok(Sampled { profile, responses: outcome.responses, wrong_or_errors: outcome.wrong + outcome.errors })
}

/// Requests the `$T` calls are counted over.
const COUNTED_REQUESTS: u64 = 1000;
const CALLS_LINE: &str = "containerless-bench: tracer calls ";

/// The program's `$T` calls per request, by method: the function runs in
/// Tracing mode with `bench/count_tracer_calls.js` preloaded, which says its
/// counts on SIGUSR2; they are read before and after a fixed number of
/// requests.
fn count_calls(workload: &Workload) -> Result<(f64, Vec<(String, f64)>), String> {
    let source = overhead::corpus_source(workload.name)?;
    let preload = crate::agent::repo().join("bench/count_tracer_calls.js");
    let node = format!("node -r {}", preload.display());
    if node.split_whitespace().count() != 3 {
        return Err("the checkout's path has white space: cannot pass the preload to --node".into());
    }
    // Node at /init: the preload wires the tracer to the runtime library,
    // which a Node waiting for its mode should not have loaded yet.
    let mut agent = Agent::start_with_args("count", Some(&node), Some(false), &["--trace-all"])?;
    agent.init(Mode::Tracing, &source)?;
    let pid = agent.wait_node_pid()?;
    let (_, port) = agent.wait_running()?;
    let read_counts = |agent: &mut Agent| -> Result<HashMap<String, u64>, String> {
        // SAFETY: kill(2) has no memory-safety preconditions.
        if unsafe { libc::kill(pid as libc::pid_t, libc::SIGUSR2) } != 0 {
            return Err(format!("signal Node: {}", std::io::Error::last_os_error()));
        }
        let line = agent.process.wait_line(CALLS_LINE, &[], PERF_LIMIT)?;
        let json = line.text.split(CALLS_LINE).nth(1).unwrap_or_default();
        serde_json::from_str(json).map_err(|err| format!("bad counts {json:?}: {err}"))
    };
    let before = read_counts(&mut agent)?;
    let outcome = load::run(&Spec {
        addr: SocketAddr::from(([127, 0, 0, 1], port)),
        requests: Arc::new(vec![http::post_json(workload.target, workload.body)]),
        expect_body: None,
        connections: 1,
        threads: 1,
        stop: Stop::Count { responses: COUNTED_REQUESTS, limit: PERF_LIMIT },
        warm: false,
    });
    if outcome.responses != COUNTED_REQUESTS || outcome.wrong + outcome.errors != 0 {
        return Err(format!("{} of {COUNTED_REQUESTS} requests answered well", outcome.responses - outcome.wrong));
    }
    let after = read_counts(&mut agent)?;
    let mut methods: Vec<(String, f64)> = after
        .iter()
        .map(|(name, n)| (name.clone(), (n - before.get(name).copied().unwrap_or(0)) as f64 / COUNTED_REQUESTS as f64))
        .filter(|(_, per_request)| *per_request > 0.0)
        .collect();
    methods.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    Ok((methods.iter().map(|(_, n)| n).sum(), methods))
}

#[derive(Clone, Copy)]
pub struct Settings {
    pub warmup: Duration,
    pub run: Duration,
}

/// The heaviest tracer functions, as shares of the tracer's time.
fn heaviest(profile: &Profile, count: usize) -> Vec<(String, f64)> {
    let total: u64 = profile.tracer_functions.values().sum();
    let mut functions: Vec<(&String, &u64)> = profile.tracer_functions.iter().collect();
    functions.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    functions.into_iter().take(count).map(|(name, ns)| (name.clone(), *ns as f64 / total.max(1) as f64)).collect()
}

/// What `b` adds to `a` per request, in three parts (µs).
struct Added {
    tracer: f64,
    /// The function and the runtime library: the tracer calls the function
    /// and `respond` where Vanilla code calls them directly, so V8 inlines
    /// differently and the two are counted together.
    program: f64,
    /// Node's JavaScript and native code, its other threads, the kernel, GC:
    /// the same work in both modes.
    rest: f64,
}

impl Added {
    fn between(a: &Sampled, b: &Sampled) -> Added {
        let added =
            |categories: &[Category]| -> f64 { categories.iter().map(|&c| b.per_request(c) - a.per_request(c)).sum() };
        Added {
            tracer: added(&[Category::Tracer]),
            program: added(&[Category::Function, Category::Runtime]),
            rest: added(&[Category::NodeJs, Category::Native, Category::Kernel, Category::Gc, Category::Background]),
        }
    }
}

/// The control: Vanilla `sum_loop` made slower by pure computation in the
/// function (a longer loop), about as much slower as Tracing mode makes
/// it. If the rest of the request stays as it was, what Tracing mode adds
/// there is not an effect of serving fewer requests per second.
const CONTROL: [Workload; 2] = [
    Workload { name: "sum_loop", kind: "loop", target: "/", body: r#"{"n":100}"# },
    Workload { name: "sum_loop", kind: "loop", target: "/", body: r#"{"n":20000}"# },
];

fn control(settings: Settings, scratch: &TempDir, section: &mut Section) -> Result<Value, String> {
    let short = sample(Mode::Vanilla, &CONTROL[0], settings, scratch)?;
    let long = sample(Mode::Vanilla, &CONTROL[1], settings, scratch)?;
    let added = Added::between(&short, &long);
    section.row(
        format!(
            "control: Vanilla sum_loop {} → {} (computation added, nothing traced)",
            CONTROL[0].body, CONTROL[1].body
        ),
        format!(
            "{:.1} → {:.1} µs per request; added: function and runtime library {:+.1}, Node, kernel and GC {:+.1}",
            short.total(),
            long.total(),
            added.program,
            added.rest
        ),
        "reported",
        Verdict::Reported,
    );
    Ok(json!({
        "short": {"body": CONTROL[0].body, "profile": short.to_json()},
        "long": {"body": CONTROL[1].body, "profile": long.to_json()},
        "addedMicros": {"functionAndRuntime": round(added.program, 2), "nodeKernelGc": round(added.rest, 2)},
    }))
}

fn compare(workload: &Workload, settings: Settings, scratch: &TempDir, section: &mut Section) -> Result<Value, String> {
    let vanilla = sample(Mode::Vanilla, workload, settings, scratch)?;
    let tracing = sample(Mode::Tracing, workload, settings, scratch)?;
    let (v, t) = (vanilla.total(), tracing.total());
    // A CPU-bound server's requests per second go as 1 / CPU per request:
    // 0.8 leaves a quarter of the Vanilla request for everything tracing adds.
    let budget = v * (1.0 / TARGET - 1.0);
    let Added { tracer, program, rest } = Added::between(&vanilla, &tracing);
    section.row(
        format!("where a request's CPU goes, {}: Vanilla → Tracing (µs per request, perf)", workload.name),
        format!(
            "{v:.1} → {t:.1} (CPU ratio {:.2}); added: tracer {tracer:.1}, function and runtime library {program:+.1}, \
             Node, kernel and GC {rest:+.1}; 0.8 allows +{budget:.1}",
            v / t.max(1e-9),
        ),
        "reported",
        Verdict::Reported,
    );
    let top = heaviest(&tracing.profile, 6);
    let calls = count_calls(workload);
    let per_call = match &calls {
        Ok((count, _)) => {
            format!("{count:.0} `$T` calls per request, {:.0} ns each; ", tracer * 1000.0 / count.max(1.0))
        }
        Err(err) => format!("`$T` calls not counted ({err}); "),
    };
    section.row(
        format!(
            "tracer's calls and heaviest functions, {} (share of tracer time, inlined callees included)",
            workload.name
        ),
        format!(
            "{per_call}{}",
            top.iter().map(|(name, share)| format!("{name} {:.0}%", share * 100.0)).collect::<Vec<_>>().join(", ")
        ),
        "reported",
        Verdict::Reported,
    );
    Ok(json!({
        "function": workload.name,
        "request": {"target": workload.target, "body": workload.body},
        "vanilla": vanilla.to_json(),
        "tracing": tracing.to_json(),
        "cpuRatio": round(v / t.max(1e-9), 3),
        "budgetMicrosFor0.8": round(budget, 2),
        "addedMicros": {"tracer": round(tracer, 2), "functionAndRuntime": round(program, 2), "nodeKernelGc": round(rest, 2)},
        "tracerFunctions": top.iter().map(|(name, share)| json!({"name": name, "share": round(*share, 3)})).collect::<Vec<_>>(),
        "tracerCallsPerRequest": match &calls {
            Ok((count, methods)) => json!({
                "total": round(*count, 2),
                "byMethod": methods.iter().map(|(name, n)| json!({"method": name, "perRequest": round(*n, 2)})).collect::<Vec<_>>(),
            }),
            Err(err) => json!({"error": err}),
        },
    }))
}

pub fn measure(settings: Settings, with_tracing: bool) -> Section {
    let figure = "where a request's CPU goes (perf)";
    if !with_tracing {
        return Section::skipped("profile", figure, "the tracing compiler is not in this checkout");
    }
    if let Err(why) = perf_usable() {
        return Section::skipped("profile", figure, &why);
    }
    let scratch = match TempDir::new("perf") {
        Ok(dir) => dir,
        Err(err) => return Section::skipped("profile", figure, &err),
    };
    let mut section = Section::new("profile");
    let mut runs = Vec::new();
    for workload in overhead::WORKLOADS {
        match compare(workload, settings, &scratch, &mut section) {
            Ok(value) => runs.push(value),
            Err(err) => {
                section.row(format!("{figure}, {}", workload.name), format!("error: {err}"), "reported", Verdict::Miss);
                runs.push(json!({"function": workload.name, "error": err}));
            }
        }
    }
    let control = control(settings, &scratch, &mut section).unwrap_or_else(|err| {
        section.row(
            "control: Vanilla sum_loop with computation added",
            format!("error: {err}"),
            "reported",
            Verdict::Miss,
        );
        json!({"error": err})
    });
    section.details = json!({
        "control": control,
        "how": format!("perf record -e cpu-clock -F {FREQUENCY} -g on the function's Node ({NODE_WITH_PERF_MAP}) under the overhead section's load; each sample is charged to the innermost frame that says whose it is"),
        "warmupSeconds": settings.warmup.as_secs_f64(),
        "seconds": settings.run.as_secs_f64(),
        "runs": runs,
    });
    section
}

/// Self-tests (selftest.rs): the parser and the classifier on a fixed script.
pub mod checks {
    use super::*;

    const SCRIPT: &str = "\
 100/100    1001001 
\t    7f0001 JS:*ret /w/node_modules/containerless/tracing/bundled.js:2467:6 (/tmp/perf-100.map)
\t    7f0002 JS:*fizz$1 /tmp/w/traced.js:32:16 (/tmp/perf-100.map)

 100/100    1001001 
\t    14d1546 Builtins_KeyedLoadIC_Megamorphic (/usr/bin/node)
\t    7f0003 JS:* /tmp/w/traced.js:49:77 (/tmp/perf-100.map)

 100/100    2000000 
\t    ffffffff81e93246 skb_clone ([kernel.kallsyms])
\t    7f0004 JS:*end node:_http_outgoing:1034:45 (/tmp/perf-100.map)

 100/100    1000000 
\t    c494db v8::internal::ScavengerCollector::CollectGarbage (/usr/bin/node)
\t    7f0001 JS:*_place1 /w/node_modules/containerless/tracing/core.js:9:1 (/tmp/perf-100.map)

 100/100    1000000 
\t    14b8865 uv__read (/usr/bin/node)

 100/101    1000000 
\t    14b8865 v8::platform::DefaultWorkerThreadsTaskRunner (/usr/bin/node)

 100/100    1000000 
\t    7f0005 JS:*respond /w/node_modules/containerless/respond.js:25:17 (/tmp/perf-100.map)
\t    7f0006 JS:*mcallv /w/node_modules/containerless/tracing/bundled.js:1434:9 (/tmp/perf-100.map)

 100/100    1000000 
\t    7f0007 JS:~ node:internal/streams/readable:5:1 (/tmp/perf-100.map)

 200/200    1000000 
\t    7f0008 cat (/usr/bin/cat)
";

    fn same<T: PartialEq + std::fmt::Debug>(got: T, want: T, what: &str) -> Result<(), String> {
        if got == want {
            Ok(())
        } else {
            Err(format!("{what}: got {got:?}, want {want:?}"))
        }
    }

    pub fn script_parsing() -> Result<(), String> {
        let profile = parse_script(SCRIPT.as_bytes(), 100);
        same(profile.samples, 8, "profile.samples")?;
        same(profile.ns(Category::Tracer), 1_001_001, "profile.ns(Category::Tracer)")?;
        same(profile.ns(Category::Function), 1_001_001, "a builtin is charged to its JavaScript caller")?;
        same(profile.ns(Category::Kernel), 2_000_000, "profile.ns(Category::Kernel)")?;
        same(profile.ns(Category::Gc), 1_000_000, "collection is GC whoever allocated")?;
        same(profile.ns(Category::Native), 1_000_000, "profile.ns(Category::Native)")?;
        same(profile.ns(Category::Background), 1_000_000, "profile.ns(Category::Background)")?;
        same(profile.ns(Category::Runtime), 1_000_000, "the innermost frame decides")?;
        same(profile.ns(Category::NodeJs), 1_000_000, "profile.ns(Category::NodeJs)")?;
        same(profile.tracer_functions.get("ret"), Some(&1_001_001), "profile.tracer_functions.get('ret')")?;
        same(profile.tracer_functions.len(), 1, "profile.tracer_functions.len()")?;
        Ok(())
    }

    pub fn js_frames() -> Result<(), String> {
        same(js_frame("JS:*_place1 /a/b.js:9:1"), Some(("/a/b.js", "_place1")), "js_frame('JS:*_place1 /a/b.js:9:1')")?;
        same(js_frame("JS:* /a/traced.js:49:77"), Some(("/a/traced.js", "")), "js_frame('JS:* /a/traced.js:49:77')")?;
        same(
            js_frame("JS:~ node:internal/x:5:1"),
            Some(("node:internal/x", "")),
            "js_frame('JS:~ node:internal/x:5:1')",
        )?;
        same(
            js_frame("LazyCompile:*get foo /a/b.js:1:2"),
            Some(("/a/b.js", "get foo")),
            "js_frame('LazyCompile:*get foo /a/b.js:1:2')",
        )?;
        same(js_frame("Builtins_CallFunction"), None, "js_frame('Builtins_CallFunction')")?;
        same(
            script_category("/x/node_modules/containerless/tracing/core.js"),
            Category::Tracer,
            "script_category('/x/node_modules/containerless/tracing/core.js')",
        )?;
        same(
            script_category("/x/node_modules/containerless/server.js"),
            Category::Runtime,
            "script_category('/x/node_modules/containerless/server.js')",
        )?;
        same(script_category("/tmp/w/index.js"), Category::Function, "script_category('/tmp/w/index.js')")?;
        Ok(())
    }
}
