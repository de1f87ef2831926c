//! The generator's modern syntax (#15, modelled since): bitwise operators,
//! `**`, `in`, and `??=`, `||=`, `&&=` on variables and members. A child of
//! `gen` so that it writes with the same state.

use super::Gen;

/// Keys `in` looks up: own, missing, inherited from `Object.prototype`,
/// `Array.prototype` (and `group`, which Node 20 lacks but newer engines have).
const IN_KEYS: &[&str] =
    &["'k'", "'z'", "'toString'", "'__proto__'", "'hasOwnProperty'", "0", "1", "'1'", "'length'", "'map'", "'group'"];

impl Gen<'_> {
    /// An expression with a bitwise operator, `**` or `in`; never throws.
    pub(super) fn modern(&mut self, d: u32) -> String {
        let x = self.expr(d);
        match self.rng.below(12) {
            0 => format!("({x} | {})", self.expr(d)),
            1 => format!("({x} & {})", self.expr(d)),
            2 => format!("({x} ^ {})", self.expr(d)),
            3 => format!("(~{x})"),
            4 => format!("({x} << {})", self.expr(d)),
            5 => format!("({x} >> {})", self.expr(d)),
            6 => format!("({x} >>> {})", self.expr(d)),
            7 => format!("(({x}) ** {})", self.rng.pick(&["0", "1", "2", "3", "-1", "-2", "0.5", "'2'", "NaN", "-0"])),
            8 => format!("(({x}) ** {})", self.expr(d)),
            9 => {
                let key = if self.rng.chance(30) { x } else { self.rng.pick(IN_KEYS).to_string() };
                format!("({key} in cfg)")
            }
            10 => {
                let key = if self.rng.chance(30) { x } else { self.rng.pick(IN_KEYS).to_string() };
                format!("({key} in [{}, {}])", self.expr(d), self.expr(d))
            }
            _ => {
                let key = self.rng.pick(IN_KEYS).to_string();
                format!("({key} in {{ k: {x}, 1: 2 }})")
            }
        }
    }

    /// `??=`, `||=` or `&&=` on a variable, or on a member of a local object
    /// (the write must happen only when needed).
    pub(super) fn logical_assignment(&mut self) {
        let op = *self.rng.pick(&["??=", "||=", "&&="]);
        let e = self.expr(2);
        if self.rng.chance(50) {
            let target = self.target();
            let value = self.expr(1);
            self.line(&format!("{target} = ({target} {op} {value});"));
            return;
        }
        let o = self.fresh();
        let key = *self.rng.pick(&["k", "z"]);
        self.line(&format!("const {o} = {{ k: {e} }};"));
        let value = self.expr(1);
        if self.rng.chance(50) {
            let target = self.target();
            self.line(&format!("{target} = ({o}.{key} {op} {value});"));
        } else {
            self.line(&format!("{o}[{key:?}] {op} {value};"));
        }
        let target = self.target();
        self.line(&format!("{target} = [{o}.k, {o}.z, {key:?} in {o}];"));
    }
}
