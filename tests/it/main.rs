//! The integration tests, one binary (one link, one copy of the helpers).
//! Each module is a suite named as before (`cargo test --test it corpus::`);
//! `common` holds what they share: private workdirs, the real agent on a
//! loopback port, an HTTP client, the Node oracle, a misbehaving upstream,
//! line diffs and the skip/note report `make test` prints.

mod common;

mod agent_demo;
mod agent_http;
mod agent_image;
mod agent_lifecycle;
mod agent_ops;
mod agent_prestart;
mod agent_process;
mod corpus;
mod differential;
mod dist;
mod robust_faults;
mod robust_functions;
mod robust_hardening;
mod robust_init;
mod robust_load;
mod robust_security;
mod trace_cli;
mod trace_differential;
mod trace_endpoints;
mod trace_http;
mod trace_sampling;
mod trace_sessions;
mod transform_cli;
mod transform_differential;
mod transform_golden;
mod transform_robustness;
