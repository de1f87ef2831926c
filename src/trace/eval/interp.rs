//! Runs trace nodes (DESIGN.md §4): one flat environment, labels and breaks,
//! the `listen` handler, queued outgoing-call callbacks and `send`.

use std::borrow::Cow;
use std::collections::{HashMap, VecDeque};
use std::hash::{BuildHasherDefault, Hasher};

use super::request::Request;
use super::value::{Heap, JsStr, Key, PropMap, Value};
use super::{Limits, Response};
use std::time::Instant;

/// The names a `methodCall` receiver may be without being bound: the
/// builtin namespaces (`globalThis` holds the global functions, DESIGN.md §4).
const PREDEFINED: [&str; 6] = ["Math", "JSON", "Object", "Array", "Number", "globalThis"];

/// Steps between two looks at the evaluation deadline.
pub(crate) const DEADLINE_EVERY: u64 = 4096;
use crate::trace::ir::{BinOp, Node, Op1};
use crate::trace::number::array_index;

/// Why evaluation left the normal flow.
pub(crate) enum Stop<'a> {
    /// `break name value`, on its way to the label `name`.
    Break(&'a str, Value<'a>),
    /// The trace does not say what Node would do here.
    Unknown(Cow<'static, str>),
    /// `throw value`, on its way to the nearest `try` (eval/exceptions.rs).
    Throw(Value<'a>),
    /// An error Node surely throws here (a property of `undefined`, ...),
    /// whose error object is not modelled: only a handler that never reads
    /// it takes it (eval/exceptions.rs); anywhere else it is `unknown`.
    Raised(Cow<'static, str>),
}

pub(crate) type R<'a, T = Value<'a>> = Result<T, Stop<'a>>;

pub(crate) fn unknown<'a, T>(why: impl Into<Cow<'static, str>>) -> R<'a, T> {
    Err(Stop::Unknown(why.into()))
}

/// A fast hash for the environment's short trace names.
#[derive(Default)]
pub(crate) struct NameHasher(u64);

impl Hasher for NameHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type Env<'a> = HashMap<&'a str, Value<'a>, BuildHasherDefault<NameHasher>>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Running the program's top level: `listen` may be called, `send` not.
    TopLevel,
    /// Running callbacks of the top level's outgoing calls: too late for
    /// `listen` (the runtime exits), too early for `send`.
    TopLevelCallbacks,
    /// Handling the request.
    Request,
}

/// A registered callback: its parameter names and body, and the closure
/// its first parameter receives (docs/SPEC.md §5 rule 5: `callbackArgs` is
/// `[clos_N, arg]`; a trace with one parameter gives it the event's value).
#[derive(Clone)]
struct Callback<'a> {
    params: &'a [String],
    body: &'a [Node],
    closure: Option<Value<'a>>,
}

/// An outgoing call whose callback waits in the queue.
struct Pending<'a> {
    call: Outgoing,
    callback: Callback<'a>,
}

/// An outgoing HTTP call, fixed when it was made (the body is serialized
/// then, as the runtime does).
pub(crate) struct Outgoing {
    pub(crate) method: &'static str,
    pub(crate) url: String,
    pub(crate) body: Option<String>,
}

/// A container being walked by `join` or `JSON.stringify`, to catch cycles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Visit {
    Arr(u32),
    Obj(u32),
}

pub(crate) struct Interp<'a> {
    pub(crate) heap: Heap<'a>,
    pub(crate) env: Env<'a>,
    pub(crate) limits: Limits,
    steps: u64,
    depth: usize,
    phase: Phase,
    handler: Option<Callback<'a>>,
    queue: VecDeque<Pending<'a>>,
    response: Option<Response>,
    pub(crate) visiting: Vec<Visit>,
    /// Function values created so far: each gets its own identity.
    closures: u32,
    /// Closures the instance made before its first request (its top level
    /// and their callbacks), and before the current request began.
    instance_closures: u32,
    request_closures: u32,
}

impl<'a> Interp<'a> {
    pub(crate) fn new(limits: Limits) -> Interp<'a> {
        Interp {
            heap: Heap::default(),
            env: Env::default(),
            limits,
            steps: 0,
            depth: 0,
            phase: Phase::TopLevel,
            handler: None,
            queue: VecDeque::new(),
            response: None,
            visiting: Vec::new(),
            closures: 0,
            instance_closures: u32::MAX,
            request_closures: 0,
        }
    }

    pub(crate) fn steps(&self) -> u64 {
        self.steps
    }

    /// Evaluates a request: the top level, its callbacks, the handler with
    /// the request, then the handler's callbacks until none is left.
    pub(crate) fn run(&mut self, root: &'a Node, request: &Request) -> R<'a, Response> {
        self.start(root)?;
        self.serve(request)
    }

    /// The top level and its callbacks: an instance ready for requests.
    pub(crate) fn start(&mut self, root: &'a Node) -> R<'a, ()> {
        let top = match root {
            Node::Block { body } => self.eval_block(body),
            other => self.eval(other),
        };
        contain_breaks(top)?;
        self.phase = Phase::TopLevelCallbacks;
        let drained = self.drain_queue();
        self.instance_closures = self.closures;
        drained
    }

    /// One request to the started instance, in the state earlier requests
    /// left (a session's next request).
    pub(crate) fn serve(&mut self, request: &Request) -> R<'a, Response> {
        let Some(handler) = self.handler.clone() else {
            return unknown("the program never calls listen");
        };
        self.phase = Phase::Request;
        self.response = None;
        self.request_closures = self.closures;
        let req = self.request_value(request)?;
        self.bind_params(&handler, req);
        contain_breaks(self.eval_block(handler.body))?;
        self.drain_queue()?;
        Ok(self.response.take().unwrap_or_else(Response::no_response))
    }

    /// Binds a callback's parameters: its closure (when it has a parameter
    /// for it), then the event's value; any further ones are `undefined`.
    fn bind_params(&mut self, callback: &Callback<'a>, value: Value<'a>) {
        let mut args = callback.closure.iter().cloned().chain(std::iter::once(value));
        for name in callback.params {
            self.env.insert(name, args.next().unwrap_or(Value::Undefined));
        }
    }

    fn drain_queue(&mut self) -> R<'a, ()> {
        while let Some(pending) = self.queue.pop_front() {
            let value = self.complete(&pending.call)?;
            self.bind_params(&pending.callback, value);
            contain_breaks(self.eval_block(pending.callback.body))?;
        }
        Ok(())
    }

    pub(crate) fn tick(&mut self) -> R<'a, ()> {
        self.charge_steps(1)
    }

    /// Accounts for builtin work proportional to `size` (elements or bytes).
    pub(crate) fn charge(&mut self, size: usize) -> R<'a, ()> {
        self.charge_steps(1 + (size as u64) / 16)
    }

    fn charge_steps(&mut self, steps: u64) -> R<'a, ()> {
        let before = self.steps;
        self.steps += steps;
        if self.steps > self.limits.max_steps {
            return unknown("step budget exhausted");
        }
        // Reading the clock every step would cost more than the step.
        if before / DEADLINE_EVERY != self.steps / DEADLINE_EVERY && self.past_deadline() {
            return unknown("evaluation deadline passed");
        }
        Ok(())
    }

    fn past_deadline(&self) -> bool {
        self.limits.deadline.is_some_and(|at| Instant::now() >= at)
    }

    pub(crate) fn new_array(&mut self, items: Vec<Value<'a>>) -> R<'a> {
        self.charge(items.len())?;
        self.check_heap()?;
        Ok(Value::Arr(self.heap.new_array(items)))
    }

    pub(crate) fn new_object(&mut self, props: PropMap<'a>) -> R<'a> {
        self.charge(props.len())?;
        self.check_heap()?;
        Ok(Value::Obj(self.heap.new_object(props)))
    }

    fn check_heap(&self) -> R<'a, ()> {
        if self.heap.containers() >= self.limits.max_containers {
            return unknown("too many objects allocated");
        }
        Ok(())
    }

    pub(crate) fn eval_block(&mut self, nodes: &'a [Node]) -> R<'a> {
        let mut last = Value::Undefined;
        for node in nodes {
            last = self.eval(node)?;
        }
        Ok(last)
    }

    pub(crate) fn eval(&mut self, node: &'a Node) -> R<'a> {
        self.tick()?;
        if self.depth >= self.limits.max_depth {
            return unknown("trace nested too deeply");
        }
        self.depth += 1;
        let result = self.eval_kind(node);
        self.depth -= 1;
        result
    }

    fn eval_kind(&mut self, node: &'a Node) -> R<'a> {
        match node {
            Node::Unknown => unknown("reached an unexplored path"),
            Node::Number { value } => Ok(Value::Num(*value)),
            Node::Boolean { value } => Ok(Value::Bool(*value)),
            Node::String { value } => Ok(Value::str(value)),
            Node::Undefined => Ok(Value::Undefined),
            Node::Null => Ok(Value::Null),
            Node::Identifier { name } => self.lookup(name),
            Node::From { exp, field } => self.eval_from(exp, field),
            Node::Get { exp, field } => {
                let target = self.eval(exp)?;
                self.get_property(&target, Key::of_name(field))
            }
            Node::Index { exp, index } => {
                let target = self.eval(exp)?;
                let key = self.eval(index)?;
                let key = self.to_property_key(&key)?;
                self.get_property(&target, key.as_key())
            }
            Node::Binop { op, e1, e2 } => self.eval_binop(*op, e1, e2),
            Node::Op1 { op, e } => self.eval_op1(*op, e),
            Node::If { cond, true_part, false_part } => {
                if self.eval(cond)?.truthy() {
                    self.eval_block(true_part)
                } else {
                    self.eval_block(false_part)
                }
            }
            Node::While { cond, body } => {
                while self.eval(cond)?.truthy() {
                    self.eval_block(body)?;
                }
                Ok(Value::Undefined)
            }
            Node::Let { name, named } => {
                let value = self.eval(named)?;
                self.env.insert(name, value);
                Ok(Value::Undefined)
            }
            Node::Set { name, named } => self.assign(name, named),
            Node::Block { body } => self.eval_block(body),
            Node::Callback { event, event_arg, callback_args, clos, body } => {
                // `[clos_N, arg]`: the closure is the callback's `clos`,
                // evaluated where it is registered.
                let closure = match callback_args.len() {
                    2.. => Some(self.eval(clos)?),
                    _ => None,
                };
                self.register(event, event_arg, Callback { params: callback_args, body, closure })
            }
            Node::PrimApp { event, event_args } => self.prim_app(event, event_args),
            Node::Label { name, body } => match self.eval_block(body) {
                Err(Stop::Break(target, value)) if target == name => Ok(value),
                other => other,
            },
            Node::Break { name, value } => {
                let value = self.eval(value)?;
                Err(Stop::Break(name, value))
            }
            Node::Object { properties } => {
                let mut props = PropMap::default();
                for (key, node) in properties.iter() {
                    if key == "__proto__" {
                        return unknown("`__proto__` in an object literal sets the prototype");
                    }
                    let value = self.eval(node)?;
                    props.set(Key::of_name(key), value);
                }
                self.new_object(props)
            }
            Node::Clos { tenv } => {
                self.closures += 1;
                Ok(Value::Clos(tenv, self.closures))
            }
            Node::Array { exps } => {
                let mut items = Vec::with_capacity(exps.len());
                for node in exps {
                    items.push(self.eval(node)?);
                }
                self.new_array(items)
            }
            Node::MethodCall { e, method, method_call_args } => self.eval_method_call(e, method, method_call_args),
            Node::Try { body, param, handler, finalizer } => {
                self.eval_try(body, param.as_deref(), handler.as_deref(), finalizer.as_deref())
            }
            Node::Throw { value } => Err(Stop::Throw(self.eval(value)?)),
        }
    }

    fn lookup(&mut self, name: &'a str) -> R<'a> {
        if let Some(value) = self.env.get(name) {
            return Ok(value.clone());
        }
        // Read-only globals; a program's own variable of that name would
        // carry a suffix in the trace.
        match name {
            "undefined" => Ok(Value::Undefined),
            "NaN" => Ok(Value::Num(f64::NAN)),
            "Infinity" => Ok(Value::Num(f64::INFINITY)),
            _ => unknown(format!("`{name}` is not bound")),
        }
    }

    /// The node a closure captured as `field`.
    fn captured(&mut self, exp: &'a Node, field: &str) -> R<'a, &'a Node> {
        match self.eval(exp)? {
            Value::Clos(tenv, _) => match tenv.get(field) {
                Some(node) => Ok(node),
                None => unknown(format!("the closure captures no `{field}`")),
            },
            _ => unknown("`from` on a value that is not a closure"),
        }
    }

    fn eval_from(&mut self, exp: &'a Node, field: &str) -> R<'a> {
        let node = self.captured(exp, field)?;
        self.eval(node)
    }

    fn assign(&mut self, target: &'a Node, named: &'a Node) -> R<'a> {
        match target {
            Node::Identifier { name } => {
                let value = self.eval(named)?;
                match self.env.get_mut(name.as_str()) {
                    Some(slot) => {
                        *slot = value.clone();
                        Ok(value)
                    }
                    None => unknown(format!("assignment to `{name}`, which is not bound")),
                }
            }
            Node::Index { exp, index } => {
                let object = self.eval(exp)?;
                let key = self.eval(index)?;
                let value = self.eval(named)?;
                let key = self.to_property_key(&key)?;
                self.set_property(&object, key.as_key(), value.clone())?;
                Ok(value)
            }
            Node::Get { exp, field } => {
                let object = self.eval(exp)?;
                let value = self.eval(named)?;
                self.set_property(&object, Key::of_name(field), value.clone())?;
                Ok(value)
            }
            Node::From { exp, field } => {
                let inner = self.captured(exp, field)?;
                self.assign(inner, named)
            }
            _ => unknown(format!("cannot assign to a `{}` node", target.kind())),
        }
    }

    fn eval_binop(&mut self, op: BinOp, e1: &'a Node, e2: &'a Node) -> R<'a> {
        if let Some(result) = self.eval_guard(op, e1, e2)? {
            return Ok(result);
        }
        let left = self.eval(e1)?;
        match op {
            BinOp::And if !left.truthy() => return Ok(left),
            BinOp::Or if left.truthy() => return Ok(left),
            BinOp::And | BinOp::Or => return self.eval(e2),
            _ => {}
        }
        let right = self.eval(e2)?;
        self.binary(op, &left, &right)
    }

    /// A call guard `callee === clos {...}` asks which function the callee
    /// is and where it was made, not whether it is one particular function
    /// object: the tracer only writes a `clos` node as an operand of `===`
    /// for a guard (the compiler binds a function expression compared by
    /// the program to a temporary first), and only for closures made once
    /// per request or instance at that environment.
    fn eval_guard(&mut self, op: BinOp, e1: &'a Node, e2: &'a Node) -> R<'a, Option<Value<'a>>> {
        let negate = match op {
            BinOp::StrictEq => false,
            BinOp::StrictNe => true,
            _ => return Ok(None),
        };
        let Node::Clos { tenv: expected } = e2 else { return Ok(None) };
        let same = match self.eval(e1)? {
            Value::Clos(tenv, id) => {
                (std::ptr::eq(tenv, expected) || tenv.same_entries(expected)) && self.made_by_this_run(id)
            }
            _ => false,
        };
        Ok(Some(Value::Bool(same != negate)))
    }

    /// Was closure `id` made by the instance's start or by the current
    /// request? One an earlier request of a session made (and left in the
    /// state) has the same `$fn` and `$env` as the current request's, but
    /// captured that request's bindings, which the flat environment no
    /// longer holds: the guard must not take it for the one traced.
    fn made_by_this_run(&self, id: u32) -> bool {
        id <= self.instance_closures || id > self.request_closures
    }

    fn eval_op1(&mut self, op: Op1, e: &'a Node) -> R<'a> {
        let value = self.eval(e)?;
        Ok(match op {
            Op1::Typeof => Value::str(value.type_of()),
            Op1::Void => Value::Undefined,
            Op1::Neg => Value::Num(-self.to_number(&value)?),
            Op1::Plus => Value::Num(self.to_number(&value)?),
            Op1::Not => Value::Bool(!value.truthy()),
            Op1::BitNot => Value::Num(!super::bits::to_int32(self.to_number(&value)?) as f64),
            // The evaluator's arrays are plain ones, iterated by the real iterator.
            Op1::IsArray => Value::Bool(matches!(value, Value::Arr(_))),
        })
    }

    fn eval_method_call(&mut self, e: &'a Node, method: &'a str, arg_nodes: &'a [Node]) -> R<'a> {
        let namespace = match e {
            Node::Identifier { name }
                if PREDEFINED.contains(&name.as_str()) && !self.env.contains_key(name.as_str()) =>
            {
                Some(name.as_str())
            }
            _ => None,
        };
        let receiver = match namespace {
            Some(_) => Value::Undefined,
            None => self.eval(e)?,
        };
        let mut args = Vec::with_capacity(arg_nodes.len());
        for node in arg_nodes {
            args.push(self.eval(node)?);
        }
        if namespace.is_some() {
            self.guard_holes(None, method, &args)?;
        }
        match namespace {
            Some("Math") => self.call_math(method, &args),
            Some("JSON") => self.call_json(method, &args),
            Some(namespace) => self.call_global(namespace, method, &args),
            None => {
                self.guard_holes(Some(&receiver), method, &args)?;
                let result = self.call_method(&receiver, method, args);
                if let (Value::Arr(id), "pop") = (&receiver, method) {
                    self.after_pop(*id);
                }
                result
            }
        }
    }

    // -- properties -----------------------------------------------------

    pub(crate) fn get_property(&mut self, target: &Value<'a>, key: Key) -> R<'a> {
        use super::protos::{is_inherited, Proto};
        let missing = |proto: Proto| match key.name() {
            Some(name) if is_inherited(proto, name) => unknown(format!("`{name}` would be found on a prototype")),
            _ => Ok(Value::Undefined),
        };
        match target {
            Value::Undefined | Value::Null => {
                Err(Stop::Raised("reading a property of undefined or null throws a TypeError".into()))
            }
            Value::Bool(_) => missing(Proto::Boolean),
            Value::Num(_) => missing(Proto::Number),
            Value::Clos(..) => unknown("reading a property of a function"),
            Value::Err(error) => self.error_property(error, key),
            Value::Str(s) => match key {
                Key::Index(i) if (i as usize) < s.units() => match self.unit_at(s, i as usize)? {
                    Some(unit) => Ok(Value::Str(unit)),
                    None => unknown("indexing half of a surrogate pair"),
                },
                Key::Name("length") => Ok(Value::Num(s.units() as f64)),
                _ => missing(Proto::String),
            },
            Value::Arr(id) => match key {
                Key::Index(i) => Ok(self.heap.array(*id).get(i as usize).cloned().unwrap_or(Value::Undefined)),
                Key::Name("length") => Ok(Value::Num(self.heap.array(*id).len() as f64)),
                _ => missing(Proto::Array),
            },
            Value::Obj(id) => match self.heap.object(*id).get(key) {
                Some(value) => Ok(value.clone()),
                None => missing(Proto::Object),
            },
        }
    }

    /// `s[i]`; finding unit `i` in non-ASCII text is a scan, charged as such.
    fn unit_at(&mut self, s: &JsStr, i: usize) -> R<'a, Option<JsStr>> {
        if !s.is_ascii() {
            self.charge(s.as_str().len())?;
        }
        Ok(super::strings::unit_string(s, i))
    }

    fn set_property(&mut self, target: &Value<'a>, key: Key, value: Value<'a>) -> R<'a, ()> {
        match target {
            Value::Obj(id) => {
                if key.name() == Some("__proto__") {
                    // Object.prototype's `__proto__` setter ignores a
                    // primitive; an object or null becomes the prototype.
                    return match value {
                        Value::Null | Value::Arr(_) | Value::Obj(_) | Value::Clos(..) | Value::Err(_) => {
                            unknown("assigning `__proto__` sets the prototype")
                        }
                        _ => Ok(()),
                    };
                }
                self.heap.object_mut(*id).set(key, value);
                Ok(())
            }
            Value::Arr(id) => match key {
                Key::Index(i) => self.write_element(*id, i, value),
                Key::Name("length") => self.write_length(*id, &value),
                // "-1", "01", "1.5", "foo": an own property the evaluator's arrays cannot hold.
                Key::Name(name) => unknown(format!("writing `{name}` of an array")),
            },
            _ => unknown("writing a property of a primitive or a function"),
        }
    }

    // -- callbacks and responses ------------------------------------------

    fn register(&mut self, event: &str, event_arg: &'a Node, callback: Callback<'a>) -> R<'a> {
        let arg = self.eval(event_arg)?;
        match event {
            "listen" => {
                if self.phase != Phase::TopLevel {
                    return unknown("listen called after the program's first turn");
                }
                if self.handler.is_some() {
                    return unknown("listen called more than once");
                }
                self.handler = Some(callback);
            }
            "get" | "delete" => {
                let Value::Str(url) = arg else {
                    return unknown(format!("{event} with a URL that is not a string"));
                };
                let method = if event == "get" { "GET" } else { "DELETE" };
                let call = Outgoing { method, url: url.as_str().to_owned(), body: None };
                self.queue.push_back(Pending { call, callback });
            }
            "post" | "put" => {
                let Value::Obj(_) = arg else {
                    return unknown(format!("{event} with an argument that is not an object"));
                };
                let Value::Str(url) = self.get_property(&arg, Key::Name("url"))? else {
                    return unknown(format!("{event} without a string `url`"));
                };
                let body = self.get_property(&arg, Key::Name("body"))?;
                let Some(body) = self.stringify(&body)? else {
                    return unknown(format!("{event} with a body JSON cannot encode"));
                };
                let method = if event == "post" { "POST" } else { "PUT" };
                let call = Outgoing { method, url: url.as_str().to_owned(), body: Some(body) };
                self.queue.push_back(Pending { call, callback });
            }
            other => return unknown(format!("callback for unsupported event `{other}`")),
        }
        Ok(Value::Undefined)
    }

    fn prim_app(&mut self, event: &str, arg_nodes: &'a [Node]) -> R<'a> {
        let mut args = Vec::with_capacity(arg_nodes.len());
        for node in arg_nodes {
            args.push(self.eval(node)?);
        }
        if event != "send" {
            return unknown(format!("unsupported primitive `{event}`"));
        }
        if self.phase != Phase::Request {
            return unknown("respond called outside a request");
        }
        if self.response.is_none() {
            let value = args.into_iter().next().unwrap_or(Value::Undefined);
            self.response = Some(self.encode_response(&value)?);
        }
        Ok(Value::Undefined)
    }

    /// What `respond(value)` sends (DESIGN.md §3).
    fn encode_response(&mut self, value: &Value<'a>) -> R<'a, Response> {
        let (content_type, body) = match value {
            Value::Str(s) => (Some(super::TEXT_PLAIN), s.as_str().to_owned()),
            other => match self.stringify(other)? {
                Some(json) => (Some(super::APPLICATION_JSON), json),
                None => (None, String::new()),
            },
        };
        Ok(Response { status: 200, content_type: content_type.map(str::to_owned), body })
    }

    /// The value an outgoing call's callback receives.
    fn complete(&mut self, call: &Outgoing) -> R<'a> {
        let text = match call.url.strip_prefix("data:") {
            Some(text) => text.to_owned(),
            None => match super::http::fetch(call, self.limits.http_timeout, self.limits.deadline) {
                Ok(Some(text)) => text,
                Ok(None) => return Ok(Value::Undefined),
                Err(why) => return unknown(why),
            },
        };
        self.charge(text.len())?;
        self.parse_json_or_text(text)
    }

    pub(crate) fn request_value(&mut self, request: &Request) -> R<'a> {
        let query = self.string_map(&request.query)?;
        let body = self.json_to_value(&request.body)?;
        let headers = self.string_map(&request.headers)?;
        let mut props = PropMap::default();
        props.set(Key::Name("method"), Value::str(&request.method));
        props.set(Key::Name("path"), Value::str(&request.path));
        props.set(Key::Name("query"), query);
        props.set(Key::Name("body"), body);
        props.set(Key::Name("headers"), headers);
        self.new_object(props)
    }

    fn string_map(&mut self, pairs: &[(String, String)]) -> R<'a> {
        let mut props = PropMap::default();
        for (k, v) in pairs {
            if k == "__proto__" {
                return unknown("a `__proto__` key in the request");
            }
            props.set(Key::of_name(k), Value::Str(JsStr::new(v)));
        }
        self.new_object(props)
    }
}

/// A `break` that leaves a callback body or the top level has no label.
fn contain_breaks(result: R<'_>) -> R<'_, ()> {
    match result {
        Ok(_) => Ok(()),
        Err(Stop::Break(name, _)) => unknown(format!("break {name} outside its label")),
        Err(Stop::Throw(_)) => unknown(super::exceptions::UNCAUGHT),
        Err(Stop::Raised(why)) => Err(Stop::Unknown(why)),
        Err(stop) => Err(stop),
    }
}

/// A property key after ToPropertyKey.
pub(crate) enum OwnedKey {
    Index(u32),
    Name(JsStr),
}

impl OwnedKey {
    pub(crate) fn as_key(&self) -> Key<'_> {
        match self {
            OwnedKey::Index(i) => Key::Index(*i),
            OwnedKey::Name(s) => Key::Name(s.as_str()),
        }
    }

    pub(crate) fn of_str(s: JsStr) -> OwnedKey {
        match array_index(s.as_str()) {
            Some(i) => OwnedKey::Index(i),
            None => OwnedKey::Name(s),
        }
    }
}
