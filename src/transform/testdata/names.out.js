const $T = require("containerless/tracing");
const $t1 = ["u"];
const $t2 = ["s", "outer"];
const $t3 = ["s", "inner"];
const $t4 = ["v", "x$7"];
const $t5 = [$t4];
const $t6 = ["g", "console"];
const $t7 = ["v", "x$0"];
const $t8 = [$t7];
const $t9 = ["x$8"];
const $t10 = ["s", "block"];
const $t11 = ["v", "x$9"];
const $t12 = [$t11];
const $t13 = ["v", "x$8"];
const $t14 = ["s", "param"];
const $t15 = [$t14];
const $t16 = ["v", "$r1"];
const $t17 = [$t16];
const $t18 = ["s", "user $T"];
const $t19 = ["s", "user $t1"];
const $t20 = ["s", "user $s0"];
const $t21 = ["s", "user $r1"];
const $t22 = ["s", "dollar"];
const $t23 = ["v", "$T$1"];
const $t24 = ["v", "$t1$2"];
const $t25 = ["v", "$s0$3"];
const $t26 = ["v", "$r1$4"];
const $t27 = ["v", "$"];
const $t28 = [$t23, $t24, $t25, $t26, $t27];
const $t29 = ["$s1$10"];
const $t30 = ["bin", "+", ["v", "$s1$10"], ["s", "!"]];
const $t31 = ["s", "fn"];
const $t32 = [$t31];
const $t33 = ["v", "$r2"];
const $t34 = [$t33];
const $t35 = ["s", "ünïcödé"];
const $t36 = ["s", "日本"];
const $t37 = ["n", 2.718];
const $t38 = ["v", "café"];
const $t39 = ["v", "変数"];
const $t40 = ["v", "℮"];
const $t41 = ["s", "emoji 😀 and é"];
const $t42 = [$t38, $t39, $t40, $t41];
const $t43 = ["un", "typeof", ["v", "hoistedVar"]];
const $t44 = ["v", "hoistedVar"];
const $t45 = [$t43, $t44];
const $t46 = ["s", "now set"];
const $t47 = [$t44];
const $t48 = ["v", "err$6"];
const $t49 = [$t48];
const $t50 = ["b", true];
const $t51 = [];
const $t52 = ["v", "annexB"];
const $t53 = ["v", "$r3"];
const $t54 = [$t53];
const $t55 = ["n", 0];
const $t56 = ["un", "!", ["bin", "<", ["v", "i"], ["n", 2]]];
const $t57 = ["un", "!", ["bin", "<", ["v", "j"], ["n", 2]]];
const $t58 = ["bin", "===", ["v", "j"], ["n", 1]];
const $t59 = ["s", "labels"];
const $t60 = ["v", "i"];
const $t61 = ["v", "j"];
const $t62 = [$t59, $t60, $t61];
const $t63 = ["bin", "+", ["v", "j"], ["n", 1]];
const $t64 = ["bin", "+", ["v", "i"], ["n", 1]];
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
const $t75 = ["obj", [["x", ["v", "x$0"]], ["café", ["v", "café"]]]];
const $t76 = ["v", "shorthand"];
const $t77 = [$t76];
const $t78 = ["g", "JSON"];
const $t79 = ["v", "$r4"];
const $t80 = [$t79];
const $t81 = ["bin", "===", ["v", "undefined2"], ["un", "void", ["n", 0]]];
const $t82 = [$t81];
const $t83 = ["fn", "F3"];
const $t84 = ["n"];
const $t85 = ["bin", "<=", ["v", "n"], ["n", 1]];
const $t86 = ["n", 1];
const $t87 = ["bin", "-", ["v", "n"], ["n", 1]];
const $t88 = [$t87];
const $t89 = ["v", "fact"];
const $t90 = ["bin", "*", ["v", "n"], ["v", "$r6"]];
const $t91 = ["v", "$r5"];
const $t92 = ["n", 5];
const $t93 = [$t92];
const $t94 = ["v", "self"];
const $t95 = ["v", "$r7"];
const $t96 = [$t95];
const $t97 = ["a"];
const $t98 = ["v", "a"];
const $t99 = ["s", "kept"];
const $t100 = [$t99];
const $t101 = ["v", "$r8"];
const $t102 = [$t101];
const $t103 = ["n", 2];
const $t104 = ["v", "twice"];
const $t105 = ["v", "$r9"];
const $t106 = [$t105];
const $s0 = $T.root();
$T.on && $T.let($s0, "café", $t1);
$T.on && $T.let($s0, "変数", $t1);
$T.on && $T.let($s0, "℮", $t1);
$T.on && $T.let($s0, "hoistedVar", $t1);
$T.on && $T.let($s0, "err$6", $t1);
$T.on && $T.let($s0, "annexB", $t1);
$T.on && $T.let($s0, "undefined2", $t1);
$T.on && $T.decl($s0, "shadow", shadow, "F1");
$T.on && $T.decl($s0, "$r2$5", $r2$5, "F2");
$T.on && $T.decl($s0, "dup", dup, "F4");
$T.on && $T.decl($s0, "twice", twice, "F6");
$T.on && $T.let($s0, "x$0", $t2);
let x$0 = "outer";
{
  $T.on && $T.let($s0, "x$7", $t3);
  let x$7 = "inner";
  $T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t5, [x$7]) : console.log(x$7);
}
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t8, [x$0]) : console.log(x$0);
function shadow(x$8) {
  if (!$T.on) {
    {
      const x$9 = "block";
      console.log(x$9);
    }
    return x$8;
  }
  const $s1 = $T.enter($s0, "F1", $t9);
  {
    $T.on && $T.let($s1, "x$9", $t10);
    const x$9 = "block";
    $T.on ? $T.mcallv($s1, null, $t6, console, "log", console.log, $t12, [x$9]) : console.log(x$9);
  }
  $T.on && $T.ret($s1, $t13);
  return x$8;
}
let $r1 = $T.on ? $T.call($s0, "$r1", null, shadow, $t15, ["param"]) : shadow("param");
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t17, [$r1]) : console.log($r1);
$T.on && $T.let($s0, "$T$1", $t18);
let $T$1 = "user $T";
$T.on && $T.let($s0, "$t1$2", $t19);
let $t1$2 = "user $t1";
$T.on && $T.let($s0, "$s0$3", $t20);
let $s0$3 = "user $s0";
$T.on && $T.let($s0, "$r1$4", $t21);
let $r1$4 = "user $r1";
$T.on && $T.let($s0, "$", $t22);
let $ = "dollar";
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t28, [$T$1, $t1$2, $s0$3, $r1$4, $]) : console.log($T$1, $t1$2, $s0$3, $r1$4, $);
function $r2$5($s1$10) {
  if (!$T.on) {
    return $s1$10 + "!";
  }
  const $s1 = $T.enter($s0, "F2", $t29);
  $T.on && $T.ret($s1, $t30);
  return $s1$10 + "!";
}
let $r2 = $T.on ? $T.call($s0, "$r2", null, $r2$5, $t32, ["fn"]) : $r2$5("fn");
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t34, [$r2]) : console.log($r2);
$T.on && $T.set($s0, "café", $t35);
var café = "ünïcödé";
$T.on && $T.set($s0, "変数", $t36);
var 変数 = "日本";
$T.on && $T.set($s0, "℮", $t37);
var ℮ = 2.718;
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t42, [café, 変数, ℮, "emoji 😀 and é"]) : console.log(café, 変数, ℮, "emoji 😀 and é");
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t45, [typeof hoistedVar, hoistedVar]) : console.log(typeof hoistedVar, hoistedVar);
$T.on && $T.set($s0, "hoistedVar", $t46);
var hoistedVar = "now set";
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t47, [hoistedVar]) : console.log(hoistedVar);
$T.on && $T.unknown($s0);
try { throw "thrown"; } catch (err$6) { var err$6 = "reassigned catch param"; console.log(err$6); };
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t49, [err$6]) : console.log(err$6);
if ($T.on ? $T.when($s0, $t50, true) : true) {
  $T.on && $T.opaque($s0, "annexB");
  function annexB() { return "annex B"; };
  $T.on && $T.pop($s0);
}
let $r3 = $T.on ? $T.call($s0, "$r3", $t52, annexB, $t51, []) : annexB();
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t54, [$r3]) : console.log($r3);
$T.on && $T.let($s0, "i", $t55);
let i = 0;
$T.on && $T.loop($s0, "L3");
L3: while (true) {
  if ($T.on ? $T.exit($s0, "L3", $t56, !(i < 2)) : !(i < 2)) {
    break L3;
  }
  $T.on && $T.label($s0, "C3");
  C3: {
    $T.on && $T.let($s0, "j", $t55);
    let j = 0;
    $T.on && $T.loop($s0, "L4");
    L4: while (true) {
      if ($T.on ? $T.exit($s0, "L4", $t57, !(j < 2)) : !(j < 2)) {
        break L4;
      }
      if ($T.on ? $T.when($s0, $t58, j === 1) : j === 1) {
        $T.on && $T.brk($s0, "C3");
        break C3;
      }
      $T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t62, ["labels", i, j]) : console.log("labels", i, j);
      $T.on && $T.set($s0, "j", $t63);
      j = j + 1;
    }
    $T.on && $T.pop($s0);
  }
  $T.on && $T.set($s0, "i", $t64);
  i = i + 1;
}
$T.on && $T.put($s0, $t66, $t67, $t65, globalThis, "$t2");
globalThis.$t2 = "global $t2";
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t69, [globalThis.$t2]) : console.log(globalThis.$t2);
$T.on && $T.unknown($s0);
implicitGlobal = "implicit";
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t74, [implicitGlobal, typeof module, typeof exports, typeof require]) : console.log(implicitGlobal, typeof module, typeof exports, typeof require);
$T.on && $T.let($s0, "shorthand", $t75);
let shorthand = $T.lit({ x: x$0, "café": café });
let $r4 = $T.on ? $T.mcallv($s0, "$r4", $t78, JSON, "stringify", JSON.stringify, $t77, [shorthand]) : JSON.stringify(shorthand);
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t80, [$r4]) : console.log($r4);
$T.on && $T.set($s0, "undefined2", $t1);
var undefined2 = undefined;
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t82, [undefined2 === void 0]) : console.log(undefined2 === void 0);
$T.on && $T.let($s0, "self", $t83);
const self = $T.fn(function fact(n) {
  if (!$T.on) {
    let $r5;
    if (n <= 1) {
      $r5 = 1;
    } else {
      let $r6 = fact(n - 1);
      $r5 = n * $r6;
    }
    return $r5;
  }
  const $s1 = $T.enter($s0, "F3", $t84);
  $T.on && $T.let($s1, "$r5", $t1);
  let $r5;
  if ($T.on ? $T.if($s1, $t85, n <= 1) : n <= 1) {
    $T.on && $T.set($s1, "$r5", $t86);
    $r5 = 1;
    $T.on && $T.pop($s1);
  } else {
    let $r6 = $T.on ? $T.call($s1, "$r6", $t89, fact, $t88, [n - 1]) : fact(n - 1);
    $T.on && $T.set($s1, "$r5", $t90);
    $r5 = n * $r6;
    $T.on && $T.pop($s1);
  }
  $T.on && $T.ret($s1, $t91);
  return $r5;
}, "F3", $s0);
let $r7 = $T.on ? $T.call($s0, "$r7", $t94, self, $t93, [5]) : self(5);
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t96, [$r7]) : console.log($r7);
function dup(a) {
  if (!$T.on) {
    var a;
    return a;
  }
  const $s1 = $T.enter($s0, "F4", $t97);
  var a;
  $T.on && $T.ret($s1, $t98);
  return a;
}
let $r8 = $T.on ? $T.call($s0, "$r8", null, dup, $t100, ["kept"]) : dup("kept");
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t102, [$r8]) : console.log($r8);
function twice() {
  if (!$T.on) {
    return 1;
  }
  const $s1 = $T.enter($s0, "F5", $t51);
  $T.on && $T.ret($s1, $t86);
  return 1;
}
function twice() {
  if (!$T.on) {
    return 2;
  }
  const $s1 = $T.enter($s0, "F6", $t51);
  $T.on && $T.ret($s1, $t103);
  return 2;
}
let $r9 = $T.on ? $T.call($s0, "$r9", $t104, twice, $t51, []) : twice();
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t106, [$r9]) : console.log($r9);
$T.end();
