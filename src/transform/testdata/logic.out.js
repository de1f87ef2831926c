const $T = require("containerless/tracing");
const $t1 = ["arr", []];
const $t2 = ["bin", "+", ["s", "t"], ["v", "x$38"]];
const $t3 = ["v", "log$0"];
const $t4 = ["b", true];
const $t5 = ["bin", "+", ["s", "f"], ["v", "x$39"]];
const $t6 = ["b", false];
const $t7 = ["bin", "+", ["s", "n"], ["v", "x$40"]];
const $t8 = ["null"];
const $t9 = ["n", 1];
const $t10 = ["v", "$r1"];
const $t11 = ["v", "$r3"];
const $t12 = ["n", 2];
const $t13 = ["v", "$r2"];
const $t14 = ["v", "$r5"];
const $t15 = ["n", 3];
const $t16 = ["v", "$r4"];
const $t17 = ["n", 4];
const $t18 = ["v", "$r6"];
const $t19 = ["un", "!", ["v", "$r8"]];
const $t20 = ["n", 5];
const $t21 = ["v", "$r7"];
const $t22 = ["v", "$r8"];
const $t23 = ["un", "!", ["v", "$r10"]];
const $t24 = ["n", 6];
const $t25 = ["v", "$r9"];
const $t26 = ["v", "$r10"];
const $t27 = ["n", 7];
const $t28 = ["v", "$r11"];
const $t29 = ["bin", "||", ["bin", "===", ["v", "$r13"], ["null"]], ["bin", "===", ["v", "$r13"], ["u"]]];
const $t30 = ["n", 8];
const $t31 = ["v", "$r12"];
const $t32 = ["v", "$r13"];
const $t33 = ["n", 0];
const $t34 = ["bin", "||", ["bin", "===", ["v", "$r15"], ["null"]], ["bin", "===", ["v", "$r15"], ["u"]]];
const $t35 = ["n", 9];
const $t36 = ["v", "$r14"];
const $t37 = ["v", "$r15"];
const $t38 = ["n", 10];
const $t39 = ["u"];
const $t40 = ["v", "$r16"];
const $t41 = ["n", 11];
const $t42 = ["v", "$r18"];
const $t43 = ["n", 12];
const $t44 = ["v", "$r19"];
const $t45 = ["v", "$r17"];
const $t46 = ["n", 13];
const $t47 = ["v", "$r20"];
const $t48 = ["n", 14];
const $t49 = ["v", "$r22"];
const $t50 = ["n", 15];
const $t51 = ["v", "$r23"];
const $t52 = ["v", "$r21"];
const $t53 = ["bin", "||", ["bin", "===", ["v", "$r24"], ["null"]], ["bin", "===", ["v", "$r24"], ["u"]]];
const $t54 = ["s", "dflt"];
const $t55 = ["v", "$r24"];
const $t56 = ["n", 16];
const $t57 = ["un", "!", ["v", "$r25"]];
const $t58 = ["n", 17];
const $t59 = ["n", 18];
const $t60 = ["v", "$r26"];
const $t61 = ["n", 19];
const $t62 = ["n", 20];
const $t63 = ["bin", "||", ["bin", "===", ["v", "$r27"], ["null"]], ["bin", "===", ["v", "$r27"], ["u"]]];
const $t64 = ["n", 21];
const $t65 = ["s", " "];
const $t66 = ["v", "r1$4"];
const $t67 = ["v", "r2$5"];
const $t68 = ["v", "r3$6"];
const $t69 = ["v", "r4$7"];
const $t70 = ["v", "r5$8"];
const $t71 = ["v", "r6$9"];
const $t72 = ["v", "$r28"];
const $t73 = ["g", "console"];
const $t74 = ["bin", "&&", ["v", "a$10"], ["v", "b$11"]];
const $t75 = ["bin", "||", ["v", "a$10"], ["v", "b$11"]];
const $t76 = ["bin", "||", ["v", "b$11"], ["s", "x"]];
const $t77 = ["bin", "&&", ["v", "a$10"], ["s", "y"]];
const $t78 = ["v", "c$12"];
const $t79 = ["v", "d$13"];
const $t80 = ["v", "e$14"];
const $t81 = ["v", "g$15"];
const $t82 = ["bin", "+", ["v", "n$16"], ["n", 2]];
const $t83 = ["bin", "-", ["v", "n$16"], ["n", 1]];
const $t84 = ["bin", "*", ["v", "n$16"], ["n", 3]];
const $t85 = ["bin", "/", ["v", "n$16"], ["n", 2]];
const $t86 = ["bin", "%", ["v", "n$16"], ["n", 4]];
const $t87 = ["s", "s"];
const $t88 = ["bin", "+", ["v", "s$17"], ["n", 1]];
const $t89 = ["bin", "+", ["v", "s$17"], ["s", "t"]];
const $t90 = ["v", "n$16"];
const $t91 = ["v", "s$17"];
const $t92 = ["bin", "+", ["v", "i$18"], ["n", 1]];
const $t93 = ["v", "i$18"];
const $t94 = ["un", "+", ["v", "i$18"]];
const $t95 = ["bin", "+", ["v", "$r29"], ["n", 1]];
const $t96 = ["v", "$r29"];
const $t97 = ["bin", "-", ["v", "i$18"], ["n", 1]];
const $t98 = ["bin", "-", ["v", "$r30"], ["n", 1]];
const $t99 = ["v", "$r30"];
const $t100 = ["v", "pre$19"];
const $t101 = ["v", "post$20"];
const $t102 = ["v", "pre2$21"];
const $t103 = ["v", "post2$22"];
const $t104 = ["s", "5"];
const $t105 = ["un", "+", ["v", "str$23"]];
const $t106 = ["bin", "+", ["v", "$r31"], ["n", 1]];
const $t107 = ["v", "$r31"];
const $t108 = ["un", "typeof", ["v", "old$24"]];
const $t109 = ["v", "old$24"];
const $t110 = ["un", "typeof", ["v", "str$23"]];
const $t111 = ["v", "str$23"];
const $t112 = ["s", "7"];
const $t113 = ["bin", "+", ["un", "+", ["v", "sn$25"]], ["n", 1]];
const $t114 = ["v", "sn$25"];
const $t115 = ["un", "typeof", ["v", "sn$25"]];
const $t116 = ["un", "+", ["v", "nul$26"]];
const $t117 = ["bin", "+", ["v", "$r32"], ["n", 1]];
const $t118 = ["v", "$r32"];
const $t119 = ["v", "oldNul$27"];
const $t120 = ["v", "nul$26"];
const $t121 = ["obj", [["count", ["s", "3"]], ["list", ["arr", [["n", 1], ["n", 2], ["n", 3]]]]]];
const $t122 = ["bin", "+", ["un", "+", ["get", ["v", "obj$28"], "count"]], ["n", 1]];
const $t123 = ["v", "obj$28"];
const $t124 = ["s", "count"];
const $t125 = ["un", "+", ["idx", ["get", ["v", "obj$28"], "list"], ["n", 1]]];
const $t126 = ["bin", "+", ["v", "$r33"], ["n", 1]];
const $t127 = ["get", ["v", "obj$28"], "list"];
const $t128 = ["v", "$r33"];
const $t129 = ["bin", "+", ["un", "+", ["idx", ["get", ["v", "obj$28"], "list"], ["n", 0]]], ["n", 1]];
const $t130 = ["bin", "+", ["idx", ["get", ["v", "obj$28"], "list"], ["n", 2]], ["n", 10]];
const $t131 = ["get", ["v", "obj$28"], "count"];
const $t132 = ["s", ","];
const $t133 = ["v", "$r35"];
const $t134 = ["v", "v$29"];
const $t135 = ["v", "$r34"];
const $t136 = ["arr", [["n", 10], ["n", 20], ["n", 30]]];
const $t137 = ["un", "+", ["v", "idx$30"]];
const $t138 = ["bin", "+", ["v", "$r36"], ["n", 1]];
const $t139 = ["v", "idx$30"];
const $t140 = ["v", "arr$31"];
const $t141 = ["v", "$r36"];
const $t142 = ["idx", ["v", "arr$31"], ["v", "idx$30"]];
const $t143 = ["bin", "+", ["v", "$r37"], ["n", 1]];
const $t144 = ["bin", "+", ["v", "$r38"], ["v", "$r37"]];
const $t145 = ["v", "$r39"];
const $t146 = ["v", "$r40"];
const $t147 = ["bin", "+", ["n", 5], ["n", 6]];
const $t148 = ["v", "x$32"];
const $t149 = ["v", "y$33"];
const $t150 = ["v", "z$34"];
const $t151 = ["bin", ">", ["v", "big$35"], ["n", 10]];
const $t152 = ["s", "big"];
const $t153 = ["bin", ">", ["v", "big$35"], ["n", 5]];
const $t154 = ["s", "medium"];
const $t155 = ["s", "small"];
const $t156 = ["v", "$r42"];
const $t157 = ["v", "$r41"];
const $t158 = ["un", "!", ["bin", ">", ["v", "big$35"], ["n", 10]]];
const $t159 = ["v", "desc$36"];
const $t160 = ["v", "$r43"];
const $t161 = ["s", "seq"];
const $t162 = ["s", "last"];
const $t163 = ["v", "seq$37"];
const $t164 = ["get", ["v", "log$0"], "length"];
const $s0 = $T.root();
$T.decl($s0, "t$1", t$1, "F1");
$T.decl($s0, "f$2", f$2, "F2");
$T.decl($s0, "nil$3", nil$3, "F3");
$T.let($s0, "log$0", $t1);
let log$0 = $T.lit([]);
function t$1(x$38) {
  const $s1 = $T.enter($s0, "F1", ["x$38"]);
  $T.mcall($s1, null, $t3, log$0, "push", [$t2], ["t" + x$38]);
  $T.ret($s1, $t4);
  return true;
}
function f$2(x$39) {
  const $s1 = $T.enter($s0, "F2", ["x$39"]);
  $T.mcall($s1, null, $t3, log$0, "push", [$t5], ["f" + x$39]);
  $T.ret($s1, $t6);
  return false;
}
function nil$3(x$40) {
  const $s1 = $T.enter($s0, "F3", ["x$40"]);
  $T.mcall($s1, null, $t3, log$0, "push", [$t7], ["n" + x$40]);
  $T.ret($s1, $t8);
  return null;
}
let $r1 = $T.call($s0, "$r1", null, t$1, [$t9], [1]);
$T.let($s0, "$r3", $t10);
let $r3 = $r1;
if ($T.if($s0, $t11, $r3)) {
  let $r2 = $T.call($s0, "$r2", null, f$2, [$t12], [2]);
  $T.set($s0, "$r3", $t13);
  $r3 = $r2;
  $T.pop($s0);
} else {
  $T.pop($s0);
}
$T.let($s0, "$r5", $t11);
let $r5 = $r3;
if ($T.if($s0, $t14, $r5)) {
  let $r4 = $T.call($s0, "$r4", null, t$1, [$t15], [3]);
  $T.set($s0, "$r5", $t16);
  $r5 = $r4;
  $T.pop($s0);
} else {
  $T.pop($s0);
}
$T.let($s0, "r1$4", $t14);
let r1$4 = $r5;
let $r6 = $T.call($s0, "$r6", null, f$2, [$t17], [4]);
$T.let($s0, "$r8", $t18);
let $r8 = $r6;
if ($T.if($s0, $t19, !$r8)) {
  let $r7 = $T.call($s0, "$r7", null, t$1, [$t20], [5]);
  $T.set($s0, "$r8", $t21);
  $r8 = $r7;
  $T.pop($s0);
} else {
  $T.pop($s0);
}
$T.let($s0, "$r10", $t22);
let $r10 = $r8;
if ($T.if($s0, $t23, !$r10)) {
  let $r9 = $T.call($s0, "$r9", null, t$1, [$t24], [6]);
  $T.set($s0, "$r10", $t25);
  $r10 = $r9;
  $T.pop($s0);
} else {
  $T.pop($s0);
}
$T.let($s0, "r2$5", $t26);
let r2$5 = $r10;
let $r11 = $T.call($s0, "$r11", null, nil$3, [$t27], [7]);
$T.let($s0, "$r13", $t28);
let $r13 = $r11;
if ($T.if($s0, $t29, $r13 === null || $r13 === undefined)) {
  let $r12 = $T.call($s0, "$r12", null, t$1, [$t30], [8]);
  $T.set($s0, "$r13", $t31);
  $r13 = $r12;
  $T.pop($s0);
} else {
  $T.pop($s0);
}
$T.let($s0, "r3$6", $t32);
let r3$6 = $r13;
$T.let($s0, "$r15", $t33);
let $r15 = 0;
if ($T.if($s0, $t34, $r15 === null || $r15 === undefined)) {
  let $r14 = $T.call($s0, "$r14", null, t$1, [$t35], [9]);
  $T.set($s0, "$r15", $t36);
  $r15 = $r14;
  $T.pop($s0);
} else {
  $T.pop($s0);
}
$T.let($s0, "r4$7", $t37);
let r4$7 = $r15;
let $r16 = $T.call($s0, "$r16", null, t$1, [$t38], [10]);
$T.let($s0, "$r17", $t39);
let $r17;
if ($T.if($s0, $t40, $r16)) {
  let $r18 = $T.call($s0, "$r18", null, f$2, [$t41], [11]);
  $T.set($s0, "$r17", $t42);
  $r17 = $r18;
  $T.pop($s0);
} else {
  let $r19 = $T.call($s0, "$r19", null, t$1, [$t43], [12]);
  $T.set($s0, "$r17", $t44);
  $r17 = $r19;
  $T.pop($s0);
}
$T.let($s0, "r5$8", $t45);
let r5$8 = $r17;
let $r20 = $T.call($s0, "$r20", null, f$2, [$t46], [13]);
$T.let($s0, "$r21", $t39);
let $r21;
if ($T.if($s0, $t47, $r20)) {
  let $r22 = $T.call($s0, "$r22", null, t$1, [$t48], [14]);
  $T.set($s0, "$r21", $t49);
  $r21 = $r22;
  $T.pop($s0);
} else {
  let $r23 = $T.call($s0, "$r23", null, nil$3, [$t50], [15]);
  $T.set($s0, "$r21", $t51);
  $r21 = $r23;
  $T.pop($s0);
}
$T.let($s0, "$r24", $t52);
let $r24 = $r21;
if ($T.if($s0, $t53, $r24 === null || $r24 === undefined)) {
  $T.set($s0, "$r24", $t54);
  $r24 = "dflt";
  $T.pop($s0);
} else {
  $T.pop($s0);
}
$T.let($s0, "r6$9", $t55);
let r6$9 = $r24;
let $r25 = $T.call($s0, "$r25", null, f$2, [$t56], [16]);
if ($T.if($s0, $t57, !$r25)) {
  $T.call($s0, null, null, t$1, [$t58], [17]);
  $T.pop($s0);
} else {
  $T.pop($s0);
}
let $r26 = $T.call($s0, "$r26", null, t$1, [$t59], [18]);
if ($T.if($s0, $t60, $r26)) {
  $T.call($s0, null, null, f$2, [$t61], [19]);
  $T.pop($s0);
} else {
  $T.pop($s0);
}
let $r27 = $T.call($s0, "$r27", null, nil$3, [$t62], [20]);
if ($T.if($s0, $t63, $r27 === null || $r27 === undefined)) {
  $T.call($s0, null, null, t$1, [$t64], [21]);
  $T.pop($s0);
} else {
  $T.pop($s0);
}
let $r28 = $T.mcall($s0, "$r28", $t3, log$0, "join", [$t65], [" "]);
$T.mcall($s0, null, $t73, console, "log", [$t66, $t67, $t68, $t69, $t70, $t71, $t72], [r1$4, r2$5, r3$6, r4$7, r5$8, r6$9, $r28]);
$T.let($s0, "a$10", $t9);
let a$10 = 1;
$T.let($s0, "b$11", $t33);
let b$11 = 0;
$T.let($s0, "c$12", $t74);
let c$12 = a$10 && b$11;
$T.let($s0, "d$13", $t75);
let d$13 = a$10 || b$11;
$T.let($s0, "e$14", $t76);
let e$14 = b$11 || "x";
$T.let($s0, "g$15", $t77);
let g$15 = a$10 && "y";
$T.mcall($s0, null, $t73, console, "log", [$t78, $t79, $t80, $t81], [c$12, d$13, e$14, g$15]);
$T.let($s0, "n$16", $t20);
let n$16 = 5;
$T.set($s0, "n$16", $t82);
n$16 = n$16 + 2;
$T.set($s0, "n$16", $t83);
n$16 = n$16 - 1;
$T.set($s0, "n$16", $t84);
n$16 = n$16 * 3;
$T.set($s0, "n$16", $t85);
n$16 = n$16 / 2;
$T.set($s0, "n$16", $t86);
n$16 = n$16 % 4;
$T.let($s0, "s$17", $t87);
let s$17 = "s";
$T.set($s0, "s$17", $t88);
s$17 = s$17 + 1;
$T.set($s0, "s$17", $t89);
s$17 = s$17 + "t";
$T.mcall($s0, null, $t73, console, "log", [$t90, $t91], [n$16, s$17]);
$T.let($s0, "i$18", $t33);
let i$18 = 0;
$T.set($s0, "i$18", $t92);
i$18 = i$18 + 1;
$T.let($s0, "pre$19", $t93);
let pre$19 = i$18;
$T.let($s0, "$r29", $t94);
let $r29 = +i$18;
$T.set($s0, "i$18", $t95);
i$18 = $r29 + 1;
$T.let($s0, "post$20", $t96);
let post$20 = $r29;
$T.set($s0, "i$18", $t97);
i$18 = i$18 - 1;
$T.let($s0, "pre2$21", $t93);
let pre2$21 = i$18;
$T.let($s0, "$r30", $t94);
let $r30 = +i$18;
$T.set($s0, "i$18", $t98);
i$18 = $r30 - 1;
$T.let($s0, "post2$22", $t99);
let post2$22 = $r30;
$T.mcall($s0, null, $t73, console, "log", [$t100, $t101, $t102, $t103, $t93], [pre$19, post$20, pre2$21, post2$22, i$18]);
$T.let($s0, "str$23", $t104);
let str$23 = "5";
$T.let($s0, "$r31", $t105);
let $r31 = +str$23;
$T.set($s0, "str$23", $t106);
str$23 = $r31 + 1;
$T.let($s0, "old$24", $t107);
let old$24 = $r31;
$T.mcall($s0, null, $t73, console, "log", [$t108, $t109, $t110, $t111], [typeof old$24, old$24, typeof str$23, str$23]);
$T.let($s0, "sn$25", $t112);
let sn$25 = "7";
$T.set($s0, "sn$25", $t113);
sn$25 = +sn$25 + 1;
$T.mcall($s0, null, $t73, console, "log", [$t114, $t115], [sn$25, typeof sn$25]);
$T.let($s0, "nul$26", $t8);
let nul$26 = null;
$T.let($s0, "$r32", $t116);
let $r32 = +nul$26;
$T.set($s0, "nul$26", $t117);
nul$26 = $r32 + 1;
$T.let($s0, "oldNul$27", $t118);
let oldNul$27 = $r32;
$T.mcall($s0, null, $t73, console, "log", [$t119, $t120], [oldNul$27, nul$26]);
$T.let($s0, "obj$28", $t121);
let obj$28 = $T.lit({ count: "3", list: $T.lit([1, 2, 3]) });
$T.put($s0, $t123, $t124, $t122, obj$28, "count");
obj$28.count = +obj$28.count + 1;
$T.let($s0, "$r33", $t125);
let $r33 = +obj$28.list[1];
$T.put($s0, $t127, $t9, $t126, obj$28.list, 1);
obj$28.list[1] = $r33 + 1;
$T.let($s0, "v$29", $t128);
let v$29 = $r33;
$T.put($s0, $t127, $t33, $t129, obj$28.list, 0);
obj$28.list[0] = +obj$28.list[0] + 1;
$T.put($s0, $t127, $t12, $t130, obj$28.list, 2);
obj$28.list[2] = obj$28.list[2] + 10;
$T.let($s0, "$r35", $t131);
let $r35 = obj$28.count;
let $r34 = $T.mcall($s0, "$r34", $t127, obj$28.list, "join", [$t132], [","]);
$T.mcall($s0, null, $t73, console, "log", [$t133, $t134, $t135], [$r35, v$29, $r34]);
$T.let($s0, "idx$30", $t33);
let idx$30 = 0;
$T.let($s0, "arr$31", $t136);
let arr$31 = $T.lit([10, 20, 30]);
$T.let($s0, "$r36", $t137);
let $r36 = +idx$30;
$T.set($s0, "idx$30", $t138);
idx$30 = $r36 + 1;
$T.put($s0, $t140, $t141, $t139, arr$31, $r36);
arr$31[$r36] = idx$30;
$T.let($s0, "$r39", $t139);
let $r39 = idx$30;
$T.let($s0, "$r38", $t142);
let $r38 = arr$31[idx$30];
$T.let($s0, "$r37", $t137);
let $r37 = +idx$30;
$T.set($s0, "idx$30", $t143);
idx$30 = $r37 + 1;
$T.put($s0, $t140, $t145, $t144, arr$31, $r39);
arr$31[$r39] = $r38 + $r37;
let $r40 = $T.mcall($s0, "$r40", $t140, arr$31, "join", [$t132], [","]);
$T.mcall($s0, null, $t73, console, "log", [$t146, $t139], [$r40, idx$30]);
$T.let($s0, "x$32", $t39);
let x$32;
$T.set($s0, "x$32", $t20);
x$32 = 5;
$T.set($s0, "x$32", $t24);
x$32 = 6;
$T.let($s0, "y$33", $t147);
let y$33 = 5 + 6;
$T.set($s0, "x$32", $t27);
x$32 = 7;
$T.let($s0, "z$34", $t27);
let z$34 = 7;
$T.mcall($s0, null, $t73, console, "log", [$t148, $t149, $t150], [x$32, y$33, z$34]);
$T.let($s0, "big$35", $t41);
let big$35 = 11;
$T.let($s0, "$r41", $t39);
let $r41;
if ($T.if($s0, $t151, big$35 > 10)) {
  $T.set($s0, "$r41", $t152);
  $r41 = "big";
  $T.pop($s0);
} else {
  $T.let($s0, "$r42", $t39);
  let $r42;
  if ($T.if($s0, $t153, big$35 > 5)) {
    $T.set($s0, "$r42", $t154);
    $r42 = "medium";
    $T.pop($s0);
  } else {
    $T.set($s0, "$r42", $t155);
    $r42 = "small";
    $T.pop($s0);
  }
  $T.set($s0, "$r41", $t156);
  $r41 = $r42;
  $T.pop($s0);
}
$T.let($s0, "desc$36", $t157);
let desc$36 = $r41;
$T.let($s0, "$r43", $t39);
let $r43;
if ($T.if($s0, $t158, !(big$35 > 10))) {
  $T.set($s0, "$r43", $t9);
  $r43 = 1;
  $T.pop($s0);
} else {
  $T.set($s0, "$r43", $t12);
  $r43 = 2;
  $T.pop($s0);
}
$T.mcall($s0, null, $t73, console, "log", [$t159, $t160], [desc$36, $r43]);
log$0.length;
$T.mcall($s0, null, $t3, log$0, "push", [$t161], ["seq"]);
$T.let($s0, "seq$37", $t162);
let seq$37 = "last";
$T.mcall($s0, null, $t73, console, "log", [$t163, $t164], [seq$37, log$0.length]);
$T.end();
