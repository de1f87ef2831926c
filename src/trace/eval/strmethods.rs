//! String methods beyond `methods.rs`'s: `padStart padEnd repeat charAt
//! charCodeAt at substring lastIndexOf concat`, and `replace`/`replaceAll`
//! with a string pattern and a string replacement. Positions are UTF-16 code
//! units; a result that would hold half a surrogate pair is `unknown`.

use super::interp::{unknown, Interp, R};
use super::strings::{self, BytePos};
use super::value::{JsStr, Value};
use crate::trace::number::to_integer_or_infinity;

/// V8's longest string (`String::kMaxLength`); longer is a RangeError.
const MAX_STRING_UNITS: f64 = 536_870_888.0;

fn arg<'v, 'a>(args: &'v [Value<'a>], i: usize) -> &'v Value<'a> {
    args.get(i).unwrap_or(&Value::Undefined)
}

impl<'a> Interp<'a> {
    pub(crate) fn more_string_method(&mut self, s: &JsStr, method: &str, args: &[Value<'a>]) -> R<'a> {
        let len = s.units();
        match method {
            "padStart" | "padEnd" => self.pad(s, method == "padStart", args),
            "repeat" => self.repeat(s, arg(args, 0)),
            "charAt" | "charCodeAt" | "at" => {
                let relative = self.integer(arg(args, 0))?;
                let pos = if method == "at" && relative < 0.0 { len as f64 + relative } else { relative };
                if pos < 0.0 || pos >= len as f64 {
                    return Ok(match method {
                        "charAt" => Value::str(""),
                        "charCodeAt" => Value::Num(f64::NAN),
                        _ => Value::Undefined,
                    });
                }
                let pos = pos as usize;
                if method == "charCodeAt" {
                    return Ok(Value::Num(code_unit(s, pos) as f64));
                }
                match strings::unit_string(s, pos) {
                    Some(unit) => Ok(Value::Str(unit)),
                    None => unknown("half of a surrogate pair"),
                }
            }
            "substring" => {
                let clamp = |n: f64| n.clamp(0.0, len as f64) as usize;
                let start = clamp(self.integer(arg(args, 0))?);
                let end = match arg(args, 1) {
                    Value::Undefined => len,
                    other => clamp(self.integer(other)?),
                };
                match strings::substring(s, start.min(end), start.max(end)) {
                    Some(part) => Ok(Value::Str(part)),
                    None => unknown("substring through a surrogate pair"),
                }
            }
            "lastIndexOf" => {
                let search = self.to_js_string(arg(args, 0))?;
                let position = self.to_number(arg(args, 1))?;
                let start = if position.is_nan() { f64::INFINITY } else { to_integer_or_infinity(position) };
                let start = start.clamp(0.0, len as f64) as usize;
                Ok(Value::Num(last_index_of(s, &search, start).map_or(-1.0, |i| i as f64)))
            }
            "concat" => {
                let mut text = s.as_str().to_owned();
                for value in args {
                    let part = self.to_js_string(value)?;
                    self.charge(part.as_str().len())?;
                    text.push_str(part.as_str());
                }
                self.fits(text.encode_utf16().count() as f64)?;
                Ok(Value::Str(JsStr::from_string(text)))
            }
            "replace" | "replaceAll" => self.replace(s, method == "replaceAll", args),
            _ => unknown(format!("string method `{method}` is not modelled")),
        }
    }

    fn integer(&mut self, value: &Value<'a>) -> R<'a, f64> {
        Ok(to_integer_or_infinity(self.to_number(value)?))
    }

    /// A string of `units` code units would be a RangeError in V8.
    fn fits(&mut self, units: f64) -> R<'a, ()> {
        if units > MAX_STRING_UNITS {
            return unknown("a string longer than V8 allows");
        }
        Ok(())
    }

    fn pad(&mut self, s: &JsStr, at_start: bool, args: &[Value<'a>]) -> R<'a> {
        let max = self.integer(arg(args, 0))?;
        if max <= s.units() as f64 {
            return Ok(Value::Str(s.clone()));
        }
        let fill = match arg(args, 1) {
            Value::Undefined => JsStr::new(" "),
            other => self.to_js_string(other)?,
        };
        if fill.is_empty() {
            return Ok(Value::Str(s.clone()));
        }
        self.fits(max)?;
        let fill_units = max as usize - s.units();
        self.charge(fill_units * 4)?;
        let whole = fill_units / fill.units();
        let Some(rest) = strings::substring(&fill, 0, fill_units % fill.units()) else {
            return unknown("padding cuts a surrogate pair");
        };
        let filler = fill.as_str().repeat(whole) + rest.as_str();
        let text = if at_start { filler + s.as_str() } else { s.as_str().to_owned() + &filler };
        Ok(Value::Str(JsStr::from_string(text)))
    }

    fn repeat(&mut self, s: &JsStr, count: &Value<'a>) -> R<'a> {
        let n = self.integer(count)?;
        if n < 0.0 || n.is_infinite() {
            return unknown("repeat with a negative or infinite count throws");
        }
        if n == 0.0 || s.is_empty() {
            return Ok(Value::str(""));
        }
        self.fits(n * s.units() as f64)?;
        self.charge(n as usize * s.as_str().len())?;
        Ok(Value::Str(JsStr::from_string(s.as_str().repeat(n as usize))))
    }

    /// String.prototype.replace / replaceAll, both arguments converted with
    /// ToString (a plain object or array has no Symbol.replace; the tracer
    /// never records a regular expression or a function here).
    fn replace(&mut self, s: &JsStr, all: bool, args: &[Value<'a>]) -> R<'a> {
        let search = self.to_js_string(arg(args, 0))?;
        let replacement = match arg(args, 1) {
            Value::Clos(..) => return unknown("a replacement function"),
            other => self.to_js_string(other)?,
        };
        let text = s.as_str();
        let positions: Vec<usize> = if !all {
            strings::index_of(s, search.as_str(), 0).map(|unit| byte_of(s, unit)).into_iter().collect()
        } else if search.is_empty() {
            if text.chars().any(|c| c.len_utf16() == 2) {
                return unknown("replaceAll('') splits surrogate pairs");
            }
            text.char_indices().map(|(b, _)| b).chain([text.len()]).collect()
        } else {
            text.match_indices(search.as_str()).map(|(b, _)| b).collect()
        };
        self.charge(text.len() + positions.len() * replacement.as_str().len())?;
        let mut out = String::with_capacity(text.len());
        let mut kept = 0;
        for p in positions {
            out.push_str(&text[kept..p]);
            substitute(&mut out, text, p, search.as_str(), replacement.as_str());
            kept = p + search.as_str().len();
        }
        out.push_str(&text[kept..]);
        self.fits(out.encode_utf16().count() as f64)?;
        Ok(Value::Str(JsStr::from_string(out)))
    }
}

/// The byte offset of a match found at `unit` (always a char boundary: the
/// needle is well formed, or empty at position 0).
fn byte_of(s: &JsStr, unit: usize) -> usize {
    match strings::byte_pos(s, unit) {
        BytePos::At(b) => b,
        BytePos::InPair { start, .. } => start,
    }
}

/// GetSubstitution with no captures: `$$`, `$&`, `` $` `` and `$'` are
/// replaced; every other `$` (including `$1` and `$<`) stays as written.
fn substitute(out: &mut String, text: &str, at: usize, matched: &str, replacement: &str) {
    let mut chars = replacement.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '$' {
            out.push(c);
            continue;
        }
        match chars.peek() {
            Some('$') => out.push('$'),
            Some('&') => out.push_str(matched),
            Some('`') => out.push_str(&text[..at]),
            Some('\'') => out.push_str(&text[at + matched.len()..]),
            _ => {
                out.push('$');
                continue;
            }
        }
        chars.next();
    }
}

/// The code unit at `pos` (< length).
fn code_unit(s: &JsStr, pos: usize) -> u16 {
    if s.is_ascii() {
        s.as_str().as_bytes()[pos] as u16
    } else {
        s.as_str().encode_utf16().nth(pos).unwrap_or(0)
    }
}

/// The last position `<= start` where `search` occurs.
fn last_index_of(s: &JsStr, search: &JsStr, start: usize) -> Option<usize> {
    if search.units() > s.units() {
        return None;
    }
    let start = start.min(s.units() - search.units());
    if search.is_empty() {
        return Some(start);
    }
    // A match starting at or before `start` ends at or before this unit; a
    // well-formed needle never ends inside a pair.
    let limit = byte_of(s, start + search.units());
    s.as_str()[..limit].rfind(search.as_str()).map(|b| strings::unit_pos(s, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn substitution_patterns() {
        let mut out = String::new();
        substitute(&mut out, "xay", 1, "a", "[$`|$'|$&|$$|$]$1$<n>$");
        assert_eq!(out, "[x|y|a|$|$]$1$<n>$");
    }

    #[test]
    fn last_index_of_counts_units() {
        let s = JsStr::new("a😀ba😀b");
        assert_eq!(last_index_of(&s, &JsStr::new("b"), 100), Some(7));
        assert_eq!(last_index_of(&s, &JsStr::new("b"), 6), Some(3));
        assert_eq!(last_index_of(&s, &JsStr::new("😀"), 5), Some(5));
        assert_eq!(last_index_of(&s, &JsStr::new("😀"), 4), Some(1));
        assert_eq!(last_index_of(&s, &JsStr::new(""), 100), Some(8));
        assert_eq!(last_index_of(&s, &JsStr::new("x"), 100), None);
        assert_eq!(code_unit(&s, 1), 0xd83d);
    }
}
