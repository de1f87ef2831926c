//! The builtins of `globals.rs` and `strmethods.rs` on hand-built traces.
//! Expected values are Node 20's; tests/it/differential checks them against
//! a fresh Node on generated programs.

use super::*;

fn global(name: &str, args: Vec<Node>) -> Node {
    call(id("globalThis"), name, args)
}
fn json(value: Node) -> String {
    sends(call(id("JSON"), "stringify", vec![value]))
}

#[test]
fn global_conversions() {
    assert_eq!(json(global("Number", vec![s(" 0x1F ")])), "31");
    assert_eq!(json(global("Number", vec![])), "0");
    assert_eq!(json(global("Number", vec![s("")])), "0");
    assert_eq!(sends(global("String", vec![array(vec![num(1.0), Node::Null, num(-0.0)])])), "1,,0");
    assert_eq!(sends(global("String", vec![])), "");
    assert_eq!(json(global("Boolean", vec![s("0")])), "true");
    assert_eq!(json(global("Boolean", vec![num(f64::NAN)])), "false");
    assert_eq!(json(global("isNaN", vec![s("12px")])), "true");
    assert_eq!(json(global("isNaN", vec![s(" 12 ")])), "false");
    assert_eq!(json(global("parseInt", vec![s(" -0x1f"), Node::Undefined])), "-31");
    assert_eq!(json(call(id("Number"), "parseFloat", vec![s("3.5e1kg")])), "35");
    assert_eq!(json(global("parseInt", vec![num(0.0000005)])), "5");
    assert_eq!(json(global("parseInt", vec![s("11"), num(4294967298.0)])), "3");
    assert_unknown(&handler(vec![send(global("Symbol", vec![]))]), "not modelled");
    // A program variable called globalThis is not the namespace.
    let shadowed = handler(vec![let_("globalThis", object(&[])), send(global("Number", vec![s("1")]))]);
    assert_unknown(&shadowed, "not modelled");
}

#[test]
fn object_listings() {
    let o = object(&[("b", num(1.0)), ("2", num(2.0)), ("a", s("x"))]);
    assert_eq!(json(call(id("Object"), "keys", vec![o.clone()])), r#"["2","b","a"]"#);
    assert_eq!(json(call(id("Object"), "values", vec![o.clone()])), r#"[2,1,"x"]"#);
    assert_eq!(json(call(id("Object"), "entries", vec![o])), r#"[["2",2],["b",1],["a","x"]]"#);
    assert_eq!(json(call(id("Object"), "keys", vec![array(vec![s("p"), s("q")])])), r#"["0","1"]"#);
    assert_eq!(json(call(id("Object"), "entries", vec![s("hé")])), r#"[["0","h"],["1","é"]]"#);
    assert_eq!(json(call(id("Object"), "values", vec![num(5.0)])), "[]");
    assert_unknown(&handler(vec![send(call(id("Object"), "keys", vec![Node::Null]))]), "undefined or null");
    assert_unknown(&handler(vec![send(call(id("Object"), "values", vec![s("😀")]))]), "surrogate");
}

#[test]
fn object_assign() {
    let trace = handler(vec![
        let_("t_1", object(&[("a", num(1.0))])),
        let_(
            "r_2",
            call(
                id("Object"),
                "assign",
                vec![id("t_1"), Node::Null, object(&[("b", num(2.0)), ("a", num(3.0))]), array(vec![s("z")])],
            ),
        ),
        send(call(id("JSON"), "stringify", vec![array(vec![id("t_1"), bin(BinOp::StrictEq, id("t_1"), id("r_2"))])])),
    ]);
    assert_eq!(body(&trace), r#"[{"0":"z","a":3,"b":2},true]"#);
    let proto = handler(vec![send(call(
        id("Object"),
        "assign",
        vec![object(&[]), call(id("JSON"), "parse", vec![s(r#"{"a":1}"#)]), array(vec![])],
    ))]);
    assert_eq!(body(&proto), r#"{"a":1}"#);
    assert_unknown(&handler(vec![send(call(id("Object"), "assign", vec![array(vec![])]))]), "plain object");
}

#[test]
fn array_is_array() {
    assert_eq!(json(call(id("Array"), "isArray", vec![array(vec![])])), "true");
    assert_eq!(json(call(id("Array"), "isArray", vec![object(&[])])), "false");
    assert_eq!(json(call(id("Array"), "isArray", vec![])), "false");
}

#[test]
fn more_math() {
    assert_eq!(json(call(id("Math"), "sqrt", vec![num(2.0)])), "1.4142135623730951");
    assert_eq!(json(call(id("Math"), "sqrt", vec![num(-1.0)])), "null");
    assert_eq!(json(call(id("Math"), "trunc", vec![s("-4.7")])), "-4");
    assert_eq!(json(bin(BinOp::Div, num(1.0), call(id("Math"), "trunc", vec![num(-0.5)]))), "null");
    assert_eq!(sends(call(id("Math"), "sign", vec![num(-3.0)])), "-1");
    let inverse = bin(BinOp::Div, num(1.0), call(id("Math"), "sign", vec![num(-0.0)]));
    assert_eq!(sends(bin(BinOp::Add, s(""), inverse)), "-Infinity");
    assert_eq!(sends(call(id("Math"), "pow", vec![num(7.0), s("3")])), "343");
    assert_eq!(json(call(id("Math"), "pow", vec![num(1.0), num(f64::INFINITY)])), "null");
    assert_unknown(&handler(vec![send(call(id("Math"), "pow", vec![num(2.0), num(0.5)]))]), "Math.pow");
}

#[test]
fn string_positions() {
    assert_eq!(sends(call(s("abc"), "charAt", vec![num(1.9)])), "b");
    assert_eq!(sends(call(s("abc"), "charAt", vec![num(3.0)])), "");
    assert_eq!(json(call(s("a😀"), "charCodeAt", vec![num(2.0)])), "56832");
    assert_eq!(json(call(s("abc"), "charCodeAt", vec![num(-1.0)])), "null");
    assert_eq!(sends(call(s("abc"), "at", vec![num(-1.0)])), "c");
    assert_eq!(json(call(s("abc"), "at", vec![num(-4.0)])), "");
    assert_unknown(&handler(vec![send(call(s("a😀"), "at", vec![num(-1.0)]))]), "surrogate");
    assert_eq!(sends(call(s("hello"), "substring", vec![num(4.0), num(1.0)])), "ell");
    assert_eq!(sends(call(s("hello"), "substring", vec![num(f64::NAN), s("2")])), "he");
    assert_eq!(json(call(s("abcabc"), "lastIndexOf", vec![s("c"), num(4.0)])), "2");
    assert_eq!(json(call(s("abcabc"), "lastIndexOf", vec![s(""), num(f64::NAN)])), "6");
    assert_eq!(json(call(s("abc"), "lastIndexOf", vec![s("x")])), "-1");
}

#[test]
fn string_building() {
    assert_eq!(sends(call(s("7"), "padStart", vec![num(3.0), s("0")])), "007");
    assert_eq!(sends(call(s("ab"), "padEnd", vec![num(7.0), s("xyz")])), "abxyzxy");
    assert_eq!(sends(call(s("ab"), "padEnd", vec![num(4.0)])), "ab  ");
    assert_eq!(sends(call(s("ab"), "padStart", vec![num(9.0), s("")])), "ab");
    assert_unknown(&handler(vec![send(call(s("a"), "padStart", vec![num(2.0), s("😀")]))]), "surrogate");
    assert_eq!(sends(call(s("ab"), "repeat", vec![s("3")])), "ababab");
    assert_unknown(&handler(vec![send(call(s("ab"), "repeat", vec![num(-1.0)]))]), "negative");
    assert_unknown(&handler(vec![send(call(s("ab"), "repeat", vec![num(1e9)]))]), "V8");
    assert_eq!(sends(call(s("a"), "concat", vec![num(1.0), Node::Null, array(vec![num(2.0), num(3.0)])])), "a1null2,3");
}

#[test]
fn string_replace() {
    assert_eq!(sends(call(s("a-b-c"), "replace", vec![s("-"), s("+")])), "a+b-c");
    assert_eq!(
        sends(call(s("a-b-c"), "replaceAll", vec![s("-"), s("[$`|$'|$&|$$|$1]")])),
        "a[a|b-c|-|$|$1]b[a-b|c|-|$|$1]c"
    );
    assert_eq!(sends(call(s("aaa"), "replaceAll", vec![s("aa"), s("b")])), "ba");
    assert_eq!(sends(call(s("ab"), "replaceAll", vec![s(""), s("-")])), "-a-b-");
    assert_eq!(sends(call(s("ab"), "replace", vec![s(""), s("$'")])), "abab");
    assert_eq!(sends(call(s("x1y"), "replace", vec![num(1.0), Node::Undefined])), "xundefinedy");
    assert_eq!(sends(call(s("é😀é"), "replaceAll", vec![s("é"), s("$'")])), "😀é😀");
    assert_unknown(&handler(vec![send(call(s("😀"), "replaceAll", vec![s(""), s("-")]))]), "surrogate");
    assert_unknown(&handler(vec![send(call(s("a"), "replace", vec![s("a"), clos("F1", &[])]))]), "function");
}
