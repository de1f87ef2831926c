//! `try`/`catch`/`finally` and `throw` (IR extensions `try` and `throw`).
//!
//! Values the program throws itself (`throw value`) are modelled. Errors
//! Node surely throws at an operation (reading a property of `undefined` or
//! `null`, `JSON.parse` of text that is not JSON) are `Stop::Raised`: their
//! error object (constructor, message, stack) is not produced, so only a
//! handler that never reads its binding (`catch {`, or a name used nowhere
//! in the handler: trace names are unique) takes one, and a `finally` runs
//! on the way; anywhere else such an error is `unknown`. Every other
//! operation that throws in Node (calling a non-function, ...) is
//! `unknown` wherever it happens.

use super::interp::{Interp, Stop, R};
use super::value::Value;
use crate::trace::ir::Node;

/// Why a request whose exception escapes the handler is `unknown`: Node
/// reports it and exits without answering (DESIGN.md §2, `error`).
pub(crate) const UNCAUGHT: &str = "an uncaught exception: the function's process exits without answering";

impl<'a> Interp<'a> {
    /// JavaScript's `try` statement: the handler takes a thrown value, the
    /// finalizer runs after every completion of the body and handler, and
    /// a finalizer that completes abruptly (break, return, throw) replaces
    /// their completion. `unknown` ends the evaluation at once.
    pub(crate) fn eval_try(
        &mut self,
        body: &'a [Node],
        param: Option<&'a str>,
        handler: Option<&'a [Node]>,
        finalizer: Option<&'a [Node]>,
    ) -> R<'a> {
        let mut completion = self.eval_block(body);
        if let Some(handler) = handler {
            match completion {
                Err(Stop::Throw(thrown)) => {
                    if let Some(name) = param {
                        self.env.insert(name, thrown);
                    }
                    completion = self.eval_block(handler);
                }
                // The error object is not modelled: only a handler that
                // never reads its binding may take it.
                Err(Stop::Raised(why)) => match param {
                    Some(name) if reads_name(handler, name) => completion = Err(Stop::Unknown(why)),
                    _ => completion = self.eval_block(handler),
                },
                other => completion = other,
            }
        }
        if let Err(Stop::Unknown(_)) = completion {
            return completion;
        }
        if let Some(finalizer) = finalizer {
            self.eval_block(finalizer)?;
        }
        completion.map(|_| Value::Undefined)
    }
}

/// Whether `name` is read anywhere in `nodes` (as an identifier, or
/// through a closure's `from`).
fn reads_name(nodes: &[Node], name: &str) -> bool {
    fn reads(node: &Node, name: &str) -> bool {
        match node {
            Node::Identifier { name: n } if n == name => true,
            Node::From { field, .. } if field == name => true,
            _ => {
                let mut found = false;
                node.for_each_child(|child| found = found || reads(child, name));
                found
            }
        }
    }
    nodes.iter().any(|node| reads(node, name))
}

#[cfg(test)]
mod tests {
    use crate::trace::eval::{eval_request, Outcome};

    /// Evaluates a handler body (JSON statement list) on `{"body": {"n": n}}`.
    fn run(handler: &str, n: f64) -> Outcome {
        let trace = format!(
            r#"{{"kind":"block","body":[{{"kind":"callback","event":"listen","eventArg":{{"kind":"undefined"}},
              "callbackArgs":["req_1"],"clos":{{"kind":"clos","tenv":{{"$fn":{{"kind":"string","value":"F1"}}}}}},
              "body":[{{"kind":"label","name":"'cb_2","body":[
                {{"kind":"let","name":"n_3","named":{{"kind":"get","exp":{{"kind":"get","exp":{{"kind":"identifier","name":"req_1"}},"field":"body"}},"field":"n"}}}},
                {handler}]}}]}}]}}"#
        );
        let request = format!(r#"{{"body":{{"n":{n}}}}}"#);
        eval_request(trace.as_bytes(), request.as_bytes()).expect("well-formed")
    }

    fn body(outcome: Outcome) -> String {
        match outcome {
            Outcome::Response(r) => r.body,
            Outcome::Unknown => panic!("unknown"),
        }
    }

    const N: &str = r#"{"kind":"identifier","name":"n_3"}"#;

    fn send(value: &str) -> String {
        format!(r#"{{"kind":"primApp","event":"send","eventArgs":[{value}]}}"#)
    }

    fn string(text: &str) -> String {
        format!(r#"{{"kind":"string","value":"{text}"}}"#)
    }

    /// `if (n > 0) throw n;`
    fn throw_if_positive() -> String {
        format!(
            r#"{{"kind":"if","cond":{{"kind":"binop","op":">","e1":{N},"e2":{{"kind":"number","value":0}}}},
               "truePart":[{{"kind":"throw","value":{N}}}],"falsePart":[]}}"#
        )
    }

    #[test]
    fn a_thrown_value_reaches_the_handler_with_its_binding() {
        let handler = format!(
            r#"{{"kind":"try","body":[{throw},{send_none}],"param":"e_4","handler":[{send_e}],"finalizer":null}}"#,
            throw = throw_if_positive(),
            send_none = send(&string("none")),
            send_e = send(r#"{"kind":"identifier","name":"e_4"}"#),
        );
        assert_eq!(body(run(&handler, 5.0)), "5");
        assert_eq!(body(run(&handler, -1.0)), "none");
    }

    #[test]
    fn the_finalizer_runs_after_a_break_and_its_own_break_wins() {
        // label 'ret [ try { break 'ret "body" } finally { FINAL } ]; the
        // finalizer's break replaces the body's.
        let finalizer_breaks = format!(
            r#"{{"kind":"let","name":"r_5","named":{{"kind":"block","body":[{{"kind":"label","name":"'ret_6","body":[
                {{"kind":"try","body":[{{"kind":"break","name":"'ret_6","value":{body}}}],"param":null,"handler":null,
                  "finalizer":[{{"kind":"break","name":"'ret_6","value":{fin}}}]}}]}}]}}}},
              {send}"#,
            body = string("body"),
            fin = string("finally"),
            send = send(r#"{"kind":"identifier","name":"r_5"}"#),
        );
        assert_eq!(body(run(&finalizer_breaks, 1.0)), "finally");
        // A finalizer that completes normally keeps the body's break, and
        // its effects are seen.
        let finalizer_sets = format!(
            r#"{{"kind":"let","name":"x_7","named":{x0}}},
              {{"kind":"let","name":"r_5","named":{{"kind":"block","body":[{{"kind":"label","name":"'ret_6","body":[
                {{"kind":"try","body":[{{"kind":"break","name":"'ret_6","value":{body}}}],"param":null,"handler":null,
                  "finalizer":[{{"kind":"set","name":{{"kind":"identifier","name":"x_7"}},"named":{fin}}}]}}]}}]}}}},
              {send}"#,
            x0 = string("-"),
            body = string("body"),
            fin = string("ran"),
            send = send(
                r#"{"kind":"binop","op":"+","e1":{"kind":"identifier","name":"r_5"},"e2":{"kind":"identifier","name":"x_7"}}"#
            ),
        );
        assert_eq!(body(run(&finalizer_sets, 1.0)), "bodyran");
    }

    #[test]
    fn a_rethrow_from_the_handler_runs_the_finalizer_and_reaches_the_outer_handler() {
        let inner = format!(
            r#"{{"kind":"try","body":[{throw}],"param":"e_4","handler":[{{"kind":"throw","value":{{"kind":"binop","op":"+","e1":{{"kind":"identifier","name":"e_4"}},"e2":{{"kind":"number","value":1}}}}}}],
               "finalizer":[{{"kind":"set","name":{{"kind":"identifier","name":"n_3"}},"named":{{"kind":"number","value":100}}}}]}}"#,
            throw = throw_if_positive(),
        );
        let outer = format!(
            r#"{{"kind":"try","body":[{inner},{send_n}],"param":"f_5","handler":[{send_sum}],"finalizer":null}}"#,
            send_n = send(N),
            send_sum =
                send(&format!(r#"{{"kind":"binop","op":"+","e1":{{"kind":"identifier","name":"f_5"}},"e2":{N}}}"#)),
        );
        // 2 thrown, rethrown as 3, the finalizer sets n to 100: 103.
        assert_eq!(body(run(&outer, 2.0)), "103");
        assert_eq!(body(run(&outer, -2.0)), "100");
    }

    #[test]
    fn an_uncaught_throw_or_an_unknown_in_a_try_is_unknown() {
        assert_eq!(run(&throw_if_positive(), 1.0), Outcome::Unknown);
        // A TypeError Node throws at an operation, whose error object is not
        // modelled: unknown where it escapes, or where the handler reads it.
        let raised = |param: &str, handler: &str| {
            format!(
                r#"{{"kind":"try","body":[{{"kind":"let","name":"x_4","named":{{"kind":"get","exp":{{"kind":"undefined"}},"field":"a"}}}}],
                   "param":{param},"handler":[{handler}],"finalizer":null}}"#
            )
        };
        let reads_it = send(r#"{"kind":"get","exp":{"kind":"identifier","name":"e_5"},"field":"message"}"#);
        assert_eq!(run(&raised(r#""e_5""#, &reads_it), 1.0), Outcome::Unknown);
        let uncaught = r#"{"kind":"let","name":"x_4","named":{"kind":"get","exp":{"kind":"null"},"field":"a"}}"#;
        assert_eq!(run(uncaught, 1.0), Outcome::Unknown);
        // An unknown in the body does not run the finalizer's send.
        let finalizer = format!(
            r#"{{"kind":"try","body":[{{"kind":"unknown"}}],"param":null,"handler":null,"finalizer":[{send}]}}"#,
            send = send(&string("finally")),
        );
        assert_eq!(run(&finalizer, 1.0), Outcome::Unknown);
    }

    #[test]
    fn an_error_node_throws_is_taken_by_a_handler_that_does_not_read_it() {
        let caught = send(&string("caught"));
        for param in ["null", r#""e_5""#] {
            let handler = format!(
                r#"{{"kind":"try","body":[{{"kind":"let","name":"x_4","named":{{"kind":"get","exp":{{"kind":"undefined"}},"field":"a"}}}}],
                   "param":{param},"handler":[{caught}],"finalizer":null}}"#
            );
            assert_eq!(body(run(&handler, 1.0)), "caught", "{param}");
        }
        // JSON.parse of text that is not JSON, through a finally on the way.
        let parse = format!(
            r#"{{"kind":"try","body":[
                 {{"kind":"try","body":[{{"kind":"let","name":"x_4","named":{{"kind":"methodCall","e":{{"kind":"identifier","name":"JSON"}},"method":"parse","methodCallArgs":[{text}]}}}}],
                   "param":null,"handler":null,"finalizer":[{{"kind":"set","name":{{"kind":"identifier","name":"n_3"}},"named":{{"kind":"number","value":9}}}}]}}],
               "param":"e_5","handler":[{send_n}],"finalizer":null}}"#,
            text = string("{"),
            send_n = send(N),
        );
        assert_eq!(body(run(&parse, 1.0)), "9");
    }

    #[test]
    fn a_throw_leaves_loops_and_inlined_calls() {
        // try { while (true) { label 'ret [ throw n ] } } catch (e) { send(e) }
        let handler = format!(
            r#"{{"kind":"try","body":[{{"kind":"label","name":"'loop_4","body":[{{"kind":"while","cond":{{"kind":"boolean","value":true}},
                 "body":[{{"kind":"label","name":"'ret_5","body":[{{"kind":"throw","value":{N}}}]}}]}}]}}],
               "param":"e_6","handler":[{send}],"finalizer":null}}"#,
            send = send(r#"{"kind":"identifier","name":"e_6"}"#),
        );
        assert_eq!(body(run(&handler, 7.0)), "7");
    }
}
