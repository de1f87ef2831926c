//! The builtin methods a trace may call (DESIGN.md §4 `methodCall`),
//! dispatched on the receiver's value. Everything else is `unknown`.

use super::interp::{unknown, Interp, R};
use super::strings::{self, Case};
use super::value::{ArrId, JsStr, Value};
use crate::trace::number::{to_integer_or_infinity, to_uint32};

fn arg<'v, 'a>(args: &'v [Value<'a>], i: usize) -> &'v Value<'a> {
    args.get(i).unwrap_or(&Value::Undefined)
}

/// A relative index argument (`slice`, `indexOf` start) resolved against
/// `len`: negative counts from the end, the result is clamped to `0..=len`.
fn relative_index(relative: f64, len: usize) -> usize {
    let len_f = len as f64;
    if relative < 0.0 {
        (len_f + relative).max(0.0) as usize
    } else {
        relative.min(len_f) as usize
    }
}

impl<'a> Interp<'a> {
    pub(crate) fn call_method(&mut self, receiver: &Value<'a>, method: &str, args: Vec<Value<'a>>) -> R<'a> {
        match receiver {
            Value::Arr(id) => self.array_method(*id, method, args),
            Value::Str(s) => self.string_method(s, method, &args),
            Value::Undefined | Value::Null => unknown(format!("calling `{method}` on undefined or null throws")),
            _ => unknown(format!("method `{method}` on a {} is not modelled", receiver.type_of())),
        }
    }

    fn integer_arg(&mut self, args: &[Value<'a>], i: usize) -> R<'a, f64> {
        Ok(to_integer_or_infinity(self.to_number(arg(args, i))?))
    }

    fn array_method(&mut self, id: ArrId, method: &str, args: Vec<Value<'a>>) -> R<'a> {
        match method {
            "push" => {
                self.charge(args.len())?;
                let items = self.heap.array_mut(id);
                items.extend(args);
                Ok(Value::Num(items.len() as f64))
            }
            "pop" => Ok(self.heap.array_mut(id).pop().unwrap_or(Value::Undefined)),
            "shift" => {
                let len = self.heap.array(id).len();
                self.charge(len)?;
                let items = self.heap.array_mut(id);
                Ok(if items.is_empty() { Value::Undefined } else { items.remove(0) })
            }
            "indexOf" | "includes" => self.array_search(id, method == "includes", &args),
            "slice" => {
                let len = self.heap.array(id).len();
                let start = relative_index(self.integer_arg(&args, 0)?, len);
                let end = match arg(&args, 1) {
                    Value::Undefined => len,
                    _ => relative_index(self.integer_arg(&args, 1)?, len),
                };
                let items = self.heap.array(id).get(start..end.max(start)).unwrap_or(&[]).to_vec();
                self.new_array(items)
            }
            "join" => {
                let separator = match arg(&args, 0) {
                    Value::Undefined => JsStr::new(","),
                    other => self.to_js_string(&other.clone())?,
                };
                Ok(Value::Str(self.join(id, separator.as_str())?))
            }
            _ => unknown(format!("array method `{method}` is not modelled")),
        }
    }

    /// `indexOf` (strict equality) and `includes` (SameValueZero).
    fn array_search(&mut self, id: ArrId, includes: bool, args: &[Value<'a>]) -> R<'a> {
        let not_found = if includes { Value::Bool(false) } else { Value::Num(-1.0) };
        let len = self.heap.array(id).len();
        if len == 0 {
            return Ok(not_found);
        }
        let from = self.integer_arg(args, 1)?;
        if from == f64::INFINITY {
            return Ok(not_found);
        }
        let start = relative_index(from, len);
        self.charge(len - start)?;
        let needle = arg(args, 0);
        let items = self.heap.array(id);
        let found = items[start..].iter().position(|item| {
            if includes {
                item.same_value_zero(needle)
            } else {
                item.strict_equals(needle)
            }
        });
        Ok(match (found, includes) {
            (Some(_), true) => Value::Bool(true),
            (Some(i), false) => Value::Num((start + i) as f64),
            (None, _) => not_found,
        })
    }

    fn string_method(&mut self, s: &JsStr, method: &str, args: &[Value<'a>]) -> R<'a> {
        // Most methods scan the receiver; on ASCII text these three only
        // touch what they compare or copy.
        let local = s.is_ascii() && matches!(method, "startsWith" | "endsWith" | "slice");
        self.charge(if local { 0 } else { s.as_str().len() })?;
        let len = s.units();
        let clamp = |pos: f64| pos.clamp(0.0, len as f64) as usize;
        match method {
            "startsWith" => {
                let search = self.to_js_string(arg(args, 0))?;
                self.charge(search.as_str().len())?;
                let start = clamp(self.integer_arg(args, 1)?);
                Ok(Value::Bool(strings::occurs_at(s, &search, start)))
            }
            "endsWith" => {
                let search = self.to_js_string(arg(args, 0))?;
                self.charge(search.as_str().len())?;
                let end = match arg(args, 1) {
                    Value::Undefined => len,
                    _ => clamp(self.integer_arg(args, 1)?),
                };
                // Matching bytes are whole chars, so a match that starts on
                // a boundary also ends on one.
                let fits = search.units() <= end;
                Ok(Value::Bool(fits && strings::occurs_at(s, &search, end - search.units())))
            }
            "includes" | "indexOf" => {
                let search = self.to_js_string(arg(args, 0))?;
                let start = clamp(self.integer_arg(args, 1)?);
                let found = strings::index_of(s, search.as_str(), start);
                Ok(match (method, found) {
                    ("includes", found) => Value::Bool(found.is_some()),
                    (_, Some(i)) => Value::Num(i as f64),
                    (_, None) => Value::Num(-1.0),
                })
            }
            "slice" => {
                let start = relative_index(self.integer_arg(args, 0)?, len);
                let end = match arg(args, 1) {
                    Value::Undefined => len,
                    _ => relative_index(self.integer_arg(args, 1)?, len),
                };
                self.charge(end.saturating_sub(start))?;
                match strings::substring(s, start, end) {
                    Some(part) => Ok(Value::Str(part)),
                    None => unknown("slicing through a surrogate pair"),
                }
            }
            "split" => self.split(s, arg(args, 0), arg(args, 1)),
            "toUpperCase" | "toLowerCase" => {
                let case = if method == "toUpperCase" { Case::Upper } else { Case::Lower };
                match strings::change_case(s, case) {
                    Some(changed) => Ok(Value::Str(changed)),
                    None => unknown("case mapping of this text may differ from Node's"),
                }
            }
            "trim" => Ok(Value::Str(strings::trim(s))),
            _ => self.more_string_method(s, method, args),
        }
    }

    /// String.prototype.split with a string (or undefined) separator.
    fn split(&mut self, s: &JsStr, separator: &Value<'a>, limit: &Value<'a>) -> R<'a> {
        let limit = match limit {
            Value::Undefined => u32::MAX,
            other => to_uint32(self.to_number(other)?),
        } as usize;
        let separator = match separator {
            Value::Undefined => None,
            other => Some(self.to_js_string(other)?),
        };
        if limit == 0 {
            return self.new_array(Vec::new());
        }
        let Some(separator) = separator else {
            return self.new_array(vec![Value::Str(s.clone())]);
        };
        if separator.is_empty() {
            let count = limit.min(s.units());
            let mut parts = Vec::with_capacity(count);
            for i in 0..count {
                match strings::unit_string(s, i) {
                    Some(unit) => parts.push(Value::Str(unit)),
                    None => return unknown("splitting a surrogate pair"),
                }
            }
            return self.new_array(parts);
        }
        if s.is_empty() {
            return self.new_array(vec![Value::Str(s.clone())]);
        }
        // Both texts are well formed, so byte matches are code unit matches.
        let mut parts = Vec::new();
        for piece in s.as_str().split(separator.as_str()) {
            if parts.len() == limit {
                break;
            }
            parts.push(Value::str(piece));
        }
        self.new_array(parts)
    }

    pub(crate) fn call_math(&mut self, method: &str, args: &[Value<'a>]) -> R<'a> {
        let unary = |interp: &mut Self, f: fn(f64) -> f64| -> R<'a> {
            let x = interp.to_number(arg(args, 0))?;
            Ok(Value::Num(f(x)))
        };
        match method {
            "floor" => unary(self, f64::floor),
            "ceil" => unary(self, f64::ceil),
            "abs" => unary(self, f64::abs),
            "round" => unary(self, js_round),
            "min" | "max" => {
                let mut numbers = Vec::with_capacity(args.len());
                for value in args {
                    numbers.push(self.to_number(value)?);
                }
                Ok(Value::Num(if method == "min" { js_min(&numbers) } else { js_max(&numbers) }))
            }
            _ => self.call_more_math(method, args),
        }
    }

    pub(crate) fn call_json(&mut self, method: &str, args: &[Value<'a>]) -> R<'a> {
        match method {
            "stringify" if args.len() == 1 => match self.stringify(&args[0])? {
                Some(text) => Ok(Value::Str(JsStr::from_string(text))),
                None => Ok(Value::Undefined),
            },
            "parse" if args.len() == 1 => {
                let text = self.to_js_string(&args[0])?;
                self.charge(text.as_str().len())?;
                self.parse_json(text.as_str())
            }
            _ => unknown(format!("JSON.{method} with {} arguments is not modelled", args.len())),
        }
    }
}

/// Math.round: ties go towards +∞, and results in [-0.5, 0) are -0.
fn js_round(x: f64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if (-0.5..0.0).contains(&x) {
        return -0.0;
    }
    let floor = x.floor();
    if x - floor >= 0.5 {
        floor + 1.0
    } else {
        floor
    }
}

/// Math.min: NaN wins, -0 is below +0, no arguments give +Infinity.
fn js_min(numbers: &[f64]) -> f64 {
    let mut best = f64::INFINITY;
    for &x in numbers {
        if x.is_nan() {
            return f64::NAN;
        }
        if x < best || (x == 0.0 && best == 0.0 && x.is_sign_negative()) {
            best = x;
        }
    }
    best
}

fn js_max(numbers: &[f64]) -> f64 {
    let mut best = f64::NEG_INFINITY;
    for &x in numbers {
        if x.is_nan() {
            return f64::NAN;
        }
        if x > best || (x == 0.0 && best == 0.0 && x.is_sign_positive()) {
            best = x;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_like_javascript() {
        let cases = [
            (2.5, 3.0),
            (-2.5, -2.0),
            (0.49999999999999994, 0.0),
            (-0.2, -0.0),
            (4503599627370495.5, 4503599627370496.0),
            (-7.6, -8.0),
        ];
        for (x, want) in cases {
            let got = js_round(x);
            assert_eq!(got, want, "{x}");
            assert_eq!(got.is_sign_negative(), want.is_sign_negative(), "{x}");
        }
    }

    #[test]
    fn min_max_edges() {
        assert_eq!(js_min(&[]), f64::INFINITY);
        assert_eq!(js_max(&[]), f64::NEG_INFINITY);
        assert!(js_min(&[1.0, f64::NAN]).is_nan());
        assert!(js_min(&[0.0, -0.0]).is_sign_negative());
        assert!(js_max(&[-0.0, 0.0]).is_sign_positive());
    }
}
