//! Calls on the predefined names `Object`, `Array`, `Number` and
//! `globalThis` (DESIGN.md §4 `methodCall`), and the `Math` functions added
//! beside `methods.rs`'s. `globalThis.Number(x)` is how the trace writes a
//! call of the global function `Number` (likewise `String`, `Boolean`,
//! `parseInt`, `parseFloat`, `isNaN`).

use super::interp::{unknown, Interp, R};
use super::strings;
use super::value::{JsStr, Key, Value};
use crate::trace::number::{is_js_whitespace, string_to_number, to_uint32};

/// Above 2^53 an integer may not be exact in a double.
const EXACT_INTEGER: f64 = 9007199254740992.0;

fn arg<'v, 'a>(args: &'v [Value<'a>], i: usize) -> &'v Value<'a> {
    args.get(i).unwrap_or(&Value::Undefined)
}

impl<'a> Interp<'a> {
    /// `namespace.method(args)` for the names this file owns.
    pub(crate) fn call_global(&mut self, namespace: &str, method: &str, args: &[Value<'a>]) -> R<'a> {
        match (namespace, method) {
            ("Object", "keys" | "values" | "entries") => self.object_listing(method, arg(args, 0)),
            ("Object", "assign") => self.object_assign(args),
            ("Array", "isArray") => Ok(Value::Bool(matches!(arg(args, 0), Value::Arr(_)))),
            ("Number" | "globalThis", "parseInt") => self.parse_int_call(args),
            ("Number" | "globalThis", "parseFloat") => {
                let text = self.to_js_string(arg(args, 0))?;
                self.charge(text.as_str().len())?;
                Ok(Value::Num(parse_float(text.as_str())))
            }
            ("globalThis", "Number") => match args.first() {
                None => Ok(Value::Num(0.0)),
                Some(value) => Ok(Value::Num(self.to_number(value)?)),
            },
            ("globalThis", "String") => match args.first() {
                None => Ok(Value::str("")),
                Some(value) => Ok(Value::Str(self.to_js_string(value)?)),
            },
            ("globalThis", "Boolean") => Ok(Value::Bool(arg(args, 0).truthy())),
            ("globalThis", "Error" | "TypeError" | "RangeError") => self.make_error(method, args),
            ("globalThis", "isNaN") => Ok(Value::Bool(self.to_number(arg(args, 0))?.is_nan())),
            _ => unknown(format!("{namespace}.{method} is not modelled")),
        }
    }

    fn parse_int_call(&mut self, args: &[Value<'a>]) -> R<'a> {
        let text = self.to_js_string(arg(args, 0))?;
        let radix = to_uint32(self.to_number(arg(args, 1))?) as i32;
        self.charge(text.as_str().len())?;
        match parse_int(text.as_str(), radix) {
            Some(n) => Ok(Value::Num(n)),
            None => unknown("parseInt of a number this code cannot convert exactly"),
        }
    }

    /// The own enumerable string-keyed properties of `value`, in order, as
    /// ToObject would see them.
    fn own_entries(&mut self, value: &Value<'a>) -> R<'a, Vec<(JsStr, Value<'a>)>> {
        match value {
            Value::Undefined | Value::Null => unknown("Object.keys of undefined or null throws"),
            Value::Bool(_) | Value::Num(_) => Ok(Vec::new()),
            Value::Obj(id) => Ok(self.heap.object(*id).ordered()),
            Value::Arr(id) => {
                let items = self.heap.array(*id).clone();
                self.charge(items.len())?;
                Ok(items.into_iter().enumerate().map(|(i, v)| (JsStr::from_string(i.to_string()), v)).collect())
            }
            Value::Str(s) => {
                self.charge(s.as_str().len())?;
                let mut entries = Vec::with_capacity(s.units());
                for i in 0..s.units() {
                    match strings::unit_string(s, i) {
                        Some(unit) => entries.push((JsStr::from_string(i.to_string()), Value::Str(unit))),
                        None => return unknown("half of a surrogate pair"),
                    }
                }
                Ok(entries)
            }
            Value::Clos(..) => unknown("the own properties of a function"),
            // `message` and `stack` are not enumerable.
            Value::Err(_) => Ok(Vec::new()),
        }
    }

    fn object_listing(&mut self, method: &str, value: &Value<'a>) -> R<'a> {
        let entries = self.own_entries(value)?;
        self.charge(entries.len())?;
        let mut items = Vec::with_capacity(entries.len());
        for (key, value) in entries {
            items.push(match method {
                "keys" => Value::Str(key),
                "values" => value,
                _ => self.new_array(vec![Value::Str(key), value])?,
            });
        }
        self.new_array(items)
    }

    /// Object.assign onto a plain object: [[Set]] of each source's own
    /// enumerable properties, in order.
    fn object_assign(&mut self, args: &[Value<'a>]) -> R<'a> {
        let Some(Value::Obj(target)) = args.first() else {
            return unknown("Object.assign onto something other than a plain object");
        };
        for source in &args[1..] {
            if matches!(source, Value::Undefined | Value::Null) {
                continue;
            }
            let entries = self.own_entries(source)?;
            self.charge(entries.len())?;
            for (key, value) in entries {
                if key.as_str() == "__proto__" {
                    return unknown("assigning `__proto__` sets the prototype");
                }
                self.heap.object_mut(*target).set(Key::of_name(key.as_str()), value);
            }
        }
        Ok(Value::Obj(*target))
    }

    /// The `Math` functions not in `methods.rs`.
    pub(crate) fn call_more_math(&mut self, method: &str, args: &[Value<'a>]) -> R<'a> {
        let x = self.to_number(arg(args, 0))?;
        match method {
            "sqrt" => Ok(Value::Num(x.sqrt())),
            "trunc" => Ok(Value::Num(x.trunc())),
            "sign" => Ok(Value::Num(if x.is_nan() || x == 0.0 { x } else { x.signum() })),
            "pow" => {
                let y = self.to_number(arg(args, 1))?;
                match js_pow(x, y) {
                    Some(n) => Ok(Value::Num(n)),
                    None => unknown("Math.pow where V8's rounding may differ"),
                }
            }
            _ => unknown(format!("Math.{method} is not modelled")),
        }
    }
}

/// Math.pow (Number::exponentiate), where the result is certain: the special
/// cases, which ECMAScript and C share except `(±1) ** ±∞`, and integer powers
/// of integers that are exact in a double. `None` elsewhere: V8's `pow` and
/// Rust's need not round alike.
pub(crate) fn js_pow(x: f64, y: f64) -> Option<f64> {
    if y.is_nan() {
        return Some(f64::NAN);
    }
    if y == 0.0 {
        return Some(1.0);
    }
    if x.is_nan() || (x.abs() == 1.0 && y.is_infinite()) {
        return Some(f64::NAN);
    }
    if !x.is_finite() || !y.is_finite() || x == 0.0 {
        return Some(x.powf(y));
    }
    if x < 0.0 && y.fract() != 0.0 {
        return Some(f64::NAN);
    }
    if x.fract() != 0.0 || y.fract() != 0.0 || y < 0.0 {
        return None;
    }
    if x.abs() == 1.0 {
        return Some(if x < 0.0 && y % 2.0 == 1.0 { -1.0 } else { 1.0 });
    }
    // |x| >= 2: past 53 factors the result is beyond 2^53.
    let mut result = 1.0f64;
    let mut left = y;
    while left > 0.0 {
        result *= x;
        if result.abs() > EXACT_INTEGER {
            return None;
        }
        left -= 1.0;
    }
    Some(result)
}

/// `parseInt(text, radix)` after ToString and ToInt32; `None` when the value
/// has more than 53 bits and V8's rounding is not certain (radixes other
/// than 10, or very long digit strings).
pub(crate) fn parse_int(text: &str, radix: i32) -> Option<f64> {
    let s = text.trim_start_matches(is_js_whitespace);
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let mut r = radix;
    let mut strip_prefix = true;
    if r != 0 {
        if !(2..=36).contains(&r) {
            return Some(f64::NAN);
        }
        strip_prefix = r == 16;
    } else {
        r = 10;
    }
    let mut s = s;
    if strip_prefix && (s.starts_with("0x") || s.starts_with("0X")) {
        s = &s[2..];
        r = 16;
    }
    let end = s.find(|c: char| c.to_digit(r as u32).is_none()).unwrap_or(s.len());
    let digits = &s[..end];
    if digits.is_empty() {
        return Some(f64::NAN);
    }
    let magnitude = integer_value(digits, r as u32)?;
    Some(if negative { -magnitude } else { magnitude })
}

fn integer_value(digits: &str, radix: u32) -> Option<f64> {
    let mut value: u64 = 0;
    let mut exact = true;
    for c in digits.chars() {
        let d = c.to_digit(radix)? as u64;
        match value.checked_mul(radix as u64).and_then(|v| v.checked_add(d)) {
            Some(v) => value = v,
            None => {
                exact = false;
                break;
            }
        }
    }
    if exact && value <= 1 << 53 {
        return Some(value as f64);
    }
    // V8 converts decimal digits with a correctly rounded strtod, as Rust's
    // parse does; other radixes it only approximates.
    if radix == 10 && digits.len() <= 300 {
        return digits.parse::<f64>().ok();
    }
    None
}

/// `parseFloat(text)` after ToString: the longest prefix (after leading
/// white space) that is a StrDecimalLiteral, or NaN.
pub(crate) fn parse_float(text: &str) -> f64 {
    let s = text.trim_start_matches(is_js_whitespace);
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    if s[i..].starts_with("Infinity") {
        return if b.first() == Some(&b'-') { f64::NEG_INFINITY } else { f64::INFINITY };
    }
    let int_digits = count_digits(&b[i..]);
    i += int_digits;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        frac_digits = count_digits(&b[i + 1..]);
        if int_digits + frac_digits > 0 {
            i += 1 + frac_digits;
        }
    }
    if int_digits + frac_digits == 0 {
        return f64::NAN;
    }
    if let Some(b'e' | b'E') = b.get(i) {
        let mut j = i + 1;
        if let Some(b'+' | b'-') = b.get(j) {
            j += 1;
        }
        let exp_digits = count_digits(&b[j..]);
        if exp_digits > 0 {
            i = j + exp_digits;
        }
    }
    string_to_number(&s[..i]).unwrap_or(f64::NAN)
}

fn count_digits(b: &[u8]) -> usize {
    b.iter().take_while(|c| c.is_ascii_digit()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: f64, b: f64) -> bool {
        (a.is_nan() && b.is_nan()) || (a == b && a.is_sign_negative() == b.is_sign_negative())
    }

    // Expected values are Node 20's.
    #[test]
    fn parse_int_like_node() {
        let nan = f64::NAN;
        let cases: &[(&str, i32, f64)] = &[
            ("-0", 0, -0.0),
            ("0x", 0, nan),
            ("  0x1f", 16, 31.0),
            ("1e3", 0, 1.0),
            ("0x10", 0, 16.0),
            ("0x10", 10, 0.0),
            ("10", 37, nan),
            ("10", 1, nan),
            ("\u{a0} 12", 0, 12.0),
            ("+-1", 0, nan),
            ("z", 36, 35.0),
            ("12abc", 0, 12.0),
            ("", 0, nan),
            ("123456789012345678901234567890", 0, 1.2345678901234568e29),
            ("9007199254740993", 0, 9007199254740992.0),
            ("\u{85}1", 0, nan),
        ];
        for &(text, radix, want) in cases {
            let got = parse_int(text, radix).unwrap();
            assert!(same(got, want), "parseInt({text:?}, {radix}) = {got}, want {want}");
        }
        assert_eq!(parse_int("zzzzzzzzzzzzzzzz", 36), None);
    }

    #[test]
    fn parse_float_like_node() {
        let nan = f64::NAN;
        let cases: &[(&str, f64)] = &[
            ("-.5e-3x", -0.0005),
            ("1e", 1.0),
            (".e1", nan),
            ("Infinityx", f64::INFINITY),
            ("-Infinity", f64::NEG_INFINITY),
            ("infinity", nan),
            ("-0", -0.0),
            ("1.e5", 100000.0),
            ("0x10", 0.0),
            ("1_0", 1.0),
            ("\n\t 3.25abc", 3.25),
            ("", nan),
            ("-", nan),
            ("1e+", 1.0),
            ("5.", 5.0),
        ];
        for &(text, want) in cases {
            let got = parse_float(text);
            assert!(same(got, want), "parseFloat({text:?}) = {got}, want {want}");
        }
    }

    #[test]
    fn pow_is_exact_or_refused() {
        assert!(same(js_pow(1.0, f64::INFINITY).unwrap(), f64::NAN));
        assert!(same(js_pow(f64::NAN, 0.0).unwrap(), 1.0));
        assert!(same(js_pow(-0.0, -3.0).unwrap(), f64::NEG_INFINITY));
        assert!(same(js_pow(-0.0, 3.0).unwrap(), -0.0));
        assert!(same(js_pow(-8.0, 1.0 / 3.0).unwrap(), f64::NAN));
        assert_eq!(js_pow(3.0, 33.0), Some(5559060566555523.0));
        assert_eq!(js_pow(-2.0, 53.0), Some(-9007199254740992.0));
        assert_eq!(js_pow(-1.0, 1e300), Some(1.0));
        assert_eq!(js_pow(2.0, 0.5), None);
        assert_eq!(js_pow(10.0, 308.0), None);
        assert_eq!(js_pow(2.0, -1.0), None);
    }
}
