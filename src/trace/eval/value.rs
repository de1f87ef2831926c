//! JavaScript values as the evaluator holds them.
//!
//! Arrays and objects live in a per-evaluation [`Heap`] and are referred to
//! by index: identity is index equality, cycles cost nothing, and everything
//! is freed at once when the evaluation ends.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use crate::trace::ir::Props;
use crate::trace::number::array_index;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ArrId(pub(crate) u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ObjId(pub(crate) u32);

#[derive(Debug, Clone)]
pub(crate) enum Value<'a> {
    Undefined,
    Null,
    Bool(bool),
    Num(f64),
    Str(JsStr),
    Arr(ArrId),
    Obj(ObjId),
    /// A function value: its unevaluated closure environment (`tenv`) and
    /// which evaluation of a `clos` node created it. JavaScript makes a new
    /// function object each time a function expression runs, so two values
    /// from one `clos` node (a loop, two calls of a helper) are not `===`.
    Clos(&'a Props, u32),
    /// An error object (`eval/errors.rs`); identity is the allocation's.
    Err(Rc<super::errors::ErrorObj>),
}

impl<'a> Value<'a> {
    pub(crate) fn str(s: &str) -> Value<'a> {
        Value::Str(JsStr::new(s))
    }

    /// JavaScript truthiness.
    pub(crate) fn truthy(&self) -> bool {
        match self {
            Value::Undefined | Value::Null => false,
            Value::Bool(b) => *b,
            Value::Num(n) => !(*n == 0.0 || n.is_nan()),
            Value::Str(s) => !s.is_empty(),
            Value::Arr(_) | Value::Obj(_) | Value::Clos(..) | Value::Err(_) => true,
        }
    }

    pub(crate) fn type_of(&self) -> &'static str {
        match self {
            Value::Undefined => "undefined",
            Value::Null | Value::Arr(_) | Value::Obj(_) | Value::Err(_) => "object",
            Value::Bool(_) => "boolean",
            Value::Num(_) => "number",
            Value::Str(_) => "string",
            Value::Clos(..) => "function",
        }
    }

    /// Objects in JavaScript's sense (arrays, plain objects, functions).
    pub(crate) fn is_object(&self) -> bool {
        matches!(self, Value::Arr(_) | Value::Obj(_) | Value::Clos(..) | Value::Err(_))
    }

    /// `===`.
    pub(crate) fn strict_equals(&self, other: &Value<'a>) -> bool {
        match (self, other) {
            (Value::Undefined, Value::Undefined) | (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Num(a), Value::Num(b)) => a == b,
            (Value::Str(a), Value::Str(b)) => a.as_str() == b.as_str(),
            (Value::Arr(a), Value::Arr(b)) => a == b,
            (Value::Obj(a), Value::Obj(b)) => a == b,
            (Value::Clos(_, a), Value::Clos(_, b)) => a == b,
            (Value::Err(a), Value::Err(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// SameValueZero (`includes`): like `===` except that NaN equals NaN.
    pub(crate) fn same_value_zero(&self, other: &Value<'a>) -> bool {
        match (self, other) {
            (Value::Num(a), Value::Num(b)) if a.is_nan() && b.is_nan() => true,
            _ => self.strict_equals(other),
        }
    }
}

/// An immutable JavaScript string. The text is valid UTF-8 (so it never
/// holds a lone surrogate); its length in UTF-16 code units is kept because
/// JavaScript measures and indexes in those.
#[derive(Clone)]
pub(crate) struct JsStr(Rc<StrData>);

struct StrData {
    units: usize,
    text: String,
}

impl JsStr {
    pub(crate) fn new(text: &str) -> JsStr {
        JsStr::from_string(text.to_owned())
    }

    pub(crate) fn from_string(text: String) -> JsStr {
        let units = if text.is_ascii() { text.len() } else { text.encode_utf16().count() };
        JsStr(Rc::new(StrData { units, text }))
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.0.text
    }

    /// Length in UTF-16 code units (JavaScript's `length`).
    pub(crate) fn units(&self) -> usize {
        self.0.units
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.units == 0
    }

    /// One code unit per byte: unit indexes are byte indexes.
    pub(crate) fn is_ascii(&self) -> bool {
        self.0.units == self.0.text.len()
    }
}

impl std::fmt::Debug for JsStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl PartialEq for JsStr {
    fn eq(&self, other: &JsStr) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for JsStr {}

/// Lets maps keyed by `JsStr` be searched with a `&str` (hashes agree).
impl std::borrow::Borrow<str> for JsStr {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl Hash for JsStr {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

/// A property key after ToPropertyKey: array indexes are kept as numbers so
/// that `a[i]` in a loop does not format and re-parse `i`.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Key<'k> {
    Index(u32),
    Name(&'k str),
}

impl<'k> Key<'k> {
    /// The key a property name denotes.
    pub(crate) fn of_name(name: &'k str) -> Key<'k> {
        match array_index(name) {
            Some(i) => Key::Index(i),
            None => Key::Name(name),
        }
    }

    pub(crate) fn name(self) -> Option<&'k str> {
        match self {
            Key::Name(n) => Some(n),
            Key::Index(_) => None,
        }
    }

    pub(crate) fn to_js_str(self) -> JsStr {
        match self {
            Key::Index(i) => JsStr::from_string(i.to_string()),
            Key::Name(n) => JsStr::new(n),
        }
    }

    fn matches(self, stored: &str) -> bool {
        match self {
            Key::Name(n) => n == stored,
            Key::Index(i) => array_index(stored) == Some(i),
        }
    }
}

/// Own properties of a plain object, in insertion order. JavaScript lists
/// integer-like keys first in ascending order: see [`PropMap::ordered`].
#[derive(Debug, Default)]
pub(crate) struct PropMap<'a> {
    entries: Vec<(JsStr, Value<'a>)>,
    /// Built once the object grows past a few keys, to keep lookups O(1).
    index: Option<HashMap<JsStr, usize>>,
}

/// Up to this many keys a linear scan beats hashing.
const LINEAR_SCAN_MAX: usize = 12;

impl<'a> PropMap<'a> {
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    fn position(&self, key: Key) -> Option<usize> {
        match (&self.index, key) {
            (Some(index), Key::Name(n)) => index.get(n).copied(),
            (Some(index), Key::Index(i)) => index.get(i.to_string().as_str()).copied(),
            (None, _) => self.entries.iter().position(|(k, _)| key.matches(k.as_str())),
        }
    }

    pub(crate) fn get(&self, key: Key) -> Option<&Value<'a>> {
        self.position(key).map(|i| &self.entries[i].1)
    }

    pub(crate) fn has(&self, name: &str) -> bool {
        self.position(Key::Name(name)).is_some()
    }

    /// Defines or overwrites an own property; an existing key keeps its place.
    pub(crate) fn set(&mut self, key: Key, value: Value<'a>) {
        if let Some(i) = self.position(key) {
            self.entries[i].1 = value;
            return;
        }
        let name = key.to_js_str();
        if let Some(index) = &mut self.index {
            index.insert(name.clone(), self.entries.len());
        }
        self.entries.push((name, value));
        if self.index.is_none() && self.entries.len() > LINEAR_SCAN_MAX {
            let index = self.entries.iter().enumerate().map(|(i, (k, _))| (k.clone(), i)).collect();
            self.index = Some(index);
        }
    }

    /// Own properties in JavaScript's enumeration order: array indexes
    /// ascending, then the other keys in insertion order.
    pub(crate) fn ordered(&self) -> Vec<(JsStr, Value<'a>)> {
        let mut indexed: Vec<(u32, &(JsStr, Value<'a>))> = Vec::new();
        let mut named: Vec<&(JsStr, Value<'a>)> = Vec::new();
        for entry in &self.entries {
            match array_index(entry.0.as_str()) {
                Some(i) => indexed.push((i, entry)),
                None => named.push(entry),
            }
        }
        indexed.sort_by_key(|(i, _)| *i);
        indexed.into_iter().map(|(_, e)| e).chain(named).cloned().collect()
    }
}

/// All arrays and objects of one evaluation.
#[derive(Debug, Default)]
pub(crate) struct Heap<'a> {
    arrays: Vec<Vec<Value<'a>>>,
    objects: Vec<PropMap<'a>>,
    /// Which array elements are holes (they are stored as `undefined`).
    pub(crate) holes: super::holes::Holes,
}

impl<'a> Heap<'a> {
    pub(crate) fn new_array(&mut self, items: Vec<Value<'a>>) -> ArrId {
        self.arrays.push(items);
        ArrId((self.arrays.len() - 1) as u32)
    }

    pub(crate) fn new_object(&mut self, props: PropMap<'a>) -> ObjId {
        self.objects.push(props);
        ObjId((self.objects.len() - 1) as u32)
    }

    pub(crate) fn array(&self, id: ArrId) -> &Vec<Value<'a>> {
        &self.arrays[id.0 as usize]
    }

    pub(crate) fn array_mut(&mut self, id: ArrId) -> &mut Vec<Value<'a>> {
        &mut self.arrays[id.0 as usize]
    }

    pub(crate) fn object(&self, id: ObjId) -> &PropMap<'a> {
        &self.objects[id.0 as usize]
    }

    pub(crate) fn object_mut(&mut self, id: ObjId) -> &mut PropMap<'a> {
        &mut self.objects[id.0 as usize]
    }

    /// Number of containers allocated so far (for the memory budget).
    pub(crate) fn containers(&self) -> usize {
        self.arrays.len() + self.objects.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_utf16_units() {
        assert_eq!(JsStr::new("abc").units(), 3);
        assert_eq!(JsStr::new("é😀").units(), 3);
        assert!(!JsStr::new("é").is_ascii());
    }

    #[test]
    fn orders_integer_keys_first() {
        let mut props = PropMap::default();
        for key in ["b", "10", "a", "2", "01", "4294967295"] {
            props.set(Key::of_name(key), Value::Null);
        }
        props.set(Key::Name("b"), Value::Bool(true));
        let keys: Vec<String> = props.ordered().into_iter().map(|(k, _)| k.as_str().to_owned()).collect();
        assert_eq!(keys, ["2", "10", "b", "a", "01", "4294967295"]);
        assert!(matches!(props.get(Key::Name("b")), Some(Value::Bool(true))));
        assert!(matches!(props.get(Key::Index(10)), Some(Value::Null)));
    }

    #[test]
    fn large_objects_use_the_index() {
        let mut props = PropMap::default();
        for i in 0..100 {
            props.set(Key::Name(&format!("k{i}")), Value::Num(i as f64));
            props.set(Key::Index(i), Value::Num(-(i as f64)));
        }
        assert_eq!(props.len(), 200);
        assert!(matches!(props.get(Key::Name("k57")), Some(Value::Num(n)) if *n == 57.0));
        assert!(matches!(props.get(Key::of_name("57")), Some(Value::Num(n)) if *n == -57.0));
        assert!(props.get(Key::Name("k100")).is_none());
    }

    #[test]
    fn equality_rules() {
        let a = Value::Num(f64::NAN);
        assert!(!a.strict_equals(&a));
        assert!(a.same_value_zero(&a));
        assert!(Value::Num(0.0).strict_equals(&Value::Num(-0.0)));
        assert!(Value::str("x").strict_equals(&Value::str("x")));
        assert!(!Value::Arr(ArrId(0)).strict_equals(&Value::Arr(ArrId(1))));
    }
}
