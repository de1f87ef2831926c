// Plain bodies (src/transform/plain.rs): every instrumented function also
// runs its body as written when nothing records. Bodies whose function
// declarations would change meaning in a block keep only the instrumented form.
const log = [];
function bump(o) { o.n = o.n + 1; log.push("bump " + o.n); }
const box = { n: 0 };
bump(box); bump(box);
console.log(box.n, log.join(","));
function early(n) { return helper(n) * 2; function helper(k) { return k + 1; } }
console.log(early(3));
function clash() { var g = 1; function g() { return 2; } return typeof g + g; }
console.log(clash());
function twice() { function t() { return "one"; } function t() { return "two"; } return t(); }
console.log(twice());
function paramFn(h) { function h() { return "fn"; } return typeof h; }
console.log(paramFn(5));
function annex(flag) {
  function a() { return "outer"; }
  if (flag) { function a() { return "inner"; } }
  return a();
}
console.log(annex(true), annex(false));
function lateVar(flag) { if (flag) { var v = "set"; } return v; }
console.log(lateVar(true), lateVar(false));
function loops(n) {
  let s = "";
  outer: for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (j > i) continue outer;
      if (i + j > 4) break outer;
      s += i + "" + j + " ";
    }
  }
  return s;
}
console.log(loops(4));
function guarded(x) {
  try { if (x < 0) throw new Error("neg"); return "ok " + x; }
  catch (e) { return "caught " + e.message; }
  finally { log.push("finally " + x); }
}
console.log(guarded(1), guarded(-1), log.length);
function strict() { "use strict"; return this === undefined; }
console.log(strict());
const makers = [];
function maker(n) { return inner; function inner(m) { return n * m; } }
for (let i = 1; i < 4; i++) makers.push(maker(i));
console.log(makers.map((f) => f(10)).join(" "));
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(500));
function defaults(a, b = a * 2) { return a + b; }
console.log(defaults(1), defaults(1, 1));
const arrow = (xs) => { let t = 0; for (const x of xs) { t += x; } return t; };
console.log(arrow([1, 2, 3]));
function noReturn() { log.push("ran"); }
console.log(noReturn(), log.filter((l) => l === "ran").length);
