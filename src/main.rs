//! `containerless-agent`: see `containerless::cli` for what it runs.

fn main() {
    std::process::exit(containerless::cli::main(std::env::args_os().skip(1).collect()));
}
