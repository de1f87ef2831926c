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
const $t78 = ["un", "!", ["bin", "&&", ["bin", "<", ["v", "i$5"], ["n", 5]], ["bin", "!==", ["bin", "&", ["v", "mask"], ["v", "i$5"]], ["n", 4]]]];
const $t79 = ["un", "!", ["bin", "&", ["v", "mask"], ["v", "i$5"]]];
const $t80 = ["bin", "+", ["bin", "+", ["v", "i$5"], ["s", "/"]], ["v", "j"]];
const $t81 = [$t80];
const $t82 = ["v", "bits"];
const $t83 = ["bin", "+", ["v", "i$5"], ["n", 1]];
const $t84 = ["bin", "-", ["v", "j"], ["n", 1]];
const $t85 = ["s", " "];
const $t86 = [$t85];
const $t87 = ["v", "$r16"];
const $t88 = [$t87];
const $t89 = ["fn", "F4"];
const $t90 = ["bin", "+", ["v", "count"], ["n", 1]];
const $t91 = ["v", "count"];
const $t92 = ["v", "next"];
const $t93 = ["v", "$r18"];
const $t94 = ["v", "$r17"];
const $t95 = ["v", "$r19"];
const $t96 = [$t94, $t95];
const $t97 = ["v", "$r20"];
const $t98 = ["un", "!", ["bin", "<", ["v", "i$6"], ["n", 4]]];
const $t99 = ["bin", "===", ["v", "i$6"], ["n", 1]];
const $t100 = ["bin", "===", ["v", "i$6"], ["n", 3]];
const $t101 = ["fn", "F5"];
const $t102 = [$t101];
const $t103 = ["bin", "*", ["v", "i$6"], ["n", 100]];
const $t104 = ["v", "fns"];
const $t105 = ["v", "i$6"];
const $t106 = ["bin", "+", ["v", "$r20"], ["n", 1]];
const $t107 = ["fn", "F6"];
const $t108 = [$t107];
const $t109 = ["f"];
const $t110 = ["v", "f"];
const $t111 = ["v", "$r21"];
const $t112 = ["v", "$r22"];
const $t113 = ["v", "$r23"];
const $t114 = [$t113];
const $t115 = ["v"];
const $t116 = ["n", -1];
const $t117 = ["bin", "===", ["v", "$r24"], ["n", -1]];
const $t118 = ["bin", "===", ["v", "v"], ["s", "a"]];
const $t119 = ["bin", "===", ["v", "v"], ["s", "b"]];
const $t120 = ["n", 2];
const $t121 = ["bin", "===", ["v", "v"], ["s", "c"]];
const $t122 = ["n", 3];
const $t123 = ["bin", "<=", ["v", "$r24"], ["n", 0]];
const $t124 = ["s", "dflt"];
const $t125 = ["bin", "<=", ["v", "$r24"], ["n", 1]];
const $t126 = ["s", "A"];
const $t127 = ["bin", "<=", ["v", "$r24"], ["n", 3]];
const $t128 = ["s", "BC"];
const $t129 = ["s", "a"];
const $t130 = [$t129];
const $t131 = ["s", "b"];
const $t132 = [$t131];
const $t133 = ["s", "c"];
const $t134 = [$t133];
const $t135 = ["s", "zz"];
const $t136 = [$t135];
const $t137 = ["v", "$r25"];
const $t138 = ["v", "$r26"];
const $t139 = ["v", "$r27"];
const $t140 = ["v", "$r28"];
const $t141 = [$t137, $t138, $t139, $t140];
const $t142 = ["un", "!", ["bin", "||", ["v", "$r29"], ["bin", "<", ["v", "k"], ["n", 5]]]];
const $t143 = ["b", false];
const $t144 = ["bin", "+", ["v", "k"], ["n", 1]];
const $t145 = ["bin", "%", ["v", "k"], ["n", 2]];
const $t146 = ["bin", "+", ["s", "even"], ["v", "k"]];
const $t147 = [$t146];
const $t148 = ["n", -2];
const $t149 = [$t148];
const $t150 = ["v", "$r30"];
const $t151 = ["v", "$r31"];
const $t152 = ["v", "k"];
const $t153 = [$t151, $t152];
const $t154 = ["un", "typeof", ["g", "notDeclaredAnywhere"]];
const $t155 = ["bin", "===", ["n", NaN], ["n", NaN]];
const $t156 = ["bin", "!==", ["n", NaN], ["n", NaN]];
const $t157 = ["bin", "+", ["bin", "+", ["n", 1], ["s", "2"]], ["n", 3]];
const $t158 = ["bin", "+", ["bin", "+", ["n", 1], ["n", 2]], ["s", "3"]];
const $t159 = ["bin", "*", ["s", "5"], ["s", "2"]];
const $t160 = ["bin", "+", ["arr", []], ["obj", []]];
const $t161 = ["bin", "==", ["arr", [["n", 1]]], ["n", 1]];
const $t162 = [$t154, $t155, $t156, $t157, $t158, $t159, $t160, $t161];
const $t163 = ["bin", ">", ["get", ["v", "o"], "n"], ["n", 1]];
const $t164 = ["s", "big"];
const $t165 = ["s", "small"];
const $t166 = ["bin", "+", ["bin", "+", ["bin", "+", ["s", "outer "], ["bin", "+", ["s", "inner "], ["bin", "+", ["n", 1], ["n", 1]]]], ["s", " "]], ["v", "$r32"]];
const $t167 = ["v", "nested"];
const $t168 = [$t167];
const $t169 = [$t64];
const $t170 = ["fn", "F8"];
const $t171 = ["p"];
const $t172 = ["fn", "F9"];
const $t173 = ["q$7"];
const $t174 = ["fn", "F10"];
const $t175 = ["r$8"];
const $t176 = ["bin", "+", ["bin", "+", ["v", "p"], ["v", "q$7"]], ["v", "r$8"]];
const $t177 = [$t120];
const $t178 = ["v", "$r33"];
const $t179 = [$t122];
const $t180 = ["v", "$r34"];
const $t181 = ["fn", "F11"];
const $t182 = ["obj", [["k", ["s", "obj"]]]];
const $t183 = ["v", "deep"];
const $t184 = ["get", ["v", "$r35"], "k"];
const $t185 = [$t183, $t184];
const $t186 = ["bin", "in", ["s", "n"], ["v", "o"]];
const $t187 = ["s", "has n"];
const $t188 = [$t187];
const $t189 = ["un", "!", ["bin", "<", ["v", "t"], ["n", 3]]];
const $t190 = ["bin", "+", ["v", "t"], ["n", 1]];
const $t191 = ["v", "t"];
const $t192 = [$t191];
const $t193 = ["s", "outer"];
const $t194 = ["v", "shadowed$9"];
const $t195 = ["s", "inner"];
const $t196 = ["bin", "+", ["bin", "+", ["v", "res"], ["s", "/"]], ["v", "shadowed$9"]];
const $t197 = ["v", "$r36"];
const $t198 = [$t197];
const $t199 = ["obj", [["val", ["n", 1]], ["method", ["fn", "F13"]]]];
const $t200 = ["bin", "+", ["get", ["v", "obj"], "val"], ["n", 1]];
const $t201 = ["un", "+", ["v", "q$2"]];
const $t202 = ["bin", "+", ["v", "$r37"], ["n", 1]];
const $t203 = ["bin", "+", ["v", "q$2"], ["n", 1]];
const $t204 = ["bin", "+", ["v", "$r37"], ["v", "q$2"]];
const $t205 = ["bin", "-", ["v", "$r38"], ["n", 1]];
const $t206 = ["bin", "-", ["v", "q$2"], ["n", 1]];
const $t207 = ["bin", "-", ["bin", "+", ["v", "$r39"], ["v", "$r38"]], ["v", "q$2"]];
const $t208 = ["v", "q$2"];
const $t209 = ["v", "r$3"];
const $t210 = [$t208, $t209];
const $t211 = ["v", "s"];
const $t212 = ["bin", "+", ["v", "s"], ["s", "y"]];
const $t213 = ["v", "$r40"];
const $t214 = ["bin", "+", ["v", "$r41"], ["v", "$r40"]];
const $t215 = [$t211];
const $t216 = ["arr", [["n", 1], ["n", 2], ["n", 3]]];
const $t217 = ["un", "+", ["v", "idx2"]];
const $t218 = ["bin", "+", ["v", "$r42"], ["n", 1]];
const $t219 = ["bin", "+", ["v", "$r43"], ["n", 1]];
const $t220 = ["bin", "+", ["idx", ["v", "arr2"], ["v", "$r42"]], ["bin", "+", ["bin", "*", ["idx", ["v", "arr2"], ["v", "$r43"]], ["n", 10]], ["v", "idx2"]]];
const $t221 = ["v", "arr2"];
const $t222 = ["v", "$r42"];
const $t223 = ["v", "$r44"];
const $t224 = ["v", "idx2"];
const $t225 = [$t223, $t224];
const $s0 = $T.root();
$T.let($s0, "shadowed$1", $t1);
$T.decl($s0, "counterFactory", counterFactory, "F3");
$T.decl($s0, "sw", sw, "F7");
$T.decl($s0, "shadowTest", shadowTest, "F12");
$T.let($s0, "log", $t2);
let log = $T.lit([]);
$T.let($s0, "note", $t3);
const note = $T.fn((x$4) => {
  const $s1 = $T.enter($s0, "F1", $t4);
  $T.mcallv($s1, null, $t7, log, "push", log.push, $t6, [x$4]);
  $T.ret($s1, $t5);
  return x$4;
}, "F1", $s0, "note");
$T.let($s0, "o", $t8);
let o = $T.lit({ n: 1, inner: $T.lit({ v: 10 }) });
$T.let($s0, "getO", $t9);
let getO = $T.fn(() => {
  const $s1 = $T.enter($s0, "F2", $t10);
  $T.on ? $T.call($s1, null, $t13, note, $t12, ["getO"]) : note("getO");
  $T.ret($s1, $t14);
  return o;
}, "F2", $s0, "getO");
let $r1 = $T.on ? $T.call($s0, "$r1", $t15, getO, $t10, []) : getO();
$T.put($s0, $t17, $t18, $t16, $r1, "n");
$r1.n = +$r1.n + 1;
let $r2 = $T.on ? $T.call($s0, "$r2", $t15, getO, $t10, []) : getO();
$T.let($s0, "$r5", $t19);
let $r5 = $r2.inner;
$T.let($s0, "$r4", $t20);
let $r4 = $r2.inner.v;
let $r3 = $T.on ? $T.call($s0, "$r3", $t13, note, $t22, [5]) : note(5);
$T.put($s0, $t24, $t25, $t23, $r5, "v");
$r5.v = $r4 + $r3;
$T.let($s0, "keys", $t26);
let keys = $T.lit(["a", "b"]);
$T.let($s0, "ki", $t27);
let ki = 0;
$T.let($s0, "store", $t28);
let store = $T.lit({ a: 1, b: 2 });
$T.let($s0, "$r6", $t29);
let $r6 = +ki;
$T.set($s0, "ki", $t30);
ki = $r6 + 1;
$T.put($s0, $t32, $t33, $t31, store, keys[$r6]);
store[keys[$r6]] = store[keys[$r6]] + store[keys[ki]] * 10;
$T.let($s0, "$r8", $t34);
let $r8 = o.n;
$T.let($s0, "$r9", $t35);
let $r9 = o.inner.v;
$T.let($s0, "$r10", $t36);
let $r10 = store.a;
$T.let($s0, "$r11", $t37);
let $r11 = store.b;
let $r7 = $T.mcallv($s0, "$r7", $t7, log, "join", log.join, $t39, [","]);
$T.mcallv($s0, null, $t47, console, "log", console.log, $t46, [$r8, $r9, $r10, $r11, ki, $r7]);
$T.let($s0, "a", $t1);
let a;
$T.let($s0, "b", $t1);
let b;
$T.let($s0, "c", $t1);
let c;
let $r12 = $T.on ? $T.call($s0, "$r12", $t13, note, $t49, ["chain"]) : note("chain");
$T.set($s0, "c", $t50);
c = $r12;
$T.set($s0, "b", $t50);
b = $r12;
$T.set($s0, "a", $t50);
a = $r12;
let $r13 = $T.on ? $T.call($s0, "$r13", $t13, note, $t52, ["member-chain"]) : note("member-chain");
$T.put($s0, $t14, $t54, $t53, o, "y");
o.y = $r13;
$T.put($s0, $t14, $t55, $t53, o, "x");
o.x = $r13;
$T.mcallv($s0, null, $t47, console, "log", console.log, $t61, [a, b, c, o.x, o.y]);
$T.let($s0, "cond", $t62);
let cond = true;
$T.let($s0, "x$0", $t27);
let x$0 = 0;
if ($T.when($s0, $t63, cond)) {
  $T.set($s0, "x$0", $t64);
  x$0 = 1;
  $T.pop($s0);
}
if ($T.when($s0, $t65, !!cond)) {
  $T.set($s0, "x$0", $t66);
  x$0 = x$0 + 10;
  $T.pop($s0);
}
$T.mcallv($s0, null, $t47, console, "log", console.log, $t68, [x$0]);
$T.let($s0, "$r14", $t69);
let $r14 = o.z;
if ($T.when($s0, $t70, $r14 === null || $r14 === undefined)) {
  $T.put($s0, $t14, $t72, $t71, o, "z");
  o.z = "set-once";
  $T.pop($s0);
}
$T.let($s0, "$r15", $t69);
let $r15 = o.z;
if ($T.when($s0, $t73, $r15 === null || $r15 === undefined)) {
  $T.put($s0, $t14, $t72, $t74, o, "z");
  o.z = "not-again";
  $T.pop($s0);
}
$T.mcallv($s0, null, $t47, console, "log", console.log, $t75, [o.z]);
$T.let($s0, "mask", $t76);
let mask = 6;
$T.let($s0, "bits", $t2);
let bits = $T.lit([]);
$T.let($s0, "i$5", $t27);
let i$5 = 0;
$T.let($s0, "j", $t77);
let j = 10;
$T.loop($s0, "L1");
L1: while (true) {
  if ($T.exit($s0, "L1", $t78, !(i$5 < 5 && (mask & i$5) !== 4))) {
    break L1;
  }
  $T.label($s0, "C1");
  C1: {
    if ($T.when($s0, $t79, !(mask & i$5))) {
      $T.brk($s0, "C1");
      break C1;
    }
    $T.mcallv($s0, null, $t82, bits, "push", bits.push, $t81, [i$5 + "/" + j]);
    $T.pop($s0);
  }
  $T.set($s0, "i$5", $t83);
  i$5 = i$5 + 1;
  $T.set($s0, "j", $t84);
  j = j - 1;
}
let $r16 = $T.mcallv($s0, "$r16", $t82, bits, "join", bits.join, $t86, [" "]);
$T.mcallv($s0, null, $t47, console, "log", console.log, $t88, [$r16]);
function counterFactory() {
  const $s1 = $T.enter($s0, "F3", $t10);
  $T.let($s1, "count", $t27);
  let count = 0;
  $T.ret($s1, $t89);
  return $T.fn(() => {
    const $s2 = $T.enter($s1, "F4", $t10);
    $T.set($s2, "count", $t90);
    count = count + 1;
    $T.ret($s2, $t91);
    return count;
  }, "F4", $s1);
}
let next = $T.on ? $T.call($s0, "next", null, counterFactory, $t10, []) : counterFactory();
$T.on ? $T.call($s0, null, $t92, next, $t10, []) : next();
$T.on ? $T.call($s0, null, $t92, next, $t10, []) : next();
let $r17 = $T.on ? $T.call($s0, "$r17", $t92, next, $t10, []) : next();
let $r18 = $T.on ? $T.call($s0, "$r18", null, counterFactory, $t10, []) : counterFactory();
let $r19 = $T.on ? $T.call($s0, "$r19", $t93, $r18, $t10, []) : $r18();
$T.mcallv($s0, null, $t47, console, "log", console.log, $t96, [$r17, $r19]);
$T.let($s0, "fns", $t2);
let fns = $T.lit([]);
$T.let($s0, "$r20", $t27);
let $r20 = 0;
$T.loop($s0, "L2");
L2: while (true) {
  $T.iter($s0);
  const $s1 = $T.block($s0);
  $T.let($s1, "i$6", $t97);
  let i$6 = $r20;
  if ($T.when($s1, $t98, !(i$6 < 4))) {
    $T.brk($s1, "L2");
    break L2;
  }
  $T.label($s1, "C2");
  C2: {
    if ($T.when($s1, $t99, i$6 === 1)) {
      $T.brk($s1, "C2");
      break C2;
    }
    if ($T.when($s1, $t100, i$6 === 3)) {
      $T.brk($s1, "L2");
      break L2;
    }
    $T.mcallv($s1, null, $t104, fns, "push", fns.push, $t102, [$T.fn(() => {
      const $s2 = $T.enter($s1, "F5", $t10);
      $T.ret($s2, $t103);
      return i$6 * 100;
    }, "F5", $s1)]);
    $T.pop($s1);
  }
  $T.set($s1, "$r20", $t105);
  $r20 = i$6;
  $T.set($s1, "$r20", $t106);
  $r20 = $r20 + 1;
}
let $r22 = $T.mcallv($s0, "$r22", $t104, fns, "map", fns.map, $t108, [$T.fn((f) => {
  const $s1 = $T.enter($s0, "F6", $t109);
  let $r21 = $T.on ? $T.call($s1, "$r21", $t110, f, $t10, []) : f();
  $T.ret($s1, $t111);
  return $r21;
}, "F6", $s0)]);
let $r23 = $T.mcallv($s0, "$r23", $t112, $r22, "join", $r22.join, $t39, [","]);
$T.mcallv($s0, null, $t47, console, "log", console.log, $t114, [$r23]);
function sw(v) {
  const $s1 = $T.enter($s0, "F7", $t115);
  $T.let($s1, "$r24", $t116);
  let $r24 = -1;
  if ($T.when($s1, $t117, $r24 === -1)) {
    if ($T.when($s1, $t118, v === "a")) {
      $T.set($s1, "$r24", $t64);
      $r24 = 1;
      $T.pop($s1);
    }
    $T.pop($s1);
  }
  if ($T.when($s1, $t117, $r24 === -1)) {
    if ($T.when($s1, $t119, v === "b")) {
      $T.set($s1, "$r24", $t120);
      $r24 = 2;
      $T.pop($s1);
    }
    $T.pop($s1);
  }
  if ($T.when($s1, $t117, $r24 === -1)) {
    if ($T.when($s1, $t121, v === "c")) {
      $T.set($s1, "$r24", $t122);
      $r24 = 3;
      $T.pop($s1);
    }
    $T.pop($s1);
  }
  if ($T.when($s1, $t117, $r24 === -1)) {
    $T.set($s1, "$r24", $t27);
    $r24 = 0;
    $T.pop($s1);
  }
  $T.loop($s1, "L3");
  L3: while (true) {
    $T.iter($s1);
    if ($T.when($s1, $t123, $r24 <= 0)) {
      $T.ret($s1, $t124);
      return "dflt";
    }
    if ($T.when($s1, $t125, $r24 <= 1)) {
      $T.ret($s1, $t126);
      return "A";
    }
    if ($T.when($s1, $t127, $r24 <= 3)) {
      $T.ret($s1, $t128);
      return "BC";
    }
    $T.brk($s1, "L3");
    break L3;
  }
  $T.ret($s1, $t1, true);
}
let $r25 = $T.on ? $T.call($s0, "$r25", null, sw, $t130, ["a"]) : sw("a");
let $r26 = $T.on ? $T.call($s0, "$r26", null, sw, $t132, ["b"]) : sw("b");
let $r27 = $T.on ? $T.call($s0, "$r27", null, sw, $t134, ["c"]) : sw("c");
let $r28 = $T.on ? $T.call($s0, "$r28", null, sw, $t136, ["zz"]) : sw("zz");
$T.mcallv($s0, null, $t47, console, "log", console.log, $t141, [$r25, $r26, $r27, $r28]);
$T.let($s0, "k", $t27);
let k = 0;
$T.let($s0, "$r29", $t62);
let $r29 = true;
$T.loop($s0, "L4");
L4: while (true) {
  if ($T.exit($s0, "L4", $t142, !($r29 || k < 5))) {
    break L4;
  }
  $T.set($s0, "$r29", $t143);
  $r29 = false;
  $T.label($s0, "C4");
  C4: {
    $T.set($s0, "k", $t144);
    k = k + 1;
    if ($T.when($s0, $t145, k % 2)) {
      $T.brk($s0, "C4");
      break C4;
    }
    $T.mcallv($s0, null, $t7, log, "push", log.push, $t147, ["even" + k]);
    $T.pop($s0);
  }
}
let $r30 = $T.mcallv($s0, "$r30", $t7, log, "slice", log.slice, $t149, [-2]);
let $r31 = $T.mcallv($s0, "$r31", $t150, $r30, "join", $r30.join, $t39, [","]);
$T.mcallv($s0, null, $t47, console, "log", console.log, $t153, [$r31, k]);
$T.mcallv($s0, null, $t47, console, "log", console.log, $t162, [typeof notDeclaredAnywhere, NaN === NaN, NaN !== NaN, 1 + "2" + 3, 1 + 2 + "3", "5" * "2", $T.lit([]) + $T.lit({}), $T.lit([1]) == 1]);
$T.let($s0, "$r32", $t1);
let $r32;
if ($T.if($s0, $t163, o.n > 1)) {
  $T.set($s0, "$r32", $t164);
  $r32 = "big";
  $T.pop($s0);
} else {
  $T.set($s0, "$r32", $t165);
  $r32 = "small";
  $T.pop($s0);
}
$T.let($s0, "nested", $t166);
let nested = `outer inner ${1 + 1} ${$r32}`;
$T.mcallv($s0, null, $t47, console, "log", console.log, $t168, [nested]);
let $r33 = $T.call($s0, "$r33", $t170, $T.fn((p) => {
  const $s1 = $T.enter($s0, "F8", $t171);
  $T.ret($s1, $t172);
  return $T.fn((q$7) => {
    const $s2 = $T.enter($s1, "F9", $t173);
    $T.ret($s2, $t174);
    return $T.fn((r$8) => {
      const $s3 = $T.enter($s2, "F10", $t175);
      $T.ret($s3, $t176);
      return p + q$7 + r$8;
    }, "F10", $s2);
  }, "F9", $s1);
}, "F8", $s0), $t169, [1]);
let $r34 = $T.on ? $T.call($s0, "$r34", $t178, $r33, $t177, [2]) : $r33(2);
let deep = $T.on ? $T.call($s0, "deep", $t180, $r34, $t179, [3]) : $r34(3);
let $r35 = $T.call($s0, "$r35", $t181, $T.fn(() => {
  const $s1 = $T.enter($s0, "F11", $t10);
  $T.ret($s1, $t182);
  return $T.lit({ k: "obj" });
}, "F11", $s0), $t10, []);
$T.mcallv($s0, null, $t47, console, "log", console.log, $t185, [deep, $r35.k]);
if ($T.when($s0, $t186, "n" in o)) {
  $T.mcallv($s0, null, $t47, console, "log", console.log, $t188, ["has n"]);
  $T.pop($s0);
}
$T.let($s0, "t", $t27);
let t = 0;
$T.loop($s0, "L5");
L5: while (true) {
  if ($T.exit($s0, "L5", $t189, !(t < 3))) {
    break L5;
  }
  $T.set($s0, "t", $t190);
  t = t + 1;
}
$T.mcallv($s0, null, $t47, console, "log", console.log, $t192, [t]);
$T.set($s0, "shadowed$1", $t193);
var shadowed$1 = "outer";
function shadowTest() {
  const $s1 = $T.enter($s0, "F12", $t10);
  $T.let($s1, "res", $t1);
  $T.let($s1, "shadowed$9", $t1);
  $T.set($s1, "res", $t194);
  var res = shadowed$9;
  if ($T.when($s1, $t62, true)) {
    $T.set($s1, "shadowed$9", $t195);
    var shadowed$9 = "inner";
    $T.pop($s1);
  }
  $T.ret($s1, $t196);
  return res + "/" + shadowed$9;
}
let $r36 = $T.on ? $T.call($s0, "$r36", null, shadowTest, $t10, []) : shadowTest();
$T.mcallv($s0, null, $t47, console, "log", console.log, $t198, [$r36]);
$T.let($s0, "obj", $t199);
let obj = $T.lit({ val: 1, method: $T.fn(function () {
  const $s1 = $T.enter($s0, "F13", $t10);
  $T.ret($s1, $t200);
  return obj.val + 1;
}, "F13", $s0, "method") });
$T.unknown($s0);
console.log(obj.method(), obj["method"]());
$T.let($s0, "q$2", $t21);
let q$2 = 5;
$T.let($s0, "$r37", $t201);
let $r37 = +q$2;
$T.set($s0, "q$2", $t202);
q$2 = $r37 + 1;
$T.set($s0, "q$2", $t203);
q$2 = q$2 + 1;
$T.let($s0, "$r39", $t204);
let $r39 = $r37 + q$2;
$T.let($s0, "$r38", $t201);
let $r38 = +q$2;
$T.set($s0, "q$2", $t205);
q$2 = $r38 - 1;
$T.set($s0, "q$2", $t206);
q$2 = q$2 - 1;
$T.let($s0, "r$3", $t207);
let r$3 = $r39 + $r38 - q$2;
$T.mcallv($s0, null, $t47, console, "log", console.log, $t210, [q$2, r$3]);
$T.let($s0, "s", $t55);
let s = "x";
$T.let($s0, "$r41", $t211);
let $r41 = s;
$T.let($s0, "$r40", $t212);
let $r40 = s + "y";
$T.set($s0, "s", $t213);
s = $r40;
$T.set($s0, "s", $t214);
s = $r41 + $r40;
$T.mcallv($s0, null, $t47, console, "log", console.log, $t215, [s]);
$T.let($s0, "arr2", $t216);
let arr2 = $T.lit([1, 2, 3]);
$T.let($s0, "idx2", $t27);
let idx2 = 0;
$T.let($s0, "$r42", $t217);
let $r42 = +idx2;
$T.set($s0, "idx2", $t218);
idx2 = $r42 + 1;
$T.let($s0, "$r43", $t217);
let $r43 = +idx2;
$T.set($s0, "idx2", $t219);
idx2 = $r43 + 1;
$T.put($s0, $t221, $t222, $t220, arr2, $r42);
arr2[$r42] = arr2[$r42] + (arr2[$r43] * 10 + idx2);
let $r44 = $T.mcallv($s0, "$r44", $t221, arr2, "join", arr2.join, $t39, [","]);
$T.mcallv($s0, null, $t47, console, "log", console.log, $t225, [$r44, idx2]);
$T.end();
