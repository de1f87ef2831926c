const $T = require("containerless/tracing");
const $t1 = ["u"];
const $t2 = [];
const $t3 = ["v", "pt"];
const $t4 = ["v", "Point"];
const $t5 = ["v", "$r14"];
const $t6 = ["v", "$r13"];
const $t7 = ["v", "$r15"];
const $t8 = [$t6, $t7];
const $t9 = ["g", "console"];
const $t10 = ["s", "boom"];
const $t11 = [$t10];
const $t12 = ["g", "Error"];
const $t13 = ["v", "$r16"];
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
const $t43 = ["v", "$r17"];
const $t44 = [$t43];
const $t45 = ["v", "re"];
const $t46 = ["s", "[$1]"];
const $t47 = [$t45, $t46];
const $t48 = ["s", "abbbc abc"];
const $t49 = ["v", "$r18"];
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
const $t61 = ["v", "$r19"];
const $t62 = [$t56, $t57, $t58, $t59, $t60, $t61];
const $t63 = ["n", 1];
const $t64 = ["n", 2];
const $t65 = ["n", 3];
const $t66 = [$t63, $t64, $t65];
const $t67 = ["v", "$r20"];
const $t68 = [$t67];
const $t69 = ["n", 5];
const $t70 = [$t69];
const $t71 = ["v", "usesThis"];
const $t72 = ["v", "$r21"];
const $t73 = ["v", "$r22"];
const $t74 = [$t72, $t73];
const $t75 = ["v", "$r23"];
const $t76 = [$t75];
const $t77 = ["get", ["v", "obj"], "b"];
const $t78 = ["get", ["v", "obj"], "c1"];
const $t79 = ["v", "obj"];
const $t80 = [$t79];
const $t81 = ["v", "$r27"];
const $t82 = ["v", "$r25"];
const $t83 = ["v", "$r26"];
const $t84 = ["v", "$r24"];
const $t85 = ["v", "$r28"];
const $t86 = [$t82, $t83, $t84, $t85];
const $t87 = ["null"];
const $t88 = ["obj", [["x", ["obj", [["y", ["n", 5]]]]]]];
const $t89 = ["un", "!", ["bin", "||", ["bin", "===", ["v", "maybe"], ["null"]], ["bin", "===", ["v", "maybe"], ["u"]]]];
const $t90 = ["get", ["v", "maybe"], "x"];
const $t91 = ["un", "!", ["bin", "||", ["bin", "===", ["v", "deep"], ["null"]], ["bin", "===", ["v", "deep"], ["u"]]]];
const $t92 = ["get", ["get", ["v", "deep"], "x"], "y"];
const $t93 = ["get", ["v", "deep"], "x"];
const $t94 = ["un", "!", ["bin", "||", ["bin", "===", ["v", "$r32"], ["null"]], ["bin", "===", ["v", "$r32"], ["u"]]]];
const $t95 = ["idx", ["v", "$r32"], ["s", "y"]];
const $t96 = ["v", "maybe"];
const $t97 = ["v", "$r34"];
const $t98 = ["v", "$r29"];
const $t99 = ["v", "$r30"];
const $t100 = ["v", "$r31"];
const $t101 = ["v", "$r33"];
const $t102 = [$t98, $t99, $t100, $t101];
const $t103 = ["v", "first$0"];
const $t104 = ["v", "third"];
const $t105 = ["v", "tail"];
const $t106 = [$t103, $t104, $t105];
const $t107 = ["obj", [["a", ["n", 1]], ["b", ["n", 2]], ["c", ["n", 3]]]];
const $t108 = ["bin", "&&", ["bin", "===", ["un", "typeof", ["v", "$r9"]], ["s", "object"]], ["bin", "!==", ["v", "$r9"], ["null"]]];
const $t109 = ["get", ["v", "$r9"], "a"];
const $t110 = ["obj", []];
const $t111 = ["v", "$r9"];
const $t112 = [$t111];
const $t113 = ["un", "!", ["bin", "<", ["v", "$r11"], ["get", ["v", "$r10"], "length"]]];
const $t114 = ["idx", ["v", "$r10"], ["v", "$r11"]];
const $t115 = ["bin", "!==", ["v", "$r12"], ["s", "a"]];
const $t116 = ["bin", "===", ["v", "$r12"], ["s", "__proto__"]];
const $t117 = ["idx", ["v", "$r9"], ["v", "$r12"]];
const $t118 = ["v", "others$1"];
const $t119 = ["v", "$r12"];
const $t120 = ["bin", "+", ["v", "$r11"], ["n", 1]];
const $t121 = [$t118];
const $t122 = ["g", "JSON"];
const $t123 = ["v", "renamed"];
const $t124 = ["v", "$r35"];
const $t125 = [$t123, $t124];
const $t126 = ["v", "tagged"];
const $t127 = [$t126];
const $t128 = ["s", "go"];
const $t129 = ["bin", ">", ["get", ["v", "keys"], "length"], ["n", 0]];
const $t130 = ["s", "not printed"];
const $t131 = [$t130];
const $t132 = ["bin", "**", ["v", "$r36"], ["v", "$r37"]];
const $t133 = ["v", "big"];
const $t134 = ["v", "counter"];
const $t135 = ["v", "$r38"];
const $t136 = ["v", "$r39"];
const $t137 = [$t135, $t136];
const $t138 = ["bin", "|", ["v", "s"], ["n", 0]];
const $t139 = ["bin", "||", ["v", "later"], ["s", "defaulted"]];
const $t140 = ["v", "later"];
const $t141 = [$t140];
const $t142 = ["fn", "F1"];
const $t143 = [$t142];
const $t144 = ["v$7"];
const $t145 = ["s", "async"];
const $t146 = ["v", "v$7"];
const $t147 = [$t145, $t146];
const $t148 = ["v", "$r41"];
const $t149 = ["v", "$r40"];
const $t150 = ["get", ["v", "o2"], "inherited"];
const $t151 = ["get", ["v", "o2"], "own"];
const $t152 = [$t150, $t151];
const $t153 = ["get", ["v", "dup"], "d"];
const $t154 = [$t153];
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
let $r13 = $T.on ? $T.mcallv($s0, "$r13", $t3, pt, "norm", pt.norm, $t2, []) : pt.norm();
let $r14 = $T.on ? $T.mcallv($s0, "$r14", $t4, Point, "origin", Point.origin, $t2, []) : Point.origin();
let $r15 = $T.on ? $T.mcallv($s0, "$r15", $t5, $r14, "norm", $r14.norm, $t2, []) : $r14.norm();
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t8, [$r13, $r15]) : console.log($r13, $r15);
const Anon = class { get twice() { return 2; } };
$T.on && $T.opaque($s0, "Anon");
$T.on && $T.unknown($s0);
console.log(new Anon().twice);
$T.try($s0, "Y1", 3);
try {
  let $r16 = $T.call($s0, "$r16", $t12, $T.construct(Error), $t11, ["boom"]);
  $T.throw($s0, $t13);
  throw $r16;
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
let $r17 = $T.on ? $T.mcallv($s0, "$r17", $t32, keys, "join", keys.join, $t42, [","]) : keys.join(",");
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t44, [$r17]) : console.log($r17);
const re = /a(b+)c/g;
$T.on && $T.opaque($s0, "re");
let $r18 = $T.on ? $T.mcall($s0, "$r18", $t48, "abbbc abc", "replace", $t47, [re, "[$1]"]) : "abbbc abc".replace(re, "[$1]");
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t51, [$r18, re.flags]) : console.log($r18, re.flags);
$T.on && $T.let($s0, "bits", $t52);
let bits = (5 | 2) ^ 1;
$T.on && $T.let($s0, "shifted", $t53);
let shifted = 1 << 4;
$T.on && $T.let($s0, "power", $t54);
let power = 2 ** 10;
$T.on && $T.let($s0, "inv", $t55);
let inv = ~5;
let $r19 = pt instanceof Point;
$T.on && $T.opaque($s0, "$r19");
$T.mcallv($s0, null, $t9, console, "log", console.log, $t62, [bits, shifted, power, inv, "x" in $T.lit({ x: 1 }), $r19]);
$T.on && $T.unknown($s0);
let map = new Map([["k", "v"]]);
$T.on && $T.unknown($s0);
console.log(map.get("k"), [...[1, 2], 3].length, Math.max(...[1, 9, 2]));
function rest(first$4, ...others$5) { return first$4 + others$5.length; };
let $r20 = $T.on ? $T.call($s0, "$r20", null, rest, $t66, [1, 2, 3]) : rest(1, 2, 3);
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t68, [$r20]) : console.log($r20);
function usesThis() { return this === undefined ? "undef" : typeof this; };
let $r21 = $T.on ? $T.call($s0, "$r21", null, usesThis, $t2, []) : usesThis();
let $r22 = $T.on ? $T.mcallv($s0, "$r22", $t71, usesThis, "call", usesThis.call, $t70, [5]) : usesThis.call(5);
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t74, [$r21, $r22]) : console.log($r21, $r22);
function usesArgs() { return arguments.length; };
let $r23 = $T.on ? $T.call($s0, "$r23", null, usesArgs, $t66, [1, 2, 3]) : usesArgs(1, 2, 3);
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t76, [$r23]) : console.log($r23);
let obj = { a: 1, get b() { return this.a + 1; }, ["c" + 1]: 3, m() { return "m"; } };
$T.on && $T.opaque($s0, "obj");
$T.on && $T.unknown($s0);
delete obj.a;
$T.on && $T.let($s0, "$r25", $t77);
let $r25 = obj.b;
$T.on && $T.let($s0, "$r26", $t78);
let $r26 = obj.c1;
let $r24 = $T.on ? $T.mcallv($s0, "$r24", $t79, obj, "m", obj.m, $t2, []) : obj.m();
let $r27 = $T.on ? $T.mcallv($s0, "$r27", $t24, Object, "keys", Object.keys, $t80, [obj]) : Object.keys(obj);
let $r28 = $T.on ? $T.mcallv($s0, "$r28", $t81, $r27, "join", $r27.join, $t42, [","]) : $r27.join(",");
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t86, [$r25, $r26, $r24, $r28]) : console.log($r25, $r26, $r24, $r28);
$T.on && $T.let($s0, "maybe", $t87);
let maybe = null;
$T.on && $T.let($s0, "deep", $t88);
let deep = $T.lit({ x: $T.lit({ y: 5 }) });
$T.on && $T.let($s0, "$r29", $t1);
let $r29;
if ($T.on ? $T.when($s0, $t89, !(maybe === null || maybe === undefined)) : !(maybe === null || maybe === undefined)) {
  $T.on && $T.set($s0, "$r29", $t90);
  $r29 = maybe.x;
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r30", $t1);
let $r30;
if ($T.on ? $T.when($s0, $t91, !(deep === null || deep === undefined)) : !(deep === null || deep === undefined)) {
  $T.on && $T.set($s0, "$r30", $t92);
  $r30 = deep.x.y;
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r31", $t1);
let $r31;
$T.on && $T.let($s0, "$r32", $t93);
let $r32 = deep.x;
if ($T.on ? $T.when($s0, $t94, !($r32 === null || $r32 === undefined)) : !($r32 === null || $r32 === undefined)) {
  $T.on && $T.set($s0, "$r31", $t95);
  $r31 = $r32["y"];
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r33", $t1);
let $r33;
if ($T.on ? $T.when($s0, $t89, !(maybe === null || maybe === undefined)) : !(maybe === null || maybe === undefined)) {
  let $r34 = $T.on ? $T.mcallv($s0, "$r34", $t96, maybe, "f", maybe.f, $t2, []) : maybe.f();
  $T.on && $T.set($s0, "$r33", $t97);
  $r33 = $r34;
  $T.on && $T.pop($s0);
}
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t102, [$r29, $r30, $r31, $r33]) : console.log($r29, $r30, $r31, $r33);
function* gen() { yield 1; yield 2; };
$T.on && $T.unknown($s0);
console.log([...gen()].join(","));
$T.on && $T.unknown($s0);
const [first$0, , third = "t", ...tail] = [1, 2, undefined, 4, 5];
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t106, [first$0, third, tail]) : console.log(first$0, third, tail);
$T.on && $T.let($s0, "$r9", $t107);
let $r9 = $T.lit({ a: 1, b: 2, c: 3 });
$T.on && $T.let($s0, "renamed", $t1);
let renamed;
$T.on && $T.let($s0, "others$1", $t1);
let others$1;
if ($T.if($s0, $t108, $T.restFits($r9))) {
  $T.on && $T.set($s0, "renamed", $t109);
  renamed = $r9.a;
  $T.on && $T.set($s0, "others$1", $t110);
  others$1 = $T.lit({});
  let $r10 = $T.on ? $T.mcallv($s0, "$r10", $t24, Object, "keys", Object.keys, $t112, [$r9]) : Object.keys($r9);
  $T.on && $T.let($s0, "$r11", $t25);
  let $r11 = 0;
  $T.on && $T.loop($s0, "L4");
  L4: while (true) {
    if ($T.on ? $T.exit($s0, "L4", $t113, !($r11 < $r10.length)) : !($r11 < $r10.length)) {
      break L4;
    }
    $T.on && $T.let($s0, "$r12", $t114);
    let $r12 = $r10[$r11];
    if ($T.on ? $T.when($s0, $t115, $r12 !== "a") : $r12 !== "a") {
      if ($T.on ? $T.when($s0, $t116, $r12 === "__proto__") : $r12 === "__proto__") {
        $T.on && $T.unknown($s0);
        throw new Error("rest.js refuses a __proto__ key");
        $T.on && $T.pop($s0);
      }
      $T.on && $T.put($s0, $t118, $t119, $t117, others$1, $r12);
      others$1[$r12] = $r9[$r12];
      $T.on && $T.pop($s0);
    }
    $T.on && $T.set($s0, "$r11", $t120);
    $r11 = $r11 + 1;
  }
  $T.on && $T.pop($s0);
} else {
  $T.on && $T.unknown($s0);
  ({ a: renamed, ...others$1 } = $r9);
  $T.on && $T.pop($s0);
}
let $r35 = $T.on ? $T.mcallv($s0, "$r35", $t122, JSON, "stringify", JSON.stringify, $t121, [others$1]) : JSON.stringify(others$1);
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t125, [renamed, $r35]) : console.log(renamed, $r35);
$T.on && $T.unknown($s0);
let tagged = String.raw`a\nb${1 + 1}`;
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t127, [tagged]) : console.log(tagged);
let fns = { go(x$6) { return x$6 * 2; } };
$T.on && $T.opaque($s0, "fns");
$T.on && $T.let($s0, "name", $t128);
let name = "go";
$T.on && $T.unknown($s0);
console.log(fns[name](21), fns.go(1));
$T.on && $T.label($s0, "L5");
L5: {
  if ($T.on ? $T.when($s0, $t129, keys.length > 0) : keys.length > 0) {
    $T.on && $T.brk($s0, "L5");
    break L5;
  }
  $T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t131, ["not printed"]) : console.log("not printed");
  $T.on && $T.pop($s0);
}
let $r36 = 10n;
$T.on && $T.opaque($s0, "$r36");
let $r37 = 3n;
$T.on && $T.opaque($s0, "$r37");
$T.on && $T.let($s0, "big", $t132);
let big = $r36 ** $r37;
let counter = 0n;
$T.on && $T.opaque($s0, "counter");
$T.on && $T.unknown($s0);
counter++;
let $r38 = $T.on ? $T.mcallv($s0, "$r38", $t133, big, "toString", big.toString, $t2, []) : big.toString();
let $r39 = $T.on ? $T.mcallv($s0, "$r39", $t134, counter, "toString", counter.toString, $t2, []) : counter.toString();
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t137, [$r38, $r39]) : console.log($r38, $r39);
$T.on && $T.let($s0, "s", $t25);
let s = 0;
$T.on && $T.set($s0, "s", $t138);
s = s | 0;
s;
$T.on && $T.set($s0, "s", $t63);
s = 1;
$T.on && $T.unknown($s0);
console.log(s, typeof Symbol.iterator, new Date(0).getTime());
$T.on && $T.set($s0, "later", $t139);
var later = later || "defaulted";
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t141, [later]) : console.log(later);
async function asyncFn() { return 1; };
let $r40 = $T.on ? $T.call($s0, "$r40", null, asyncFn, $t2, []) : asyncFn();
const $r42 = $T.fn((v$7) => {
  if (!$T.on) {
    let $r41 = console.log("async", v$7);
    return $r41;
  }
  const $s1 = $T.enter($s0, "F1", $t144);
  let $r41 = $T.on ? $T.mcallv($s1, "$r41", $t9, console, "log", console.log, $t147, ["async", v$7]) : console.log("async", v$7);
  $T.on && $T.ret($s1, $t148);
  return $r41;
}, "F1", $s0);
$T.on ? $T.mcallv($s0, null, $t149, $r40, "then", $r40.then, $t143, [$r42]) : $r40.then($r42);
$T.on && $T.unknown($s0);
label2: for (const z of [1, 2, 3]) {
  for (;;) { if (z === 2) continue label2; break; }
  console.log("z", z);
};
$T.on && $T.unknown($s0);
debugger;
let o2 = { __proto__: { inherited: 1 }, own: 2 };
$T.on && $T.opaque($s0, "o2");
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t152, [o2.inherited, o2.own]) : console.log(o2.inherited, o2.own);
let dup = { d: 1, d: 2 };
$T.on && $T.opaque($s0, "dup");
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t154, [dup.d]) : console.log(dup.d);
$T.end();
