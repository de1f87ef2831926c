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
const $t108 = ["f"];
const $t109 = ["v", "f"];
const $t110 = ["v", "$r21"];
const $t111 = ["isarr", ["v", "$r22"]];
const $t112 = ["bin", "===", ["un", "typeof", ["v", "$r23"]], ["s", "function"]];
const $t113 = ["get", ["v", "$r22"], "length"];
const $t114 = ["un", "!", ["bin", "<", ["v", "$r26"], ["v", "$r25"]]];
const $t115 = ["bin", "in", ["v", "$r26"], ["v", "$r22"]];
const $t116 = ["idx", ["v", "$r22"], ["v", "$r26"]];
const $t117 = ["v", "$r28"];
const $t118 = ["v", "$r26"];
const $t119 = ["v", "$r22"];
const $t120 = [$t117, $t118, $t119];
const $t121 = ["v", "$r23"];
const $t122 = ["v", "$r29"];
const $t123 = ["v", "$r27"];
const $t124 = ["bin", "+", ["v", "$r26"], ["n", 1]];
const $t125 = [$t121];
const $t126 = ["v", "$r30"];
const $t127 = ["v", "$r31"];
const $t128 = ["v", "$r24"];
const $t129 = ["v", "$r32"];
const $t130 = ["v", "$r33"];
const $t131 = [$t130];
const $t132 = ["v"];
const $t133 = ["n", -1];
const $t134 = ["bin", "===", ["v", "$r34"], ["n", -1]];
const $t135 = ["bin", "===", ["v", "v"], ["s", "a"]];
const $t136 = ["bin", "===", ["v", "v"], ["s", "b"]];
const $t137 = ["n", 2];
const $t138 = ["bin", "===", ["v", "v"], ["s", "c"]];
const $t139 = ["n", 3];
const $t140 = ["bin", "<=", ["v", "$r34"], ["n", 0]];
const $t141 = ["s", "dflt"];
const $t142 = ["bin", "<=", ["v", "$r34"], ["n", 1]];
const $t143 = ["s", "A"];
const $t144 = ["bin", "<=", ["v", "$r34"], ["n", 3]];
const $t145 = ["s", "BC"];
const $t146 = ["s", "a"];
const $t147 = [$t146];
const $t148 = ["s", "b"];
const $t149 = [$t148];
const $t150 = ["s", "c"];
const $t151 = [$t150];
const $t152 = ["s", "zz"];
const $t153 = [$t152];
const $t154 = ["v", "$r35"];
const $t155 = ["v", "$r36"];
const $t156 = ["v", "$r37"];
const $t157 = ["v", "$r38"];
const $t158 = [$t154, $t155, $t156, $t157];
const $t159 = ["un", "!", ["bin", "||", ["v", "$r39"], ["bin", "<", ["v", "k"], ["n", 5]]]];
const $t160 = ["b", false];
const $t161 = ["bin", "+", ["v", "k"], ["n", 1]];
const $t162 = ["bin", "%", ["v", "k"], ["n", 2]];
const $t163 = ["bin", "+", ["s", "even"], ["v", "k"]];
const $t164 = [$t163];
const $t165 = ["n", -2];
const $t166 = [$t165];
const $t167 = ["v", "$r40"];
const $t168 = ["v", "$r41"];
const $t169 = ["v", "k"];
const $t170 = [$t168, $t169];
const $t171 = ["un", "typeof", ["g", "notDeclaredAnywhere"]];
const $t172 = ["bin", "===", ["n", NaN], ["n", NaN]];
const $t173 = ["bin", "!==", ["n", NaN], ["n", NaN]];
const $t174 = ["bin", "+", ["bin", "+", ["n", 1], ["s", "2"]], ["n", 3]];
const $t175 = ["bin", "+", ["bin", "+", ["n", 1], ["n", 2]], ["s", "3"]];
const $t176 = ["bin", "*", ["s", "5"], ["s", "2"]];
const $t177 = ["bin", "+", ["arr", []], ["obj", []]];
const $t178 = ["bin", "==", ["arr", [["n", 1]]], ["n", 1]];
const $t179 = [$t171, $t172, $t173, $t174, $t175, $t176, $t177, $t178];
const $t180 = ["bin", ">", ["get", ["v", "o"], "n"], ["n", 1]];
const $t181 = ["s", "big"];
const $t182 = ["s", "small"];
const $t183 = ["bin", "+", ["bin", "+", ["bin", "+", ["s", "outer "], ["bin", "+", ["s", "inner "], ["bin", "+", ["n", 1], ["n", 1]]]], ["s", " "]], ["v", "$r42"]];
const $t184 = ["v", "nested"];
const $t185 = [$t184];
const $t186 = [$t64];
const $t187 = ["fn", "F8"];
const $t188 = ["p"];
const $t189 = ["fn", "F9"];
const $t190 = ["q$7"];
const $t191 = ["fn", "F10"];
const $t192 = ["r$8"];
const $t193 = ["bin", "+", ["bin", "+", ["v", "p"], ["v", "q$7"]], ["v", "r$8"]];
const $t194 = [$t137];
const $t195 = ["v", "$r43"];
const $t196 = [$t139];
const $t197 = ["v", "$r44"];
const $t198 = ["fn", "F11"];
const $t199 = ["obj", [["k", ["s", "obj"]]]];
const $t200 = ["v", "deep"];
const $t201 = ["get", ["v", "$r45"], "k"];
const $t202 = [$t200, $t201];
const $t203 = ["bin", "in", ["s", "n"], ["v", "o"]];
const $t204 = ["s", "has n"];
const $t205 = [$t204];
const $t206 = ["un", "!", ["bin", "<", ["v", "t"], ["n", 3]]];
const $t207 = ["bin", "+", ["v", "t"], ["n", 1]];
const $t208 = ["v", "t"];
const $t209 = [$t208];
const $t210 = ["s", "outer"];
const $t211 = ["v", "shadowed$9"];
const $t212 = ["s", "inner"];
const $t213 = ["bin", "+", ["bin", "+", ["v", "res"], ["s", "/"]], ["v", "shadowed$9"]];
const $t214 = ["v", "$r46"];
const $t215 = [$t214];
const $t216 = ["obj", [["val", ["n", 1]], ["method", ["fn", "F13"]]]];
const $t217 = ["bin", "+", ["get", ["v", "obj"], "val"], ["n", 1]];
const $t218 = ["un", "+", ["v", "q$2"]];
const $t219 = ["bin", "+", ["v", "$r47"], ["n", 1]];
const $t220 = ["bin", "+", ["v", "q$2"], ["n", 1]];
const $t221 = ["bin", "+", ["v", "$r47"], ["v", "q$2"]];
const $t222 = ["bin", "-", ["v", "$r48"], ["n", 1]];
const $t223 = ["bin", "-", ["v", "q$2"], ["n", 1]];
const $t224 = ["bin", "-", ["bin", "+", ["v", "$r49"], ["v", "$r48"]], ["v", "q$2"]];
const $t225 = ["v", "q$2"];
const $t226 = ["v", "r$3"];
const $t227 = [$t225, $t226];
const $t228 = ["v", "s"];
const $t229 = ["bin", "+", ["v", "s"], ["s", "y"]];
const $t230 = ["v", "$r50"];
const $t231 = ["bin", "+", ["v", "$r51"], ["v", "$r50"]];
const $t232 = [$t228];
const $t233 = ["arr", [["n", 1], ["n", 2], ["n", 3]]];
const $t234 = ["un", "+", ["v", "idx2"]];
const $t235 = ["bin", "+", ["v", "$r52"], ["n", 1]];
const $t236 = ["bin", "+", ["v", "$r53"], ["n", 1]];
const $t237 = ["bin", "+", ["idx", ["v", "arr2"], ["v", "$r52"]], ["bin", "+", ["bin", "*", ["idx", ["v", "arr2"], ["v", "$r53"]], ["n", 10]], ["v", "idx2"]]];
const $t238 = ["v", "arr2"];
const $t239 = ["v", "$r52"];
const $t240 = ["v", "$r54"];
const $t241 = ["v", "idx2"];
const $t242 = [$t240, $t241];
const $s0 = $T.root();
$T.on && $T.let($s0, "shadowed$1", $t1);
$T.on && $T.decl($s0, "counterFactory", counterFactory, "F3");
$T.on && $T.decl($s0, "sw", sw, "F7");
$T.on && $T.decl($s0, "shadowTest", shadowTest, "F12");
$T.on && $T.let($s0, "log", $t2);
let log = $T.lit([]);
$T.on && $T.let($s0, "note", $t3);
const note = $T.fn((x$4) => {
  if (!$T.on) {
    log.push(x$4);
    return x$4;
  }
  const $s1 = $T.enter($s0, "F1", $t4);
  $T.on ? $T.mcallv($s1, null, $t7, log, "push", log.push, $t6, [x$4]) : log.push(x$4);
  $T.on && $T.ret($s1, $t5);
  return x$4;
}, "F1", $s0, "note");
$T.on && $T.let($s0, "o", $t8);
let o = $T.lit({ n: 1, inner: $T.lit({ v: 10 }) });
$T.on && $T.let($s0, "getO", $t9);
let getO = $T.fn(() => {
  if (!$T.on) {
    note("getO");
    return o;
  }
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
  if ($T.on ? $T.exit($s0, "L1", $t78, !(i$5 < 5 && (mask & i$5) !== 4)) : !(i$5 < 5 && (mask & i$5) !== 4)) {
    break L1;
  }
  $T.on && $T.label($s0, "C1");
  C1: {
    if ($T.on ? $T.when($s0, $t79, !(mask & i$5)) : !(mask & i$5)) {
      $T.on && $T.brk($s0, "C1");
      break C1;
    }
    $T.on ? $T.mcallv($s0, null, $t82, bits, "push", bits.push, $t81, [i$5 + "/" + j]) : bits.push(i$5 + "/" + j);
    $T.on && $T.pop($s0);
  }
  $T.on && $T.set($s0, "i$5", $t83);
  i$5 = i$5 + 1;
  $T.on && $T.set($s0, "j", $t84);
  j = j - 1;
}
let $r16 = $T.on ? $T.mcallv($s0, "$r16", $t82, bits, "join", bits.join, $t86, [" "]) : bits.join(" ");
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t88, [$r16]) : console.log($r16);
function counterFactory() {
  if (!$T.on) {
    let count = 0;
    return () => {
      count = count + 1;
      return count;
    };
  }
  const $s1 = $T.enter($s0, "F3", $t10);
  $T.on && $T.let($s1, "count", $t27);
  let count = 0;
  $T.on && $T.ret($s1, $t89);
  return $T.fn(() => {
    if (!$T.on) {
      count = count + 1;
      return count;
    }
    const $s2 = $T.enter($s1, "F4", $t10);
    $T.on && $T.set($s2, "count", $t90);
    count = count + 1;
    $T.on && $T.ret($s2, $t91);
    return count;
  }, "F4", $s1);
}
let next = $T.on ? $T.call($s0, "next", null, counterFactory, $t10, []) : counterFactory();
$T.on ? $T.call($s0, null, $t92, next, $t10, []) : next();
$T.on ? $T.call($s0, null, $t92, next, $t10, []) : next();
let $r17 = $T.on ? $T.call($s0, "$r17", $t92, next, $t10, []) : next();
let $r18 = $T.on ? $T.call($s0, "$r18", null, counterFactory, $t10, []) : counterFactory();
let $r19 = $T.on ? $T.call($s0, "$r19", $t93, $r18, $t10, []) : $r18();
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t96, [$r17, $r19]) : console.log($r17, $r19);
$T.on && $T.let($s0, "fns", $t2);
let fns = $T.lit([]);
$T.on && $T.let($s0, "$r20", $t27);
let $r20 = 0;
$T.on && $T.loop($s0, "L2");
L2: while (true) {
  $T.on && $T.iter($s0);
  const $s1 = $T.block($s0);
  $T.on && $T.let($s1, "i$6", $t97);
  let i$6 = $r20;
  if ($T.on ? $T.when($s1, $t98, !(i$6 < 4)) : !(i$6 < 4)) {
    $T.on && $T.brk($s1, "L2");
    break L2;
  }
  $T.on && $T.label($s1, "C2");
  C2: {
    if ($T.on ? $T.when($s1, $t99, i$6 === 1) : i$6 === 1) {
      $T.on && $T.brk($s1, "C2");
      break C2;
    }
    if ($T.on ? $T.when($s1, $t100, i$6 === 3) : i$6 === 3) {
      $T.on && $T.brk($s1, "L2");
      break L2;
    }
    const $r55 = $T.fn(() => {
      if (!$T.on) {
        return i$6 * 100;
      }
      const $s2 = $T.enter($s1, "F5", $t10);
      $T.on && $T.ret($s2, $t103);
      return i$6 * 100;
    }, "F5", $s1);
    $T.on ? $T.mcallv($s1, null, $t104, fns, "push", fns.push, $t102, [$r55]) : fns.push($r55);
    $T.on && $T.pop($s1);
  }
  $T.on && $T.set($s1, "$r20", $t105);
  $r20 = i$6;
  $T.on && $T.set($s1, "$r20", $t106);
  $r20 = $r20 + 1;
}
$T.on && $T.let($s0, "$r22", $t104);
let $r22 = fns;
$T.on && $T.let($s0, "$r23", $t107);
let $r23 = $T.fn((f) => {
  if (!$T.on) {
    let $r21 = f();
    return $r21;
  }
  const $s1 = $T.enter($s0, "F6", $t108);
  let $r21 = $T.on ? $T.call($s1, "$r21", $t109, f, $t10, []) : f();
  $T.on && $T.ret($s1, $t110);
  return $r21;
}, "F6", $s0);
$T.on && $T.let($s0, "$r24", $t1);
let $r24;
if ($T.if($s0, $t111, $T.arrayFits($r22, "map"))) {
  if ($T.on ? $T.if($s0, $t112, typeof $r23 === "function") : typeof $r23 === "function") {
    $T.on && $T.let($s0, "$r25", $t113);
    let $r25 = $r22.length;
    $T.on && $T.let($s0, "$r27", $t2);
    let $r27 = $T.lit([]);
    $T.on && $T.let($s0, "$r26", $t27);
    let $r26 = 0;
    $T.on && $T.loop($s0, "L1000070");
    L1000070: while (true) {
      if ($T.on ? $T.exit($s0, "L1000070", $t114, !($r26 < $r25)) : !($r26 < $r25)) {
        break L1000070;
      }
      if ($T.if($s0, $t115, $T.present($r22, $r26))) {
        $T.on && $T.let($s0, "$r28", $t116);
        let $r28 = $r22[$r26];
        let $r29 = $T.on ? $T.call($s0, "$r29", $t121, $r23, $t120, [$r28, $r26, $r22]) : $r23($r28, $r26, $r22);
        $T.on && $T.put($s0, $t123, $t118, $t122, $r27, $r26);
        $r27[$r26] = $r29;
        $T.on && $T.pop($s0);
      } else {
        $T.on && $T.unknown($s0);
        $r27.length = $r25;
        $T.on && $T.pop($s0);
      }
      $T.on && $T.set($s0, "$r26", $t124);
      $r26 = $r26 + 1;
    }
    $T.on && $T.set($s0, "$r24", $t123);
    $r24 = $r27;
    $T.on && $T.pop($s0);
  } else {
    let $r30 = $T.on ? $T.mcallv($s0, "$r30", $t119, $r22, "map", $r22.map, $t125, [$r23]) : $r22.map($r23);
    $T.on && $T.set($s0, "$r24", $t126);
    $r24 = $r30;
    $T.on && $T.pop($s0);
  }
  $T.on && $T.pop($s0);
} else {
  let $r31 = $T.on ? $T.mcallv($s0, "$r31", $t119, $r22, "map", $r22.map, $t125, [$r23]) : $r22.map($r23);
  $T.on && $T.set($s0, "$r24", $t127);
  $r24 = $r31;
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r32", $t128);
let $r32 = $r24;
let $r33 = $T.on ? $T.mcallv($s0, "$r33", $t129, $r32, "join", $r32.join, $t39, [","]) : $r32.join(",");
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t131, [$r33]) : console.log($r33);
function sw(v) {
  if (!$T.on) {
    let $r34 = -1;
    if ($r34 === -1) {
      if (v === "a") {
        $r34 = 1;
      }
    }
    if ($r34 === -1) {
      if (v === "b") {
        $r34 = 2;
      }
    }
    if ($r34 === -1) {
      if (v === "c") {
        $r34 = 3;
      }
    }
    if ($r34 === -1) {
      $r34 = 0;
    }
    L3: while (true) {
      if ($r34 <= 0) {
        return "dflt";
      }
      if ($r34 <= 1) {
        return "A";
      }
      if ($r34 <= 3) {
        return "BC";
      }
      break L3;
    }
    return;
  }
  const $s1 = $T.enter($s0, "F7", $t132);
  $T.on && $T.let($s1, "$r34", $t133);
  let $r34 = -1;
  if ($T.on ? $T.when($s1, $t134, $r34 === -1) : $r34 === -1) {
    if ($T.on ? $T.when($s1, $t135, v === "a") : v === "a") {
      $T.on && $T.set($s1, "$r34", $t64);
      $r34 = 1;
      $T.on && $T.pop($s1);
    }
    $T.on && $T.pop($s1);
  }
  if ($T.on ? $T.when($s1, $t134, $r34 === -1) : $r34 === -1) {
    if ($T.on ? $T.when($s1, $t136, v === "b") : v === "b") {
      $T.on && $T.set($s1, "$r34", $t137);
      $r34 = 2;
      $T.on && $T.pop($s1);
    }
    $T.on && $T.pop($s1);
  }
  if ($T.on ? $T.when($s1, $t134, $r34 === -1) : $r34 === -1) {
    if ($T.on ? $T.when($s1, $t138, v === "c") : v === "c") {
      $T.on && $T.set($s1, "$r34", $t139);
      $r34 = 3;
      $T.on && $T.pop($s1);
    }
    $T.on && $T.pop($s1);
  }
  if ($T.on ? $T.when($s1, $t134, $r34 === -1) : $r34 === -1) {
    $T.on && $T.set($s1, "$r34", $t27);
    $r34 = 0;
    $T.on && $T.pop($s1);
  }
  $T.on && $T.loop($s1, "L3");
  L3: while (true) {
    $T.on && $T.iter($s1);
    if ($T.on ? $T.when($s1, $t140, $r34 <= 0) : $r34 <= 0) {
      $T.on && $T.ret($s1, $t141);
      return "dflt";
    }
    if ($T.on ? $T.when($s1, $t142, $r34 <= 1) : $r34 <= 1) {
      $T.on && $T.ret($s1, $t143);
      return "A";
    }
    if ($T.on ? $T.when($s1, $t144, $r34 <= 3) : $r34 <= 3) {
      $T.on && $T.ret($s1, $t145);
      return "BC";
    }
    $T.on && $T.brk($s1, "L3");
    break L3;
  }
  $T.on && $T.ret($s1, $t1, true);
}
let $r35 = $T.on ? $T.call($s0, "$r35", null, sw, $t147, ["a"]) : sw("a");
let $r36 = $T.on ? $T.call($s0, "$r36", null, sw, $t149, ["b"]) : sw("b");
let $r37 = $T.on ? $T.call($s0, "$r37", null, sw, $t151, ["c"]) : sw("c");
let $r38 = $T.on ? $T.call($s0, "$r38", null, sw, $t153, ["zz"]) : sw("zz");
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t158, [$r35, $r36, $r37, $r38]) : console.log($r35, $r36, $r37, $r38);
$T.on && $T.let($s0, "k", $t27);
let k = 0;
$T.on && $T.let($s0, "$r39", $t62);
let $r39 = true;
$T.on && $T.loop($s0, "L4");
L4: while (true) {
  if ($T.on ? $T.exit($s0, "L4", $t159, !($r39 || k < 5)) : !($r39 || k < 5)) {
    break L4;
  }
  $T.on && $T.set($s0, "$r39", $t160);
  $r39 = false;
  $T.on && $T.label($s0, "C4");
  C4: {
    $T.on && $T.set($s0, "k", $t161);
    k = k + 1;
    if ($T.on ? $T.when($s0, $t162, k % 2) : k % 2) {
      $T.on && $T.brk($s0, "C4");
      break C4;
    }
    $T.on ? $T.mcallv($s0, null, $t7, log, "push", log.push, $t164, ["even" + k]) : log.push("even" + k);
    $T.on && $T.pop($s0);
  }
}
let $r40 = $T.on ? $T.mcallv($s0, "$r40", $t7, log, "slice", log.slice, $t166, [-2]) : log.slice(-2);
let $r41 = $T.on ? $T.mcallv($s0, "$r41", $t167, $r40, "join", $r40.join, $t39, [","]) : $r40.join(",");
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t170, [$r41, k]) : console.log($r41, k);
$T.mcallv($s0, null, $t47, console, "log", console.log, $t179, [typeof notDeclaredAnywhere, NaN === NaN, NaN !== NaN, 1 + "2" + 3, 1 + 2 + "3", "5" * "2", $T.lit([]) + $T.lit({}), $T.lit([1]) == 1]);
$T.on && $T.let($s0, "$r42", $t1);
let $r42;
if ($T.on ? $T.if($s0, $t180, o.n > 1) : o.n > 1) {
  $T.on && $T.set($s0, "$r42", $t181);
  $r42 = "big";
  $T.on && $T.pop($s0);
} else {
  $T.on && $T.set($s0, "$r42", $t182);
  $r42 = "small";
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "nested", $t183);
let nested = `outer inner ${1 + 1} ${$r42}`;
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t185, [nested]) : console.log(nested);
let $r43 = $T.call($s0, "$r43", $t187, $T.fn((p) => {
  if (!$T.on) {
    return (q$7) => {
      return (r$8) => {
        return p + q$7 + r$8;
      };
    };
  }
  const $s1 = $T.enter($s0, "F8", $t188);
  $T.on && $T.ret($s1, $t189);
  return $T.fn((q$7) => {
    if (!$T.on) {
      return (r$8) => {
        return p + q$7 + r$8;
      };
    }
    const $s2 = $T.enter($s1, "F9", $t190);
    $T.on && $T.ret($s2, $t191);
    return $T.fn((r$8) => {
      if (!$T.on) {
        return p + q$7 + r$8;
      }
      const $s3 = $T.enter($s2, "F10", $t192);
      $T.on && $T.ret($s3, $t193);
      return p + q$7 + r$8;
    }, "F10", $s2);
  }, "F9", $s1);
}, "F8", $s0), $t186, [1]);
let $r44 = $T.on ? $T.call($s0, "$r44", $t195, $r43, $t194, [2]) : $r43(2);
let deep = $T.on ? $T.call($s0, "deep", $t197, $r44, $t196, [3]) : $r44(3);
let $r45 = $T.call($s0, "$r45", $t198, $T.fn(() => {
  if (!$T.on) {
    return { k: "obj" };
  }
  const $s1 = $T.enter($s0, "F11", $t10);
  $T.on && $T.ret($s1, $t199);
  return $T.lit({ k: "obj" });
}, "F11", $s0), $t10, []);
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t202, [deep, $r45.k]) : console.log(deep, $r45.k);
if ($T.on ? $T.when($s0, $t203, "n" in o) : "n" in o) {
  $T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t205, ["has n"]) : console.log("has n");
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "t", $t27);
let t = 0;
$T.on && $T.loop($s0, "L5");
L5: while (true) {
  if ($T.on ? $T.exit($s0, "L5", $t206, !(t < 3)) : !(t < 3)) {
    break L5;
  }
  $T.on && $T.set($s0, "t", $t207);
  t = t + 1;
}
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t209, [t]) : console.log(t);
$T.on && $T.set($s0, "shadowed$1", $t210);
var shadowed$1 = "outer";
function shadowTest() {
  if (!$T.on) {
    var res = shadowed$9;
    if (true) {
      var shadowed$9 = "inner";
    }
    return res + "/" + shadowed$9;
  }
  const $s1 = $T.enter($s0, "F12", $t10);
  $T.on && $T.let($s1, "res", $t1);
  $T.on && $T.let($s1, "shadowed$9", $t1);
  $T.on && $T.set($s1, "res", $t211);
  var res = shadowed$9;
  if ($T.on ? $T.when($s1, $t62, true) : true) {
    $T.on && $T.set($s1, "shadowed$9", $t212);
    var shadowed$9 = "inner";
    $T.on && $T.pop($s1);
  }
  $T.on && $T.ret($s1, $t213);
  return res + "/" + shadowed$9;
}
let $r46 = $T.on ? $T.call($s0, "$r46", null, shadowTest, $t10, []) : shadowTest();
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t215, [$r46]) : console.log($r46);
$T.on && $T.let($s0, "obj", $t216);
let obj = $T.lit({ val: 1, method: $T.fn(function () {
  if (!$T.on) {
    return obj.val + 1;
  }
  const $s1 = $T.enter($s0, "F13", $t10);
  $T.on && $T.ret($s1, $t217);
  return obj.val + 1;
}, "F13", $s0, "method") });
$T.on && $T.unknown($s0);
console.log(obj.method(), obj["method"]());
$T.on && $T.let($s0, "q$2", $t21);
let q$2 = 5;
$T.on && $T.let($s0, "$r47", $t218);
let $r47 = +q$2;
$T.on && $T.set($s0, "q$2", $t219);
q$2 = $r47 + 1;
$T.on && $T.set($s0, "q$2", $t220);
q$2 = q$2 + 1;
$T.on && $T.let($s0, "$r49", $t221);
let $r49 = $r47 + q$2;
$T.on && $T.let($s0, "$r48", $t218);
let $r48 = +q$2;
$T.on && $T.set($s0, "q$2", $t222);
q$2 = $r48 - 1;
$T.on && $T.set($s0, "q$2", $t223);
q$2 = q$2 - 1;
$T.on && $T.let($s0, "r$3", $t224);
let r$3 = $r49 + $r48 - q$2;
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t227, [q$2, r$3]) : console.log(q$2, r$3);
$T.on && $T.let($s0, "s", $t55);
let s = "x";
$T.on && $T.let($s0, "$r51", $t228);
let $r51 = s;
$T.on && $T.let($s0, "$r50", $t229);
let $r50 = s + "y";
$T.on && $T.set($s0, "s", $t230);
s = $r50;
$T.on && $T.set($s0, "s", $t231);
s = $r51 + $r50;
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t232, [s]) : console.log(s);
$T.on && $T.let($s0, "arr2", $t233);
let arr2 = $T.lit([1, 2, 3]);
$T.on && $T.let($s0, "idx2", $t27);
let idx2 = 0;
$T.on && $T.let($s0, "$r52", $t234);
let $r52 = +idx2;
$T.on && $T.set($s0, "idx2", $t235);
idx2 = $r52 + 1;
$T.on && $T.let($s0, "$r53", $t234);
let $r53 = +idx2;
$T.on && $T.set($s0, "idx2", $t236);
idx2 = $r53 + 1;
$T.on && $T.put($s0, $t238, $t239, $t237, arr2, $r52);
arr2[$r52] = arr2[$r52] + (arr2[$r53] * 10 + idx2);
let $r54 = $T.on ? $T.mcallv($s0, "$r54", $t238, arr2, "join", arr2.join, $t39, [","]) : arr2.join(",");
$T.on ? $T.mcallv($s0, null, $t47, console, "log", console.log, $t242, [$r54, idx2]) : console.log($r54, idx2);
$T.end();
