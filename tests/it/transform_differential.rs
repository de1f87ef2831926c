//! Differential test: generated programs (fixed seeds) mixing the
//! constructs the compiler rewrites — short-circuits with effects, updates,
//! compound assignments, loops with `continue`/`break`, `switch` with
//! fall-through, closures capturing loop variables, default parameters,
//! templates — must print the same thing compiled (with the stub tracing
//! runtime) as they do as written.

use crate::common::node;
use crate::common::report;
use node::run_node;
use std::path::{Path, PathBuf};

use containerless::transform::{compile, CompileError};

const PROGRAMS: u64 = 40;
/// Today 36 of the 40 seeds compare; a generator change that makes most
/// programs invalid would leave the test checking little.
const MIN_COMPARED: usize = 25;

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

struct Gen {
    rng: Rng,
    vars: Vec<String>,
    fns: Vec<String>,
    n: u32,
}

impl Gen {
    fn new(seed: u64) -> Self {
        Gen {
            rng: Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1),
            vars: vec!["a".into(), "b".into(), "c".into()],
            fns: Vec::new(),
            n: 0,
        }
    }

    fn fresh(&mut self, prefix: &str) -> String {
        self.n += 1;
        format!("{prefix}{}", self.n)
    }

    fn var(&mut self) -> String {
        let i = self.rng.below(self.vars.len() as u64) as usize;
        self.vars[i].clone()
    }

    fn atom(&mut self) -> String {
        match self.rng.below(10) {
            0..=3 => self.var(),
            4 => (self.rng.below(13) as i64 - 3).to_string(),
            5 => self.rng.pick(&["\"s\"", "'t'", "\"\"", "\"5\""]).to_string(),
            6 => self.rng.pick(&["null", "undefined", "true", "false", "NaN"]).to_string(),
            7 => "o.p".to_string(),
            8 => format!("arr[{}]", self.rng.below(4)),
            _ => "log.length".to_string(),
        }
    }

    fn expr(&mut self, depth: u32) -> String {
        if depth > 2 {
            return self.atom();
        }
        let d = depth + 1;
        match self.rng.below(17) {
            0..=3 => self.atom(),
            4 => {
                let op = self.rng.pick(&["+", "-", "*", "%", "===", "!==", "==", "<", ">=", "&&", "||", "??"]);
                format!("({} {op} {})", self.expr(d), self.expr(d))
            }
            5 => format!("({} ? {} : {})", self.expr(d), self.expr(d), self.expr(d)),
            6 => {
                let op = self.rng.pick(&["!", "-", "+", "typeof ", "void "]);
                format!("{op}({})", self.expr(d))
            }
            7 if !self.fns.is_empty() => {
                let i = self.rng.below(self.fns.len() as u64) as usize;
                let f = self.fns[i].clone();
                format!("{f}({}, {})", self.expr(d), self.expr(d))
            }
            8 => format!("note({})", self.expr(d)),
            9 => format!("`x${{{}}}y${{{}}}`", self.expr(d), self.expr(d)),
            10 => format!("{{ k: {}, m: {} }}", self.expr(d), self.expr(d)),
            11 => format!("[{}, {}]", self.expr(d), self.expr(d)),
            12 => format!("({} = {})", self.var(), self.expr(d)),
            13 => format!("{}{}", self.var(), self.rng.pick(&["++", "--"])),
            14 => format!("{}{}", self.rng.pick(&["++", "--"]), self.var()),
            15 => format!("(o.p {} {})", self.rng.pick(&["+=", "-=", "="]), self.expr(d)),
            _ => format!("(note(1), {})", self.expr(d)),
        }
    }

    fn block(&mut self, depth: u32) -> String {
        let count = self.rng.below(3);
        (0..count).map(|_| self.stmt(depth + 1)).collect::<Vec<_>>().join(" ")
    }

    fn stmt(&mut self, depth: u32) -> String {
        if depth > 2 {
            return format!("log.push({});", self.expr(0));
        }
        match self.rng.below(14) {
            0..=2 => format!("log.push({});", self.expr(0)),
            3 => {
                let op = self.rng.pick(&["=", "+=", "-=", "*="]);
                format!("{} {op} {};", self.var(), self.expr(0))
            }
            4 => format!("if ({}) {{ {} }} else {{ {} }}", self.expr(0), self.block(depth), self.block(depth)),
            5 => {
                let i = self.fresh("i");
                format!(
                    "for (let {i} = 0; {i} < 3; {i}++) {{ {} if ({}) continue; {} }}",
                    self.block(depth),
                    self.expr(0),
                    self.block(depth)
                )
            }
            6 => {
                let w = self.fresh("w");
                format!("let {w} = 0; while ({w} < 3) {{ {w}++; {} if ({}) break; }}", self.block(depth), self.expr(0))
            }
            7 => format!(
                "switch ({}) {{ case 1: {} case \"s\": {} break; default: {} case null: log.push(\"n\"); }}",
                self.expr(0),
                self.block(depth),
                self.block(depth),
                self.block(depth)
            ),
            8 => {
                let v = self.fresh("v");
                let s = format!("let {v} = {};", self.expr(0));
                if depth == 0 {
                    self.vars.push(v);
                }
                s
            }
            9 => {
                let f = self.fresh("f");
                let s = format!(
                    "function {f}(p, q = {}) {{ {} return {} + p; }}",
                    self.expr(0),
                    self.block(depth),
                    self.expr(0)
                );
                if depth == 0 {
                    self.fns.push(f);
                }
                s
            }
            10 => {
                let k = self.fresh("k");
                format!("let {k} = 0; do {{ {k}++; {} }} while ({k} < 2 && {});", self.block(depth), self.expr(0))
            }
            11 => {
                let i = self.fresh("i");
                format!("for (let {i} = 0; {i} < 2; {i}++) {{ fns.push(() => {i} + String({})); }}", self.var())
            }
            12 => format!("{} && log.push({});", self.expr(0), self.expr(0)),
            _ => format!("o.q = {}; arr[{}] = {};", self.expr(0), self.rng.below(4), self.expr(0)),
        }
    }

    fn program(&mut self) -> String {
        let mut src = String::from(
            "let log = [], fns = []; function note(x) { log.push(\"note\"); return x; }\n\
             let a = 1, b = \"two\", c = null; let o = { p: 3 }; let arr = [1, 2, 3];\n",
        );
        let count = 5 + self.rng.below(11);
        for _ in 0..count {
            src.push_str(&self.stmt(0));
            src.push('\n');
        }
        src.push_str("console.log(JSON.stringify(log), a, b, c, JSON.stringify(o), JSON.stringify(arr), fns.map((f) => f()).join(\",\"));\n");
        src
    }
}

#[test]
fn generated_programs_behave_the_same_compiled() {
    let dir: PathBuf =
        std::env::temp_dir().join(format!("containerless-transform-differential-{}", std::process::id()));
    let package = dir.join("node_modules/containerless/tracing");
    std::fs::create_dir_all(&package).expect("temp dir");
    let stub = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/transform/testdata/stub/tracing.js");
    std::fs::copy(stub, package.join("index.js")).expect("stub");
    // The stub's `isArray`, `forInFits`, `restFits` and sort guards are the runtime's own.
    crate::common::copy_runtime_guards(&package);
    let mut compared = 0;
    let mut failures = Vec::new();
    // Expected outcomes that leave nothing to compare, by kind: the seeds.
    let (mut invalid, mut throws) = (Vec::new(), Vec::new());
    for seed in 1..=PROGRAMS {
        let src = Gen::new(seed).program();
        std::fs::write(dir.join("p.js"), &src).expect("write");
        let compiled = match compile(&src, "p.js") {
            Ok(out) => out,
            // The generator can produce a statement starting with `{` (a
            // block, so `{ k: 1, m: 2 }` does not parse): a syntax error is
            // expected when Node rejects the program too.
            Err(CompileError::Syntax { message, .. }) => {
                if node_accepts(&dir, "p.js") {
                    failures.push(format!("seed {seed}: Node accepts it but the compiler says {message}:\n{src}"));
                } else {
                    invalid.push(seed);
                }
                continue;
            }
            // A crash or any other compiler error is a bug.
            Err(e) => {
                failures.push(format!("seed {seed}: {e}:\n{src}"));
                continue;
            }
        };
        std::fs::write(dir.join("p.traced.js"), &compiled).expect("write");
        let (want, want_status) = run_node(&dir, "p.js");
        if want_status != Some(0) {
            // Throws as written (e.g. calls a number): its stack trace names
            // the file and line, which compiling changes.
            throws.push(seed);
            continue;
        }
        let (got, got_status) = run_node(&dir, "p.traced.js");
        compared += 1;
        if (want.as_str(), want_status) != (got.as_str(), got_status) {
            failures.push(format!("seed {seed}:\n{src}\nwant {want}\ngot ({got_status:?}) {got}"));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    report::note(
        "transform_differential",
        &format!(
            "transform_differential: {compared}/{PROGRAMS} generated programs compared; not compared: \
             {} invalid JavaScript (Node agrees) {invalid:?}, {} throw as written {throws:?}",
            invalid.len(),
            throws.len()
        ),
    );
    assert!(failures.is_empty(), "{}", failures.join("\n----\n"));
    assert!(compared >= MIN_COMPARED, "only {compared} generated programs ran: the generator is broken");
}

/// Whether `node --check` parses `file` in `dir`.
fn node_accepts(dir: &Path, file: &str) -> bool {
    let status = std::process::Command::new("node")
        .args(["--check", file])
        .current_dir(dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .expect("node must be installed to run the compiler tests");
    status.success()
}
