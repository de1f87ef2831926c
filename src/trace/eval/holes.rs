//! Computed writes to arrays: an index past the end, and `length`.
//!
//! Either can leave *holes* (indexes the array has no element at). A hole
//! reads as `undefined`, prints as `null` in JSON and as nothing in `join`,
//! like an `undefined` element; the evaluator stores it as one. What tells
//! the two apart is guarded (`indexOf(undefined)`, `Object.keys`, `slice`
//! keeping them) or exact (`in`, which the compiled array callbacks test): a method call
//! with an array that has holes as receiver or argument is `unknown` unless
//! it is one of the few below, which treat a hole exactly as `undefined`.
//! The hole indexes are kept per array, so filling every hole (a sieve
//! that sets `length` and then writes each index) makes it plain again.

use std::collections::{BTreeSet, HashMap};

use super::interp::{unknown, Interp, R};
use super::value::{ArrId, Value};
use crate::trace::number::to_uint32;

/// Longer arrays than this are not made by a write: a hole costs an
/// element here, and `a[4e9] = 1` must not allocate gigabytes.
pub(crate) const MAX_WRITTEN_LENGTH: usize = 1 << 20;

/// Methods whose result is the same whether an element is a hole or
/// `undefined`, and which keep the hole bookkeeping right.
const HOLE_SAFE_METHODS: &[&str] = &["push", "pop", "includes", "join"];

/// Which indexes of which arrays are holes (arrays without holes have no entry).
#[derive(Debug, Default)]
pub(crate) struct Holes(HashMap<u32, BTreeSet<u32>>);

impl Holes {
    pub(crate) fn any(&self, id: ArrId) -> bool {
        self.0.contains_key(&id.0)
    }

    pub(crate) fn is_hole(&self, id: ArrId, index: u32) -> bool {
        self.0.get(&id.0).is_some_and(|set| set.contains(&index))
    }

    fn add_range(&mut self, id: ArrId, from: usize, to: usize) {
        if from < to {
            self.0.entry(id.0).or_default().extend(from as u32..to as u32);
        }
    }

    /// Forgets holes at `index` and above (`from_index` true) or at `index` only.
    fn fill(&mut self, id: ArrId, index: usize, and_above: bool) {
        let Some(set) = self.0.get_mut(&id.0) else { return };
        if and_above {
            set.split_off(&(index as u32));
        } else {
            set.remove(&(index as u32));
        }
        if set.is_empty() {
            self.0.remove(&id.0);
        }
    }
}

impl<'a> Interp<'a> {
    /// `a[i] = value` for an array index `i`: past the end, the indexes in
    /// between become holes.
    pub(crate) fn write_element(&mut self, id: ArrId, index: u32, value: Value<'a>) -> R<'a, ()> {
        let index = index as usize;
        let len = self.heap.array(id).len();
        if index >= len {
            self.grow(id, index + 1)?;
        }
        self.heap.array_mut(id)[index] = value;
        self.heap.holes.fill(id, index, false);
        Ok(())
    }

    /// `a.length = value`: truncates, or extends with holes. A value that
    /// is not a valid length throws a RangeError in JavaScript.
    pub(crate) fn write_length(&mut self, id: ArrId, value: &Value<'a>) -> R<'a, ()> {
        if value.is_object() {
            return unknown("`length` set to an object (its valueOf runs twice)");
        }
        let number = self.to_number(value)?;
        let new_len = to_uint32(number);
        if f64::from(new_len) != number {
            return unknown("an invalid array length throws a RangeError");
        }
        let new_len = new_len as usize;
        if new_len <= self.heap.array(id).len() {
            self.heap.array_mut(id).truncate(new_len);
            self.heap.holes.fill(id, new_len, true);
            Ok(())
        } else {
            self.grow(id, new_len)
        }
    }

    /// Extends the array to `new_len` with holes.
    fn grow(&mut self, id: ArrId, new_len: usize) -> R<'a, ()> {
        if new_len > MAX_WRITTEN_LENGTH {
            return unknown("a write makes a very long array");
        }
        let len = self.heap.array(id).len();
        self.charge(new_len - len)?;
        self.heap.array_mut(id).resize(new_len, Value::Undefined);
        self.heap.holes.add_range(id, len, new_len);
        Ok(())
    }

    /// Unknown when a method call could tell a hole from `undefined`
    /// (`receiver` is `None` for `Math.*`/`JSON.*`).
    pub(crate) fn guard_holes(&self, receiver: Option<&Value<'a>>, method: &str, args: &[Value<'a>]) -> R<'a, ()> {
        let holey = |v: &Value<'a>| matches!(v, Value::Arr(id) if self.heap.holes.any(*id));
        let receiver_ok = match receiver {
            Some(r) => !holey(r) || HOLE_SAFE_METHODS.contains(&method),
            None => true,
        };
        // As arguments: an element (push, includes, indexOf compare it as a
        // whole), JSON text (holes print as null), or nothing else.
        let args_ok = match receiver {
            Some(_) => matches!(method, "push" | "includes" | "indexOf") || !args.iter().any(holey),
            None => method == "stringify" || !args.iter().any(holey),
        };
        if receiver_ok && args_ok {
            Ok(())
        } else {
            unknown(format!("`{method}` on or with an array that has holes"))
        }
    }

    /// After `pop`: the popped index is no longer a hole.
    pub(crate) fn after_pop(&mut self, id: ArrId) {
        let len = self.heap.array(id).len();
        self.heap.holes.fill(id, len, true);
    }
}
