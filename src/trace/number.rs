//! JavaScript's number ⇄ string conversions (Number::toString and Number()).

/// `String(x)` for a number: shortest round-trip digits laid out as
/// ECMAScript's Number::toString prescribes.
pub fn to_js_string(x: f64) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x == 0.0 {
        return "0".into(); // also -0
    }
    if x.is_infinite() {
        return if x > 0.0 { "Infinity".into() } else { "-Infinity".into() };
    }
    if x < 0.0 {
        return format!("-{}", to_js_string(-x));
    }
    // Rust's `{:e}` yields the shortest digits that round-trip, e.g. "1.2345e-7".
    let sci = format!("{x:e}");
    let (mantissa, exponent) = sci.split_once('e').unwrap_or((&sci, "0"));
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let exponent: i32 = exponent.parse().unwrap_or(0);
    layout(&digits, exponent + 1)
}

/// Places `digits` (k significant digits, value = 0.digits × 10^n) per
/// Number::toString, steps 6–10.
fn layout(digits: &str, n: i32) -> String {
    let k = digits.len() as i32;
    if k <= n && n <= 21 {
        format!("{digits}{}", "0".repeat((n - k) as usize))
    } else if 0 < n && n <= 21 {
        let (int, frac) = digits.split_at(n as usize);
        format!("{int}.{frac}")
    } else if -6 < n && n <= 0 {
        format!("0.{}{digits}", "0".repeat((-n) as usize))
    } else {
        let e = n - 1;
        let sign = if e >= 0 { '+' } else { '-' };
        let (first, rest) = digits.split_at(1);
        if rest.is_empty() {
            format!("{first}e{sign}{}", e.abs())
        } else {
            format!("{first}.{rest}e{sign}{}", e.abs())
        }
    }
}

/// JavaScript's white space and line terminators (what `trim` and `Number()`
/// strip). Not Rust's `char::is_whitespace`: U+0085 is not in this set.
pub fn is_js_whitespace(c: char) -> bool {
    matches!(
        c,
        '\u{9}' | '\u{a}' | '\u{b}' | '\u{c}' | '\u{d}' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}' | '\u{feff}'
    )
}

/// `Number(s)` for a string. `None` when the text is a numeric literal this
/// code cannot convert exactly (a non-decimal literal over 53 bits).
pub fn string_to_number(s: &str) -> Option<f64> {
    let t = s.trim_matches(is_js_whitespace);
    if t.is_empty() {
        return Some(0.0);
    }
    let bytes = t.as_bytes();
    if bytes.len() > 2 && bytes[0] == b'0' {
        let radix = match bytes[1] {
            b'x' | b'X' => Some(16),
            b'o' | b'O' => Some(8),
            b'b' | b'B' => Some(2),
            _ => None,
        };
        if let Some(radix) = radix {
            return non_decimal(&t[2..], radix);
        }
    }
    let unsigned = t.strip_prefix(['+', '-']).unwrap_or(t);
    if unsigned == "Infinity" {
        return Some(if t.starts_with('-') { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if !is_decimal_literal(unsigned) {
        return Some(f64::NAN);
    }
    Some(t.parse::<f64>().unwrap_or(f64::NAN))
}

/// `StrUnsignedDecimalLiteral` without `Infinity`: digits with an optional
/// fraction (at least one digit overall) and an optional exponent.
fn is_decimal_literal(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let int_digits = count_digits(&b[i..]);
    i += int_digits;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = count_digits(&b[i..]);
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return false;
    }
    if let Some(b'e' | b'E') = b.get(i) {
        i += 1;
        if let Some(b'+' | b'-') = b.get(i) {
            i += 1;
        }
        let exp_digits = count_digits(&b[i..]);
        if exp_digits == 0 {
            return false;
        }
        i += exp_digits;
    }
    i == b.len()
}

fn count_digits(b: &[u8]) -> usize {
    b.iter().take_while(|c| c.is_ascii_digit()).count()
}

fn non_decimal(digits: &str, radix: u32) -> Option<f64> {
    if digits.is_empty() {
        return Some(f64::NAN);
    }
    let mut value: u64 = 0;
    for c in digits.chars() {
        let Some(d) = c.to_digit(radix) else { return Some(f64::NAN) };
        value = value.checked_mul(radix as u64)?.checked_add(d as u64)?;
    }
    // Exact up to 2^53; beyond, u64 → f64 rounds to nearest like JS does.
    Some(value as f64)
}

/// ToIntegerOrInfinity for an already converted number.
pub fn to_integer_or_infinity(x: f64) -> f64 {
    if x.is_nan() {
        0.0
    } else if x.is_infinite() {
        x
    } else {
        x.trunc() + 0.0 // turns -0 into +0
    }
}

/// ToUint32 for an already converted number.
pub fn to_uint32(x: f64) -> u32 {
    if !x.is_finite() || x == 0.0 {
        return 0;
    }
    let m = x.trunc().rem_euclid(4294967296.0);
    m as u32
}

/// The array index a property key denotes: a canonical decimal integer below
/// 2^32 − 1 (`"01"`, `"1.0"` and `"-0"` are ordinary keys).
pub fn array_index(key: &str) -> Option<u32> {
    let b = key.as_bytes();
    if b.is_empty() || b.len() > 10 || (b.len() > 1 && b[0] == b'0') || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let v: u64 = key.parse().ok()?;
    (v < u32::MAX as u64).then_some(v as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_javascript() {
        let cases: &[(f64, &str)] = &[
            (0.1 + 0.2, "0.30000000000000004"),
            (1e21, "1e+21"),
            (1e20, "100000000000000000000"),
            (123e-20, "1.23e-18"),
            (9007199254740992.0, "9007199254740992"),
            (-0.0, "0"),
            (1e-7, "1e-7"),
            (0.000001, "0.000001"),
            (1.5e-7, "1.5e-7"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (123456789.125, "123456789.125"),
            (-42.0, "-42"),
            (f64::NAN, "NaN"),
            (f64::NEG_INFINITY, "-Infinity"),
            (1.2345678901234567e21, "1.2345678901234568e+21"),
        ];
        for (x, want) in cases {
            assert_eq!(to_js_string(*x), *want, "{x:e}");
        }
    }

    #[test]
    fn converts_strings_like_number() {
        let nan = f64::NAN;
        let cases: &[(&str, f64)] = &[
            ("", 0.0),
            ("  \n\t ", 0.0),
            (" 12 ", 12.0),
            ("1e3", 1000.0),
            (".5", 0.5),
            ("5.", 5.0),
            ("-.5e1", -5.0),
            ("+7", 7.0),
            ("0x1F", 31.0),
            ("0b101", 5.0),
            ("0o17", 15.0),
            ("-0x10", nan),
            ("Infinity", f64::INFINITY),
            ("-Infinity", f64::NEG_INFINITY),
            ("infinity", nan),
            ("inf", nan),
            ("NaN", nan),
            ("1_000", nan),
            ("12px", nan),
            ("e5", nan),
            (".", nan),
            ("\u{a0}3\u{feff}", 3.0),
            ("\u{85}3", nan),
        ];
        for (s, want) in cases {
            let got = string_to_number(s).unwrap();
            assert!(got == *want || (got.is_nan() && want.is_nan()), "{s:?}: {got}");
        }
        assert!(string_to_number("-0").unwrap().is_sign_negative());
        assert_eq!(string_to_number("0x1fffffffffffffffff"), None);
    }

    #[test]
    fn integer_conversions() {
        assert_eq!(to_integer_or_infinity(-1.7), -1.0);
        assert!(to_integer_or_infinity(-0.3).is_sign_positive());
        assert_eq!(to_integer_or_infinity(f64::NAN), 0.0);
        assert_eq!(to_uint32(-1.0), u32::MAX);
        assert_eq!(to_uint32(4294967298.5), 2);
        assert_eq!(array_index("0"), Some(0));
        assert_eq!(array_index("4294967294"), Some(4294967294));
        assert_eq!(array_index("4294967295"), None);
        assert_eq!(array_index("01"), None);
        assert_eq!(array_index("-0"), None);
        assert_eq!(array_index("1.0"), None);
    }
}
