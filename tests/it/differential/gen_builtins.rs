//! Builtin calls for the generator (#15 builtins): the global conversion
//! functions, `Object`/`Array` statics, string methods and `Math`, written
//! so that they never throw on the values programs hold and so that the
//! evaluator models every result (ASCII text, exact powers), since a
//! classic program must have its training requests answered.

use super::{Gen, STRINGS};

const CALLBACK_BODIES: &[&str] = &["x + i", "'' + x + i", "typeof x", "x === i", "x * 2", "!x"];
const CALLBACK_TESTS: &[&str] = &["x > 1", "x === i", "typeof x === 'string'", "!x", "x == 2"];
/// Comparator results over any values: consistent, inconsistent across
/// types, NaN, strings, booleans, constants, or depending on the call
/// count (`LOG` is the list of calls so far).
const COMPARATORS: &[&str] = &[
    "x < y ? -1 : x > y ? 1 : 0",
    "+x - +y",
    "'' + x < '' + y ? 1 : -1",
    "x == y ? 0 : typeof x < typeof y ? -1 : 1",
    "(x ? 1 : 0) - (y ? 1 : 0)",
    "x === y",
    "-1",
    "'1'",
    "NaN",
    "x > y",
    "''",
    "LOG.length % 3 - 1",
];
const REPLACEMENTS: &[&str] = &["-", "", "[$&]", "$`|$'", "$$", "$1", "$<x>"];

impl Gen<'_> {
    pub(super) fn builtin(&mut self, d: u32) -> String {
        match self.rng.below(5) {
            0 => self.global_call(d),
            1 => self.string_method(d),
            2 => self.math_call(d),
            3 => self.object_call(d),
            // A closure made in a loop body is never inlined through a guard.
            _ if self.in_loop => self.object_call(d),
            _ => self.array_callback(d),
        }
    }

    /// An array method with an arrow callback, over a literal array.
    fn array_callback(&mut self, d: u32) -> String {
        let items: Vec<String> = (0..self.rng.below(4)).map(|_| self.expr(d)).collect();
        let list = format!("[{}]", items.join(", "));
        let body = *self.rng.pick(CALLBACK_BODIES);
        let test = *self.rng.pick(CALLBACK_TESTS);
        match self.rng.below(11) {
            0 => format!("JSON.stringify({list}.map((x, i) => {body}))"),
            1 => format!("JSON.stringify({list}.filter((x, i) => {test}))"),
            2 => format!("{list}.some((x, i) => {test})"),
            3 => format!("{list}.every((x, i) => {test})"),
            4 => format!("JSON.stringify([{list}.find((x, i) => {test})])"),
            5 => format!("{list}.findIndex((x, i) => {test})"),
            6 => format!("{list}.reduce((acc, x, i) => acc + {body}, {})", self.literal()),
            7 if !items.is_empty() => format!("{list}.reduce((acc, x) => acc + '|' + x)"),
            9 | 10 => self.sort_call(list),
            _ => {
                let v = self.fresh();
                format!(
                    "(() => {{ let {v} = 0; {list}.forEach((x) => {{ {v} = {v} + (x ? 1 : 2); }}); return {v}; }})()"
                )
            }
        }
    }

    /// `sort`/`toSorted` (#15) of a literal array or of the request's own
    /// array, by default or with a comparator that logs its calls (their
    /// order is V8's), is often inconsistent across types, or counts.
    fn sort_call(&mut self, list: String) -> String {
        let list = if self.rng.chance(30) { "(Array.isArray(a) ? a : [a, b, q])".to_string() } else { list };
        let method = if self.rng.chance(25) { "toSorted" } else { "sort" };
        if self.rng.chance(25) {
            return format!("JSON.stringify({list}.{method}())");
        }
        let v = self.fresh();
        let compare = self.rng.pick(COMPARATORS).replace("LOG", &v);
        format!(
            "(() => {{ let {v} = []; const r = {list}.{method}((x, y) => {{ {v}.push([x, y]); return {compare}; }}); \
             return JSON.stringify([r, {v}]); }})()"
        )
    }

    fn global_call(&mut self, d: u32) -> String {
        let x = self.expr(d);
        match self.rng.below(8) {
            0 => format!("Number({x})"),
            1 => format!("String({x})"),
            2 => format!("Boolean({x})"),
            3 => format!("isNaN({x})"),
            4 => format!("parseInt({x})"),
            5 => format!("parseInt(('' + {x}).slice(0, 6), {})", self.rng.pick(&["16", "2", "36", "0", "1"])),
            6 => format!("parseFloat({x})"),
            _ => format!("Number.parseFloat({x})"),
        }
    }

    fn string_method(&mut self, d: u32) -> String {
        let s = self.string_expr(d);
        let k = self.rng.below(7);
        let j = self.rng.below(5);
        let text = *self.rng.pick(STRINGS);
        let replacement = *self.rng.pick(REPLACEMENTS);
        match self.rng.below(12) {
            0 => format!("{s}.padStart({k}, {:?})", self.rng.pick(&["ab", "*", ""])),
            1 => format!("{s}.padEnd({k})"),
            2 => format!("{s}.repeat({})", k % 3),
            3 => format!("{s}.charAt({k})"),
            4 => format!("{s}.charCodeAt({k})"),
            5 => format!("{s}.at(-{k})"),
            6 => format!("{s}.substring({k}, {j})"),
            7 => format!("{s}.lastIndexOf({text:?}, {k})"),
            8 => format!("{s}.concat({})", self.expr(d)),
            9 => format!("{s}.replace({text:?}, {replacement:?})"),
            10 => format!("{s}.replaceAll({text:?}, {replacement:?})"),
            _ => format!("{s}.replace({}, {})", self.expr(d), self.expr(d)),
        }
    }

    fn math_call(&mut self, d: u32) -> String {
        let x = self.num_expr(d);
        match self.rng.below(4) {
            0 => format!("Math.pow(Math.trunc({x}) % 100, {})", self.rng.below(4)),
            1 => format!("Math.sqrt({x})"),
            2 => format!("Math.sign({x})"),
            _ => format!("Math.trunc({x} * 1.5)"),
        }
    }

    fn object_call(&mut self, d: u32) -> String {
        let a = self.expr(d);
        let b = self.expr(d);
        match self.rng.below(5) {
            0 => format!("Object.keys({{ b: {a}, a: {b} }}).join()"),
            1 => format!("JSON.stringify(Object.values([{a}, {b}]))"),
            2 => format!("JSON.stringify(Object.entries({{ k: {a}, z: {b} }}))"),
            3 => format!("Array.isArray({a})"),
            _ => format!("JSON.stringify(Object.assign({{ k: {a} }}, {b}, {{ z: 1 }}))"),
        }
    }
}
