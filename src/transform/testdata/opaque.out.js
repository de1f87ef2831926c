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
const $t10 = ["s", "caught"];
const $t11 = ["get", ["v", "e"], "message"];
const $t12 = [$t10, $t11];
const $t13 = ["s", "finally"];
const $t14 = [$t13];
const $t15 = ["arr", []];
const $t16 = ["obj", [["a", ["n", 1]], ["b", ["n", 2]]]];
const $t17 = ["bin", "&&", ["bin", "===", ["un", "typeof", ["v", "$r1"]], ["s", "object"]], ["bin", "!==", ["v", "$r1"], ["null"]]];
const $t18 = ["v", "$r1"];
const $t19 = [$t18];
const $t20 = ["g", "Object"];
const $t21 = ["n", 0];
const $t22 = ["un", "!", ["bin", "<", ["v", "$r3"], ["get", ["v", "$r2"], "length"]]];
const $t23 = ["idx", ["v", "$r2"], ["v", "$r3"]];
const $t24 = ["bin", "in", ["v", "$r4"], ["v", "$r1"]];
const $t25 = ["v", "$r4"];
const $t26 = ["v", "k"];
const $t27 = [$t26];
const $t28 = ["v", "keys"];
const $t29 = ["bin", "+", ["v", "$r3"], ["n", 1]];
const $t30 = ["arr", [["n", 3], ["n", 4]]];
const $t31 = ["bin", "||", ["un", "isArray", ["v", "$r5"]], ["bin", "===", ["un", "typeof", ["v", "$r5"]], ["s", "string"]]];
const $t32 = ["un", "!", ["bin", "<", ["v", "$r6"], ["get", ["v", "$r5"], "length"]]];
const $t33 = ["idx", ["v", "$r5"], ["v", "$r6"]];
const $t34 = ["v", "v$3"];
const $t35 = [$t34];
const $t36 = ["bin", "+", ["v", "$r6"], ["n", 1]];
const $t37 = ["s", ","];
const $t38 = [$t37];
const $t39 = ["v", "$r16"];
const $t40 = [$t39];
const $t41 = ["v", "re"];
const $t42 = ["s", "[$1]"];
const $t43 = [$t41, $t42];
const $t44 = ["s", "abbbc abc"];
const $t45 = ["v", "$r17"];
const $t46 = ["get", ["v", "re"], "flags"];
const $t47 = [$t45, $t46];
const $t48 = ["bin", "^", ["bin", "|", ["n", 5], ["n", 2]], ["n", 1]];
const $t49 = ["bin", "<<", ["n", 1], ["n", 4]];
const $t50 = ["bin", "**", ["n", 2], ["n", 10]];
const $t51 = ["un", "~", ["n", 5]];
const $t52 = ["v", "bits"];
const $t53 = ["v", "shifted"];
const $t54 = ["v", "power"];
const $t55 = ["v", "inv"];
const $t56 = ["bin", "in", ["s", "x"], ["obj", [["x", ["n", 1]]]]];
const $t57 = ["v", "$r18"];
const $t58 = [$t52, $t53, $t54, $t55, $t56, $t57];
const $t59 = ["n", 1];
const $t60 = ["n", 2];
const $t61 = ["n", 3];
const $t62 = [$t59, $t60, $t61];
const $t63 = ["v", "$r19"];
const $t64 = [$t63];
const $t65 = ["n", 5];
const $t66 = [$t65];
const $t67 = ["v", "usesThis"];
const $t68 = ["v", "$r20"];
const $t69 = ["v", "$r21"];
const $t70 = [$t68, $t69];
const $t71 = ["v", "$r22"];
const $t72 = [$t71];
const $t73 = ["get", ["v", "obj"], "b"];
const $t74 = ["get", ["v", "obj"], "c1"];
const $t75 = ["v", "obj"];
const $t76 = [$t75];
const $t77 = ["v", "$r26"];
const $t78 = ["v", "$r24"];
const $t79 = ["v", "$r25"];
const $t80 = ["v", "$r23"];
const $t81 = ["v", "$r27"];
const $t82 = [$t78, $t79, $t80, $t81];
const $t83 = ["null"];
const $t84 = ["obj", [["x", ["obj", [["y", ["n", 5]]]]]]];
const $t85 = ["un", "!", ["bin", "||", ["bin", "===", ["v", "maybe"], ["null"]], ["bin", "===", ["v", "maybe"], ["u"]]]];
const $t86 = ["get", ["v", "maybe"], "x"];
const $t87 = ["un", "!", ["bin", "||", ["bin", "===", ["v", "deep"], ["null"]], ["bin", "===", ["v", "deep"], ["u"]]]];
const $t88 = ["get", ["get", ["v", "deep"], "x"], "y"];
const $t89 = ["get", ["v", "deep"], "x"];
const $t90 = ["un", "!", ["bin", "||", ["bin", "===", ["v", "$r31"], ["null"]], ["bin", "===", ["v", "$r31"], ["u"]]]];
const $t91 = ["idx", ["v", "$r31"], ["s", "y"]];
const $t92 = ["v", "maybe"];
const $t93 = ["v", "$r33"];
const $t94 = ["v", "$r28"];
const $t95 = ["v", "$r29"];
const $t96 = ["v", "$r30"];
const $t97 = ["v", "$r32"];
const $t98 = [$t94, $t95, $t96, $t97];
const $t99 = ["v", "first$0"];
const $t100 = ["v", "third"];
const $t101 = ["v", "tail"];
const $t102 = [$t99, $t100, $t101];
const $t103 = ["obj", [["a", ["n", 1]], ["b", ["n", 2]], ["c", ["n", 3]]]];
const $t104 = ["bin", "&&", ["bin", "===", ["un", "typeof", ["v", "$r9"]], ["s", "object"]], ["bin", "!==", ["v", "$r9"], ["null"]]];
const $t105 = ["get", ["v", "$r9"], "a"];
const $t106 = ["obj", []];
const $t107 = ["v", "$r9"];
const $t108 = [$t107];
const $t109 = ["un", "!", ["bin", "<", ["v", "$r11"], ["get", ["v", "$r10"], "length"]]];
const $t110 = ["idx", ["v", "$r10"], ["v", "$r11"]];
const $t111 = ["bin", "!==", ["v", "$r12"], ["s", "a"]];
const $t112 = ["bin", "===", ["v", "$r12"], ["s", "__proto__"]];
const $t113 = ["idx", ["v", "$r9"], ["v", "$r12"]];
const $t114 = ["v", "others$1"];
const $t115 = ["v", "$r12"];
const $t116 = ["bin", "+", ["v", "$r11"], ["n", 1]];
const $t117 = [$t114];
const $t118 = ["g", "JSON"];
const $t119 = ["v", "renamed"];
const $t120 = ["v", "$r34"];
const $t121 = [$t119, $t120];
const $t122 = ["v", "tagged"];
const $t123 = [$t122];
const $t124 = ["s", "go"];
const $t125 = ["bin", ">", ["get", ["v", "keys"], "length"], ["n", 0]];
const $t126 = ["s", "not printed"];
const $t127 = [$t126];
const $t128 = ["bin", "**", ["v", "$r35"], ["v", "$r36"]];
const $t129 = ["v", "big"];
const $t130 = ["v", "counter"];
const $t131 = ["v", "$r37"];
const $t132 = ["v", "$r38"];
const $t133 = [$t131, $t132];
const $t134 = ["bin", "|", ["v", "s"], ["n", 0]];
const $t135 = ["bin", "||", ["v", "later"], ["s", "defaulted"]];
const $t136 = ["v", "later"];
const $t137 = [$t136];
const $t138 = ["fn", "F1"];
const $t139 = [$t138];
const $t140 = ["v$7"];
const $t141 = ["s", "async"];
const $t142 = ["v", "v$7"];
const $t143 = [$t141, $t142];
const $t144 = ["v", "$r40"];
const $t145 = ["v", "$r39"];
const $t146 = ["get", ["v", "o2"], "inherited"];
const $t147 = ["get", ["v", "o2"], "own"];
const $t148 = [$t146, $t147];
const $t149 = ["get", ["v", "dup"], "d"];
const $t150 = [$t149];
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
  $T.on && $T.unknown($s0);
  throw new Error("boom");
  $T.tryEnd($s0, "Y1");
} catch (e) {
  $T.catch($s0, "Y1", "e");
  $T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t12, ["caught", e.message]) : console.log("caught", e.message);
  $T.tryEnd($s0, "Y1");
} finally {
  $T.fin($s0, "Y1");
  $T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t14, ["finally"]) : console.log("finally");
  $T.finEnd($s0, "Y1");
}
$T.on && $T.let($s0, "keys", $t15);
let keys = $T.lit([]);
$T.on && $T.let($s0, "$r1", $t16);
let $r1 = $T.lit({ a: 1, b: 2 });
if ($T.if($s0, $t17, $T.forInFits($r1))) {
  let $r2 = $T.on ? $T.mcallv($s0, "$r2", $t20, Object, "keys", Object.keys, $t19, [$r1]) : Object.keys($r1);
  $T.on && $T.let($s0, "$r3", $t21);
  let $r3 = 0;
  $T.on && $T.loop($s0, "L2");
  L2: while (true) {
    if ($T.on ? $T.exit($s0, "L2", $t22, !($r3 < $r2.length)) : !($r3 < $r2.length)) {
      break L2;
    }
    $T.on && $T.let($s0, "$r4", $t23);
    let $r4 = $r2[$r3];
    if ($T.on ? $T.when($s0, $t24, $r4 in $r1) : $r4 in $r1) {
      $T.on && $T.let($s0, "k", $t25);
      const k = $r4;
      $T.on ? $T.mcallv($s0, null, $t28, keys, "push", keys.push, $t27, [k]) : keys.push(k);
      $T.on && $T.pop($s0);
    }
    $T.on && $T.set($s0, "$r3", $t29);
    $r3 = $r3 + 1;
  }
  $T.on && $T.pop($s0);
} else {
  $T.on && $T.unknown($s0);
  for (const k in $r1) keys.push(k);
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r5", $t30);
let $r5 = $T.lit([3, 4]);
if ($T.if($s0, $t31, $T.iterable($r5))) {
  $T.on && $T.let($s0, "$r6", $t21);
  let $r6 = 0;
  $T.on && $T.loop($s0, "L3");
  L3: while (true) {
    if ($T.on ? $T.exit($s0, "L3", $t32, !($r6 < $r5.length)) : !($r6 < $r5.length)) {
      break L3;
    }
    $T.on && $T.let($s0, "v$3", $t33);
    const v$3 = $r5[$r6];
    $T.on ? $T.mcallv($s0, null, $t28, keys, "push", keys.push, $t35, [v$3]) : keys.push(v$3);
    $T.on && $T.set($s0, "$r6", $t36);
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
let $r16 = $T.on ? $T.mcallv($s0, "$r16", $t28, keys, "join", keys.join, $t38, [","]) : keys.join(",");
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t40, [$r16]) : console.log($r16);
const re = /a(b+)c/g;
$T.on && $T.opaque($s0, "re");
let $r17 = $T.on ? $T.mcall($s0, "$r17", $t44, "abbbc abc", "replace", $t43, [re, "[$1]"]) : "abbbc abc".replace(re, "[$1]");
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t47, [$r17, re.flags]) : console.log($r17, re.flags);
$T.on && $T.let($s0, "bits", $t48);
let bits = (5 | 2) ^ 1;
$T.on && $T.let($s0, "shifted", $t49);
let shifted = 1 << 4;
$T.on && $T.let($s0, "power", $t50);
let power = 2 ** 10;
$T.on && $T.let($s0, "inv", $t51);
let inv = ~5;
let $r18 = pt instanceof Point;
$T.on && $T.opaque($s0, "$r18");
$T.mcallv($s0, null, $t9, console, "log", console.log, $t58, [bits, shifted, power, inv, "x" in $T.lit({ x: 1 }), $r18]);
$T.on && $T.unknown($s0);
let map = new Map([["k", "v"]]);
$T.on && $T.unknown($s0);
console.log(map.get("k"), [...[1, 2], 3].length, Math.max(...[1, 9, 2]));
function rest(first$4, ...others$5) { return first$4 + others$5.length; };
let $r19 = $T.on ? $T.call($s0, "$r19", null, rest, $t62, [1, 2, 3]) : rest(1, 2, 3);
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t64, [$r19]) : console.log($r19);
function usesThis() { return this === undefined ? "undef" : typeof this; };
let $r20 = $T.on ? $T.call($s0, "$r20", null, usesThis, $t2, []) : usesThis();
let $r21 = $T.on ? $T.mcallv($s0, "$r21", $t67, usesThis, "call", usesThis.call, $t66, [5]) : usesThis.call(5);
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t70, [$r20, $r21]) : console.log($r20, $r21);
function usesArgs() { return arguments.length; };
let $r22 = $T.on ? $T.call($s0, "$r22", null, usesArgs, $t62, [1, 2, 3]) : usesArgs(1, 2, 3);
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t72, [$r22]) : console.log($r22);
let obj = { a: 1, get b() { return this.a + 1; }, ["c" + 1]: 3, m() { return "m"; } };
$T.on && $T.opaque($s0, "obj");
$T.on && $T.unknown($s0);
delete obj.a;
$T.on && $T.let($s0, "$r24", $t73);
let $r24 = obj.b;
$T.on && $T.let($s0, "$r25", $t74);
let $r25 = obj.c1;
let $r23 = $T.on ? $T.mcallv($s0, "$r23", $t75, obj, "m", obj.m, $t2, []) : obj.m();
let $r26 = $T.on ? $T.mcallv($s0, "$r26", $t20, Object, "keys", Object.keys, $t76, [obj]) : Object.keys(obj);
let $r27 = $T.on ? $T.mcallv($s0, "$r27", $t77, $r26, "join", $r26.join, $t38, [","]) : $r26.join(",");
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t82, [$r24, $r25, $r23, $r27]) : console.log($r24, $r25, $r23, $r27);
$T.on && $T.let($s0, "maybe", $t83);
let maybe = null;
$T.on && $T.let($s0, "deep", $t84);
let deep = $T.lit({ x: $T.lit({ y: 5 }) });
$T.on && $T.let($s0, "$r28", $t1);
let $r28;
if ($T.on ? $T.when($s0, $t85, !(maybe === null || maybe === undefined)) : !(maybe === null || maybe === undefined)) {
  $T.on && $T.set($s0, "$r28", $t86);
  $r28 = maybe.x;
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r29", $t1);
let $r29;
if ($T.on ? $T.when($s0, $t87, !(deep === null || deep === undefined)) : !(deep === null || deep === undefined)) {
  $T.on && $T.set($s0, "$r29", $t88);
  $r29 = deep.x.y;
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r30", $t1);
let $r30;
$T.on && $T.let($s0, "$r31", $t89);
let $r31 = deep.x;
if ($T.on ? $T.when($s0, $t90, !($r31 === null || $r31 === undefined)) : !($r31 === null || $r31 === undefined)) {
  $T.on && $T.set($s0, "$r30", $t91);
  $r30 = $r31["y"];
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r32", $t1);
let $r32;
if ($T.on ? $T.when($s0, $t85, !(maybe === null || maybe === undefined)) : !(maybe === null || maybe === undefined)) {
  let $r33 = $T.on ? $T.mcallv($s0, "$r33", $t92, maybe, "f", maybe.f, $t2, []) : maybe.f();
  $T.on && $T.set($s0, "$r32", $t93);
  $r32 = $r33;
  $T.on && $T.pop($s0);
}
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t98, [$r28, $r29, $r30, $r32]) : console.log($r28, $r29, $r30, $r32);
function* gen() { yield 1; yield 2; };
$T.on && $T.unknown($s0);
console.log([...gen()].join(","));
$T.on && $T.unknown($s0);
const [first$0, , third = "t", ...tail] = [1, 2, undefined, 4, 5];
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t102, [first$0, third, tail]) : console.log(first$0, third, tail);
$T.on && $T.let($s0, "$r9", $t103);
let $r9 = $T.lit({ a: 1, b: 2, c: 3 });
$T.on && $T.let($s0, "renamed", $t1);
let renamed;
$T.on && $T.let($s0, "others$1", $t1);
let others$1;
if ($T.if($s0, $t104, $T.restFits($r9))) {
  $T.on && $T.set($s0, "renamed", $t105);
  renamed = $r9.a;
  $T.on && $T.set($s0, "others$1", $t106);
  others$1 = $T.lit({});
  let $r10 = $T.on ? $T.mcallv($s0, "$r10", $t20, Object, "keys", Object.keys, $t108, [$r9]) : Object.keys($r9);
  $T.on && $T.let($s0, "$r11", $t21);
  let $r11 = 0;
  $T.on && $T.loop($s0, "L4");
  L4: while (true) {
    if ($T.on ? $T.exit($s0, "L4", $t109, !($r11 < $r10.length)) : !($r11 < $r10.length)) {
      break L4;
    }
    $T.on && $T.let($s0, "$r12", $t110);
    let $r12 = $r10[$r11];
    if ($T.on ? $T.when($s0, $t111, $r12 !== "a") : $r12 !== "a") {
      if ($T.on ? $T.when($s0, $t112, $r12 === "__proto__") : $r12 === "__proto__") {
        $T.on && $T.unknown($s0);
        throw new Error("rest.js refuses a __proto__ key");
        $T.on && $T.pop($s0);
      }
      $T.on && $T.put($s0, $t114, $t115, $t113, others$1, $r12);
      others$1[$r12] = $r9[$r12];
      $T.on && $T.pop($s0);
    }
    $T.on && $T.set($s0, "$r11", $t116);
    $r11 = $r11 + 1;
  }
  $T.on && $T.pop($s0);
} else {
  $T.on && $T.unknown($s0);
  ({ a: renamed, ...others$1 } = $r9);
  $T.on && $T.pop($s0);
}
let $r34 = $T.on ? $T.mcallv($s0, "$r34", $t118, JSON, "stringify", JSON.stringify, $t117, [others$1]) : JSON.stringify(others$1);
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t121, [renamed, $r34]) : console.log(renamed, $r34);
$T.on && $T.unknown($s0);
let tagged = String.raw`a\nb${1 + 1}`;
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t123, [tagged]) : console.log(tagged);
let fns = { go(x$6) { return x$6 * 2; } };
$T.on && $T.opaque($s0, "fns");
$T.on && $T.let($s0, "name", $t124);
let name = "go";
$T.on && $T.unknown($s0);
console.log(fns[name](21), fns.go(1));
$T.on && $T.label($s0, "L5");
L5: {
  if ($T.on ? $T.when($s0, $t125, keys.length > 0) : keys.length > 0) {
    $T.on && $T.brk($s0, "L5");
    break L5;
  }
  $T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t127, ["not printed"]) : console.log("not printed");
  $T.on && $T.pop($s0);
}
let $r35 = 10n;
$T.on && $T.opaque($s0, "$r35");
let $r36 = 3n;
$T.on && $T.opaque($s0, "$r36");
$T.on && $T.let($s0, "big", $t128);
let big = $r35 ** $r36;
let counter = 0n;
$T.on && $T.opaque($s0, "counter");
$T.on && $T.unknown($s0);
counter++;
let $r37 = $T.on ? $T.mcallv($s0, "$r37", $t129, big, "toString", big.toString, $t2, []) : big.toString();
let $r38 = $T.on ? $T.mcallv($s0, "$r38", $t130, counter, "toString", counter.toString, $t2, []) : counter.toString();
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t133, [$r37, $r38]) : console.log($r37, $r38);
$T.on && $T.let($s0, "s", $t21);
let s = 0;
$T.on && $T.set($s0, "s", $t134);
s = s | 0;
s;
$T.on && $T.set($s0, "s", $t59);
s = 1;
$T.on && $T.unknown($s0);
console.log(s, typeof Symbol.iterator, new Date(0).getTime());
$T.on && $T.set($s0, "later", $t135);
var later = later || "defaulted";
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t137, [later]) : console.log(later);
async function asyncFn() { return 1; };
let $r39 = $T.on ? $T.call($s0, "$r39", null, asyncFn, $t2, []) : asyncFn();
const $r41 = $T.fn((v$7) => {
  const $s1 = $T.enter($s0, "F1", $t140);
  let $r40 = $T.on ? $T.mcallv($s1, "$r40", $t9, console, "log", console.log, $t143, ["async", v$7]) : console.log("async", v$7);
  $T.on && $T.ret($s1, $t144);
  return $r40;
}, "F1", $s0);
$T.on ? $T.mcallv($s0, null, $t145, $r39, "then", $r39.then, $t139, [$r41]) : $r39.then($r41);
$T.on && $T.unknown($s0);
label2: for (const z of [1, 2, 3]) {
  for (;;) { if (z === 2) continue label2; break; }
  console.log("z", z);
};
$T.on && $T.unknown($s0);
debugger;
let o2 = { __proto__: { inherited: 1 }, own: 2 };
$T.on && $T.opaque($s0, "o2");
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t148, [o2.inherited, o2.own]) : console.log(o2.inherited, o2.own);
let dup = { d: 1, d: 2 };
$T.on && $T.opaque($s0, "dup");
$T.on ? $T.mcallv($s0, null, $t9, console, "log", console.log, $t150, [dup.d]) : console.log(dup.d);
$T.end();
