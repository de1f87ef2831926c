const $T = require("containerless/tracing");
const $t1 = ["u"];
const $t2 = ["s", "outer"];
const $t3 = ["s", "inner"];
const $t4 = ["v", "x$19"];
const $t5 = ["g", "console"];
const $t6 = ["v", "x$0"];
const $t7 = ["s", "block"];
const $t8 = ["v", "x$21"];
const $t9 = ["v", "x$20"];
const $t10 = ["s", "param"];
const $t11 = ["v", "$r1"];
const $t12 = ["s", "user $T"];
const $t13 = ["s", "user $t1"];
const $t14 = ["s", "user $s0"];
const $t15 = ["s", "user $r1"];
const $t16 = ["s", "dollar"];
const $t17 = ["v", "$T$2"];
const $t18 = ["v", "$t1$3"];
const $t19 = ["v", "$s0$4"];
const $t20 = ["v", "$r1$5"];
const $t21 = ["v", "$$6"];
const $t22 = ["bin", "+", ["v", "$s1$22"], ["s", "!"]];
const $t23 = ["s", "fn"];
const $t24 = ["v", "$r2"];
const $t25 = ["s", "ünïcödé"];
const $t26 = ["s", "日本"];
const $t27 = ["n", 2.718];
const $t28 = ["v", "café$8"];
const $t29 = ["v", "変数$9"];
const $t30 = ["v", "℮$10"];
const $t31 = ["s", "emoji 😀 and é"];
const $t32 = ["un", "typeof", ["v", "hoistedVar$11"]];
const $t33 = ["v", "hoistedVar$11"];
const $t34 = ["s", "now set"];
const $t35 = ["v", "err$12"];
const $t36 = ["b", true];
const $t37 = ["v", "annexB$13"];
const $t38 = ["v", "$r3"];
const $t39 = ["n", 0];
const $t40 = ["un", "!", ["bin", "<", ["v", "i$24"], ["n", 2]]];
const $t41 = ["un", "!", ["bin", "<", ["v", "j$25"], ["n", 2]]];
const $t42 = ["bin", "===", ["v", "j$25"], ["n", 1]];
const $t43 = ["s", "labels"];
const $t44 = ["v", "i$24"];
const $t45 = ["v", "j$25"];
const $t46 = ["bin", "+", ["v", "j$25"], ["n", 1]];
const $t47 = ["bin", "+", ["v", "i$24"], ["n", 1]];
const $t48 = ["s", "global $t2"];
const $t49 = ["g", "globalThis"];
const $t50 = ["s", "$t2"];
const $t51 = ["g", "$t2"];
const $t52 = ["g", "implicitGlobal"];
const $t53 = ["un", "typeof", ["g", "module"]];
const $t54 = ["un", "typeof", ["g", "exports"]];
const $t55 = ["un", "typeof", ["g", "require"]];
const $t56 = ["obj", [["x", ["v", "x$0"]], ["café", ["v", "café$8"]]]];
const $t57 = ["v", "shorthand$14"];
const $t58 = ["g", "JSON"];
const $t59 = ["v", "$r4"];
const $t60 = ["bin", "===", ["v", "undefined2$15"], ["un", "void", ["n", 0]]];
const $t61 = ["fn", "F3"];
const $t62 = ["bin", "<=", ["v", "n$27"], ["n", 1]];
const $t63 = ["n", 1];
const $t64 = ["bin", "-", ["v", "n$27"], ["n", 1]];
const $t65 = ["v", "fact$26"];
const $t66 = ["bin", "*", ["v", "n$27"], ["v", "$r6"]];
const $t67 = ["v", "$r5"];
const $t68 = ["n", 5];
const $t69 = ["v", "self$16"];
const $t70 = ["v", "$r7"];
const $t71 = ["v", "a$28"];
const $t72 = ["s", "kept"];
const $t73 = ["v", "$r8"];
const $t74 = ["n", 2];
const $t75 = ["v", "twice$18"];
const $t76 = ["v", "$r9"];
const $s0 = $T.root();
$T.let($s0, "café$8", $t1);
$T.let($s0, "変数$9", $t1);
$T.let($s0, "℮$10", $t1);
$T.let($s0, "hoistedVar$11", $t1);
$T.let($s0, "err$12", $t1);
$T.let($s0, "annexB$13", $t1);
$T.let($s0, "undefined2$15", $t1);
$T.decl($s0, "shadow$1", shadow$1, "F1");
$T.decl($s0, "$r2$7", $r2$7, "F2");
$T.decl($s0, "dup$17", dup$17, "F4");
$T.decl($s0, "twice$18", twice$18, "F6");
$T.let($s0, "x$0", $t2);
let x$0 = "outer";
{
  $T.let($s0, "x$19", $t3);
  let x$19 = "inner";
  $T.mcall($s0, null, $t5, console, "log", [$t4], [x$19]);
}
$T.mcall($s0, null, $t5, console, "log", [$t6], [x$0]);
function shadow$1(x$20) {
  const $s1 = $T.enter($s0, "F1", ["x$20"]);
  {
    $T.let($s1, "x$21", $t7);
    const x$21 = "block";
    $T.mcall($s1, null, $t5, console, "log", [$t8], [x$21]);
  }
  $T.ret($s1, $t9);
  return x$20;
}
let $r1 = $T.call($s0, "$r1", null, shadow$1, [$t10], ["param"]);
$T.mcall($s0, null, $t5, console, "log", [$t11], [$r1]);
$T.let($s0, "$T$2", $t12);
let $T$2 = "user $T";
$T.let($s0, "$t1$3", $t13);
let $t1$3 = "user $t1";
$T.let($s0, "$s0$4", $t14);
let $s0$4 = "user $s0";
$T.let($s0, "$r1$5", $t15);
let $r1$5 = "user $r1";
$T.let($s0, "$$6", $t16);
let $$6 = "dollar";
$T.mcall($s0, null, $t5, console, "log", [$t17, $t18, $t19, $t20, $t21], [$T$2, $t1$3, $s0$4, $r1$5, $$6]);
function $r2$7($s1$22) {
  const $s1 = $T.enter($s0, "F2", ["$s1$22"]);
  $T.ret($s1, $t22);
  return $s1$22 + "!";
}
let $r2 = $T.call($s0, "$r2", null, $r2$7, [$t23], ["fn"]);
$T.mcall($s0, null, $t5, console, "log", [$t24], [$r2]);
$T.set($s0, "café$8", $t25);
var café$8 = "ünïcödé";
$T.set($s0, "変数$9", $t26);
var 変数$9 = "日本";
$T.set($s0, "℮$10", $t27);
var ℮$10 = 2.718;
$T.mcall($s0, null, $t5, console, "log", [$t28, $t29, $t30, $t31], [café$8, 変数$9, ℮$10, "emoji 😀 and é"]);
$T.mcall($s0, null, $t5, console, "log", [$t32, $t33], [typeof hoistedVar$11, hoistedVar$11]);
$T.set($s0, "hoistedVar$11", $t34);
var hoistedVar$11 = "now set";
$T.mcall($s0, null, $t5, console, "log", [$t33], [hoistedVar$11]);
$T.unknown($s0);
try { throw "thrown"; } catch (err$12) { var err$12 = "reassigned catch param"; console.log(err$12); };
$T.mcall($s0, null, $t5, console, "log", [$t35], [err$12]);
if ($T.if($s0, $t36, true)) {
  $T.opaque($s0, "annexB$13");
  function annexB$13() { return "annex B"; };
  $T.pop($s0);
} else {
  $T.pop($s0);
}
let $r3 = $T.call($s0, "$r3", $t37, annexB$13, [], []);
$T.mcall($s0, null, $t5, console, "log", [$t38], [$r3]);
$T.let($s0, "i$24", $t39);
let i$24 = 0;
$T.loop($s0, "L2");
L2: while (true) {
  $T.iter($s0);
  if ($T.if($s0, $t40, !(i$24 < 2))) {
    $T.brk($s0, "L2");
    break L2;
  } else {
    $T.pop($s0);
  }
  $T.label($s0, "C2");
  C2: {
    $T.let($s0, "j$25", $t39);
    let j$25 = 0;
    $T.loop($s0, "L3");
    L3: while (true) {
      $T.iter($s0);
      if ($T.if($s0, $t41, !(j$25 < 2))) {
        $T.brk($s0, "L3");
        break L3;
      } else {
        $T.pop($s0);
      }
      if ($T.if($s0, $t42, j$25 === 1)) {
        $T.brk($s0, "C2");
        break C2;
      } else {
        $T.pop($s0);
      }
      $T.mcall($s0, null, $t5, console, "log", [$t43, $t44, $t45], ["labels", i$24, j$25]);
      $T.set($s0, "j$25", $t46);
      j$25 = j$25 + 1;
    }
    $T.pop($s0);
  }
  $T.set($s0, "i$24", $t47);
  i$24 = i$24 + 1;
}
$T.put($s0, $t49, $t50, $t48, globalThis, "$t2");
globalThis.$t2 = "global $t2";
$T.mcall($s0, null, $t5, console, "log", [$t51], [globalThis.$t2]);
$T.unknown($s0);
implicitGlobal = "implicit";
$T.mcall($s0, null, $t5, console, "log", [$t52, $t53, $t54, $t55], [implicitGlobal, typeof module, typeof exports, typeof require]);
$T.let($s0, "shorthand$14", $t56);
let shorthand$14 = $T.lit({ x: x$0, "café": café$8 });
let $r4 = $T.mcall($s0, "$r4", $t58, JSON, "stringify", [$t57], [shorthand$14]);
$T.mcall($s0, null, $t5, console, "log", [$t59], [$r4]);
$T.set($s0, "undefined2$15", $t1);
var undefined2$15 = undefined;
$T.mcall($s0, null, $t5, console, "log", [$t60], [undefined2$15 === void 0]);
$T.let($s0, "self$16", $t61);
const self$16 = $T.fn(function fact$26(n$27) {
  const $s1 = $T.enter($s0, "F3", ["n$27"]);
  $T.let($s1, "$r5", $t1);
  let $r5;
  if ($T.if($s1, $t62, n$27 <= 1)) {
    $T.set($s1, "$r5", $t63);
    $r5 = 1;
    $T.pop($s1);
  } else {
    let $r6 = $T.call($s1, "$r6", $t65, fact$26, [$t64], [n$27 - 1]);
    $T.set($s1, "$r5", $t66);
    $r5 = n$27 * $r6;
    $T.pop($s1);
  }
  $T.ret($s1, $t67);
  return $r5;
}, "F3", $s0);
let $r7 = $T.call($s0, "$r7", $t69, self$16, [$t68], [5]);
$T.mcall($s0, null, $t5, console, "log", [$t70], [$r7]);
function dup$17(a$28) {
  const $s1 = $T.enter($s0, "F4", ["a$28"]);
  var a$28;
  $T.ret($s1, $t71);
  return a$28;
}
let $r8 = $T.call($s0, "$r8", null, dup$17, [$t72], ["kept"]);
$T.mcall($s0, null, $t5, console, "log", [$t73], [$r8]);
function twice$18() {
  const $s1 = $T.enter($s0, "F5", []);
  $T.ret($s1, $t63);
  return 1;
}
function twice$18() {
  const $s1 = $T.enter($s0, "F6", []);
  $T.ret($s1, $t74);
  return 2;
}
let $r9 = $T.call($s0, "$r9", $t75, twice$18, [], []);
$T.mcall($s0, null, $t5, console, "log", [$t76], [$r9]);
$T.end();
