//! A small JSON reader with exactly `JSON.parse`'s grammar.
//!
//! Why not serde_json: its reader stops at 128 levels of nesting (traces of
//! real programs nest deeper), rejects numbers beyond the f64 range that
//! `JSON.parse` turns into `Infinity`, and cannot tell "not JSON" apart from
//! "JSON holding a lone surrogate", which the evaluator must treat differently.

use std::fmt;

/// A parsed JSON value. Object members keep their textual order, duplicates
/// included: the consumer decides what a repeated key means.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    /// Name of the JSON type, for error messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::Num(_) => "a number",
            Json::Str(_) => "a string",
            Json::Arr(_) => "an array",
            Json::Obj(_) => "an object",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonErrorKind {
    /// Not JSON at all.
    Syntax,
    /// Valid JSON whose string holds a `\uD800`-style escape without its pair:
    /// JavaScript accepts it, a Rust `String` cannot hold it.
    LoneSurrogate,
    /// Nested deeper than the reader's limit.
    TooDeep,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    pub kind: JsonErrorKind,
    /// Byte offset in the input.
    pub offset: usize,
    pub message: String,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at byte {}", self.message, self.offset)
    }
}

impl std::error::Error for JsonError {}

/// Parses `input` as one JSON text, nested at most `max_depth` levels.
pub fn parse(input: &[u8], max_depth: usize) -> Result<Json, JsonError> {
    let text = std::str::from_utf8(input).map_err(|e| JsonError {
        kind: JsonErrorKind::Syntax,
        offset: e.valid_up_to(),
        message: "invalid UTF-8".into(),
    })?;
    parse_str(text, max_depth)
}

/// Like [`parse`], for text that is already a string.
pub fn parse_str(text: &str, max_depth: usize) -> Result<Json, JsonError> {
    let (value, lone_surrogate) = read(text, max_depth)?;
    if let Some(offset) = lone_surrogate {
        return Err(JsonError {
            kind: JsonErrorKind::LoneSurrogate,
            offset,
            message: "lone surrogate in a \\u escape".into(),
        });
    }
    Ok(value)
}

/// Like [`parse_str`], but a lone surrogate (which `JSON.parse` keeps) is
/// no error: each comes back as U+FFFD, and the offset of the first is given.
pub fn parse_str_lossy(text: &str, max_depth: usize) -> Result<(Json, Option<usize>), JsonError> {
    read(text, max_depth)
}

fn read(text: &str, max_depth: usize) -> Result<(Json, Option<usize>), JsonError> {
    let mut reader = Reader { src: text.as_bytes(), text, pos: 0, depth: 0, max_depth, lone_surrogate: None };
    reader.skip_ws();
    let value = reader.value()?;
    reader.skip_ws();
    if reader.pos != reader.src.len() {
        return Err(reader.error("unexpected text after the JSON value"));
    }
    Ok((value, reader.lone_surrogate))
}

struct Reader<'s> {
    src: &'s [u8],
    text: &'s str,
    pos: usize,
    depth: usize,
    max_depth: usize,
    /// Offset of the first lone surrogate escape seen, if any.
    lone_surrogate: Option<usize>,
}

impl<'s> Reader<'s> {
    fn error(&self, message: &str) -> JsonError {
        JsonError { kind: JsonErrorKind::Syntax, offset: self.pos, message: message.into() }
    }

    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    /// JSON whitespace is exactly these four characters (not JavaScript's set).
    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn value(&mut self) -> Result<Json, JsonError> {
        match self.peek() {
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::array),
            Some(b'"') => Ok(Json::Str(self.string()?)),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("unexpected character")),
            None => Err(self.error("unexpected end of input")),
        }
    }

    fn nested(&mut self, inner: fn(&mut Self) -> Result<Json, JsonError>) -> Result<Json, JsonError> {
        if self.depth >= self.max_depth {
            return Err(JsonError {
                kind: JsonErrorKind::TooDeep,
                offset: self.pos,
                message: format!("nested deeper than {} levels", self.max_depth),
            });
        }
        self.depth += 1;
        let result = inner(self);
        self.depth -= 1;
        result
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, JsonError> {
        if self.src[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error("unexpected character"))
        }
    }

    fn object(&mut self) -> Result<Json, JsonError> {
        self.pos += 1; // '{'
        let mut members = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Obj(members));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a string key"));
            }
            let key = self.string()?;
            self.skip_ws();
            if self.peek() != Some(b':') {
                return Err(self.error("expected ':'"));
            }
            self.pos += 1;
            self.skip_ws();
            let value = self.value()?;
            members.push((key, value));
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Obj(members));
                }
                _ => return Err(self.error("expected ',' or '}'")),
            }
        }
    }

    fn array(&mut self) -> Result<Json, JsonError> {
        self.pos += 1; // '['
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Arr(items));
        }
        loop {
            self.skip_ws();
            items.push(self.value()?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Arr(items));
                }
                _ => return Err(self.error("expected ',' or ']'")),
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.error("expected a digit")),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.error("expected a digit after '.'"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("expected a digit in the exponent"));
            }
        }
        // The grammar above is a subset of what Rust's correctly rounding
        // parser accepts; out-of-range values become ±Infinity as in JS.
        let text = &self.text[start..self.pos];
        text.parse::<f64>().map(Json::Num).map_err(|_| self.error("invalid number"))
    }

    fn hex4(&mut self) -> Result<u16, JsonError> {
        let digits = self.src.get(self.pos..self.pos + 4).ok_or_else(|| self.error("short \\u escape"))?;
        let mut value = 0u16;
        for &d in digits {
            let v = (d as char).to_digit(16).ok_or_else(|| self.error("invalid \\u escape"))?;
            value = value * 16 + v as u16;
        }
        self.pos += 4;
        Ok(value)
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.pos += 1; // opening quote
        let mut out = String::new();
        loop {
            let run_start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            // Input is valid UTF-8 and the stops are ASCII: a char boundary.
            out.push_str(&self.text[run_start..self.pos]);
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    self.escape(&mut out)?;
                }
                Some(_) => return Err(self.error("control character in string")),
                None => return Err(self.error("unterminated string")),
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), JsonError> {
        let c = self.peek().ok_or_else(|| self.error("unterminated string"))?;
        self.pos += 1;
        let simple = match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(out),
            _ => return Err(self.error("invalid escape")),
        };
        out.push(simple);
        Ok(())
    }

    fn unicode_escape(&mut self, out: &mut String) -> Result<(), JsonError> {
        let escape_start = self.pos - 2;
        let unit = self.hex4()?;
        match unit {
            0xD800..=0xDBFF => {
                if self.src[self.pos..].starts_with(b"\\u") {
                    let save = self.pos;
                    self.pos += 2;
                    let low = self.hex4()?;
                    if (0xDC00..=0xDFFF).contains(&low) {
                        let code = 0x10000 + (((unit as u32) - 0xD800) << 10) + (low as u32 - 0xDC00);
                        out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                        return Ok(());
                    }
                    self.pos = save;
                }
                // Keep reading so that syntax errors later in the text still
                // win: JSON.parse would throw on those.
                self.lone_surrogate_tail(escape_start, out)
            }
            0xDC00..=0xDFFF => self.lone_surrogate_tail(escape_start, out),
            _ => {
                out.push(char::from_u32(unit as u32).unwrap_or('\u{FFFD}'));
                Ok(())
            }
        }
    }

    /// A lone surrogate makes the value unrepresentable, but only if the rest
    /// of the text is valid JSON (otherwise it is a plain syntax error, as
    /// JSON.parse would throw): note it, put a placeholder, read on.
    fn lone_surrogate_tail(&mut self, offset: usize, out: &mut String) -> Result<(), JsonError> {
        self.lone_surrogate.get_or_insert(offset);
        out.push('\u{FFFD}');
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Result<Json, JsonError> {
        parse(s.as_bytes(), 64)
    }

    #[test]
    fn parses_scalars_and_containers() {
        assert_eq!(p(" null ").unwrap(), Json::Null);
        assert_eq!(p("true").unwrap(), Json::Bool(true));
        assert_eq!(p("-0").unwrap(), Json::Num(-0.0));
        assert!(matches!(p("-0").unwrap(), Json::Num(x) if x.is_sign_negative()));
        assert_eq!(p("1e400").unwrap(), Json::Num(f64::INFINITY));
        assert_eq!(
            p("[1, \"a\", {}]").unwrap(),
            Json::Arr(vec![Json::Num(1.0), Json::Str("a".into()), Json::Obj(vec![])])
        );
        assert_eq!(
            p(r#"{"a":1,"a":2}"#).unwrap(),
            Json::Obj(vec![("a".into(), Json::Num(1.0)), ("a".into(), Json::Num(2.0))])
        );
    }

    #[test]
    fn decodes_escapes_and_pairs() {
        assert_eq!(p(r#""\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00""#).unwrap(), Json::Str("\"\\/\u{8}\u{c}\n\r\té😀".into()));
    }

    #[test]
    fn rejects_what_json_parse_rejects() {
        for bad in [
            "",
            "01",
            "1.",
            ".5",
            "+1",
            "[1,]",
            "{\"a\":1,}",
            "'a'",
            "\"\t\"",
            "nul",
            "1 2",
            "\u{a0}1",
            "{a:1}",
            "0x10",
            "NaN",
        ] {
            let e = p(bad).unwrap_err();
            assert_eq!(e.kind, JsonErrorKind::Syntax, "{bad:?}");
        }
    }

    #[test]
    fn tells_lone_surrogates_apart() {
        assert_eq!(p(r#""\ud800""#).unwrap_err().kind, JsonErrorKind::LoneSurrogate);
        assert_eq!(p(r#""\udc00x""#).unwrap_err().kind, JsonErrorKind::LoneSurrogate);
        assert_eq!(p(r#""\ud800\u0041""#).unwrap_err().kind, JsonErrorKind::LoneSurrogate);
        // Invalid JSON stays a syntax error even with a lone surrogate in it.
        assert_eq!(p(r#"["\ud800",]"#).unwrap_err().kind, JsonErrorKind::Syntax);
        let (value, offset) = parse_str_lossy(r#"{"a":["x\ud83d"]}"#, 8).unwrap();
        assert_eq!(
            (value, offset),
            (Json::Obj(vec![("a".into(), Json::Arr(vec![Json::Str("x\u{FFFD}".into())]))]), Some(8))
        );
        assert_eq!(parse_str_lossy(r#"["\ud800",]"#, 8).unwrap_err().kind, JsonErrorKind::Syntax);
    }

    #[test]
    fn limits_depth() {
        let deep = "[".repeat(100) + &"]".repeat(100);
        assert_eq!(p(&deep).unwrap_err().kind, JsonErrorKind::TooDeep);
        assert!(parse(deep.as_bytes(), 100).is_ok());
    }
}
