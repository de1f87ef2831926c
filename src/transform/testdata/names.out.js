const $T = require("containerless/tracing");
const $t1 = ["u"];
const $t2 = ["s", "outer"];
const $t3 = ["s", "inner"];
const $t4 = ["v", "x$19"];
const $t5 = [$t4];
const $t6 = ["g", "console"];
const $t7 = ["v", "x$0"];
const $t8 = [$t7];
const $t9 = ["x$20"];
const $t10 = ["s", "block"];
const $t11 = ["v", "x$21"];
const $t12 = [$t11];
const $t13 = ["v", "x$20"];
const $t14 = ["s", "param"];
const $t15 = [$t14];
const $t16 = ["v", "$r1"];
const $t17 = [$t16];
const $t18 = ["s", "user $T"];
const $t19 = ["s", "user $t1"];
const $t20 = ["s", "user $s0"];
const $t21 = ["s", "user $r1"];
const $t22 = ["s", "dollar"];
const $t23 = ["v", "$T$2"];
const $t24 = ["v", "$t1$3"];
const $t25 = ["v", "$s0$4"];
const $t26 = ["v", "$r1$5"];
const $t27 = ["v", "$$6"];
const $t28 = [$t23, $t24, $t25, $t26, $t27];
const $t29 = ["$s1$22"];
const $t30 = ["bin", "+", ["v", "$s1$22"], ["s", "!"]];
const $t31 = ["s", "fn"];
const $t32 = [$t31];
const $t33 = ["v", "$r2"];
const $t34 = [$t33];
const $t35 = ["s", "ünïcödé"];
const $t36 = ["s", "日本"];
const $t37 = ["n", 2.718];
const $t38 = ["v", "café$8"];
const $t39 = ["v", "変数$9"];
const $t40 = ["v", "℮$10"];
const $t41 = ["s", "emoji 😀 and é"];
const $t42 = [$t38, $t39, $t40, $t41];
const $t43 = ["un", "typeof", ["v", "hoistedVar$11"]];
const $t44 = ["v", "hoistedVar$11"];
const $t45 = [$t43, $t44];
const $t46 = ["s", "now set"];
const $t47 = [$t44];
const $t48 = ["v", "err$12"];
const $t49 = [$t48];
const $t50 = ["b", true];
const $t51 = [];
const $t52 = ["v", "annexB$13"];
const $t53 = ["v", "$r3"];
const $t54 = [$t53];
const $t55 = ["n", 0];
const $t56 = ["un", "!", ["bin", "<", ["v", "i$24"], ["n", 2]]];
const $t57 = ["un", "!", ["bin", "<", ["v", "j$25"], ["n", 2]]];
const $t58 = ["bin", "===", ["v", "j$25"], ["n", 1]];
const $t59 = ["s", "labels"];
const $t60 = ["v", "i$24"];
const $t61 = ["v", "j$25"];
const $t62 = [$t59, $t60, $t61];
const $t63 = ["bin", "+", ["v", "j$25"], ["n", 1]];
const $t64 = ["bin", "+", ["v", "i$24"], ["n", 1]];
const $t65 = ["s", "global $t2"];
const $t66 = ["g", "globalThis"];
const $t67 = ["s", "$t2"];
const $t68 = ["g", "$t2"];
const $t69 = [$t68];
const $t70 = ["g", "implicitGlobal"];
const $t71 = ["un", "typeof", ["g", "module"]];
const $t72 = ["un", "typeof", ["g", "exports"]];
const $t73 = ["un", "typeof", ["g", "require"]];
const $t74 = [$t70, $t71, $t72, $t73];
const $t75 = ["obj", [["x", ["v", "x$0"]], ["café", ["v", "café$8"]]]];
const $t76 = ["v", "shorthand$14"];
const $t77 = [$t76];
const $t78 = ["g", "JSON"];
const $t79 = ["v", "$r4"];
const $t80 = [$t79];
const $t81 = ["bin", "===", ["v", "undefined2$15"], ["un", "void", ["n", 0]]];
const $t82 = [$t81];
const $t83 = ["fn", "F3"];
const $t84 = ["n$27"];
const $t85 = ["bin", "<=", ["v", "n$27"], ["n", 1]];
const $t86 = ["n", 1];
const $t87 = ["bin", "-", ["v", "n$27"], ["n", 1]];
const $t88 = [$t87];
const $t89 = ["v", "fact$26"];
const $t90 = ["bin", "*", ["v", "n$27"], ["v", "$r6"]];
const $t91 = ["v", "$r5"];
const $t92 = ["n", 5];
const $t93 = [$t92];
const $t94 = ["v", "self$16"];
const $t95 = ["v", "$r7"];
const $t96 = [$t95];
const $t97 = ["a$28"];
const $t98 = ["v", "a$28"];
const $t99 = ["s", "kept"];
const $t100 = [$t99];
const $t101 = ["v", "$r8"];
const $t102 = [$t101];
const $t103 = ["n", 2];
const $t104 = ["v", "twice$18"];
const $t105 = ["v", "$r9"];
const $t106 = [$t105];
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
  $T.mcallv($s0, null, $t6, console, "log", console.log, $t5, [x$19]);
}
$T.mcallv($s0, null, $t6, console, "log", console.log, $t8, [x$0]);
function shadow$1(x$20) {
  const $s1 = $T.enter($s0, "F1", $t9);
  {
    $T.let($s1, "x$21", $t10);
    const x$21 = "block";
    $T.mcallv($s1, null, $t6, console, "log", console.log, $t12, [x$21]);
  }
  $T.ret($s1, $t13);
  return x$20;
}
let $r1 = $T.call($s0, "$r1", null, shadow$1, $t15, ["param"]);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t17, [$r1]);
$T.let($s0, "$T$2", $t18);
let $T$2 = "user $T";
$T.let($s0, "$t1$3", $t19);
let $t1$3 = "user $t1";
$T.let($s0, "$s0$4", $t20);
let $s0$4 = "user $s0";
$T.let($s0, "$r1$5", $t21);
let $r1$5 = "user $r1";
$T.let($s0, "$$6", $t22);
let $$6 = "dollar";
$T.mcallv($s0, null, $t6, console, "log", console.log, $t28, [$T$2, $t1$3, $s0$4, $r1$5, $$6]);
function $r2$7($s1$22) {
  const $s1 = $T.enter($s0, "F2", $t29);
  $T.ret($s1, $t30);
  return $s1$22 + "!";
}
let $r2 = $T.call($s0, "$r2", null, $r2$7, $t32, ["fn"]);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t34, [$r2]);
$T.set($s0, "café$8", $t35);
var café$8 = "ünïcödé";
$T.set($s0, "変数$9", $t36);
var 変数$9 = "日本";
$T.set($s0, "℮$10", $t37);
var ℮$10 = 2.718;
$T.mcallv($s0, null, $t6, console, "log", console.log, $t42, [café$8, 変数$9, ℮$10, "emoji 😀 and é"]);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t45, [typeof hoistedVar$11, hoistedVar$11]);
$T.set($s0, "hoistedVar$11", $t46);
var hoistedVar$11 = "now set";
$T.mcallv($s0, null, $t6, console, "log", console.log, $t47, [hoistedVar$11]);
$T.unknown($s0);
try { throw "thrown"; } catch (err$12) { var err$12 = "reassigned catch param"; console.log(err$12); };
$T.mcallv($s0, null, $t6, console, "log", console.log, $t49, [err$12]);
if ($T.when($s0, $t50, true)) {
  $T.opaque($s0, "annexB$13");
  function annexB$13() { return "annex B"; };
  $T.pop($s0);
}
let $r3 = $T.call($s0, "$r3", $t52, annexB$13, $t51, []);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t54, [$r3]);
$T.let($s0, "i$24", $t55);
let i$24 = 0;
$T.loop($s0, "L2");
L2: while (true) {
  if ($T.exit($s0, "L2", $t56, !(i$24 < 2))) {
    break L2;
  }
  $T.label($s0, "C2");
  C2: {
    $T.let($s0, "j$25", $t55);
    let j$25 = 0;
    $T.loop($s0, "L3");
    L3: while (true) {
      if ($T.exit($s0, "L3", $t57, !(j$25 < 2))) {
        break L3;
      }
      if ($T.when($s0, $t58, j$25 === 1)) {
        $T.brk($s0, "C2");
        break C2;
      }
      $T.mcallv($s0, null, $t6, console, "log", console.log, $t62, ["labels", i$24, j$25]);
      $T.set($s0, "j$25", $t63);
      j$25 = j$25 + 1;
    }
    $T.pop($s0);
  }
  $T.set($s0, "i$24", $t64);
  i$24 = i$24 + 1;
}
$T.put($s0, $t66, $t67, $t65, globalThis, "$t2");
globalThis.$t2 = "global $t2";
$T.mcallv($s0, null, $t6, console, "log", console.log, $t69, [globalThis.$t2]);
$T.unknown($s0);
implicitGlobal = "implicit";
$T.mcallv($s0, null, $t6, console, "log", console.log, $t74, [implicitGlobal, typeof module, typeof exports, typeof require]);
$T.let($s0, "shorthand$14", $t75);
let shorthand$14 = $T.lit({ x: x$0, "café": café$8 });
let $r4 = $T.mcallv($s0, "$r4", $t78, JSON, "stringify", JSON.stringify, $t77, [shorthand$14]);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t80, [$r4]);
$T.set($s0, "undefined2$15", $t1);
var undefined2$15 = undefined;
$T.mcallv($s0, null, $t6, console, "log", console.log, $t82, [undefined2$15 === void 0]);
$T.let($s0, "self$16", $t83);
const self$16 = $T.fn(function fact$26(n$27) {
  const $s1 = $T.enter($s0, "F3", $t84);
  $T.let($s1, "$r5", $t1);
  let $r5;
  if ($T.if($s1, $t85, n$27 <= 1)) {
    $T.set($s1, "$r5", $t86);
    $r5 = 1;
    $T.pop($s1);
  } else {
    let $r6 = $T.call($s1, "$r6", $t89, fact$26, $t88, [n$27 - 1]);
    $T.set($s1, "$r5", $t90);
    $r5 = n$27 * $r6;
    $T.pop($s1);
  }
  $T.ret($s1, $t91);
  return $r5;
}, "F3", $s0);
let $r7 = $T.call($s0, "$r7", $t94, self$16, $t93, [5]);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t96, [$r7]);
function dup$17(a$28) {
  const $s1 = $T.enter($s0, "F4", $t97);
  var a$28;
  $T.ret($s1, $t98);
  return a$28;
}
let $r8 = $T.call($s0, "$r8", null, dup$17, $t100, ["kept"]);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t102, [$r8]);
function twice$18() {
  const $s1 = $T.enter($s0, "F5", $t51);
  $T.ret($s1, $t86);
  return 1;
}
function twice$18() {
  const $s1 = $T.enter($s0, "F6", $t51);
  $T.ret($s1, $t103);
  return 2;
}
let $r9 = $T.call($s0, "$r9", $t104, twice$18, $t51, []);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t106, [$r9]);
$T.end();
