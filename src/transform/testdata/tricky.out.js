const $T = require("containerless/tracing");
const $t1 = ["u"];
const $t2 = ["arr", []];
const $t3 = ["fn", "F1"];
const $t4 = ["v", "x$30"];
const $t5 = ["v", "log$0"];
const $t6 = ["obj", [["n", ["n", 1]], ["inner", ["obj", [["v", ["n", 10]]]]]]];
const $t7 = ["fn", "F2"];
const $t8 = ["s", "getO"];
const $t9 = ["v", "note$1"];
const $t10 = ["v", "o$2"];
const $t11 = ["v", "getO$3"];
const $t12 = ["bin", "+", ["un", "+", ["get", ["v", "$r1"], "n"]], ["n", 1]];
const $t13 = ["v", "$r1"];
const $t14 = ["s", "n"];
const $t15 = ["get", ["v", "$r2"], "inner"];
const $t16 = ["get", ["get", ["v", "$r2"], "inner"], "v"];
const $t17 = ["n", 5];
const $t18 = ["bin", "+", ["v", "$r4"], ["v", "$r3"]];
const $t19 = ["v", "$r5"];
const $t20 = ["s", "v"];
const $t21 = ["arr", [["s", "a"], ["s", "b"]]];
const $t22 = ["n", 0];
const $t23 = ["obj", [["a", ["n", 1]], ["b", ["n", 2]]]];
const $t24 = ["un", "+", ["v", "ki$5"]];
const $t25 = ["bin", "+", ["v", "$r6"], ["n", 1]];
const $t26 = ["bin", "+", ["idx", ["v", "store$6"], ["idx", ["v", "keys$4"], ["v", "$r6"]]], ["bin", "*", ["idx", ["v", "store$6"], ["idx", ["v", "keys$4"], ["v", "ki$5"]]], ["n", 10]]];
const $t27 = ["v", "store$6"];
const $t28 = ["idx", ["v", "keys$4"], ["v", "$r6"]];
const $t29 = ["get", ["v", "o$2"], "n"];
const $t30 = ["get", ["get", ["v", "o$2"], "inner"], "v"];
const $t31 = ["get", ["v", "store$6"], "a"];
const $t32 = ["get", ["v", "store$6"], "b"];
const $t33 = ["s", ","];
const $t34 = ["v", "$r8"];
const $t35 = ["v", "$r9"];
const $t36 = ["v", "$r10"];
const $t37 = ["v", "$r11"];
const $t38 = ["v", "ki$5"];
const $t39 = ["v", "$r7"];
const $t40 = ["g", "console"];
const $t41 = ["s", "chain"];
const $t42 = ["v", "$r12"];
const $t43 = ["s", "member-chain"];
const $t44 = ["v", "$r13"];
const $t45 = ["s", "y"];
const $t46 = ["s", "x"];
const $t47 = ["v", "a$7"];
const $t48 = ["v", "b$8"];
const $t49 = ["v", "c$9"];
const $t50 = ["get", ["v", "o$2"], "x"];
const $t51 = ["get", ["v", "o$2"], "y"];
const $t52 = ["b", true];
const $t53 = ["v", "cond$10"];
const $t54 = ["n", 1];
const $t55 = ["un", "!", ["un", "!", ["v", "cond$10"]]];
const $t56 = ["bin", "+", ["v", "x$11"], ["n", 10]];
const $t57 = ["v", "x$11"];
const $t58 = ["get", ["v", "o$2"], "z"];
const $t59 = ["bin", "||", ["bin", "===", ["v", "$r14"], ["null"]], ["bin", "===", ["v", "$r14"], ["u"]]];
const $t60 = ["s", "set-once"];
const $t61 = ["s", "z"];
const $t62 = ["bin", "||", ["bin", "===", ["v", "$r15"], ["null"]], ["bin", "===", ["v", "$r15"], ["u"]]];
const $t63 = ["s", "not-again"];
const $t64 = ["n", 6];
const $t65 = ["n", 10];
const $t66 = ["bin", "<", ["v", "i$31"], ["n", 5]];
const $t67 = ["v", "$r17"];
const $t68 = ["bin", "!==", ["v", "$r16"], ["n", 4]];
const $t69 = ["un", "!", ["v", "$r17"]];
const $t70 = ["un", "!", ["v", "$r18"]];
const $t71 = ["bin", "+", ["bin", "+", ["v", "i$31"], ["s", "/"]], ["v", "j$32"]];
const $t72 = ["v", "bits$13"];
const $t73 = ["bin", "+", ["v", "i$31"], ["n", 1]];
const $t74 = ["bin", "-", ["v", "j$32"], ["n", 1]];
const $t75 = ["s", " "];
const $t76 = ["v", "$r19"];
const $t77 = ["fn", "F4"];
const $t78 = ["bin", "+", ["v", "count$33"], ["n", 1]];
const $t79 = ["v", "count$33"];
const $t80 = ["v", "next$15"];
const $t81 = ["v", "$r21"];
const $t82 = ["v", "$r20"];
const $t83 = ["v", "$r22"];
const $t84 = ["v", "$r23"];
const $t85 = ["un", "!", ["bin", "<", ["v", "i$34"], ["n", 4]]];
const $t86 = ["bin", "===", ["v", "i$34"], ["n", 1]];
const $t87 = ["bin", "===", ["v", "i$34"], ["n", 3]];
const $t88 = ["fn", "F5"];
const $t89 = ["bin", "*", ["v", "i$34"], ["n", 100]];
const $t90 = ["v", "fns$16"];
const $t91 = ["v", "i$34"];
const $t92 = ["bin", "+", ["v", "$r23"], ["n", 1]];
const $t93 = ["fn", "F6"];
const $t94 = ["v", "f$35"];
const $t95 = ["v", "$r24"];
const $t96 = ["v", "$r25"];
const $t97 = ["v", "$r26"];
const $t98 = ["n", -1];
const $t99 = ["bin", "===", ["v", "$r27"], ["n", -1]];
const $t100 = ["bin", "===", ["v", "v$36"], ["s", "a"]];
const $t101 = ["bin", "===", ["v", "v$36"], ["s", "b"]];
const $t102 = ["n", 2];
const $t103 = ["bin", "===", ["v", "v$36"], ["s", "c"]];
const $t104 = ["n", 3];
const $t105 = ["bin", "<=", ["v", "$r27"], ["n", 0]];
const $t106 = ["s", "dflt"];
const $t107 = ["bin", "<=", ["v", "$r27"], ["n", 1]];
const $t108 = ["s", "A"];
const $t109 = ["bin", "<=", ["v", "$r27"], ["n", 3]];
const $t110 = ["s", "BC"];
const $t111 = ["s", "a"];
const $t112 = ["s", "b"];
const $t113 = ["s", "c"];
const $t114 = ["s", "zz"];
const $t115 = ["v", "$r28"];
const $t116 = ["v", "$r29"];
const $t117 = ["v", "$r30"];
const $t118 = ["v", "$r31"];
const $t119 = ["bin", "+", ["v", "k$18"], ["n", 1]];
const $t120 = ["bin", "%", ["v", "k$18"], ["n", 2]];
const $t121 = ["bin", "+", ["s", "even"], ["v", "k$18"]];
const $t122 = ["un", "!", ["bin", "<", ["v", "k$18"], ["n", 5]]];
const $t123 = ["n", -2];
const $t124 = ["v", "$r32"];
const $t125 = ["v", "$r33"];
const $t126 = ["v", "k$18"];
const $t127 = ["un", "typeof", ["g", "notDeclaredAnywhere"]];
const $t128 = ["bin", "===", ["n", NaN], ["n", NaN]];
const $t129 = ["bin", "!==", ["n", NaN], ["n", NaN]];
const $t130 = ["bin", "+", ["bin", "+", ["n", 1], ["s", "2"]], ["n", 3]];
const $t131 = ["bin", "+", ["bin", "+", ["n", 1], ["n", 2]], ["s", "3"]];
const $t132 = ["bin", "*", ["s", "5"], ["s", "2"]];
const $t133 = ["bin", "+", ["arr", []], ["obj", []]];
const $t134 = ["bin", "==", ["arr", [["n", 1]]], ["n", 1]];
const $t135 = ["bin", ">", ["get", ["v", "o$2"], "n"], ["n", 1]];
const $t136 = ["s", "big"];
const $t137 = ["s", "small"];
const $t138 = ["bin", "+", ["bin", "+", ["bin", "+", ["s", "outer "], ["bin", "+", ["s", "inner "], ["bin", "+", ["n", 1], ["n", 1]]]], ["s", " "]], ["v", "$r34"]];
const $t139 = ["v", "nested$19"];
const $t140 = ["fn", "F8"];
const $t141 = ["fn", "F9"];
const $t142 = ["fn", "F10"];
const $t143 = ["bin", "+", ["bin", "+", ["v", "p$37"], ["v", "q$38"]], ["v", "r$39"]];
const $t144 = ["v", "$r35"];
const $t145 = ["v", "$r36"];
const $t146 = ["fn", "F11"];
const $t147 = ["obj", [["k", ["s", "obj"]]]];
const $t148 = ["v", "deep$20"];
const $t149 = ["get", ["v", "$r37"], "k"];
const $t150 = ["v", "$r38"];
const $t151 = ["s", "has n"];
const $t152 = ["un", "!", ["bin", "<", ["v", "t$21"], ["n", 3]]];
const $t153 = ["bin", "+", ["v", "t$21"], ["n", 1]];
const $t154 = ["v", "t$21"];
const $t155 = ["s", "outer"];
const $t156 = ["v", "shadowed$41"];
const $t157 = ["s", "inner"];
const $t158 = ["bin", "+", ["bin", "+", ["v", "res$40"], ["s", "/"]], ["v", "shadowed$41"]];
const $t159 = ["v", "$r39"];
const $t160 = ["obj", [["val", ["n", 1]], ["method", ["fn", "F13"]]]];
const $t161 = ["bin", "+", ["get", ["v", "obj$24"], "val"], ["n", 1]];
const $t162 = ["un", "+", ["v", "q$25"]];
const $t163 = ["bin", "+", ["v", "$r40"], ["n", 1]];
const $t164 = ["bin", "+", ["v", "q$25"], ["n", 1]];
const $t165 = ["bin", "+", ["v", "$r40"], ["v", "q$25"]];
const $t166 = ["bin", "-", ["v", "$r41"], ["n", 1]];
const $t167 = ["bin", "-", ["v", "q$25"], ["n", 1]];
const $t168 = ["bin", "-", ["bin", "+", ["v", "$r42"], ["v", "$r41"]], ["v", "q$25"]];
const $t169 = ["v", "q$25"];
const $t170 = ["v", "r$26"];
const $t171 = ["v", "s$27"];
const $t172 = ["bin", "+", ["v", "s$27"], ["s", "y"]];
const $t173 = ["v", "$r43"];
const $t174 = ["bin", "+", ["v", "$r44"], ["v", "$r43"]];
const $t175 = ["arr", [["n", 1], ["n", 2], ["n", 3]]];
const $t176 = ["un", "+", ["v", "idx2$29"]];
const $t177 = ["bin", "+", ["v", "$r45"], ["n", 1]];
const $t178 = ["bin", "+", ["v", "$r46"], ["n", 1]];
const $t179 = ["bin", "+", ["idx", ["v", "arr2$28"], ["v", "$r45"]], ["bin", "+", ["bin", "*", ["idx", ["v", "arr2$28"], ["v", "$r46"]], ["n", 10]], ["v", "idx2$29"]]];
const $t180 = ["v", "arr2$28"];
const $t181 = ["v", "$r45"];
const $t182 = ["v", "$r47"];
const $t183 = ["v", "idx2$29"];
const $s0 = $T.root();
$T.let($s0, "shadowed$22", $t1);
$T.decl($s0, "counterFactory$14", counterFactory$14, "F3");
$T.decl($s0, "sw$17", sw$17, "F7");
$T.decl($s0, "shadowTest$23", shadowTest$23, "F12");
$T.let($s0, "log$0", $t2);
let log$0 = $T.lit([]);
$T.let($s0, "note$1", $t3);
const note$1 = $T.fn((x$30) => {
  const $s1 = $T.enter($s0, "F1", ["x$30"]);
  $T.mcall($s1, null, $t5, log$0, "push", [$t4], [x$30]);
  $T.ret($s1, $t4);
  return x$30;
}, "F1", $s0);
$T.let($s0, "o$2", $t6);
let o$2 = $T.lit({ n: 1, inner: $T.lit({ v: 10 }) });
$T.let($s0, "getO$3", $t7);
let getO$3 = $T.fn(() => {
  const $s1 = $T.enter($s0, "F2", []);
  $T.call($s1, null, $t9, note$1, [$t8], ["getO"]);
  $T.ret($s1, $t10);
  return o$2;
}, "F2", $s0);
let $r1 = $T.call($s0, "$r1", $t11, getO$3, [], []);
$T.put($s0, $t13, $t14, $t12, $r1, "n");
$r1.n = +$r1.n + 1;
let $r2 = $T.call($s0, "$r2", $t11, getO$3, [], []);
$T.let($s0, "$r5", $t15);
let $r5 = $r2.inner;
$T.let($s0, "$r4", $t16);
let $r4 = $r2.inner.v;
let $r3 = $T.call($s0, "$r3", $t9, note$1, [$t17], [5]);
$T.put($s0, $t19, $t20, $t18, $r5, "v");
$r5.v = $r4 + $r3;
$T.let($s0, "keys$4", $t21);
let keys$4 = $T.lit(["a", "b"]);
$T.let($s0, "ki$5", $t22);
let ki$5 = 0;
$T.let($s0, "store$6", $t23);
let store$6 = $T.lit({ a: 1, b: 2 });
$T.let($s0, "$r6", $t24);
let $r6 = +ki$5;
$T.set($s0, "ki$5", $t25);
ki$5 = $r6 + 1;
$T.put($s0, $t27, $t28, $t26, store$6, keys$4[$r6]);
store$6[keys$4[$r6]] = store$6[keys$4[$r6]] + store$6[keys$4[ki$5]] * 10;
$T.let($s0, "$r8", $t29);
let $r8 = o$2.n;
$T.let($s0, "$r9", $t30);
let $r9 = o$2.inner.v;
$T.let($s0, "$r10", $t31);
let $r10 = store$6.a;
$T.let($s0, "$r11", $t32);
let $r11 = store$6.b;
let $r7 = $T.mcall($s0, "$r7", $t5, log$0, "join", [$t33], [","]);
$T.mcall($s0, null, $t40, console, "log", [$t34, $t35, $t36, $t37, $t38, $t39], [$r8, $r9, $r10, $r11, ki$5, $r7]);
$T.let($s0, "a$7", $t1);
let a$7;
$T.let($s0, "b$8", $t1);
let b$8;
$T.let($s0, "c$9", $t1);
let c$9;
let $r12 = $T.call($s0, "$r12", $t9, note$1, [$t41], ["chain"]);
$T.set($s0, "c$9", $t42);
c$9 = $r12;
$T.set($s0, "b$8", $t42);
b$8 = $r12;
$T.set($s0, "a$7", $t42);
a$7 = $r12;
let $r13 = $T.call($s0, "$r13", $t9, note$1, [$t43], ["member-chain"]);
$T.put($s0, $t10, $t45, $t44, o$2, "y");
o$2.y = $r13;
$T.put($s0, $t10, $t46, $t44, o$2, "x");
o$2.x = $r13;
$T.mcall($s0, null, $t40, console, "log", [$t47, $t48, $t49, $t50, $t51], [a$7, b$8, c$9, o$2.x, o$2.y]);
$T.let($s0, "cond$10", $t52);
let cond$10 = true;
$T.let($s0, "x$11", $t22);
let x$11 = 0;
if ($T.if($s0, $t53, cond$10)) {
  $T.set($s0, "x$11", $t54);
  x$11 = 1;
  $T.pop($s0);
} else {
  $T.pop($s0);
}
if ($T.if($s0, $t55, !!cond$10)) {
  $T.set($s0, "x$11", $t56);
  x$11 = x$11 + 10;
  $T.pop($s0);
} else {
  $T.pop($s0);
}
$T.mcall($s0, null, $t40, console, "log", [$t57], [x$11]);
$T.let($s0, "$r14", $t58);
let $r14 = o$2.z;
if ($T.if($s0, $t59, $r14 === null || $r14 === undefined)) {
  $T.put($s0, $t10, $t61, $t60, o$2, "z");
  o$2.z = "set-once";
  $T.pop($s0);
} else {
  $T.pop($s0);
}
$T.let($s0, "$r15", $t58);
let $r15 = o$2.z;
if ($T.if($s0, $t62, $r15 === null || $r15 === undefined)) {
  $T.put($s0, $t10, $t61, $t63, o$2, "z");
  o$2.z = "not-again";
  $T.pop($s0);
} else {
  $T.pop($s0);
}
$T.mcall($s0, null, $t40, console, "log", [$t58], [o$2.z]);
$T.let($s0, "mask$12", $t64);
let mask$12 = 6;
$T.let($s0, "bits$13", $t2);
let bits$13 = $T.lit([]);
$T.let($s0, "i$31", $t22);
let i$31 = 0;
$T.let($s0, "j$32", $t65);
let j$32 = 10;
$T.loop($s0, "L1");
L1: while (true) {
  $T.iter($s0);
  $T.let($s0, "$r17", $t66);
  let $r17 = i$31 < 5;
  if ($T.if($s0, $t67, $r17)) {
    let $r16 = mask$12 & i$31;
    $T.opaque($s0, "$r16");
    $T.set($s0, "$r17", $t68);
    $r17 = $r16 !== 4;
    $T.pop($s0);
  } else {
    $T.pop($s0);
  }
  if ($T.if($s0, $t69, !$r17)) {
    $T.brk($s0, "L1");
    break L1;
  } else {
    $T.pop($s0);
  }
  $T.label($s0, "C1");
  C1: {
    let $r18 = mask$12 & i$31;
    $T.opaque($s0, "$r18");
    if ($T.if($s0, $t70, !$r18)) {
      $T.brk($s0, "C1");
      break C1;
    } else {
      $T.pop($s0);
    }
    $T.mcall($s0, null, $t72, bits$13, "push", [$t71], [i$31 + "/" + j$32]);
    $T.pop($s0);
  }
  $T.set($s0, "i$31", $t73);
  i$31 = i$31 + 1;
  $T.set($s0, "j$32", $t74);
  j$32 = j$32 - 1;
}
let $r19 = $T.mcall($s0, "$r19", $t72, bits$13, "join", [$t75], [" "]);
$T.mcall($s0, null, $t40, console, "log", [$t76], [$r19]);
function counterFactory$14() {
  const $s1 = $T.enter($s0, "F3", []);
  $T.let($s1, "count$33", $t22);
  let count$33 = 0;
  $T.ret($s1, $t77);
  return $T.fn(() => {
    const $s2 = $T.enter($s1, "F4", []);
    $T.set($s2, "count$33", $t78);
    count$33 = count$33 + 1;
    $T.ret($s2, $t79);
    return count$33;
  }, "F4", $s1);
}
let next$15 = $T.call($s0, "next$15", null, counterFactory$14, [], []);
$T.call($s0, null, $t80, next$15, [], []);
$T.call($s0, null, $t80, next$15, [], []);
let $r20 = $T.call($s0, "$r20", $t80, next$15, [], []);
let $r21 = $T.call($s0, "$r21", null, counterFactory$14, [], []);
let $r22 = $T.call($s0, "$r22", $t81, $r21, [], []);
$T.mcall($s0, null, $t40, console, "log", [$t82, $t83], [$r20, $r22]);
$T.let($s0, "fns$16", $t2);
let fns$16 = $T.lit([]);
$T.let($s0, "$r23", $t22);
let $r23 = 0;
$T.loop($s0, "L2");
L2: while (true) {
  $T.iter($s0);
  const $s1 = $T.block($s0);
  $T.let($s1, "i$34", $t84);
  let i$34 = $r23;
  if ($T.if($s1, $t85, !(i$34 < 4))) {
    $T.brk($s1, "L2");
    break L2;
  } else {
    $T.pop($s1);
  }
  $T.label($s1, "C2");
  C2: {
    if ($T.if($s1, $t86, i$34 === 1)) {
      $T.brk($s1, "C2");
      break C2;
    } else {
      $T.pop($s1);
    }
    if ($T.if($s1, $t87, i$34 === 3)) {
      $T.brk($s1, "L2");
      break L2;
    } else {
      $T.pop($s1);
    }
    $T.mcall($s1, null, $t90, fns$16, "push", [$t88], [$T.fn(() => {
      const $s2 = $T.enter($s1, "F5", []);
      $T.ret($s2, $t89);
      return i$34 * 100;
    }, "F5", $s1)]);
    $T.pop($s1);
  }
  $T.set($s1, "$r23", $t91);
  $r23 = i$34;
  $T.set($s1, "$r23", $t92);
  $r23 = $r23 + 1;
}
let $r25 = $T.mcall($s0, "$r25", $t90, fns$16, "map", [$t93], [$T.fn((f$35) => {
  const $s1 = $T.enter($s0, "F6", ["f$35"]);
  let $r24 = $T.call($s1, "$r24", $t94, f$35, [], []);
  $T.ret($s1, $t95);
  return $r24;
}, "F6", $s0)]);
let $r26 = $T.mcall($s0, "$r26", $t96, $r25, "join", [$t33], [","]);
$T.mcall($s0, null, $t40, console, "log", [$t97], [$r26]);
function sw$17(v$36) {
  const $s1 = $T.enter($s0, "F7", ["v$36"]);
  $T.let($s1, "$r27", $t98);
  let $r27 = -1;
  if ($T.if($s1, $t99, $r27 === -1)) {
    if ($T.if($s1, $t100, v$36 === "a")) {
      $T.set($s1, "$r27", $t54);
      $r27 = 1;
      $T.pop($s1);
    } else {
      $T.pop($s1);
    }
    $T.pop($s1);
  } else {
    $T.pop($s1);
  }
  if ($T.if($s1, $t99, $r27 === -1)) {
    if ($T.if($s1, $t101, v$36 === "b")) {
      $T.set($s1, "$r27", $t102);
      $r27 = 2;
      $T.pop($s1);
    } else {
      $T.pop($s1);
    }
    $T.pop($s1);
  } else {
    $T.pop($s1);
  }
  if ($T.if($s1, $t99, $r27 === -1)) {
    if ($T.if($s1, $t103, v$36 === "c")) {
      $T.set($s1, "$r27", $t104);
      $r27 = 3;
      $T.pop($s1);
    } else {
      $T.pop($s1);
    }
    $T.pop($s1);
  } else {
    $T.pop($s1);
  }
  if ($T.if($s1, $t99, $r27 === -1)) {
    $T.set($s1, "$r27", $t22);
    $r27 = 0;
    $T.pop($s1);
  } else {
    $T.pop($s1);
  }
  $T.loop($s1, "L3");
  L3: while (true) {
    $T.iter($s1);
    if ($T.if($s1, $t105, $r27 <= 0)) {
      $T.ret($s1, $t106);
      return "dflt";
    } else {
      $T.pop($s1);
    }
    if ($T.if($s1, $t107, $r27 <= 1)) {
      $T.ret($s1, $t108);
      return "A";
    } else {
      $T.pop($s1);
    }
    if ($T.if($s1, $t109, $r27 <= 3)) {
      $T.ret($s1, $t110);
      return "BC";
    } else {
      $T.pop($s1);
    }
    $T.brk($s1, "L3");
    break L3;
  }
  $T.ret($s1, $t1, true);
}
let $r28 = $T.call($s0, "$r28", null, sw$17, [$t111], ["a"]);
let $r29 = $T.call($s0, "$r29", null, sw$17, [$t112], ["b"]);
let $r30 = $T.call($s0, "$r30", null, sw$17, [$t113], ["c"]);
let $r31 = $T.call($s0, "$r31", null, sw$17, [$t114], ["zz"]);
$T.mcall($s0, null, $t40, console, "log", [$t115, $t116, $t117, $t118], [$r28, $r29, $r30, $r31]);
$T.let($s0, "k$18", $t22);
let k$18 = 0;
$T.loop($s0, "L4");
L4: while (true) {
  $T.iter($s0);
  $T.label($s0, "C4");
  C4: {
    $T.set($s0, "k$18", $t119);
    k$18 = k$18 + 1;
    if ($T.if($s0, $t120, k$18 % 2)) {
      $T.brk($s0, "C4");
      break C4;
    } else {
      $T.pop($s0);
    }
    $T.mcall($s0, null, $t5, log$0, "push", [$t121], ["even" + k$18]);
    $T.pop($s0);
  }
  if ($T.if($s0, $t122, !(k$18 < 5))) {
    $T.brk($s0, "L4");
    break L4;
  } else {
    $T.pop($s0);
  }
}
let $r32 = $T.mcall($s0, "$r32", $t5, log$0, "slice", [$t123], [-2]);
let $r33 = $T.mcall($s0, "$r33", $t124, $r32, "join", [$t33], [","]);
$T.mcall($s0, null, $t40, console, "log", [$t125, $t126], [$r33, k$18]);
$T.mcall($s0, null, $t40, console, "log", [$t127, $t128, $t129, $t130, $t131, $t132, $t133, $t134], [typeof notDeclaredAnywhere, NaN === NaN, NaN !== NaN, 1 + "2" + 3, 1 + 2 + "3", "5" * "2", $T.lit([]) + $T.lit({}), $T.lit([1]) == 1]);
$T.let($s0, "$r34", $t1);
let $r34;
if ($T.if($s0, $t135, o$2.n > 1)) {
  $T.set($s0, "$r34", $t136);
  $r34 = "big";
  $T.pop($s0);
} else {
  $T.set($s0, "$r34", $t137);
  $r34 = "small";
  $T.pop($s0);
}
$T.let($s0, "nested$19", $t138);
let nested$19 = "outer " + ("inner " + (1 + 1)) + " " + $r34;
$T.mcall($s0, null, $t40, console, "log", [$t139], [nested$19]);
let $r35 = $T.call($s0, "$r35", $t140, $T.fn((p$37) => {
  const $s1 = $T.enter($s0, "F8", ["p$37"]);
  $T.ret($s1, $t141);
  return $T.fn((q$38) => {
    const $s2 = $T.enter($s1, "F9", ["q$38"]);
    $T.ret($s2, $t142);
    return $T.fn((r$39) => {
      const $s3 = $T.enter($s2, "F10", ["r$39"]);
      $T.ret($s3, $t143);
      return p$37 + q$38 + r$39;
    }, "F10", $s2);
  }, "F9", $s1);
}, "F8", $s0), [$t54], [1]);
let $r36 = $T.call($s0, "$r36", $t144, $r35, [$t102], [2]);
let deep$20 = $T.call($s0, "deep$20", $t145, $r36, [$t104], [3]);
let $r37 = $T.call($s0, "$r37", $t146, $T.fn(() => {
  const $s1 = $T.enter($s0, "F11", []);
  $T.ret($s1, $t147);
  return $T.lit({ k: "obj" });
}, "F11", $s0), [], []);
$T.mcall($s0, null, $t40, console, "log", [$t148, $t149], [deep$20, $r37.k]);
let $r38 = "n" in o$2;
$T.opaque($s0, "$r38");
if ($T.if($s0, $t150, $r38)) {
  $T.mcall($s0, null, $t40, console, "log", [$t151], ["has n"]);
  $T.pop($s0);
} else {
  $T.pop($s0);
}
$T.let($s0, "t$21", $t22);
let t$21 = 0;
$T.loop($s0, "L5");
L5: while (true) {
  $T.iter($s0);
  if ($T.if($s0, $t152, !(t$21 < 3))) {
    $T.brk($s0, "L5");
    break L5;
  } else {
    $T.pop($s0);
  }
  $T.set($s0, "t$21", $t153);
  t$21 = t$21 + 1;
}
$T.mcall($s0, null, $t40, console, "log", [$t154], [t$21]);
$T.set($s0, "shadowed$22", $t155);
var shadowed$22 = "outer";
function shadowTest$23() {
  const $s1 = $T.enter($s0, "F12", []);
  $T.let($s1, "res$40", $t1);
  $T.let($s1, "shadowed$41", $t1);
  $T.set($s1, "res$40", $t156);
  var res$40 = shadowed$41;
  if ($T.if($s1, $t52, true)) {
    $T.set($s1, "shadowed$41", $t157);
    var shadowed$41 = "inner";
    $T.pop($s1);
  } else {
    $T.pop($s1);
  }
  $T.ret($s1, $t158);
  return res$40 + "/" + shadowed$41;
}
let $r39 = $T.call($s0, "$r39", null, shadowTest$23, [], []);
$T.mcall($s0, null, $t40, console, "log", [$t159], [$r39]);
$T.let($s0, "obj$24", $t160);
let obj$24 = $T.lit({ val: 1, method: $T.fn(function () {
  const $s1 = $T.enter($s0, "F13", []);
  $T.ret($s1, $t161);
  return obj$24.val + 1;
}, "F13", $s0) });
$T.unknown($s0);
console.log(obj$24.method(), obj$24["method"]());
$T.let($s0, "q$25", $t17);
let q$25 = 5;
$T.let($s0, "$r40", $t162);
let $r40 = +q$25;
$T.set($s0, "q$25", $t163);
q$25 = $r40 + 1;
$T.set($s0, "q$25", $t164);
q$25 = q$25 + 1;
$T.let($s0, "$r42", $t165);
let $r42 = $r40 + q$25;
$T.let($s0, "$r41", $t162);
let $r41 = +q$25;
$T.set($s0, "q$25", $t166);
q$25 = $r41 - 1;
$T.set($s0, "q$25", $t167);
q$25 = q$25 - 1;
$T.let($s0, "r$26", $t168);
let r$26 = $r42 + $r41 - q$25;
$T.mcall($s0, null, $t40, console, "log", [$t169, $t170], [q$25, r$26]);
$T.let($s0, "s$27", $t46);
let s$27 = "x";
$T.let($s0, "$r44", $t171);
let $r44 = s$27;
$T.let($s0, "$r43", $t172);
let $r43 = s$27 + "y";
$T.set($s0, "s$27", $t173);
s$27 = $r43;
$T.set($s0, "s$27", $t174);
s$27 = $r44 + $r43;
$T.mcall($s0, null, $t40, console, "log", [$t171], [s$27]);
$T.let($s0, "arr2$28", $t175);
let arr2$28 = $T.lit([1, 2, 3]);
$T.let($s0, "idx2$29", $t22);
let idx2$29 = 0;
$T.let($s0, "$r45", $t176);
let $r45 = +idx2$29;
$T.set($s0, "idx2$29", $t177);
idx2$29 = $r45 + 1;
$T.let($s0, "$r46", $t176);
let $r46 = +idx2$29;
$T.set($s0, "idx2$29", $t178);
idx2$29 = $r46 + 1;
$T.put($s0, $t180, $t181, $t179, arr2$28, $r45);
arr2$28[$r45] = arr2$28[$r45] + (arr2$28[$r46] * 10 + idx2$29);
let $r47 = $T.mcall($s0, "$r47", $t180, arr2$28, "join", [$t33], [","]);
$T.mcall($s0, null, $t40, console, "log", [$t182, $t183], [$r47, idx2$29]);
$T.end();
