const $T = require("containerless/tracing");
const $t1 = ["u"];
const $t2 = ["n", 2];
const $t3 = ["v", "$r10"];
const $t4 = ["g", "console"];
const $t5 = ["bin", "*", ["v", "x$25"], ["n", 21]];
const $t6 = ["bin", "<=", ["v", "n$26"], ["n", 1]];
const $t7 = ["n", 1];
const $t8 = ["bin", "-", ["v", "n$26"], ["n", 1]];
const $t9 = ["bin", "*", ["v", "n$26"], ["v", "$r12"]];
const $t10 = ["v", "$r11"];
const $t11 = ["n", 6];
const $t12 = ["v", "$r13"];
const $t13 = ["n", 0];
const $t14 = ["obj", [["inc", ["fn", "F4"]], ["get", ["fn", "F5"]]]];
const $t15 = ["bin", "+", ["v", "c$27"], ["n", 1]];
const $t16 = ["v", "c$27"];
const $t17 = ["v", "ctr$3"];
const $t18 = ["v", "$r14"];
const $t19 = ["v", "$r15"];
const $t20 = ["fn", "F6"];
const $t21 = ["bin", "===", ["v", "b$29"], ["u"]];
const $t22 = ["n", 10];
const $t23 = ["bin", "+", ["v", "a$28"], ["v", "b$29"]];
const $t24 = ["fn", "F7"];
const $t25 = ["bin", "*", ["v", "x$30"], ["v", "x$30"]];
const $t26 = ["v", "add$4"];
const $t27 = ["n", 9];
const $t28 = ["v", "sq$5"];
const $t29 = ["v", "$r16"];
const $t30 = ["v", "$r17"];
const $t31 = ["v", "$r18"];
const $t32 = ["v", "$r19"];
const $t33 = ["bin", "===", ["v", "b$32"], ["u"]];
const $t34 = ["bin", "+", ["v", "a$31"], ["n", 1]];
const $t35 = ["bin", "===", ["v", "c$33"], ["u"]];
const $t36 = ["bin", "*", ["v", "b$32"], ["n", 2]];
const $t37 = ["s", "/"];
const $t38 = ["arr", [["v", "a$31"], ["v", "b$32"], ["v", "c$33"]]];
const $t39 = ["v", "$r20"];
const $t40 = ["n", 5];
const $t41 = ["v", "$r21"];
const $t42 = ["v", "$r22"];
const $t43 = ["v", "$r23"];
const $t44 = ["get", ["v", "$r1"], "x"];
const $t45 = ["get", ["v", "$r1"], "y"];
const $t46 = ["get", ["v", "$r1"], "z"];
const $t47 = ["bin", "===", ["v", "$r2"], ["u"]];
const $t48 = ["n", 3];
const $t49 = ["v", "$r2"];
const $t50 = ["bin", "+", ["bin", "+", ["v", "x$34"], ["v", "why$35"]], ["v", "z$36"]];
const $t51 = ["obj", [["x", ["n", 1]], ["y", ["n", 2]]]];
const $t52 = ["obj", [["x", ["n", 1]], ["y", ["n", 2]], ["z", ["n", 30]]]];
const $t53 = ["v", "$r24"];
const $t54 = ["v", "$r25"];
const $t55 = ["get", ["v", "$r3"], "a"];
const $t56 = ["get", ["v", "$r4"], "b"];
const $t57 = ["get", ["v", "$r3"], "c"];
const $t58 = ["bin", "===", ["v", "$r5"], ["u"]];
const $t59 = ["obj", [["d", ["n", 4]]]];
const $t60 = ["v", "$r5"];
const $t61 = ["bin", "+", ["v", "b$37"], ["get", ["v", "c$38"], "d"]];
const $t62 = ["obj", [["a", ["obj", [["b", ["n", 1]]]]]]];
const $t63 = ["obj", [["a", ["obj", [["b", ["n", 1]]]]], ["c", ["obj", [["d", ["n", 100]]]]]]];
const $t64 = ["v", "$r26"];
const $t65 = ["v", "$r27"];
const $t66 = ["obj", [["p", ["s", "P"]], ["q", ["obj", [["r", ["s", "R"]]]]]]];
const $t67 = ["get", ["v", "$r6"], "p"];
const $t68 = ["get", ["v", "$r6"], "q"];
const $t69 = ["get", ["v", "$r7"], "r"];
const $t70 = ["get", ["v", "$r6"], "w"];
const $t71 = ["bin", "===", ["v", "$r8"], ["u"]];
const $t72 = ["s", "dw"];
const $t73 = ["v", "$r8"];
const $t74 = ["obj", [["vx", ["s", "VX"]]]];
const $t75 = ["get", ["v", "$r9"], "vx"];
const $t76 = ["v", "p$9"];
const $t77 = ["v", "r$10"];
const $t78 = ["v", "w$11"];
const $t79 = ["v", "vx$12"];
const $t80 = ["fn", "F11"];
const $t81 = ["bin", ">", ["v", "n$40"], ["n", 0]];
const $t82 = ["bin", "-", ["v", "n$40"], ["n", 1]];
const $t83 = ["v", "named$39"];
const $t84 = ["bin", "+", ["v", "$r29"], ["n", 1]];
const $t85 = ["v", "$r28"];
const $t86 = ["n", 4];
const $t87 = ["v", "fnExpr$13"];
const $t88 = ["v", "$r30"];
const $t89 = ["fn", "F12"];
const $t90 = ["bin", "+", ["v", "x$41"], ["n", 1]];
const $t91 = ["fn", "F13"];
const $t92 = ["bin", "*", ["v", "y$42"], ["n", 3]];
const $t93 = ["v", "$r31"];
const $t94 = ["v", "$r32"];
const $t95 = ["fn", "F14"];
const $t96 = ["s", "first"];
const $t97 = ["v", "swap$14"];
const $t98 = ["fn", "F15"];
const $t99 = ["s", "second"];
const $t100 = ["v", "before$15"];
const $t101 = ["v", "$r33"];
const $t102 = ["s", "orig"];
const $t103 = ["v", "reassigned$16"];
const $t104 = ["fn", "F17"];
const $t105 = ["s", "new"];
const $t106 = ["v", "r0$17"];
const $t107 = ["v", "$r34"];
const $t108 = ["s", "outer-v"];
const $t109 = ["bin", "+", ["v", "v$43"], ["s", "/inner"]];
const $t110 = ["v", "$r35"];
const $t111 = ["v", "$r36"];
const $t112 = ["un", "typeof", ["v", "later$46"]];
const $t113 = ["bin", "+", ["bin", "+", ["v", "before$45"], ["s", ":"]], ["v", "later$46"]];
const $t114 = ["v", "$r37"];
const $t115 = ["g", "Math"];
const $t116 = ["n", 2.7];
const $t117 = ["obj", [["a", ["arr", [["n", 1]]]]]];
const $t118 = ["g", "JSON"];
const $t119 = ["s", "abc"];
const $t120 = ["arr", [["v", "$r38"], ["v", "$r39"], ["v", "$r40"], ["v", "$r41"]]];
const $t121 = ["s", " "];
const $t122 = ["v", "math$20"];
const $t123 = ["v", "$r42"];
const $t124 = ["fn", "F22"];
const $t125 = ["v", "$r43"];
const $t126 = ["v", "$r44"];
const $t127 = ["bin", ">", ["v", "x$48"], ["n", 1]];
const $t128 = ["s", "big"];
const $t129 = ["s", "small"];
const $t130 = ["v", "$r45"];
const $t131 = ["v", "$r46"];
const $t132 = ["fn", "F24"];
const $t133 = ["bin", "*", ["v", "x$49"], ["n", 2]];
const $t134 = ["arr", [["n", 1], ["n", 2], ["n", 3]]];
const $t135 = ["fn", "F25"];
const $t136 = ["bin", ">", ["v", "x$50"], ["n", 2]];
const $t137 = ["v", "$r47"];
const $t138 = ["v", "callbacks$23"];
const $t139 = ["v", "v$52"];
const $t140 = ["v", "fn$51"];
const $t141 = ["v", "$r48"];
const $t142 = ["fn", "F27"];
const $t143 = ["s", "hi"];
const $t144 = ["bin", "+", ["v", "z$53"], ["s", "!"]];
const $t145 = ["v", "$r49"];
const $t146 = ["v", "$r50"];
const $s0 = $T.root();
$T.let($s0, "vx$12", $t1);
$T.decl($s0, "hoisted$0", hoisted$0, "F1");
$T.decl($s0, "fact$1", fact$1, "F2");
$T.decl($s0, "counter$2", counter$2, "F3");
$T.decl($s0, "defaults$6", defaults$6, "F8");
$T.decl($s0, "point$7", point$7, "F9");
$T.decl($s0, "nested$8", nested$8, "F10");
$T.decl($s0, "reassigned$16", reassigned$16, "F16");
$T.decl($s0, "outer$18", outer$18, "F18");
$T.decl($s0, "varHoist$19", varHoist$19, "F20");
$T.decl($s0, "noReturn$21", noReturn$21, "F21");
$T.decl($s0, "early$22", early$22, "F23");
$T.decl($s0, "apply$24", apply$24, "F26");
let $r10 = $T.call($s0, "$r10", null, hoisted$0, [$t2], [2]);
$T.mcall($s0, null, $t4, console, "log", [$t3], [$r10]);
function hoisted$0(x$25) {
  const $s1 = $T.enter($s0, "F1", ["x$25"]);
  $T.ret($s1, $t5);
  return x$25 * 21;
}
function fact$1(n$26) {
  const $s1 = $T.enter($s0, "F2", ["n$26"]);
  $T.let($s1, "$r11", $t1);
  let $r11;
  if ($T.if($s1, $t6, n$26 <= 1)) {
    $T.set($s1, "$r11", $t7);
    $r11 = 1;
    $T.pop($s1);
  } else {
    let $r12 = $T.call($s1, "$r12", null, fact$1, [$t8], [n$26 - 1]);
    $T.set($s1, "$r11", $t9);
    $r11 = n$26 * $r12;
    $T.pop($s1);
  }
  $T.ret($s1, $t10);
  return $r11;
}
let $r13 = $T.call($s0, "$r13", null, fact$1, [$t11], [6]);
$T.mcall($s0, null, $t4, console, "log", [$t12], [$r13]);
function counter$2() {
  const $s1 = $T.enter($s0, "F3", []);
  $T.let($s1, "c$27", $t13);
  let c$27 = 0;
  $T.ret($s1, $t14);
  return $T.lit({ inc: $T.fn(function () {
    const $s2 = $T.enter($s1, "F4", []);
    $T.set($s2, "c$27", $t15);
    c$27 = c$27 + 1;
    $T.ret($s2, $t16);
    return c$27;
  }, "F4", $s1), get: $T.fn(() => {
    const $s2 = $T.enter($s1, "F5", []);
    $T.ret($s2, $t16);
    return c$27;
  }, "F5", $s1) });
}
let ctr$3 = $T.call($s0, "ctr$3", null, counter$2, [], []);
$T.mcall($s0, null, $t17, ctr$3, "inc", [], []);
$T.mcall($s0, null, $t17, ctr$3, "inc", [], []);
let $r14 = $T.mcall($s0, "$r14", $t17, ctr$3, "get", [], []);
let $r15 = $T.mcall($s0, "$r15", $t17, ctr$3, "inc", [], []);
$T.mcall($s0, null, $t4, console, "log", [$t18, $t19], [$r14, $r15]);
$T.let($s0, "add$4", $t20);
const add$4 = $T.fn((a$28, b$29) => {
  const $s1 = $T.enter($s0, "F6", ["a$28", "b$29"]);
  if ($T.if($s1, $t21, b$29 === undefined)) {
    $T.set($s1, "b$29", $t22);
    b$29 = 10;
    $T.pop($s1);
  } else {
    $T.pop($s1);
  }
  $T.ret($s1, $t23);
  return a$28 + b$29;
}, "F6", $s0);
$T.let($s0, "sq$5", $t24);
const sq$5 = $T.fn((x$30) => {
  const $s1 = $T.enter($s0, "F7", ["x$30"]);
  $T.ret($s1, $t25);
  return x$30 * x$30;
}, "F7", $s0);
let $r16 = $T.call($s0, "$r16", $t26, add$4, [$t7], [1]);
let $r17 = $T.call($s0, "$r17", $t26, add$4, [$t7, $t2], [1, 2]);
let $r18 = $T.call($s0, "$r18", $t26, add$4, [$t7, $t1], [1, undefined]);
let $r19 = $T.call($s0, "$r19", $t28, sq$5, [$t27], [9]);
$T.mcall($s0, null, $t4, console, "log", [$t29, $t30, $t31, $t32], [$r16, $r17, $r18, $r19]);
function defaults$6(a$31, b$32, c$33) {
  const $s1 = $T.enter($s0, "F8", ["a$31", "b$32", "c$33"]);
  if ($T.if($s1, $t33, b$32 === undefined)) {
    $T.set($s1, "b$32", $t34);
    b$32 = a$31 + 1;
    $T.pop($s1);
  } else {
    $T.pop($s1);
  }
  if ($T.if($s1, $t35, c$33 === undefined)) {
    $T.set($s1, "c$33", $t36);
    c$33 = b$32 * 2;
    $T.pop($s1);
  } else {
    $T.pop($s1);
  }
  let $r20 = $T.mcall($s1, "$r20", $t38, $T.lit([a$31, b$32, c$33]), "join", [$t37], ["/"]);
  $T.ret($s1, $t39);
  return $r20;
}
let $r21 = $T.call($s0, "$r21", null, defaults$6, [$t7], [1]);
let $r22 = $T.call($s0, "$r22", null, defaults$6, [$t7, $t40], [1, 5]);
let $r23 = $T.call($s0, "$r23", null, defaults$6, [$t7, $t1, $t13], [1, undefined, 0]);
$T.mcall($s0, null, $t4, console, "log", [$t41, $t42, $t43], [$r21, $r22, $r23]);
function point$7($r1) {
  const $s1 = $T.enter($s0, "F9", ["$r1"]);
  $T.let($s1, "x$34", $t44);
  let x$34 = $r1.x;
  $T.let($s1, "why$35", $t45);
  let why$35 = $r1.y;
  $T.let($s1, "$r2", $t46);
  let $r2 = $r1.z;
  if ($T.if($s1, $t47, $r2 === undefined)) {
    $T.set($s1, "$r2", $t48);
    $r2 = 3;
    $T.pop($s1);
  } else {
    $T.pop($s1);
  }
  $T.let($s1, "z$36", $t49);
  let z$36 = $r2;
  $T.ret($s1, $t50);
  return x$34 + why$35 + z$36;
}
let $r24 = $T.call($s0, "$r24", null, point$7, [$t51], [$T.lit({ x: 1, y: 2 })]);
let $r25 = $T.call($s0, "$r25", null, point$7, [$t52], [$T.lit({ x: 1, y: 2, z: 30 })]);
$T.mcall($s0, null, $t4, console, "log", [$t53, $t54], [$r24, $r25]);
function nested$8($r3) {
  const $s1 = $T.enter($s0, "F10", ["$r3"]);
  $T.let($s1, "$r4", $t55);
  let $r4 = $r3.a;
  $T.let($s1, "b$37", $t56);
  let b$37 = $r4.b;
  $T.let($s1, "$r5", $t57);
  let $r5 = $r3.c;
  if ($T.if($s1, $t58, $r5 === undefined)) {
    $T.set($s1, "$r5", $t59);
    $r5 = $T.lit({ d: 4 });
    $T.pop($s1);
  } else {
    $T.pop($s1);
  }
  $T.let($s1, "c$38", $t60);
  let c$38 = $r5;
  $T.ret($s1, $t61);
  return b$37 + c$38.d;
}
let $r26 = $T.call($s0, "$r26", null, nested$8, [$t62], [$T.lit({ a: $T.lit({ b: 1 }) })]);
let $r27 = $T.call($s0, "$r27", null, nested$8, [$t63], [$T.lit({ a: $T.lit({ b: 1 }), c: $T.lit({ d: 100 }) })]);
$T.mcall($s0, null, $t4, console, "log", [$t64, $t65], [$r26, $r27]);
$T.let($s0, "$r6", $t66);
let $r6 = $T.lit({ p: "P", q: $T.lit({ r: "R" }) });
$T.let($s0, "p$9", $t67);
const p$9 = $r6.p;
$T.let($s0, "$r7", $t68);
let $r7 = $r6.q;
$T.let($s0, "r$10", $t69);
const r$10 = $r7.r;
$T.let($s0, "$r8", $t70);
let $r8 = $r6.w;
if ($T.if($s0, $t71, $r8 === undefined)) {
  $T.set($s0, "$r8", $t72);
  $r8 = "dw";
  $T.pop($s0);
} else {
  $T.pop($s0);
}
$T.let($s0, "w$11", $t73);
const w$11 = $r8;
$T.let($s0, "$r9", $t74);
let $r9 = $T.lit({ vx: "VX" });
$T.set($s0, "vx$12", $t75);
var vx$12 = $r9.vx;
$T.mcall($s0, null, $t4, console, "log", [$t76, $t77, $t78, $t79], [p$9, r$10, w$11, vx$12]);
$T.let($s0, "fnExpr$13", $t80);
let fnExpr$13 = $T.fn(function named$39(n$40) {
  const $s1 = $T.enter($s0, "F11", ["n$40"]);
  $T.let($s1, "$r28", $t1);
  let $r28;
  if ($T.if($s1, $t81, n$40 > 0)) {
    let $r29 = $T.call($s1, "$r29", $t83, named$39, [$t82], [n$40 - 1]);
    $T.set($s1, "$r28", $t84);
    $r28 = $r29 + 1;
    $T.pop($s1);
  } else {
    $T.set($s1, "$r28", $t13);
    $r28 = 0;
    $T.pop($s1);
  }
  $T.ret($s1, $t85);
  return $r28;
}, "F11", $s0);
let $r30 = $T.call($s0, "$r30", $t87, fnExpr$13, [$t86], [4]);
$T.mcall($s0, null, $t4, console, "log", [$t88], [$r30]);
let $r31 = $T.call($s0, "$r31", $t89, $T.fn(function (x$41) {
  const $s1 = $T.enter($s0, "F12", ["x$41"]);
  $T.ret($s1, $t90);
  return x$41 + 1;
}, "F12", $s0), [$t7], [1]);
let $r32 = $T.call($s0, "$r32", $t91, $T.fn((y$42) => {
  const $s1 = $T.enter($s0, "F13", ["y$42"]);
  $T.ret($s1, $t92);
  return y$42 * 3;
}, "F13", $s0), [$t48], [3]);
$T.mcall($s0, null, $t4, console, "log", [$t93, $t94], [$r31, $r32]);
$T.let($s0, "swap$14", $t95);
let swap$14 = $T.fn(function () {
  const $s1 = $T.enter($s0, "F14", []);
  $T.ret($s1, $t96);
  return "first";
}, "F14", $s0);
let before$15 = $T.call($s0, "before$15", $t97, swap$14, [], []);
$T.set($s0, "swap$14", $t98);
swap$14 = $T.fn(function () {
  const $s1 = $T.enter($s0, "F15", []);
  $T.ret($s1, $t99);
  return "second";
}, "F15", $s0);
let $r33 = $T.call($s0, "$r33", $t97, swap$14, [], []);
$T.mcall($s0, null, $t4, console, "log", [$t100, $t101], [before$15, $r33]);
function reassigned$16() {
  const $s1 = $T.enter($s0, "F16", []);
  $T.ret($s1, $t102);
  return "orig";
}
let r0$17 = $T.call($s0, "r0$17", $t103, reassigned$16, [], []);
$T.set($s0, "reassigned$16", $t104);
reassigned$16 = $T.fn(function () {
  const $s1 = $T.enter($s0, "F17", []);
  $T.ret($s1, $t105);
  return "new";
}, "F17", $s0);
let $r34 = $T.call($s0, "$r34", $t103, reassigned$16, [], []);
$T.mcall($s0, null, $t4, console, "log", [$t106, $t107], [r0$17, $r34]);
function outer$18() {
  const $s1 = $T.enter($s0, "F18", []);
  $T.let($s1, "v$43", $t1);
  $T.decl($s1, "inner$44", inner$44, "F19");
  $T.set($s1, "v$43", $t108);
  var v$43 = "outer-v";
  function inner$44() {
    const $s2 = $T.enter($s1, "F19", []);
    $T.ret($s2, $t109);
    return v$43 + "/inner";
  }
  let $r35 = $T.call($s1, "$r35", null, inner$44, [], []);
  $T.ret($s1, $t110);
  return $r35;
}
let $r36 = $T.call($s0, "$r36", null, outer$18, [], []);
$T.mcall($s0, null, $t4, console, "log", [$t111], [$r36]);
function varHoist$19() {
  const $s1 = $T.enter($s0, "F20", []);
  $T.let($s1, "later$46", $t1);
  $T.let($s1, "before$45", $t112);
  let before$45 = typeof later$46;
  $T.set($s1, "later$46", $t7);
  var later$46 = 1;
  $T.ret($s1, $t113);
  return before$45 + ":" + later$46;
}
let $r37 = $T.call($s0, "$r37", null, varHoist$19, [], []);
$T.mcall($s0, null, $t4, console, "log", [$t114], [$r37]);
let $r38 = $T.mcall($s0, "$r38", $t115, Math, "max", [$t7, $t40, $t48], [1, 5, 3]);
let $r39 = $T.mcall($s0, "$r39", $t115, Math, "floor", [$t116], [2.7]);
let $r40 = $T.mcall($s0, "$r40", $t118, JSON, "stringify", [$t117], [$T.lit({ a: $T.lit([1]) })]);
let $r41 = $T.mcall($s0, "$r41", $t119, "abc", "toUpperCase", [], []);
$T.let($s0, "math$20", $t120);
let math$20 = $T.lit([$r38, $r39, $r40, $r41]);
let $r42 = $T.mcall($s0, "$r42", $t122, math$20, "join", [$t121], [" "]);
$T.mcall($s0, null, $t4, console, "log", [$t123], [$r42]);
function noReturn$21() {
  const $s1 = $T.enter($s0, "F21", []);
  $T.let($s1, "x$47", $t7);
  let x$47 = 1;
  $T.ret($s1, $t1, true);
}
let $r43 = $T.call($s0, "$r43", null, noReturn$21, [], []);
let $r44 = $T.call($s0, "$r44", $t124, $T.fn(() => {
  const $s1 = $T.enter($s0, "F22", []);
  $T.ret($s1, $t1, true);
}, "F22", $s0), [], []);
$T.mcall($s0, null, $t4, console, "log", [$t125, $t126], [$r43, $r44]);
function early$22(x$48) {
  const $s1 = $T.enter($s0, "F23", ["x$48"]);
  if ($T.if($s1, $t127, x$48 > 1)) {
    $T.ret($s1, $t128);
    return "big";
  } else {
    $T.pop($s1);
  }
  $T.ret($s1, $t129);
  return "small";
}
let $r45 = $T.call($s0, "$r45", null, early$22, [$t2], [2]);
let $r46 = $T.call($s0, "$r46", null, early$22, [$t13], [0]);
$T.mcall($s0, null, $t4, console, "log", [$t130, $t131], [$r45, $r46]);
let $r47 = $T.mcall($s0, "$r47", $t134, $T.lit([1, 2, 3]), "map", [$t132], [$T.fn(function (x$49) {
  const $s1 = $T.enter($s0, "F24", ["x$49"]);
  $T.ret($s1, $t133);
  return x$49 * 2;
}, "F24", $s0)]);
let callbacks$23 = $T.mcall($s0, "callbacks$23", $t137, $r47, "filter", [$t135], [$T.fn((x$50) => {
  const $s1 = $T.enter($s0, "F25", ["x$50"]);
  $T.ret($s1, $t136);
  return x$50 > 2;
}, "F25", $s0)]);
$T.mcall($s0, null, $t4, console, "log", [$t138], [callbacks$23]);
function apply$24(fn$51, v$52) {
  const $s1 = $T.enter($s0, "F26", ["fn$51", "v$52"]);
  let $r48 = $T.call($s1, "$r48", $t140, fn$51, [$t139], [v$52]);
  $T.ret($s1, $t141);
  return $r48;
}
let $r49 = $T.call($s0, "$r49", null, apply$24, [$t28, $t40], [sq$5, 5]);
let $r50 = $T.call($s0, "$r50", null, apply$24, [$t142, $t143], [$T.fn(function (z$53) {
  const $s1 = $T.enter($s0, "F27", ["z$53"]);
  $T.ret($s1, $t144);
  return z$53 + "!";
}, "F27", $s0), "hi"]);
$T.mcall($s0, null, $t4, console, "log", [$t145, $t146], [$r49, $r50]);
$T.end();
