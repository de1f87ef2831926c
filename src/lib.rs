//! Containerless function runner: the agent, the tracing compiler and the
//! trace tools. See `DESIGN.md` beside this file for how the parts talk.
//!
//! Public are the command line (for the binary) and only the items the
//! integration tests and benchmarks use: the compiler's (`transform`), the
//! trace tools' (`trace`, re-exported from its private stages) and the
//! log's date arithmetic; the rest is the agent's inside.

pub mod cli;
pub mod trace;
pub mod transform;

pub use log::civil_from_days;

mod agent;
mod config;
mod control;
mod core;
mod error;
mod http;
mod js_literal;
mod log;
mod metrics;
mod reaper;
mod server;
mod supervisor;
