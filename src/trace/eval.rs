//! Evaluates a trace on a request with JavaScript's semantics.

/// The HTTP response the function would give, as the runtime encodes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    /// `None` when the response has no body (`respond(undefined)`).
    pub content_type: Option<String>,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Response(Response),
    /// The request reaches an `unknown`: only the container can answer it.
    Unknown,
}

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("malformed trace: {0}")]
    Trace(String),
    #[error("malformed request: {0}")]
    Request(String),
}

/// Evaluates `trace` (trace JSON) on `request` (`{method, path, query, body, headers?}` JSON).
pub fn eval_request(_trace: &[u8], _request: &[u8]) -> Result<Outcome, EvalError> {
    Err(EvalError::Trace("evaluator not implemented yet".into()))
}
