//! `containerless-agent transform FILE` and `js-transform.sh`, run as the
//! agent runs them: real processes, real files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const AGENT: &str = env!("CARGO_BIN_EXE_containerless-agent");

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh directory for one test.
fn workdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("containerless-transform-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn transform(dir: &Path, file: &str) -> Output {
    Command::new(AGENT).arg("transform").arg(file).current_dir(dir).output().expect("run the agent")
}

/// `SCRIPT FILE` in `dir`, as the agent runs it, with the agent binary
/// named by `CONTAINERLESS_AGENT_BIN` or, when `agent_bin` is None, left for
/// the script to find.
fn run_script(dir: &Path, script: &Path, file: &str, agent_bin: Option<&str>) -> Output {
    let mut command = Command::new(script);
    command.arg(file).current_dir(dir);
    match agent_bin {
        Some(bin) => command.env("CONTAINERLESS_AGENT_BIN", bin),
        None => command.env_remove("CONTAINERLESS_AGENT_BIN"),
    };
    command.output().expect("run the script")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The program ends with the tracing runtime's `end`, then its source map.
fn ends_with_source_map(program: &str) -> bool {
    let Some((rest, last)) = program.trim_end_matches('\n').rsplit_once('\n') else { return false };
    rest.ends_with("$T.end();") && last.starts_with("//# sourceMappingURL=data:application/json;charset=utf-8;base64,")
}

#[test]
fn compiles_the_example_to_stdout() {
    let dir = workdir("example");
    std::fs::copy(repo().join("src/transform/testdata/example.js"), dir.join("index.js")).expect("copy");
    let out = transform(&dir, "index.js");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("const $T = require(\"containerless/tracing\");\n"), "{stdout}");
    assert!(ends_with_source_map(&stdout), "{stdout}");
    assert!(stdout.contains("$T.mcallv($s0, null, "), "{stdout}");
    assert!(out.stderr.is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn syntax_errors_are_located_on_stderr_with_exit_1() {
    let dir = workdir("syntax");
    std::fs::write(dir.join("index.js"), "let a = 1;\nlet b = 2;\nfoo = ;\n").expect("write");
    let out = transform(&dir, "index.js");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "no program on a syntax error");
    let stderr = text(&out.stderr);
    assert!(stderr.starts_with("index.js:3:7: "), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    // Early errors oxc leaves to semantic analysis are reported too.
    std::fs::write(dir.join("index.js"), "let a = 1;\n\n  let a = 2;\n").expect("write");
    let out = transform(&dir, "index.js");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).starts_with("index.js:3:7: Identifier 'a' has already been declared"),
        "{}",
        text(&out.stderr)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn unreadable_input_and_bad_usage_exit_2() {
    let dir = workdir("missing");
    let out = transform(&dir, "nope.js");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("nope.js"), "{}", text(&out.stderr));
    std::fs::write(dir.join("bin.js"), [0xff, 0xfe, 0x00]).expect("write");
    let out = transform(&dir, "bin.js");
    assert_eq!(out.status.code(), Some(2));
    let out = Command::new(AGENT).arg("transform").output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("usage"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn too_deep_nesting_is_a_compile_error() {
    let dir = workdir("deep");
    let deep = format!("x = {}1{};\n", "(".repeat(2000), ")".repeat(2000));
    std::fs::write(dir.join("index.js"), deep).expect("write");
    let out = transform(&dir, "index.js");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("nesting too deep"), "{}", text(&out.stderr));
    let _ = std::fs::remove_dir_all(&dir);
}

#[cfg(unix)]
#[test]
fn js_transform_sh_finds_the_agent_through_a_symlink() {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let script = repo().join("js-transform.sh");
    let mode = std::fs::metadata(&script).expect("script").permissions().mode();
    assert!(mode & 0o111 != 0, "js-transform.sh must be executable");
    let dir = workdir("script");
    std::fs::copy(repo().join("src/transform/testdata/example.js"), dir.join("index.js")).expect("copy");
    symlink(&script, dir.join("js-transform.sh")).expect("symlink");
    // As the agent runs it: `./js-transform.sh index.js` in the work dir,
    // with the binary named explicitly...
    let out = run_script(&dir, Path::new("./js-transform.sh"), "index.js", Some(AGENT));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("const $T = require("));
    // ...and found next to the script's real location (this checkout).
    let out = run_script(&dir, Path::new("./js-transform.sh"), "index.js", None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(ends_with_source_map(&text(&out.stdout)));
    // Errors keep their status through the script.
    std::fs::write(dir.join("bad.js"), "let = ;").expect("write");
    let out = run_script(&dir, Path::new("./js-transform.sh"), "bad.js", Some(AGENT));
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("bad.js:1:"), "{}", text(&out.stderr));
    let _ = std::fs::remove_dir_all(&dir);
}

#[cfg(unix)]
#[test]
fn js_transform_sh_uses_the_binary_beside_it_in_the_dist_layout() {
    use std::os::unix::fs::symlink;
    let dir = workdir("dist");
    std::fs::copy(repo().join("js-transform.sh"), dir.join("js-transform.sh")).expect("copy script");
    symlink(AGENT, dir.join("containerless-agent")).expect("symlink agent");
    std::fs::write(dir.join("index.js"), "let x = 1;\n").expect("write");
    let out = run_script(&dir, &dir.join("js-transform.sh"), "index.js", None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("let x = 1;"));
    let _ = std::fs::remove_dir_all(&dir);
}
