//! Error objects made by `Error(msg)`, `TypeError(msg)`, `RangeError(msg)`
//! (the trace writes `new Error(msg)` as the call `globalThis.Error(msg)`,
//! which ECMA-262 §20.5.1.1 makes the same). The tracer records the call
//! only while the constructors and their prototypes are the real ones
//! (tracing/errors.js), so an error here has the real prototype chain: an
//! own non-enumerable `message` (when one was given), `name` and the
//! prototype's `message` inherited, and a `stack` whose text depends on the
//! machine (reading it is `unknown`). The evaluator never changes one:
//! writing a property of an error is `unknown` (`set_property`).

use std::rc::Rc;

use super::interp::{unknown, Interp, R};
use super::protos::{is_inherited, Proto};
use super::value::{JsStr, Key, Value};

/// The constructors modelled, by their global names.
pub(crate) const ERROR_CONSTRUCTORS: [&str; 3] = ["Error", "TypeError", "RangeError"];

#[derive(Debug)]
pub(crate) struct ErrorObj {
    /// The constructor's name, which is also its prototype's `name`.
    pub(crate) name: &'static str,
    /// The own `message`, absent when the argument was `undefined`.
    pub(crate) message: Option<JsStr>,
}

impl<'a> Interp<'a> {
    /// `Error(message)` (with one argument at most: the tracer records no
    /// other call, since an `options` argument may install a `cause`).
    pub(crate) fn make_error(&mut self, constructor: &str, args: &[Value<'a>]) -> R<'a> {
        let Some(&name) = ERROR_CONSTRUCTORS.iter().find(|&&c| c == constructor) else {
            return unknown(format!("{constructor} is not a modelled constructor"));
        };
        if args.len() > 1 {
            return unknown("an Error with options");
        }
        let message = match args.first() {
            None | Some(Value::Undefined) => None,
            Some(value) => Some(self.to_js_string(value)?),
        };
        Ok(Value::Err(Rc::new(ErrorObj { name, message })))
    }

    /// `error[key]`: own `message`, then the prototypes' `name` and
    /// `message`; anything else the prototypes hold is `unknown`.
    pub(crate) fn error_property(&mut self, error: &ErrorObj, key: Key) -> R<'a> {
        match key.name() {
            Some("message") => Ok(Value::Str(error.message.clone().unwrap_or_else(|| JsStr::new("")))),
            Some("name") => Ok(Value::str(error.name)),
            Some("stack") => unknown("an error's stack depends on the machine"),
            Some("toString" | "constructor") => unknown("a method of an error's prototype read as a value"),
            Some(name) if is_inherited(Proto::Object, name) => {
                unknown(format!("`{name}` would be found on a prototype"))
            }
            _ => Ok(Value::Undefined),
        }
    }

    /// `Error.prototype.toString` (ECMA-262 §20.5.3.4) with the prototype's
    /// own `name`: `"Error: msg"`, or the name alone for an empty message.
    pub(crate) fn error_to_string(&mut self, error: &ErrorObj) -> JsStr {
        match &error.message {
            Some(message) if !message.is_empty() => JsStr::from_string(format!("{}: {}", error.name, message.as_str())),
            _ => JsStr::new(error.name),
        }
    }
}

/// `key in error`: the own `message` and `stack`, the prototypes' `name`,
/// `message`, `toString` and `constructor`, then `Object.prototype`'s.
pub(crate) fn error_has(name: Option<&str>) -> Option<bool> {
    match name {
        Some("message" | "name" | "stack" | "toString" | "constructor") => Some(true),
        // Integer keys: an error has none.
        None => Some(false),
        Some(_) => None,
    }
}
