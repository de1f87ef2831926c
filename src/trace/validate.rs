//! Checks the structural rules of a trace beyond what its types enforce
//! (docs/SPEC.md §5, DESIGN.md §4), reporting every problem with its location.

use std::collections::HashMap;

use super::ir::{self, Node, Path, Problem};

mod conformance;
pub use conformance::{conformance, Rule, Violation};

/// Events a `callback` node may register.
const CALLBACK_EVENTS: [&str; 5] = ["listen", "get", "post", "put", "delete"];
/// Events a `primApp` node may perform.
const PRIM_EVENTS: [&str; 1] = ["send"];

/// Validates a parsed trace:
/// - the root is a `block`;
/// - `set.name` is an `identifier`, `index` or `from` node;
/// - `unknown` is only ever last in a block;
/// - names bound by `let` (and callback parameters) are unique across the
///   trace, except names starting with `$`;
/// - every `break` names an enclosing `label` (a callback body starts afresh:
///   it runs later, outside the labels around its registration);
/// - `listen` is registered by the top level, not from inside a callback;
/// - events are known, `callback.clos` is a `clos` or the `identifier` a
///   `let` binds it to (docs/SPEC.md §5 rule 5), and every `clos` has a `$fn` string.
pub fn validate(root: &Node) -> Result<(), Vec<Problem>> {
    let problems = super::on_big_stack(|| {
        let mut checker = Checker::default();
        if !matches!(root, Node::Block { .. }) {
            checker.report(&Path::Root, format!("the root must be a `block`, not `{}`", root.kind()));
        }
        checker.node(root, &Path::Root);
        checker.problems
    });
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// Reads and validates trace JSON. Besides `validate`'s rules, fields the
/// IR does not have are reported. Returns the trace when it is valid.
pub fn validate_json(bytes: &[u8]) -> Result<Node, Vec<Problem>> {
    let read = ir::read_trace(bytes).map_err(|p| vec![p])?;
    let mut problems = read.ignored_fields;
    if let Err(more) = validate(&read.root) {
        problems.extend(more);
    }
    if problems.is_empty() {
        Ok(read.root)
    } else {
        Err(problems)
    }
}

#[derive(Default)]
struct Checker<'t> {
    problems: Vec<Problem>,
    /// Bound name → where it was first bound.
    bound: HashMap<&'t str, String>,
    /// Labels enclosing the current node, innermost last.
    labels: Vec<&'t str>,
    /// How many callback bodies enclose the current node.
    callback_depth: usize,
}

impl<'t> Checker<'t> {
    fn report(&mut self, path: &Path, message: impl Into<String>) {
        self.problems.push(Problem { path: path.render(), message: message.into() });
    }

    fn bind(&mut self, name: &'t str, path: &Path) {
        if name.starts_with('$') {
            return;
        }
        let here = path.render();
        if let Some(first) = self.bound.get(name) {
            let first = if first.is_empty() { "(root)".to_owned() } else { first.clone() };
            self.report(path, format!("`{name}` is already bound at {first}"));
        } else {
            self.bound.insert(name, here);
        }
    }

    fn list(&mut self, nodes: &'t [Node], parent: &Path, field: &str) {
        let here = Path::Field(parent, field);
        for (i, node) in nodes.iter().enumerate() {
            let path = Path::Item(&here, i);
            if matches!(node, Node::Unknown) && i + 1 < nodes.len() {
                self.report(&path, "`unknown` must be the last node of its block");
            }
            self.node(node, &path);
        }
    }

    fn child(&mut self, node: &'t Node, parent: &Path, field: &str) {
        self.node(node, &Path::Field(parent, field));
    }

    fn node(&mut self, node: &'t Node, path: &Path) {
        match node {
            Node::Unknown
            | Node::Number { .. }
            | Node::Boolean { .. }
            | Node::String { .. }
            | Node::Undefined
            | Node::Null
            | Node::Identifier { .. } => {}
            Node::From { exp, .. } | Node::Get { exp, .. } => self.child(exp, path, "exp"),
            Node::Index { exp, index } => {
                self.child(exp, path, "exp");
                self.child(index, path, "index");
            }
            Node::Binop { e1, e2, .. } => {
                self.child(e1, path, "e1");
                self.child(e2, path, "e2");
            }
            Node::Op1 { e, .. } => self.child(e, path, "e"),
            Node::If { cond, true_part, false_part } => {
                self.child(cond, path, "cond");
                self.list(true_part, path, "truePart");
                self.list(false_part, path, "falsePart");
            }
            Node::While { cond, body } => {
                self.child(cond, path, "cond");
                self.list(body, path, "body");
            }
            Node::Let { name, named } => {
                self.bind(name, path);
                self.child(named, path, "named");
            }
            Node::Set { name, named } => {
                if !matches!(name.as_ref(), Node::Identifier { .. } | Node::Index { .. } | Node::From { .. }) {
                    let target = Path::Field(path, "name");
                    self.report(
                        &target,
                        format!("`set` assigns to an identifier, index or from, not `{}`", name.kind()),
                    );
                }
                self.child(name, path, "name");
                self.child(named, path, "named");
            }
            Node::Block { body } => self.list(body, path, "body"),
            Node::Callback { event, event_arg, callback_args, clos, body } => {
                self.callback(event, event_arg, callback_args, clos, body, path)
            }
            Node::PrimApp { event, event_args } => {
                if !PRIM_EVENTS.contains(&event.as_str()) {
                    self.report(path, format!("unknown primApp event `{event}`"));
                }
                self.list(event_args, path, "eventArgs");
            }
            Node::Label { name, body } => {
                self.labels.push(name);
                self.list(body, path, "body");
                self.labels.pop();
            }
            Node::Break { name, value } => {
                if !self.labels.contains(&name.as_str()) {
                    self.report(path, format!("`break {name}` has no enclosing label `{name}`"));
                }
                self.child(value, path, "value");
            }
            Node::Object { properties } => self.props(properties, path, "properties"),
            Node::Clos { tenv } => {
                if !matches!(tenv.get("$fn"), Some(Node::String { .. })) {
                    self.report(path, "a `clos` needs a `$fn` string in its tenv");
                }
                self.props(tenv, path, "tenv");
            }
            Node::Array { exps } => self.list(exps, path, "exps"),
            Node::MethodCall { e, method_call_args, .. } => {
                self.child(e, path, "e");
                self.list(method_call_args, path, "methodCallArgs");
            }
            Node::Try { body, param, handler, finalizer } => {
                if handler.is_none() && finalizer.is_none() {
                    self.report(path, "a `try` needs a handler or a finalizer");
                }
                if handler.is_none() && param.is_some() {
                    self.report(path, "a `try` without a handler binds no `param`");
                }
                self.list(body, path, "body");
                if let Some(name) = param {
                    self.bind(name, &Path::Field(path, "param"));
                }
                if let Some(handler) = handler {
                    self.list(handler, path, "handler");
                }
                if let Some(finalizer) = finalizer {
                    self.list(finalizer, path, "finalizer");
                }
            }
            Node::Throw { value } => self.child(value, path, "value"),
        }
    }

    fn props(&mut self, props: &'t ir::Props, parent: &Path, field: &str) {
        let here = Path::Field(parent, field);
        for (key, node) in props.iter() {
            self.node(node, &Path::Field(&here, key));
        }
    }

    fn callback(
        &mut self,
        event: &str,
        event_arg: &'t Node,
        callback_args: &'t [String],
        clos: &'t Node,
        body: &'t [Node],
        path: &Path,
    ) {
        if !CALLBACK_EVENTS.contains(&event) {
            self.report(path, format!("unknown callback event `{event}`"));
        }
        if event == "listen" && self.callback_depth > 0 {
            self.report(path, "`listen` may only be called by the top level, not from a callback");
        }
        if !matches!(clos, Node::Clos { .. } | Node::Identifier { .. }) {
            self.report(
                &Path::Field(path, "clos"),
                format!("`callback.clos` must be a `clos` or an identifier, not `{}`", clos.kind()),
            );
        }
        self.child(event_arg, path, "eventArg");
        self.child(clos, path, "clos");
        let args_path = Path::Field(path, "callbackArgs");
        for (i, name) in callback_args.iter().enumerate() {
            self.bind(name, &Path::Item(&args_path, i));
        }
        // The body runs later, outside any label around the registration.
        let outer_labels = std::mem::take(&mut self.labels);
        self.callback_depth += 1;
        self.list(body, path, "body");
        self.callback_depth -= 1;
        self.labels = outer_labels;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(json: &str) -> Vec<String> {
        match validate_json(json.as_bytes()) {
            Ok(_) => Vec::new(),
            Err(problems) => problems.iter().map(ToString::to_string).collect(),
        }
    }

    fn callback(event: &str, param: &str, body: &str) -> String {
        format!(
            r#"{{"kind":"callback","event":"{event}","eventArg":{{"kind":"undefined"}},"callbackArgs":["{param}"],"clos":{{"kind":"clos","tenv":{{"$fn":{{"kind":"string","value":"F0"}}}}}},"body":[{body}]}}"#
        )
    }

    fn listen(body: &str) -> String {
        format!(r#"{{"kind":"block","body":[{}]}}"#, callback("listen", "req_0", body))
    }

    const NUM: &str = r#"{"kind":"number","value":1}"#;

    #[test]
    fn a_good_trace_passes() {
        let trace = listen(&format!(
            r#"{{"kind":"let","name":"r_1","named":{{"kind":"label","name":"ret_1","body":[{{"kind":"break","name":"ret_1","value":{NUM}}}]}}}},{{"kind":"let","name":"$t","named":{NUM}}},{{"kind":"let","name":"$t","named":{NUM}}},{{"kind":"primApp","event":"send","eventArgs":[{{"kind":"identifier","name":"r_1"}}]}},{{"kind":"unknown"}}"#
        ));
        assert_eq!(problems(&trace), Vec::<String>::new());
    }

    #[test]
    fn root_must_be_a_block() {
        assert_eq!(problems(NUM), ["(root): the root must be a `block`, not `number`"]);
    }

    #[test]
    fn set_targets() {
        let trace = listen(&format!(
            r#"{{"kind":"set","name":{{"kind":"get","exp":{{"kind":"identifier","name":"x"}},"field":"f"}},"named":{NUM}}}"#
        ));
        assert_eq!(
            problems(&trace),
            ["body[0].body[0].name: `set` assigns to an identifier, index or from, not `get`"]
        );
    }

    #[test]
    fn unknown_only_last() {
        let trace = listen(&format!(
            r#"{{"kind":"if","cond":{NUM},"truePart":[{{"kind":"unknown"}},{NUM}],"falsePart":[{{"kind":"unknown"}}]}}"#
        ));
        assert_eq!(problems(&trace), ["body[0].body[0].truePart[0]: `unknown` must be the last node of its block"]);
    }

    #[test]
    fn let_names_are_unique() {
        let trace = listen(&format!(
            r#"{{"kind":"let","name":"x_1","named":{NUM}}},{{"kind":"while","cond":{NUM},"body":[{{"kind":"let","name":"x_1","named":{NUM}}}]}},{{"kind":"let","name":"req_0","named":{NUM}}}"#
        ));
        assert_eq!(
            problems(&trace),
            [
                "body[0].body[1].body[0]: `x_1` is already bound at body[0].body[0]",
                "body[0].body[2]: `req_0` is already bound at body[0].callbackArgs[0]",
            ]
        );
    }

    #[test]
    fn breaks_need_an_enclosing_label() {
        let get_callback = callback("get", "r_1", &format!(r#"{{"kind":"break","name":"l_1","value":{NUM}}}"#));
        let trace = listen(&format!(
            r#"{{"kind":"label","name":"l_1","body":[{get_callback},{{"kind":"break","name":"l_1","value":{NUM}}}]}},{{"kind":"break","name":"l_2","value":{NUM}}}"#
        ));
        assert_eq!(
            problems(&trace),
            [
                "body[0].body[0].body[0].body[0]: `break l_1` has no enclosing label `l_1`",
                "body[0].body[1]: `break l_2` has no enclosing label `l_2`",
            ]
        );
    }

    #[test]
    fn listen_only_from_the_top_level() {
        let nested = listen(&callback("listen", "req_9", ""));
        assert_eq!(
            problems(&nested),
            ["body[0].body[0]: `listen` may only be called by the top level, not from a callback"]
        );
        // Inside a top-level label (an inlined call) is fine.
        let inlined = format!(
            r#"{{"kind":"block","body":[{{"kind":"label","name":"ret_1","body":[{}]}}]}}"#,
            callback("listen", "req_0", "")
        );
        assert_eq!(problems(&inlined), Vec::<String>::new());
    }

    #[test]
    fn events_and_closures() {
        let trace = listen(&format!(
            r#"{{"kind":"primApp","event":"log","eventArgs":[]}},{{"kind":"clos","tenv":{{"x":{NUM}}}}},{{"kind":"callback","event":"fetch","eventArg":{NUM},"callbackArgs":[],"clos":{NUM},"body":[]}}"#
        ));
        assert_eq!(
            problems(&trace),
            [
                "body[0].body[0]: unknown primApp event `log`",
                "body[0].body[1]: a `clos` needs a `$fn` string in its tenv",
                "body[0].body[2]: unknown callback event `fetch`",
                "body[0].body[2].clos: `callback.clos` must be a `clos` or an identifier, not `number`",
            ]
        );
        // The published shape (docs/SPEC.md §5 rule 5) is valid: the lifted handler of the golden files.
        let lifted = include_bytes!("testdata/lifted.json");
        assert_eq!(validate_json(lifted).err(), None);
    }

    #[test]
    fn schema_errors_and_extra_fields_are_reported() {
        assert_eq!(problems(r#"{"kind":"block"}"#), ["(root): `block` node lacks field `body`"]);
        let extra = listen(r#"{"kind":"null","line":3}"#);
        assert_eq!(problems(&extra), ["body[0].body[0]: unexpected field `line` on a `null` node"]);
    }
}
