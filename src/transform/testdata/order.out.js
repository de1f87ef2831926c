const $T = require("containerless/tracing");
const $t1 = ["n", 1];
const $t2 = ["n", 100];
const $t3 = ["v", "a$0"];
const $t4 = ["bin", "+", ["v", "$r2"], ["v", "$r1"]];
const $t5 = ["v", "r1$2"];
const $t6 = ["g", "console"];
const $t7 = ["obj", [["x", ["n", 1]]]];
const $t8 = ["n", 50];
const $t9 = ["v", "o$3"];
const $t10 = ["s", "x"];
const $t11 = ["n", 2];
const $t12 = ["get", ["v", "o$3"], "x"];
const $t13 = ["bin", "+", ["v", "$r4"], ["v", "$r3"]];
const $t14 = ["v", "r2$5"];
const $t15 = ["n", 5];
const $t16 = ["n", 0];
const $t17 = ["n", 10];
const $t18 = ["v", "b$6"];
const $t19 = ["bin", "+", ["v", "$r6"], ["v", "$r5"]];
const $t20 = ["arr", []];
const $t21 = ["v", "name$27"];
const $t22 = ["v", "trace$8"];
const $t23 = ["v", "v$28"];
const $t24 = ["s", "a"];
const $t25 = ["s", "b"];
const $t26 = ["s", "c"];
const $t27 = ["n", 3];
const $t28 = ["bin", "+", ["v", "$r7"], ["bin", "*", ["v", "$r8"], ["v", "$r9"]]];
const $t29 = ["s", "y"];
const $t30 = ["s", "z"];
const $t31 = ["arr", [["v", "$r10"], ["v", "$r11"], ["obj", [["k", ["v", "$r12"]]]]]];
const $t32 = ["v", "r4$11"];
const $t33 = ["g", "JSON"];
const $t34 = ["s", ""];
const $t35 = ["v", "r3$10"];
const $t36 = ["v", "$r13"];
const $t37 = ["v", "$r14"];
const $t38 = ["obj", [["v", ["obj", [["w", ["n", 1]]]]]]];
const $t39 = ["obj", [["w", ["n", 99]]]];
const $t40 = ["v", "holder$12"];
const $t41 = ["s", "v"];
const $t42 = ["get", ["v", "holder$12"], "v"];
const $t43 = ["get", ["get", ["v", "holder$12"], "v"], "w"];
const $t44 = ["bin", "+", ["v", "$r16"], ["v", "$r15"]];
const $t45 = ["v", "$r17"];
const $t46 = ["s", "w"];
const $t47 = ["obj", [["list", ["arr", [["n", 0], ["n", 0]]]]]];
const $t48 = ["bin", "+", ["v", "i$15"], ["n", 1]];
const $t49 = ["v", "i$15"];
const $t50 = ["get", ["v", "target$14"], "list"];
const $t51 = ["v", "$r20"];
const $t52 = ["v", "$r19"];
const $t53 = ["v", "$r18"];
const $t54 = ["s", ","];
const $t55 = ["v", "$r21"];
const $t56 = ["obj", [["val", ["n", 3]], ["get", ["v", "$r22"]]]];
const $t57 = ["s", "recv"];
const $t58 = ["v", "m$17"];
const $t59 = ["n", 7];
const $t60 = ["v", "$r23"];
const $t61 = ["v", "$r24"];
const $t62 = ["fn", "F8"];
const $t63 = ["s", "A"];
const $t64 = ["fn", "F10"];
const $t65 = ["s", "B"];
const $t66 = ["s", "arg"];
const $t67 = ["v", "fnVar$19"];
const $t68 = ["v", "$r25"];
const $t69 = ["v", "$r26"];
const $t70 = ["v", "r5$21"];
const $t71 = ["v", "$r27"];
const $t72 = ["bin", "+", ["v", "cnt$22"], ["n", 1]];
const $t73 = ["v", "cnt$22"];
const $t74 = ["bin", ">", ["v", "$r28"], ["n", 0]];
const $t75 = ["v", "$r30"];
const $t76 = ["bin", ">", ["v", "$r29"], ["n", 1]];
const $t77 = ["v", "$r32"];
const $t78 = ["bin", ">", ["v", "$r31"], ["n", 10]];
const $t79 = ["v", "$r34"];
const $t80 = ["v", "$r33"];
const $t81 = ["v", "r6$24"];
const $t82 = ["v", "x$25"];
const $t83 = ["bin", "+", ["bin", "+", ["v", "$r35"], ["n", 5]], ["v", "x$25"]];
const $t84 = ["v", "y$26"];
const $s0 = $T.root();
$T.decl($s0, "bump$1", bump$1, "F1");
$T.decl($s0, "change$4", change$4, "F2");
$T.decl($s0, "setB$7", setB$7, "F3");
$T.decl($s0, "t$9", t$9, "F4");
$T.decl($s0, "swapHolder$13", swapHolder$13, "F5");
$T.decl($s0, "nextI$16", nextI$16, "F6");
$T.decl($s0, "getRecv$18", getRecv$18, "F7");
$T.decl($s0, "replace$20", replace$20, "F9");
$T.decl($s0, "inc$23", inc$23, "F11");
$T.let($s0, "a$0", $t1);
let a$0 = 1;
function bump$1() {
  const $s1 = $T.enter($s0, "F1", []);
  $T.set($s1, "a$0", $t2);
  a$0 = 100;
  $T.ret($s1, $t1);
  return 1;
}
$T.let($s0, "$r2", $t3);
let $r2 = a$0;
let $r1 = $T.call($s0, "$r1", null, bump$1, [], []);
$T.let($s0, "r1$2", $t4);
let r1$2 = $r2 + $r1;
$T.mcall($s0, null, $t6, console, "log", [$t5, $t3], [r1$2, a$0]);
$T.let($s0, "o$3", $t7);
let o$3 = $T.lit({ x: 1 });
function change$4() {
  const $s1 = $T.enter($s0, "F2", []);
  $T.put($s1, $t9, $t10, $t8, o$3, "x");
  o$3.x = 50;
  $T.ret($s1, $t11);
  return 2;
}
$T.let($s0, "$r4", $t12);
let $r4 = o$3.x;
let $r3 = $T.call($s0, "$r3", null, change$4, [], []);
$T.let($s0, "r2$5", $t13);
let r2$5 = $r4 + $r3;
$T.mcall($s0, null, $t6, console, "log", [$t14, $t12], [r2$5, o$3.x]);
$T.let($s0, "b$6", $t15);
let b$6 = 5;
function setB$7() {
  const $s1 = $T.enter($s0, "F3", []);
  $T.set($s1, "b$6", $t16);
  b$6 = 0;
  $T.ret($s1, $t17);
  return 10;
}
$T.let($s0, "$r6", $t18);
let $r6 = b$6;
let $r5 = $T.call($s0, "$r5", null, setB$7, [], []);
$T.set($s0, "b$6", $t19);
b$6 = $r6 + $r5;
$T.mcall($s0, null, $t6, console, "log", [$t18], [b$6]);
$T.let($s0, "trace$8", $t20);
let trace$8 = $T.lit([]);
function t$9(name$27, v$28) {
  const $s1 = $T.enter($s0, "F4", ["name$27", "v$28"]);
  $T.mcall($s1, null, $t22, trace$8, "push", [$t21], [name$27]);
  $T.ret($s1, $t23);
  return v$28;
}
let $r7 = $T.call($s0, "$r7", null, t$9, [$t24, $t1], ["a", 1]);
let $r8 = $T.call($s0, "$r8", null, t$9, [$t25, $t11], ["b", 2]);
let $r9 = $T.call($s0, "$r9", null, t$9, [$t26, $t27], ["c", 3]);
$T.let($s0, "r3$10", $t28);
let r3$10 = $r7 + $r8 * $r9;
let $r10 = $T.call($s0, "$r10", null, t$9, [$t10, $t1], ["x", 1]);
let $r11 = $T.call($s0, "$r11", null, t$9, [$t29, $t11], ["y", 2]);
let $r12 = $T.call($s0, "$r12", null, t$9, [$t30, $t27], ["z", 3]);
$T.let($s0, "r4$11", $t31);
let r4$11 = $T.lit([$r10, $r11, $T.lit({ k: $r12 })]);
let $r13 = $T.mcall($s0, "$r13", $t33, JSON, "stringify", [$t32], [r4$11]);
let $r14 = $T.mcall($s0, "$r14", $t22, trace$8, "join", [$t34], [""]);
$T.mcall($s0, null, $t6, console, "log", [$t35, $t36, $t37], [r3$10, $r13, $r14]);
$T.let($s0, "holder$12", $t38);
let holder$12 = $T.lit({ v: $T.lit({ w: 1 }) });
function swapHolder$13() {
  const $s1 = $T.enter($s0, "F5", []);
  $T.put($s1, $t40, $t41, $t39, holder$12, "v");
  holder$12.v = $T.lit({ w: 99 });
  $T.ret($s1, $t15);
  return 5;
}
$T.let($s0, "$r17", $t42);
let $r17 = holder$12.v;
$T.let($s0, "$r16", $t43);
let $r16 = holder$12.v.w;
let $r15 = $T.call($s0, "$r15", null, swapHolder$13, [], []);
$T.put($s0, $t45, $t46, $t44, $r17, "w");
$r17.w = $r16 + $r15;
$T.mcall($s0, null, $t6, console, "log", [$t43], [holder$12.v.w]);
$T.let($s0, "target$14", $t47);
let target$14 = $T.lit({ list: $T.lit([0, 0]) });
$T.let($s0, "i$15", $t16);
let i$15 = 0;
function nextI$16() {
  const $s1 = $T.enter($s0, "F6", []);
  $T.set($s1, "i$15", $t48);
  i$15 = i$15 + 1;
  $T.ret($s1, $t49);
  return i$15;
}
$T.let($s0, "$r19", $t50);
let $r19 = target$14.list;
let $r18 = $T.call($s0, "$r18", null, nextI$16, [], []);
let $r20 = $T.call($s0, "$r20", null, nextI$16, [], []);
$T.put($s0, $t52, $t53, $t51, $r19, $r18);
$r19[$r18] = $r20;
let $r21 = $T.mcall($s0, "$r21", $t50, target$14.list, "join", [$t54], [","]);
$T.mcall($s0, null, $t6, console, "log", [$t55, $t49], [$r21, i$15]);
let $r22 = function (x$29) { return this === m$17 ? x$29 : "wrong-this"; };
$T.opaque($s0, "$r22");
$T.let($s0, "m$17", $t56);
let m$17 = $T.lit({ val: 3, get: $r22 });
function getRecv$18() {
  const $s1 = $T.enter($s0, "F7", []);
  $T.mcall($s1, null, $t22, trace$8, "push", [$t57], ["recv"]);
  $T.ret($s1, $t58);
  return m$17;
}
let $r23 = $T.call($s0, "$r23", null, getRecv$18, [], []);
let $r24 = $T.mcall($s0, "$r24", $t60, $r23, "get", [$t59], [7]);
$T.mcall($s0, null, $t6, console, "log", [$t61], [$r24]);
$T.let($s0, "fnVar$19", $t62);
let fnVar$19 = $T.fn(function () {
  const $s1 = $T.enter($s0, "F8", []);
  $T.ret($s1, $t63);
  return "A";
}, "F8", $s0);
function replace$20() {
  const $s1 = $T.enter($s0, "F9", []);
  $T.set($s1, "fnVar$19", $t64);
  fnVar$19 = $T.fn(function () {
    const $s2 = $T.enter($s1, "F10", []);
    $T.ret($s2, $t65);
    return "B";
  }, "F10", $s1);
  $T.ret($s1, $t66);
  return "arg";
}
$T.let($s0, "$r26", $t67);
let $r26 = fnVar$19;
let $r25 = $T.call($s0, "$r25", null, replace$20, [], []);
let r5$21 = $T.call($s0, "r5$21", $t69, $r26, [$t68], [$r25]);
let $r27 = $T.call($s0, "$r27", $t67, fnVar$19, [], []);
$T.mcall($s0, null, $t6, console, "log", [$t70, $t71], [r5$21, $r27]);
$T.let($s0, "cnt$22", $t16);
let cnt$22 = 0;
function inc$23() {
  const $s1 = $T.enter($s0, "F11", []);
  $T.set($s1, "cnt$22", $t72);
  cnt$22 = cnt$22 + 1;
  $T.ret($s1, $t73);
  return cnt$22;
}
let $r28 = $T.call($s0, "$r28", null, inc$23, [], []);
$T.let($s0, "$r30", $t74);
let $r30 = $r28 > 0;
if ($T.if($s0, $t75, $r30)) {
  let $r29 = $T.call($s0, "$r29", null, inc$23, [], []);
  $T.set($s0, "$r30", $t76);
  $r30 = $r29 > 1;
  $T.pop($s0);
} else {
  $T.pop($s0);
}
$T.let($s0, "$r32", $t75);
let $r32 = $r30;
if ($T.if($s0, $t77, $r32)) {
  let $r31 = $T.call($s0, "$r31", null, inc$23, [], []);
  $T.set($s0, "$r32", $t78);
  $r32 = $r31 > 10;
  $T.pop($s0);
} else {
  $T.pop($s0);
}
$T.let($s0, "$r34", $t77);
let $r34 = $r32;
if ($T.if($s0, $t79, $r34)) {
  let $r33 = $T.call($s0, "$r33", null, inc$23, [], []);
  $T.set($s0, "$r34", $t80);
  $r34 = $r33;
  $T.pop($s0);
} else {
  $T.pop($s0);
}
$T.let($s0, "r6$24", $t79);
let r6$24 = $r34;
$T.mcall($s0, null, $t6, console, "log", [$t81, $t73], [r6$24, cnt$22]);
$T.let($s0, "x$25", $t1);
let x$25 = 1;
$T.let($s0, "$r35", $t82);
let $r35 = x$25;
$T.set($s0, "x$25", $t15);
x$25 = 5;
$T.let($s0, "y$26", $t83);
let y$26 = $r35 + 5 + x$25;
$T.mcall($s0, null, $t6, console, "log", [$t84, $t82], [y$26, x$25]);
$T.end();
