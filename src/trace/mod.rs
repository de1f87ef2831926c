//! The trace: IR types, validator, pretty printer and evaluator
//! (`crate::cli::eval_trace` is the command).

pub(crate) mod eval;
pub(crate) mod ir;
pub(crate) mod json;
pub(crate) mod number;
pub(crate) mod pretty;
pub(crate) mod validate;

// What the tests and benchmarks use, with the types their signatures name;
// the rest is for the agent and the `eval-trace` command.
pub use eval::{
    eval_node, eval_request, eval_request_detailed, eval_session_detailed, evaluate, EvalError, Evaluation, Limits,
    Outcome, Request, RequestError, Response,
};
pub use ir::{parse_trace, BinOp, Node, Op1, Problem, Props};
pub use number::to_js_string;
pub use validate::{conformance, validate_json, Rule, Violation};

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
