//! `containerless-agent eval-trace`: evaluates a trace on one request,
//! validates it, or prints it as text.

use std::ffi::OsString;
use std::io::{self, Read, Write};

use crate::trace::{eval, ir, pretty, validate};

const USAGE: &str = "\
usage: containerless-agent eval-trace --trace T.json [--request R.json] [--full]
       containerless-agent eval-trace --trace T.json --request R1.json --request R2.json ...
       containerless-agent eval-trace --trace T.json --validate [--conformance]
       containerless-agent eval-trace --trace T.json --text

Evaluates a Containerless trace on one request, as the function would answer it.

  --trace FILE     the trace JSON (`-` reads standard input)
  --request FILE   the request JSON {method, path, query, body, headers}
                   (`-` reads standard input; default: GET / with empty query and body).
                   Given more than once: a session, the requests one after another in
                   one instance of the function (each finds the state the ones before
                   left); one JSON line per request, {\"covered\":true,\"response\":{..}}
                   or {\"covered\":false,\"reason\":..}; once one is unknown, so are the
                   rest
  --full           print {\"status\":..,\"contentType\":..,\"body\":..} instead of the body
  --validate       only check the trace and list its problems
  --conformance    with --validate: also check docs/SPEC.md §5's rules 1-7 for the
                   Containerless trace compiler (`rule N: path: problem`)
  --text           print the trace as indented pseudo-JavaScript
  --help           show this text

Exit status: 0 answered (the body on stdout); 3 the trace does not cover the
request (`unknown`; in a session: any request); 2 malformed trace or request, invalid trace (--validate),
or bad usage.
";

/// Exit status when the trace does not cover the request.
pub const EXIT_UNKNOWN: i32 = 3;
/// Exit status for malformed input or bad usage.
pub const EXIT_MALFORMED: i32 = 2;

/// Why the command could not do its work: printed after `eval-trace: `,
/// and the process exits with [`EXIT_MALFORMED`].
#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error("unexpected argument `{0}`\n{USAGE}")]
    UnexpectedArgument(String),
    #[error("argument is not UTF-8: {0:?}\n{USAGE}")]
    NotUnicode(OsString),
    #[error("{0} needs a file name\n{USAGE}")]
    MissingValue(&'static str),
    #[error("--trace is required\n{USAGE}")]
    MissingTrace,
    #[error("--conformance goes with --validate\n{USAGE}")]
    ConformanceAlone,
    #[error("only one of --trace and the --requests can read standard input")]
    TwoStandardInputs,
    /// `what` is a file name or "standard input".
    #[error("cannot read {what}: {err}")]
    Read { what: String, err: io::Error },
    #[error("cannot write the output: {0}")]
    Write(#[from] io::Error),
    #[error("malformed trace: {0}")]
    Trace(ir::Problem),
    #[error(transparent)]
    Eval(#[from] eval::EvalError),
}

#[derive(Debug, Default)]
struct CliArgs {
    trace: Option<String>,
    requests: Vec<String>,
    full: bool,
    validate: bool,
    conformance: bool,
    text: bool,
    help: bool,
}

fn parse_args(args: Vec<OsString>) -> Result<CliArgs, CliError> {
    let mut parsed = CliArgs::default();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let arg = arg.into_string().map_err(CliError::NotUnicode)?;
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag.to_owned(), Some(value.to_owned())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &'static str| -> Result<String, CliError> {
            match inline.clone() {
                Some(v) => Ok(v),
                None => args.next().and_then(|v| v.into_string().ok()).ok_or(CliError::MissingValue(name)),
            }
        };
        match flag.as_str() {
            "--trace" => parsed.trace = Some(value("--trace")?),
            "--request" => parsed.requests.push(value("--request")?),
            "--full" => parsed.full = true,
            "--validate" => parsed.validate = true,
            "--conformance" => parsed.conformance = true,
            "--text" => parsed.text = true,
            "--help" | "-h" => parsed.help = true,
            other => return Err(CliError::UnexpectedArgument(other.to_string())),
        }
    }
    Ok(parsed)
}

fn read_input(path: &str) -> Result<Vec<u8>, CliError> {
    if path == "-" {
        let mut bytes = Vec::new();
        io::stdin().read_to_end(&mut bytes).map_err(|err| CliError::Read { what: "standard input".into(), err })?;
        Ok(bytes)
    } else {
        std::fs::read(path).map_err(|err| CliError::Read { what: path.into(), err })
    }
}

/// `containerless-agent eval-trace --trace T.json --request R.json`.
/// Exit 0 with the response body on stdout; 3 when the path is unknown;
/// 2 on a malformed trace or request.
pub fn main(args: Vec<OsString>) -> i32 {
    match run(args) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("eval-trace: {err}");
            EXIT_MALFORMED
        }
    }
}

fn run(args: Vec<OsString>) -> Result<i32, CliError> {
    let args = parse_args(args)?;
    if args.help {
        print!("{USAGE}");
        return Ok(0);
    }
    let trace_path = args.trace.ok_or(CliError::MissingTrace)?;
    let stdin_reads = args.requests.iter().chain([&trace_path]).filter(|path| *path == "-").count();
    if stdin_reads > 1 {
        return Err(CliError::TwoStandardInputs);
    }
    let trace = read_input(&trace_path)?;
    let mut stdout = io::stdout().lock();
    if args.conformance && !args.validate {
        return Err(CliError::ConformanceAlone);
    }
    if args.conformance {
        return conformance_cli(&trace, &trace_path, &mut stdout);
    }
    if args.validate {
        return match validate::validate_json(&trace) {
            Ok(_) => {
                writeln!(stdout, "valid")?;
                Ok(0)
            }
            Err(problems) => {
                for problem in &problems {
                    writeln!(stdout, "{problem}")?;
                }
                eprintln!("eval-trace: {} problem(s) in {trace_path}", problems.len());
                Ok(EXIT_MALFORMED)
            }
        };
    }
    if args.text {
        let text = pretty::render(&trace).map_err(CliError::Trace)?;
        stdout.write_all(text.as_bytes())?;
        return Ok(0);
    }
    if args.requests.len() > 1 {
        return session(&trace, &args.requests, &mut stdout);
    }
    let request = match args.requests.first() {
        Some(path) => read_input(path)?,
        None => b"{}".to_vec(),
    };
    let evaluation = eval::eval_request_detailed(&trace, &request, &eval::Limits::default())?;
    match evaluation.outcome {
        eval::Outcome::Response(response) => {
            if args.full {
                writeln!(stdout, "{}", response.to_json())?;
            } else {
                stdout.write_all(response.body.as_bytes())?;
            }
            stdout.flush()?;
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

/// Several `--request`s: one instance, one JSON line per request.
fn session(trace: &[u8], paths: &[String], out: &mut impl Write) -> Result<i32, CliError> {
    let requests = paths.iter().map(|path| read_input(path)).collect::<Result<Vec<_>, _>>()?;
    let evaluations = eval::eval_session_detailed(trace, &requests, &eval::Limits::default())?;
    for evaluation in &evaluations {
        writeln!(out, "{}", evaluation.to_json())?;
    }
    out.flush()?;
    let all_covered = evaluations.iter().all(|evaluation| matches!(evaluation.outcome, eval::Outcome::Response(_)));
    Ok(if all_covered { 0 } else { EXIT_UNKNOWN })
}

/// `--validate --conformance`: the validator's problems, then every rule
/// the trace breaks; exit 0 only when there are none.
fn conformance_cli(trace: &[u8], trace_path: &str, out: &mut impl Write) -> Result<i32, CliError> {
    let (problems, violations) = match validate::validate_json(trace) {
        Ok(root) => (Vec::new(), validate::conformance(&root)),
        Err(problems) => {
            let violations = ir::parse_trace(trace).map(|root| validate::conformance(&root)).unwrap_or_default();
            (problems, violations)
        }
    };
    for problem in &problems {
        writeln!(out, "{problem}")?;
    }
    for violation in &violations {
        writeln!(out, "{violation}")?;
    }
    if problems.is_empty() && violations.is_empty() {
        writeln!(out, "valid and conforming")?;
        return Ok(0);
    }
    eprintln!("eval-trace: {} problem(s), {} rule violation(s) in {trace_path}", problems.len(), violations.len());
    Ok(EXIT_MALFORMED)
}
