// Renaming: shadowing, hoisting, reserved-looking and unicode names.
let x = "outer";
{
  let x = "inner";
  console.log(x);
}
console.log(x);
function shadow(x) { { const x = "block"; console.log(x); } return x; }
console.log(shadow("param"));
let $T = "user $T", $t1 = "user $t1", $s0 = "user $s0", $r1 = "user $r1", $ = "dollar";
console.log($T, $t1, $s0, $r1, $);
function $r2($s1) { return $s1 + "!"; }
console.log($r2("fn"));
var café = "ünïcödé", 変数 = "日本", ℮ = 2.718;
console.log(café, 変数, ℮, "emoji 😀 and \u00e9");
console.log(typeof hoistedVar, hoistedVar);
var hoistedVar = "now set";
console.log(hoistedVar);
try { throw "thrown"; } catch (err) { var err = "reassigned catch param"; console.log(err); }
console.log(err);
if (true) { function annexB() { return "annex B"; } }
console.log(annexB());
L1: for (let i = 0; i < 2; i++) {
  C1: for (let j = 0; j < 2; j++) {
    if (j === 1) continue L1;
    console.log("labels", i, j);
  }
}
globalThis.$t2 = "global $t2";
console.log($t2);
implicitGlobal = "implicit";
console.log(implicitGlobal, typeof module, typeof exports, typeof require);
let shorthand = { x, café };
console.log(JSON.stringify(shorthand));
var undefined2 = undefined;
console.log(undefined2 === void 0);
const self = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };
console.log(self(5));
function dup(a) { var a; return a; }
console.log(dup("kept"));
function twice() { return 1; }
function twice() { return 2; }
console.log(twice());
