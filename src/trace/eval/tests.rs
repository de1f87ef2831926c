//! Evaluator tests on hand-built traces. JavaScript value semantics are
//! also checked against real Node in `tests/it/trace_differential.rs`.

use super::*;
use crate::trace::ir::{BinOp, Node, Op1, Props};
use crate::trace::json::Json;

mod builtins;
mod errors;

// -- trace builders ----------------------------------------------------------

pub(super) fn num(value: f64) -> Node {
    Node::Number { value }
}
pub(super) fn s(value: &str) -> Node {
    Node::String { value: value.into() }
}
pub(super) fn id(name: &str) -> Node {
    Node::Identifier { name: name.into() }
}
pub(super) fn bin(op: BinOp, e1: Node, e2: Node) -> Node {
    Node::Binop { op, e1: Box::new(e1), e2: Box::new(e2) }
}
pub(super) fn get(exp: Node, field: &str) -> Node {
    Node::Get { exp: Box::new(exp), field: field.into() }
}
pub(super) fn index(exp: Node, i: Node) -> Node {
    Node::Index { exp: Box::new(exp), index: Box::new(i) }
}
pub(super) fn let_(name: &str, named: Node) -> Node {
    Node::Let { name: name.into(), named: Box::new(named) }
}
pub(super) fn set(name: Node, named: Node) -> Node {
    Node::Set { name: Box::new(name), named: Box::new(named) }
}
pub(super) fn if_(cond: Node, true_part: Vec<Node>, false_part: Vec<Node>) -> Node {
    Node::If { cond: Box::new(cond), true_part, false_part }
}
fn while_(cond: Node, body: Vec<Node>) -> Node {
    Node::While { cond: Box::new(cond), body }
}
fn label(name: &str, body: Vec<Node>) -> Node {
    Node::Label { name: name.into(), body }
}
fn brk(name: &str, value: Node) -> Node {
    Node::Break { name: name.into(), value: Box::new(value) }
}
pub(super) fn send(value: Node) -> Node {
    Node::PrimApp { event: "send".into(), event_args: vec![value] }
}
fn clos(fn_id: &str, captured: &[(&str, Node)]) -> Node {
    let mut tenv = vec![("$fn".to_owned(), s(fn_id))];
    tenv.extend(captured.iter().map(|(k, n)| (k.to_string(), n.clone())));
    Node::Clos { tenv: Props(tenv) }
}
fn callback(event: &str, arg: Node, param: &str, body: Vec<Node>) -> Node {
    Node::Callback {
        event: event.into(),
        event_arg: Box::new(arg),
        callback_args: vec![param.into()],
        clos: Box::new(clos("F9", &[])),
        body,
    }
}
fn object(props: &[(&str, Node)]) -> Node {
    Node::Object { properties: Props(props.iter().map(|(k, n)| (k.to_string(), n.clone())).collect()) }
}
fn array(exps: Vec<Node>) -> Node {
    Node::Array { exps }
}
fn call(e: Node, method: &str, args: Vec<Node>) -> Node {
    Node::MethodCall { e: Box::new(e), method: method.into(), method_call_args: args }
}
/// A program whose top level is `top` and whose handler is `handler`.
fn program(top: Vec<Node>, handler: Vec<Node>) -> Node {
    let mut body = top;
    body.push(callback("listen", Node::Undefined, "req_0", handler));
    Node::Block { body }
}
fn handler(body: Vec<Node>) -> Node {
    program(vec![], body)
}

fn run_on(trace: &Node, request: &Request) -> Evaluation {
    evaluate(trace, request, &Limits::default())
}
fn run(trace: &Node) -> Evaluation {
    run_on(trace, &Request::default())
}
fn response(trace: &Node) -> Response {
    match run(trace) {
        Evaluation { outcome: Outcome::Response(r), .. } => r,
        other => panic!("expected a response, got {other:?}"),
    }
}
fn body(trace: &Node) -> String {
    response(trace).body
}
fn assert_unknown(trace: &Node, reason_part: &str) {
    let e = run(trace);
    assert_eq!(e.outcome, Outcome::Unknown, "{e:?}");
    let reason = e.unknown_reason.unwrap_or_default();
    assert!(reason.contains(reason_part), "reason {reason:?} lacks {reason_part:?}");
}
fn sends(value: Node) -> String {
    body(&handler(vec![send(value)]))
}

// -- responses ---------------------------------------------------------------

#[test]
fn encodes_responses_like_the_runtime() {
    let text = response(&handler(vec![send(s("hi"))]));
    assert_eq!(text, Response { status: 200, content_type: Some(TEXT_PLAIN.into()), body: "hi".into() });
    let json = response(&handler(vec![send(object(&[("a", num(1.0))]))]));
    assert_eq!(json, Response { status: 200, content_type: Some(APPLICATION_JSON.into()), body: r#"{"a":1}"#.into() });
    let empty = response(&handler(vec![send(Node::Undefined)]));
    assert_eq!(empty, Response { status: 200, content_type: None, body: String::new() });
    let function = response(&handler(vec![send(clos("F1", &[]))]));
    assert_eq!(function.content_type, None);
    let no_args = response(&handler(vec![Node::PrimApp { event: "send".into(), event_args: vec![] }]));
    assert_eq!(no_args.body, "");
    assert_eq!(sends(Node::Null), "null");
    assert_eq!(sends(num(-0.0)), "0");
}

#[test]
fn no_send_is_the_504_response() {
    let r = response(&handler(vec![let_("x_1", num(1.0))]));
    assert_eq!(r.status, 504);
    assert_eq!(r.content_type.as_deref(), Some("application/json"));
    assert_eq!(
        r.body,
        r#"{"code":504,"message":"function did not respond","description":"the handler did not call respond in time"}"#
    );
}

#[test]
fn first_send_wins_but_later_code_still_runs() {
    let trace = handler(vec![send(s("first")), send(s("second"))]);
    assert_eq!(body(&trace), "first");
    let trace = handler(vec![send(s("first")), Node::Unknown]);
    assert_unknown(&trace, "unexplored");
}

#[test]
fn binds_the_request_object() {
    let request = Request {
        method: "POST".into(),
        path: "/p".into(),
        query: vec![("q".into(), "1".into())],
        body: Json::Obj(vec![("n".into(), Json::Num(41.0))]),
        headers: vec![("x-a".into(), "b".into())],
    };
    let trace = handler(vec![send(id("req_0"))]);
    let Outcome::Response(r) = run_on(&trace, &request).outcome else { panic!() };
    assert_eq!(r.body, r#"{"method":"POST","path":"/p","query":{"q":"1"},"body":{"n":41},"headers":{"x-a":"b"}}"#);
    let trace = handler(vec![send(bin(BinOp::Add, get(get(id("req_0"), "body"), "n"), num(1.0)))]);
    let Outcome::Response(r) = run_on(&trace, &request).outcome else { panic!() };
    assert_eq!(r.body, "42");
    let defaults = handler(vec![send(id("req_0"))]);
    assert_eq!(body(&defaults), r#"{"method":"GET","path":"/","query":{},"body":{},"headers":{}}"#);
}

#[test]
fn request_with_proto_key_is_unknown() {
    let request = Request { query: vec![("__proto__".into(), "x".into())], ..Request::default() };
    let e = run_on(&handler(vec![send(num(1.0))]), &request);
    assert_eq!(e.outcome, Outcome::Unknown);
    let request = Request { body: Json::Obj(vec![("__proto__".into(), Json::Null)]), ..Request::default() };
    assert_eq!(run_on(&handler(vec![send(num(1.0))]), &request).outcome, Outcome::Unknown);
}

// -- control flow --------------------------------------------------------------

#[test]
fn label_and_break_return_values() {
    // let r = label ret_1 [ if (true) [break ret_1 1]; break ret_1 2 ]
    let trace = handler(vec![
        let_(
            "r_2",
            label(
                "ret_1",
                vec![if_(Node::Boolean { value: true }, vec![brk("ret_1", num(1.0))], vec![]), brk("ret_1", num(2.0))],
            ),
        ),
        send(id("r_2")),
    ]);
    assert_eq!(body(&trace), "1");
    // A label whose body completes has the value of its last node.
    let trace = handler(vec![let_("r_2", label("ret_1", vec![num(7.0)])), send(id("r_2"))]);
    assert_eq!(body(&trace), "7");
}

#[test]
fn break_leaves_the_innermost_label_of_that_name() {
    // outer: { inner: { break outer 1 }; 2 } ; label same name nested
    let trace = handler(vec![
        let_("a_1", label("l_1", vec![label("l_2", vec![brk("l_1", num(1.0))]), num(2.0)])),
        let_("b_1", label("l_3", vec![label("l_3", vec![brk("l_3", num(5.0))]), num(6.0)])),
        send(array(vec![id("a_1"), id("b_1")])),
    ]);
    assert_eq!(body(&trace), "[1,6]");
}

#[test]
fn stray_break_is_unknown() {
    assert_unknown(&handler(vec![brk("nowhere", num(1.0))]), "outside its label");
}

#[test]
fn while_loops_with_continue_and_break() {
    // i = 0; sum = 0; loop: while (i < 10) { i = i + 1; body: { if (i % 2) break body; sum = sum + i } ; if (i > 7) break loop }
    let trace = handler(vec![
        let_("i_1", num(0.0)),
        let_("sum_1", num(0.0)),
        label(
            "loop_1",
            vec![while_(
                bin(BinOp::Lt, id("i_1"), num(10.0)),
                vec![
                    set(id("i_1"), bin(BinOp::Add, id("i_1"), num(1.0))),
                    label(
                        "cont_1",
                        vec![
                            if_(bin(BinOp::Rem, id("i_1"), num(2.0)), vec![brk("cont_1", Node::Undefined)], vec![]),
                            set(id("sum_1"), bin(BinOp::Add, id("sum_1"), id("i_1"))),
                        ],
                    ),
                    if_(bin(BinOp::Gt, id("i_1"), num(7.0)), vec![brk("loop_1", Node::Undefined)], vec![]),
                ],
            )],
        ),
        send(array(vec![id("i_1"), id("sum_1")])),
    ]);
    assert_eq!(body(&trace), "[8,20]");
}

#[test]
fn short_circuit_skips_the_right_side() {
    let trace = handler(vec![send(bin(BinOp::Or, s("x"), Node::Unknown))]);
    assert_eq!(body(&trace), "x");
    let trace = handler(vec![send(bin(BinOp::And, num(0.0), Node::Unknown))]);
    assert_eq!(body(&trace), "0");
    assert_unknown(&handler(vec![send(bin(BinOp::And, num(1.0), Node::Unknown))]), "unexplored");
}

#[test]
fn unknown_anywhere_is_unknown() {
    assert_unknown(&program(vec![Node::Unknown], vec![send(num(1.0))]), "unexplored");
    assert_unknown(&handler(vec![if_(Node::Boolean { value: false }, vec![], vec![Node::Unknown])]), "unexplored");
    // ...but not on the path not taken.
    assert_eq!(
        body(&handler(vec![if_(Node::Boolean { value: true }, vec![send(num(1.0))], vec![Node::Unknown])])),
        "1"
    );
}

#[test]
fn closures_and_from() {
    let trace = handler(vec![
        let_("x_1", num(3.0)),
        let_("f_1", clos("F1", &[("x", id("x_1"))])),
        let_("g_1", clos("F1", &[("x", id("x_1"))])),
        let_("h_1", clos("F1", &[("x", id("y_1"))])),
        set(Node::From { exp: Box::new(id("f_1")), field: "x".into() }, num(4.0)),
        send(array(vec![
            Node::From { exp: Box::new(id("g_1")), field: "x".into() },
            bin(BinOp::StrictEq, id("f_1"), id("g_1")),
            bin(BinOp::StrictEq, id("f_1"), id("h_1")),
            Node::Op1 { op: Op1::Typeof, e: Box::new(id("f_1")) },
            array(vec![id("f_1")]),
            object(&[("f", id("f_1"))]),
            bin(BinOp::StrictEq, id("f_1"), id("f_1")),
        ])),
    ]);
    // Each evaluation of a `clos` node is a new function object.
    assert_eq!(body(&trace), r#"[4,false,false,"function",[null],{},true]"#);
    assert_unknown(&handler(vec![send(Node::From { exp: Box::new(num(1.0)), field: "x".into() })]), "not a closure");
    assert_unknown(&handler(vec![send(get(clos("F1", &[]), "name"))]), "function");
}

/// `let fun_N = clos {..}; let app_N = block [callback]` (docs/SPEC.md §5 rule 5).
fn lifted(fun: &str, closure: Node, event: &str, arg: Node, params: [&str; 2], body: Vec<Node>) -> Vec<Node> {
    let callback = Node::Callback {
        event: event.into(),
        event_arg: Box::new(arg),
        callback_args: params.iter().map(|p| p.to_string()).collect(),
        clos: Box::new(id(fun)),
        body,
    };
    vec![let_(fun, closure), let_(&format!("app{}", &fun[3..]), Node::Block { body: vec![callback] })]
}
fn from(exp: Node, field: &str) -> Node {
    Node::From { exp: Box::new(exp), field: field.into() }
}

#[test]
fn lifted_callbacks_read_and_write_captured_variables_through_their_closure() {
    // let n = 1; listen(req => { let k = 10; get("data:5", resp => { n = n + resp + k; send(n) }); k = 20; })
    let inner = lifted(
        "fun_3",
        clos("F2", &[("n_0", from(id("clos_2"), "n_0")), ("k_1", id("k_1"))]),
        "get",
        s("data:5"),
        ["clos_3", "resp_4"],
        vec![
            set(
                from(id("clos_3"), "n_0"),
                bin(BinOp::Add, bin(BinOp::Add, from(id("clos_3"), "n_0"), id("resp_4")), from(id("clos_3"), "k_1")),
            ),
            send(from(id("clos_3"), "n_0")),
        ],
    );
    let mut handler_body = vec![let_("k_1", num(10.0))];
    handler_body.extend(inner);
    handler_body.push(set(id("k_1"), num(20.0)));
    let mut top = vec![let_("n_0", num(1.0))];
    top.extend(lifted(
        "fun_2",
        clos("F1", &[("n_0", id("n_0"))]),
        "listen",
        Node::Undefined,
        ["clos_2", "req_5"],
        handler_body,
    ));
    let trace = Node::Block { body: top };
    // The callback sees `k` as it is when it runs (20), as JavaScript's closure does.
    assert_eq!(body(&trace), "26");
    // The closure parameter is the closure: a `from` it has no entry for is unknown.
    let mut top = vec![];
    top.extend(lifted(
        "fun_2",
        clos("F1", &[]),
        "listen",
        Node::Undefined,
        ["clos_2", "req_5"],
        vec![send(from(id("clos_2"), "x_9"))],
    ));
    assert_unknown(&Node::Block { body: top }, "captures no `x_9`");
}

#[test]
fn a_clos_node_in_a_loop_makes_distinct_functions() {
    // `for (...) fs.push(function () {})` then `fs[0] === fs[1]`.
    let trace = handler(vec![
        let_("fs_1", array(vec![])),
        let_("i_1", num(0.0)),
        Node::While {
            cond: Box::new(bin(BinOp::Lt, id("i_1"), num(2.0))),
            body: vec![
                let_(
                    "t_1",
                    Node::MethodCall {
                        e: Box::new(id("fs_1")),
                        method: "push".into(),
                        method_call_args: vec![clos("F2", &[])],
                    },
                ),
                set(id("i_1"), bin(BinOp::Add, id("i_1"), num(1.0))),
            ],
        },
        send(array(vec![
            bin(
                BinOp::StrictEq,
                Node::Index { exp: Box::new(id("fs_1")), index: Box::new(num(0.0)) },
                Node::Index { exp: Box::new(id("fs_1")), index: Box::new(num(1.0)) },
            ),
            bin(
                BinOp::StrictNe,
                Node::Index { exp: Box::new(id("fs_1")), index: Box::new(num(0.0)) },
                Node::Index { exp: Box::new(id("fs_1")), index: Box::new(num(1.0)) },
            ),
        ])),
    ]);
    assert_eq!(body(&trace), "[false,true]");
}

#[test]
fn a_guard_asks_which_function_and_where_it_was_made() {
    // `if (f === clos {F1, root})`: the tracer's guard before inlining a
    // dynamic callee compares the closure's code and environment.
    let guard = |callee: Node, op: BinOp| bin(op, callee, clos("F1", &[]));
    let trace = handler(vec![
        let_("f_1", clos("F1", &[])),
        let_("g_1", clos("F2", &[])),
        send(array(vec![
            guard(id("f_1"), BinOp::StrictEq),
            guard(id("g_1"), BinOp::StrictEq),
            guard(num(1.0), BinOp::StrictEq),
            guard(id("f_1"), BinOp::StrictNe),
        ])),
    ]);
    assert_eq!(body(&trace), "[true,false,false,false]");
}

#[test]
fn unbound_names() {
    assert_unknown(&handler(vec![send(id("nope"))]), "not bound");
    assert_unknown(&handler(vec![set(id("nope"), num(1.0))]), "not bound");
    assert_eq!(sends(array(vec![id("undefined"), id("NaN"), id("Infinity")])), "[null,null,null]");
}

// -- callbacks -----------------------------------------------------------------

#[test]
fn callbacks_run_fifo_after_the_registering_body() {
    // log = []; get(a, r => { log.push(r); get(c, r => log.push(r)) }); get(b, r => log.push(r)); log.push("sync")
    let push = |v: Node| call(id("log_1"), "push", vec![v]);
    let trace = program(
        vec![],
        vec![
            let_("log_1", array(vec![])),
            callback(
                "get",
                s("data:\"a\""),
                "r_1",
                vec![
                    push(id("r_1")),
                    callback("get", s("data:\"c\""), "r_3", vec![push(id("r_3")), send(id("log_1"))]),
                ],
            ),
            callback("get", s("data:\"b\""), "r_2", vec![push(id("r_2"))]),
            push(s("sync")),
        ],
    );
    assert_eq!(body(&trace), r#"["sync","a","b","c"]"#);
}

#[test]
fn data_urls_give_json_or_text() {
    let get_send = |url: &str| handler(vec![callback("get", s(url), "r_1", vec![send(id("r_1"))])]);
    assert_eq!(body(&get_send(r#"data:{"a":[1,2]}"#)), r#"{"a":[1,2]}"#);
    let text = response(&get_send("data:hello world"));
    assert_eq!((text.body.as_str(), text.content_type.as_deref()), ("hello world", Some(TEXT_PLAIN)));
    assert_eq!(response(&get_send("data:")).body, "");
    assert_unknown(&get_send(r#"data:"\ud800""#), "cannot represent");
    assert_unknown(&get_send("https://example.com/"), "https");
    let post = handler(vec![callback(
        "post",
        object(&[("url", s("data:[true]")), ("body", object(&[]))]),
        "r_1",
        vec![send(id("r_1"))],
    )]);
    assert_eq!(body(&post), "[true]");
    let no_body = handler(vec![callback("put", object(&[("url", s("data:1"))]), "r_1", vec![])]);
    assert_unknown(&no_body, "body");
}

#[test]
fn listen_rules() {
    assert_unknown(&Node::Block { body: vec![] }, "never calls listen");
    let twice = program(vec![callback("listen", Node::Undefined, "r", vec![])], vec![]);
    assert_unknown(&twice, "more than once");
    let nested = handler(vec![callback("listen", Node::Undefined, "r", vec![])]);
    assert_unknown(&nested, "first turn");
    let late = Node::Block {
        body: vec![callback(
            "get",
            s("data:1"),
            "r_1",
            vec![callback("listen", Node::Undefined, "req_0", vec![send(num(1.0))])],
        )],
    };
    assert_unknown(&late, "first turn");
    assert_unknown(&Node::Block { body: vec![send(num(1.0))] }, "outside a request");
}

#[test]
fn top_level_state_is_visible_to_the_handler() {
    let trace = program(vec![let_("count_1", num(41.0))], vec![send(bin(BinOp::Add, id("count_1"), num(1.0)))]);
    assert_eq!(body(&trace), "42");
}

// -- objects and arrays -------------------------------------------------------------

#[test]
fn property_reads() {
    let o = || object(&[("a", num(1.0)), ("toString", num(2.0))]);
    assert_eq!(sends(get(o(), "a")), "1");
    assert_eq!(sends(get(o(), "toString")), "2");
    assert_eq!(sends(Node::Op1 { op: Op1::Typeof, e: Box::new(get(o(), "missing")) }), "undefined");
    assert_unknown(&handler(vec![send(get(object(&[]), "hasOwnProperty"))]), "prototype");
    assert_unknown(&handler(vec![send(get(array(vec![]), "map"))]), "prototype");
    assert_unknown(&handler(vec![send(get(s("x"), "charAt"))]), "prototype");
    assert_unknown(&handler(vec![send(get(Node::Undefined, "a"))]), "undefined or null");
    assert_unknown(&handler(vec![send(get(Node::Null, "a"))]), "undefined or null");
    assert_eq!(sends(get(num(1.0), "foo")), "");
    assert_unknown(&handler(vec![send(get(num(1.0), "toFixed"))]), "prototype");
    assert_eq!(sends(index(array(vec![num(5.0), num(6.0)]), num(1.0))), "6");
    assert_eq!(sends(index(array(vec![num(5.0), num(6.0)]), s("1"))), "6");
    assert_eq!(sends(index(array(vec![num(5.0)]), s("01"))), "");
    assert_eq!(sends(get(array(vec![num(5.0)]), "length")), "1");
    assert_eq!(sends(index(object(&[("1", s("one"))]), num(1.0))), "one");
    assert_eq!(sends(index(object(&[("1.5", s("x"))]), num(1.5))), "x");
    assert_eq!(sends(index(object(&[("null", s("n"))]), Node::Null)), "n");
    assert_eq!(sends(get(s("héllo"), "length")), "5");
    assert_eq!(sends(index(s("héllo"), num(1.0))), "é");
    assert_unknown(&handler(vec![send(index(s("😀"), num(0.0)))]), "surrogate");
    assert_unknown(&handler(vec![send(object(&[("__proto__", Node::Null)]))]), "__proto__");
}

#[test]
fn property_writes() {
    let trace = handler(vec![
        let_("o_1", object(&[("b", num(1.0))])),
        set(index(id("o_1"), num(2.0)), s("two")),
        set(index(id("o_1"), s("a")), s("A")),
        set(index(id("o_1"), num(0.0)), s("zero")),
        set(get(id("o_1"), "b"), num(3.0)),
        let_("a_1", array(vec![num(1.0)])),
        set(index(id("a_1"), num(1.0)), num(2.0)),
        set(index(id("a_1"), num(0.0)), num(0.5)),
        send(array(vec![id("o_1"), id("a_1")])),
    ]);
    assert_eq!(body(&trace), r#"[{"0":"zero","2":"two","b":3,"a":"A"},[0.5,2]]"#);
    let named = handler(vec![let_("a_1", array(vec![])), set(index(id("a_1"), s("01")), num(1.0))]);
    assert_unknown(&named, "writing `01` of an array");
    let proto = handler(vec![let_("o_1", object(&[])), set(index(id("o_1"), s("__proto__")), object(&[]))]);
    assert_unknown(&proto, "__proto__");
    let on_string = handler(vec![let_("t_1", s("x")), set(index(id("t_1"), num(0.0)), s("y"))]);
    assert_unknown(&on_string, "primitive");
}

#[test]
fn reference_identity() {
    let trace = handler(vec![
        let_("a_1", object(&[])),
        let_("b_1", id("a_1")),
        set(get(id("b_1"), "x"), num(1.0)),
        send(array(vec![
            get(id("a_1"), "x"),
            bin(BinOp::StrictEq, id("a_1"), id("b_1")),
            bin(BinOp::StrictEq, id("a_1"), object(&[])),
            bin(BinOp::LooseEq, array(vec![]), array(vec![])),
        ])),
    ]);
    assert_eq!(body(&trace), "[1,true,false,false]");
}

#[test]
fn cycles_are_unknown_not_hangs() {
    let trace = handler(vec![let_("a_1", array(vec![])), call(id("a_1"), "push", vec![id("a_1")]), send(id("a_1"))]);
    assert_unknown(&trace, "cyclic");
    let join = handler(vec![
        let_("a_1", array(vec![])),
        call(id("a_1"), "push", vec![id("a_1")]),
        send(call(id("a_1"), "join", vec![])),
    ]);
    assert_unknown(&join, "cyclic");
}

#[test]
fn methods_outside_the_list_are_unknown() {
    assert_unknown(&handler(vec![send(call(array(vec![]), "map", vec![]))]), "not modelled");
    assert_unknown(&handler(vec![send(call(s("a"), "codePointAt", vec![]))]), "not modelled");
    assert_unknown(&handler(vec![send(call(object(&[]), "hasOwnProperty", vec![]))]), "not modelled");
    assert_unknown(&handler(vec![send(call(id("Math"), "cbrt", vec![num(4.0)]))]), "Math.cbrt");
    assert_unknown(&handler(vec![send(call(id("JSON"), "stringify", vec![num(1.0), Node::Null]))]), "arguments");
    assert_unknown(&handler(vec![send(call(Node::Undefined, "slice", vec![]))]), "undefined");
    // A program variable that happens to be called Math is not the builtin.
    let shadowed = handler(vec![let_("Math", object(&[])), send(call(id("Math"), "floor", vec![num(1.5)]))]);
    assert_unknown(&shadowed, "not modelled");
    assert_eq!(sends(call(id("Math"), "floor", vec![num(1.5)])), "1");
}

#[test]
fn json_parse_edges() {
    let parse = |text: &str| handler(vec![send(call(id("JSON"), "parse", vec![s(text)]))]);
    assert_eq!(body(&parse(r#"{"b":1,"2":2,"b":3}"#)), r#"{"2":2,"b":3}"#);
    assert_eq!(body(&parse("-0")), "0");
    assert_unknown(&parse("{bad"), "invalid JSON");
    assert_unknown(&parse(r#"{"__proto__":1}"#), "__proto__");
    assert_unknown(&parse(r#""\udc00""#), "lone surrogate");
}

// -- limits ------------------------------------------------------------------------

#[test]
fn step_budget_stops_endless_loops() {
    let forever = handler(vec![while_(Node::Boolean { value: true }, vec![])]);
    let limits = Limits { max_steps: 100_000, ..Limits::default() };
    let e = evaluate(&forever, &Request::default(), &limits);
    assert_eq!(e.outcome, Outcome::Unknown);
    assert!(e.steps > 100_000 && e.steps < 100_010, "{}", e.steps);
}

#[test]
fn budget_covers_exponential_strings() {
    // s = "ab"; while (true) s = s + s;
    let trace = handler(vec![
        let_("s_1", s("ab")),
        while_(Node::Boolean { value: true }, vec![set(id("s_1"), bin(BinOp::Add, id("s_1"), id("s_1")))]),
    ]);
    let e = run(&trace);
    assert_eq!(e.outcome, Outcome::Unknown);
    assert!(e.steps <= Limits::default().max_steps + 1 + (2 << 24));
}

#[test]
fn json_stringify_is_charged_by_the_bytes_it_writes() {
    // JSON.stringify('"'.repeat(1e6)) writes 2 MB from 1 MB: escapes can
    // make the text up to six times the string, and the work is the text.
    let trace = handler(vec![
        let_("s_1", call(s("\""), "repeat", vec![num(1e6)])),
        let_("j_1", call(id("JSON"), "stringify", vec![id("s_1")])),
    ]);
    let e = run(&trace);
    assert!(e.steps >= (1_000_000 + 2_000_002) / 16, "{}", e.steps);
}

#[test]
fn deep_nesting_is_unknown_not_a_crash() {
    let mut node = num(1.0);
    for _ in 0..20_000 {
        node = Node::Op1 { op: Op1::Neg, e: Box::new(node) };
    }
    assert_unknown(&handler(vec![send(node)]), "nested too deeply");
    // Deep values built by a loop: a = [a] many times, then stringified.
    let trace = handler(vec![
        let_("a_1", array(vec![])),
        let_("i_1", num(0.0)),
        while_(
            bin(BinOp::Lt, id("i_1"), num(100_000.0)),
            vec![set(id("a_1"), array(vec![id("a_1")])), set(id("i_1"), bin(BinOp::Add, id("i_1"), num(1.0)))],
        ),
        send(id("a_1")),
    ]);
    assert_unknown(&trace, "nested too deeply");
}

#[test]
fn shallow_nesting_within_limits_works() {
    let mut node = num(1.0);
    for _ in 0..4_000 {
        node = Node::Op1 { op: Op1::Neg, e: Box::new(node) };
    }
    assert_eq!(sends(node), "1");
}

// -- parsing entry point -----------------------------------------------------------------

#[test]
fn eval_request_parses_both_inputs() {
    let trace = serde_json::to_vec(&handler(vec![send(get(get(id("req_0"), "query"), "name"))])).unwrap();
    let outcome = eval_request(&trace, br#"{"method":"GET","path":"/","query":{"name":"ada"},"body":{}}"#).unwrap();
    assert_eq!(
        outcome,
        Outcome::Response(Response { status: 200, content_type: Some(TEXT_PLAIN.into()), body: "ada".into() })
    );
    assert!(matches!(eval_request(b"{", b"{}"), Err(EvalError::Trace(_))));
    assert!(matches!(eval_request(&trace, b"[]"), Err(EvalError::Request(_))));
    assert_eq!(EvalError::Request(RequestError::LoneSurrogate).code(), 400);
}

// -- real HTTP ----------------------------------------------------------------------------

mod http_calls {
    use super::*;
    use std::io::{BufRead, BufReader, Read, Write};
    use std::net::TcpListener;

    /// Serves `responses` in order, one per connection, and returns what
    /// each request looked like (request line, body).
    fn serve(responses: Vec<&'static str>) -> (String, std::thread::JoinHandle<Vec<(String, String)>>) {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let handle = std::thread::spawn(move || {
            let mut seen = Vec::new();
            for response in responses {
                let (mut stream, _) = listener.accept().unwrap();
                stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut request_line = String::new();
                reader.read_line(&mut request_line).unwrap();
                let mut length = 0;
                loop {
                    let mut line = String::new();
                    reader.read_line(&mut line).unwrap();
                    if line == "\r\n" {
                        break;
                    }
                    if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                        length = v.trim().parse().unwrap();
                    }
                }
                let mut body = vec![0; length];
                reader.read_exact(&mut body).unwrap();
                stream.write_all(response.as_bytes()).unwrap();
                seen.push((request_line.trim_end().to_owned(), String::from_utf8(body).unwrap()));
            }
            seen
        });
        (base, handle)
    }

    #[test]
    fn performs_calls_and_decodes_bodies() {
        let (base, server) = serve(vec![
            "HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\n{\"a\":1}",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
            "HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\nno",
        ]);
        let trace = handler(vec![
            let_("log_1", array(vec![])),
            callback(
                "post",
                object(&[("url", s(&format!("{base}/items?x=1"))), ("body", object(&[("n", num(1.0))]))]),
                "r_1",
                vec![call(id("log_1"), "push", vec![id("r_1")])],
            ),
            callback("get", s(&format!("{base}/text")), "r_2", vec![call(id("log_1"), "push", vec![id("r_2")])]),
            callback(
                "delete",
                s(&format!("{base}/gone")),
                "r_3",
                vec![
                    call(id("log_1"), "push", vec![Node::Op1 { op: Op1::Typeof, e: Box::new(id("r_3")) }]),
                    send(id("log_1")),
                ],
            ),
        ]);
        assert_eq!(body(&trace), r#"[{"a":1},"hello","undefined"]"#);
        let seen = server.join().unwrap();
        assert_eq!(seen[0], ("POST /items?x=1 HTTP/1.1".to_owned(), r#"{"n":1}"#.to_owned()));
        assert_eq!(seen[1].0, "GET /text HTTP/1.1");
        assert_eq!(seen[2].0, "DELETE /gone HTTP/1.1");
    }

    #[test]
    fn a_trickling_answer_ends_at_the_deadline_not_per_byte() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/", listener.local_addr().unwrap());
        // One byte every 100 ms of a 100-byte body: each read is quick, the whole is not.
        let server = std::thread::spawn(move || {
            let (mut stream, _) = listener.accept().unwrap();
            let _ = stream.read(&mut [0u8; 1024]);
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n");
            for _ in 0..100 {
                if stream.write_all(b" ").is_err() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        });
        let trace = handler(vec![callback("get", s(&url), "r_1", vec![send(id("r_1"))])]);
        let started = std::time::Instant::now();
        let limits = Limits { deadline: Some(started + Duration::from_millis(500)), ..Limits::default() };
        let evaluation = evaluate(&trace, &Request::default(), &limits);
        assert_eq!(evaluation.outcome, Outcome::Unknown);
        assert_eq!(evaluation.unknown_reason.as_deref(), Some("outgoing call timed out"));
        assert!(started.elapsed() < Duration::from_secs(3), "took {:?}", started.elapsed());
        server.join().unwrap();
    }

    #[test]
    fn refused_connections_give_undefined() {
        let port = {
            let listener = TcpListener::bind("127.0.0.1:0").unwrap();
            listener.local_addr().unwrap().port()
        };
        let trace = handler(vec![callback(
            "get",
            s(&format!("http://127.0.0.1:{port}/")),
            "r_1",
            vec![send(Node::Op1 { op: Op1::Typeof, e: Box::new(id("r_1")) })],
        )]);
        assert_eq!(body(&trace), "undefined");
    }
}

#[test]
fn a_passed_deadline_ends_a_long_evaluation() {
    // An endless loop: without a deadline only the step budget would end it.
    let trace = handler(vec![while_(Node::Boolean { value: true }, vec![]), send(num(1.0))]);
    let limits = Limits { deadline: Some(std::time::Instant::now()), ..Limits::default() };
    let evaluation = evaluate(&trace, &Request::default(), &limits);
    assert_eq!(evaluation.unknown_reason.as_deref(), Some("evaluation deadline passed"));
    assert!(evaluation.steps <= 2 * interp::DEADLINE_EVERY, "{} steps", evaluation.steps);
}

#[test]
fn scans_of_non_ascii_text_are_budgeted() {
    // for (i = 0; i < s.length; i++) last = s[i]; over 400 KB of non-ASCII text
    // would be quadratic; it must end on the budget, not run for minutes.
    let text = "é".repeat(200_000);
    let trace = handler(vec![
        let_("s_1", s(&text)),
        let_("i_1", num(0.0)),
        let_("last_1", Node::Undefined),
        while_(
            bin(BinOp::Lt, id("i_1"), get(id("s_1"), "length")),
            vec![set(id("last_1"), index(id("s_1"), id("i_1"))), set(id("i_1"), bin(BinOp::Add, id("i_1"), num(1.0)))],
        ),
        send(id("last_1")),
    ]);
    let started = std::time::Instant::now();
    assert_unknown(&trace, "step budget");
    assert!(started.elapsed() < Duration::from_secs(20));
    // The same loop over ASCII text is cheap and covered.
    let ascii = handler(vec![
        let_("s_1", s(&"x".repeat(200_000))),
        let_("i_1", num(0.0)),
        while_(
            bin(BinOp::Lt, id("i_1"), get(id("s_1"), "length")),
            vec![let_("c_1", index(id("s_1"), id("i_1"))), set(id("i_1"), bin(BinOp::Add, id("i_1"), num(1.0)))],
        ),
        send(id("i_1")),
    ]);
    assert_eq!(body(&ascii), "200000");
}

// -- computed writes: holes, `length`, keys ---------------------------------

/// `let a_1 = []` (or `init`), then `writes`, then `send [a_1, extra]`.
fn array_after(init: Vec<Node>, writes: Vec<Node>, extra: Node) -> Node {
    let mut body = vec![let_("a_1", array(init))];
    body.extend(writes);
    body.push(send(array(vec![id("a_1"), extra])));
    handler(body)
}

#[test]
fn writes_past_the_end_leave_holes_that_read_as_undefined() {
    let trace = array_after(
        vec![],
        vec![set(index(id("a_1"), num(3.0)), num(1.0)), set(index(id("a_1"), s("1")), s("one"))],
        array(vec![get(id("a_1"), "length"), index(id("a_1"), num(0.0)), call(id("a_1"), "join", vec![s("-")])]),
    );
    assert_eq!(body(&trace), r#"[[null,"one",null,1],[4,null,"-one--1"]]"#);
    let too_long = array_after(vec![], vec![set(index(id("a_1"), num(4294967294.0)), num(1.0))], Node::Null);
    assert_unknown(&too_long, "very long array");
    let not_an_index = array_after(vec![], vec![set(index(id("a_1"), num(4294967295.0)), num(1.0))], Node::Null);
    assert_unknown(&not_an_index, "writing `4294967295` of an array");
    let fraction = array_after(vec![], vec![set(index(id("a_1"), num(1.5)), num(1.0))], Node::Null);
    assert_unknown(&fraction, "writing `1.5` of an array");
    let minus_zero = array_after(vec![], vec![set(index(id("a_1"), num(-0.0)), num(7.0))], Node::Null);
    assert_eq!(body(&minus_zero), "[[7],null]");
}

#[test]
fn methods_that_could_tell_a_hole_from_undefined_are_unknown() {
    let holey = || set(index(id("a_1"), num(2.0)), num(1.0));
    for method in ["indexOf", "slice", "shift"] {
        let trace = array_after(vec![], vec![holey()], call(id("a_1"), method, vec![Node::Undefined]));
        assert_unknown(&trace, "holes");
    }
    let as_argument = array_after(vec![], vec![holey()], call(id("Math"), "max", vec![id("a_1")]));
    assert_unknown(&as_argument, "holes");
    let safe = array_after(
        vec![],
        vec![holey()],
        array(vec![
            call(id("a_1"), "includes", vec![Node::Undefined]),
            call(id("JSON"), "stringify", vec![id("a_1")]),
            call(array(vec![]), "push", vec![id("a_1")]),
        ]),
    );
    assert_eq!(body(&safe), r#"[[null,null,1],[true,"[null,null,1]",1]]"#);
}

#[test]
fn filling_every_hole_makes_the_array_plain_again() {
    let fill = |i: f64| set(index(id("a_1"), num(i)), num(i));
    let indexof = call(id("a_1"), "indexOf", vec![num(1.0)]);
    let filled = array_after(vec![], vec![fill(2.0), fill(0.0), fill(1.0)], indexof.clone());
    assert_eq!(body(&filled), "[[0,1,2],1]");
    let popped = array_after(
        vec![],
        vec![set(index(id("a_1"), s("length")), num(2.0)), let_("t_1", call(id("a_1"), "pop", vec![])), fill(0.0)],
        indexof.clone(),
    );
    assert_eq!(body(&popped), "[[0],-1]");
    let truncated =
        array_after(vec![], vec![fill(3.0), set(index(id("a_1"), s("length")), num(0.0)), fill(0.0)], indexof);
    assert_eq!(body(&truncated), "[[0],-1]");
}

#[test]
fn length_writes_truncate_extend_or_throw() {
    let init = || vec![num(1.0), num(2.0), num(3.0)];
    let len = |v: Node| set(index(id("a_1"), s("length")), v);
    let truncated = array_after(init(), vec![len(s("1"))], get(id("a_1"), "length"));
    assert_eq!(body(&truncated), "[[1],1]");
    let extended = array_after(init(), vec![len(num(5.0))], call(id("a_1"), "join", vec![]));
    assert_eq!(body(&extended), r#"[[1,2,3,null,null],"1,2,3,,"]"#);
    let same = array_after(init(), vec![set(get(id("a_1"), "length"), Node::Boolean { value: true })], Node::Null);
    assert_eq!(body(&same), "[[1],null]");
    for bad in [num(-1.0), num(1.5), s("x"), num(4294967296.0), Node::Undefined] {
        assert_unknown(&array_after(init(), vec![len(bad)], Node::Null), "RangeError");
    }
    assert_unknown(&array_after(init(), vec![len(array(vec![]))], Node::Null), "object");
}

#[test]
fn object_keys_of_every_kind() {
    let trace = handler(vec![
        let_("o_1", object(&[("z", num(0.0))])),
        set(index(id("o_1"), s("10")), num(1.0)),
        set(index(id("o_1"), num(2.0)), num(2.0)),
        set(index(id("o_1"), s("01")), num(3.0)),
        set(index(id("o_1"), s("-1")), num(4.0)),
        set(index(id("o_1"), Node::Boolean { value: true }), num(5.0)),
        set(index(id("o_1"), s("__proto__")), s("ignored")),
        set(index(id("o_1"), s("__proto__")), num(1.0)),
        send(array(vec![id("o_1"), index(id("o_1"), s("2")), index(id("o_1"), num(10.0))])),
    ]);
    assert_eq!(body(&trace), r#"[{"2":2,"10":1,"z":0,"01":3,"-1":4,"true":5},2,1]"#);
}

// -- bitwise operators, `**`, `in` ------------------------------------------------

#[test]
fn bitwise_operators_convert_with_to_int32() {
    assert_eq!(sends(bin(BinOp::BitOr, s("7.9"), num(0.0))), "7");
    assert_eq!(sends(bin(BinOp::BitAnd, num(-1.0), num(4_294_967_295.0))), "-1");
    assert_eq!(sends(bin(BinOp::UShr, num(-1.0), num(28.0))), "15");
    assert_eq!(sends(bin(BinOp::Shl, Node::Undefined, num(3.0))), "0");
    assert_eq!(sends(Node::Op1 { op: Op1::BitNot, e: Box::new(s("")) }), "-1");
    assert_eq!(sends(bin(BinOp::BitXor, array(vec![num(6.0)]), num(3.0))), "5");
}

#[test]
fn powers_are_exact_or_unknown() {
    assert_eq!(sends(bin(BinOp::Exp, num(2.0), num(10.0))), "1024");
    assert_eq!(sends(bin(BinOp::Exp, s("3"), num(-0.0))), "1");
    assert_unknown(&handler(vec![send(bin(BinOp::Exp, num(10.0), num(-1.0)))]), "round");
}

#[test]
fn in_finds_own_keys_then_the_prototype() {
    let o = || object(&[("a", num(1.0)), ("2", num(2.0))]);
    assert_eq!(sends(bin(BinOp::In, s("a"), o())), "true");
    assert_eq!(sends(bin(BinOp::In, num(2.0), o())), "true");
    assert_eq!(sends(bin(BinOp::In, s("b"), o())), "false");
    assert_eq!(sends(bin(BinOp::In, s("toString"), o())), "true");
    assert_eq!(sends(bin(BinOp::In, s("__proto__"), object(&[]))), "true");
    let a = || array(vec![num(5.0), num(6.0)]);
    assert_eq!(sends(bin(BinOp::In, num(1.0), a())), "true");
    assert_eq!(sends(bin(BinOp::In, s("2"), a())), "false");
    assert_eq!(sends(bin(BinOp::In, s("length"), a())), "true");
    assert_eq!(sends(bin(BinOp::In, s("map"), a())), "true");
    assert_eq!(sends(bin(BinOp::In, s("a"), a())), "false");
    assert_unknown(&handler(vec![send(bin(BinOp::In, s("group"), a()))]), "Node version");
    assert_unknown(&handler(vec![send(bin(BinOp::In, s("length"), s("abc")))]), "plain object");
}
