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
const $t111 = ["f"];
const $t112 = ["v", "f"];
const $t113 = ["v", "$r24"];
const $t114 = ["isarr", ["v", "$r25"]];
const $t115 = ["bin", "===", ["un", "typeof", ["v", "$r26"]], ["s", "function"]];
const $t116 = ["get", ["v", "$r25"], "length"];
const $t117 = ["un", "!", ["bin", "<", ["v", "$r29"], ["v", "$r28"]]];
const $t118 = ["bin", "<", ["v", "$r29"], ["get", ["v", "$r25"], "length"]];
const $t119 = ["idx", ["v", "$r25"], ["v", "$r29"]];
const $t120 = ["v", "$r31"];
const $t121 = ["v", "$r29"];
const $t122 = ["v", "$r25"];
const $t123 = [$t120, $t121, $t122];
const $t124 = ["v", "$r26"];
const $t125 = ["v", "$r32"];
const $t126 = ["v", "$r30"];
const $t127 = ["bin", "+", ["v", "$r29"], ["n", 1]];
const $t128 = [$t124];
const $t129 = ["v", "$r33"];
const $t130 = ["v", "$r34"];
const $t131 = ["v", "$r27"];
const $t132 = ["v", "$r35"];
const $t133 = ["v", "$r36"];
const $t134 = [$t133];
const $t135 = ["v"];
const $t136 = ["n", -1];
const $t137 = ["bin", "===", ["v", "$r37"], ["n", -1]];
const $t138 = ["bin", "===", ["v", "v"], ["s", "a"]];
const $t139 = ["bin", "===", ["v", "v"], ["s", "b"]];
const $t140 = ["n", 2];
const $t141 = ["bin", "===", ["v", "v"], ["s", "c"]];
const $t142 = ["n", 3];
const $t143 = ["bin", "<=", ["v", "$r37"], ["n", 0]];
const $t144 = ["s", "dflt"];
const $t145 = ["bin", "<=", ["v", "$r37"], ["n", 1]];
const $t146 = ["s", "A"];
const $t147 = ["bin", "<=", ["v", "$r37"], ["n", 3]];
const $t148 = ["s", "BC"];
const $t149 = ["s", "a"];
const $t150 = [$t149];
const $t151 = ["s", "b"];
const $t152 = [$t151];
const $t153 = ["s", "c"];
const $t154 = [$t153];
const $t155 = ["s", "zz"];
const $t156 = [$t155];
const $t157 = ["v", "$r38"];
const $t158 = ["v", "$r39"];
const $t159 = ["v", "$r40"];
const $t160 = ["v", "$r41"];
const $t161 = [$t157, $t158, $t159, $t160];
const $t162 = ["un", "!", ["bin", "||", ["v", "$r42"], ["bin", "<", ["v", "k"], ["n", 5]]]];
const $t163 = ["b", false];
const $t164 = ["bin", "+", ["v", "k"], ["n", 1]];
const $t165 = ["bin", "%", ["v", "k"], ["n", 2]];
const $t166 = ["bin", "+", ["s", "even"], ["v", "k"]];
const $t167 = [$t166];
const $t168 = ["n", -2];
const $t169 = [$t168];
const $t170 = ["v", "$r43"];
const $t171 = ["v", "$r44"];
const $t172 = ["v", "k"];
const $t173 = [$t171, $t172];
const $t174 = ["un", "typeof", ["g", "notDeclaredAnywhere"]];
const $t175 = ["bin", "===", ["n", NaN], ["n", NaN]];
const $t176 = ["bin", "!==", ["n", NaN], ["n", NaN]];
const $t177 = ["bin", "+", ["bin", "+", ["n", 1], ["s", "2"]], ["n", 3]];
const $t178 = ["bin", "+", ["bin", "+", ["n", 1], ["n", 2]], ["s", "3"]];
const $t179 = ["bin", "*", ["s", "5"], ["s", "2"]];
const $t180 = ["bin", "+", ["arr", []], ["obj", []]];
const $t181 = ["bin", "==", ["arr", [["n", 1]]], ["n", 1]];
const $t182 = [$t174, $t175, $t176, $t177, $t178, $t179, $t180, $t181];
const $t183 = ["bin", ">", ["get", ["v", "o"], "n"], ["n", 1]];
const $t184 = ["s", "big"];
const $t185 = ["s", "small"];
const $t186 = ["bin", "+", ["bin", "+", ["bin", "+", ["s", "outer "], ["bin", "+", ["s", "inner "], ["bin", "+", ["n", 1], ["n", 1]]]], ["s", " "]], ["v", "$r45"]];
const $t187 = ["v", "nested"];
const $t188 = [$t187];
const $t189 = [$t64];
const $t190 = ["fn", "F8"];
const $t191 = ["p"];
const $t192 = ["fn", "F9"];
const $t193 = ["q$7"];
const $t194 = ["fn", "F10"];
const $t195 = ["r$8"];
const $t196 = ["bin", "+", ["bin", "+", ["v", "p"], ["v", "q$7"]], ["v", "r$8"]];
const $t197 = [$t140];
const $t198 = ["v", "$r46"];
const $t199 = [$t142];
const $t200 = ["v", "$r47"];
const $t201 = ["fn", "F11"];
const $t202 = ["obj", [["k", ["s", "obj"]]]];
const $t203 = ["v", "deep"];
const $t204 = ["get", ["v", "$r48"], "k"];
const $t205 = [$t203, $t204];
const $t206 = ["v", "$r49"];
const $t207 = ["s", "has n"];
const $t208 = [$t207];
const $t209 = ["un", "!", ["bin", "<", ["v", "t"], ["n", 3]]];
const $t210 = ["bin", "+", ["v", "t"], ["n", 1]];
const $t211 = ["v", "t"];
const $t212 = [$t211];
const $t213 = ["s", "outer"];
const $t214 = ["v", "shadowed$9"];
const $t215 = ["s", "inner"];
const $t216 = ["bin", "+", ["bin", "+", ["v", "res"], ["s", "/"]], ["v", "shadowed$9"]];
const $t217 = ["v", "$r50"];
const $t218 = [$t217];
const $t219 = ["obj", [["val", ["n", 1]], ["method", ["fn", "F13"]]]];
const $t220 = ["bin", "+", ["get", ["v", "obj"], "val"], ["n", 1]];
const $t221 = ["un", "+", ["v", "q$2"]];
const $t222 = ["bin", "+", ["v", "$r51"], ["n", 1]];
const $t223 = ["bin", "+", ["v", "q$2"], ["n", 1]];
const $t224 = ["bin", "+", ["v", "$r51"], ["v", "q$2"]];
const $t225 = ["bin", "-", ["v", "$r52"], ["n", 1]];
const $t226 = ["bin", "-", ["v", "q$2"], ["n", 1]];
const $t227 = ["bin", "-", ["bin", "+", ["v", "$r53"], ["v", "$r52"]], ["v", "q$2"]];
const $t228 = ["v", "q$2"];
const $t229 = ["v", "r$3"];
const $t230 = [$t228, $t229];
const $t231 = ["v", "s"];
const $t232 = ["bin", "+", ["v", "s"], ["s", "y"]];
const $t233 = ["v", "$r54"];
const $t234 = ["bin", "+", ["v", "$r55"], ["v", "$r54"]];
const $t235 = [$t231];
const $t236 = ["arr", [["n", 1], ["n", 2], ["n", 3]]];
const $t237 = ["un", "+", ["v", "idx2"]];
const $t238 = ["bin", "+", ["v", "$r56"], ["n", 1]];
const $t239 = ["bin", "+", ["v", "$r57"], ["n", 1]];
const $t240 = ["bin", "+", ["idx", ["v", "arr2"], ["v", "$r56"]], ["bin", "+", ["bin", "*", ["idx", ["v", "arr2"], ["v", "$r57"]], ["n", 10]], ["v", "idx2"]]];
const $t241 = ["v", "arr2"];
const $t242 = ["v", "$r56"];
const $t243 = ["v", "$r58"];
const $t244 = ["v", "idx2"];
const $t245 = [$t243, $t244];
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
  $T.iter($s0);
  $T.let($s0, "$r17", $t78);
  let $r17 = i$5 < 5;
  if ($T.when($s0, $t79, $r17)) {
    let $r16 = mask & i$5;
    $T.opaque($s0, "$r16");
    $T.set($s0, "$r17", $t80);
    $r17 = $r16 !== 4;
    $T.pop($s0);
  }
  if ($T.when($s0, $t81, !$r17)) {
    $T.brk($s0, "L1");
    break L1;
  }
  $T.label($s0, "C1");
  C1: {
    let $r18 = mask & i$5;
    $T.opaque($s0, "$r18");
    if ($T.when($s0, $t82, !$r18)) {
      $T.brk($s0, "C1");
      break C1;
    }
    $T.mcallv($s0, null, $t85, bits, "push", bits.push, $t84, [i$5 + "/" + j]);
    $T.pop($s0);
  }
  $T.set($s0, "i$5", $t86);
  i$5 = i$5 + 1;
  $T.set($s0, "j", $t87);
  j = j - 1;
}
let $r19 = $T.mcallv($s0, "$r19", $t85, bits, "join", bits.join, $t89, [" "]);
$T.mcallv($s0, null, $t47, console, "log", console.log, $t91, [$r19]);
function counterFactory() {
  const $s1 = $T.enter($s0, "F3", $t10);
  $T.let($s1, "count", $t27);
  let count = 0;
  $T.ret($s1, $t92);
  return $T.fn(() => {
    const $s2 = $T.enter($s1, "F4", $t10);
    $T.set($s2, "count", $t93);
    count = count + 1;
    $T.ret($s2, $t94);
    return count;
  }, "F4", $s1);
}
let next = $T.on ? $T.call($s0, "next", null, counterFactory, $t10, []) : counterFactory();
$T.on ? $T.call($s0, null, $t95, next, $t10, []) : next();
$T.on ? $T.call($s0, null, $t95, next, $t10, []) : next();
let $r20 = $T.on ? $T.call($s0, "$r20", $t95, next, $t10, []) : next();
let $r21 = $T.on ? $T.call($s0, "$r21", null, counterFactory, $t10, []) : counterFactory();
let $r22 = $T.on ? $T.call($s0, "$r22", $t96, $r21, $t10, []) : $r21();
$T.mcallv($s0, null, $t47, console, "log", console.log, $t99, [$r20, $r22]);
$T.let($s0, "fns", $t2);
let fns = $T.lit([]);
$T.let($s0, "$r23", $t27);
let $r23 = 0;
$T.loop($s0, "L2");
L2: while (true) {
  $T.iter($s0);
  const $s1 = $T.block($s0);
  $T.let($s1, "i$6", $t100);
  let i$6 = $r23;
  if ($T.when($s1, $t101, !(i$6 < 4))) {
    $T.brk($s1, "L2");
    break L2;
  }
  $T.label($s1, "C2");
  C2: {
    if ($T.when($s1, $t102, i$6 === 1)) {
      $T.brk($s1, "C2");
      break C2;
    }
    if ($T.when($s1, $t103, i$6 === 3)) {
      $T.brk($s1, "L2");
      break L2;
    }
    $T.mcallv($s1, null, $t107, fns, "push", fns.push, $t105, [$T.fn(() => {
      const $s2 = $T.enter($s1, "F5", $t10);
      $T.ret($s2, $t106);
      return i$6 * 100;
    }, "F5", $s1)]);
    $T.pop($s1);
  }
  $T.set($s1, "$r23", $t108);
  $r23 = i$6;
  $T.set($s1, "$r23", $t109);
  $r23 = $r23 + 1;
}
$T.let($s0, "$r25", $t107);
let $r25 = fns;
$T.let($s0, "$r26", $t110);
let $r26 = $T.fn((f) => {
  const $s1 = $T.enter($s0, "F6", $t111);
  let $r24 = $T.on ? $T.call($s1, "$r24", $t112, f, $t10, []) : f();
  $T.ret($s1, $t113);
  return $r24;
}, "F6", $s0);
$T.let($s0, "$r27", $t1);
let $r27;
if ($T.if($s0, $t114, $T.arrayFits($r25, "map"))) {
  if ($T.if($s0, $t115, typeof $r26 === "function")) {
    $T.let($s0, "$r28", $t116);
    let $r28 = $r25.length;
    $T.let($s0, "$r30", $t2);
    let $r30 = $T.lit([]);
    $T.let($s0, "$r29", $t27);
    let $r29 = 0;
    $T.loop($s0, "L1000073");
    L1000073: while (true) {
      if ($T.exit($s0, "L1000073", $t117, !($r29 < $r28))) {
        break L1000073;
      }
      if ($T.if($s0, $t118, $T.present($r25, $r29))) {
        $T.let($s0, "$r31", $t119);
        let $r31 = $r25[$r29];
        let $r32 = $T.on ? $T.call($s0, "$r32", $t124, $r26, $t123, [$r31, $r29, $r25]) : $r26($r31, $r29, $r25);
        $T.put($s0, $t126, $t121, $t125, $r30, $r29);
        $r30[$r29] = $r32;
        $T.pop($s0);
      } else {
        $T.unknown($s0);
        $r30.length = $r28;
        $T.pop($s0);
      }
      $T.set($s0, "$r29", $t127);
      $r29 = $r29 + 1;
    }
    $T.set($s0, "$r27", $t126);
    $r27 = $r30;
    $T.pop($s0);
  } else {
    let $r33 = $T.mcallv($s0, "$r33", $t122, $r25, "map", $r25.map, $t128, [$r26]);
    $T.set($s0, "$r27", $t129);
    $r27 = $r33;
    $T.pop($s0);
  }
  $T.pop($s0);
} else {
  let $r34 = $T.mcallv($s0, "$r34", $t122, $r25, "map", $r25.map, $t128, [$r26]);
  $T.set($s0, "$r27", $t130);
  $r27 = $r34;
  $T.pop($s0);
}
$T.let($s0, "$r35", $t131);
let $r35 = $r27;
let $r36 = $T.mcallv($s0, "$r36", $t132, $r35, "join", $r35.join, $t39, [","]);
$T.mcallv($s0, null, $t47, console, "log", console.log, $t134, [$r36]);
function sw(v) {
  const $s1 = $T.enter($s0, "F7", $t135);
  $T.let($s1, "$r37", $t136);
  let $r37 = -1;
  if ($T.when($s1, $t137, $r37 === -1)) {
    if ($T.when($s1, $t138, v === "a")) {
      $T.set($s1, "$r37", $t64);
      $r37 = 1;
      $T.pop($s1);
    }
    $T.pop($s1);
  }
  if ($T.when($s1, $t137, $r37 === -1)) {
    if ($T.when($s1, $t139, v === "b")) {
      $T.set($s1, "$r37", $t140);
      $r37 = 2;
      $T.pop($s1);
    }
    $T.pop($s1);
  }
  if ($T.when($s1, $t137, $r37 === -1)) {
    if ($T.when($s1, $t141, v === "c")) {
      $T.set($s1, "$r37", $t142);
      $r37 = 3;
      $T.pop($s1);
    }
    $T.pop($s1);
  }
  if ($T.when($s1, $t137, $r37 === -1)) {
    $T.set($s1, "$r37", $t27);
    $r37 = 0;
    $T.pop($s1);
  }
  $T.loop($s1, "L3");
  L3: while (true) {
    $T.iter($s1);
    if ($T.when($s1, $t143, $r37 <= 0)) {
      $T.ret($s1, $t144);
      return "dflt";
    }
    if ($T.when($s1, $t145, $r37 <= 1)) {
      $T.ret($s1, $t146);
      return "A";
    }
    if ($T.when($s1, $t147, $r37 <= 3)) {
      $T.ret($s1, $t148);
      return "BC";
    }
    $T.brk($s1, "L3");
    break L3;
  }
  $T.ret($s1, $t1, true);
}
let $r38 = $T.on ? $T.call($s0, "$r38", null, sw, $t150, ["a"]) : sw("a");
let $r39 = $T.on ? $T.call($s0, "$r39", null, sw, $t152, ["b"]) : sw("b");
let $r40 = $T.on ? $T.call($s0, "$r40", null, sw, $t154, ["c"]) : sw("c");
let $r41 = $T.on ? $T.call($s0, "$r41", null, sw, $t156, ["zz"]) : sw("zz");
$T.mcallv($s0, null, $t47, console, "log", console.log, $t161, [$r38, $r39, $r40, $r41]);
$T.let($s0, "k", $t27);
let k = 0;
$T.let($s0, "$r42", $t62);
let $r42 = true;
$T.loop($s0, "L4");
L4: while (true) {
  if ($T.exit($s0, "L4", $t162, !($r42 || k < 5))) {
    break L4;
  }
  $T.set($s0, "$r42", $t163);
  $r42 = false;
  $T.label($s0, "C4");
  C4: {
    $T.set($s0, "k", $t164);
    k = k + 1;
    if ($T.when($s0, $t165, k % 2)) {
      $T.brk($s0, "C4");
      break C4;
    }
    $T.mcallv($s0, null, $t7, log, "push", log.push, $t167, ["even" + k]);
    $T.pop($s0);
  }
}
let $r43 = $T.mcallv($s0, "$r43", $t7, log, "slice", log.slice, $t169, [-2]);
let $r44 = $T.mcallv($s0, "$r44", $t170, $r43, "join", $r43.join, $t39, [","]);
$T.mcallv($s0, null, $t47, console, "log", console.log, $t173, [$r44, k]);
$T.mcallv($s0, null, $t47, console, "log", console.log, $t182, [typeof notDeclaredAnywhere, NaN === NaN, NaN !== NaN, 1 + "2" + 3, 1 + 2 + "3", "5" * "2", $T.lit([]) + $T.lit({}), $T.lit([1]) == 1]);
$T.let($s0, "$r45", $t1);
let $r45;
if ($T.if($s0, $t183, o.n > 1)) {
  $T.set($s0, "$r45", $t184);
  $r45 = "big";
  $T.pop($s0);
} else {
  $T.set($s0, "$r45", $t185);
  $r45 = "small";
  $T.pop($s0);
}
$T.let($s0, "nested", $t186);
let nested = `outer inner ${1 + 1} ${$r45}`;
$T.mcallv($s0, null, $t47, console, "log", console.log, $t188, [nested]);
let $r46 = $T.call($s0, "$r46", $t190, $T.fn((p) => {
  const $s1 = $T.enter($s0, "F8", $t191);
  $T.ret($s1, $t192);
  return $T.fn((q$7) => {
    const $s2 = $T.enter($s1, "F9", $t193);
    $T.ret($s2, $t194);
    return $T.fn((r$8) => {
      const $s3 = $T.enter($s2, "F10", $t195);
      $T.ret($s3, $t196);
      return p + q$7 + r$8;
    }, "F10", $s2);
  }, "F9", $s1);
}, "F8", $s0), $t189, [1]);
let $r47 = $T.on ? $T.call($s0, "$r47", $t198, $r46, $t197, [2]) : $r46(2);
let deep = $T.on ? $T.call($s0, "deep", $t200, $r47, $t199, [3]) : $r47(3);
let $r48 = $T.call($s0, "$r48", $t201, $T.fn(() => {
  const $s1 = $T.enter($s0, "F11", $t10);
  $T.ret($s1, $t202);
  return $T.lit({ k: "obj" });
}, "F11", $s0), $t10, []);
$T.mcallv($s0, null, $t47, console, "log", console.log, $t205, [deep, $r48.k]);
let $r49 = "n" in o;
$T.opaque($s0, "$r49");
if ($T.when($s0, $t206, $r49)) {
  $T.mcallv($s0, null, $t47, console, "log", console.log, $t208, ["has n"]);
  $T.pop($s0);
}
$T.let($s0, "t", $t27);
let t = 0;
$T.loop($s0, "L5");
L5: while (true) {
  if ($T.exit($s0, "L5", $t209, !(t < 3))) {
    break L5;
  }
  $T.set($s0, "t", $t210);
  t = t + 1;
}
$T.mcallv($s0, null, $t47, console, "log", console.log, $t212, [t]);
$T.set($s0, "shadowed$1", $t213);
var shadowed$1 = "outer";
function shadowTest() {
  const $s1 = $T.enter($s0, "F12", $t10);
  $T.let($s1, "res", $t1);
  $T.let($s1, "shadowed$9", $t1);
  $T.set($s1, "res", $t214);
  var res = shadowed$9;
  if ($T.when($s1, $t62, true)) {
    $T.set($s1, "shadowed$9", $t215);
    var shadowed$9 = "inner";
    $T.pop($s1);
  }
  $T.ret($s1, $t216);
  return res + "/" + shadowed$9;
}
let $r50 = $T.on ? $T.call($s0, "$r50", null, shadowTest, $t10, []) : shadowTest();
$T.mcallv($s0, null, $t47, console, "log", console.log, $t218, [$r50]);
$T.let($s0, "obj", $t219);
let obj = $T.lit({ val: 1, method: $T.fn(function () {
  const $s1 = $T.enter($s0, "F13", $t10);
  $T.ret($s1, $t220);
  return obj.val + 1;
}, "F13", $s0, "method") });
$T.unknown($s0);
console.log(obj.method(), obj["method"]());
$T.let($s0, "q$2", $t21);
let q$2 = 5;
$T.let($s0, "$r51", $t221);
let $r51 = +q$2;
$T.set($s0, "q$2", $t222);
q$2 = $r51 + 1;
$T.set($s0, "q$2", $t223);
q$2 = q$2 + 1;
$T.let($s0, "$r53", $t224);
let $r53 = $r51 + q$2;
$T.let($s0, "$r52", $t221);
let $r52 = +q$2;
$T.set($s0, "q$2", $t225);
q$2 = $r52 - 1;
$T.set($s0, "q$2", $t226);
q$2 = q$2 - 1;
$T.let($s0, "r$3", $t227);
let r$3 = $r53 + $r52 - q$2;
$T.mcallv($s0, null, $t47, console, "log", console.log, $t230, [q$2, r$3]);
$T.let($s0, "s", $t55);
let s = "x";
$T.let($s0, "$r55", $t231);
let $r55 = s;
$T.let($s0, "$r54", $t232);
let $r54 = s + "y";
$T.set($s0, "s", $t233);
s = $r54;
$T.set($s0, "s", $t234);
s = $r55 + $r54;
$T.mcallv($s0, null, $t47, console, "log", console.log, $t235, [s]);
$T.let($s0, "arr2", $t236);
let arr2 = $T.lit([1, 2, 3]);
$T.let($s0, "idx2", $t27);
let idx2 = 0;
$T.let($s0, "$r56", $t237);
let $r56 = +idx2;
$T.set($s0, "idx2", $t238);
idx2 = $r56 + 1;
$T.let($s0, "$r57", $t237);
let $r57 = +idx2;
$T.set($s0, "idx2", $t239);
idx2 = $r57 + 1;
$T.put($s0, $t241, $t242, $t240, arr2, $r56);
arr2[$r56] = arr2[$r56] + (arr2[$r57] * 10 + idx2);
let $r58 = $T.mcallv($s0, "$r58", $t241, arr2, "join", arr2.join, $t39, [","]);
$T.mcallv($s0, null, $t47, console, "log", console.log, $t245, [$r58, idx2]);
$T.end();
