//! Error objects (`eval/errors.rs`) on hand-built traces. Expected values
//! are Node 20's; tests/it/differential/regressions_errors.rs checks them
//! against a fresh Node.

use super::*;

fn error(name: &str, args: Vec<Node>) -> Node {
    call(id("globalThis"), name, args)
}
/// `let e = Error(args); send(value(e))`.
fn with_error(name: &str, args: Vec<Node>, value: Node) -> Node {
    handler(vec![let_("e", error(name, args)), send(value)])
}
fn answer(name: &str, args: Vec<Node>, value: Node) -> String {
    body(&with_error(name, args, value))
}

#[test]
fn message_and_name() {
    assert_eq!(answer("Error", vec![s("m")], get(id("e"), "message")), "m");
    assert_eq!(answer("TypeError", vec![], get(id("e"), "message")), "");
    assert_eq!(answer("RangeError", vec![Node::Undefined], get(id("e"), "name")), "RangeError");
    assert_eq!(answer("Error", vec![num(-0.0)], get(id("e"), "message")), "0");
    let plain = object(&[("a", num(1.0))]);
    assert_eq!(answer("Error", vec![plain], get(id("e"), "message")), "[object Object]");
    assert_eq!(answer("Error", vec![array(vec![num(1.0), Node::Null])], get(id("e"), "message")), "1,");
    assert_eq!(answer("Error", vec![s("m")], call(id("JSON"), "stringify", vec![get(id("e"), "missing")])), "");
    assert_eq!(answer("Error", vec![s("m")], index(id("e"), num(0.0))), "");
}

#[test]
fn conversions_use_the_prototype_to_string() {
    let conv = |value: Node| call(id("globalThis"), "String", vec![value]);
    assert_eq!(answer("TypeError", vec![s("bad")], conv(id("e"))), "TypeError: bad");
    assert_eq!(answer("Error", vec![s("")], conv(id("e"))), "Error");
    assert_eq!(answer("RangeError", vec![], bin(BinOp::Add, s(""), id("e"))), "RangeError");
    assert_eq!(answer("Error", vec![s("x")], bin(BinOp::Add, id("e"), num(1.0))), "Error: x1");
    let loose = bin(BinOp::LooseEq, id("e"), s("Error: x"));
    assert_eq!(answer("Error", vec![s("x")], call(id("JSON"), "stringify", vec![loose])), "true");
    let number = call(id("globalThis"), "Number", vec![id("e")]);
    assert_eq!(answer("Error", vec![s("x")], call(id("JSON"), "stringify", vec![number])), "null");
}

#[test]
fn json_keys_and_identity() {
    let stringify = |value: Node| call(id("JSON"), "stringify", vec![value]);
    assert_eq!(answer("Error", vec![s("m")], stringify(id("e"))), "{}");
    assert_eq!(answer("Error", vec![s("m")], id("e")), "{}");
    let nested = object(&[("error", id("e")), ("list", array(vec![id("e")]))]);
    assert_eq!(answer("Error", vec![s("m")], stringify(nested)), r#"{"error":{},"list":[{}]}"#);
    assert_eq!(answer("Error", vec![s("m")], stringify(call(id("Object"), "keys", vec![id("e")]))), "[]");
    let same = bin(BinOp::StrictEq, id("e"), id("e"));
    assert_eq!(answer("Error", vec![], stringify(same)), "true");
    let two = handler(vec![
        let_("a", error("Error", vec![s("m")])),
        let_("b", error("Error", vec![s("m")])),
        send(stringify(bin(BinOp::StrictEq, id("a"), id("b")))),
    ]);
    assert_eq!(body(&two), "false");
    let typeof_ = Node::Op1 { op: Op1::Typeof, e: Box::new(id("e")) };
    assert_eq!(answer("Error", vec![], typeof_), "object");
}

#[test]
fn in_follows_the_prototype_chain() {
    let has = |key: Node| call(id("JSON"), "stringify", vec![bin(BinOp::In, key, id("e"))]);
    assert_eq!(answer("Error", vec![], has(s("message"))), "true");
    assert_eq!(answer("Error", vec![], has(s("stack"))), "true");
    assert_eq!(answer("Error", vec![], has(s("hasOwnProperty"))), "true");
    assert_eq!(answer("Error", vec![], has(s("code"))), "false");
    assert_eq!(answer("Error", vec![], has(num(0.0))), "false");
}

#[test]
fn what_is_not_modelled_is_unknown() {
    assert_unknown(&with_error("Error", vec![s("m")], get(id("e"), "stack")), "stack");
    assert_unknown(&with_error("Error", vec![s("m")], get(id("e"), "toString")), "prototype");
    assert_unknown(&with_error("Error", vec![s("m")], get(id("e"), "hasOwnProperty")), "prototype");
    assert_unknown(&with_error("Error", vec![s("m"), object(&[])], id("e")), "options");
    assert_unknown(&with_error("SyntaxError", vec![s("m")], id("e")), "not modelled");
    let write =
        handler(vec![let_("e", error("Error", vec![s("m")])), set(get(id("e"), "code"), num(1.0)), send(id("e"))]);
    assert_unknown(&write, "writing a property");
}

#[test]
fn a_thrown_error_is_caught_or_unknown() {
    let thrown = Node::Throw { value: Box::new(error("TypeError", vec![s("t")])) };
    let caught = handler(vec![Node::Try {
        body: vec![thrown.clone()],
        param: Some("e".into()),
        handler: Some(vec![send(get(id("e"), "message"))]),
        finalizer: None,
    }]);
    assert_eq!(body(&caught), "t");
    assert_unknown(&handler(vec![thrown]), "");
}
