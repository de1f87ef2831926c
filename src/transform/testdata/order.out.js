const $T = require("containerless/tracing");
const $t1 = ["n", 1];
const $t2 = [];
const $t3 = ["n", 100];
const $t4 = ["v", "a"];
const $t5 = ["bin", "+", ["v", "$r2"], ["v", "$r1"]];
const $t6 = ["v", "r1"];
const $t7 = [$t6, $t4];
const $t8 = ["g", "console"];
const $t9 = ["obj", [["x", ["n", 1]]]];
const $t10 = ["n", 50];
const $t11 = ["v", "o"];
const $t12 = ["s", "x"];
const $t13 = ["n", 2];
const $t14 = ["get", ["v", "o"], "x"];
const $t15 = ["bin", "+", ["v", "$r4"], ["v", "$r3"]];
const $t16 = ["v", "r2"];
const $t17 = [$t16, $t14];
const $t18 = ["n", 5];
const $t19 = ["n", 0];
const $t20 = ["n", 10];
const $t21 = ["v", "b"];
const $t22 = ["bin", "+", ["v", "$r6"], ["v", "$r5"]];
const $t23 = [$t21];
const $t24 = ["arr", []];
const $t25 = ["name", "v"];
const $t26 = ["v", "name"];
const $t27 = [$t26];
const $t28 = ["v", "trace"];
const $t29 = ["v", "v"];
const $t30 = ["s", "a"];
const $t31 = [$t30, $t1];
const $t32 = ["s", "b"];
const $t33 = [$t32, $t13];
const $t34 = ["s", "c"];
const $t35 = ["n", 3];
const $t36 = [$t34, $t35];
const $t37 = ["bin", "+", ["v", "$r7"], ["bin", "*", ["v", "$r8"], ["v", "$r9"]]];
const $t38 = [$t12, $t1];
const $t39 = ["s", "y"];
const $t40 = [$t39, $t13];
const $t41 = ["s", "z"];
const $t42 = [$t41, $t35];
const $t43 = ["arr", [["v", "$r10"], ["v", "$r11"], ["obj", [["k", ["v", "$r12"]]]]]];
const $t44 = ["v", "r4"];
const $t45 = [$t44];
const $t46 = ["g", "JSON"];
const $t47 = ["s", ""];
const $t48 = [$t47];
const $t49 = ["v", "r3"];
const $t50 = ["v", "$r13"];
const $t51 = ["v", "$r14"];
const $t52 = [$t49, $t50, $t51];
const $t53 = ["obj", [["v", ["obj", [["w", ["n", 1]]]]]]];
const $t54 = ["obj", [["w", ["n", 99]]]];
const $t55 = ["v", "holder"];
const $t56 = ["s", "v"];
const $t57 = ["get", ["v", "holder"], "v"];
const $t58 = ["get", ["get", ["v", "holder"], "v"], "w"];
const $t59 = ["bin", "+", ["v", "$r16"], ["v", "$r15"]];
const $t60 = ["v", "$r17"];
const $t61 = ["s", "w"];
const $t62 = [$t58];
const $t63 = ["obj", [["list", ["arr", [["n", 0], ["n", 0]]]]]];
const $t64 = ["bin", "+", ["v", "i"], ["n", 1]];
const $t65 = ["v", "i"];
const $t66 = ["get", ["v", "target"], "list"];
const $t67 = ["v", "$r20"];
const $t68 = ["v", "$r19"];
const $t69 = ["v", "$r18"];
const $t70 = ["s", ","];
const $t71 = [$t70];
const $t72 = ["v", "$r21"];
const $t73 = [$t72, $t65];
const $t74 = ["obj", [["val", ["n", 3]], ["get", ["v", "$r22"]]]];
const $t75 = ["s", "recv"];
const $t76 = [$t75];
const $t77 = ["v", "m"];
const $t78 = ["n", 7];
const $t79 = [$t78];
const $t80 = ["v", "$r23"];
const $t81 = ["v", "$r24"];
const $t82 = [$t81];
const $t83 = ["fn", "F8"];
const $t84 = ["s", "A"];
const $t85 = ["fn", "F10"];
const $t86 = ["s", "B"];
const $t87 = ["s", "arg"];
const $t88 = ["v", "fnVar"];
const $t89 = ["v", "$r25"];
const $t90 = [$t89];
const $t91 = ["v", "$r26"];
const $t92 = ["v", "r5"];
const $t93 = ["v", "$r27"];
const $t94 = [$t92, $t93];
const $t95 = ["bin", "+", ["v", "cnt"], ["n", 1]];
const $t96 = ["v", "cnt"];
const $t97 = ["bin", ">", ["v", "$r28"], ["n", 0]];
const $t98 = ["v", "$r30"];
const $t99 = ["bin", ">", ["v", "$r29"], ["n", 1]];
const $t100 = ["v", "$r32"];
const $t101 = ["bin", ">", ["v", "$r31"], ["n", 10]];
const $t102 = ["v", "$r34"];
const $t103 = ["v", "$r33"];
const $t104 = ["v", "r6"];
const $t105 = [$t104, $t96];
const $t106 = ["v", "x$0"];
const $t107 = ["bin", "+", ["bin", "+", ["v", "$r35"], ["n", 5]], ["v", "x$0"]];
const $t108 = ["v", "y"];
const $t109 = [$t108, $t106];
const $s0 = $T.root();
$T.on && $T.decl($s0, "bump", bump, "F1");
$T.on && $T.decl($s0, "change", change, "F2");
$T.on && $T.decl($s0, "setB", setB, "F3");
$T.on && $T.decl($s0, "t", t, "F4");
$T.on && $T.decl($s0, "swapHolder", swapHolder, "F5");
$T.on && $T.decl($s0, "nextI", nextI, "F6");
$T.on && $T.decl($s0, "getRecv", getRecv, "F7");
$T.on && $T.decl($s0, "replace", replace, "F9");
$T.on && $T.decl($s0, "inc", inc, "F11");
$T.on && $T.let($s0, "a", $t1);
let a = 1;
function bump() {
  if (!$T.on) {
    a = 100;
    return 1;
  }
  const $s1 = $T.enter($s0, "F1", $t2);
  $T.on && $T.set($s1, "a", $t3);
  a = 100;
  $T.on && $T.ret($s1, $t1);
  return 1;
}
$T.on && $T.let($s0, "$r2", $t4);
let $r2 = a;
let $r1 = $T.on ? $T.call($s0, "$r1", null, bump, $t2, []) : bump();
$T.on && $T.let($s0, "r1", $t5);
let r1 = $r2 + $r1;
$T.on ? $T.mcallv($s0, null, $t8, console, "log", console.log, $t7, [r1, a]) : console.log(r1, a);
$T.on && $T.let($s0, "o", $t9);
let o = $T.lit({ x: 1 });
function change() {
  if (!$T.on) {
    o.x = 50;
    return 2;
  }
  const $s1 = $T.enter($s0, "F2", $t2);
  $T.on && $T.put($s1, $t11, $t12, $t10, o, "x");
  o.x = 50;
  $T.on && $T.ret($s1, $t13);
  return 2;
}
$T.on && $T.let($s0, "$r4", $t14);
let $r4 = o.x;
let $r3 = $T.on ? $T.call($s0, "$r3", null, change, $t2, []) : change();
$T.on && $T.let($s0, "r2", $t15);
let r2 = $r4 + $r3;
$T.on ? $T.mcallv($s0, null, $t8, console, "log", console.log, $t17, [r2, o.x]) : console.log(r2, o.x);
$T.on && $T.let($s0, "b", $t18);
let b = 5;
function setB() {
  if (!$T.on) {
    b = 0;
    return 10;
  }
  const $s1 = $T.enter($s0, "F3", $t2);
  $T.on && $T.set($s1, "b", $t19);
  b = 0;
  $T.on && $T.ret($s1, $t20);
  return 10;
}
$T.on && $T.let($s0, "$r6", $t21);
let $r6 = b;
let $r5 = $T.on ? $T.call($s0, "$r5", null, setB, $t2, []) : setB();
$T.on && $T.set($s0, "b", $t22);
b = $r6 + $r5;
$T.on ? $T.mcallv($s0, null, $t8, console, "log", console.log, $t23, [b]) : console.log(b);
$T.on && $T.let($s0, "trace", $t24);
let trace = $T.lit([]);
function t(name, v) {
  if (!$T.on) {
    trace.push(name);
    return v;
  }
  const $s1 = $T.enter($s0, "F4", $t25);
  $T.on ? $T.mcallv($s1, null, $t28, trace, "push", trace.push, $t27, [name]) : trace.push(name);
  $T.on && $T.ret($s1, $t29);
  return v;
}
let $r7 = $T.on ? $T.call($s0, "$r7", null, t, $t31, ["a", 1]) : t("a", 1);
let $r8 = $T.on ? $T.call($s0, "$r8", null, t, $t33, ["b", 2]) : t("b", 2);
let $r9 = $T.on ? $T.call($s0, "$r9", null, t, $t36, ["c", 3]) : t("c", 3);
$T.on && $T.let($s0, "r3", $t37);
let r3 = $r7 + $r8 * $r9;
let $r10 = $T.on ? $T.call($s0, "$r10", null, t, $t38, ["x", 1]) : t("x", 1);
let $r11 = $T.on ? $T.call($s0, "$r11", null, t, $t40, ["y", 2]) : t("y", 2);
let $r12 = $T.on ? $T.call($s0, "$r12", null, t, $t42, ["z", 3]) : t("z", 3);
$T.on && $T.let($s0, "r4", $t43);
let r4 = $T.lit([$r10, $r11, $T.lit({ k: $r12 })]);
let $r13 = $T.on ? $T.mcallv($s0, "$r13", $t46, JSON, "stringify", JSON.stringify, $t45, [r4]) : JSON.stringify(r4);
let $r14 = $T.on ? $T.mcallv($s0, "$r14", $t28, trace, "join", trace.join, $t48, [""]) : trace.join("");
$T.on ? $T.mcallv($s0, null, $t8, console, "log", console.log, $t52, [r3, $r13, $r14]) : console.log(r3, $r13, $r14);
$T.on && $T.let($s0, "holder", $t53);
let holder = $T.lit({ v: $T.lit({ w: 1 }) });
function swapHolder() {
  if (!$T.on) {
    holder.v = { w: 99 };
    return 5;
  }
  const $s1 = $T.enter($s0, "F5", $t2);
  $T.on && $T.put($s1, $t55, $t56, $t54, holder, "v");
  holder.v = $T.lit({ w: 99 });
  $T.on && $T.ret($s1, $t18);
  return 5;
}
$T.on && $T.let($s0, "$r17", $t57);
let $r17 = holder.v;
$T.on && $T.let($s0, "$r16", $t58);
let $r16 = holder.v.w;
let $r15 = $T.on ? $T.call($s0, "$r15", null, swapHolder, $t2, []) : swapHolder();
$T.on && $T.put($s0, $t60, $t61, $t59, $r17, "w");
$r17.w = $r16 + $r15;
$T.on ? $T.mcallv($s0, null, $t8, console, "log", console.log, $t62, [holder.v.w]) : console.log(holder.v.w);
$T.on && $T.let($s0, "target", $t63);
let target = $T.lit({ list: $T.lit([0, 0]) });
$T.on && $T.let($s0, "i", $t19);
let i = 0;
function nextI() {
  if (!$T.on) {
    i = i + 1;
    return i;
  }
  const $s1 = $T.enter($s0, "F6", $t2);
  $T.on && $T.set($s1, "i", $t64);
  i = i + 1;
  $T.on && $T.ret($s1, $t65);
  return i;
}
$T.on && $T.let($s0, "$r19", $t66);
let $r19 = target.list;
let $r18 = $T.on ? $T.call($s0, "$r18", null, nextI, $t2, []) : nextI();
let $r20 = $T.on ? $T.call($s0, "$r20", null, nextI, $t2, []) : nextI();
$T.on && $T.put($s0, $t68, $t69, $t67, $r19, $r18);
$r19[$r18] = $r20;
let $r21 = $T.on ? $T.mcall($s0, "$r21", $t66, target.list, "join", $t71, [","]) : target.list.join(",");
$T.on ? $T.mcallv($s0, null, $t8, console, "log", console.log, $t73, [$r21, i]) : console.log($r21, i);
let $r22 = function (x$1) { return this === m ? x$1 : "wrong-this"; };
$T.on && $T.opaque($s0, "$r22");
$T.on && $T.let($s0, "m", $t74);
let m = $T.lit({ val: 3, get: $r22 });
function getRecv() {
  if (!$T.on) {
    trace.push("recv");
    return m;
  }
  const $s1 = $T.enter($s0, "F7", $t2);
  $T.on ? $T.mcallv($s1, null, $t28, trace, "push", trace.push, $t76, ["recv"]) : trace.push("recv");
  $T.on && $T.ret($s1, $t77);
  return m;
}
let $r23 = $T.on ? $T.call($s0, "$r23", null, getRecv, $t2, []) : getRecv();
let $r24 = $T.on ? $T.mcallv($s0, "$r24", $t80, $r23, "get", $r23.get, $t79, [7]) : $r23.get(7);
$T.on ? $T.mcallv($s0, null, $t8, console, "log", console.log, $t82, [$r24]) : console.log($r24);
$T.on && $T.let($s0, "fnVar", $t83);
let fnVar = $T.fn(function () {
  if (!$T.on) {
    return "A";
  }
  const $s1 = $T.enter($s0, "F8", $t2);
  $T.on && $T.ret($s1, $t84);
  return "A";
}, "F8", $s0, "fnVar");
function replace() {
  if (!$T.on) {
    fnVar = function () {
      return "B";
    };
    return "arg";
  }
  const $s1 = $T.enter($s0, "F9", $t2);
  $T.on && $T.set($s1, "fnVar", $t85);
  fnVar = $T.fn(function () {
    if (!$T.on) {
      return "B";
    }
    const $s2 = $T.enter($s1, "F10", $t2);
    $T.on && $T.ret($s2, $t86);
    return "B";
  }, "F10", $s1, "fnVar");
  $T.on && $T.ret($s1, $t87);
  return "arg";
}
$T.on && $T.let($s0, "$r26", $t88);
let $r26 = fnVar;
let $r25 = $T.on ? $T.call($s0, "$r25", null, replace, $t2, []) : replace();
let r5 = $T.on ? $T.call($s0, "r5", $t91, $r26, $t90, [$r25]) : $r26($r25);
let $r27 = $T.on ? $T.call($s0, "$r27", $t88, fnVar, $t2, []) : fnVar();
$T.on ? $T.mcallv($s0, null, $t8, console, "log", console.log, $t94, [r5, $r27]) : console.log(r5, $r27);
$T.on && $T.let($s0, "cnt", $t19);
let cnt = 0;
function inc() {
  if (!$T.on) {
    cnt = cnt + 1;
    return cnt;
  }
  const $s1 = $T.enter($s0, "F11", $t2);
  $T.on && $T.set($s1, "cnt", $t95);
  cnt = cnt + 1;
  $T.on && $T.ret($s1, $t96);
  return cnt;
}
let $r28 = $T.on ? $T.call($s0, "$r28", null, inc, $t2, []) : inc();
$T.on && $T.let($s0, "$r30", $t97);
let $r30 = $r28 > 0;
if ($T.on ? $T.when($s0, $t98, $r30) : $r30) {
  let $r29 = $T.on ? $T.call($s0, "$r29", null, inc, $t2, []) : inc();
  $T.on && $T.set($s0, "$r30", $t99);
  $r30 = $r29 > 1;
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r32", $t98);
let $r32 = $r30;
if ($T.on ? $T.when($s0, $t100, $r32) : $r32) {
  let $r31 = $T.on ? $T.call($s0, "$r31", null, inc, $t2, []) : inc();
  $T.on && $T.set($s0, "$r32", $t101);
  $r32 = $r31 > 10;
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r34", $t100);
let $r34 = $r32;
if ($T.on ? $T.when($s0, $t102, $r34) : $r34) {
  let $r33 = $T.on ? $T.call($s0, "$r33", null, inc, $t2, []) : inc();
  $T.on && $T.set($s0, "$r34", $t103);
  $r34 = $r33;
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "r6", $t102);
let r6 = $r34;
$T.on ? $T.mcallv($s0, null, $t8, console, "log", console.log, $t105, [r6, cnt]) : console.log(r6, cnt);
$T.on && $T.let($s0, "x$0", $t1);
let x$0 = 1;
$T.on && $T.let($s0, "$r35", $t106);
let $r35 = x$0;
$T.on && $T.set($s0, "x$0", $t18);
x$0 = 5;
$T.on && $T.let($s0, "y", $t107);
let y = $r35 + 5 + x$0;
$T.on ? $T.mcallv($s0, null, $t8, console, "log", console.log, $t109, [y, x$0]) : console.log(y, x$0);
$T.end();
