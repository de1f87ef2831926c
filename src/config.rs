//! Command-line flags and their environment equivalents (a flag wins).
//!
//! Parsing is hand-written: a dozen `--name VALUE` options do not justify a
//! dependency, and one table drives parsing, defaults and `--help` alike.

use std::ffi::OsString;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// `host:port` the HTTP API binds; port 0 picks a free one.
    pub listen: String,
    pub function_port: u16,
    /// Address the function binds (`CONTAINERLESS_HOST` for the runtime).
    pub function_host: String,
    pub workdir: PathBuf,
    pub node: String,
    pub transform: String,
    pub start_timeout: Duration,
    pub compile_timeout: Duration,
    pub max_body: usize,
    pub workers: usize,
    pub token: Option<String>,
    /// Time between TERM and KILL when stopping a process group.
    pub kill_grace: Duration,
    /// Deadline for a client to send a request, or to take a response.
    pub client_timeout: Duration,
    /// Whole-evaluation deadline of `POST /trace/eval`.
    pub eval_timeout: Duration,
    /// `/readyz` is 503 once the runtime's heartbeat is this late.
    pub heartbeat_timeout: Duration,
    /// Start Node with the agent, waiting for the function (DESIGN.md §2).
    pub prestart: bool,
    /// Text lines for people, or one JSON object per line for pipelines.
    pub log_format: crate::log::Format,
    /// Which requests Tracing mode traces (docs/SPEC.md §5 "Tracing cost").
    pub sampling: Sampling,
}

/// Tracing mode traces every request until the trace has not changed over
/// `settle` traced requests, then one in `sample`, until one changes it
/// again; `all` traces every request. The runtime does the counting
/// (tracing/core.js `Sampler`); the agent passes these to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sampling {
    pub settle: u32,
    pub sample: u32,
    pub all: bool,
}

impl Sampling {
    /// The runtime's environment for these settings.
    pub fn env(&self) -> [(&'static str, String); 3] {
        [
            ("CONTAINERLESS_TRACE_SETTLE", self.settle.to_string()),
            ("CONTAINERLESS_TRACE_SAMPLE", self.sample.to_string()),
            ("CONTAINERLESS_TRACE_ALL", u8::from(self.all).to_string()),
        ]
    }
}

/// Largest `--trace-settle` and `--trace-sample` (the runtime's integers).
const MAX_SAMPLING: u64 = (1 << 31) - 1;

/// Options that may be given bare, meaning on: `--trace-all`.
const BARE_SWITCHES: [&str; 1] = ["--trace-all"];

/// Largest `--max-body`.
pub const MAX_BODY_LIMIT: usize = 1 << 30;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Run(Box<Config>),
    Help,
    Version,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("unknown argument `{0}` (see --help)")]
    UnknownArgument(String),
    #[error("{0} needs a value")]
    MissingValue(String),
    #[error("argument is not valid UTF-8: {0:?}")]
    NotUnicode(OsString),
    #[error("invalid {source_name} `{value}`: {reason}")]
    Invalid { source_name: String, value: String, reason: String },
}

impl ConfigError {
    /// Stable numeric code (the process exits with status 2 for each).
    pub fn code(&self) -> u16 {
        match self {
            ConfigError::UnknownArgument(_) => 11,
            ConfigError::MissingValue(_) => 12,
            ConfigError::NotUnicode(_) => 13,
            ConfigError::Invalid { .. } => 14,
        }
    }
}

struct Opt {
    flag: &'static str,
    env: &'static str,
    value: &'static str,
    default: Option<&'static str>,
    help: &'static str,
}

const OPTIONS: &[Opt] = &[
    Opt { flag: "--listen", env: "CONTAINERLESS_LISTEN", value: "ADDR", default: Some("0.0.0.0:8080"), help: "address of the agent's HTTP API (port 0: any free port)" },
    Opt { flag: "--function-port", env: "CONTAINERLESS_FUNCTION_PORT", value: "N", default: Some("8081"), help: "port the function listens on (0: any free port)" },
    Opt { flag: "--function-host", env: "CONTAINERLESS_FUNCTION_HOST", value: "HOST", default: Some("0.0.0.0"), help: "address the function binds" },
    Opt { flag: "--workdir", env: "CONTAINERLESS_WORKDIR", value: "DIR", default: None, help: "holds js-transform.sh and node_modules/containerless; index.js and traced.js are written here (default: current directory)" },
    Opt { flag: "--node", env: "CONTAINERLESS_NODE", value: "CMD", default: Some("node"), help: "Node.js command line, split on whitespace (e.g. `node --max-old-space-size=64`)" },
    Opt { flag: "--transform", env: "CONTAINERLESS_TRANSFORM", value: "CMD", default: Some("./js-transform.sh"), help: "tracing compiler command line, split on whitespace; a program with a `/` is relative to the workdir" },
    Opt { flag: "--start-timeout", env: "CONTAINERLESS_START_TIMEOUT", value: "SECS", default: Some("10"), help: "time for the function to start listening" },
    Opt { flag: "--compile-timeout", env: "CONTAINERLESS_COMPILE_TIMEOUT", value: "SECS", default: Some("30"), help: "time for the tracing compiler" },
    Opt { flag: "--max-body", env: "CONTAINERLESS_MAX_BODY", value: "BYTES", default: Some("8388608"), help: "largest request body accepted" },
    Opt { flag: "--workers", env: "CONTAINERLESS_WORKERS", value: "N", default: Some("4"), help: "workers for GET /trace, and as many again for POST /trace/eval (every other request has 2 workers of its own)" },
    Opt { flag: "--token", env: "CONTAINERLESS_TOKEN", value: "T", default: None, help: "require `Authorization: Bearer T` on /init, /trace and /trace/eval (default: API open; an empty token is refused)" },
    Opt { flag: "--kill-grace", env: "CONTAINERLESS_KILL_GRACE", value: "SECS", default: Some("3"), help: "time between SIGTERM and SIGKILL when stopping a child" },
    Opt { flag: "--client-timeout", env: "CONTAINERLESS_CLIENT_TIMEOUT", value: "SECS", default: Some("10"), help: "a client must send its whole request, and keep taking a response, within this time; idle connections close after it" },
    Opt { flag: "--eval-timeout", env: "CONTAINERLESS_EVAL_TIMEOUT", value: "SECS", default: Some("10"), help: "a /trace/eval evaluation, its outgoing calls included, ends within this time (then it is not covered)" },
    Opt { flag: "--heartbeat-timeout", env: "CONTAINERLESS_HEARTBEAT_TIMEOUT", value: "SECS", default: Some("5"), help: "/readyz is 503 while the function's event loop has been blocked longer than this (the function is not killed)" },
    Opt { flag: "--prestart", env: "CONTAINERLESS_PRESTART", value: "1|0", default: Some("1"), help: "1: start Node with the agent, so /init only loads the function; 0: start Node at /init (less memory while idle)" },
    Opt { flag: "--trace-settle", env: "CONTAINERLESS_TRACE_SETTLE", value: "N", default: Some("100"), help: "Tracing mode traces every request until N traced requests in a row left the trace unchanged" },
    Opt { flag: "--trace-sample", env: "CONTAINERLESS_TRACE_SAMPLE", value: "K", default: Some("50"), help: "then it traces one request in K (gaps of K ± K/2; 1: all), and every request again once one changes the trace" },
    Opt { flag: "--trace-all", env: "CONTAINERLESS_TRACE_ALL", value: "[1|0]", default: Some("0"), help: "1 (or the bare flag): trace every request (tests, debugging)" },
    Opt { flag: "--log-format", env: "CONTAINERLESS_LOG_FORMAT", value: "text|json", default: Some("text"), help: "text: `TIME LEVEL message` lines; json: one {time, level, event, fields} object per line" },
];

/// Parses the agent's arguments (without the program name). `env` looks up
/// an environment variable; passing it in keeps tests independent of the
/// process environment.
pub fn parse(args: Vec<OsString>, env: impl Fn(&str) -> Option<String>) -> Result<Command, ConfigError> {
    let mut given: Vec<Option<String>> = vec![None; OPTIONS.len()];
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let arg = arg.into_string().map_err(ConfigError::NotUnicode)?;
        match arg.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            _ => {}
        }
        let (name, inline_value) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name.to_string(), Some(value.to_string())),
            _ => (arg.clone(), None),
        };
        let index =
            OPTIONS.iter().position(|opt| opt.flag == name).ok_or_else(|| ConfigError::UnknownArgument(arg.clone()))?;
        let value = match inline_value {
            Some(value) => value,
            None if BARE_SWITCHES.contains(&name.as_str()) => "1".to_string(),
            None => args
                .next()
                .ok_or_else(|| ConfigError::MissingValue(name.clone()))?
                .into_string()
                .map_err(ConfigError::NotUnicode)?,
        };
        given[index] = Some(value);
    }
    // For each option: (where the value came from, the value).
    let lookup = |flag: &str| -> Option<(String, String)> {
        let index = OPTIONS.iter().position(|opt| opt.flag == flag)?;
        let opt = &OPTIONS[index];
        if let Some(value) = &given[index] {
            return Some((opt.flag.to_string(), value.clone()));
        }
        // An empty token is refused below, not taken as "unset": an
        // operator who set the variable meant to close the API.
        if let Some(value) = env(opt.env).filter(|v| !v.is_empty() || opt.flag == "--token") {
            return Some((opt.env.to_string(), value));
        }
        opt.default.map(|value| (opt.flag.to_string(), value.to_string()))
    };
    let text = |flag: &str| lookup(flag).map(|(_, value)| value).unwrap_or_default();
    let workdir = match lookup("--workdir") {
        Some((_, dir)) => PathBuf::from(dir),
        None => PathBuf::from("."),
    };
    Ok(Command::Run(Box::new(Config {
        listen: text("--listen"),
        function_port: number(lookup("--function-port"), 0, u16::MAX as u64)? as u16,
        function_host: text("--function-host"),
        workdir,
        node: non_empty(lookup("--node"))?,
        transform: non_empty(lookup("--transform"))?,
        start_timeout: seconds(lookup("--start-timeout"))?,
        compile_timeout: seconds(lookup("--compile-timeout"))?,
        max_body: number(lookup("--max-body"), 1, MAX_BODY_LIMIT as u64)? as usize,
        workers: number(lookup("--workers"), 1, 256)? as usize,
        token: token(lookup("--token"))?,
        kill_grace: seconds(lookup("--kill-grace"))?,
        client_timeout: seconds(lookup("--client-timeout"))?,
        eval_timeout: seconds(lookup("--eval-timeout"))?,
        heartbeat_timeout: seconds(lookup("--heartbeat-timeout"))?,
        prestart: switch(lookup("--prestart"))?,
        log_format: log_format(lookup("--log-format"))?,
        sampling: Sampling {
            settle: number(lookup("--trace-settle"), 1, MAX_SAMPLING)? as u32,
            sample: number(lookup("--trace-sample"), 1, MAX_SAMPLING)? as u32,
            all: switch(lookup("--trace-all"))?,
        },
    })))
}

fn invalid(source: &(String, String), reason: impl Into<String>) -> ConfigError {
    ConfigError::Invalid { source_name: source.0.clone(), value: source.1.clone(), reason: reason.into() }
}

fn number(source: Option<(String, String)>, min: u64, max: u64) -> Result<u64, ConfigError> {
    let source = source.unwrap_or_default();
    match source.1.trim().parse::<u64>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(invalid(&source, format!("expected a whole number from {min} to {max}"))),
    }
}

fn seconds(source: Option<(String, String)>) -> Result<Duration, ConfigError> {
    let source = source.unwrap_or_default();
    match source.1.trim().parse::<f64>() {
        Ok(secs) if secs > 0.0 && secs <= 86_400.0 => Ok(Duration::from_secs_f64(secs)),
        _ => Err(invalid(&source, "expected seconds, more than 0 and at most 86400")),
    }
}

/// An empty (or blank) token would leave the API open while looking closed.
fn token(source: Option<(String, String)>) -> Result<Option<String>, ConfigError> {
    match source {
        Some(source) if source.1.trim().is_empty() => {
            Err(invalid(&source, "an empty token is refused: omit it to leave the API open, or give a secret"))
        }
        Some((_, token)) => Ok(Some(token)),
        None => Ok(None),
    }
}

fn switch(source: Option<(String, String)>) -> Result<bool, ConfigError> {
    let source = source.unwrap_or_default();
    match source.1.trim().to_ascii_lowercase().as_str() {
        "1" | "on" | "true" | "yes" => Ok(true),
        "0" | "off" | "false" | "no" => Ok(false),
        _ => Err(invalid(&source, "expected 1 or 0 (on/off, true/false, yes/no)")),
    }
}

fn log_format(source: Option<(String, String)>) -> Result<crate::log::Format, ConfigError> {
    let source = source.unwrap_or_default();
    match source.1.trim().to_ascii_lowercase().as_str() {
        "text" => Ok(crate::log::Format::Text),
        "json" => Ok(crate::log::Format::Json),
        _ => Err(invalid(&source, "expected text or json")),
    }
}

fn non_empty(source: Option<(String, String)>) -> Result<String, ConfigError> {
    let source = source.unwrap_or_default();
    if source.1.trim().is_empty() {
        return Err(invalid(&source, "must not be empty"));
    }
    Ok(source.1)
}

pub fn help_text() -> String {
    let mut text = String::from(
        "containerless-agent: runs a JavaScript function under Node.js and serves its trace\n\n\
         Usage:\n  containerless-agent [FLAGS]\n  \
         containerless-agent transform FILE\n  \
         containerless-agent eval-trace --trace T.json --request R.json\n\n\
         Flags (each also read from the environment variable shown; a flag wins):\n",
    );
    for opt in OPTIONS {
        let left = format!("  {} {}", opt.flag, opt.value);
        text.push_str(&format!("{left:<28}{}\n{:<28}env {}", opt.help, "", opt.env));
        if let Some(default) = opt.default {
            text.push_str(&format!(", default {default}"));
        }
        text.push('\n');
    }
    text.push_str("  -h, --help                  print this help\n  -V, --version               print the version\n");
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    fn run(list: &[&str], env: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let env: Vec<(String, String)> = env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        match parse(args(list), |name| env.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()))? {
            Command::Run(config) => Ok(*config),
            other => panic!("expected a config, got {other:?}"),
        }
    }

    #[test]
    fn defaults_match_the_spec() {
        let config = run(&[], &[]).unwrap();
        assert_eq!(config.listen, "0.0.0.0:8080");
        assert_eq!(config.function_port, 8081);
        assert_eq!(config.function_host, "0.0.0.0");
        assert_eq!(config.workdir, PathBuf::from("."));
        assert_eq!(config.node, "node");
        assert_eq!(config.transform, "./js-transform.sh");
        assert_eq!(config.start_timeout, Duration::from_secs(10));
        assert_eq!(config.compile_timeout, Duration::from_secs(30));
        assert_eq!(config.max_body, 8 * 1024 * 1024);
        assert_eq!(config.workers, 4);
        assert_eq!(config.token, None);
        assert_eq!(config.kill_grace, Duration::from_secs(3));
        assert_eq!(config.client_timeout, Duration::from_secs(10));
        assert_eq!(config.eval_timeout, Duration::from_secs(10));
        assert_eq!(config.heartbeat_timeout, Duration::from_secs(5));
        assert!(config.prestart);
        assert_eq!(config.log_format, crate::log::Format::Text);
        assert_eq!(config.sampling, Sampling { settle: 100, sample: 50, all: false });
    }

    #[test]
    fn trace_all_may_be_bare_and_sampling_reaches_the_runtime_env() {
        let config = run(&["--trace-all", "--trace-settle", "5", "--trace-sample=3"], &[]).unwrap();
        assert_eq!(config.sampling, Sampling { settle: 5, sample: 3, all: true });
        let env = config.sampling.env().map(|(name, value)| format!("{name}={value}"));
        assert_eq!(env, ["CONTAINERLESS_TRACE_SETTLE=5", "CONTAINERLESS_TRACE_SAMPLE=3", "CONTAINERLESS_TRACE_ALL=1"]);
        assert!(!run(&["--trace-all=0"], &[("CONTAINERLESS_TRACE_ALL", "1")]).unwrap().sampling.all, "a flag wins");
        assert!(run(&[], &[("CONTAINERLESS_TRACE_ALL", "1")]).unwrap().sampling.all);
        let err = run(&["--trace-sample", "0"], &[]).unwrap_err();
        assert!(err.to_string().contains("--trace-sample"), "{err}");
    }

    #[test]
    fn flag_beats_environment_and_environment_beats_default() {
        let env = [("CONTAINERLESS_WORKERS", "7"), ("CONTAINERLESS_MAX_BODY", "100")];
        let config = run(&["--workers", "2"], &env).unwrap();
        assert_eq!(config.workers, 2);
        assert_eq!(config.max_body, 100);
    }

    #[test]
    fn every_option_has_a_working_flag_and_env() {
        let list = [
            "--listen=127.0.0.1:0",
            "--function-port=0",
            "--function-host=127.0.0.1",
            "--workdir=/tmp/x",
            "--node=/usr/bin/node",
            "--transform=./t.sh",
            "--start-timeout=0.5",
            "--compile-timeout=2",
            "--max-body=10",
            "--workers=1",
            "--token=secret",
            "--kill-grace=1",
            "--client-timeout=2.5",
            "--eval-timeout=3",
            "--heartbeat-timeout=1.5",
            "--prestart=0",
            "--trace-settle=9",
            "--trace-sample=4",
            "--trace-all=1",
            "--log-format=json",
        ];
        let from_flags = run(&list, &[]).unwrap();
        let env: Vec<(&str, &str)> =
            OPTIONS.iter().zip(list.iter()).map(|(opt, arg)| (opt.env, arg.split_once('=').unwrap().1)).collect();
        assert_eq!(run(&[], &env).unwrap(), from_flags);
        assert_eq!(from_flags.start_timeout, Duration::from_millis(500));
        assert_eq!(from_flags.token.as_deref(), Some("secret"));
        assert_eq!(from_flags.workdir, PathBuf::from("/tmp/x"));
        assert!(!from_flags.prestart);
        assert_eq!(from_flags.log_format, crate::log::Format::Json);
        let err = run(&["--log-format", "yaml"], &[]).unwrap_err();
        assert!(err.to_string().contains("--log-format") && err.to_string().contains("text or json"), "{err}");
    }

    #[test]
    fn prestart_takes_the_usual_spellings_of_a_switch() {
        for (value, expected) in
            [("1", true), ("on", true), ("TRUE", true), ("0", false), ("off", false), ("no", false)]
        {
            assert_eq!(run(&["--prestart", value], &[]).unwrap().prestart, expected, "{value}");
        }
        assert!(!run(&[], &[("CONTAINERLESS_PRESTART", "0")]).unwrap().prestart);
        assert!(run(&["--prestart=1"], &[("CONTAINERLESS_PRESTART", "0")]).unwrap().prestart, "a flag wins");
        let err = run(&["--prestart", "maybe"], &[]).unwrap_err();
        assert!(err.to_string().contains("--prestart"), "{err}");
    }

    #[test]
    fn refuses_bad_input() {
        assert!(matches!(run(&["--bogus"], &[]), Err(ConfigError::UnknownArgument(_))));
        assert!(matches!(run(&["--workers"], &[]), Err(ConfigError::MissingValue(_))));
        assert!(matches!(run(&["--workers", "0"], &[]), Err(ConfigError::Invalid { .. })));
        assert!(matches!(run(&["--function-port", "70000"], &[]), Err(ConfigError::Invalid { .. })));
        assert!(matches!(run(&["--start-timeout", "-1"], &[]), Err(ConfigError::Invalid { .. })));
        assert!(matches!(run(&["--start-timeout", "NaN"], &[]), Err(ConfigError::Invalid { .. })));
        for empty in [run(&["--token", ""], &[]), run(&["--token= "], &[]), run(&[], &[("CONTAINERLESS_TOKEN", "")])] {
            let err = empty.unwrap_err();
            assert!(err.to_string().contains("an empty token is refused"), "{err}");
        }
        let err = run(&[], &[("CONTAINERLESS_MAX_BODY", "lots")]).unwrap_err();
        assert!(err.to_string().contains("CONTAINERLESS_MAX_BODY"), "{err}");
    }

    #[test]
    fn each_error_has_its_own_stable_code() {
        let codes = [
            run(&["--bogus"], &[]).unwrap_err().code(),
            run(&["--workers"], &[]).unwrap_err().code(),
            ConfigError::NotUnicode(OsString::new()).code(),
            run(&["--workers", "0"], &[]).unwrap_err().code(),
        ];
        assert_eq!(codes, [11, 12, 13, 14]);
    }

    #[test]
    fn help_lists_every_flag_and_variable() {
        let help = help_text();
        for opt in OPTIONS {
            assert!(help.contains(opt.flag) && help.contains(opt.env), "{}", opt.flag);
        }
        assert_eq!(parse(args(&["--workers", "2", "--help"]), |_| None), Ok(Command::Help));
    }
}
