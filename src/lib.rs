//! Containerless function runner: the agent, the tracing compiler and the
//! trace tools. See `DESIGN.md` beside this file for how the parts talk.
//!
//! Public are the command line (for the binary) and what the integration
//! tests and benchmarks use directly (the compiler, the trace tools, the
//! log's date arithmetic); the rest is the agent's inside.

pub mod cli;
pub mod log;
pub mod trace;
pub mod transform;

mod agent;
mod config;
mod control;
mod core;
mod error;
mod http;
mod js_literal;
mod metrics;
mod reaper;
mod server;
mod supervisor;
