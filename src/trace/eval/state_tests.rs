//! State that outlives a request (docs/SPEC.md §5): a session is one long-lived
//! instance, a single request a fresh one.

use super::*;
use crate::trace::ir::{BinOp, Node, Props};
use crate::trace::json::Json;

use super::tests::{bin, get, id, if_, index, let_, num, s, send, set};

fn clos(fn_id: &str, env: &str) -> Node {
    Node::Clos { tenv: Props(vec![("$fn".to_owned(), s(fn_id)), ("$env".to_owned(), s(env))]) }
}
fn program(top: Vec<Node>, handler: Vec<Node>) -> Node {
    let mut body = top;
    body.push(Node::Callback {
        event: "listen".into(),
        event_arg: Box::new(Node::Undefined),
        callback_args: vec!["req_0".into()],
        clos: Box::new(clos("F1", "root")),
        body: handler,
    });
    Node::Block { body }
}
fn body_v(v: f64) -> Option<Request> {
    Some(Request { body: Json::Obj(vec![("v".into(), Json::Num(v))]), ..Request::default() })
}
fn v() -> Node {
    get(get(id("req_0"), "body"), "v")
}
/// Each answer's body, `None` for unknown.
fn session(trace: &Node, requests: &[Option<Request>]) -> Vec<Option<String>> {
    super::super::on_big_stack(|| super::session_here(trace, requests, &Limits::default()))
        .into_iter()
        .map(|e| match e.outcome {
            Outcome::Response(r) => Some(r.body),
            Outcome::Unknown => None,
        })
        .collect()
}

#[test]
fn a_top_level_counter_carries_over_a_session_and_starts_fresh_alone() {
    let trace = program(
        vec![let_("count_1", num(0.0))],
        vec![set(id("count_1"), bin(BinOp::Add, id("count_1"), v())), send(id("count_1"))],
    );
    let answers = session(&trace, &[body_v(1.0), body_v(2.0), body_v(3.0)]);
    assert_eq!(answers, vec![Some("1".into()), Some("3".into()), Some("6".into())]);
    let alone = evaluate(&trace, &body_v(3.0).unwrap(), &Limits::default());
    assert_eq!(alone.outcome, Outcome::Response(json_response("3")));
}

#[test]
fn a_top_level_grid_written_and_reset_reads_the_state_each_request_left() {
    // grid[v] = grid[v] + 1; send grid; (no reset: each request sees the last)
    let grid = Node::Array { exps: vec![num(0.0), num(0.0)] };
    let cell = || index(id("grid_1"), v());
    let trace =
        program(vec![let_("grid_1", grid)], vec![set(cell(), bin(BinOp::Add, cell(), num(1.0))), send(id("grid_1"))]);
    let answers = session(&trace, &[body_v(0.0), body_v(1.0), body_v(0.0), body_v(2.0), body_v(5.0)]);
    assert_eq!(
        answers,
        vec![
            Some("[1,0]".into()),
            Some("[1,1]".into()),
            Some("[2,1]".into()),
            Some("[2,1,null]".into()),
            Some("[2,1,null,null,null,null]".into())
        ],
        "appending and writing past the end (holes, JSON null) are exact"
    );
}

#[test]
fn a_guard_does_not_take_an_earlier_requests_closure_for_this_ones() {
    // The handler makes `mk` (capturing y), stores the first one in the
    // state, and calls whatever the state holds through a guard traced when
    // it held this request's own closure.
    let trace = program(
        vec![let_("st_1", Node::Object { properties: Props(vec![]) })],
        vec![
            let_("y_2", v()),
            let_("mk_3", clos("F3", "cb_1")),
            if_(
                bin(BinOp::StrictEq, get(id("st_1"), "f"), Node::Undefined),
                vec![set(index(id("st_1"), s("f")), id("mk_3"))],
                vec![],
            ),
            let_("g_4", get(id("st_1"), "f")),
            if_(bin(BinOp::StrictEq, id("g_4"), clos("F3", "cb_1")), vec![send(id("y_2"))], vec![Node::Unknown]),
        ],
    );
    // Node: the second request calls the first one's closure, which answers 1.
    assert_eq!(session(&trace, &[body_v(1.0), body_v(2.0)]), vec![Some("1".into()), None]);
}

fn json_response(body: &str) -> Response {
    Response { status: 200, content_type: Some(APPLICATION_JSON.into()), body: body.into() }
}
