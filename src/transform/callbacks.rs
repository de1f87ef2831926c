//! Array callbacks (`map filter forEach some every find findIndex` with one
//! argument, `reduce` with one or two) become a loop that calls the callback
//! like any other call, so the tracer inlines its body (issue #15).
//!
//! `let r = a.map(f)` (receiver and argument already simple) becomes
//!
//! ```js
//! let $a = a; let $f = f; let $r;
//! if ($T.arrayFits($a, "map")) {          // trace: if (Array.isArray(a))
//!   if (typeof $f === "function") {
//!     let $len = $a.length; let $out = []; let $k = 0;
//!     L: while (true) {
//!       if (!($k < $len)) break L;
//!       if ($T.present($a, $k)) {         // trace: if (k in a)
//!         let $v = $a[$k]; let $y = $f($v, $k, $a); $out[$k] = $y;
//!       } else { $out.length = $len; }    // a hole: opaque, so unknown
//!       $k = $k + 1;
//!     }
//!     $r = $out;
//!   } else { let $c = $a.map($f); $r = $c; }   // throws TypeError
//! } else { let $c = $a.map($f); $r = $c; }     // not an array we model
//! ```
//!
//! which is Array.prototype's algorithm step by step for what the guard
//! lets in: a plain, dense array whose method is the real one
//! (`$T.arrayFits` checks it concretely and ends the path in `unknown` when
//! the trace's `Array.isArray` would say yes but the array does not fit).
//! `$T.present` is `k in a`, concretely and in the trace (binop `in`, which
//! the evaluator answers exactly on an array with holes). The length is
//! read once, the callback gets `(value, index, array)` and `this`
//! undefined (hence one argument only: a `thisArg` keeps the call as it is),
//! and mutation during the iteration is seen as the real method sees it.

use super::ast::*;

/// What the loop does with each callback result.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Map,
    Filter,
    ForEach,
    Some,
    Every,
    Find,
    FindIndex,
    /// `reduce(f)` (no initial value) or `reduce(f, init)`.
    Reduce {
        initial: bool,
    },
}

fn kind(method: &str, argc: usize) -> Option<Kind> {
    Some(match (method, argc) {
        ("map", 1) => Kind::Map,
        ("filter", 1) => Kind::Filter,
        ("forEach", 1) => Kind::ForEach,
        ("some", 1) => Kind::Some,
        ("every", 1) => Kind::Every,
        ("find", 1) => Kind::Find,
        ("findIndex", 1) => Kind::FindIndex,
        ("reduce", 1) => Kind::Reduce { initial: false },
        ("reduce", 2) => Kind::Reduce { initial: true },
        _ => return None,
    })
}

/// `let c = a.method(args); r = c;` at `pos`: the call a desugared loop
/// stands for, run where the loop's guard refuses the receiver.
pub(super) fn call_as_written(
    names: &mut Names,
    a: VarId,
    method: &str,
    args: Vec<Expr>,
    pos: Pos,
    r: VarId,
) -> Vec<Stmt> {
    let c = names.temp();
    let call = Expr::Call(Box::new(Expr::Get(Box::new(var(a)), method.to_string())), args.into(), pos);
    let mut list = Vec::new();
    if pos != NO_POS {
        list.push(Stmt::At(pos));
    }
    list.push(decl(c, Some(call)));
    list.push(set(r, var(c)));
    list
}

struct Loop<'n> {
    names: &'n mut Names,
    a: VarId,
    f: VarId,
    len: VarId,
    k: VarId,
    label: String,
}

/// Desugars the normalized call `call` (see the module comment) into `out`
/// and returns the variable holding its value, or `None` for any other call.
pub fn desugar(names: &mut Names, call: &Expr, pos: Pos, out: &mut Vec<Stmt>) -> Option<Expr> {
    let Expr::Call(callee, args, _) = call else { return None };
    let Expr::Get(receiver, method) = &**callee else { return None };
    let kind = kind(method, args.len())?;
    let a = names.temp();
    let f = names.temp();
    let r = names.temp();
    out.push(decl(a, Some((**receiver).clone())));
    out.push(decl(f, Some(args[0].clone())));
    let init = match kind {
        Kind::Reduce { initial: true } => {
            let i = names.temp();
            out.push(decl(i, Some(args[1].clone())));
            Some(i)
        }
        _ => None,
    };
    out.push(decl(r, None));
    // The call as written, for everything the loop does not cover.
    let original = |names: &mut Names| {
        let mut call_args = vec![var(f)];
        call_args.extend(init.map(var));
        call_as_written(names, a, method, call_args, pos, r)
    };
    let len = names.temp();
    let k = names.temp();
    let label = format!("L{}", 1_000_000 + k);
    let mut lp = Loop { names, a, f, len, k, label };
    let mut body = vec![decl(len, Some(Expr::Get(Box::new(var(a)), "length".into())))];
    let (prelude, result) = lp.result_setup(kind, init, &original);
    body.extend(prelude);
    body.push(Stmt::Loop { label: lp.label.clone(), body: lp.iteration(kind, result, pos) });
    body.push(set(r, var(result)));
    let is_function = bin(BinOp::StrictEq, Expr::Un(UnOp::Typeof, Box::new(var(f))), Expr::Str("function".into()));
    let guarded = vec![Stmt::if_(is_function, body, original(lp.names))];
    let fits = Expr::Tracing("arrayFits", vec![var(a), Expr::Str(method.clone())]);
    out.push(Stmt::if_(fits, guarded, original(lp.names)));
    Some(var(r))
}

impl Loop<'_> {
    /// Declares what the loop builds (and `$k`); returns those statements
    /// and the variable that holds the call's value at the end.
    fn result_setup(
        &mut self,
        kind: Kind,
        init: Option<VarId>,
        original: &dyn Fn(&mut Names) -> Vec<Stmt>,
    ) -> (Vec<Stmt>, VarId) {
        let result = self.names.temp();
        let k = self.k;
        let mut list = Vec::new();
        let start = match kind {
            Kind::Map | Kind::Filter => Some(Expr::Array(Vec::new())),
            Kind::ForEach | Kind::Find => Some(Expr::Undefined),
            Kind::Some => Some(Expr::Bool(false)),
            Kind::Every => Some(Expr::Bool(true)),
            Kind::FindIndex => Some(num("-1")),
            Kind::Reduce { .. } => init.map(var),
        };
        list.push(decl(result, start));
        list.push(decl(k, Some(num("0"))));
        if kind == (Kind::Reduce { initial: false }) {
            // The array is dense when the loop starts: the first element is
            // at 0, or there is none and reduce throws (the call as written).
            let empty = bin(BinOp::StrictEq, var(self.len), num("0"));
            let first = Expr::Index(Box::new(var(self.a)), Box::new(num("0")));
            list.push(Stmt::if_(empty, original(self.names), vec![set(result, first), set(k, num("1"))]));
        }
        (list, result)
    }

    /// One iteration: the exit test, the callback call, what its value does.
    fn iteration(&mut self, kind: Kind, result: VarId, pos: Pos) -> Vec<Stmt> {
        let (a, k) = (self.a, self.k);
        let exit = Expr::Un(UnOp::Not, Box::new(bin(BinOp::Lt, var(k), var(self.len))));
        let mut body = vec![Stmt::if_(exit, vec![Stmt::Break(self.label.clone())], Vec::new())];
        let v = self.names.temp();
        let y = self.names.temp();
        let mut visit = vec![decl(v, Some(Expr::Index(Box::new(var(a)), Box::new(var(k)))))];
        let mut call_args = vec![var(v), var(k), var(a)];
        if let Kind::Reduce { .. } = kind {
            call_args.insert(0, var(result));
        }
        if pos != NO_POS {
            visit.push(Stmt::At(pos));
        }
        visit.push(decl(y, Some(Expr::Call(Box::new(var(self.f)), call_args.into(), pos))));
        let stop = |value: Expr, label: &str| vec![set(result, value), Stmt::Break(label.to_string())];
        let mut absent = Vec::new();
        match kind {
            Kind::Map => {
                let slot = Target::Index(var(result), var(k));
                visit.push(Stmt::Expr(Expr::Assign(Box::new(slot), None, Box::new(var(y)))));
                // `new Array(len)` semantics for the holes the loop skips.
                absent.push(Stmt::Opaque(Opaque {
                    pieces: vec![
                        Piece::Name(result),
                        Piece::Text(".length = ".into()),
                        Piece::Name(self.len),
                        Piece::Text(";".into()),
                    ],
                }));
            }
            Kind::Filter => {
                let push =
                    Expr::Call(Box::new(Expr::Get(Box::new(var(result)), "push".into())), vec![var(v)].into(), pos);
                visit.push(Stmt::if_(var(y), vec![Stmt::Expr(push)], Vec::new()));
            }
            Kind::ForEach => {}
            Kind::Some => visit.push(Stmt::if_(var(y), stop(Expr::Bool(true), &self.label), Vec::new())),
            Kind::Every => visit.push(Stmt::if_(var(y), Vec::new(), stop(Expr::Bool(false), &self.label))),
            Kind::Find => visit.push(Stmt::if_(var(y), stop(var(v), &self.label), Vec::new())),
            Kind::FindIndex => visit.push(Stmt::if_(var(y), stop(var(k), &self.label), Vec::new())),
            Kind::Reduce { .. } => visit.push(set(result, var(y))),
        }
        if matches!(kind, Kind::Find | Kind::FindIndex) {
            // These visit every index below the length read at the start.
            body.extend(visit);
        } else {
            let present = Expr::Tracing("present", vec![var(a), var(k)]);
            body.push(Stmt::if_(present, visit, absent));
        }
        body.push(set(k, bin(BinOp::Add, var(k), num("1"))));
        body
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::compiled;

    #[test]
    fn one_argument_callbacks_become_guarded_loops() {
        for method in ["map", "filter", "forEach", "some", "every", "find", "findIndex", "reduce"] {
            let out = compiled(&format!("let xs = [1, 2]; let r = xs.{method}((x) => x);"));
            assert!(out.contains(&format!("$T.arrayFits($r1, \"{method}\")")), "{method}: {out}");
            assert!(out.contains("[\"isarr\", [\"v\", \"$r1\"]]"), "{method}: {out}");
            assert!(out.contains("while (true)"), "{method}: {out}");
            // The call as written stays for what the loop does not cover.
            assert!(out.contains(&format!("\"{method}\", $r1.{method}")), "{method}: {out}");
        }
        let reduce = compiled("let r = [1].reduce((a, b) => a + b, 10);");
        assert!(reduce.contains("$T.arrayFits"), "{reduce}");
        let presence = compiled("let r = [1].map((x) => x);");
        assert!(presence.contains("$T.present("), "{presence}");
        assert!(presence.contains(".length = "), "a hole in map's result: {presence}");
        let find = compiled("let r = [1].find((x) => x);");
        assert!(!find.contains("$T.present("), "find visits holes: {find}");
    }

    #[test]
    fn other_forms_stay_calls() {
        for source in ["let r = [1].map((x) => x, {});", "let r = [1].sort((a, b) => a - b);", "let r = [1].reduce();"]
        {
            let out = compiled(source);
            assert!(!out.contains("$T.arrayFits"), "{source}: {out}");
        }
    }
}
