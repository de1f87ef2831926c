use super::*;
use oxc_allocator::Allocator;

fn resolved(src: &str) -> Resolution {
    let alloc = Allocator::default();
    let program = super::super::parse::parse(&alloc, src).expect("parses");
    resolve(&program).expect("resolves")
}

/// The printed names of every occurrence of `name`, in source order.
fn texts(res: &Resolution, src: &str, name: &str) -> Vec<String> {
    res.occurrences
        .iter()
        .filter(|o| &src[o.start as usize..o.end as usize] == name)
        .map(|o| res.names.text(o.var).to_string())
        .collect()
}

#[test]
fn block_scoping_gives_distinct_names() {
    let src = "let x = 1; { let x = 2; x; } x; function f(x) { return x; } var y = x;";
    let res = resolved(src);
    let xs = texts(&res, src, "x");
    assert_eq!(xs[0], xs[3]);
    assert_eq!(xs[1], xs[2]);
    assert_ne!(xs[0], xs[1]);
    assert_eq!(xs[4], xs[5]);
    assert_ne!(xs[4], xs[0]);
    assert_eq!(xs[6], xs[0]);
}

#[test]
fn var_is_hoisted_and_merges_with_parameters() {
    let src = "function f(a) { g(b); var a = 2; { var b = 3; } return a + b; }";
    let res = resolved(src);
    let a = texts(&res, src, "a");
    assert!(a.iter().all(|t| t == &a[0]), "{a:?}");
    let b = texts(&res, src, "b");
    assert!(b.iter().all(|t| t == &b[0]), "{b:?}");
}

#[test]
fn free_names_stay_and_bindings_avoid_them() {
    let src = "x$0 = 1; let x = console.log(x$0); { let x = 2; }";
    let res = resolved(src);
    assert_eq!(texts(&res, src, "console"), vec!["console"]);
    assert_eq!(texts(&res, src, "x$0"), vec!["x$0", "x$0"]);
    assert_eq!(texts(&res, src, "x"), vec!["x$1", "x$2"]);
}

#[test]
fn a_name_used_once_is_kept() {
    // Reflection (`f.name`, a class's `name`) then shows what was written.
    let src = "function f() {} let g = class K {}; let h$1 = 1; let undefined2 = 0; function q(undefined) {}";
    let res = resolved(src);
    assert_eq!(texts(&res, src, "f"), vec!["f"]);
    assert_eq!(texts(&res, src, "K"), vec!["K"]);
    // An expression's own name is kept beside another binding of it.
    let src2 = "let K = 1; let a = class K {}; let b = function K() { return K; };";
    let res2 = resolved(src2);
    assert_eq!(texts(&res2, src2, "K")[1..], ["K", "K", "K"]);
    assert_ne!(texts(&res2, src2, "K")[0], "K");
    // Shapes of our own names and globals the compiled program prints are renamed.
    assert_ne!(texts(&res, src, "h$1"), vec!["h$1"]);
    assert_ne!(texts(&res, src, "undefined"), vec!["undefined"]);
    assert_eq!(texts(&res, src, "undefined2"), vec!["undefined2"]);
}

#[test]
fn parameter_defaults_do_not_see_the_body() {
    let src = "let x = 1; function f(a = x) { let x = 2; return a; }";
    let res = resolved(src);
    let xs = texts(&res, src, "x");
    assert_eq!(xs[0], xs[1]);
    assert_ne!(xs[1], xs[2]);
}

// The next three are what `oxc_semantic` 0.146 binds wrongly (it gives
// a function's parameters and body one scope, and mis-binds Annex B):
// they keep our own resolver from being swapped for it.

#[test]
fn closures_in_parameters_do_not_see_the_body_vars() {
    let src = "function f(a = () => x) { var x = 'inner'; return a(); } var x = 'outer';";
    let res = resolved(src);
    let xs = texts(&res, src, "x");
    assert_eq!(xs[0], xs[2], "the default's x is the outer var: {xs:?}");
    assert_ne!(xs[0], xs[1]);
}

#[test]
fn a_block_function_call_binds_the_block_function() {
    let src = "{ let f = 1; { function f() {} f(); } }";
    let res = resolved(src);
    let fs = texts(&res, src, "f");
    assert_ne!(fs[0], fs[1], "{fs:?}");
    assert_eq!(fs[1], fs[2], "{fs:?}");
}

#[test]
fn a_block_function_beside_a_later_let_is_valid() {
    let src = "function h() { { function f() {} } let f; }";
    let res = resolved(src);
    let fs = texts(&res, src, "f");
    assert_ne!(fs[0], fs[1], "{fs:?}");
}

#[test]
fn var_redeclaring_a_parameter_with_parameter_expressions_is_its_own_binding() {
    // §10.2.11 step 28: the body's `a` starts as the parameter's value;
    // the closure in the parameter list keeps the parameter.
    let src = "function f(a, g = () => a) { var a = 'body'; return [a, g()]; }";
    let res = resolved(src);
    let a = texts(&res, src, "a");
    assert_eq!(a[0], a[1], "{a:?}");
    assert_ne!(a[0], a[2], "{a:?}");
    assert_eq!(a[2], a[3], "{a:?}");
    let body_a = res.ident_at[&(src.find("var a").unwrap() as u32 + 4)];
    assert_eq!(res.names.info(body_a).copy_of, Some(res.ident_at[&(src.find("(a").unwrap() as u32 + 1)]));
    // Without parameter expressions it is one binding (step 27).
    let src = "function f(a, g) { var a = 'body'; return a; }";
    let a = texts(&resolved(src), src, "a");
    assert!(a.iter().all(|t| t == &a[0]), "{a:?}");
    // A computed key in a pattern is a parameter expression too.
    let src = "function f({[k]: a}) { var a; return a; }";
    let a = texts(&resolved(src), src, "a");
    assert_ne!(a[0], a[1], "{a:?}");
}

#[test]
fn body_function_beside_parameter_expressions_is_its_own_binding() {
    let src = "function f(a, g = () => a) { function a() {} return g(); }";
    let a = texts(&resolved(src), src, "a");
    assert_eq!(a[0], a[1], "{a:?}");
    assert_ne!(a[0], a[2], "{a:?}");
}

#[test]
fn catch_parameter_redeclared_by_var_shares_the_name() {
    let src = "try {} catch (e) { var e = 2; } console.log(e);";
    let res = resolved(src);
    let es = texts(&res, src, "e");
    assert!(es.iter().all(|t| t == &es[0]), "{es:?}");
}

#[test]
fn annex_b_block_functions_bind_the_function_level_name() {
    let src = "f(); if (true) { function f() {} } f();";
    let res = resolved(src);
    let fs = texts(&res, src, "f");
    assert!(fs.iter().all(|t| t == &fs[0]), "{fs:?}");
    let strict = "'use strict'; { function f() {} } f();";
    let res = resolved(strict);
    let fs = texts(&res, strict, "f");
    assert_ne!(fs[0], fs[1]);
    assert_eq!(fs[1], "f");
}

#[test]
fn this_and_arguments_mark_the_function_not_its_parent() {
    let src = "function a() { return () => this; } function b() { function c() { return arguments; } }";
    let res = resolved(src);
    let c_start = src.find("function c").unwrap() as u32;
    assert!(res.uses_this.contains(&0));
    assert!(res.uses_this.contains(&c_start));
    let b_start = src.find("function b").unwrap() as u32;
    assert!(!res.uses_this.contains(&b_start));
    assert_eq!(texts(&res, src, "arguments"), vec!["arguments"]);
}

#[test]
fn jumps_resolve_to_their_targets() {
    let src = "outer: for (;;) { while (x) { if (y) continue outer; break; } switch (z) { case 1: break; } }";
    let res = resolved(src);
    assert_eq!(res.jumps.len(), 3);
    assert_eq!(res.jumps[0].target, src.find("for").unwrap() as u32);
    assert!(res.jumps[0].is_continue);
    assert_eq!(res.jumps[1].target, src.find("while").unwrap() as u32);
    assert_eq!(res.jumps[2].target, src.find("switch").unwrap() as u32);
    assert!(res.continued.contains(&(src.find("for").unwrap() as u32)));
    assert!(res.labels.contains("outer"));
}

#[test]
fn early_errors_are_reported() {
    let alloc = Allocator::default();
    for src in [
        "let a; let a;",
        "function f(a) { let a; }",
        "x: while (1) { break y; }",
        "var q; let q;",
        "import x from 'y';",
        "export const a = 1;",
        "let n = o.#p;",
    ] {
        let program = super::super::parse::parse(&alloc, src).expect("parses");
        assert!(matches!(resolve(&program), Err(Problem::Syntax(..))), "{src}");
    }
}

#[test]
fn facts_for_later_stages() {
    let src = "function f() {} function g() {} g = 1; let i = 0; i++; let s = ''; s += 'a'; \
               let c = 0; function h() { c = 2; return i; }";
    let res = resolved(src);
    let by_text = |t: &str| res.names.list.iter().find(|n| n.base == t).unwrap().clone();
    assert!(!by_text("f").reassigned);
    assert!(by_text("g").reassigned);
    assert!(!by_text("i").non_numeric);
    assert!(by_text("i").captured);
    assert!(by_text("s").non_numeric);
    assert!(by_text("c").assigned_in_nested);
    assert!(!by_text("i").assigned_in_nested);
}

#[test]
fn with_and_eval_make_the_program_untraceable() {
    assert!(resolved("with (o) { x; }").untraceable);
    assert!(resolved("eval('1');").untraceable);
    assert!(!resolved("let eval2 = 1;").untraceable);
    assert!(resolved("let x = 1n;").has_bigint);
}

// ----- function instantiation, rule by rule (ECMA-262 §10.2.11) -------------
//
// Each test asserts what the resolver binds: which occurrences share a
// binding (`VarId`), its kind, and the facts later stages read.

/// The bindings of every occurrence of `name`, in source order.
fn vars(res: &Resolution, src: &str, name: &str) -> Vec<VarId> {
    res.occurrences.iter().filter(|o| &src[o.start as usize..o.end as usize] == name).map(|o| o.var).collect()
}

/// Span start of the first `needle` in `src` (a function's key in the facts).
fn at(src: &str, needle: &str) -> u32 {
    src.find(needle).unwrap_or_else(|| panic!("{needle} in {src}")) as u32
}

fn all_same(ids: &[VarId]) -> bool {
    ids.iter().all(|v| *v == ids[0])
}

#[test]
fn parameter_expressions_closures_see_the_parameter_not_the_body_var() {
    // Step 28: `y` writes the parameter `x`; the body's `x` is its own.
    let src = "function h(x, y = function () { x = 'd'; }) { var x = 'b'; y(); return x; }";
    let res = resolved(src);
    let x = vars(&res, src, "x");
    let (param, body) = (x[0], x[2]);
    assert_eq!(x[1], param, "the closure in the parameters writes the parameter");
    assert_ne!(param, body);
    assert_eq!(x[3], body, "the body reads its own var");
    assert_eq!(res.names.kind(param), NameKind::Param);
    assert_eq!(res.names.kind(body), NameKind::Var);
    assert!(res.names.info(param).assigned_in_nested);
    // Arrows follow the same rule.
    let src = "const k = (x, y = () => x) => { var x = 2; return [x, y()]; };";
    let res = resolved(src);
    let x = vars(&res, src, "x");
    assert_eq!(x[0], x[1]);
    assert_ne!(x[0], x[2]);
    assert_eq!(x[2], x[3]);
}

#[test]
fn parameter_expressions_body_var_starts_from_the_parameter() {
    // Step 28.e.iv: the body's binding is initialised with the parameter's
    // value, so it is listed among the function's vars with `copy_of`, and
    // the parameter itself is not redeclared.
    let src = "function w(x, g = () => x) { var x; return [x, g()]; }";
    let res = resolved(src);
    let x = vars(&res, src, "x");
    let (param, body) = (x[0], x[2]);
    assert_eq!(res.names.info(body).copy_of, Some(param));
    assert!(!res.names.info(param).redeclared_by_var);
    assert_eq!(res.fn_vars[&at(src, "function w")], vec![body]);
    // A default that only reads an earlier parameter is a parameter
    // expression too; so is a default inside a rest pattern.
    for src in ["function f(a, b = a) { var a; return a; }", "function f(a, ...[b = 1]) { var a; return a; }"] {
        let res = resolved(src);
        let a = vars(&res, src, "a");
        let body = *a.last().unwrap();
        assert_eq!(res.names.info(body).copy_of, Some(a[0]), "{src}");
    }
}

#[test]
fn parameter_defaults_bind_parameters_left_and_right() {
    // A default sees every parameter (a later one is in its TDZ, §14.3.1),
    // never the body's `let`.
    let src = "function f(a = b, b = a) { let c = 1; return c; }";
    let res = resolved(src);
    let (a, b) = (vars(&res, src, "a"), vars(&res, src, "b"));
    assert_eq!(a[1], a[0]);
    assert_eq!(b[0], b[1]);
    assert_eq!(res.names.kind(b[0]), NameKind::Param);
}

#[test]
fn var_redeclaring_a_parameter_without_parameter_expressions_is_the_parameter() {
    // Step 27: one environment; the `var` adds no binding and does not reset
    // the parameter to `undefined` on entry.
    for src in [
        "function f(a) { var a; return a; }",
        "function f(a) { var a = 2; return a; }",
        "function f({ a }) { var a; return a; }",
        "function f(a, a) { var a; return a; }",
    ] {
        let res = resolved(src);
        let a = vars(&res, src, "a");
        assert!(all_same(&a), "{src}: {a:?}");
        assert_eq!(res.names.kind(a[0]), NameKind::Param, "{src}");
        assert!(res.names.info(a[0]).redeclared_by_var, "{src}");
        assert!(res.fn_vars[&0].is_empty(), "{src}: no var of its own");
    }
}

#[test]
fn arguments_is_the_implicit_object() {
    // §10.4.4: a free name the engine binds, which makes the function (and
    // the arrows between) run as written.
    let src = "function f() { return arguments; } function g(a = arguments) { return a; }";
    let res = resolved(src);
    let args = vars(&res, src, "arguments");
    assert!(args.iter().all(|v| res.names.kind(*v) == NameKind::Free), "{args:?}");
    assert!(res.uses_this.contains(&at(src, "function f")));
    assert!(res.uses_this.contains(&at(src, "function g")), "a default sees the function's arguments");
}

#[test]
fn arguments_is_shadowed_by_a_parameter_a_function_or_a_lexical_declaration() {
    // §10.2.11 steps 17-18: no arguments object is made; the name is an
    // ordinary binding and the function stays traceable.
    for (src, kind) in [
        ("function f(arguments) { return arguments; }", NameKind::Param),
        ("function f() { function arguments() {} return arguments; }", NameKind::Function),
        ("function f() { let arguments = 1; return arguments; }", NameKind::Let),
        ("function f() { const arguments = 1; return () => arguments; }", NameKind::Const),
    ] {
        let res = resolved(src);
        let args = vars(&res, src, "arguments");
        assert!(all_same(&args), "{src}");
        assert_eq!(res.names.kind(args[0]), kind, "{src}");
        assert!(!res.uses_this.contains(&0), "{src}");
    }
}

#[test]
fn arrows_see_the_enclosing_functions_arguments() {
    // Step 16: an arrow has no arguments object of its own.
    let src = "function f() { return () => () => arguments[0]; }";
    let res = resolved(src);
    assert_eq!(res.names.kind(vars(&res, src, "arguments")[0]), NameKind::Free);
    assert!(res.uses_this.contains(&at(src, "function f")));
    assert!(res.uses_this.contains(&at(src, "() => () =>")));
    assert!(res.uses_this.contains(&at(src, "() => arguments")));
    // A non-arrow function in between has its own.
    let src = "function f() { return function () { return arguments; }; }";
    let res = resolved(src);
    assert!(!res.uses_this.contains(&at(src, "function f")));
    assert!(res.uses_this.contains(&at(src, "function ()")));
}

#[test]
fn annex_b_sloppy_block_function_has_a_var_scoped_copy() {
    // B.3.2.1: one binding before, in and after the block (printed as one
    // name, so the engine's own copy keeps working); it starts `undefined`.
    for src in [
        "function f() { g; { function g() {} } return g; }",
        "function f(x) { g; if (x) function g() {} return g; }",
        "function f(x) { g; switch (x) { case 1: function g() {} } return g; }",
        "function f() { g; lbl: { function g() {} } return g; }",
    ] {
        let res = resolved(src);
        let g = vars(&res, src, "g");
        assert!(all_same(&g), "{src}: {g:?}");
        assert!(res.names.info(g[0]).annex_b, "{src}");
        assert_eq!(res.fn_vars[&0], vec![g[0]], "{src}");
    }
    // A `var` of the same name is that same binding.
    let src = "function f() { var g = 1; { function g() {} } return g; }";
    let res = resolved(src);
    assert!(all_same(&vars(&res, src, "g")));
}

#[test]
fn annex_b_no_copy_in_strict_code_or_for_generators() {
    for src in [
        "function f() { 'use strict'; { function g() {} } return g; }",
        "class C { m() { { function g() {} } return g; } }",
        "function f() { { function* g() {} } return g; }",
        "function f() { { async function g() {} } return g; }",
    ] {
        let res = resolved(src);
        let g = vars(&res, src, "g");
        assert_ne!(g[0], g[1], "{src}");
        assert_eq!(res.names.kind(g[1]), NameKind::Free, "{src}");
        assert!(!res.names.info(g[0]).annex_b, "{src}");
    }
}

#[test]
fn annex_b_no_copy_where_a_var_would_be_an_early_error() {
    // B.3.2.1 "would not produce any Early Errors": a `let` of the name in
    // an enclosing block or the body, or a parameter of that name.
    for (src, outer) in [
        ("function f() { let g = 1; { function g() {} } return g; }", 0),
        ("function f() { { let g = 1; { function g() {} } g; } }", 0),
        ("function f() { { function g() {} } let g; return g; }", 1),
        ("function f(g) { { function g() {} } return g; }", 0),
    ] {
        let res = resolved(src);
        let g = vars(&res, src, "g");
        let block_fn = g.iter().copied().find(|v| res.names.kind(*v) == NameKind::Function).unwrap();
        assert!(!res.names.info(block_fn).annex_b, "{src}");
        assert_eq!(*g.last().unwrap(), g[outer], "{src}: {g:?}");
        assert_ne!(g[outer], block_fn, "{src}");
    }
}

#[test]
fn tdz_a_reference_before_the_declaration_binds_the_later_declaration() {
    // §14.3.1: `let`/`const`/`class` exist from the start of their scope,
    // uninitialised; an earlier reference there is to them (it throws),
    // not to an outer binding of the name.
    for (src, name) in [
        ("let x = 'outer'; { x; let x = 1; }", "x"),
        ("const C = 1; { new C(); class C {} }", "C"),
        ("let xs = [1]; for (let xs of xs) {}", "xs"),
    ] {
        let res = resolved(src);
        let v = vars(&res, src, name);
        assert_ne!(v[0], v[1], "{src}");
        assert_eq!(v[1], v[2], "{src}: {v:?}");
    }
}

#[test]
fn tdz_a_closure_called_later_reads_the_later_declaration() {
    let src = "let x = 'outer'; function f() { const g = () => x; let x = 1; return g(); }";
    let res = resolved(src);
    let x = vars(&res, src, "x");
    assert_ne!(x[0], x[1]);
    assert_eq!(x[1], x[2], "{x:?}");
    assert!(res.names.info(x[2]).captured);
    assert_eq!(res.names.kind(x[2]), NameKind::Let);
}

#[test]
fn arguments_redeclared_by_var_is_still_the_object() {
    // Steps 22 and 27/28: "arguments" is already among the parameter
    // bindings, so a `var` (or an Annex B function) of that name adds no
    // binding: it names the object, which it keeps until assigned.
    for src in [
        "function f() { var arguments; return arguments; }",
        "function f(a = 1) { var arguments; return arguments; }",
        "function f() { { function arguments() {} } return arguments; }",
    ] {
        let res = resolved(src);
        let args = vars(&res, src, "arguments");
        assert!(args.iter().all(|v| res.names.kind(*v) == NameKind::Free), "{src}: {args:?}");
        assert!(res.uses_this.contains(&0), "{src}");
        assert!(res.fn_vars[&0].is_empty(), "{src}: not reset to undefined on entry");
    }
    // The program's is the CommonJS wrapper's object.
    let src = "var arguments; typeof arguments; { function arguments() {} }";
    let res = resolved(src);
    assert!(vars(&res, src, "arguments").iter().all(|v| res.names.kind(*v) == NameKind::Free));
    assert!(res.program_vars.is_empty());
    // An arrow has no object: its `var arguments` is its own.
    let src = "const f = () => { var arguments = 1; return arguments; };";
    let res = resolved(src);
    let args = vars(&res, src, "arguments");
    assert!(all_same(&args) && res.names.kind(args[0]) == NameKind::Var, "{args:?}");
    // `let arguments` after a `var arguments` is still a redeclaration.
    let alloc = Allocator::default();
    let program = super::super::parse::parse(&alloc, "function f() { var arguments; let arguments; }").expect("parses");
    assert!(matches!(resolve(&program), Err(Problem::Syntax(..))));
}
