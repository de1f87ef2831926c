//! Golden and fidelity tests of the tracing compiler.
//!
//! Every `src/transform/testdata/*.js` (not `*.out.js`, not `*.traced.js`)
//! is compiled and compared with `<name>.out.js`; `UPDATE_GOLDEN=1`
//! rewrites the expected files instead. The fidelity test runs each input
//! and its compiled form under `node`, with a stub tracing runtime that just
//! performs the calls, and requires the same stdout and exit status.

use crate::common::diff;
use crate::common::node;
use node::run_node;
use std::path::{Path, PathBuf};

use containerless::transform::compile;

fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/transform/testdata")
}

fn inputs() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(testdata())
        .expect("testdata directory")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.ends_with(".js") && !name.ends_with(".out.js") && !name.ends_with(".traced.js")
        })
        .collect();
    found.sort();
    assert!(found.len() >= 8, "expected the golden inputs, found {found:?}");
    found
}

fn compiled(input: &Path) -> String {
    let source = std::fs::read_to_string(input).expect("readable input");
    let name = input.file_name().and_then(|n| n.to_str()).unwrap_or("index.js");
    let program = compile(&source, name).unwrap_or_else(|e| panic!("{} does not compile: {e}", input.display()));
    // The source map's line (an opaque data URL) is left out of the golden
    // files; `transform::sourcemap`'s tests check what it maps.
    match program.rsplit_once("//# sourceMappingURL=data:") {
        Some((code, _)) => code.to_string(),
        None => panic!("{} has no source map:\n{program}", input.display()),
    }
}

#[test]
fn golden_outputs_match() {
    let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1");
    let mut mismatches = Vec::new();
    for input in inputs() {
        let output = compiled(&input);
        let expected_path = input.with_extension("out.js");
        if update {
            std::fs::write(&expected_path, &output).expect("write golden file");
            continue;
        }
        match std::fs::read_to_string(&expected_path) {
            Ok(expected) if expected == output => {}
            Ok(expected) => mismatches.push(format!(
                "{} differs from {} (- expected, + compiled):\n{}",
                input.display(),
                expected_path.display(),
                diff::unified(&expected, &output)
            )),
            Err(_) => mismatches.push(format!("{} is missing", expected_path.display())),
        }
    }
    assert!(mismatches.is_empty(), "{}\n(run with UPDATE_GOLDEN=1 to accept)", mismatches.join("\n"));
}

#[test]
fn compiling_is_deterministic() {
    for input in inputs() {
        assert_eq!(compiled(&input), compiled(&input), "{}", input.display());
    }
}

#[test]
fn compiled_programs_behave_like_the_originals() {
    // Both ways a compiled program runs: `$T.on` false (nothing records:
    // the plain operations, and the stub fails if a record is called) and
    // true (every `$T` call made).
    for on in [false, true] {
        behave_like_the_originals(on);
    }
}

fn behave_like_the_originals(on: bool) {
    let dir = std::env::temp_dir().join(format!("containerless-transform-fidelity-{}-{on}", std::process::id()));
    let package = dir.join("node_modules/containerless");
    std::fs::create_dir_all(package.join("tracing")).expect("temp dir");
    std::fs::copy(testdata().join("stub/tracing.js"), package.join("tracing/stub.js")).expect("stub tracing");
    let index = format!("const stub = require(\"./stub.js\");\nstub.on = {on};\nmodule.exports = stub;\n");
    std::fs::write(package.join("tracing/index.js"), index).expect("stub tracing index");
    std::fs::copy(testdata().join("stub/containerless.js"), package.join("index.js")).expect("stub containerless");
    // The stub's `isArray`, `forInFits`, `restFits` and sort guards are the runtime's own.
    crate::common::copy_runtime_guards(&package.join("tracing"));
    let mut failures = Vec::new();
    for input in inputs() {
        let stem = input.file_stem().and_then(|s| s.to_str()).unwrap_or("input").to_string();
        let original = format!("{stem}.js");
        let traced = format!("{stem}.traced.js");
        std::fs::copy(&input, dir.join(&original)).expect("copy input");
        std::fs::write(dir.join(&traced), compiled(&input)).expect("write traced");
        let (want, want_status) = run_node(&dir, &original);
        let (got, got_status) = run_node(&dir, &traced);
        assert!(!want.is_empty(), "{original} prints nothing: the test would prove nothing");
        if want != got || want_status != got_status {
            failures.push(format!(
                "{stem} ($T.on {on}): original ({want_status:?}):\n{want}\ncompiled ({got_status:?}):\n{got}"
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n----\n"));
}

/// Lines of a compiled program with every hoisted constant `$tN` replaced
/// by its text (constants are defined before use, so one pass in order
/// expands lists of templates too), so that numbering does not matter.
fn canonical(program: &str) -> Vec<String> {
    let mut constants = std::collections::HashMap::new();
    let mut body = Vec::new();
    for line in program.lines().filter(|l| !l.starts_with("//")) {
        if let Some(rest) = line.strip_prefix("const $t") {
            if let Some((number, text)) = rest.split_once(" = ") {
                let expanded = expand(text.trim_end_matches(';'), &constants);
                constants.insert(format!("$t{number}"), expanded);
                continue;
            }
        }
        body.push(line);
    }
    body.iter().map(|line| expand(line, &constants)).collect()
}

fn expand(line: &str, constants: &std::collections::HashMap<String, String>) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(at) = rest.find("$t") {
        out.push_str(&rest[..at]);
        let digits = rest[at + 2..].bytes().take_while(u8::is_ascii_digit).count();
        let name = &rest[at..at + 2 + digits];
        match constants.get(name) {
            Some(t) if digits > 0 => out.push_str(t),
            _ => out.push_str(name),
        }
        rest = &rest[at + 2 + digits..];
    }
    out.push_str(rest);
    out
}

#[test]
fn the_worked_example_matches_the_hand_written_reference() {
    let reference = std::fs::read_to_string(testdata().join("example.traced.js")).expect("reference");
    let output = compiled(&testdata().join("example.js"));
    assert_eq!(canonical(&output), canonical(&reference));
}
