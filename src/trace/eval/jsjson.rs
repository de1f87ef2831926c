//! `JSON.stringify` and `JSON.parse` on evaluator values, exactly as V8
//! prints and reads them.

use super::interp::{unknown, Interp, Stop, Visit, R};
use super::value::{Key, PropMap, Value};
use crate::trace::json::{self, Json, JsonErrorKind};
use crate::trace::number::to_js_string;

/// How deep `JSON.parse` input may nest before the evaluator gives up
/// (Node goes further; giving up is `unknown`, never a wrong answer).
const MAX_PARSE_DEPTH: usize = 2000;

/// Appends `s` as a JSON string literal: `"` `\` and control characters
/// escaped, `\b \f \n \r \t` by name, the rest of C0 as `\u00xx`.
///
/// Byte by byte through plain indexing into a buffer of the exact size:
/// strings of escapes (JSON of JSON) double at every level, and pushing
/// each escape as its own slice cost ~40 ns a byte in a debug build.
pub(crate) fn quote_json(s: &str, out: &mut String) {
    write_quoted(s, quoted_len(s), out)
}

/// The length of `s` as a JSON string literal, quotes included.
fn quoted_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut size = 2;
    let mut i = 0;
    while i < bytes.len() {
        size += ESCAPED_LEN[bytes[i] as usize] as usize;
        i += 1;
    }
    size
}

/// `quote_json` with its length (`quoted_len(s)`) known.
fn write_quoted(s: &str, size: usize, out: &mut String) {
    let bytes = s.as_bytes();
    let mut buf = vec![0u8; size];
    buf[0] = b'"';
    let (mut i, mut j) = (0, 1);
    while i < bytes.len() {
        let run = i;
        while i < bytes.len() && ESCAPED_LEN[bytes[i] as usize] == 1 {
            i += 1;
        }
        if i > run {
            buf[j..j + (i - run)].copy_from_slice(&bytes[run..i]);
            j += i - run;
        }
        if i < bytes.len() {
            j += write_escape(bytes[i], &mut buf, j);
            i += 1;
        }
    }
    buf[j] = b'"';
    // Runs end at ASCII bytes only, so the buffer is UTF-8 whenever `s` is.
    out.push_str(std::str::from_utf8(&buf).expect("escapes keep UTF-8"));
}

/// How many bytes each byte takes in a JSON string literal.
const ESCAPED_LEN: [u8; 256] = {
    let mut len = [1u8; 256];
    let mut b = 0;
    while b < 0x20 {
        len[b] = 6;
        b += 1;
    }
    len[0x08] = 2;
    len[0x0c] = 2;
    len[b'\n' as usize] = 2;
    len[b'\r' as usize] = 2;
    len[b'\t' as usize] = 2;
    len[b'"' as usize] = 2;
    len[b'\\' as usize] = 2;
    len
};

/// Writes the escape of `b` at `buf[j..]`; returns its length.
#[inline(always)] // one call per escaped byte shows in debug builds
fn write_escape(b: u8, buf: &mut [u8], j: usize) -> usize {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    buf[j] = b'\\';
    let short = match b {
        b'"' => b'"',
        b'\\' => b'\\',
        0x08 => b'b',
        0x0c => b'f',
        b'\n' => b'n',
        b'\r' => b'r',
        b'\t' => b't',
        _ => 0,
    };
    if short != 0 {
        buf[j + 1] = short;
        return 2;
    }
    buf[j + 1..j + 4].copy_from_slice(b"u00");
    buf[j + 4] = HEX[(b >> 4) as usize];
    buf[j + 5] = HEX[(b & 0xf) as usize];
    6
}

impl<'a> Interp<'a> {
    /// `JSON.stringify(value)`; `None` where JavaScript returns `undefined`.
    pub(crate) fn stringify(&mut self, value: &Value<'a>) -> R<'a, Option<String>> {
        let mut out = String::new();
        let wrote = self.write_json(value, &mut out)?;
        Ok(wrote.then_some(out))
    }

    /// Writes `value`; returns false (writing nothing) for values JSON
    /// skips: `undefined` and functions.
    fn write_json(&mut self, value: &Value<'a>, out: &mut String) -> R<'a, bool> {
        match value {
            Value::Undefined | Value::Clos(..) => return Ok(false),
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Num(n) if n.is_finite() => out.push_str(&to_js_string(*n)),
            Value::Num(_) => out.push_str("null"),
            Value::Str(s) => {
                // Charged as the text grows, by the bytes written: shared
                // strings can make the output far larger than the value,
                // and escapes up to six times larger than the string.
                let size = quoted_len(s.as_str());
                self.charge(size)?;
                write_quoted(s.as_str(), size, out)
            }
            Value::Arr(id) => {
                self.enter(Visit::Arr(id.0))?;
                out.push('[');
                let len = self.heap.array(*id).len();
                for i in 0..len {
                    self.tick()?;
                    if i > 0 {
                        out.push(',');
                    }
                    let item = self.heap.array(*id)[i].clone();
                    if !self.write_json(&item, out)? {
                        out.push_str("null");
                    }
                }
                out.push(']');
                self.visiting.pop();
            }
            // No own enumerable key, no toJSON on the prototypes.
            Value::Err(_) => out.push_str("{}"),
            Value::Obj(id) => {
                if self.heap.object(*id).has("toJSON") {
                    return unknown("JSON.stringify of an object with toJSON");
                }
                self.enter(Visit::Obj(id.0))?;
                out.push('{');
                let mut first = true;
                for (key, item) in self.heap.object(*id).ordered() {
                    self.charge(key.as_str().len())?;
                    let mark = out.len();
                    if !first {
                        out.push(',');
                    }
                    quote_json(key.as_str(), out);
                    out.push(':');
                    if self.write_json(&item, out)? {
                        first = false;
                    } else {
                        out.truncate(mark);
                    }
                }
                out.push('}');
                self.visiting.pop();
            }
        }
        Ok(true)
    }

    fn enter(&mut self, visit: Visit) -> R<'a, ()> {
        if self.visiting.contains(&visit) {
            return unknown("JSON.stringify of a cyclic structure throws");
        }
        if self.visiting.len() >= self.limits.max_depth {
            return unknown("value nested too deeply for JSON.stringify");
        }
        self.visiting.push(visit);
        Ok(())
    }

    /// `JSON.parse(text)`; text that JSON.parse rejects would throw.
    pub(crate) fn parse_json(&mut self, text: &str) -> R<'a> {
        match json::parse_str(text, MAX_PARSE_DEPTH) {
            Ok(parsed) => self.json_to_value(&parsed),
            Err(e) => match e.kind {
                // The reader has JSON.parse's grammar: Node throws a SyntaxError.
                JsonErrorKind::Syntax => Err(Stop::Raised("JSON.parse of invalid JSON throws a SyntaxError".into())),
                JsonErrorKind::LoneSurrogate => unknown("JSON text holding a lone surrogate"),
                JsonErrorKind::TooDeep => unknown("JSON text nested too deeply"),
            },
        }
    }

    /// What the runtime hands a callback: parsed JSON, or the text itself
    /// when it is not JSON.
    pub(crate) fn parse_json_or_text(&mut self, text: String) -> R<'a> {
        match json::parse_str(&text, MAX_PARSE_DEPTH) {
            Ok(parsed) => self.json_to_value(&parsed),
            Err(e) if e.kind == JsonErrorKind::Syntax => Ok(Value::Str(super::value::JsStr::from_string(text))),
            Err(_) => unknown("response JSON the evaluator cannot represent"),
        }
    }

    /// Builds values from parsed JSON as JSON.parse does: a repeated key
    /// keeps its first position and takes the last value.
    pub(crate) fn json_to_value(&mut self, json: &Json) -> R<'a> {
        Ok(match json {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Bool(*b),
            Json::Num(n) => Value::Num(*n),
            Json::Str(s) => Value::str(s),
            Json::Arr(items) => {
                let mut values = Vec::with_capacity(items.len());
                for item in items {
                    values.push(self.json_to_value(item)?);
                }
                self.new_array(values)?
            }
            Json::Obj(members) => {
                let mut props = PropMap::default();
                for (key, item) in members {
                    if key == "__proto__" {
                        return unknown("a `__proto__` key in JSON data");
                    }
                    let value = self.json_to_value(item)?;
                    props.set(Key::of_name(key), value);
                }
                self.new_object(props)?
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_like_json_stringify() {
        let mut out = String::new();
        quote_json("a\"b\\c\u{8}\u{c}\n\r\t\u{1}\u{1f}\u{7f}é\u{2028}😀", &mut out);
        let want = "\"a\\\"b\\\\c\\b\\f\\n\\r\\t\\u0001\\u001f\u{7f}é\u{2028}😀\"";
        assert_eq!(out, want);
    }

    /// JSON of JSON of every ASCII char, appended after earlier text: the
    /// escapes JSON fixes for strings are serde_json's too.
    #[test]
    fn quotes_nested_escapes_as_serde_json_does() {
        let mut text: String = (0u8..0x80).map(char::from).collect();
        for _ in 0..4 {
            let mut out = String::from("[");
            quote_json(&text, &mut out);
            assert_eq!(out, format!("[{}", serde_json::to_string(&text).expect("serde_json")));
            text = out;
        }
    }
}
