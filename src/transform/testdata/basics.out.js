const $T = require("containerless/tracing");
const $t1 = ["u"];
const $t2 = ["n", 7];
const $t3 = ["n", 2.5];
const $t4 = ["s", "str"];
const $t5 = ["bin", "+", ["bin", "-", ["bin", "*", ["v", "a$0"], ["v", "b$1"]], ["bin", "/", ["v", "a$0"], ["n", 2]]], ["bin", "%", ["v", "a$0"], ["n", 3]]];
const $t6 = ["v", "d$3"];
const $t7 = ["bin", "===", ["v", "a$0"], ["n", 7]];
const $t8 = ["bin", "!==", ["v", "a$0"], ["n", 7]];
const $t9 = ["bin", "==", ["v", "a$0"], ["s", "7"]];
const $t10 = ["bin", "!=", ["v", "a$0"], ["s", "7"]];
const $t11 = ["bin", "<", ["v", "a$0"], ["v", "b$1"]];
const $t12 = ["bin", ">=", ["v", "a$0"], ["v", "b$1"]];
const $t13 = ["g", "console"];
const $t14 = ["un", "typeof", ["v", "c$2"]];
const $t15 = ["un", "typeof", ["g", "undefinedThing"]];
const $t16 = ["un", "void", ["n", 0]];
const $t17 = ["un", "-", ["v", "a$0"]];
const $t18 = ["un", "+", ["s", "42"]];
const $t19 = ["un", "!", ["v", "a$0"]];
const $t20 = ["un", "!", ["un", "!", ["v", "c$2"]]];
const $t21 = ["bin", "+", ["bin", "+", ["bin", "+", ["bin", "+", ["bin", "+", ["s", "a="], ["v", "a$0"]], ["s", ", b="]], ["v", "b$1"]], ["v", "c$2"]], ["s", "!"]];
const $t22 = ["s", "plain"];
const $t23 = ["bin", "+", ["bin", "+", ["s", ""], ["v", "a$0"]], ["v", "b$1"]];
const $t24 = ["bin", "+", ["s", ""], ["obj", []]];
const $t25 = ["obj", [["x", ["n", 1]], ["y-z", ["arr", [["n", 1], ["n", 2], ["obj", [["w", ["v", "a$0"]]]]]]], ["nested", ["obj", [["deep", ["v", "c$2"]]]]]]];
const $t26 = ["bin", "+", ["get", ["v", "o$4"], "x"], ["n", 10]];
const $t27 = ["v", "o$4"];
const $t28 = ["s", "x"];
const $t29 = ["s", "changed"];
const $t30 = ["idx", ["idx", ["v", "o$4"], ["s", "y-z"]], ["n", 2]];
const $t31 = ["s", "w"];
const $t32 = ["s", "nested"];
const $t33 = ["bin", "+", ["get", ["idx", ["v", "o$4"], ["v", "key$5"]], "deep"], ["s", "!"]];
const $t34 = ["idx", ["v", "o$4"], ["v", "key$5"]];
const $t35 = ["s", "deep"];
const $t36 = ["g", "JSON"];
const $t37 = ["v", "$r1"];
const $t38 = ["get", ["v", "o$4"], "x"];
const $t39 = ["get", ["idx", ["v", "o$4"], ["s", "y-z"]], "length"];
const $t40 = ["arr", [["v", "a$0"], ["v", "b$1"], ["v", "c$2"], ["arr", [["n", 1], ["n", 2]]]]];
const $t41 = ["bin", "*", ["idx", ["v", "arr$6"], ["n", 0]], ["n", 2]];
const $t42 = ["v", "arr$6"];
const $t43 = ["n", 1];
const $t44 = ["get", ["v", "arr$6"], "length"];
const $t45 = ["idx", ["idx", ["v", "arr$6"], ["n", 3]], ["n", 1]];
const $t46 = ["null"];
const $t47 = ["b", true];
const $t48 = ["v", "n$7"];
const $t49 = ["v", "u$8"];
const $t50 = ["v", "t$9"];
const $t51 = ["n", NaN];
const $t52 = ["n", Infinity];
const $t53 = ["n", -Infinity];
const $t54 = ["n", 0x10];
const $t55 = ["n", 1e3];
const $t56 = ["n", 1_000];
const $t57 = ["n", .5];
const $t58 = ["n", 5.];
const $t59 = ["bin", "===", ["n", -0], ["n", 0]];
const $t60 = ["s", "quote\" back\\ nl\n tab\t"];
const $t61 = ["v", "s$10"];
const $t62 = ["get", ["v", "s$10"], "length"];
const $t63 = ["get", ["s", "unicode: é ✓ 😀"], "length"];
const $t64 = ["obj", [["x", ["obj", [["y", ["n", 5]], ["list", ["arr", [["n", 1], ["obj", [["z", ["s", "zz"]]]]]]]]]]]];
const $t65 = ["s", "list"];
const $t66 = ["un", "!", ["bin", "||", ["bin", "===", ["v", "maybe$11"], ["null"]], ["bin", "===", ["v", "maybe$11"], ["u"]]]];
const $t67 = ["get", ["v", "maybe$11"], "x"];
const $t68 = ["get", ["get", ["get", ["v", "maybe$11"], "x"], "y"], "z"];
const $t69 = ["un", "!", ["bin", "||", ["bin", "===", ["v", "deep$12"], ["null"]], ["bin", "===", ["v", "deep$12"], ["u"]]]];
const $t70 = ["get", ["get", ["v", "deep$12"], "x"], "y"];
const $t71 = ["get", ["v", "deep$12"], "x"];
const $t72 = ["un", "!", ["bin", "||", ["bin", "===", ["v", "$r6"], ["null"]], ["bin", "===", ["v", "$r6"], ["u"]]]];
const $t73 = ["idx", ["idx", ["v", "$r6"], ["v", "k$13"]], ["n", 1]];
const $t74 = ["un", "!", ["bin", "||", ["bin", "===", ["v", "$r7"], ["null"]], ["bin", "===", ["v", "$r7"], ["u"]]]];
const $t75 = ["get", ["v", "$r7"], "z"];
const $t76 = ["get", ["v", "deep$12"], "nope"];
const $t77 = ["un", "!", ["bin", "||", ["bin", "===", ["v", "$r9"], ["null"]], ["bin", "===", ["v", "$r9"], ["u"]]]];
const $t78 = ["get", ["v", "$r9"], "z"];
const $t79 = ["idx", ["v", "deep$12"], ["s", "x"]];
const $t80 = ["un", "!", ["bin", "||", ["bin", "===", ["v", "$r11"], ["null"]], ["bin", "===", ["v", "$r11"], ["u"]]]];
const $t81 = ["get", ["get", ["v", "$r11"], "list"], "length"];
const $t82 = ["v", "$r2"];
const $t83 = ["v", "$r3"];
const $t84 = ["v", "$r4"];
const $t85 = ["v", "$r5"];
const $t86 = ["v", "$r8"];
const $t87 = ["v", "$r10"];
const $s0 = $T.root();
$T.let($s0, "c$2", $t1);
$T.let($s0, "a$0", $t2);
const a$0 = 7;
$T.let($s0, "b$1", $t3);
let b$1 = 2.5;
$T.set($s0, "c$2", $t4);
var c$2 = "str";
$T.let($s0, "d$3", $t5);
let d$3 = a$0 * b$1 - a$0 / 2 + a$0 % 3;
$T.mcall($s0, null, $t13, console, "log", [$t6, $t7, $t8, $t9, $t10, $t11, $t12], [d$3, a$0 === 7, a$0 !== 7, a$0 == "7", a$0 != "7", a$0 < b$1, a$0 >= b$1]);
$T.mcall($s0, null, $t13, console, "log", [$t14, $t15, $t16, $t17, $t18, $t19, $t20], [typeof c$2, typeof undefinedThing, void 0, -a$0, +"42", !a$0, !!c$2]);
$T.mcall($s0, null, $t13, console, "log", [$t21, $t22, $t23, $t24], ["a=" + a$0 + ", b=" + b$1 + c$2 + "!", "plain", "" + a$0 + b$1, "" + $T.lit({})]);
$T.let($s0, "o$4", $t25);
let o$4 = $T.lit({ x: 1, "y-z": $T.lit([1, 2, $T.lit({ w: a$0 })]), nested: $T.lit({ deep: c$2 }) });
$T.put($s0, $t27, $t28, $t26, o$4, "x");
o$4.x = o$4.x + 10;
$T.put($s0, $t30, $t31, $t29, o$4["y-z"][2], "w");
o$4["y-z"][2].w = "changed";
$T.let($s0, "key$5", $t32);
let key$5 = "nested";
$T.put($s0, $t34, $t35, $t33, o$4[key$5], "deep");
o$4[key$5].deep = o$4[key$5].deep + "!";
let $r1 = $T.mcall($s0, "$r1", $t36, JSON, "stringify", [$t27], [o$4]);
$T.mcall($s0, null, $t13, console, "log", [$t37, $t38, $t39], [$r1, o$4.x, o$4["y-z"].length]);
$T.let($s0, "arr$6", $t40);
let arr$6 = $T.lit([a$0, b$1, c$2, $T.lit([1, 2])]);
$T.put($s0, $t42, $t43, $t41, arr$6, 1);
arr$6[1] = arr$6[0] * 2;
$T.mcall($s0, null, $t13, console, "log", [$t42, $t44, $t45], [arr$6, arr$6.length, arr$6[3][1]]);
$T.let($s0, "n$7", $t46);
let n$7 = null;
$T.let($s0, "u$8", $t1);
let u$8;
$T.let($s0, "t$9", $t47);
let t$9 = true;
$T.mcall($s0, null, $t13, console, "log", [$t48, $t49, $t50, $t51, $t52, $t53, $t1], [n$7, u$8, t$9, NaN, Infinity, -Infinity, undefined]);
$T.mcall($s0, null, $t13, console, "log", [$t54, $t55, $t56, $t57, $t58, $t59], [0x10, 1e3, 1_000, .5, 5., -0 === 0]);
$T.let($s0, "s$10", $t60);
let s$10 = "quote\" back\\ nl\n tab\t";
$T.mcall($s0, null, $t13, console, "log", [$t61, $t62, $t63], [s$10, s$10.length, "unicode: é ✓ 😀".length]);
$T.let($s0, "maybe$11", $t46);
let maybe$11 = null;
$T.let($s0, "deep$12", $t64);
let deep$12 = $T.lit({ x: $T.lit({ y: 5, list: $T.lit([1, $T.lit({ z: "zz" })]) }) });
$T.let($s0, "k$13", $t65);
let k$13 = "list";
$T.let($s0, "$r2", $t1);
let $r2;
if ($T.if($s0, $t66, !(maybe$11 === null || maybe$11 === undefined))) {
  $T.set($s0, "$r2", $t67);
  $r2 = maybe$11.x;
  $T.pop($s0);
} else {
  $T.pop($s0);
}
$T.let($s0, "$r3", $t1);
let $r3;
if ($T.if($s0, $t66, !(maybe$11 === null || maybe$11 === undefined))) {
  $T.set($s0, "$r3", $t68);
  $r3 = maybe$11.x.y.z;
  $T.pop($s0);
} else {
  $T.pop($s0);
}
$T.let($s0, "$r4", $t1);
let $r4;
if ($T.if($s0, $t69, !(deep$12 === null || deep$12 === undefined))) {
  $T.set($s0, "$r4", $t70);
  $r4 = deep$12.x.y;
  $T.pop($s0);
} else {
  $T.pop($s0);
}
$T.let($s0, "$r5", $t1);
let $r5;
$T.let($s0, "$r6", $t71);
let $r6 = deep$12.x;
if ($T.if($s0, $t72, !($r6 === null || $r6 === undefined))) {
  $T.let($s0, "$r7", $t73);
  let $r7 = $r6[k$13][1];
  if ($T.if($s0, $t74, !($r7 === null || $r7 === undefined))) {
    $T.set($s0, "$r5", $t75);
    $r5 = $r7.z;
    $T.pop($s0);
  } else {
    $T.pop($s0);
  }
  $T.pop($s0);
} else {
  $T.pop($s0);
}
$T.let($s0, "$r8", $t1);
let $r8;
$T.let($s0, "$r9", $t76);
let $r9 = deep$12.nope;
if ($T.if($s0, $t77, !($r9 === null || $r9 === undefined))) {
  $T.set($s0, "$r8", $t78);
  $r8 = $r9.z;
  $T.pop($s0);
} else {
  $T.pop($s0);
}
$T.let($s0, "$r10", $t1);
let $r10;
if ($T.if($s0, $t69, !(deep$12 === null || deep$12 === undefined))) {
  $T.let($s0, "$r11", $t79);
  let $r11 = deep$12["x"];
  if ($T.if($s0, $t80, !($r11 === null || $r11 === undefined))) {
    $T.set($s0, "$r10", $t81);
    $r10 = $r11.list.length;
    $T.pop($s0);
  } else {
    $T.pop($s0);
  }
  $T.pop($s0);
} else {
  $T.pop($s0);
}
$T.mcall($s0, null, $t13, console, "log", [$t82, $t83, $t84, $t85, $t86, $t87], [$r2, $r3, $r4, $r5, $r8, $r10]);
$T.end();
