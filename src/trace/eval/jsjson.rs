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
pub(crate) fn quote_json(s: &str, out: &mut String) {
    out.push('"');
    let mut run_start = 0;
    for (i, b) in s.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            0x0c => "\\f",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[run_start..i]);
        if escape.is_empty() {
            out.push_str(&format!("\\u{b:04x}"));
        } else {
            out.push_str(escape);
        }
        run_start = i + 1;
    }
    out.push_str(&s[run_start..]);
    out.push('"');
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
                // Charged as the text grows: shared strings can make the
                // output far larger than the value.
                self.charge(s.as_str().len())?;
                quote_json(s.as_str(), out)
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
}
