//! The request a trace is evaluated on: `{method, path, query, body, headers}`.

use crate::trace::json::{self, Json};

/// A request as the runtime hands it to the handler (DESIGN.md §3).
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub method: String,
    pub path: String,
    /// Query parameters, all strings; a repeated key keeps its first place.
    pub query: Vec<(String, String)>,
    /// The parsed JSON body, or a string for a text body; `{}` when empty.
    pub body: Json,
    /// Header names in lower case, as Node gives them.
    pub headers: Vec<(String, String)>,
}

impl Default for Request {
    fn default() -> Request {
        Request {
            method: "GET".into(),
            path: "/".into(),
            query: Vec::new(),
            body: Json::Obj(Vec::new()),
            headers: Vec::new(),
        }
    }
}

/// Why a request object cannot be evaluated on: the reason inside
/// [`super::EvalError::Request`], which carries the code (400).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RequestError {
    #[error("not JSON: invalid UTF-8 at byte {0}")]
    NotUtf8(usize),
    #[error("not JSON: {0}")]
    NotJson(String),
    #[error("a request must be an object, found {0}")]
    NotObject(&'static str),
    /// `field` is `method`, `path`, or `query.KEY` / `headers.KEY`.
    #[error("`{field}` must be a string, found {found}")]
    NotString { field: String, found: &'static str },
    #[error("`{field}` must be an object of strings, found {found}")]
    NotStrings { field: &'static str, found: &'static str },
    #[error("a session is `{{\"requests\": [...]}}`: `requests` must be an array")]
    NoRequests,
    #[error("a lone surrogate, which the evaluator cannot hold")]
    LoneSurrogate,
}

/// Request JSON nests little; anything deeper is refused.
pub const MAX_REQUEST_DEPTH: usize = 1000;

impl Request {
    /// Reads a request object. Missing fields take their defaults (`GET`,
    /// `/`, `{}`); unknown fields are ignored.
    pub fn from_json(bytes: &[u8]) -> Result<Request, RequestError> {
        Request::read(bytes)?.ok_or(RequestError::LoneSurrogate)
    }

    /// Like [`Request::from_json`], but a request holding a lone surrogate
    /// (`"\ud83d"`: valid JSON, and `JSON.parse` keeps it, so the function
    /// sees it) is checked like any other and then gives `Ok(None)`: the
    /// evaluator's strings cannot hold it, so only Node can answer.
    pub fn read(bytes: &[u8]) -> Result<Option<Request>, RequestError> {
        let (parsed, lone_surrogate) = parse_lossy(bytes, MAX_REQUEST_DEPTH)?;
        let request = Request::from_parsed(parsed)?;
        Ok((!lone_surrogate).then_some(request))
    }

    /// A session's requests, from `{"requests": [...]}`. With a lone
    /// surrogate anywhere, every request is `None` (the evaluator cannot
    /// hold it, and which one holds it no longer shows).
    pub fn read_session(bytes: &[u8]) -> Result<Vec<Option<Request>>, RequestError> {
        // Two levels more than one request: the object and its array.
        let (parsed, lone_surrogate) = parse_lossy(bytes, MAX_REQUEST_DEPTH + 2)?;
        let Json::Obj(members) = parsed else {
            return Err(RequestError::NotObject(parsed.type_name()));
        };
        let Some((_, Json::Arr(items))) = members.into_iter().rev().find(|(key, _)| key == "requests") else {
            return Err(RequestError::NoRequests);
        };
        let requests = items.into_iter().map(Request::from_parsed).collect::<Result<Vec<_>, _>>()?;
        Ok(requests.into_iter().map(|request| (!lone_surrogate).then_some(request)).collect())
    }

    pub fn from_parsed(parsed: Json) -> Result<Request, RequestError> {
        let Json::Obj(members) = parsed else {
            return Err(RequestError::NotObject(parsed.type_name()));
        };
        let mut request = Request::default();
        // Later duplicates win, as with JSON.parse.
        for (key, value) in members {
            match key.as_str() {
                "method" => request.method = string_field("method", value)?,
                "path" => request.path = string_field("path", value)?,
                "query" => request.query = string_map("query", value, false)?,
                "headers" => request.headers = string_map("headers", value, true)?,
                "body" => request.body = value,
                _ => {}
            }
        }
        Ok(request)
    }
}

/// JSON as `JSON.parse` reads it, and whether it holds a lone surrogate.
fn parse_lossy(bytes: &[u8], depth: usize) -> Result<(Json, bool), RequestError> {
    let text = std::str::from_utf8(bytes).map_err(|e| RequestError::NotUtf8(e.valid_up_to()))?;
    let (parsed, lone_surrogate) =
        json::parse_str_lossy(text, depth).map_err(|e| RequestError::NotJson(e.to_string()))?;
    Ok((parsed, lone_surrogate.is_some()))
}

fn string_field(name: &str, value: Json) -> Result<String, RequestError> {
    match value {
        Json::Str(s) => Ok(s),
        other => Err(RequestError::NotString { field: name.into(), found: other.type_name() }),
    }
}

fn string_map(name: &'static str, value: Json, lower_case_keys: bool) -> Result<Vec<(String, String)>, RequestError> {
    let Json::Obj(members) = value else {
        return Err(RequestError::NotStrings { field: name, found: value.type_name() });
    };
    let mut pairs: Vec<(String, String)> = Vec::with_capacity(members.len());
    for (key, value) in members {
        let key = if lower_case_keys { key.to_ascii_lowercase() } else { key };
        let Json::Str(value) = value else {
            return Err(RequestError::NotString { field: format!("{name}.{key}"), found: value.type_name() });
        };
        match pairs.iter_mut().find(|(k, _)| *k == key) {
            Some(pair) => pair.1 = value,
            None => pairs.push((key, value)),
        }
    }
    Ok(pairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_fields() {
        let r = Request::from_json(b"{}").unwrap();
        assert_eq!(r, Request::default());
        let r = Request::from_json(
            br#"{"method":"POST","path":"/a","query":{"x":"1","x":"2"},"body":"hi","headers":{"X-Y":"z"},"extra":1}"#,
        )
        .unwrap();
        assert_eq!(r.method, "POST");
        assert_eq!(r.query, vec![("x".to_owned(), "2".to_owned())]);
        assert_eq!(r.body, Json::Str("hi".into()));
        assert_eq!(r.headers, vec![("x-y".to_owned(), "z".to_owned())]);
    }

    #[test]
    fn lone_surrogates_are_well_formed_but_not_held() {
        for text in [r#"{"body":"\ud83d"}"#, r#"{"body":{"\udc00":1}}"#, r#"{"query":{"q":"a\ud800b"}}"#] {
            assert_eq!(Request::read(text.as_bytes()), Ok(None), "{text}");
            assert!(Request::from_json(text.as_bytes()).is_err());
        }
        // The shape is still checked, and a paired escape is no lone surrogate.
        assert!(Request::read(br#"{"method":1,"body":"\ud83d"}"#).is_err());
        let r = Request::read(br#"{"body":"\ud83d\ude00"}"#).unwrap().unwrap();
        assert_eq!(r.body, Json::Str("😀".into()));
    }

    #[test]
    fn rejects_bad_shapes() {
        for bad in [&b"[]"[..], b"{\"method\":1}", b"{\"query\":{\"a\":1}}", b"{\"headers\":[]}", b"{"] {
            assert!(Request::from_json(bad).is_err(), "{}", String::from_utf8_lossy(bad));
        }
    }
}
