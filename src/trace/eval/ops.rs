//! Type conversions and operators with JavaScript's rules (ECMAScript §7.1,
//! §7.2, §13). Conversions the evaluator cannot do faithfully — calling a
//! user-defined `toString`/`valueOf`, or printing a function's source — are
//! `unknown`.

use std::cmp::Ordering;

use super::interp::{unknown, Interp, OwnedKey, Visit, R};
use super::strings;
use super::value::{ArrId, JsStr, ObjId, Value};
use crate::trace::ir::BinOp;
use crate::trace::number::{string_to_number, to_js_string};

// The `to_*` conversions are the interpreter's (they charge its step budget), hence `&mut self`.
#[allow(clippy::wrong_self_convention)]
impl<'a> Interp<'a> {
    /// ToPrimitive for the values we model. Plain objects and arrays have
    /// `Object.prototype.valueOf` (which returns the object, so it is
    /// skipped) and a known `toString`, whatever the hint.
    pub(crate) fn to_primitive(&mut self, value: &Value<'a>) -> R<'a> {
        match value {
            Value::Arr(id) => Ok(Value::Str(self.join(*id, ",")?)),
            Value::Obj(id) => Ok(Value::Str(self.object_to_string(*id)?)),
            Value::Clos(..) => unknown("converting a function to a primitive"),
            Value::Err(error) => Ok(Value::Str(self.error_to_string(error))),
            other => Ok(other.clone()),
        }
    }

    fn object_to_string(&mut self, id: ObjId) -> R<'a, JsStr> {
        let props = self.heap.object(id);
        if props.has("toString") || props.has("valueOf") {
            return unknown("an object with its own toString or valueOf");
        }
        Ok(JsStr::new("[object Object]"))
    }

    pub(crate) fn to_js_string(&mut self, value: &Value<'a>) -> R<'a, JsStr> {
        Ok(match value {
            Value::Undefined => JsStr::new("undefined"),
            Value::Null => JsStr::new("null"),
            Value::Bool(b) => JsStr::new(if *b { "true" } else { "false" }),
            Value::Num(n) => JsStr::from_string(to_js_string(*n)),
            Value::Str(s) => s.clone(),
            Value::Arr(id) => self.join(*id, ",")?,
            Value::Obj(id) => self.object_to_string(*id)?,
            Value::Clos(..) => return unknown("converting a function to a string"),
            Value::Err(error) => self.error_to_string(error),
        })
    }

    pub(crate) fn to_number(&mut self, value: &Value<'a>) -> R<'a, f64> {
        match value {
            Value::Undefined => Ok(f64::NAN),
            Value::Null => Ok(0.0),
            Value::Bool(b) => Ok(if *b { 1.0 } else { 0.0 }),
            Value::Num(n) => Ok(*n),
            Value::Str(s) => str_to_number(s),
            Value::Arr(_) | Value::Obj(_) | Value::Err(_) => {
                let primitive = self.to_primitive(value)?;
                self.to_number(&primitive)
            }
            Value::Clos(..) => unknown("converting a function to a number"),
        }
    }

    pub(crate) fn to_property_key(&mut self, value: &Value<'a>) -> R<'a, OwnedKey> {
        match value {
            Value::Num(n) if *n >= 0.0 && *n < u32::MAX as f64 && n.fract() == 0.0 => Ok(OwnedKey::Index(*n as u32)),
            Value::Str(s) => Ok(OwnedKey::of_str(s.clone())),
            other => {
                let s = self.to_js_string(other)?;
                Ok(OwnedKey::of_str(s))
            }
        }
    }

    /// Array.prototype.join (and so an array's toString): `null` and
    /// `undefined` elements print as nothing.
    pub(crate) fn join(&mut self, id: ArrId, separator: &str) -> R<'a, JsStr> {
        let visit = Visit::Arr(id.0);
        if self.visiting.contains(&visit) {
            // V8 prints "" for the cycle; not worth modelling.
            return unknown("joining a cyclic array");
        }
        if self.visiting.len() >= self.limits.max_depth {
            return unknown("arrays nested too deeply");
        }
        self.visiting.push(visit);
        let result = self.join_items(id, separator);
        self.visiting.pop();
        result
    }

    fn join_items(&mut self, id: ArrId, separator: &str) -> R<'a, JsStr> {
        let len = self.heap.array(id).len();
        let mut out = String::new();
        for i in 0..len {
            if i > 0 {
                out.push_str(separator);
            }
            let item = self.heap.array(id)[i].clone();
            match item {
                Value::Undefined | Value::Null => self.tick()?,
                other => {
                    let piece = self.to_js_string(&other)?;
                    self.charge(piece.as_str().len() + separator.len())?;
                    out.push_str(piece.as_str());
                }
            }
        }
        Ok(JsStr::from_string(out))
    }

    pub(crate) fn binary(&mut self, op: BinOp, left: &Value<'a>, right: &Value<'a>) -> R<'a> {
        if let (Value::Str(a), Value::Str(b)) = (left, right) {
            // Comparing strings is a scan of the shorter one.
            self.charge(a.as_str().len().min(b.as_str().len()))?;
        }
        let number = |n: f64| Ok(Value::Num(n));
        match op {
            BinOp::Add => self.add(left, right),
            BinOp::Sub => number(self.to_number(left)? - self.to_number(right)?),
            BinOp::Mul => number(self.to_number(left)? * self.to_number(right)?),
            BinOp::Div => number(self.to_number(left)? / self.to_number(right)?),
            // Rust's `%` on f64 is C's fmod: the sign of the dividend, as in JS.
            BinOp::Rem => number(self.to_number(left)? % self.to_number(right)?),
            BinOp::StrictEq => Ok(Value::Bool(left.strict_equals(right))),
            BinOp::StrictNe => Ok(Value::Bool(!left.strict_equals(right))),
            BinOp::LooseEq => Ok(Value::Bool(self.loose_equals(left, right)?)),
            BinOp::LooseNe => Ok(Value::Bool(!self.loose_equals(left, right)?)),
            BinOp::Lt => Ok(Value::Bool(self.less_than(left, right)? == Some(true))),
            BinOp::Gt => Ok(Value::Bool(self.less_than(right, left)? == Some(true))),
            BinOp::Le => Ok(Value::Bool(self.less_than(right, left)? == Some(false))),
            BinOp::Ge => Ok(Value::Bool(self.less_than(left, right)? == Some(false))),
            // Short-circuiting happens before both sides are evaluated.
            BinOp::And => Ok(if left.truthy() { right.clone() } else { left.clone() }),
            BinOp::Or => Ok(if left.truthy() { left.clone() } else { right.clone() }),
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::Shl | BinOp::Shr | BinOp::UShr | BinOp::Exp => {
                self.numeric_binary(op, left, right)
            }
            BinOp::In => self.has_property(left, right),
        }
    }

    fn add(&mut self, left: &Value<'a>, right: &Value<'a>) -> R<'a> {
        if let (Value::Num(a), Value::Num(b)) = (left, right) {
            return Ok(Value::Num(a + b));
        }
        let left = self.to_primitive(left)?;
        let right = self.to_primitive(right)?;
        if matches!(left, Value::Str(_)) || matches!(right, Value::Str(_)) {
            let a = self.to_js_string(&left)?;
            let b = self.to_js_string(&right)?;
            self.charge(a.as_str().len() + b.as_str().len())?;
            let mut text = String::with_capacity(a.as_str().len() + b.as_str().len());
            text.push_str(a.as_str());
            text.push_str(b.as_str());
            return Ok(Value::Str(JsStr::from_string(text)));
        }
        Ok(Value::Num(self.to_number(&left)? + self.to_number(&right)?))
    }

    /// IsLessThan: `None` when a side is NaN (every comparison is then false).
    fn less_than(&mut self, left: &Value<'a>, right: &Value<'a>) -> R<'a, Option<bool>> {
        let left = self.to_primitive(left)?;
        let right = self.to_primitive(right)?;
        if let (Value::Str(a), Value::Str(b)) = (&left, &right) {
            return Ok(Some(strings::compare(a, b) == Ordering::Less));
        }
        let a = self.to_number(&left)?;
        let b = self.to_number(&right)?;
        if a.is_nan() || b.is_nan() {
            return Ok(None);
        }
        Ok(Some(a < b))
    }

    /// IsLooselyEqual (`==`).
    pub(crate) fn loose_equals(&mut self, left: &Value<'a>, right: &Value<'a>) -> R<'a, bool> {
        use Value::*;
        if same_type(left, right) {
            return Ok(left.strict_equals(right));
        }
        match (left, right) {
            (Undefined | Null, Undefined | Null) => Ok(true),
            (Undefined | Null, _) | (_, Undefined | Null) => Ok(false),
            (Num(a), Str(b)) => Ok(*a == str_to_number(b)?),
            (Str(a), Num(b)) => Ok(str_to_number(a)? == *b),
            (Bool(a), _) => self.loose_equals(&Num(if *a { 1.0 } else { 0.0 }), right),
            (_, Bool(b)) => self.loose_equals(left, &Num(if *b { 1.0 } else { 0.0 })),
            (Num(_) | Str(_), object) if object.is_object() => {
                let primitive = self.to_primitive(object)?;
                self.loose_equals(left, &primitive)
            }
            (object, Num(_) | Str(_)) if object.is_object() => {
                let primitive = self.to_primitive(object)?;
                self.loose_equals(&primitive, right)
            }
            _ => Ok(false),
        }
    }
}

/// Same ECMAScript type (all object-like values are one type: Object).
fn same_type(a: &Value, b: &Value) -> bool {
    use Value::*;
    matches!((a, b), (Undefined, Undefined) | (Null, Null) | (Bool(_), Bool(_)) | (Num(_), Num(_)) | (Str(_), Str(_)))
        || (a.is_object() && b.is_object())
}

pub(crate) fn str_to_number<'a>(s: &JsStr) -> R<'a, f64> {
    match string_to_number(s.as_str()) {
        Some(n) => Ok(n),
        None => unknown("a numeric literal too long to convert exactly"),
    }
}
