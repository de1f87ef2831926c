//! Pre-starting: a Node started with the agent waits for the function, and
//! runs it exactly as `node FILE` would. The reference for "exactly" is the
//! same agent with `--prestart 0`, which runs `node index.js` (or
//! `node traced.js`) at `/init`.

use std::time::{Duration, Instant};

use crate::common::*;

/// What a function can see of how it was started, as JSON; paths relative
/// to the workdir. Node flags come from `--node`.
const INTROSPECT: &str = r#"
const c = require('containerless');
const path = require('path');
const helper = require('./lib/helper');
const here = (p) => typeof p === 'string' ? path.relative(process.cwd(), p) : p;
const seen = {
  isMain: require.main === module,
  mainModule: process.mainModule === module,
  id: module.id,
  parent: module.parent === null ? 'null' : typeof module.parent,
  filename: here(__filename),
  dirname: here(__dirname),
  moduleFilename: here(module.filename),
  argv: process.argv.slice(1).map(here),
  argvLength: process.argv.length,
  execArgv: process.execArgv,
  thisIsExports: this === module.exports,
  sloppy: (function () { return this !== undefined; })(),
  mode: process.env.CONTAINERLESS_MODE,
  env: Object.keys(process.env).filter((k) => k.startsWith('CONTAINERLESS_')).sort(),
  cache: Object.keys(require.cache).map(here),
  helper: { file: here(helper.file), main: here(helper.main) },
  children: module.children.map((m) => here(m.id)),
  paths: module.paths.map(here),
};
const order = [];
setTimeout(() => order.push('timeout'), 0);
setImmediate(() => order.push('immediate'));
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('microtask'));
order.push('main');
// Timeouts and immediates queued by the main module run in an order Node
// leaves open; the first turn's order is fixed.
c.listen(function (req) { c.respond({ seen, firstTurn: order.slice(0, 3), later: order.slice(3).sort() }); });
"#;

const HELPER: &str = "module.exports = { file: __filename, main: require.main.filename };";

fn agent_with(prestart: bool, tag: &str, extra: &[&str]) -> Agent {
    let workdir = oracle::real_workdir(tag);
    std::fs::create_dir(workdir.path().join("lib")).unwrap();
    std::fs::write(workdir.path().join("lib/helper.js"), HELPER).unwrap();
    let mut args = vec![if prestart { "--prestart=1" } else { "--prestart=0" }];
    args.extend_from_slice(extra);
    let agent = Agent::start_in(workdir, &args);
    if prestart {
        wait_waiting(&agent);
    }
    agent
}

/// Waits (bounded) until the pre-started Nodes say they wait; returns
/// their pids, Vanilla's then Tracing's.
fn wait_waiting(agent: &Agent) -> [u32; 2] {
    let deadline = Instant::now() + SLOW;
    loop {
        let info = agent.info();
        if info["prestart"] == "waiting" {
            return ["Vanilla", "Tracing"]
                .map(|mode| info["prestartPids"][mode].as_u64().expect("prestartPids") as u32);
        }
        assert!(Instant::now() < deadline, "no waiting node: {info}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn function_json(agent: &Agent) -> Value {
    let response = http(agent.function_addr(), "GET", "/", &[], b"").expect("function request");
    assert_eq!(response.status, 200, "{}", response.text());
    response.json()
}

/// The same function under both settings: what it sees must be equal.
fn seen_both_ways(mode: &str, extra: &[&str]) -> Vec<Value> {
    [true, false]
        .iter()
        .map(|&prestart| {
            let agent = agent_with(prestart, &format!("fidelity-{mode}-{prestart}"), extra);
            agent.start_function(mode, INTROSPECT);
            let info = agent.info();
            assert_eq!(info["prestart"], if prestart { "used" } else { "off" }, "{info}");
            function_json(&agent)
        })
        .collect()
}

#[test]
fn a_vanilla_function_sees_what_node_index_js_shows() {
    let seen = seen_both_ways("Vanilla", &["--node", "node --max-old-space-size=128"]);
    assert_eq!(seen[0], seen[1], "pre-started (left) and `node index.js` (right) differ");
    let seen = &seen[0]["seen"];
    assert_eq!(seen["isMain"], true);
    assert_eq!(seen["filename"], "index.js");
    assert_eq!(seen["argv"], json!(["index.js"]));
    assert_eq!(seen["execArgv"], json!(["--max-old-space-size=128"]));
    assert_eq!(seen["mode"], "Vanilla");
    assert_eq!(seen["helper"], json!({"file": "lib/helper.js", "main": "index.js"}));
    assert_eq!(seen["cache"][0], "index.js", "the function is the first module in require.cache");
    assert_eq!(
        seen["env"],
        json!(["CONTAINERLESS_CONTROL_FD", "CONTAINERLESS_HOST", "CONTAINERLESS_MODE", "CONTAINERLESS_PORT"])
    );
    assert_eq!(seen["sloppy"], true);
    assert_eq!(seen["thisIsExports"], true);
}

#[test]
fn a_traced_function_sees_what_node_traced_js_shows() {
    let seen = seen_both_ways("Tracing", &[]);
    assert_eq!(seen[0], seen[1], "pre-started (left) and `node traced.js` (right) differ");
    assert_eq!(seen[0]["seen"]["filename"], "traced.js");
    assert_eq!(seen[0]["seen"]["isMain"], true);
    assert_eq!(seen[0]["seen"]["mode"], "Tracing");
}

/// Node's report of an error the function makes before the runtime
/// library takes over: the `[node stderr]` lines up to Node's own frames,
/// with the workdir taken out.
fn node_error_report(agent: &Agent) -> Vec<String> {
    agent.wait_log("node exited", SLOW);
    let lines: Vec<String> = agent
        .log_lines()
        .iter()
        .filter_map(|line| line.split_once("[node stderr] "))
        .map(|(_, text)| text.into())
        .collect();
    up_to_node_frames(&without_workdir(agent, &lines.join("\n")))
}

fn without_workdir(agent: &Agent, text: &str) -> String {
    text.replace(&*agent.workdir.path().to_string_lossy(), "<workdir>")
}

/// The lines of an error report before Node's frames that start the main
/// module: below them, a pre-started Node has its bootstrap's frames.
fn up_to_node_frames(text: &str) -> Vec<String> {
    text.lines().take_while(|line| !line.contains("(node:internal/modules/run_main")).map(str::to_string).collect()
}

fn errors_both_ways(mode: &str, code: &str, state: &str) -> (Vec<Value>, Vec<Vec<String>>) {
    let mut infos = Vec::new();
    let mut reports = Vec::new();
    for prestart in [true, false] {
        let agent = agent_with(prestart, &format!("errors-{prestart}"), &[]);
        assert_eq!(agent.init(mode, code).status, 200);
        agent.wait_status(state, SLOW);
        let mut info = agent.info();
        for volatile in ["nodePid", "prestart", "prestartPids", "prestartMs", "compileMs", "startMs", "functionPort"] {
            info[volatile] = Value::Null;
        }
        let reported = info["functionError"].as_str().map(|text| up_to_node_frames(&without_workdir(&agent, text)));
        info["functionError"] = json!(reported);
        info["error"] = json!(info["error"].as_str().map(|text| without_workdir(&agent, text)));
        infos.push(info);
        reports.push(node_error_report(&agent));
    }
    (infos, reports)
}

#[test]
fn a_syntax_error_is_reported_at_index_js_line_and_column_as_node_does() {
    let (infos, reports) = errors_both_ways("Vanilla", "let x = 1;\nlet y = ;\n", "runtime-error");
    assert_eq!(infos[0], infos[1]);
    assert!(infos[0]["error"].as_str().unwrap().ends_with("SyntaxError: Unexpected token ';'"), "{}", infos[0]);
    assert_eq!(reports[0], reports[1]);
    assert_eq!(reports[0][0], "<workdir>/index.js:2", "{:?}", reports[0]);
    assert_eq!(reports[0][2].trim(), "^", "{:?}", reports[0]);
}

#[test]
fn a_strict_mode_error_is_reported_at_index_js_line_and_column_as_node_does() {
    let code = "'use strict';\nfunction f() { undeclared = 3; }\nf();\n";
    let (infos, reports) = errors_both_ways("Vanilla", code, "runtime-error");
    assert_eq!(infos[0], infos[1]);
    assert_eq!(reports[0], reports[1]);
    assert!(reports[0].iter().any(|line| line.trim() == "at f (<workdir>/index.js:2:27)"), "{:?}", reports[0]);
}

#[test]
fn an_uncaught_exception_is_reported_by_the_runtime_as_without_prestart() {
    let code = "const c = require('containerless');\nc.listen(function (req) { c.respond(1); });\nnull.boom;\n";
    let (infos, reports) = errors_both_ways("Vanilla", code, "runtime-error");
    assert_eq!(infos[0], infos[1]);
    assert_eq!(reports[0], reports[1]);
    assert_eq!(infos[0]["functionError"][1], "    at Object.<anonymous> (<workdir>/index.js:3:6)", "{}", infos[0]);
}

#[test]
fn a_traced_function_that_throws_is_reported_at_index_js_as_without_prestart() {
    let code = "const c = require('containerless');\nc.listen(function (req) { c.respond(1); });\nnull.boom;\n";
    let (infos, reports) = errors_both_ways("Tracing", code, "runtime-error");
    assert_eq!(infos[0], infos[1]);
    assert_eq!(reports[0], reports[1]);
    // traced.js's source map: the statement that throws, in the author's file.
    assert_eq!(infos[0]["functionError"][1], "    at Object.<anonymous> (<workdir>/index.js:3:1)", "{}", infos[0]);
    assert!(!reports[0].join("\n").contains("traced.js"), "{:?}", reports[0]);
}

#[test]
fn listen_rules_are_unchanged() {
    let (infos, _) = errors_both_ways("Vanilla", "require('containerless');", "runtime-error");
    assert_eq!(infos[0], infos[1]);
    assert!(infos[0]["error"].as_str().unwrap().contains("listen(handler) was not called"), "{}", infos[0]);
}

#[test]
fn a_waiting_node_that_dies_is_replaced_and_the_demo_still_runs() {
    let agent = start_real("prestart-replaced", &["--prestart=1"]);
    let first = wait_waiting(&agent);
    send_signal(first[1], libc::SIGKILL);
    let pids = format!("pid {} for Vanilla, {} for Tracing", first[0], first[1]);
    agent.wait_log(&format!("the waiting nodes ({pids}) exited with signal 9: starting them again"), SLOW);
    first.iter().for_each(|&pid| wait_pid_gone(pid, SLOW)); // the other went with it
    let second = wait_waiting(&agent);
    assert!(second.iter().all(|pid| !first.contains(pid)), "{first:?} then {second:?}");
    let info = agent.info();
    assert_eq!((info["prestartRestarts"].as_u64(), info["state"].as_str()), (Some(1), Some("pre-initialized")));
    assert!(info["exitStatus"].is_null() && info["error"].is_null(), "{info}");
    agent.start_function("Tracing", SEED_DEMO);
    assert_eq!(agent.node_pid(), second[1], "Tracing's replacement runs the function");
    wait_pid_gone(second[0], SLOW); // Vanilla's, unused, is stopped
    let answer = http(agent.function_addr(), "GET", "/", &[], b"").unwrap();
    assert_eq!(answer.text(), "hi");
}

#[test]
fn sigterm_before_init_stops_the_waiting_node() {
    let mut agent = start_real("prestart-sigterm", &["--prestart=1"]);
    let nodes = wait_waiting(&agent);
    agent.signal(libc::SIGTERM);
    assert_eq!(agent.wait_exit(SLOW).code(), Some(0));
    // Reaped before the agent exited: not even a zombie is left.
    for node in nodes {
        assert!(!std::path::Path::new(&format!("/proc/{node}")).exists(), "node {node} is left");
    }
    let pids = format!("pid {} for Vanilla, {} for Tracing", nodes[0], nodes[1]);
    assert!(agent.log_lines().join("\n").contains(&format!("the waiting nodes ({pids}) exited with signal 15")));
}

#[test]
fn sigkill_before_init_leaves_no_waiting_node() {
    let mut agent = start_real("prestart-sigkill", &["--prestart=1"]);
    let nodes = wait_waiting(&agent);
    agent.signal(libc::SIGKILL);
    agent.wait_exit(SLOW);
    nodes.iter().for_each(|&node| wait_pid_gone(node, SLOW));
}

#[test]
fn with_prestart_off_no_node_runs_before_init() {
    let agent = start_real("prestart-off", &["--prestart=0"]);
    agent.wait_log("pre-starting node is off", SLOW);
    let info = agent.info();
    assert_eq!((info["prestart"].as_str(), &info["prestartPids"]), (Some("off"), &Value::Null), "{info}");
    assert!(!agent.log_lines().join("\n").contains("pre-started"));
    agent.start_function("Vanilla", SEED_DEMO);
    assert_eq!(agent.info()["prestart"], "off");
}

#[test]
fn a_runtime_library_without_the_bootstrap_starts_node_at_init() {
    let workdir = TempDir::new("prestart-missing");
    let runtime = workdir.path().join("node_modules/containerless");
    std::fs::create_dir_all(&runtime).unwrap();
    std::os::unix::fs::symlink(
        fixtures().join("runtime/node_modules/containerless/index.js"),
        runtime.join("index.js"),
    )
    .unwrap();
    let agent = Agent::start_in(workdir, &["--prestart=1"]);
    agent.wait_log("cannot pre-start node (", SLOW);
    assert_eq!(agent.info()["prestart"], "failed");
    agent.start_function("Vanilla", SEED_DEMO);
}

#[test]
fn a_node_that_cannot_run_the_bootstrap_is_given_up_and_init_reports_why() {
    // Node exits at once whatever it is asked to run.
    let agent = start_real("prestart-broken", &["--prestart=1", "--node", "node --no-such-flag"]);
    agent.wait_log("in a row died within", SLOW);
    assert_eq!(agent.info()["prestart"], "failed");
    assert_eq!(agent.info()["prestartRestarts"], 2);
    assert_eq!(agent.init("Vanilla", SEED_DEMO).status, 200);
    agent.wait_status("runtime-error", SLOW);
    assert!(agent.info()["error"].as_str().unwrap().contains("node exited before it was ready"));
}

#[test]
fn a_compile_error_stops_the_waiting_node() {
    let agent = start_real("prestart-compile-error", &["--prestart=1"]);
    let nodes = wait_waiting(&agent);
    assert_eq!(agent.init("Tracing", "let x = ;").status, 200);
    agent.wait_status("compile-error", SLOW);
    nodes.iter().for_each(|&node| wait_pid_gone(node, SLOW));
    let info = agent.info();
    assert_eq!((info["prestart"].as_str(), info["exitStatus"].is_null()), (Some("unused"), true), "{info}");
    agent.assert_healthy();
}
