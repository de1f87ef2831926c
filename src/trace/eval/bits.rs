//! The bitwise operators, `**` and `in` (ECMA-262 §6.1.6.1, §13.10.1),
//! trace extensions. Operands are numbers after ToNumeric: the evaluator
//! never holds a BigInt (no JSON value or modelled literal is one).

use super::interp::{unknown, Interp, R};
use super::protos::{is_inherited_on_node20, Proto};
use super::value::Value;
use crate::trace::ir::BinOp;

/// ToInt32 (§7.1.6): NaN and infinities are 0, the rest is taken modulo 2^32.
pub(crate) fn to_int32(n: f64) -> i32 {
    to_uint32(n) as i32
}

/// ToUint32 (§7.1.7).
pub(crate) fn to_uint32(n: f64) -> u32 {
    if !n.is_finite() {
        return 0;
    }
    let int = n.trunc();
    let modulo = int.rem_euclid(4_294_967_296.0);
    modulo as u32
}

/// The result of a bitwise or shift operator on two numbers.
pub(crate) fn bitwise(op: BinOp, a: f64, b: f64) -> Option<f64> {
    let (x, y) = (to_int32(a), to_uint32(b));
    Some(match op {
        BinOp::BitAnd => (x & to_int32(b)) as f64,
        BinOp::BitOr => (x | to_int32(b)) as f64,
        BinOp::BitXor => (x ^ to_int32(b)) as f64,
        BinOp::Shl => x.wrapping_shl(y & 31) as f64,
        BinOp::Shr => (x >> (y & 31)) as f64,
        BinOp::UShr => (to_uint32(a) >> (y & 31)) as f64,
        _ => return None,
    })
}

fn is_odd_integer(n: f64) -> bool {
    n.is_finite() && n.trunc() == n && (n % 2.0).abs() == 1.0
}

/// Number::exponentiate (§6.1.6.1.3). The special cases are the spec's;
/// a finite power is answered only when it is exact (then every correctly
/// or nearly correctly rounding `pow`, V8's included, returns it), else
/// `None`: V8's `pow` may round differently from Rust's.
pub(crate) fn exponentiate(base: f64, exponent: f64) -> Option<f64> {
    if exponent.is_nan() {
        return Some(f64::NAN);
    }
    if exponent == 0.0 {
        return Some(1.0);
    }
    if base.is_nan() {
        return Some(f64::NAN);
    }
    if exponent.is_infinite() {
        let magnitude = base.abs();
        return Some(if magnitude == 1.0 {
            f64::NAN
        } else if (magnitude > 1.0) == (exponent > 0.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if base.is_infinite() || base == 0.0 {
        // ±∞ and ±0: the sign survives an odd integer exponent only.
        let huge = base.is_infinite() == (exponent > 0.0);
        let negative = base.is_sign_negative() && is_odd_integer(exponent);
        let magnitude = if huge { f64::INFINITY } else { 0.0 };
        return Some(if negative { -magnitude } else { magnitude });
    }
    if base < 0.0 && exponent.trunc() != exponent {
        return Some(f64::NAN);
    }
    exact_power(base, exponent)
}

/// `base ** exponent` for a finite non-zero base and an integer exponent,
/// when every step is exact; `None` otherwise.
fn exact_power(base: f64, exponent: f64) -> Option<f64> {
    if exponent.trunc() != exponent || exponent.abs() > 1100.0 {
        return None;
    }
    let mut result = 1.0f64;
    for _ in 0..exponent.abs() as u32 {
        result = exact_product(result, base)?;
    }
    if exponent > 0.0 {
        return Some(result);
    }
    let inverse = 1.0 / result;
    // Exact when inverse × result is exactly 1 (a power of two).
    (inverse.is_normal() && inverse.mul_add(result, -1.0) == 0.0).then_some(inverse)
}

fn exact_product(a: f64, b: f64) -> Option<f64> {
    let p = a * b;
    (p.is_normal() && a.mul_add(b, -p) == 0.0).then_some(p)
}

// The operators charge nothing beyond the operand evaluation: each is O(1)
// but `**`, whose loop is bounded by the exponent check above.
impl<'a> Interp<'a> {
    pub(crate) fn numeric_binary(&mut self, op: BinOp, left: &Value<'a>, right: &Value<'a>) -> R<'a> {
        let a = self.to_number(left)?;
        let b = self.to_number(right)?;
        let result = match op {
            BinOp::Exp => exponentiate(a, b),
            _ => bitwise(op, a, b),
        };
        match result {
            Some(n) => Ok(Value::Num(n)),
            None => unknown("a power that V8 may round differently"),
        }
    }

    /// `key in target`: own properties, then the built-in prototypes as
    /// Node 20 has them; a primitive or function target is unknown (a
    /// primitive throws a TypeError).
    pub(crate) fn has_property(&mut self, key: &Value<'a>, target: &Value<'a>) -> R<'a> {
        if let Value::Err(_) = target {
            let key = self.to_property_key(key)?;
            let name = key.as_key().name();
            let found = super::errors::error_has(name)
                .or_else(|| name.and_then(|name| is_inherited_on_node20(Proto::Object, name)));
            return match found {
                Some(found) => Ok(Value::Bool(found)),
                None => unknown("whether the key is on the prototype depends on the Node version"),
            };
        }
        if !matches!(target, Value::Arr(_) | Value::Obj(_)) {
            return unknown("`in` on a value that is not a plain object or array");
        }
        let key = self.to_property_key(key)?;
        let key = key.as_key();
        let (own, proto) = match target {
            Value::Arr(id) => {
                let own = match key.name() {
                    // A hole is no property (holes.rs), though it reads as `undefined`.
                    None => matches!(key, super::value::Key::Index(i)
                        if (i as usize) < self.heap.array(*id).len() && !self.heap.holes.is_hole(*id, i)),
                    Some(name) => name == "length",
                };
                (own, Proto::Array)
            }
            Value::Obj(id) => (self.heap.object(*id).get(key).is_some(), Proto::Object),
            _ => unreachable!("checked above"),
        };
        if own {
            return Ok(Value::Bool(true));
        }
        match key.name() {
            Some(name) => match is_inherited_on_node20(proto, name) {
                Some(found) => Ok(Value::Bool(found)),
                None => unknown(format!("whether `{name}` is on the prototype depends on the Node version")),
            },
            None => Ok(Value::Bool(false)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int32_conversions_wrap_and_truncate() {
        assert_eq!(to_int32(f64::NAN), 0);
        assert_eq!(to_int32(f64::INFINITY), 0);
        assert_eq!(to_int32(-0.0), 0);
        assert_eq!(to_int32(2_147_483_648.0), -2_147_483_648);
        assert_eq!(to_int32(4_294_967_297.5), 1);
        assert_eq!(to_int32(-1.9), -1);
        assert_eq!(to_uint32(-1.0), 4_294_967_295);
        assert_eq!(to_uint32(1e21), (1e21f64).rem_euclid(4_294_967_296.0) as u32);
    }

    #[test]
    fn shifts_use_the_low_five_bits_of_the_count() {
        assert_eq!(bitwise(BinOp::Shl, 1.0, 33.0), Some(2.0));
        assert_eq!(bitwise(BinOp::Shl, 1.0, 31.0), Some(-2_147_483_648.0));
        assert_eq!(bitwise(BinOp::Shr, -8.0, 1.0), Some(-4.0));
        assert_eq!(bitwise(BinOp::UShr, -1.0, 0.0), Some(4_294_967_295.0));
        assert_eq!(bitwise(BinOp::UShr, -8.0, -31.0), Some(2_147_483_644.0));
        assert_eq!(bitwise(BinOp::BitXor, 5.0, 3.0), Some(6.0));
        assert_eq!(bitwise(BinOp::BitOr, 2.5, f64::NAN), Some(2.0));
    }

    #[test]
    fn powers_follow_the_spec_or_are_exact() {
        let same = |a: Option<f64>, b: f64| a.is_some_and(|a| a.to_bits() == b.to_bits() || a.is_nan() && b.is_nan());
        assert!(same(exponentiate(f64::NAN, 0.0), 1.0));
        assert!(same(exponentiate(1.0, f64::NAN), f64::NAN));
        assert!(same(exponentiate(-1.0, f64::INFINITY), f64::NAN));
        assert!(same(exponentiate(1.0, f64::NEG_INFINITY), f64::NAN));
        assert!(same(exponentiate(0.5, f64::NEG_INFINITY), f64::INFINITY));
        assert!(same(exponentiate(-0.0, -3.0), f64::NEG_INFINITY));
        assert!(same(exponentiate(-0.0, -2.0), f64::INFINITY));
        assert!(same(exponentiate(-0.0, 3.0), -0.0));
        assert!(same(exponentiate(f64::NEG_INFINITY, 3.0), f64::NEG_INFINITY));
        assert!(same(exponentiate(f64::NEG_INFINITY, -3.0), -0.0));
        assert!(same(exponentiate(-8.0, 1.0 / 3.0), f64::NAN));
        assert!(same(exponentiate(2.0, 10.0), 1024.0));
        assert!(same(exponentiate(-3.0, 3.0), -27.0));
        assert!(same(exponentiate(2.0, -2.0), 0.25));
        assert!(same(exponentiate(1.5, 2.0), 2.25));
        // Not exact: left to V8.
        assert_eq!(exponentiate(3.0, -1.0), None);
        assert_eq!(exponentiate(2.0, 0.5), None);
        assert_eq!(exponentiate(10.0, 400.0), None);
    }
}
