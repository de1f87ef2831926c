// Test stand-in for the tracing runtime (`require("containerless/tracing")`).
// It performs every call the compiled program delegates to it and returns
// the concrete values unchanged, recording nothing. It also checks that the
// compiler only ever hands it well-formed templates and frames, so that the
// fidelity test fails on malformed output as well as on wrong behaviour.
// `on` is set by the test (false, then true); while it is false a record
// (a statement's `$T` call, which the program guards with `$T.on`) fails.
"use strict";

const BIN = new Set([
  "+", "-", "*", "/", "%", "===", "!==", "==", "!=", "<", ">", "<=", ">=", "&&", "||",
  "&", "|", "^", "<<", ">>", ">>>", "**", "in",
]);
const UN = new Set(["typeof", "void", "-", "!", "+", "~", "isArray"]);
// The guard of desugared iteration is the runtime's own (copied beside).
const { plainArray, iterable } = require("./iteration");
const { forInFits } = require("./forin");
const sort = require("./sort");
const { restFits } = require("./rest");

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
    case "sobj": for (const [k, v] of t[1]) { if (typeof k !== "string" && k !== null) fail("bad key", t); check(v); } return;
    case "arr": t[1].forEach(check); return;
    case "fn": if (!/^F\d+$/.test(t[1])) fail("bad function id", t); return;
    case "isarr": check(t[1]); return;
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

const AP = Array.prototype;
const SPECIES = Object.getOwnPropertyDescriptor(Array, Symbol.species).get;
const CALLBACKS = new Set(["map", "filter", "forEach", "some", "every", "find", "findIndex", "reduce"]);
function arrayFits(a, method) {
  if (require("node:util").types.isProxy(a) || Object.getPrototypeOf(a) !== AP) return false;
  if (!CALLBACKS.has(method) || Object.hasOwn(a, method)) return false;
  const own = Object.getOwnPropertyDescriptor(AP, method);
  if (own === undefined || typeof own.value !== "function") return false;
  if (method === "map" || method === "filter") {
    const ctor = Object.getOwnPropertyDescriptor(AP, "constructor");
    if (Object.hasOwn(a, "constructor") || ctor === undefined || ctor.value !== Array) return false;
    if (Object.getOwnPropertyDescriptor(Array, Symbol.species).get !== SPECIES) return false;
  }
  for (let i = 0; i < a.length; i++) if (!Object.hasOwn(a, i)) return false;
  return true;
}

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
  isArray(v) { return plainArray(v); },
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
  // The compiled array callbacks' guards: the same concrete answers as
  // tracing/callbacks.js (a plain, dense array with the real method; `k in a`).
  arrayFits(a, method) { return Array.isArray(a) && arrayFits(a, method); },
  present(a, k) { return k in a; },
  forInFits(v) { return forInFits(v); },
  sortFits(a, method) { return Array.isArray(a) && sort.sortFits(a, method); },
  sortStores(a, len) { return sort.sortStores(a, len); },
  sortStore(a, w, len) { sort.methods.sortStore(a, w, len); },
  restFits(v) { return restFits(v); },
  iterable(v) { return iterable(v); },
  // `new Error(m)` (tracing/errors.js): the real constructor is called, anything else constructed.
  construct(C) {
    return C === Error || C === TypeError || C === RangeError ? C : function (...a) { return Reflect.construct(C, a); };
  },
  mcallv(s, n, tr, recv, method, f, ts, args) {
    frame(s); if (n !== null) name(n); check(tr); ts.forEach(check);
    if (ts.length !== args.length) fail("templates and arguments differ", n);
    return Reflect.apply(f, recv, args);
  },
};

// The statement records: the compiled program calls them only when `on`.
for (const method of ["let", "set", "put", "opaque", "decl", "unknown", "pop", "loop", "iter", "label", "brk", "ret"]) {
  const record = module.exports[method];
  module.exports[method] = function (...args) {
    if (!module.exports.on) fail("a record runs while nothing records", method);
    return record.apply(this, args);
  };
}
module.exports.on = true;
