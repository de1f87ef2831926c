//! `containerless-agent`: the agent by default, plus two tool subcommands.

fn main() {
    let mut args = std::env::args_os().skip(1).peekable();
    let code = match args.peek().and_then(|a| a.to_str()) {
        Some("transform") => {
            args.next();
            containerless::transform::cli(args.collect())
        }
        Some("eval-trace") => {
            args.next();
            containerless::trace::cli(args.collect())
        }
        _ => containerless::agent::run(args.collect()),
    };
    std::process::exit(code);
}
