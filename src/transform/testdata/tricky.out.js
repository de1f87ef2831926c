const $T = require("containerless/tracing");
const $t1 = ["u"];
const $t2 = ["arr", []];
const $t3 = ["fn", "F1"];
const $t4 = ["x$4"];
const $t5 = ["v", "x$4"];
const $t6 = [$t5];
const $t7 = ["v", "log"];
const $t8 = ["obj", [["n", ["n", 1]], ["inner", ["obj", [["v", ["n", 10]]]]]]];
const $t9 = ["fn", "F2"];
const $t10 = [];
const $t11 = ["s", "getO"];
const $t12 = [$t11];
const $t13 = ["v", "note"];
const $t14 = ["v", "o"];
const $t15 = ["v", "getO"];
const $t16 = ["bin", "+", ["un", "+", ["get", ["v", "$r1"], "n"]], ["n", 1]];
const $t17 = ["v", "$r1"];
const $t18 = ["s", "n"];
const $t19 = ["get", ["v", "$r2"], "inner"];
const $t20 = ["get", ["get", ["v", "$r2"], "inner"], "v"];
const $t21 = ["n", 5];
const $t22 = [$t21];
const $t23 = ["bin", "+", ["v", "$r4"], ["v", "$r3"]];
const $t24 = ["v", "$r5"];
const $t25 = ["s", "v"];
const $t26 = ["arr", [["s", "a"], ["s", "b"]]];
const $t27 = ["n", 0];
const $t28 = ["obj", [["a", ["n", 1]], ["b", ["n", 2]]]];
const $t29 = ["un", "+", ["v", "ki"]];
const $t30 = ["bin", "+", ["v", "$r6"], ["n", 1]];
const $t31 = ["bin", "+", ["idx", ["v", "store"], ["idx", ["v", "keys"], ["v", "$r6"]]], ["bin", "*", ["idx", ["v", "store"], ["idx", ["v", "keys"], ["v", "ki"]]], ["n", 10]]];
const $t32 = ["v", "store"];
const $t33 = ["idx", ["v", "keys"], ["v", "$r6"]];
const $t34 = ["get", ["v", "o"], "n"];
const $t35 = ["get", ["get", ["v", "o"], "inner"], "v"];
const $t36 = ["get", ["v", "store"], "a"];
const $t37 = ["get", ["v", "store"], "b"];
const $t38 = ["s", ","];
const $t39 = [$t38];
const $t40 = ["v", "$r8"];
const $t41 = ["v", "$r9"];
const $t42 = ["v", "$r10"];
const $t43 = ["v", "$r11"];
const $t44 = ["v", "ki"];
const $t45 = ["v", "$r7"];
const $t46 = [$t40, $t41, $t42, $t43, $t44, $t45];
const $t47 = ["g", "console"];
const $t48 = ["s", "chain"];
const $t49 = [$t48];
const $t50 = ["v", "$r12"];
const $t51 = ["s", "member-chain"];
const $t52 = [$t51];
const $t53 = ["v", "$r13"];
const $t54 = ["s", "y"];
const $t55 = ["s", "x"];
const $t56 = ["v", "a"];
const $t57 = ["v", "b"];
const $t58 = ["v", "c"];
const $t59 = ["get", ["v", "o"], "x"];
const $t60 = ["get", ["v", "o"], "y"];
const $t61 = [$t56, $t57, $t58, $t59, $t60];
const $t62 = ["b", true];
const $t63 = ["v", "cond"];
const $t64 = ["n", 1];
const $t65 = ["un", "!", ["un", "!", ["v", "cond"]]];
const $t66 = ["bin", "+", ["v", "x$0"], ["n", 10]];
const $t67 = ["v", "x$0"];
const $t68 = [$t67];
const $t69 = ["get", ["v", "o"], "z"];
const $t70 = ["bin", "||", ["bin", "===", ["v", "$r14"], ["null"]], ["bin", "===", ["v", "$r14"], ["u"]]];
const $t71 = ["s", "set-once"];
const $t72 = ["s", "z"];
const $t73 = ["bin", "||", ["bin", "===", ["v", "$r15"], ["null"]], ["bin", "===", ["v", "$r15"], ["u"]]];
const $t74 = ["s", "not-again"];
const $t75 = [$t69];
const $t76 = ["n", 6];
const $t77 = ["n", 10];
const $t78 = ["bin", "<", ["v", "i$5"], ["n", 5]];
const $t79 = ["v", "$r17"];
const $t80 = ["bin", "!==", ["v", "$r16"], ["n", 4]];
const $t81 = ["un", "!", ["v", "$r17"]];
const $t82 = ["un", "!", ["v", "$r18"]];
const $t83 = ["bin", "+", ["bin", "+", ["v", "i$5"], ["s", "/"]], ["v", "j"]];
const $t84 = [$t83];
const $t85 = ["v", "bits"];
const $t86 = ["bin", "+", ["v", "i$5"], ["n", 1]];
const $t87 = ["bin", "-", ["v", "j"], ["n", 1]];
const $t88 = ["s", " "];
const $t89 = [$t88];
const $t90 = ["v", "$r19"];
const $t91 = [$t90];
const $t92 = ["fn", "F4"];
const $t93 = ["bin", "+", ["v", "count"], ["n", 1]];
const $t94 = ["v", "count"];
const $t95 = ["v", "next"];
const $t96 = ["v", "$r21"];
const $t97 = ["v", "$r20"];
const $t98 = ["v", "$r22"];
const $t99 = [$t97, $t98];
const $t100 = ["v", "$r23"];
const $t101 = ["un", "!", ["bin", "<", ["v", "i$6"], ["n", 4]]];
const $t102 = ["bin", "===", ["v", "i$6"], ["n", 1]];
const $t103 = ["bin", "===", ["v", "i$6"], ["n", 3]];
const $t104 = ["fn", "F5"];
const $t105 = [$t104];
const $t106 = ["bin", "*", ["v", "i$6"], ["n", 100]];
const $t107 = ["v", "fns"];
const $t108 = ["v", "i$6"];
const $t109 = ["bin", "+", ["v", "$r23"], ["n", 1]];
const $t110 = ["fn", "F6"];
const $t111 = [$t110];
const $t112 = ["f"];
const $t113 = ["v", "f"];
const $t114 = ["v", "$r24"];
const $t115 = ["v", "$r25"];
const $t116 = ["v", "$r26"];
const $t117 = [$t116];
const $t118 = ["v"];
const $t119 = ["n", -1];
const $t120 = ["bin", "===", ["v", "$r27"], ["n", -1]];
const $t121 = ["bin", "===", ["v", "v"], ["s", "a"]];
const $t122 = ["bin", "===", ["v", "v"], ["s", "b"]];
const $t123 = ["n", 2];
const $t124 = ["bin", "===", ["v", "v"], ["s", "c"]];
const $t125 = ["n", 3];
const $t126 = ["bin", "<=", ["v", "$r27"], ["n", 0]];
const $t127 = ["s", "dflt"];
const $t128 = ["bin", "<=", ["v", "$r27"], ["n", 1]];
const $t129 = ["s", "A"];
const $t130 = ["bin", "<=", ["v", "$r27"], ["n", 3]];
const $t131 = ["s", "BC"];
const $t132 = ["s", "a"];
const $t133 = [$t132];
const $t134 = ["s", "b"];
const $t135 = [$t134];
const $t136 = ["s", "c"];
const $t137 = [$t136];
const $t138 = ["s", "zz"];
const $t139 = [$t138];
const $t140 = ["v", "$r28"];
const $t141 = ["v", "$r29"];
const $t142 = ["v", "$r30"];
const $t143 = ["v", "$r31"];
const $t144 = [$t140, $t141, $t142, $t143];
const $t145 = ["un", "!", ["bin", "||", ["v", "$r32"], ["bin", "<", ["v", "k"], ["n", 5]]]];
const $t146 = ["b", false];
const $t147 = ["bin", "+", ["v", "k"], ["n", 1]];
const $t148 = ["bin", "%", ["v", "k"], ["n", 2]];
const $t149 = ["bin", "+", ["s", "even"], ["v", "k"]];
const $t150 = [$t149];
const $t151 = ["n", -2];
const $t152 = [$t151];
const $t153 = ["v", "$r33"];
const $t154 = ["v", "$r34"];
const $t155 = ["v", "k"];
const $t156 = [$t154, $t155];
const $t157 = ["un", "typeof", ["g", "notDeclaredAnywhere"]];
const $t158 = ["bin", "===", ["n", NaN], ["n", NaN]];
const $t159 = ["bin", "!==", ["n", NaN], ["n", NaN]];
const $t160 = ["bin", "+", ["bin", "+", ["n", 1], ["s", "2"]], ["n", 3]];
const $t161 = ["bin", "+", ["bin", "+", ["n", 1], ["n", 2]], ["s", "3"]];
const $t162 = ["bin", "*", ["s", "5"], ["s", "2"]];
const $t163 = ["bin", "+", ["arr", []], ["obj", []]];
const $t164 = ["bin", "==", ["arr", [["n", 1]]], ["n", 1]];
const $t165 = [$t157, $t158, $t159, $t160, $t161, $t162, $t163, $t164];
const $t166 = ["bin", ">", ["get", ["v", "o"], "n"], ["n", 1]];
const $t167 = ["s", "big"];
const $t168 = ["s", "small"];
const $t169 = ["bin", "+", ["bin", "+", ["bin", "+", ["s", "outer "], ["bin", "+", ["s", "inner "], ["bin", "+", ["n", 1], ["n", 1]]]], ["s", " "]], ["v", "$r35"]];
const $t170 = ["v", "nested"];
const $t171 = [$t170];
const $t172 = [$t64];
const $t173 = ["fn", "F8"];
const $t174 = ["p"];
const $t175 = ["fn", "F9"];
const $t176 = ["q$7"];
const $t177 = ["fn", "F10"];
const $t178 = ["r$8"];
const $t179 = ["bin", "+", ["bin", "+", ["v", "p"], ["v", "q$7"]], ["v", "r$8"]];
const $t180 = [$t123];
const $t181 = ["v", "$r36"];
const $t182 = [$t125];
const $t183 = ["v", "$r37"];
const $t184 = ["fn", "F11"];
const $t185 = ["obj", [["k", ["s", "obj"]]]];
const $t186 = ["v", "deep"];
const $t187 = ["get", ["v", "$r38"], "k"];
const $t188 = [$t186, $t187];
const $t189 = ["v", "$r39"];
const $t190 = ["s", "has n"];
const $t191 = [$t190];
const $t192 = ["un", "!", ["bin", "<", ["v", "t"], ["n", 3]]];
const $t193 = ["bin", "+", ["v", "t"], ["n", 1]];
const $t194 = ["v", "t"];
const $t195 = [$t194];
const $t196 = ["s", "outer"];
const $t197 = ["v", "shadowed$9"];
const $t198 = ["s", "inner"];
const $t199 = ["bin", "+", ["bin", "+", ["v", "res"], ["s", "/"]], ["v", "shadowed$9"]];
const $t200 = ["v", "$r40"];
const $t201 = [$t200];
const $t202 = ["obj", [["val", ["n", 1]], ["method", ["fn", "F13"]]]];
const $t203 = ["bin", "+", ["get", ["v", "obj"], "val"], ["n", 1]];
const $t204 = ["un", "+", ["v", "q$2"]];
const $t205 = ["bin", "+", ["v", "$r41"], ["n", 1]];
const $t206 = ["bin", "+", ["v", "q$2"], ["n", 1]];
const $t207 = ["bin", "+", ["v", "$r41"], ["v", "q$2"]];
const $t208 = ["bin", "-", ["v", "$r42"], ["n", 1]];
const $t209 = ["bin", "-", ["v", "q$2"], ["n", 1]];
const $t210 = ["bin", "-", ["bin", "+", ["v", "$r43"], ["v", "$r42"]], ["v", "q$2"]];
const $t211 = ["v", "q$2"];
const $t212 = ["v", "r$3"];
const $t213 = [$t211, $t212];
const $t214 = ["v", "s"];
const $t215 = ["bin", "+", ["v", "s"], ["s", "y"]];
const $t216 = ["v", "$r44"];
const $t217 = ["bin", "+", ["v", "$r45"], ["v", "$r44"]];
const $t218 = [$t214];
const $t219 = ["arr", [["n", 1], ["n", 2], ["n", 3]]];
const $t220 = ["un", "+", ["v", "idx2"]];
const $t221 = ["bin", "+", ["v", "$r46"], ["n", 1]];
const $t222 = ["bin", "+", ["v", "$r47"], ["n", 1]];
const $t223 = ["bin", "+", ["idx", ["v", "arr2"], ["v", "$r46"]], ["bin", "+", ["bin", "*", ["idx", ["v", "arr2"], ["v", "$r47"]], ["n", 10]], ["v", "idx2"]]];
const $t224 = ["v", "arr2"];
const $t225 = ["v", "$r46"];
const $t226 = ["v", "$r48"];
const $t227 = ["v", "idx2"];
const $t228 = [$t226, $t227];
const $s0 = $T.root();
$T.on && $T.let($s0, "shadowed$1", $t1);
$T.on && $T.decl($s0, "counterFactory", counterFactory, "F3");
$T.on && $T.decl($s0, "sw", sw, "F7");
$T.on && $T.decl($s0, "shadowTest", shadowTest, "F12");
$T.on && $T.let($s0, "log", $t2);
let log = $T.lit([]);
$T.on && $T.let($s0, "note", $t3);
const note = $T.fn((x$4) => {
  const $s1 = $T.enter($s0, "F1", $t4);
  $T.on ? $T.mcallv($s1, null, $t7, log, "push", log.push, $t6, [x$4]) : log.push(x$4);
  $T.on && $T.ret($s1, $t5);
  return x$4;
}, "F1", $s0, "note");
$T.on && $T.let($s0, "o", $t8);
let o = $T.lit({ n: 1, inner: $T.lit({ v: 10 }) });
$T.on && $T.let($s0, "getO", $t9);
let getO = $T.fn(() => {
  const $s1 = $T.enter($s0, "F2", $t10);
  $T.on ? $T.call($s1, null, $t13, note, $t12, ["getO"]) : note("getO");
  $T.on && $T.ret($s1, $t14);
  return o;
}, "F2", $s0, "getO");
let $r1 = $T.on ? $T.call($s0, "$r1", $t15, getO, $t10, []) : getO();
$T.on && $T.put($s0, $t17, $t18, $t16, $r1, "n");
$r1.n = +$r1.n + 1;
let $r2 = $T.on ? $T.call($s0, "$r2", $t15, getO, $t10, []) : getO();
$T.on && $T.let($s0, "$r5", $t19);
let $r5 = $r2.inner;
$T.on && $T.let($s0, "$r4", $t20);
let $r4 = $r2.inner.v;
let $r3 = $T.on ? $T.call($s0, "$r3", $t13, note, $t22, [5]) : note(5);
$T.on && $T.put($s0, $t24, $t25, $t23, $r5, "v");
$r5.v = $r4 + $r3;
$T.on && $T.let($s0, "keys", $t26);
let keys = $T.lit(["a", "b"]);
$T.on && $T.let($s0, "ki", $t27);
let ki = 0;
$T.on && $T.let($s0, "store", $t28);
let store = $T.lit({ a: 1, b: 2 });
$T.on && $T.let($s0, "$r6", $t29);
let $r6 = +ki;
$T.on && $T.set($s0, "ki", $t30);
ki = $r6 + 1;
$T.on && $T.put($s0, $t32, $t33, $t31, store, keys[$r6]);
store[keys[$r6]] = store[keys[$r6]] + store[keys[ki]] * 10;
$T.on && $T.let($s0, "$r8", $t34);
let $r8 = o.n;
$T.on && $T.let($s0, "$r9", $t35);
let $r9 = o.inner.v;
$T.on && $T.let($s0, "$r10", $t36);
let $r10 = store.a;
$T.on && $T.let($s0, "$r11", $t37);
let $r11 = store.b;
let $r7 = $T.on ? $T.mcallv($s0, "$r7", $t7, log, "join", log.join, $t39, [","]) : log.join(",");
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t46, [$r8, $r9, $r10, $r11, ki, $r7]) : console.log($r8, $r9, $r10, $r11, ki, $r7);
$T.on && $T.let($s0, "a", $t1);
let a;
$T.on && $T.let($s0, "b", $t1);
let b;
$T.on && $T.let($s0, "c", $t1);
let c;
let $r12 = $T.on ? $T.call($s0, "$r12", $t13, note, $t49, ["chain"]) : note("chain");
$T.on && $T.set($s0, "c", $t50);
c = $r12;
$T.on && $T.set($s0, "b", $t50);
b = $r12;
$T.on && $T.set($s0, "a", $t50);
a = $r12;
let $r13 = $T.on ? $T.call($s0, "$r13", $t13, note, $t52, ["member-chain"]) : note("member-chain");
$T.on && $T.put($s0, $t14, $t54, $t53, o, "y");
o.y = $r13;
$T.on && $T.put($s0, $t14, $t55, $t53, o, "x");
o.x = $r13;
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t61, [a, b, c, o.x, o.y]) : console.log(a, b, c, o.x, o.y);
$T.on && $T.let($s0, "cond", $t62);
let cond = true;
$T.on && $T.let($s0, "x$0", $t27);
let x$0 = 0;
if ($T.on ? $T.when($s0, $t63, cond) : cond) {
  $T.on && $T.set($s0, "x$0", $t64);
  x$0 = 1;
  $T.on && $T.pop($s0);
}
if ($T.on ? $T.when($s0, $t65, !!cond) : !!cond) {
  $T.on && $T.set($s0, "x$0", $t66);
  x$0 = x$0 + 10;
  $T.on && $T.pop($s0);
}
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t68, [x$0]) : console.log(x$0);
$T.on && $T.let($s0, "$r14", $t69);
let $r14 = o.z;
if ($T.on ? $T.when($s0, $t70, $r14 === null || $r14 === undefined) : $r14 === null || $r14 === undefined) {
  $T.on && $T.put($s0, $t14, $t72, $t71, o, "z");
  o.z = "set-once";
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r15", $t69);
let $r15 = o.z;
if ($T.on ? $T.when($s0, $t73, $r15 === null || $r15 === undefined) : $r15 === null || $r15 === undefined) {
  $T.on && $T.put($s0, $t14, $t72, $t74, o, "z");
  o.z = "not-again";
  $T.on && $T.pop($s0);
}
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t75, [o.z]) : console.log(o.z);
$T.on && $T.let($s0, "mask", $t76);
let mask = 6;
$T.on && $T.let($s0, "bits", $t2);
let bits = $T.lit([]);
$T.on && $T.let($s0, "i$5", $t27);
let i$5 = 0;
$T.on && $T.let($s0, "j", $t77);
let j = 10;
$T.on && $T.loop($s0, "L1");
L1: while (true) {
  $T.on && $T.iter($s0);
  $T.on && $T.let($s0, "$r17", $t78);
  let $r17 = i$5 < 5;
  if ($T.on ? $T.when($s0, $t79, $r17) : $r17) {
    let $r16 = mask & i$5;
    $T.on && $T.opaque($s0, "$r16");
    $T.on && $T.set($s0, "$r17", $t80);
    $r17 = $r16 !== 4;
    $T.on && $T.pop($s0);
  }
  if ($T.on ? $T.when($s0, $t81, !$r17) : !$r17) {
    $T.on && $T.brk($s0, "L1");
    break L1;
  }
  $T.on && $T.label($s0, "C1");
  C1: {
    let $r18 = mask & i$5;
    $T.on && $T.opaque($s0, "$r18");
    if ($T.on ? $T.when($s0, $t82, !$r18) : !$r18) {
      $T.on && $T.brk($s0, "C1");
      break C1;
    }
    $T.on ? $T.mcallv($s0, null, $t85, bits, "push", bits.push, $t84, [i$5 + "/" + j]) : bits.push(i$5 + "/" + j);
    $T.on && $T.pop($s0);
  }
  $T.on && $T.set($s0, "i$5", $t86);
  i$5 = i$5 + 1;
  $T.on && $T.set($s0, "j", $t87);
  j = j - 1;
}
let $r19 = $T.on ? $T.mcallv($s0, "$r19", $t85, bits, "join", bits.join, $t89, [" "]) : bits.join(" ");
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t91, [$r19]) : console.log($r19);
function counterFactory() {
  const $s1 = $T.enter($s0, "F3", $t10);
  $T.on && $T.let($s1, "count", $t27);
  let count = 0;
  $T.on && $T.ret($s1, $t92);
  return $T.fn(() => {
    const $s2 = $T.enter($s1, "F4", $t10);
    $T.on && $T.set($s2, "count", $t93);
    count = count + 1;
    $T.on && $T.ret($s2, $t94);
    return count;
  }, "F4", $s1);
}
let next = $T.on ? $T.call($s0, "next", null, counterFactory, $t10, []) : counterFactory();
$T.on ? $T.call($s0, null, $t95, next, $t10, []) : next();
$T.on ? $T.call($s0, null, $t95, next, $t10, []) : next();
let $r20 = $T.on ? $T.call($s0, "$r20", $t95, next, $t10, []) : next();
let $r21 = $T.on ? $T.call($s0, "$r21", null, counterFactory, $t10, []) : counterFactory();
let $r22 = $T.on ? $T.call($s0, "$r22", $t96, $r21, $t10, []) : $r21();
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t99, [$r20, $r22]) : console.log($r20, $r22);
$T.on && $T.let($s0, "fns", $t2);
let fns = $T.lit([]);
$T.on && $T.let($s0, "$r23", $t27);
let $r23 = 0;
$T.on && $T.loop($s0, "L2");
L2: while (true) {
  $T.on && $T.iter($s0);
  const $s1 = $T.block($s0);
  $T.on && $T.let($s1, "i$6", $t100);
  let i$6 = $r23;
  if ($T.on ? $T.when($s1, $t101, !(i$6 < 4)) : !(i$6 < 4)) {
    $T.on && $T.brk($s1, "L2");
    break L2;
  }
  $T.on && $T.label($s1, "C2");
  C2: {
    if ($T.on ? $T.when($s1, $t102, i$6 === 1) : i$6 === 1) {
      $T.on && $T.brk($s1, "C2");
      break C2;
    }
    if ($T.on ? $T.when($s1, $t103, i$6 === 3) : i$6 === 3) {
      $T.on && $T.brk($s1, "L2");
      break L2;
    }
    $T.mcallv($s1, null, $t107, fns, "push", fns.push, $t105, [$T.fn(() => {
      const $s2 = $T.enter($s1, "F5", $t10);
      $T.on && $T.ret($s2, $t106);
      return i$6 * 100;
    }, "F5", $s1)]);
    $T.on && $T.pop($s1);
  }
  $T.on && $T.set($s1, "$r23", $t108);
  $r23 = i$6;
  $T.on && $T.set($s1, "$r23", $t109);
  $r23 = $r23 + 1;
}
let $r25 = $T.mcallv($s0, "$r25", $t107, fns, "map", fns.map, $t111, [$T.fn((f) => {
  const $s1 = $T.enter($s0, "F6", $t112);
  let $r24 = $T.on ? $T.call($s1, "$r24", $t113, f, $t10, []) : f();
  $T.on && $T.ret($s1, $t114);
  return $r24;
}, "F6", $s0)]);
let $r26 = $T.on ? $T.mcallv($s0, "$r26", $t115, $r25, "join", $r25.join, $t39, [","]) : $r25.join(",");
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t117, [$r26]) : console.log($r26);
function sw(v) {
  const $s1 = $T.enter($s0, "F7", $t118);
  $T.on && $T.let($s1, "$r27", $t119);
  let $r27 = -1;
  if ($T.on ? $T.when($s1, $t120, $r27 === -1) : $r27 === -1) {
    if ($T.on ? $T.when($s1, $t121, v === "a") : v === "a") {
      $T.on && $T.set($s1, "$r27", $t64);
      $r27 = 1;
      $T.on && $T.pop($s1);
    }
    $T.on && $T.pop($s1);
  }
  if ($T.on ? $T.when($s1, $t120, $r27 === -1) : $r27 === -1) {
    if ($T.on ? $T.when($s1, $t122, v === "b") : v === "b") {
      $T.on && $T.set($s1, "$r27", $t123);
      $r27 = 2;
      $T.on && $T.pop($s1);
    }
    $T.on && $T.pop($s1);
  }
  if ($T.on ? $T.when($s1, $t120, $r27 === -1) : $r27 === -1) {
    if ($T.on ? $T.when($s1, $t124, v === "c") : v === "c") {
      $T.on && $T.set($s1, "$r27", $t125);
      $r27 = 3;
      $T.on && $T.pop($s1);
    }
    $T.on && $T.pop($s1);
  }
  if ($T.on ? $T.when($s1, $t120, $r27 === -1) : $r27 === -1) {
    $T.on && $T.set($s1, "$r27", $t27);
    $r27 = 0;
    $T.on && $T.pop($s1);
  }
  $T.on && $T.loop($s1, "L3");
  L3: while (true) {
    $T.on && $T.iter($s1);
    if ($T.on ? $T.when($s1, $t126, $r27 <= 0) : $r27 <= 0) {
      $T.on && $T.ret($s1, $t127);
      return "dflt";
    }
    if ($T.on ? $T.when($s1, $t128, $r27 <= 1) : $r27 <= 1) {
      $T.on && $T.ret($s1, $t129);
      return "A";
    }
    if ($T.on ? $T.when($s1, $t130, $r27 <= 3) : $r27 <= 3) {
      $T.on && $T.ret($s1, $t131);
      return "BC";
    }
    $T.on && $T.brk($s1, "L3");
    break L3;
  }
  $T.on && $T.ret($s1, $t1, true);
}
let $r28 = $T.on ? $T.call($s0, "$r28", null, sw, $t133, ["a"]) : sw("a");
let $r29 = $T.on ? $T.call($s0, "$r29", null, sw, $t135, ["b"]) : sw("b");
let $r30 = $T.on ? $T.call($s0, "$r30", null, sw, $t137, ["c"]) : sw("c");
let $r31 = $T.on ? $T.call($s0, "$r31", null, sw, $t139, ["zz"]) : sw("zz");
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t144, [$r28, $r29, $r30, $r31]) : console.log($r28, $r29, $r30, $r31);
$T.on && $T.let($s0, "k", $t27);
let k = 0;
$T.on && $T.let($s0, "$r32", $t62);
let $r32 = true;
$T.on && $T.loop($s0, "L4");
L4: while (true) {
  if ($T.on ? $T.exit($s0, "L4", $t145, !($r32 || k < 5)) : !($r32 || k < 5)) {
    break L4;
  }
  $T.on && $T.set($s0, "$r32", $t146);
  $r32 = false;
  $T.on && $T.label($s0, "C4");
  C4: {
    $T.on && $T.set($s0, "k", $t147);
    k = k + 1;
    if ($T.on ? $T.when($s0, $t148, k % 2) : k % 2) {
      $T.on && $T.brk($s0, "C4");
      break C4;
    }
    $T.on ? $T.mcallv($s0, null, $t7, log, "push", log.push, $t150, ["even" + k]) : log.push("even" + k);
    $T.on && $T.pop($s0);
  }
}
let $r33 = $T.on ? $T.mcallv($s0, "$r33", $t7, log, "slice", log.slice, $t152, [-2]) : log.slice(-2);
let $r34 = $T.on ? $T.mcallv($s0, "$r34", $t153, $r33, "join", $r33.join, $t39, [","]) : $r33.join(",");
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t156, [$r34, k]) : console.log($r34, k);
$T.mcallv($s0, null, $t47, console, "log", console.log, $t165, [typeof notDeclaredAnywhere, NaN === NaN, NaN !== NaN, 1 + "2" + 3, 1 + 2 + "3", "5" * "2", $T.lit([]) + $T.lit({}), $T.lit([1]) == 1]);
$T.on && $T.let($s0, "$r35", $t1);
let $r35;
if ($T.on ? $T.if($s0, $t166, o.n > 1) : o.n > 1) {
  $T.on && $T.set($s0, "$r35", $t167);
  $r35 = "big";
  $T.on && $T.pop($s0);
} else {
  $T.on && $T.set($s0, "$r35", $t168);
  $r35 = "small";
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "nested", $t169);
let nested = `outer inner ${1 + 1} ${$r35}`;
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t171, [nested]) : console.log(nested);
let $r36 = $T.call($s0, "$r36", $t173, $T.fn((p) => {
  const $s1 = $T.enter($s0, "F8", $t174);
  $T.on && $T.ret($s1, $t175);
  return $T.fn((q$7) => {
    const $s2 = $T.enter($s1, "F9", $t176);
    $T.on && $T.ret($s2, $t177);
    return $T.fn((r$8) => {
      const $s3 = $T.enter($s2, "F10", $t178);
      $T.on && $T.ret($s3, $t179);
      return p + q$7 + r$8;
    }, "F10", $s2);
  }, "F9", $s1);
}, "F8", $s0), $t172, [1]);
let $r37 = $T.on ? $T.call($s0, "$r37", $t181, $r36, $t180, [2]) : $r36(2);
let deep = $T.on ? $T.call($s0, "deep", $t183, $r37, $t182, [3]) : $r37(3);
let $r38 = $T.call($s0, "$r38", $t184, $T.fn(() => {
  const $s1 = $T.enter($s0, "F11", $t10);
  $T.on && $T.ret($s1, $t185);
  return $T.lit({ k: "obj" });
}, "F11", $s0), $t10, []);
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t188, [deep, $r38.k]) : console.log(deep, $r38.k);
let $r39 = "n" in o;
$T.on && $T.opaque($s0, "$r39");
if ($T.on ? $T.when($s0, $t189, $r39) : $r39) {
  $T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t191, ["has n"]) : console.log("has n");
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "t", $t27);
let t = 0;
$T.on && $T.loop($s0, "L5");
L5: while (true) {
  if ($T.on ? $T.exit($s0, "L5", $t192, !(t < 3)) : !(t < 3)) {
    break L5;
  }
  $T.on && $T.set($s0, "t", $t193);
  t = t + 1;
}
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t195, [t]) : console.log(t);
$T.on && $T.set($s0, "shadowed$1", $t196);
var shadowed$1 = "outer";
function shadowTest() {
  const $s1 = $T.enter($s0, "F12", $t10);
  $T.on && $T.let($s1, "res", $t1);
  $T.on && $T.let($s1, "shadowed$9", $t1);
  $T.on && $T.set($s1, "res", $t197);
  var res = shadowed$9;
  if ($T.on ? $T.when($s1, $t62, true) : true) {
    $T.on && $T.set($s1, "shadowed$9", $t198);
    var shadowed$9 = "inner";
    $T.on && $T.pop($s1);
  }
  $T.on && $T.ret($s1, $t199);
  return res + "/" + shadowed$9;
}
let $r40 = $T.on ? $T.call($s0, "$r40", null, shadowTest, $t10, []) : shadowTest();
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t201, [$r40]) : console.log($r40);
$T.on && $T.let($s0, "obj", $t202);
let obj = $T.lit({ val: 1, method: $T.fn(function () {
  const $s1 = $T.enter($s0, "F13", $t10);
  $T.on && $T.ret($s1, $t203);
  return obj.val + 1;
}, "F13", $s0, "method") });
$T.on && $T.unknown($s0);
console.log(obj.method(), obj["method"]());
$T.on && $T.let($s0, "q$2", $t21);
let q$2 = 5;
$T.on && $T.let($s0, "$r41", $t204);
let $r41 = +q$2;
$T.on && $T.set($s0, "q$2", $t205);
q$2 = $r41 + 1;
$T.on && $T.set($s0, "q$2", $t206);
q$2 = q$2 + 1;
$T.on && $T.let($s0, "$r43", $t207);
let $r43 = $r41 + q$2;
$T.on && $T.let($s0, "$r42", $t204);
let $r42 = +q$2;
$T.on && $T.set($s0, "q$2", $t208);
q$2 = $r42 - 1;
$T.on && $T.set($s0, "q$2", $t209);
q$2 = q$2 - 1;
$T.on && $T.let($s0, "r$3", $t210);
let r$3 = $r43 + $r42 - q$2;
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t213, [q$2, r$3]) : console.log(q$2, r$3);
$T.on && $T.let($s0, "s", $t55);
let s = "x";
$T.on && $T.let($s0, "$r45", $t214);
let $r45 = s;
$T.on && $T.let($s0, "$r44", $t215);
let $r44 = s + "y";
$T.on && $T.set($s0, "s", $t216);
s = $r44;
$T.on && $T.set($s0, "s", $t217);
s = $r45 + $r44;
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t218, [s]) : console.log(s);
$T.on && $T.let($s0, "arr2", $t219);
let arr2 = $T.lit([1, 2, 3]);
$T.on && $T.let($s0, "idx2", $t27);
let idx2 = 0;
$T.on && $T.let($s0, "$r46", $t220);
let $r46 = +idx2;
$T.on && $T.set($s0, "idx2", $t221);
idx2 = $r46 + 1;
$T.on && $T.let($s0, "$r47", $t220);
let $r47 = +idx2;
$T.on && $T.set($s0, "idx2", $t222);
idx2 = $r47 + 1;
$T.on && $T.put($s0, $t224, $t225, $t223, arr2, $r46);
arr2[$r46] = arr2[$r46] + (arr2[$r47] * 10 + idx2);
let $r48 = $T.on ? $T.mcallv($s0, "$r48", $t224, arr2, "join", arr2.join, $t39, [","]) : arr2.join(",");
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t228, [$r48, idx2]) : console.log($r48, idx2);
$T.end();
