// Test stand-in for the tracing runtime (`require("containerless/tracing")`).
// It performs every call the compiled program delegates to it and returns
// the concrete values unchanged, recording nothing. It also checks that the
// compiler only ever hands it well-formed templates and frames, so that the
// fidelity test fails on malformed output as well as on wrong behaviour.
"use strict";

const BIN = new Set(["+", "-", "*", "/", "%", "===", "!==", "==", "!=", "<", ">", "<=", ">=", "&&", "||"]);
const UN = new Set(["typeof", "void", "-", "!", "+"]);

function fail(message, value) {
  throw new Error("stub tracing: " + message + ": " + JSON.stringify(value));
}

function check(t) {
  if (!Array.isArray(t)) fail("template is not an array", t);
  switch (t[0]) {
    case "n": if (typeof t[1] !== "number") fail("bad number", t); return;
    case "s": if (typeof t[1] !== "string") fail("bad string", t); return;
    case "b": if (typeof t[1] !== "boolean") fail("bad boolean", t); return;
    case "u": case "null": return;
    case "v": case "g": if (typeof t[1] !== "string" || t[1] === "") fail("bad name", t); return;
    case "get": check(t[1]); if (typeof t[2] !== "string") fail("bad field", t); return;
    case "idx": check(t[1]); check(t[2]); return;
    case "bin": if (!BIN.has(t[1])) fail("bad binop", t); check(t[2]); check(t[3]); return;
    case "un": if (!UN.has(t[1])) fail("bad op1", t); check(t[2]); return;
    case "obj": for (const [k, v] of t[1]) { if (typeof k !== "string") fail("bad key", t); check(v); } return;
    case "arr": t[1].forEach(check); return;
    case "fn": if (!/^F\d+$/.test(t[1])) fail("bad function id", t); return;
    default: fail("unknown template", t);
  }
}

function frame(f) {
  if (!f || f.frame !== true) fail("not a frame", f);
}

function name(n) {
  if (typeof n !== "string" || n === "") fail("bad binding name", n);
}

function label(l) {
  if (typeof l !== "string" || !/^[LC]\d+$/.test(l)) fail("bad label", l);
}

function tryId(id) {
  if (typeof id !== "string" || !/^Y\d+$/.test(id)) fail("bad try id", id);
}

const newFrame = () => ({ frame: true });

module.exports = {
  root: newFrame,
  end() {},
  enter(parent, id, params) { frame(parent); if (!/^F\d+$/.test(id)) fail("bad id", id); params.forEach(name); return newFrame(); },
  block(parent) { frame(parent); return newFrame(); },
  let(s, n, t) { frame(s); name(n); check(t); },
  set(s, n, t) { frame(s); name(n); check(t); },
  put(s, to, tk, tv, obj, key) { frame(s); check(to); check(tk); check(tv); },
  opaque(s, n) { frame(s); name(n); },
  decl(s, n, f, id) { frame(s); name(n); if (typeof f !== "function") fail("decl of a non-function", n); },
  unknown(s) { frame(s); },
  fn(f, id, s) { frame(s); if (typeof f !== "function") fail("fn of a non-function", id); return f; },
  lit(v) { return v; },
  if(s, t, c) { frame(s); check(t); return c; },
  when(s, t, c) { frame(s); check(t); return c; },
  pop(s) { frame(s); },
  loop(s, l) { frame(s); label(l); },
  iter(s) { frame(s); },
  exit(s, l, t, c) { frame(s); label(l); check(t); return c; },
  label(s, l) { frame(s); label(l); },
  brk(s, l) { frame(s); label(l); },
  ret(s, t) { frame(s); check(t); },
  try(s, id, k) { frame(s); tryId(id); if (k !== 1 && k !== 2 && k !== 3) fail("bad clauses", k); },
  tryEnd(s, id) { frame(s); tryId(id); },
  catch(s, id, n) { frame(s); tryId(id); if (n !== null) name(n); },
  fin(s, id) { frame(s); tryId(id); },
  finEnd(s, id) { frame(s); tryId(id); },
  throw(s, t) { frame(s); check(t); },
  call(s, n, tc, callee, ts, args) {
    frame(s); if (n !== null) name(n); if (tc !== null) check(tc); ts.forEach(check);
    if (ts.length !== args.length) fail("templates and arguments differ", n);
    return callee(...args);
  },
  mcall(s, n, tr, recv, method, ts, args) {
    frame(s); if (n !== null) name(n); check(tr); ts.forEach(check);
    if (ts.length !== args.length) fail("templates and arguments differ", n);
    return recv[method](...args);
  },
  mcallv(s, n, tr, recv, method, f, ts, args) {
    frame(s); if (n !== null) name(n); check(tr); ts.forEach(check);
    if (ts.length !== args.length) fail("templates and arguments differ", n);
    return Reflect.apply(f, recv, args);
  },
};
