const $T = require("containerless/tracing");
const $t1 = ["u"];
const $t2 = ["n", 2];
const $t3 = [$t2];
const $t4 = ["v", "$r10"];
const $t5 = [$t4];
const $t6 = ["g", "console"];
const $t7 = ["x$25"];
const $t8 = ["bin", "*", ["v", "x$25"], ["n", 21]];
const $t9 = ["n$26"];
const $t10 = ["bin", "<=", ["v", "n$26"], ["n", 1]];
const $t11 = ["n", 1];
const $t12 = ["bin", "-", ["v", "n$26"], ["n", 1]];
const $t13 = [$t12];
const $t14 = ["bin", "*", ["v", "n$26"], ["v", "$r12"]];
const $t15 = ["v", "$r11"];
const $t16 = ["n", 6];
const $t17 = [$t16];
const $t18 = ["v", "$r13"];
const $t19 = [$t18];
const $t20 = [];
const $t21 = ["n", 0];
const $t22 = ["obj", [["inc", ["fn", "F4"]], ["get", ["fn", "F5"]]]];
const $t23 = ["bin", "+", ["v", "c$27"], ["n", 1]];
const $t24 = ["v", "c$27"];
const $t25 = ["v", "ctr$3"];
const $t26 = ["v", "$r14"];
const $t27 = ["v", "$r15"];
const $t28 = [$t26, $t27];
const $t29 = ["fn", "F6"];
const $t30 = ["a$28", "b$29"];
const $t31 = ["bin", "===", ["v", "b$29"], ["u"]];
const $t32 = ["n", 10];
const $t33 = ["bin", "+", ["v", "a$28"], ["v", "b$29"]];
const $t34 = ["fn", "F7"];
const $t35 = ["x$30"];
const $t36 = ["bin", "*", ["v", "x$30"], ["v", "x$30"]];
const $t37 = [$t11];
const $t38 = ["v", "add$4"];
const $t39 = [$t11, $t2];
const $t40 = [$t11, $t1];
const $t41 = ["n", 9];
const $t42 = [$t41];
const $t43 = ["v", "sq$5"];
const $t44 = ["v", "$r16"];
const $t45 = ["v", "$r17"];
const $t46 = ["v", "$r18"];
const $t47 = ["v", "$r19"];
const $t48 = [$t44, $t45, $t46, $t47];
const $t49 = ["a$31", "b$32", "c$33"];
const $t50 = ["bin", "===", ["v", "b$32"], ["u"]];
const $t51 = ["bin", "+", ["v", "a$31"], ["n", 1]];
const $t52 = ["bin", "===", ["v", "c$33"], ["u"]];
const $t53 = ["bin", "*", ["v", "b$32"], ["n", 2]];
const $t54 = ["s", "/"];
const $t55 = [$t54];
const $t56 = ["arr", [["v", "a$31"], ["v", "b$32"], ["v", "c$33"]]];
const $t57 = ["v", "$r20"];
const $t58 = ["n", 5];
const $t59 = [$t11, $t58];
const $t60 = [$t11, $t1, $t21];
const $t61 = ["v", "$r21"];
const $t62 = ["v", "$r22"];
const $t63 = ["v", "$r23"];
const $t64 = [$t61, $t62, $t63];
const $t65 = ["$r1"];
const $t66 = ["get", ["v", "$r1"], "x"];
const $t67 = ["get", ["v", "$r1"], "y"];
const $t68 = ["get", ["v", "$r1"], "z"];
const $t69 = ["bin", "===", ["v", "$r2"], ["u"]];
const $t70 = ["n", 3];
const $t71 = ["v", "$r2"];
const $t72 = ["bin", "+", ["bin", "+", ["v", "x$34"], ["v", "why$35"]], ["v", "z$36"]];
const $t73 = ["obj", [["x", ["n", 1]], ["y", ["n", 2]]]];
const $t74 = [$t73];
const $t75 = ["obj", [["x", ["n", 1]], ["y", ["n", 2]], ["z", ["n", 30]]]];
const $t76 = [$t75];
const $t77 = ["v", "$r24"];
const $t78 = ["v", "$r25"];
const $t79 = [$t77, $t78];
const $t80 = ["$r3"];
const $t81 = ["get", ["v", "$r3"], "a"];
const $t82 = ["get", ["v", "$r4"], "b"];
const $t83 = ["get", ["v", "$r3"], "c"];
const $t84 = ["bin", "===", ["v", "$r5"], ["u"]];
const $t85 = ["obj", [["d", ["n", 4]]]];
const $t86 = ["v", "$r5"];
const $t87 = ["bin", "+", ["v", "b$37"], ["get", ["v", "c$38"], "d"]];
const $t88 = ["obj", [["a", ["obj", [["b", ["n", 1]]]]]]];
const $t89 = [$t88];
const $t90 = ["obj", [["a", ["obj", [["b", ["n", 1]]]]], ["c", ["obj", [["d", ["n", 100]]]]]]];
const $t91 = [$t90];
const $t92 = ["v", "$r26"];
const $t93 = ["v", "$r27"];
const $t94 = [$t92, $t93];
const $t95 = ["obj", [["p", ["s", "P"]], ["q", ["obj", [["r", ["s", "R"]]]]]]];
const $t96 = ["get", ["v", "$r6"], "p"];
const $t97 = ["get", ["v", "$r6"], "q"];
const $t98 = ["get", ["v", "$r7"], "r"];
const $t99 = ["get", ["v", "$r6"], "w"];
const $t100 = ["bin", "===", ["v", "$r8"], ["u"]];
const $t101 = ["s", "dw"];
const $t102 = ["v", "$r8"];
const $t103 = ["obj", [["vx", ["s", "VX"]]]];
const $t104 = ["get", ["v", "$r9"], "vx"];
const $t105 = ["v", "p$9"];
const $t106 = ["v", "r$10"];
const $t107 = ["v", "w$11"];
const $t108 = ["v", "vx$12"];
const $t109 = [$t105, $t106, $t107, $t108];
const $t110 = ["fn", "F11"];
const $t111 = ["n$40"];
const $t112 = ["bin", ">", ["v", "n$40"], ["n", 0]];
const $t113 = ["bin", "-", ["v", "n$40"], ["n", 1]];
const $t114 = [$t113];
const $t115 = ["v", "named$39"];
const $t116 = ["bin", "+", ["v", "$r29"], ["n", 1]];
const $t117 = ["v", "$r28"];
const $t118 = ["n", 4];
const $t119 = [$t118];
const $t120 = ["v", "fnExpr$13"];
const $t121 = ["v", "$r30"];
const $t122 = [$t121];
const $t123 = ["fn", "F12"];
const $t124 = ["x$41"];
const $t125 = ["bin", "+", ["v", "x$41"], ["n", 1]];
const $t126 = [$t70];
const $t127 = ["fn", "F13"];
const $t128 = ["y$42"];
const $t129 = ["bin", "*", ["v", "y$42"], ["n", 3]];
const $t130 = ["v", "$r31"];
const $t131 = ["v", "$r32"];
const $t132 = [$t130, $t131];
const $t133 = ["fn", "F14"];
const $t134 = ["s", "first"];
const $t135 = ["v", "swap$14"];
const $t136 = ["fn", "F15"];
const $t137 = ["s", "second"];
const $t138 = ["v", "before$15"];
const $t139 = ["v", "$r33"];
const $t140 = [$t138, $t139];
const $t141 = ["s", "orig"];
const $t142 = ["v", "reassigned$16"];
const $t143 = ["fn", "F17"];
const $t144 = ["s", "new"];
const $t145 = ["v", "r0$17"];
const $t146 = ["v", "$r34"];
const $t147 = [$t145, $t146];
const $t148 = ["s", "outer-v"];
const $t149 = ["bin", "+", ["v", "v$43"], ["s", "/inner"]];
const $t150 = ["v", "$r35"];
const $t151 = ["v", "$r36"];
const $t152 = [$t151];
const $t153 = ["un", "typeof", ["v", "later$46"]];
const $t154 = ["bin", "+", ["bin", "+", ["v", "before$45"], ["s", ":"]], ["v", "later$46"]];
const $t155 = ["v", "$r37"];
const $t156 = [$t155];
const $t157 = [$t11, $t58, $t70];
const $t158 = ["g", "Math"];
const $t159 = ["n", 2.7];
const $t160 = [$t159];
const $t161 = ["obj", [["a", ["arr", [["n", 1]]]]]];
const $t162 = [$t161];
const $t163 = ["g", "JSON"];
const $t164 = ["s", "abc"];
const $t165 = ["arr", [["v", "$r38"], ["v", "$r39"], ["v", "$r40"], ["v", "$r41"]]];
const $t166 = ["s", " "];
const $t167 = [$t166];
const $t168 = ["v", "math$20"];
const $t169 = ["v", "$r42"];
const $t170 = [$t169];
const $t171 = ["fn", "F22"];
const $t172 = ["v", "$r43"];
const $t173 = ["v", "$r44"];
const $t174 = [$t172, $t173];
const $t175 = ["x$48"];
const $t176 = ["bin", ">", ["v", "x$48"], ["n", 1]];
const $t177 = ["s", "big"];
const $t178 = ["s", "small"];
const $t179 = [$t21];
const $t180 = ["v", "$r45"];
const $t181 = ["v", "$r46"];
const $t182 = [$t180, $t181];
const $t183 = ["fn", "F24"];
const $t184 = [$t183];
const $t185 = ["x$49"];
const $t186 = ["bin", "*", ["v", "x$49"], ["n", 2]];
const $t187 = ["arr", [["n", 1], ["n", 2], ["n", 3]]];
const $t188 = ["fn", "F25"];
const $t189 = [$t188];
const $t190 = ["x$50"];
const $t191 = ["bin", ">", ["v", "x$50"], ["n", 2]];
const $t192 = ["v", "$r47"];
const $t193 = ["v", "callbacks$23"];
const $t194 = [$t193];
const $t195 = ["fn$51", "v$52"];
const $t196 = ["v", "v$52"];
const $t197 = [$t196];
const $t198 = ["v", "fn$51"];
const $t199 = ["v", "$r48"];
const $t200 = [$t43, $t58];
const $t201 = ["fn", "F27"];
const $t202 = ["s", "hi"];
const $t203 = [$t201, $t202];
const $t204 = ["z$53"];
const $t205 = ["bin", "+", ["v", "z$53"], ["s", "!"]];
const $t206 = ["v", "$r49"];
const $t207 = ["v", "$r50"];
const $t208 = [$t206, $t207];
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
let $r10 = $T.call($s0, "$r10", null, hoisted$0, $t3, [2]);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t5, [$r10]);
function hoisted$0(x$25) {
  const $s1 = $T.enter($s0, "F1", $t7);
  $T.ret($s1, $t8);
  return x$25 * 21;
}
function fact$1(n$26) {
  const $s1 = $T.enter($s0, "F2", $t9);
  $T.let($s1, "$r11", $t1);
  let $r11;
  if ($T.if($s1, $t10, n$26 <= 1)) {
    $T.set($s1, "$r11", $t11);
    $r11 = 1;
    $T.pop($s1);
  } else {
    let $r12 = $T.call($s1, "$r12", null, fact$1, $t13, [n$26 - 1]);
    $T.set($s1, "$r11", $t14);
    $r11 = n$26 * $r12;
    $T.pop($s1);
  }
  $T.ret($s1, $t15);
  return $r11;
}
let $r13 = $T.call($s0, "$r13", null, fact$1, $t17, [6]);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t19, [$r13]);
function counter$2() {
  const $s1 = $T.enter($s0, "F3", $t20);
  $T.let($s1, "c$27", $t21);
  let c$27 = 0;
  $T.ret($s1, $t22);
  return $T.lit({ inc: $T.fn(function () {
    const $s2 = $T.enter($s1, "F4", $t20);
    $T.set($s2, "c$27", $t23);
    c$27 = c$27 + 1;
    $T.ret($s2, $t24);
    return c$27;
  }, "F4", $s1), get: $T.fn(() => {
    const $s2 = $T.enter($s1, "F5", $t20);
    $T.ret($s2, $t24);
    return c$27;
  }, "F5", $s1) });
}
let ctr$3 = $T.call($s0, "ctr$3", null, counter$2, $t20, []);
$T.mcallv($s0, null, $t25, ctr$3, "inc", ctr$3.inc, $t20, []);
$T.mcallv($s0, null, $t25, ctr$3, "inc", ctr$3.inc, $t20, []);
let $r14 = $T.mcallv($s0, "$r14", $t25, ctr$3, "get", ctr$3.get, $t20, []);
let $r15 = $T.mcallv($s0, "$r15", $t25, ctr$3, "inc", ctr$3.inc, $t20, []);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t28, [$r14, $r15]);
$T.let($s0, "add$4", $t29);
const add$4 = $T.fn((a$28, b$29) => {
  const $s1 = $T.enter($s0, "F6", $t30);
  if ($T.when($s1, $t31, b$29 === undefined)) {
    $T.set($s1, "b$29", $t32);
    b$29 = 10;
    $T.pop($s1);
  }
  $T.ret($s1, $t33);
  return a$28 + b$29;
}, "F6", $s0);
$T.let($s0, "sq$5", $t34);
const sq$5 = $T.fn((x$30) => {
  const $s1 = $T.enter($s0, "F7", $t35);
  $T.ret($s1, $t36);
  return x$30 * x$30;
}, "F7", $s0);
let $r16 = $T.call($s0, "$r16", $t38, add$4, $t37, [1]);
let $r17 = $T.call($s0, "$r17", $t38, add$4, $t39, [1, 2]);
let $r18 = $T.call($s0, "$r18", $t38, add$4, $t40, [1, undefined]);
let $r19 = $T.call($s0, "$r19", $t43, sq$5, $t42, [9]);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t48, [$r16, $r17, $r18, $r19]);
function defaults$6(a$31, b$32, c$33) {
  const $s1 = $T.enter($s0, "F8", $t49);
  if ($T.when($s1, $t50, b$32 === undefined)) {
    $T.set($s1, "b$32", $t51);
    b$32 = a$31 + 1;
    $T.pop($s1);
  }
  if ($T.when($s1, $t52, c$33 === undefined)) {
    $T.set($s1, "c$33", $t53);
    c$33 = b$32 * 2;
    $T.pop($s1);
  }
  let $r20 = $T.mcall($s1, "$r20", $t56, $T.lit([a$31, b$32, c$33]), "join", $t55, ["/"]);
  $T.ret($s1, $t57);
  return $r20;
}
let $r21 = $T.call($s0, "$r21", null, defaults$6, $t37, [1]);
let $r22 = $T.call($s0, "$r22", null, defaults$6, $t59, [1, 5]);
let $r23 = $T.call($s0, "$r23", null, defaults$6, $t60, [1, undefined, 0]);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t64, [$r21, $r22, $r23]);
function point$7($r1) {
  const $s1 = $T.enter($s0, "F9", $t65);
  $T.let($s1, "x$34", $t66);
  let x$34 = $r1.x;
  $T.let($s1, "why$35", $t67);
  let why$35 = $r1.y;
  $T.let($s1, "$r2", $t68);
  let $r2 = $r1.z;
  if ($T.when($s1, $t69, $r2 === undefined)) {
    $T.set($s1, "$r2", $t70);
    $r2 = 3;
    $T.pop($s1);
  }
  $T.let($s1, "z$36", $t71);
  let z$36 = $r2;
  $T.ret($s1, $t72);
  return x$34 + why$35 + z$36;
}
let $r24 = $T.call($s0, "$r24", null, point$7, $t74, [$T.lit({ x: 1, y: 2 })]);
let $r25 = $T.call($s0, "$r25", null, point$7, $t76, [$T.lit({ x: 1, y: 2, z: 30 })]);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t79, [$r24, $r25]);
function nested$8($r3) {
  const $s1 = $T.enter($s0, "F10", $t80);
  $T.let($s1, "$r4", $t81);
  let $r4 = $r3.a;
  $T.let($s1, "b$37", $t82);
  let b$37 = $r4.b;
  $T.let($s1, "$r5", $t83);
  let $r5 = $r3.c;
  if ($T.when($s1, $t84, $r5 === undefined)) {
    $T.set($s1, "$r5", $t85);
    $r5 = $T.lit({ d: 4 });
    $T.pop($s1);
  }
  $T.let($s1, "c$38", $t86);
  let c$38 = $r5;
  $T.ret($s1, $t87);
  return b$37 + c$38.d;
}
let $r26 = $T.call($s0, "$r26", null, nested$8, $t89, [$T.lit({ a: $T.lit({ b: 1 }) })]);
let $r27 = $T.call($s0, "$r27", null, nested$8, $t91, [$T.lit({ a: $T.lit({ b: 1 }), c: $T.lit({ d: 100 }) })]);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t94, [$r26, $r27]);
$T.let($s0, "$r6", $t95);
let $r6 = $T.lit({ p: "P", q: $T.lit({ r: "R" }) });
$T.let($s0, "p$9", $t96);
const p$9 = $r6.p;
$T.let($s0, "$r7", $t97);
let $r7 = $r6.q;
$T.let($s0, "r$10", $t98);
const r$10 = $r7.r;
$T.let($s0, "$r8", $t99);
let $r8 = $r6.w;
if ($T.when($s0, $t100, $r8 === undefined)) {
  $T.set($s0, "$r8", $t101);
  $r8 = "dw";
  $T.pop($s0);
}
$T.let($s0, "w$11", $t102);
const w$11 = $r8;
$T.let($s0, "$r9", $t103);
let $r9 = $T.lit({ vx: "VX" });
$T.set($s0, "vx$12", $t104);
var vx$12 = $r9.vx;
$T.mcallv($s0, null, $t6, console, "log", console.log, $t109, [p$9, r$10, w$11, vx$12]);
$T.let($s0, "fnExpr$13", $t110);
let fnExpr$13 = $T.fn(function named$39(n$40) {
  const $s1 = $T.enter($s0, "F11", $t111);
  $T.let($s1, "$r28", $t1);
  let $r28;
  if ($T.if($s1, $t112, n$40 > 0)) {
    let $r29 = $T.call($s1, "$r29", $t115, named$39, $t114, [n$40 - 1]);
    $T.set($s1, "$r28", $t116);
    $r28 = $r29 + 1;
    $T.pop($s1);
  } else {
    $T.set($s1, "$r28", $t21);
    $r28 = 0;
    $T.pop($s1);
  }
  $T.ret($s1, $t117);
  return $r28;
}, "F11", $s0);
let $r30 = $T.call($s0, "$r30", $t120, fnExpr$13, $t119, [4]);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t122, [$r30]);
let $r31 = $T.call($s0, "$r31", $t123, $T.fn(function (x$41) {
  const $s1 = $T.enter($s0, "F12", $t124);
  $T.ret($s1, $t125);
  return x$41 + 1;
}, "F12", $s0), $t37, [1]);
let $r32 = $T.call($s0, "$r32", $t127, $T.fn((y$42) => {
  const $s1 = $T.enter($s0, "F13", $t128);
  $T.ret($s1, $t129);
  return y$42 * 3;
}, "F13", $s0), $t126, [3]);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t132, [$r31, $r32]);
$T.let($s0, "swap$14", $t133);
let swap$14 = $T.fn(function () {
  const $s1 = $T.enter($s0, "F14", $t20);
  $T.ret($s1, $t134);
  return "first";
}, "F14", $s0);
let before$15 = $T.call($s0, "before$15", $t135, swap$14, $t20, []);
$T.set($s0, "swap$14", $t136);
swap$14 = $T.fn(function () {
  const $s1 = $T.enter($s0, "F15", $t20);
  $T.ret($s1, $t137);
  return "second";
}, "F15", $s0);
let $r33 = $T.call($s0, "$r33", $t135, swap$14, $t20, []);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t140, [before$15, $r33]);
function reassigned$16() {
  const $s1 = $T.enter($s0, "F16", $t20);
  $T.ret($s1, $t141);
  return "orig";
}
let r0$17 = $T.call($s0, "r0$17", $t142, reassigned$16, $t20, []);
$T.set($s0, "reassigned$16", $t143);
reassigned$16 = $T.fn(function () {
  const $s1 = $T.enter($s0, "F17", $t20);
  $T.ret($s1, $t144);
  return "new";
}, "F17", $s0);
let $r34 = $T.call($s0, "$r34", $t142, reassigned$16, $t20, []);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t147, [r0$17, $r34]);
function outer$18() {
  const $s1 = $T.enter($s0, "F18", $t20);
  $T.let($s1, "v$43", $t1);
  $T.decl($s1, "inner$44", inner$44, "F19");
  $T.set($s1, "v$43", $t148);
  var v$43 = "outer-v";
  function inner$44() {
    const $s2 = $T.enter($s1, "F19", $t20);
    $T.ret($s2, $t149);
    return v$43 + "/inner";
  }
  let $r35 = $T.call($s1, "$r35", null, inner$44, $t20, []);
  $T.ret($s1, $t150);
  return $r35;
}
let $r36 = $T.call($s0, "$r36", null, outer$18, $t20, []);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t152, [$r36]);
function varHoist$19() {
  const $s1 = $T.enter($s0, "F20", $t20);
  $T.let($s1, "later$46", $t1);
  $T.let($s1, "before$45", $t153);
  let before$45 = typeof later$46;
  $T.set($s1, "later$46", $t11);
  var later$46 = 1;
  $T.ret($s1, $t154);
  return before$45 + ":" + later$46;
}
let $r37 = $T.call($s0, "$r37", null, varHoist$19, $t20, []);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t156, [$r37]);
let $r38 = $T.mcallv($s0, "$r38", $t158, Math, "max", Math.max, $t157, [1, 5, 3]);
let $r39 = $T.mcallv($s0, "$r39", $t158, Math, "floor", Math.floor, $t160, [2.7]);
let $r40 = $T.mcallv($s0, "$r40", $t163, JSON, "stringify", JSON.stringify, $t162, [$T.lit({ a: $T.lit([1]) })]);
let $r41 = $T.mcall($s0, "$r41", $t164, "abc", "toUpperCase", $t20, []);
$T.let($s0, "math$20", $t165);
let math$20 = $T.lit([$r38, $r39, $r40, $r41]);
let $r42 = $T.mcallv($s0, "$r42", $t168, math$20, "join", math$20.join, $t167, [" "]);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t170, [$r42]);
function noReturn$21() {
  const $s1 = $T.enter($s0, "F21", $t20);
  $T.let($s1, "x$47", $t11);
  let x$47 = 1;
  $T.ret($s1, $t1, true);
}
let $r43 = $T.call($s0, "$r43", null, noReturn$21, $t20, []);
let $r44 = $T.call($s0, "$r44", $t171, $T.fn(() => {
  const $s1 = $T.enter($s0, "F22", $t20);
  $T.ret($s1, $t1, true);
}, "F22", $s0), $t20, []);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t174, [$r43, $r44]);
function early$22(x$48) {
  const $s1 = $T.enter($s0, "F23", $t175);
  if ($T.when($s1, $t176, x$48 > 1)) {
    $T.ret($s1, $t177);
    return "big";
  }
  $T.ret($s1, $t178);
  return "small";
}
let $r45 = $T.call($s0, "$r45", null, early$22, $t3, [2]);
let $r46 = $T.call($s0, "$r46", null, early$22, $t179, [0]);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t182, [$r45, $r46]);
let $r47 = $T.mcall($s0, "$r47", $t187, $T.lit([1, 2, 3]), "map", $t184, [$T.fn(function (x$49) {
  const $s1 = $T.enter($s0, "F24", $t185);
  $T.ret($s1, $t186);
  return x$49 * 2;
}, "F24", $s0)]);
let callbacks$23 = $T.mcallv($s0, "callbacks$23", $t192, $r47, "filter", $r47.filter, $t189, [$T.fn((x$50) => {
  const $s1 = $T.enter($s0, "F25", $t190);
  $T.ret($s1, $t191);
  return x$50 > 2;
}, "F25", $s0)]);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t194, [callbacks$23]);
function apply$24(fn$51, v$52) {
  const $s1 = $T.enter($s0, "F26", $t195);
  let $r48 = $T.call($s1, "$r48", $t198, fn$51, $t197, [v$52]);
  $T.ret($s1, $t199);
  return $r48;
}
let $r49 = $T.call($s0, "$r49", null, apply$24, $t200, [sq$5, 5]);
let $r50 = $T.call($s0, "$r50", null, apply$24, $t203, [$T.fn(function (z$53) {
  const $s1 = $T.enter($s0, "F27", $t204);
  $T.ret($s1, $t205);
  return z$53 + "!";
}, "F27", $s0), "hi"]);
$T.mcallv($s0, null, $t6, console, "log", console.log, $t208, [$r49, $r50]);
$T.end();
