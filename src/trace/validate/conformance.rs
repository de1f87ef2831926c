//! Conformance: the shape the Containerless trace compiler accepts (docs/SPEC.md §5,
//! "What the Containerless trace compiler requires", rules 1–7). A trace can
//! be valid (it means something to our evaluator) and still not conform.

use std::collections::HashMap;
use std::fmt;

use crate::trace::ir::{Node, Op1, Path, Problem, Props};

/// One of docs/SPEC.md §5's seven downstream rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    /// 1: statements and expressions are separate.
    Statements = 1,
    /// 2: inlined calls are `let r = block [label ...]`.
    InlinedCalls = 2,
    /// 3: A-normal operands where the compiler's unique-name walk goes.
    ANormal = 3,
    /// 4: `'`-prefixed labels, Rust-identifier names.
    Names = 4,
    /// 5: `let fun_N = clos`, `let app_N = block [callback]`.
    Callbacks = 5,
    /// 6: captured variables through `clos.tenv` and `from`.
    Closures = 6,
    /// 7: `label 'L [while (cond) ...]` with the loop's own condition.
    Loops = 7,
}

impl Rule {
    pub const ALL: [Rule; 7] = [
        Rule::Statements,
        Rule::InlinedCalls,
        Rule::ANormal,
        Rule::Names,
        Rule::Callbacks,
        Rule::Closures,
        Rule::Loops,
    ];

    pub fn number(self) -> u8 {
        self as u8
    }
}

/// A place where a trace breaks a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    pub rule: Rule,
    pub problem: Problem,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "rule {}: {}", self.rule.number(), self.problem)
    }
}

/// Every place where `root` breaks one of docs/SPEC.md §5's downstream rules, in
/// trace order. Empty when the trace conforms.
pub fn conformance(root: &Node) -> Vec<Violation> {
    crate::trace::on_big_stack(|| {
        let mut checker = Checker { owners: owners(root), ..Checker::default() };
        if !matches!(root, Node::Block { .. }) {
            checker.report(Rule::Statements, &Path::Root, format!("the root must be a `block`, not `{}`", root.kind()));
            checker.expression(root, &Path::Root);
        } else {
            checker.statement(root, &Path::Root);
        }
        checker.violations
    })
}

/// Kinds allowed in a statement list (rule 1; `callback` is rule 5's business).
fn is_statement(node: &Node) -> bool {
    matches!(
        node,
        Node::Unknown
            | Node::If { .. }
            | Node::While { .. }
            | Node::Let { .. }
            | Node::Set { .. }
            | Node::Block { .. }
            | Node::Label { .. }
            | Node::Break { .. }
            | Node::PrimApp { .. }
            | Node::Callback { .. }
            | Node::Try { .. }
            | Node::Throw { .. }
    )
}

/// `[A-Za-z_][A-Za-z0-9_]*`: a Rust identifier (rule 4).
pub fn is_rust_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// `'` then a Rust identifier: a Rust lifetime (rule 4).
pub fn is_label_name(name: &str) -> bool {
    name.strip_prefix('\'').is_some_and(is_rust_identifier)
}

/// Which callback (numbered in walk order, 0 = the top level) binds each
/// `let` name and callback parameter (rule 6).
fn owners(root: &Node) -> HashMap<String, usize> {
    fn walk(node: &Node, owner: usize, next: &mut usize, out: &mut HashMap<String, usize>) {
        match node {
            Node::Let { name, named } => {
                out.entry(name.clone()).or_insert(owner);
                walk(named, owner, next, out);
            }
            Node::Callback { event_arg, callback_args, clos, body, .. } => {
                walk(event_arg, owner, next, out);
                walk(clos, owner, next, out);
                *next += 1;
                let inner = *next;
                for arg in callback_args {
                    out.entry(arg.clone()).or_insert(inner);
                }
                body.iter().for_each(|n| walk(n, inner, next, out));
            }
            other => other.for_each_child(|child| walk(child, owner, next, out)),
        }
    }
    let mut out = HashMap::new();
    walk(root, 0, &mut 0, &mut out);
    out
}

#[derive(Default)]
struct Checker {
    violations: Vec<Violation>,
    owners: HashMap<String, usize>,
    /// The callback whose body is being walked (numbered as in [`owners`]).
    owner: usize,
    callbacks_seen: usize,
    /// The next statement list walked is a `let`'s block.
    let_bound: bool,
}

impl Checker {
    fn report(&mut self, rule: Rule, path: &Path, message: impl Into<String>) {
        self.violations.push(Violation { rule, problem: Problem { path: path.render(), message: message.into() } });
    }

    fn statements(&mut self, nodes: &[Node], parent: &Path, field: &str) {
        // Set by a `let` whose value is this list's block (rule 5).
        let let_bound = std::mem::take(&mut self.let_bound);
        let here = Path::Field(parent, field);
        for (i, node) in nodes.iter().enumerate() {
            let path = Path::Item(&here, i);
            if let Node::Callback { .. } = node {
                if !(let_bound && nodes.len() == 1) {
                    self.report(Rule::Callbacks, &path, "a `callback` must be alone in a `block` bound by a `let`");
                }
            }
            if let Some(clos) = bound_callback_clos(node) {
                let before = i.checked_sub(1).and_then(|j| nodes.get(j));
                let bound_just_before = matches!(
                    (before, clos),
                    (Some(Node::Let { name, named }), Node::Identifier { name: used })
                        if name == used && matches!(named.as_ref(), Node::Clos { .. })
                );
                if !bound_just_before {
                    self.report(Rule::Callbacks, &path, "the callback's closure is bound by the `let` just before it");
                }
            }
            self.statement(node, &path);
        }
    }

    fn statement(&mut self, node: &Node, path: &Path) {
        if !is_statement(node) {
            let message = format!("`{}` stands where a statement is expected", node.kind());
            let message = match node {
                Node::MethodCall { .. } => format!("{message} (bind it: `let t = methodCall ...`)"),
                _ => message,
            };
            self.report(Rule::Statements, path, message);
            return self.expression(node, path);
        }
        match node {
            Node::If { cond, true_part, false_part } => {
                self.expression(cond, &Path::Field(path, "cond"));
                self.statements(true_part, path, "truePart");
                self.statements(false_part, path, "falsePart");
            }
            Node::While { cond, body } => {
                self.expression(cond, &Path::Field(path, "cond"));
                self.statements(body, path, "body");
            }
            Node::Let { name, named } => {
                self.name(name, path);
                self.let_bound = matches!(named.as_ref(), Node::Block { .. });
                self.expression(named, &Path::Field(path, "named"));
            }
            Node::Set { name, named } => {
                self.expression(name, &Path::Field(path, "name"));
                self.walked(named, &Path::Field(path, "named"));
            }
            Node::Block { body } => self.statements(body, path, "body"),
            Node::Label { name, body } => {
                self.label_name(name, path);
                if let [Node::While { cond, body: loop_body }] = body.as_slice() {
                    self.loop_exit_test(name, cond, loop_body, path);
                }
                self.statements(body, path, "body");
            }
            Node::Break { name, value } => {
                self.label_name(name, path);
                self.walked(value, &Path::Field(path, "value"));
            }
            Node::PrimApp { event_args, .. } => {
                let here = Path::Field(path, "eventArgs");
                for (i, arg) in event_args.iter().enumerate() {
                    self.walked(arg, &Path::Item(&here, i));
                }
            }
            Node::Callback { event_arg, callback_args, clos, body, .. } => {
                self.callback(event_arg, callback_args, clos, body, path)
            }
            // Extensions: statement lists and an operand like `break.value`.
            Node::Try { body, param, handler, finalizer } => {
                self.statements(body, path, "body");
                if let Some(name) = param {
                    self.name(name, path);
                }
                if let Some(handler) = handler {
                    self.statements(handler, path, "handler");
                }
                if let Some(finalizer) = finalizer {
                    self.statements(finalizer, path, "finalizer");
                }
            }
            Node::Throw { value } => self.walked(value, &Path::Field(path, "value")),
            _ => {}
        }
    }

    fn callback(&mut self, event_arg: &Node, args: &[String], clos: &Node, body: &[Node], path: &Path) {
        self.walked(event_arg, &Path::Field(path, "eventArg"));
        let clos_path = Path::Field(path, "clos");
        if !matches!(clos, Node::Identifier { .. }) {
            self.report(
                Rule::Callbacks,
                &clos_path,
                format!("`callback.clos` is an identifier bound by `let fun_N = clos`, not `{}`", clos.kind()),
            );
        }
        // An inline `clos` is rule 5's violation; it is not reported again as rule 3's.
        self.expression(clos, &clos_path);
        let args_path = Path::Field(path, "callbackArgs");
        if args.len() != 2 {
            self.report(
                Rule::Callbacks,
                &args_path,
                format!("`callbackArgs` lists the closure parameter, then the event's argument ({} names)", args.len()),
            );
        }
        for (i, arg) in args.iter().enumerate() {
            self.name(arg, &Path::Item(&args_path, i));
        }
        self.callbacks_seen += 1;
        let outer = std::mem::replace(&mut self.owner, self.callbacks_seen);
        self.statements(body, path, "body");
        self.owner = outer;
    }

    /// Rule 7: `label 'L [while (true) [if (c) [break 'L] [] ...]]` tests
    /// its exit in the body instead of in `cond`, and so does a body with
    /// `if (!c) [break 'L] []` after statements (the old `do ... while (c)`,
    /// or a test that needs statements: a call). (Another `if`
    /// breaking to another label is the program's own `continue`, `break`
    /// or `return`.)
    fn loop_exit_test(&mut self, label: &str, cond: &Node, body: &[Node], path: &Path) {
        if !matches!(cond, Node::Boolean { value: true }) {
            return;
        }
        let exits = |node: Option<&Node>, negated: bool| match node {
            Some(Node::If { cond, true_part, false_part }) => {
                matches!(true_part.as_slice(), [Node::Break { name, .. }] if name == label)
                    && false_part.is_empty()
                    && (!negated || matches!(cond.as_ref(), Node::Op1 { op: Op1::Not, .. }))
            }
            _ => false,
        };
        let loop_body = Path::Field(&Path::Item(&Path::Field(path, "body"), 0), "body");
        if exits(body.first(), false) {
            self.report(Rule::Loops, &Path::Item(&loop_body, 0), "the loop's exit test belongs in `while.cond`");
        } else if let Some(at) = (1..body.len()).find(|&i| exits(body.get(i), true)) {
            let how =
                if at + 1 == body.len() { "`while (first || c)`" } else { "a flag set after the test's statements" };
            let message = format!("the loop's exit test belongs in `while.cond` ({how})");
            self.report(Rule::Loops, &Path::Item(&loop_body, at), message);
        }
    }

    fn label_name(&mut self, name: &str, path: &Path) {
        if !is_label_name(name) {
            self.report(Rule::Names, path, format!("label name `{name}` is not `'` and a Rust identifier"));
        }
    }

    fn name(&mut self, name: &str, path: &Path) {
        if !is_rust_identifier(name) {
            self.report(Rule::Names, path, format!("`{name}` is not a Rust identifier"));
        }
    }

    /// An expression in a position the compiler's unique-name walk enters
    /// (rule 3): only literals, identifiers, and `binop`/`object`/`array`/
    /// `from` over such operands.
    fn walked(&mut self, node: &Node, path: &Path) {
        match node {
            Node::Get { .. } | Node::Index { .. } | Node::Op1 { .. } | Node::MethodCall { .. } | Node::Clos { .. } => {
                self.report(
                    Rule::ANormal,
                    path,
                    format!("`{}` here must be bound to a `let` temporary first", node.kind()),
                );
                self.expression(node, path);
            }
            Node::Binop { e1, e2, .. } => {
                self.walked(e1, &Path::Field(path, "e1"));
                self.walked(e2, &Path::Field(path, "e2"));
            }
            Node::From { exp, .. } => self.walked(exp, &Path::Field(path, "exp")),
            Node::Object { properties } => self.walked_props(properties, path, "properties"),
            Node::Array { exps } => {
                let here = Path::Field(path, "exps");
                for (i, e) in exps.iter().enumerate() {
                    self.walked(e, &Path::Item(&here, i));
                }
            }
            other => self.expression(other, path),
        }
    }

    fn walked_props(&mut self, props: &Props, parent: &Path, field: &str) {
        let here = Path::Field(parent, field);
        for (key, node) in props.iter() {
            self.walked(node, &Path::Field(&here, key));
        }
    }

    /// A node in an expression position (rules 1, 2, 4, 6).
    fn expression(&mut self, node: &Node, path: &Path) {
        match node {
            Node::Label { .. } => {
                self.report(
                    Rule::InlinedCalls,
                    path,
                    "a `label` stands where an expression is expected (`block [label ...]`)",
                );
                return self.statement(node, path);
            }
            Node::Block { body } => return self.statements(body, path, "body"),
            n if is_statement(n) => {
                self.report(Rule::Statements, path, format!("`{}` stands where an expression is expected", n.kind()));
                return self.statement(node, path);
            }
            Node::Identifier { name } => {
                self.name(name, path);
                if self.owners.get(name).is_some_and(|&owner| owner != self.owner) {
                    self.report(
                        Rule::Closures,
                        path,
                        format!("`{name}` is bound outside this callback: read it with `from` on the closure"),
                    );
                }
            }
            _ => {}
        }
        self.expression_children(node, path);
    }

    fn expression_children(&mut self, node: &Node, path: &Path) {
        match node {
            Node::From { exp, .. } | Node::Get { exp, .. } => self.expression(exp, &Path::Field(path, "exp")),
            Node::Index { exp, index } => {
                self.expression(exp, &Path::Field(path, "exp"));
                self.expression(index, &Path::Field(path, "index"));
            }
            Node::Binop { e1, e2, .. } => {
                self.expression(e1, &Path::Field(path, "e1"));
                self.expression(e2, &Path::Field(path, "e2"));
            }
            Node::Op1 { e, .. } => self.expression(e, &Path::Field(path, "e")),
            Node::Object { properties: props } | Node::Clos { tenv: props } => {
                let field = if matches!(node, Node::Object { .. }) { "properties" } else { "tenv" };
                let here = Path::Field(path, field);
                for (key, n) in props.iter() {
                    self.expression(n, &Path::Field(&here, key));
                }
            }
            Node::Array { exps } => self.expression_list(exps, path, "exps"),
            Node::MethodCall { e, method_call_args, .. } => {
                self.expression(e, &Path::Field(path, "e"));
                self.expression_list(method_call_args, path, "methodCallArgs");
            }
            _ => {}
        }
    }

    fn expression_list(&mut self, nodes: &[Node], parent: &Path, field: &str) {
        let here = Path::Field(parent, field);
        for (i, n) in nodes.iter().enumerate() {
            self.expression(n, &Path::Item(&here, i));
        }
    }
}

/// The `clos` of the callback in `let app = block [callback]`, if `node` is that.
fn bound_callback_clos(node: &Node) -> Option<&Node> {
    let Node::Let { named, .. } = node else { return None };
    let Node::Block { body } = named.as_ref() else { return None };
    match body.as_slice() {
        [Node::Callback { clos, .. }] => Some(clos),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn check(trace: Value) -> Vec<String> {
        let root: Node = serde_json::from_value(trace).expect("a trace");
        conformance(&root).iter().map(ToString::to_string).collect()
    }

    fn num(n: f64) -> Value {
        json!({"kind": "number", "value": n})
    }
    fn id(name: &str) -> Value {
        json!({"kind": "identifier", "name": name})
    }
    fn let_(name: &str, named: Value) -> Value {
        json!({"kind": "let", "name": name, "named": named})
    }
    fn send(v: Value) -> Value {
        json!({"kind": "primApp", "event": "send", "eventArgs": [v]})
    }
    fn get(e: Value, field: &str) -> Value {
        json!({"kind": "get", "exp": e, "field": field})
    }
    fn from(e: Value, field: &str) -> Value {
        json!({"kind": "from", "exp": e, "field": field})
    }

    /// `let fun_1 = clos {tenv}; let app_2 = block [callback listen ...]`.
    fn listen(tenv: Value, body: Vec<Value>) -> Vec<Value> {
        vec![
            let_("fun_1", json!({"kind": "clos", "tenv": tenv})),
            let_(
                "app_2",
                json!({"kind": "block", "body": [{"kind": "callback", "event": "listen",
                    "eventArg": {"kind": "undefined"}, "callbackArgs": ["clos_3", "req_4"],
                    "clos": id("fun_1"), "body": body}]}),
            ),
        ]
    }

    fn root(mut before: Vec<Value>, tenv: Value, body: Vec<Value>) -> Value {
        before.extend(listen(tenv, body));
        json!({"kind": "block", "body": before})
    }

    /// A conforming trace of every rule's good case: a captured top-level
    /// variable, an inlined call, a loop with its condition, a bound method call.
    fn good_body() -> Vec<Value> {
        let n = from(id("clos_3"), "n");
        vec![
            let_("body_5", get(id("req_4"), "body")),
            let_(
                "r_6",
                json!({"kind": "block", "body": [{"kind": "label", "name": "'ret_7", "body": [
                    {"kind": "break", "name": "'ret_7", "value": {"kind": "binop", "op": "+", "e1": n, "e2": num(1.0)}}
                ]}]}),
            ),
            json!({"kind": "label", "name": "'loop_8", "body": [{"kind": "while",
                "cond": {"kind": "binop", "op": "<", "e1": id("r_6"), "e2": num(3.0)},
                "body": [{"kind": "set", "name": id("r_6"), "named": {"kind": "binop", "op": "+", "e1": id("r_6"), "e2": num(1.0)}}]}]}),
            let_("a_9", json!({"kind": "array", "exps": [id("r_6")]})),
            let_("t_10", json!({"kind": "methodCall", "e": id("a_9"), "method": "pop", "methodCallArgs": []})),
            send(id("r_6")),
            json!({"kind": "unknown"}),
        ]
    }

    #[test]
    fn a_conforming_trace_has_no_violations() {
        let trace = root(
            vec![let_("n_0", num(2.0))],
            json!({"$fn": {"kind": "string", "value": "F1"}, "n": id("n_0")}),
            good_body(),
        );
        assert_eq!(check(trace), Vec::<String>::new());
    }

    fn good_with(body: Vec<Value>) -> Vec<String> {
        check(root(vec![], json!({"$fn": {"kind": "string", "value": "F1"}}), body))
    }

    #[test]
    fn rule_1_statements_and_expressions() {
        assert_eq!(check(num(1.0)), ["rule 1: (root): the root must be a `block`, not `number`"]);
        let call = json!({"kind": "methodCall", "e": id("req_4"), "method": "pop", "methodCallArgs": []});
        assert_eq!(
            good_with(vec![call]),
            ["rule 1: body[1].named.body[0].body[0]: `methodCall` stands where a statement is expected (bind it: `let t = methodCall ...`)"]
        );
        let if_in_let = let_("x_5", json!({"kind": "if", "cond": num(1.0), "truePart": [], "falsePart": []}));
        assert_eq!(
            good_with(vec![if_in_let]),
            ["rule 1: body[1].named.body[0].body[0].named: `if` stands where an expression is expected"]
        );
    }

    #[test]
    fn rule_2_inlined_calls_are_blocks() {
        let call = let_(
            "r_5",
            json!({"kind": "label", "name": "'ret_6", "body": [{"kind": "break", "name": "'ret_6", "value": num(1.0)}]}),
        );
        assert_eq!(
            good_with(vec![call]),
            ["rule 2: body[1].named.body[0].body[0].named: a `label` stands where an expression is expected (`block [label ...]`)"]
        );
    }

    #[test]
    fn rule_3_a_normal_operands() {
        let amount = get(get(id("req_4"), "body"), "amount");
        assert_eq!(
            good_with(vec![send(amount)]),
            ["rule 3: body[1].named.body[0].body[0].eventArgs[0]: `get` here must be bound to a `let` temporary first"]
        );
        // Under a binop in a `set`, but not in a `let` or a condition.
        let neg = json!({"kind": "op1", "op": "-", "e": id("req_4")});
        let sum = json!({"kind": "binop", "op": "+", "e1": num(1.0), "e2": neg});
        assert_eq!(
            good_with(vec![
                let_("x_5", sum.clone()),
                json!({"kind": "if", "cond": sum.clone(), "truePart": [], "falsePart": []}),
                json!({"kind": "set", "name": id("x_5"), "named": sum}),
            ]),
            ["rule 3: body[1].named.body[0].body[2].named.e2: `op1` here must be bound to a `let` temporary first"]
        );
    }

    #[test]
    fn rule_4_names() {
        let loop_ = json!({"kind": "label", "name": "loop_5", "body": [{"kind": "break", "name": "loop_5", "value": {"kind": "undefined"}}]});
        assert_eq!(
            good_with(vec![let_("$r5_6", num(1.0)), loop_]),
            [
                "rule 4: body[1].named.body[0].body[0]: `$r5_6` is not a Rust identifier",
                "rule 4: body[1].named.body[0].body[1]: label name `loop_5` is not `'` and a Rust identifier",
                "rule 4: body[1].named.body[0].body[1].body[0]: label name `loop_5` is not `'` and a Rust identifier",
            ]
        );
    }

    #[test]
    fn rule_5_callbacks() {
        // The tracer's old shape: a callback among other statements, its clos inline, one parameter.
        let trace = json!({"kind": "block", "body": [let_("x_1", num(1.0)), {"kind": "callback", "event": "listen",
            "eventArg": {"kind": "undefined"}, "callbackArgs": ["req_2"],
            "clos": {"kind": "clos", "tenv": {"$fn": {"kind": "string", "value": "F1"}}}, "body": []}]});
        assert_eq!(
            check(trace),
            [
                "rule 5: body[1]: a `callback` must be alone in a `block` bound by a `let`",
                "rule 5: body[1].clos: `callback.clos` is an identifier bound by `let fun_N = clos`, not `clos`",
                "rule 5: body[1].callbackArgs: `callbackArgs` lists the closure parameter, then the event's argument (1 names)",
            ]
        );
        // Bound by a `let`, but its closure is not bound just before.
        let mut body = listen(json!({"$fn": {"kind": "string", "value": "F1"}}), vec![]);
        body.reverse();
        assert_eq!(
            check(json!({"kind": "block", "body": body})),
            ["rule 5: body[0]: the callback's closure is bound by the `let` just before it"]
        );
    }

    #[test]
    fn rule_6_captured_variables_through_the_closure() {
        let trace =
            root(vec![let_("n_0", num(2.0))], json!({"$fn": {"kind": "string", "value": "F1"}}), vec![send(id("n_0"))]);
        assert_eq!(
            check(trace),
            ["rule 6: body[2].named.body[0].body[0].eventArgs[0]: `n_0` is bound outside this callback: read it with `from` on the closure"]
        );
    }

    #[test]
    fn rule_7_loops_test_their_own_condition() {
        let exit = json!({"kind": "if", "cond": {"kind": "op1", "op": "!", "e": id("req_4")},
            "truePart": [{"kind": "break", "name": "'loop_5", "value": {"kind": "undefined"}}], "falsePart": []});
        let loop_ = json!({"kind": "label", "name": "'loop_5", "body": [{"kind": "while", "cond": {"kind": "boolean", "value": true}, "body": [exit]}]});
        assert_eq!(
            good_with(vec![loop_]),
            ["rule 7: body[1].named.body[0].body[0].body[0].body[0]: the loop's exit test belongs in `while.cond`"]
        );
        // `continue outer` or `return` first in a loop body is the program's own.
        let to_outer = json!({"kind": "if", "cond": id("req_4"),
            "truePart": [{"kind": "break", "name": "'ret_9", "value": {"kind": "undefined"}}], "falsePart": []});
        let loop_ = json!({"kind": "label", "name": "'loop_5", "body": [{"kind": "while", "cond": {"kind": "boolean", "value": true}, "body": [to_outer]}]});
        let call = json!({"kind": "block", "body": [{"kind": "label", "name": "'ret_9", "body": [loop_]}]});
        assert_eq!(good_with(vec![let_("r_8", call)]), Vec::<String>::new());
        // The old `do { x } while (c)`: the test ends a `while (true)` body as `if (!c) break`.
        let set = json!({"kind": "set", "name": id("r_6"), "named": num(1.0)});
        let loop_ = json!({"kind": "label", "name": "'loop_5", "body": [{"kind": "while", "cond": {"kind": "boolean", "value": true}, "body": [set, exit]}]});
        assert_eq!(
            good_with(vec![let_("r_6", num(0.0)), loop_]),
            ["rule 7: body[1].named.body[0].body[1].body[0].body[1]: the loop's exit test belongs in `while.cond` (`while (first || c)`)"]
        );
        // A test that needs statements (`while (f(x))`): `let r = ...; if (!r) break; body`.
        let loop_ = json!({"kind": "label", "name": "'loop_5", "body": [{"kind": "while", "cond": {"kind": "boolean", "value": true}, "body": [set.clone(), exit, set]}]});
        assert_eq!(
            good_with(vec![let_("r_6", num(0.0)), loop_]),
            ["rule 7: body[1].named.body[0].body[1].body[0].body[1]: the loop's exit test belongs in `while.cond` (a flag set after the test's statements)"]
        );
    }

    #[test]
    fn names() {
        assert!(is_rust_identifier("r5_9") && is_rust_identifier("_x") && is_rust_identifier("Math"));
        assert!(
            !is_rust_identifier("$r5")
                && !is_rust_identifier("9a")
                && !is_rust_identifier("")
                && !is_rust_identifier("café")
        );
        assert!(is_label_name("'ret_5") && !is_label_name("ret_5") && !is_label_name("'") && !is_label_name("'a-b"));
    }
}
