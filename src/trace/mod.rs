//! The trace: IR types, validator, pretty printer and evaluator.
use std::ffi::OsString;

pub mod eval;
pub mod ir;
pub mod json;
pub mod number;
pub mod pretty;
pub mod validate;

/// Stack for the threads that walk traces: trace nesting is bounded (see
/// [`ir::MAX_TRACE_DEPTH`]) but the recursive walks need more than the 2 MiB
/// a spawned thread gets by default. Only touched pages are committed.
const WALK_STACK_BYTES: usize = 256 << 20;

/// Runs `work` on a scoped thread with a large stack, so that deep traces
/// and values can be walked recursively without overflowing the caller's.
pub(crate) fn on_big_stack<T: Send>(work: impl FnOnce() -> T + Send) -> T {
    // The closure is parked here so it can still run inline if no thread can
    // be started (resource limits): deep traces may then fail, shallow ones not.
    let parked = std::sync::Mutex::new(Some(work));
    let take = || parked.lock().ok().and_then(|mut slot| slot.take());
    let ran = std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new()
            .name("trace-walk".into())
            .stack_size(WALK_STACK_BYTES)
            .spawn_scoped(scope, || take().map(|w| w()));
        match spawned.map(|handle| handle.join()) {
            Ok(Ok(value)) => value,
            Ok(Err(panic)) => std::panic::resume_unwind(panic),
            Err(_) => None,
        }
    });
    match ran {
        Some(value) => value,
        None => match take() {
            Some(w) => w(),
            None => unreachable!("the trace thread neither ran nor returned its work"),
        },
    }
}

const USAGE: &str = "\
usage: containerless-agent eval-trace --trace T.json [--request R.json] [--full]
       containerless-agent eval-trace --trace T.json --validate [--conformance]
       containerless-agent eval-trace --trace T.json --text

Evaluates a Containerless trace on one request, as the function would answer it.

  --trace FILE     the trace JSON (`-` reads standard input)
  --request FILE   the request JSON {method, path, query, body, headers}
                   (`-` reads standard input; default: GET / with empty query and body)
  --full           print {\"status\":..,\"contentType\":..,\"body\":..} instead of the body
  --validate       only check the trace and list its problems
  --conformance    with --validate: also check SPEC §5's rules 1-7 for the
                   Containerless trace compiler (`rule N: path: problem`)
  --text           print the trace as indented pseudo-JavaScript
  --help           show this text

Exit status: 0 answered (the body on stdout); 3 the trace does not cover the
request (`unknown`); 2 malformed trace or request, invalid trace (--validate),
or bad usage.
";

/// Exit status when the trace does not cover the request.
pub const EXIT_UNKNOWN: i32 = 3;
/// Exit status for malformed input or bad usage.
pub const EXIT_MALFORMED: i32 = 2;

#[derive(Debug, Default)]
struct CliArgs {
    trace: Option<String>,
    request: Option<String>,
    full: bool,
    validate: bool,
    conformance: bool,
    text: bool,
    help: bool,
}

fn parse_args(args: Vec<OsString>) -> Result<CliArgs, String> {
    let mut parsed = CliArgs::default();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let arg = arg.into_string().map_err(|a| format!("argument is not UTF-8: {a:?}"))?;
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag.to_owned(), Some(value.to_owned())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            match inline.clone() {
                Some(v) => Ok(v),
                None => {
                    args.next().and_then(|v| v.into_string().ok()).ok_or_else(|| format!("{name} needs a file name"))
                }
            }
        };
        match flag.as_str() {
            "--trace" => parsed.trace = Some(value("--trace")?),
            "--request" => parsed.request = Some(value("--request")?),
            "--full" => parsed.full = true,
            "--validate" => parsed.validate = true,
            "--conformance" => parsed.conformance = true,
            "--text" => parsed.text = true,
            "--help" | "-h" => parsed.help = true,
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    Ok(parsed)
}

fn read_input(path: &str) -> Result<Vec<u8>, String> {
    use std::io::Read;
    if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("cannot read standard input: {e}"))?;
        Ok(bytes)
    } else {
        std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))
    }
}

/// `containerless-agent eval-trace --trace T.json --request R.json`.
/// Exit 0 with the response body on stdout; 3 when the path is unknown;
/// 2 on a malformed trace or request.
pub fn cli(args: Vec<OsString>) -> i32 {
    match run_cli(args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("eval-trace: {message}");
            EXIT_MALFORMED
        }
    }
}

fn run_cli(args: Vec<OsString>) -> Result<i32, String> {
    use std::io::Write;
    let args = parse_args(args).map_err(|e| format!("{e}\n{USAGE}"))?;
    if args.help {
        print!("{USAGE}");
        return Ok(0);
    }
    let trace_path = args.trace.ok_or_else(|| format!("--trace is required\n{USAGE}"))?;
    if args.request.as_deref() == Some("-") && trace_path == "-" {
        return Err("only one of --trace and --request can read standard input".into());
    }
    let trace = read_input(&trace_path)?;
    let mut stdout = std::io::stdout().lock();
    let write_failed = |e: std::io::Error| format!("cannot write the output: {e}");
    if args.conformance && !args.validate {
        return Err(format!("--conformance goes with --validate\n{USAGE}"));
    }
    if args.conformance {
        return conformance_cli(&trace, &trace_path, &mut stdout);
    }
    if args.validate {
        return match validate::validate_json(&trace) {
            Ok(_) => {
                writeln!(stdout, "valid").map_err(write_failed)?;
                Ok(0)
            }
            Err(problems) => {
                for problem in &problems {
                    writeln!(stdout, "{problem}").map_err(write_failed)?;
                }
                eprintln!("eval-trace: {} problem(s) in {trace_path}", problems.len());
                Ok(EXIT_MALFORMED)
            }
        };
    }
    if args.text {
        let text = pretty::render(&trace).map_err(|e| format!("malformed trace: {e}"))?;
        stdout.write_all(text.as_bytes()).map_err(write_failed)?;
        return Ok(0);
    }
    let request = match &args.request {
        Some(path) => read_input(path)?,
        None => b"{}".to_vec(),
    };
    let evaluation =
        eval::eval_request_detailed(&trace, &request, &eval::Limits::default()).map_err(|e| e.to_string())?;
    match evaluation.outcome {
        eval::Outcome::Response(response) => {
            if args.full {
                writeln!(stdout, "{}", response.to_json()).map_err(write_failed)?;
            } else {
                stdout.write_all(response.body.as_bytes()).map_err(write_failed)?;
            }
            stdout.flush().map_err(write_failed)?;
            Ok(0)
        }
        eval::Outcome::Unknown => {
            eprintln!("unknown: the trace does not cover this request");
            if let Some(reason) = evaluation.unknown_reason {
                eprintln!("reason: {reason}");
            }
            Ok(EXIT_UNKNOWN)
        }
    }
}

/// `--validate --conformance`: the validator's problems, then every rule
/// the trace breaks; exit 0 only when there are none.
fn conformance_cli(trace: &[u8], trace_path: &str, out: &mut impl std::io::Write) -> Result<i32, String> {
    let write_failed = |e: std::io::Error| format!("cannot write the output: {e}");
    let (problems, violations) = match validate::validate_json(trace) {
        Ok(root) => (Vec::new(), validate::conformance(&root)),
        Err(problems) => {
            let violations = ir::parse_trace(trace).map(|root| validate::conformance(&root)).unwrap_or_default();
            (problems, violations)
        }
    };
    for problem in &problems {
        writeln!(out, "{problem}").map_err(write_failed)?;
    }
    for violation in &violations {
        writeln!(out, "{violation}").map_err(write_failed)?;
    }
    if problems.is_empty() && violations.is_empty() {
        writeln!(out, "valid and conforming").map_err(write_failed)?;
        return Ok(0);
    }
    eprintln!("eval-trace: {} problem(s), {} rule violation(s) in {trace_path}", problems.len(), violations.len());
    Ok(EXIT_MALFORMED)
}
