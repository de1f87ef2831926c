//! Names JavaScript finds on built-in prototypes. Reading one that is not an
//! own property yields a function or accessor the evaluator does not model,
//! so such reads are `unknown` rather than `undefined`.
//!
//! Lists from Node 20 (`Object.getOwnPropertyNames(X.prototype)`), plus
//! members newer engines add, so a trace stays sound on a newer Node.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Proto {
    Object,
    Array,
    String,
    Number,
    Boolean,
}

const OBJECT: &[&str] = &[
    "__defineGetter__",
    "__defineSetter__",
    "__lookupGetter__",
    "__lookupSetter__",
    "__proto__",
    "constructor",
    "hasOwnProperty",
    "isPrototypeOf",
    "propertyIsEnumerable",
    "toLocaleString",
    "toString",
    "valueOf",
];

const ARRAY: &[&str] = &[
    "at",
    "concat",
    "copyWithin",
    "entries",
    "every",
    "fill",
    "filter",
    "find",
    "findIndex",
    "findLast",
    "findLastIndex",
    "flat",
    "flatMap",
    "forEach",
    "group",
    "groupToMap",
    "includes",
    "indexOf",
    "join",
    "keys",
    "lastIndexOf",
    "length",
    "map",
    "pop",
    "push",
    "reduce",
    "reduceRight",
    "reverse",
    "shift",
    "slice",
    "some",
    "sort",
    "splice",
    "toReversed",
    "toSorted",
    "toSpliced",
    "unshift",
    "values",
    "with",
];

const STRING: &[&str] = &[
    "anchor",
    "at",
    "big",
    "blink",
    "bold",
    "charAt",
    "charCodeAt",
    "codePointAt",
    "concat",
    "endsWith",
    "fixed",
    "fontcolor",
    "fontsize",
    "includes",
    "indexOf",
    "isWellFormed",
    "italics",
    "lastIndexOf",
    "length",
    "link",
    "localeCompare",
    "match",
    "matchAll",
    "normalize",
    "padEnd",
    "padStart",
    "repeat",
    "replace",
    "replaceAll",
    "search",
    "slice",
    "small",
    "split",
    "startsWith",
    "strike",
    "sub",
    "substr",
    "substring",
    "sup",
    "toLocaleLowerCase",
    "toLocaleUpperCase",
    "toLowerCase",
    "toUpperCase",
    "toWellFormed",
    "trim",
    "trimEnd",
    "trimLeft",
    "trimRight",
    "trimStart",
];

const NUMBER: &[&str] = &["toExponential", "toFixed", "toPrecision"];

/// Is `name` inherited by a value whose prototype chain is `proto` →
/// `Object.prototype`?
pub(crate) fn is_inherited(proto: Proto, name: &str) -> bool {
    let own: &[&str] = match proto {
        Proto::Object | Proto::Boolean => &[],
        Proto::Array => ARRAY,
        Proto::String => STRING,
        Proto::Number => NUMBER,
    };
    own.contains(&name) || OBJECT.contains(&name)
}

/// Names of the lists above that Node 20 does not have (newer engines do).
const NOT_ON_NODE20: &[&str] = &["group", "groupToMap"];

/// Whether Node 20 finds `name` on the prototype chain `proto` →
/// `Object.prototype` (`in`); `None` for a name newer engines add, where
/// the answer depends on the Node version.
pub(crate) fn is_inherited_on_node20(proto: Proto, name: &str) -> Option<bool> {
    if NOT_ON_NODE20.contains(&name) && is_inherited(proto, name) {
        return None;
    }
    Some(is_inherited(proto, name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_inherited_names() {
        assert!(is_inherited(Proto::Object, "toString"));
        assert!(is_inherited(Proto::Object, "__proto__"));
        assert!(is_inherited(Proto::Array, "map"));
        assert!(is_inherited(Proto::String, "charAt"));
        assert!(is_inherited(Proto::Number, "toFixed"));
        assert!(is_inherited(Proto::Boolean, "valueOf"));
        assert!(!is_inherited(Proto::Object, "map"));
        assert!(!is_inherited(Proto::Object, "length"));
        assert!(!is_inherited(Proto::Boolean, "toFixed"));
    }
}
