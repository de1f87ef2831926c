//! Typed errors of the agent's HTTP API.
//!
//! Every variant maps to one stable numeric code, which is also the HTTP
//! status, and renders as `{"code": .., "message": .., "description": ..}`.
//! `message` is a fixed short phrase per variant (stable, safe to match on);
//! `description` carries the details of this occurrence.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    #[error("malformed request body: {0}")]
    BadRequest(String),
    /// The query string (`?...`) of the target, which is no body.
    #[error("bad query string: {0}")]
    BadQuery(String),
    /// The request line, headers or framing, refused by the transport.
    #[error("malformed request: {0}")]
    MalformedRequest(String),
    #[error("missing or wrong bearer token")]
    Unauthorized,
    #[error("no such endpoint: {0}")]
    NotFound(String),
    #[error("method {method} not allowed, use {allow}")]
    MethodNotAllowed { method: String, allow: &'static str },
    #[error("the function was already initialized")]
    AlreadyInitialized,
    #[error("no trace: {0}")]
    NoTrace(String),
    #[error("request body exceeds {limit} bytes")]
    PayloadTooLarge { limit: usize },
    #[error("the trace cannot be used: {0}")]
    TraceUnusable(String),
    #[error("internal error: {0}")]
    Internal(String),
    #[error("not available: {0}")]
    Unavailable(String),
    #[error("the request did not arrive in time: {0}")]
    Timeout(String),
    #[error("request head too large: {0}")]
    HeadTooLarge(String),
    #[error("expectation failed: {0}")]
    ExpectationFailed(String),
    #[error("not implemented: {0}")]
    NotImplemented(String),
    #[error("HTTP version not supported: {0}")]
    VersionNotSupported(String),
}

/// The JSON body of every error response.
#[derive(Debug, Serialize)]
pub struct ErrorBody<'a> {
    pub code: u16,
    pub message: &'a str,
    pub description: String,
}

impl ApiError {
    /// Stable code; equals the HTTP status of the response.
    pub fn code(&self) -> u16 {
        match self {
            ApiError::BadRequest(_) | ApiError::BadQuery(_) | ApiError::MalformedRequest(_) => 400,
            ApiError::Unauthorized => 401,
            ApiError::NotFound(_) => 404,
            ApiError::MethodNotAllowed { .. } => 405,
            ApiError::AlreadyInitialized | ApiError::NoTrace(_) => 409,
            ApiError::PayloadTooLarge { .. } => 413,
            ApiError::TraceUnusable(_) | ApiError::Internal(_) => 500,
            ApiError::Unavailable(_) => 503,
            ApiError::Timeout(_) => 408,
            ApiError::HeadTooLarge(_) => 431,
            ApiError::ExpectationFailed(_) => 417,
            ApiError::NotImplemented(_) => 501,
            ApiError::VersionNotSupported(_) => 505,
        }
    }

    /// Fixed short phrase for the variant.
    pub fn message(&self) -> &'static str {
        match self {
            ApiError::BadRequest(_) | ApiError::BadQuery(_) | ApiError::MalformedRequest(_) => "bad request",
            ApiError::Unauthorized => "unauthorized",
            ApiError::NotFound(_) => "not found",
            ApiError::MethodNotAllowed { .. } => "method not allowed",
            ApiError::AlreadyInitialized => "already initialized",
            ApiError::NoTrace(_) => "no trace",
            ApiError::PayloadTooLarge { .. } => "payload too large",
            ApiError::TraceUnusable(_) => "trace unusable",
            ApiError::Internal(_) => "internal error",
            ApiError::Unavailable(_) => "unavailable",
            ApiError::Timeout(_) => "request timeout",
            ApiError::HeadTooLarge(_) => "request header fields too large",
            ApiError::ExpectationFailed(_) => "expectation failed",
            ApiError::NotImplemented(_) => "not implemented",
            ApiError::VersionNotSupported(_) => "http version not supported",
        }
    }

    /// Details of this occurrence, for people.
    pub fn description(&self) -> String {
        self.to_string()
    }

    /// The `Allow` header value for a 405.
    pub fn allow(&self) -> Option<&'static str> {
        match self {
            ApiError::MethodNotAllowed { allow, .. } => Some(allow),
            _ => None,
        }
    }

    pub fn body(&self) -> ErrorBody<'static> {
        ErrorBody { code: self.code(), message: self.message(), description: self.description() }
    }

    pub fn to_json(&self) -> String {
        // Serializing a struct of a number and two strings cannot fail.
        serde_json::to_string(&self.body()).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_carries_code_message_and_description() {
        let err = ApiError::PayloadTooLarge { limit: 10 };
        let body: serde_json::Value = serde_json::from_str(&err.to_json()).unwrap();
        assert_eq!(body["code"], 413);
        assert_eq!(body["message"], "payload too large");
        assert_eq!(body["description"], "request body exceeds 10 bytes");
    }

    #[test]
    fn codes_are_http_statuses() {
        let cases = [
            (ApiError::BadRequest("x".into()), 400),
            (ApiError::MalformedRequest("x".into()), 400),
            (ApiError::BadQuery("x".into()), 400),
            (ApiError::Unauthorized, 401),
            (ApiError::NotFound("/x".into()), 404),
            (ApiError::MethodNotAllowed { method: "PUT".into(), allow: "GET" }, 405),
            (ApiError::AlreadyInitialized, 409),
            (ApiError::NoTrace("x".into()), 409),
            (ApiError::TraceUnusable("x".into()), 500),
            (ApiError::Internal("x".into()), 500),
            (ApiError::Unavailable("x".into()), 503),
            (ApiError::Timeout("x".into()), 408),
            (ApiError::HeadTooLarge("x".into()), 431),
            (ApiError::ExpectationFailed("x".into()), 417),
            (ApiError::NotImplemented("x".into()), 501),
            (ApiError::VersionNotSupported("x".into()), 505),
        ];
        for (err, code) in cases {
            assert_eq!(err.code(), code, "{err:?}");
        }
    }
}
