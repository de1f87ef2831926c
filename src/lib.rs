//! Containerless function runner: the agent, the tracing compiler and the
//! trace tools. See `DESIGN.md` beside this file for how the parts talk.

pub mod agent;
pub mod config;
pub mod control;
pub mod core;
pub mod error;
pub mod http;
pub mod js_literal;
pub mod log;
pub mod metrics;
pub mod reaper;
pub mod server;
pub mod supervisor;
pub mod trace;
pub mod transform;
