const $T = require("containerless/tracing");
const $t1 = ["u"];
const $t2 = [];
const $t3 = ["v", "pt"];
const $t4 = ["v", "Point"];
const $t5 = ["v", "$r11"];
const $t6 = ["v", "$r10"];
const $t7 = ["v", "$r12"];
const $t8 = [$t6, $t7];
const $t9 = ["g", "console"];
const $t10 = ["s", "boom"];
const $t11 = [$t10];
const $t12 = ["g", "Error"];
const $t13 = ["v", "$r13"];
const $t14 = ["s", "caught"];
const $t15 = ["get", ["v", "e"], "message"];
const $t16 = [$t14, $t15];
const $t17 = ["s", "finally"];
const $t18 = [$t17];
const $t19 = ["arr", []];
const $t20 = ["obj", [["a", ["n", 1]], ["b", ["n", 2]]]];
const $t21 = ["bin", "&&", ["bin", "===", ["un", "typeof", ["v", "$r1"]], ["s", "object"]], ["bin", "!==", ["v", "$r1"], ["null"]]];
const $t22 = ["v", "$r1"];
const $t23 = [$t22];
const $t24 = ["g", "Object"];
const $t25 = ["n", 0];
const $t26 = ["un", "!", ["bin", "<", ["v", "$r3"], ["get", ["v", "$r2"], "length"]]];
const $t27 = ["idx", ["v", "$r2"], ["v", "$r3"]];
const $t28 = ["bin", "in", ["v", "$r4"], ["v", "$r1"]];
const $t29 = ["v", "$r4"];
const $t30 = ["v", "k"];
const $t31 = [$t30];
const $t32 = ["v", "keys"];
const $t33 = ["bin", "+", ["v", "$r3"], ["n", 1]];
const $t34 = ["arr", [["n", 3], ["n", 4]]];
const $t35 = ["bin", "||", ["un", "isArray", ["v", "$r5"]], ["bin", "===", ["un", "typeof", ["v", "$r5"]], ["s", "string"]]];
const $t36 = ["un", "!", ["bin", "<", ["v", "$r6"], ["get", ["v", "$r5"], "length"]]];
const $t37 = ["idx", ["v", "$r5"], ["v", "$r6"]];
const $t38 = ["v", "v$3"];
const $t39 = [$t38];
const $t40 = ["bin", "+", ["v", "$r6"], ["n", 1]];
const $t41 = ["s", ","];
const $t42 = [$t41];
const $t43 = ["v", "$r14"];
const $t44 = [$t43];
const $t45 = ["v", "re"];
const $t46 = ["s", "[$1]"];
const $t47 = [$t45, $t46];
const $t48 = ["s", "abbbc abc"];
const $t49 = ["v", "$r15"];
const $t50 = ["get", ["v", "re"], "flags"];
const $t51 = [$t49, $t50];
const $t52 = ["bin", "^", ["bin", "|", ["n", 5], ["n", 2]], ["n", 1]];
const $t53 = ["bin", "<<", ["n", 1], ["n", 4]];
const $t54 = ["bin", "**", ["n", 2], ["n", 10]];
const $t55 = ["un", "~", ["n", 5]];
const $t56 = ["v", "bits"];
const $t57 = ["v", "shifted"];
const $t58 = ["v", "power"];
const $t59 = ["v", "inv"];
const $t60 = ["bin", "in", ["s", "x"], ["obj", [["x", ["n", 1]]]]];
const $t61 = ["v", "$r16"];
const $t62 = [$t56, $t57, $t58, $t59, $t60, $t61];
const $t63 = ["n", 1];
const $t64 = ["n", 2];
const $t65 = ["n", 3];
const $t66 = [$t63, $t64, $t65];
const $t67 = ["v", "$r17"];
const $t68 = [$t67];
const $t69 = ["n", 5];
const $t70 = [$t69];
const $t71 = ["v", "usesThis"];
const $t72 = ["v", "$r18"];
const $t73 = ["v", "$r19"];
const $t74 = [$t72, $t73];
const $t75 = ["v", "$r20"];
const $t76 = [$t75];
const $t77 = ["get", ["v", "obj"], "b"];
const $t78 = ["get", ["v", "obj"], "c1"];
const $t79 = ["v", "obj"];
const $t80 = [$t79];
const $t81 = ["v", "$r24"];
const $t82 = ["v", "$r22"];
const $t83 = ["v", "$r23"];
const $t84 = ["v", "$r21"];
const $t85 = ["v", "$r25"];
const $t86 = [$t82, $t83, $t84, $t85];
const $t87 = ["null"];
const $t88 = ["obj", [["x", ["obj", [["y", ["n", 5]]]]]]];
const $t89 = ["un", "!", ["bin", "||", ["bin", "===", ["v", "maybe"], ["null"]], ["bin", "===", ["v", "maybe"], ["u"]]]];
const $t90 = ["get", ["v", "maybe"], "x"];
const $t91 = ["un", "!", ["bin", "||", ["bin", "===", ["v", "deep"], ["null"]], ["bin", "===", ["v", "deep"], ["u"]]]];
const $t92 = ["get", ["get", ["v", "deep"], "x"], "y"];
const $t93 = ["get", ["v", "deep"], "x"];
const $t94 = ["un", "!", ["bin", "||", ["bin", "===", ["v", "$r29"], ["null"]], ["bin", "===", ["v", "$r29"], ["u"]]]];
const $t95 = ["idx", ["v", "$r29"], ["s", "y"]];
const $t96 = ["v", "maybe"];
const $t97 = ["v", "$r31"];
const $t98 = ["v", "$r26"];
const $t99 = ["v", "$r27"];
const $t100 = ["v", "$r28"];
const $t101 = ["v", "$r30"];
const $t102 = [$t98, $t99, $t100, $t101];
const $t103 = ["v", "first$0"];
const $t104 = ["v", "third"];
const $t105 = ["v", "tail"];
const $t106 = [$t103, $t104, $t105];
const $t107 = ["v", "others$1"];
const $t108 = [$t107];
const $t109 = ["g", "JSON"];
const $t110 = ["v", "renamed"];
const $t111 = ["v", "$r32"];
const $t112 = [$t110, $t111];
const $t113 = ["v", "tagged"];
const $t114 = [$t113];
const $t115 = ["s", "go"];
const $t116 = ["bin", ">", ["get", ["v", "keys"], "length"], ["n", 0]];
const $t117 = ["s", "not printed"];
const $t118 = [$t117];
const $t119 = ["bin", "**", ["v", "$r33"], ["v", "$r34"]];
const $t120 = ["v", "big"];
const $t121 = ["v", "counter"];
const $t122 = ["v", "$r35"];
const $t123 = ["v", "$r36"];
const $t124 = [$t122, $t123];
const $t125 = ["bin", "|", ["v", "s"], ["n", 0]];
const $t126 = ["bin", "||", ["v", "later"], ["s", "defaulted"]];
const $t127 = ["v", "later"];
const $t128 = [$t127];
const $t129 = ["fn", "F1"];
const $t130 = [$t129];
const $t131 = ["v$7"];
const $t132 = ["s", "async"];
const $t133 = ["v", "v$7"];
const $t134 = [$t132, $t133];
const $t135 = ["v", "$r38"];
const $t136 = ["v", "$r37"];
const $t137 = ["get", ["v", "o2"], "inherited"];
const $t138 = ["get", ["v", "o2"], "own"];
const $t139 = [$t137, $t138];
const $t140 = ["get", ["v", "dup"], "d"];
const $t141 = [$t140];
const $s0 = $T.root();
$T.on && $T.let($s0, "later", $t1);
$T.on && $T.opaque($s0, "rest");
$T.on && $T.opaque($s0, "usesThis");
$T.on && $T.opaque($s0, "usesArgs");
$T.on && $T.opaque($s0, "gen");
$T.on && $T.opaque($s0, "asyncFn");
class Point {
  constructor(x$2, y) { this.x = x$2; this.y = y; }
  norm() { return Math.abs(this.x) + Math.abs(this.y); }
  static origin() { return new Point(0, 0); }
};
$T.on && $T.opaque($s0, "Point");
$T.on && $T.unknown($s0);
let pt = new Point(3, -4);
let $r10 = $T.on ? $T.mcallv($s0, "$r10", $t3, pt, "norm", pt.norm, $t2, []) : pt.norm();
let $r11 = $T.on ? $T.mcallv($s0, "$r11", $t4, Point, "origin", Point.origin, $t2, []) : Point.origin();
let $r12 = $T.on ? $T.mcallv($s0, "$r12", $t5, $r11, "norm", $r11.norm, $t2, []) : $r11.norm();
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t8, [$r10, $r12]) : console.log($r10, $r12);
const Anon = class { get twice() { return 2; } };
$T.on && $T.opaque($s0, "Anon");
$T.on && $T.unknown($s0);
console.log(new Anon().twice);
$T.try($s0, "Y1", 3);
try {
  let $r13 = $T.call($s0, "$r13", $t12, $T.construct(Error), $t11, ["boom"]);
  $T.throw($s0, $t13);
  throw $r13;
} catch (e) {
  $T.catch($s0, "Y1", "e");
  $T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t16, ["caught", e.message]) : console.log("caught", e.message);
  $T.tryEnd($s0, "Y1");
} finally {
  $T.fin($s0, "Y1");
  $T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t18, ["finally"]) : console.log("finally");
  $T.finEnd($s0, "Y1");
}
$T.on && $T.let($s0, "keys", $t19);
let keys = $T.lit([]);
$T.on && $T.let($s0, "$r1", $t20);
let $r1 = $T.lit({ a: 1, b: 2 });
if ($T.if($s0, $t21, $T.forInFits($r1))) {
  let $r2 = $T.on ? $T.mcallv($s0, "$r2", $t24, Object, "keys", Object.keys, $t23, [$r1]) : Object.keys($r1);
  $T.on && $T.let($s0, "$r3", $t25);
  let $r3 = 0;
  $T.on && $T.loop($s0, "L2");
  L2: while (true) {
    if ($T.on ? $T.exit($s0, "L2", $t26, !($r3 < $r2.length)) : !($r3 < $r2.length)) {
      break L2;
    }
    $T.on && $T.let($s0, "$r4", $t27);
    let $r4 = $r2[$r3];
    if ($T.on ? $T.when($s0, $t28, $r4 in $r1) : $r4 in $r1) {
      $T.on && $T.let($s0, "k", $t29);
      const k = $r4;
      $T.on ? $T.mcallv($s0, null, $t32, keys, "push", keys.push, $t31, [k]) : keys.push(k);
      $T.on && $T.pop($s0);
    }
    $T.on && $T.set($s0, "$r3", $t33);
    $r3 = $r3 + 1;
  }
  $T.on && $T.pop($s0);
} else {
  $T.on && $T.unknown($s0);
  for (const k in $r1) keys.push(k);
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r5", $t34);
let $r5 = $T.lit([3, 4]);
if ($T.if($s0, $t35, $T.iterable($r5))) {
  $T.on && $T.let($s0, "$r6", $t25);
  let $r6 = 0;
  $T.on && $T.loop($s0, "L3");
  L3: while (true) {
    if ($T.on ? $T.exit($s0, "L3", $t36, !($r6 < $r5.length)) : !($r6 < $r5.length)) {
      break L3;
    }
    $T.on && $T.let($s0, "v$3", $t37);
    const v$3 = $r5[$r6];
    $T.on ? $T.mcallv($s0, null, $t32, keys, "push", keys.push, $t39, [v$3]) : keys.push(v$3);
    $T.on && $T.set($s0, "$r6", $t40);
    $r6 = $r6 + 1;
  }
  $T.on && $T.pop($s0);
} else {
  $T.on && $T.unknown($s0);
  for (const v$3 of $r5) keys.push(v$3);
  $T.on && $T.pop($s0);
}
$T.on && $T.unknown($s0);
for (let [i, ch] of ["x", "y"].entries()) keys.push(i + ch);
let $r14 = $T.on ? $T.mcallv($s0, "$r14", $t32, keys, "join", keys.join, $t42, [","]) : keys.join(",");
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t44, [$r14]) : console.log($r14);
const re = /a(b+)c/g;
$T.on && $T.opaque($s0, "re");
let $r15 = $T.on ? $T.mcall($s0, "$r15", $t48, "abbbc abc", "replace", $t47, [re, "[$1]"]) : "abbbc abc".replace(re, "[$1]");
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t51, [$r15, re.flags]) : console.log($r15, re.flags);
$T.on && $T.let($s0, "bits", $t52);
let bits = (5 | 2) ^ 1;
$T.on && $T.let($s0, "shifted", $t53);
let shifted = 1 << 4;
$T.on && $T.let($s0, "power", $t54);
let power = 2 ** 10;
$T.on && $T.let($s0, "inv", $t55);
let inv = ~5;
let $r16 = pt instanceof Point;
$T.on && $T.opaque($s0, "$r16");
$T.mcallv($s0, null, $t9, console, "log", console.log, $t62, [bits, shifted, power, inv, "x" in $T.lit({ x: 1 }), $r16]);
$T.on && $T.unknown($s0);
let map = new Map([["k", "v"]]);
$T.on && $T.unknown($s0);
console.log(map.get("k"), [...[1, 2], 3].length, Math.max(...[1, 9, 2]));
function rest(first$4, ...others$5) { return first$4 + others$5.length; };
let $r17 = $T.on ? $T.call($s0, "$r17", null, rest, $t66, [1, 2, 3]) : rest(1, 2, 3);
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t68, [$r17]) : console.log($r17);
function usesThis() { return this === undefined ? "undef" : typeof this; };
let $r18 = $T.on ? $T.call($s0, "$r18", null, usesThis, $t2, []) : usesThis();
let $r19 = $T.on ? $T.mcallv($s0, "$r19", $t71, usesThis, "call", usesThis.call, $t70, [5]) : usesThis.call(5);
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t74, [$r18, $r19]) : console.log($r18, $r19);
function usesArgs() { return arguments.length; };
let $r20 = $T.on ? $T.call($s0, "$r20", null, usesArgs, $t66, [1, 2, 3]) : usesArgs(1, 2, 3);
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t76, [$r20]) : console.log($r20);
let obj = { a: 1, get b() { return this.a + 1; }, ["c" + 1]: 3, m() { return "m"; } };
$T.on && $T.opaque($s0, "obj");
$T.on && $T.unknown($s0);
delete obj.a;
$T.on && $T.let($s0, "$r22", $t77);
let $r22 = obj.b;
$T.on && $T.let($s0, "$r23", $t78);
let $r23 = obj.c1;
let $r21 = $T.on ? $T.mcallv($s0, "$r21", $t79, obj, "m", obj.m, $t2, []) : obj.m();
let $r24 = $T.on ? $T.mcallv($s0, "$r24", $t24, Object, "keys", Object.keys, $t80, [obj]) : Object.keys(obj);
let $r25 = $T.on ? $T.mcallv($s0, "$r25", $t81, $r24, "join", $r24.join, $t42, [","]) : $r24.join(",");
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t86, [$r22, $r23, $r21, $r25]) : console.log($r22, $r23, $r21, $r25);
$T.on && $T.let($s0, "maybe", $t87);
let maybe = null;
$T.on && $T.let($s0, "deep", $t88);
let deep = $T.lit({ x: $T.lit({ y: 5 }) });
$T.on && $T.let($s0, "$r26", $t1);
let $r26;
if ($T.on ? $T.when($s0, $t89, !(maybe === null || maybe === undefined)) : !(maybe === null || maybe === undefined)) {
  $T.on && $T.set($s0, "$r26", $t90);
  $r26 = maybe.x;
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r27", $t1);
let $r27;
if ($T.on ? $T.when($s0, $t91, !(deep === null || deep === undefined)) : !(deep === null || deep === undefined)) {
  $T.on && $T.set($s0, "$r27", $t92);
  $r27 = deep.x.y;
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r28", $t1);
let $r28;
$T.on && $T.let($s0, "$r29", $t93);
let $r29 = deep.x;
if ($T.on ? $T.when($s0, $t94, !($r29 === null || $r29 === undefined)) : !($r29 === null || $r29 === undefined)) {
  $T.on && $T.set($s0, "$r28", $t95);
  $r28 = $r29["y"];
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r30", $t1);
let $r30;
if ($T.on ? $T.when($s0, $t89, !(maybe === null || maybe === undefined)) : !(maybe === null || maybe === undefined)) {
  let $r31 = $T.on ? $T.mcallv($s0, "$r31", $t96, maybe, "f", maybe.f, $t2, []) : maybe.f();
  $T.on && $T.set($s0, "$r30", $t97);
  $r30 = $r31;
  $T.on && $T.pop($s0);
}
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t102, [$r26, $r27, $r28, $r30]) : console.log($r26, $r27, $r28, $r30);
function* gen() { yield 1; yield 2; };
$T.on && $T.unknown($s0);
console.log([...gen()].join(","));
$T.on && $T.unknown($s0);
const [first$0, , third = "t", ...tail] = [1, 2, undefined, 4, 5];
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t106, [first$0, third, tail]) : console.log(first$0, third, tail);
$T.on && $T.unknown($s0);
let { a: renamed, ...others$1 } = { a: 1, b: 2, c: 3 };
let $r32 = $T.on ? $T.mcallv($s0, "$r32", $t109, JSON, "stringify", JSON.stringify, $t108, [others$1]) : JSON.stringify(others$1);
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t112, [renamed, $r32]) : console.log(renamed, $r32);
$T.on && $T.unknown($s0);
let tagged = String.raw`a\nb${1 + 1}`;
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t114, [tagged]) : console.log(tagged);
let fns = { go(x$6) { return x$6 * 2; } };
$T.on && $T.opaque($s0, "fns");
$T.on && $T.let($s0, "name", $t115);
let name = "go";
$T.on && $T.unknown($s0);
console.log(fns[name](21), fns.go(1));
$T.on && $T.label($s0, "L4");
L4: {
  if ($T.on ? $T.when($s0, $t116, keys.length > 0) : keys.length > 0) {
    $T.on && $T.brk($s0, "L4");
    break L4;
  }
  $T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t118, ["not printed"]) : console.log("not printed");
  $T.on && $T.pop($s0);
}
let $r33 = 10n;
$T.on && $T.opaque($s0, "$r33");
let $r34 = 3n;
$T.on && $T.opaque($s0, "$r34");
$T.on && $T.let($s0, "big", $t119);
let big = $r33 ** $r34;
let counter = 0n;
$T.on && $T.opaque($s0, "counter");
$T.on && $T.unknown($s0);
counter++;
let $r35 = $T.on ? $T.mcallv($s0, "$r35", $t120, big, "toString", big.toString, $t2, []) : big.toString();
let $r36 = $T.on ? $T.mcallv($s0, "$r36", $t121, counter, "toString", counter.toString, $t2, []) : counter.toString();
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t124, [$r35, $r36]) : console.log($r35, $r36);
$T.on && $T.let($s0, "s", $t25);
let s = 0;
$T.on && $T.set($s0, "s", $t125);
s = s | 0;
s;
$T.on && $T.set($s0, "s", $t63);
s = 1;
$T.on && $T.unknown($s0);
console.log(s, typeof Symbol.iterator, new Date(0).getTime());
$T.on && $T.set($s0, "later", $t126);
var later = later || "defaulted";
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t128, [later]) : console.log(later);
async function asyncFn() { return 1; };
let $r37 = $T.on ? $T.call($s0, "$r37", null, asyncFn, $t2, []) : asyncFn();
const $r39 = $T.fn((v$7) => {
  if (!$T.on) {
    let $r38 = console.log("async", v$7);
    return $r38;
  }
  const $s1 = $T.enter($s0, "F1", $t131);
  let $r38 = $T.on ? $T.mcallv($s1, "$r38", $t9, console, "log", console.log, $t134, ["async", v$7]) : console.log("async", v$7);
  $T.on && $T.ret($s1, $t135);
  return $r38;
}, "F1", $s0);
$T.on ? $T.mcallv($s0, null, $t136, $r37, "then", $r37.then, $t130, [$r39]) : $r37.then($r39);
$T.on && $T.unknown($s0);
label2: for (const z of [1, 2, 3]) {
  for (;;) { if (z === 2) continue label2; break; }
  console.log("z", z);
};
$T.on && $T.unknown($s0);
debugger;
let o2 = { __proto__: { inherited: 1 }, own: 2 };
$T.on && $T.opaque($s0, "o2");
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t139, [o2.inherited, o2.own]) : console.log(o2.inherited, o2.own);
let dup = { d: 1, d: 2 };
$T.on && $T.opaque($s0, "dup");
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t141, [dup.d]) : console.log(dup.d);
$T.end();
