// Declarations, hoisting, closures, defaults, destructuring, recursion.
console.log(hoisted(2));
function hoisted(x) { return x * 21; }
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
console.log(fact(6));
function counter() {
  let c = 0;
  return { inc: function () { c++; return c; }, get: () => c };
}
let ctr = counter();
ctr.inc(); ctr.inc();
console.log(ctr.get(), ctr.inc());
const add = (a, b = 10) => a + b;
const sq = x => x * x;
console.log(add(1), add(1, 2), add(1, undefined), sq(9));
function defaults(a, b = a + 1, c = b * 2) { return [a, b, c].join("/"); }
console.log(defaults(1), defaults(1, 5), defaults(1, undefined, 0));
function point({ x, y: why, z = 3 }) { return x + why + z; }
console.log(point({ x: 1, y: 2 }), point({ x: 1, y: 2, z: 30 }));
function nested({ a: { b }, c = { d: 4 } }) { return b + c.d; }
console.log(nested({ a: { b: 1 } }), nested({ a: { b: 1 }, c: { d: 100 } }));
const { p, q: { r }, w = "dw" } = { p: "P", q: { r: "R" } };
var { vx } = { vx: "VX" };
console.log(p, r, w, vx);
let fnExpr = function named(n) { return n > 0 ? named(n - 1) + 1 : 0; };
console.log(fnExpr(4));
console.log((function (x) { return x + 1; })(1), ((y) => y * 3)(3));
let swap = function () { return "first"; };
let before = swap();
swap = function () { return "second"; };
console.log(before, swap());
function reassigned() { return "orig"; }
let r0 = reassigned();
reassigned = function () { return "new"; };
console.log(r0, reassigned());
function outer() {
  var v = "outer-v";
  function inner() { return v + "/inner"; }
  return inner();
}
console.log(outer());
function varHoist() {
  let before = typeof later;
  var later = 1;
  return before + ":" + later;
}
console.log(varHoist());
let math = [Math.max(1, 5, 3), Math.floor(2.7), JSON.stringify({ a: [1] }), "abc".toUpperCase()];
console.log(math.join(" "));
function noReturn() { let x = 1; }
console.log(noReturn(), (() => {})());
function early(x) {
  if (x > 1) return "big";
  return "small";
}
console.log(early(2), early(0));
let callbacks = [1, 2, 3].map(function (x) { return x * 2; }).filter((x) => x > 2);
console.log(callbacks);
function apply(fn, v) { return fn(v); }
console.log(apply(sq, 5), apply(function (z) { return z + "!"; }, "hi"));
