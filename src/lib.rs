//! Containerless function runner: the agent, the tracing compiler and the
//! trace tools. See `DESIGN.md` beside this file for how the parts talk.

pub mod agent;
pub mod trace;
pub mod transform;
