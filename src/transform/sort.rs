//! `a.sort()`, `a.sort(f)`, `a.toSorted()` and `a.toSorted(f)` become V8's
//! algorithm as a loop in the program, so the comparator is inlined like
//! any call (issue #15). What Node 20 does (Torque `ArrayTimSort`), for an
//! array of fewer than 64 elements (TimSort's minimum run, below which the
//! whole array is one run and nothing is merged):
//!
//! ```js
//! let $len = $a.length;                        // once, before anything
//! let $w = [];                                 // the work array
//! for (i = 0; i < $len; i++) { v = $a[i]; if (v !== undefined) $w.push(v); }
//! // count the initial run: cmp(w[1], w[0]) < 0 starts a strictly
//! // descending run, which is then reversed; else a non-descending one
//! // binary insertion sort of the rest: cmp(pivot, w[mid]) < 0 goes left
//! // write back: the sorted values, then the undefineds
//! ```
//!
//! A comparison is `+f(x, y) < 0` (ToNumber; NaN is 0, which is not below
//! 0), or with no comparator `` `${x}` < `${y}` `` (ToString of each, in that
//! order, compared by code units: only "below" matters to the algorithm).
//! The comparator runs on the work array, so what it does to `$a` is
//! overwritten by the write back (V8 does the same); if it throws, `$a` is
//! left as it was. `toSorted` sorts the same work array into a fresh one.
//!
//! Guards (`sort.js`): `$T.sortFits($a, method)` (a plain, dense array of
//! writable data elements, extensible, whose method is the real one; the
//! trace records `Array.isArray(a)` and the request is poisoned where they
//! differ); `typeof f === "function"` when there is a comparator; `$len <
//! 64`. Anything else is the call as written (`unknown`). Before writing
//! back, `$T.sortStores($a, $len)` checks that sloppy stores are V8's
//! strict ones (the comparator may have frozen or shrunk the array); if not,
//! `$T.sortStore` stores strictly, untraced (the request is poisoned).

use super::ast::*;

/// V8 merges runs from this length on; below it the loop is exact.
const MIN_RUN: &str = "64";

struct Sort<'n> {
    names: &'n mut Names,
    f: Option<VarId>,
    w: VarId,
    pos: Pos,
    labels: u32,
}

fn index(a: VarId, k: Expr) -> Expr {
    Expr::Index(Box::new(var(a)), Box::new(k))
}

fn put(a: VarId, k: Expr, value: Expr) -> Stmt {
    Stmt::Expr(Expr::Assign(Box::new(Target::Index(var(a), k)), None, Box::new(value)))
}

fn inc(x: VarId) -> Stmt {
    set(x, bin(BinOp::Add, var(x), num("1")))
}

/// Desugars `a.sort(f?)` / `a.toSorted(f?)` (operands already simple) into
/// `out` and returns the variable holding its value; `None` for other calls.
pub fn desugar(names: &mut Names, call: &Expr, pos: Pos, out: &mut Vec<Stmt>) -> Option<Expr> {
    let Expr::Call(callee, args, _) = call else { return None };
    let Expr::Get(receiver, method) = &**callee else { return None };
    if !matches!(method.as_str(), "sort" | "toSorted") || args.len() > 1 {
        return None;
    }
    let copy = method == "toSorted";
    let a = names.temp();
    out.push(decl(a, Some((**receiver).clone())));
    let f = args.first().map(|arg| {
        let f = names.temp();
        out.push(decl(f, Some(arg.clone())));
        f
    });
    let r = names.temp();
    out.push(decl(r, None));
    // The call as written, for everything the loop does not cover.
    let original = |names: &mut Names| {
        super::callbacks::call_as_written(names, a, method, f.map(var).into_iter().collect(), pos, r)
    };
    let w = names.temp();
    let mut sort = Sort { names, f, w, pos, labels: 0 };
    let len = sort.names.temp();
    let mut body = vec![decl(len, Some(Expr::Get(Box::new(var(a)), "length".into())))];
    let mut short = sort.compact(a, len);
    let n = sort.names.temp();
    short.push(decl(n, Some(Expr::Get(Box::new(var(w)), "length".into()))));
    let steps = sort.run_and_insert(n);
    short.push(Stmt::if_(not(bin(BinOp::Lt, var(n), num("2"))), steps, Vec::new()));
    if copy {
        sort.fresh(r, n, len, &mut short);
    } else {
        sort.write_back(a, n, len, &mut short, r);
    }
    body.push(Stmt::if_(bin(BinOp::Lt, var(len), num(MIN_RUN)), short, original(sort.names)));
    let body = match f {
        Some(f) => {
            let is_function =
                bin(BinOp::StrictEq, Expr::Un(UnOp::Typeof, Box::new(var(f))), Expr::Str("function".into()));
            vec![Stmt::if_(is_function, body, original(sort.names))]
        }
        None => body,
    };
    let fits = Expr::Tracing("sortFits", vec![var(a), Expr::Str(method.clone())]);
    out.push(Stmt::if_(fits, body, original(sort.names)));
    Some(var(r))
}

impl Sort<'_> {
    fn label(&mut self) -> String {
        self.labels += 1;
        format!("L{}", 2_000_000 + self.w * 16 + self.labels)
    }

    /// `label: while (true) { if (!test) break label; body }`.
    fn while_(&mut self, test: Expr, body: Vec<Stmt>) -> Stmt {
        let label = self.label();
        let mut list = vec![Stmt::if_(not(test), vec![Stmt::Break(label.clone())], Vec::new())];
        list.extend(body);
        Stmt::Loop { label, body: list }
    }

    /// The work array: the values that are not `undefined`, in order
    /// (the guard let in no holes, no getters, and no index on the
    /// prototype chain; stores, not `push`, which the program may replace).
    /// No user code runs until it is made.
    fn compact(&mut self, a: VarId, len: VarId) -> Vec<Stmt> {
        let (w, i, v) = (self.w, self.names.temp(), self.names.temp());
        let n = self.names.temp();
        let keep = vec![put(w, var(n), var(v)), inc(n)];
        let read = vec![
            decl(v, Some(index(a, var(i)))),
            Stmt::if_(bin(BinOp::StrictNe, var(v), Expr::Undefined), keep, Vec::new()),
        ];
        // `i in a`: always true where the program gets here, so the trace's
        // other branch stays unexplored (`unknown`) for an array the
        // evaluator has with holes, which V8 would leave at the end (its
        // `Array.isArray` guard already refuses one: this does not rely on it).
        let present = Expr::Tracing("present", vec![var(a), var(i)]);
        let visit = vec![Stmt::if_(present, read, Vec::new()), inc(i)];
        let lp = self.while_(bin(BinOp::Lt, var(i), var(len)), visit);
        vec![decl(w, Some(Expr::Array(Vec::new()))), decl(i, Some(num("0"))), decl(n, Some(num("0"))), lp]
    }

    /// Statements that compare `x` with `y` as V8's sort does; the returned
    /// expression is true when the order is below 0.
    fn below(&mut self, x: VarId, y: VarId, out: &mut Vec<Stmt>) -> Expr {
        match self.f {
            Some(f) => {
                let (c, o) = (self.names.temp(), self.names.temp());
                if self.pos != NO_POS {
                    out.push(Stmt::At(self.pos));
                }
                out.push(decl(c, Some(Expr::Call(Box::new(var(f)), vec![var(x), var(y)].into(), self.pos))));
                out.push(decl(o, Some(Expr::Un(UnOp::Plus, Box::new(var(c))))));
                bin(BinOp::Lt, var(o), num("0"))
            }
            None => {
                // ToString (a template literal's), x first.
                let (xs, ys) = (self.names.temp(), self.names.temp());
                out.push(decl(xs, Some(bin(BinOp::Concat, Expr::Str(String::new()), var(x)))));
                out.push(decl(ys, Some(bin(BinOp::Concat, Expr::Str(String::new()), var(y)))));
                bin(BinOp::Lt, var(xs), var(ys))
            }
        }
    }

    /// CountAndMakeRun(0, n), then BinaryInsertionSort(0, run, n); n >= 2.
    fn run_and_insert(&mut self, n: VarId) -> Vec<Stmt> {
        let w = self.w;
        let (first, second) = (self.names.temp(), self.names.temp());
        let mut out = vec![decl(first, Some(index(w, num("1")))), decl(second, Some(index(w, num("0"))))];
        let desc = self.names.temp();
        let below = self.below(first, second, &mut out);
        out.push(decl(desc, Some(below)));
        let (run, prev, j) = (self.names.temp(), self.names.temp(), self.names.temp());
        out.push(decl(run, Some(num("2"))));
        out.push(decl(prev, Some(var(first))));
        out.push(decl(j, Some(num("2"))));
        let cur = self.names.temp();
        let mut step = vec![decl(cur, Some(index(w, var(j))))];
        let below = self.below(cur, prev, &mut step);
        let label = self.label();
        // A descending run ends at the first order >= 0, an ascending one
        // at the first order < 0.
        let ends_desc = Stmt::if_(not(below.clone()), vec![Stmt::Break(label.clone())], Vec::new());
        let ends_asc = Stmt::if_(below, vec![Stmt::Break(label.clone())], Vec::new());
        step.push(Stmt::if_(var(desc), vec![ends_desc], vec![ends_asc]));
        step.extend([set(prev, var(cur)), inc(run), inc(j)]);
        let mut body =
            vec![Stmt::if_(not(bin(BinOp::Lt, var(j), var(n))), vec![Stmt::Break(label.clone())], Vec::new())];
        body.extend(step);
        out.push(Stmt::Loop { label, body });
        let reverse = self.reverse(run);
        out.push(Stmt::if_(var(desc), reverse, Vec::new()));
        let insertion = self.insertion(run, n);
        out.extend(insertion);
        out
    }

    /// ReverseRange(w, 0, run).
    fn reverse(&mut self, run: VarId) -> Vec<Stmt> {
        let w = self.w;
        let (lo, hi, t) = (self.names.temp(), self.names.temp(), self.names.temp());
        let swap = vec![
            decl(t, Some(index(w, var(lo)))),
            put(w, var(lo), index(w, var(hi))),
            put(w, var(hi), var(t)),
            inc(lo),
            set(hi, bin(BinOp::Sub, var(hi), num("1"))),
        ];
        let lp = self.while_(bin(BinOp::Lt, var(lo), var(hi)), swap);
        vec![decl(lo, Some(num("0"))), decl(hi, Some(bin(BinOp::Sub, var(run), num("1")))), lp]
    }

    /// BinaryInsertionSort(0, start, n): each pivot goes after the elements
    /// it is not below (stable).
    fn insertion(&mut self, start: VarId, n: VarId) -> Vec<Stmt> {
        let w = self.w;
        let (s, left, right, pivot) = (self.names.temp(), self.names.temp(), self.names.temp(), self.names.temp());
        let (mid, m) = (self.names.temp(), self.names.temp());
        let half = bin(BinOp::Shr, bin(BinOp::Sub, var(right), var(left)), num("1"));
        let mut probe = vec![decl(mid, Some(bin(BinOp::Add, var(left), half))), decl(m, Some(index(w, var(mid))))];
        let below = self.below(pivot, m, &mut probe);
        probe.push(Stmt::if_(below, vec![set(right, var(mid))], vec![set(left, bin(BinOp::Add, var(mid), num("1")))]));
        let search = self.while_(bin(BinOp::Lt, var(left), var(right)), probe);
        let (p, q) = (self.names.temp(), self.names.temp());
        let slide =
            vec![decl(q, Some(bin(BinOp::Sub, var(p), num("1")))), put(w, var(p), index(w, var(q))), set(p, var(q))];
        let slide = self.while_(bin(BinOp::Gt, var(p), var(left)), slide);
        let each = vec![
            decl(left, Some(num("0"))),
            decl(right, Some(var(s))),
            decl(pivot, Some(index(w, var(s)))),
            search,
            decl(p, Some(var(s))),
            slide,
            put(w, var(left), var(pivot)),
            inc(s),
        ];
        let lp = self.while_(bin(BinOp::Lt, var(s), var(n)), each);
        vec![decl(s, Some(var(start))), lp]
    }

    /// `sort`: the sorted values then the undefineds written over `a[0..len)`.
    fn write_back(&mut self, a: VarId, n: VarId, len: VarId, out: &mut Vec<Stmt>, r: VarId) {
        let w = self.w;
        let i = self.names.temp();
        let values = self.while_(bin(BinOp::Lt, var(i), var(n)), vec![put(a, var(i), index(w, var(i))), inc(i)]);
        let rest = self.while_(bin(BinOp::Lt, var(i), var(len)), vec![put(a, var(i), Expr::Undefined), inc(i)]);
        let stores = Expr::Tracing("sortStores", vec![var(a), var(len)]);
        let strict = Stmt::Expr(Expr::Tracing("sortStore", vec![var(a), var(w), var(len)]));
        out.push(Stmt::if_(stores, vec![decl(i, Some(num("0"))), values, rest], vec![strict]));
        out.push(set(r, var(a)));
    }

    /// `toSorted`: the work array itself, filled with the undefineds up to
    /// the length (checked as `sort`'s stores are: a comparator may have
    /// put a setter on the prototype chain).
    fn fresh(&mut self, r: VarId, n: VarId, len: VarId, out: &mut Vec<Stmt>) {
        let w = self.w;
        let rest = self.while_(bin(BinOp::Lt, var(n), var(len)), vec![put(w, var(n), Expr::Undefined), inc(n)]);
        let stores = Expr::Tracing("sortStores", vec![var(w), var(len)]);
        let strict = Stmt::Expr(Expr::Tracing("sortStore", vec![var(w), var(w), var(len)]));
        out.push(Stmt::if_(stores, vec![rest], vec![strict]));
        out.push(set(r, var(w)));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::compiled;

    #[test]
    fn sort_and_to_sorted_become_guarded_loops() {
        for call in ["xs.sort((x, y) => x - y)", "xs.sort()", "xs.toSorted((x, y) => y - x)", "xs.toSorted()"] {
            let out = compiled(&format!("let xs = [2, 1]; let r = {call};"));
            let method = if call.contains("toSorted") { "toSorted" } else { "sort" };
            assert!(out.contains(&format!("$T.sortFits($r1, \"{method}\")")), "{call}: {out}");
            assert!(out.contains("[\"isarr\", [\"v\", \"$r1\"]]"), "{call}: {out}");
            assert!(out.contains(" < 64"), "longer arrays merge runs: {call}: {out}");
            assert!(out.contains(">> 1"), "binary insertion: {call}: {out}");
            // The call as written stays for what the loop does not cover.
            assert!(out.contains(&format!(".{method}(")), "{call}: {out}");
        }
        let with = compiled("let xs = [2, 1]; let r = xs.sort((x, y) => x - y);");
        assert!(with.contains("typeof $r2 === \"function\""), "{with}");
        assert!(with.contains("$T.sortStores("), "strict stores are checked: {with}");
        assert!(with.contains("$T.present($r1, "), "a hole the evaluator has is unexplored: {with}");
        let default = compiled("let xs = [2, 1]; let r = xs.sort();");
        assert!(default.contains("`${"), "ToString as a template literal does it: {default}");
        assert!(!default.contains("typeof"), "{default}");
    }

    #[test]
    fn other_forms_stay_calls() {
        for source in ["let r = [1].sort((a, b) => a - b, 1);", "let r = [1].sorted();"] {
            let out = compiled(source);
            assert!(!out.contains("$T.sortFits"), "{source}: {out}");
        }
    }
}
