//! `make dist` produces a layout a container can run: the agent, the
//! compiler entry point and the runtime, and nothing that needs the checkout.
//! This test builds the layout from the binary under test with the Makefile's
//! own recipe and runs a Tracing-mode function from it.

use crate::common::oracle;
use crate::common::*;
use std::path::Path;
use std::process::Command;

#[test]
fn the_dist_layout_runs_a_traced_function() {
    let dist = TempDir::new("dist");
    make_dist_layout(dist.path());
    for file in [
        "containerless-agent",
        "js-transform.sh",
        "node_modules/containerless/index.js",
        "node_modules/containerless/tracing/index.js",
        "node_modules/containerless/prestart.js",
    ] {
        assert!(dist.path().join(file).exists(), "dist lacks {file}");
    }
    for dir in ["test", "tracing/test", "tools"] {
        assert!(!dist.path().join("node_modules/containerless").join(dir).exists(), "{dir} is not shipped");
    }
    assert_bundle_is_fresh(&dist.path().join("node_modules/containerless/tracing/bundled.js"));
    assert_code_cache_is_used(&dist.path().join("node_modules/containerless/tracing"));

    let binary = dist.path().join("containerless-agent");
    let workdir_path = dist.path().to_path_buf();
    // The agent's workdir is the dist directory itself, as in the image.
    let agent = Agent::start_binary(&binary, dist, &[], &[]);
    assert_eq!(agent.workdir.path(), Path::new(&workdir_path));
    let port = agent.start_function("Tracing", SEED_DEMO);
    assert_ne!(agent.info()["prestart"], "failed", "the dist layout can pre-start Node");
    let answer =
        oracle::call(std::net::SocketAddr::from(([127, 0, 0, 1], port)), &json!({"path": "/"})).expect("answer");
    assert_eq!(answer.body, "hi");
    let trace = agent.get("/trace").json();
    // `let app_N = block [callback listen ...]` (docs/SPEC.md §5 rule 5) in the root block.
    let listen = trace["body"]
        .as_array()
        .expect("root block")
        .iter()
        .filter_map(|n| n["named"]["body"].as_array()?.first())
        .find(|n| n["kind"] == "callback" && n["event"] == "listen");
    let sends_hi = |n: &Value| {
        n["kind"] == "primApp" && n["event"] == "send" && n["eventArgs"][0] == json!({"kind": "string", "value": "hi"})
    };
    assert!(contains_node(listen.expect("a listen callback"), &sends_hi), "{trace}");
}

/// The tracing runtime's one-file bundle is there and matches its sources,
/// so tracing/index.js loads it instead of them (it loads as null otherwise).
fn assert_bundle_is_fresh(bundle: &Path) {
    let script = "process.exitCode = require(process.argv[1]) === null ? 1 : 0";
    let status = Command::new("node").arg("-e").arg(script).arg(bundle).status().expect("run node");
    assert!(status.success(), "{} is missing or stale", bundle.display());
}

/// The bundle's code cache is there and tracing/index.js compiles the bundle
/// from it in a Node with the flags the agent gives Tracing's Node (the dist
/// was made by this machine's node under them, so V8 accepts it).
fn assert_code_cache_is_used(tracing: &Path) {
    assert!(tracing.join("bundled.cache").exists(), "the dist lacks tracing/bundled.cache");
    // Exits at once, before the runtime would complain that `listen` was never called.
    let script = "process.stdout.write(String(require(process.argv[1])._loadedFrom)); process.exit(0)";
    let output = Command::new("node")
        .arg("--stack-size=2952") // src/supervisor.rs TRACING_STACK_KIB
        .arg("-e")
        .arg(script)
        .arg(tracing)
        .env_remove("CONTAINERLESS_CONTROL_FD")
        .output()
        .expect("run node");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(String::from_utf8_lossy(&output.stdout), "code cache");
}

/// Whether `value` or any node nested in it satisfies `predicate`.
fn contains_node(value: &Value, predicate: &dyn Fn(&Value) -> bool) -> bool {
    predicate(value)
        || match value {
            Value::Array(items) => items.iter().any(|v| contains_node(v, predicate)),
            Value::Object(map) => map.values().any(|v| contains_node(v, predicate)),
            _ => false,
        }
}
