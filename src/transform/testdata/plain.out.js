const $T = require("containerless/tracing");
const $t1 = ["arr", []];
const $t2 = ["o"];
const $t3 = ["bin", "+", ["get", ["v", "o"], "n"], ["n", 1]];
const $t4 = ["v", "o"];
const $t5 = ["s", "n"];
const $t6 = ["bin", "+", ["s", "bump "], ["get", ["v", "o"], "n"]];
const $t7 = [$t6];
const $t8 = ["v", "log"];
const $t9 = ["u"];
const $t10 = ["obj", [["n", ["n", 0]]]];
const $t11 = ["v", "box"];
const $t12 = [$t11];
const $t13 = ["get", ["v", "box"], "n"];
const $t14 = ["s", ","];
const $t15 = [$t14];
const $t16 = ["v", "$r4"];
const $t17 = ["v", "$r3"];
const $t18 = [$t16, $t17];
const $t19 = ["g", "console"];
const $t20 = ["n$0"];
const $t21 = ["v", "n$0"];
const $t22 = [$t21];
const $t23 = ["bin", "*", ["v", "$r5"], ["n", 2]];
const $t24 = ["k"];
const $t25 = ["bin", "+", ["v", "k"], ["n", 1]];
const $t26 = ["n", 3];
const $t27 = [$t26];
const $t28 = ["v", "$r6"];
const $t29 = [$t28];
const $t30 = [];
const $t31 = ["n", 1];
const $t32 = ["n", 2];
const $t33 = ["bin", "+", ["un", "typeof", ["v", "g"]], ["v", "g"]];
const $t34 = ["v", "$r7"];
const $t35 = [$t34];
const $t36 = ["s", "one"];
const $t37 = ["s", "two"];
const $t38 = ["v", "t$1"];
const $t39 = ["v", "$r8"];
const $t40 = ["v", "$r9"];
const $t41 = [$t40];
const $t42 = ["h"];
const $t43 = ["s", "fn"];
const $t44 = ["un", "typeof", ["v", "h"]];
const $t45 = ["n", 5];
const $t46 = [$t45];
const $t47 = ["v", "$r10"];
const $t48 = [$t47];
const $t49 = ["flag$2"];
const $t50 = ["v", "flag$2"];
const $t51 = ["v", "a$3"];
const $t52 = ["v", "$r11"];
const $t53 = ["b", true];
const $t54 = [$t53];
const $t55 = ["b", false];
const $t56 = [$t55];
const $t57 = ["v", "$r12"];
const $t58 = ["v", "$r13"];
const $t59 = [$t57, $t58];
const $t60 = ["flag$4"];
const $t61 = ["v", "flag$4"];
const $t62 = ["s", "set"];
const $t63 = ["v", "v"];
const $t64 = ["v", "$r14"];
const $t65 = ["v", "$r15"];
const $t66 = [$t64, $t65];
const $t67 = ["n$5"];
const $t68 = ["s", ""];
const $t69 = ["n", 0];
const $t70 = ["un", "!", ["bin", "<", ["v", "i$6"], ["v", "n$5"]]];
const $t71 = ["un", "!", ["bin", "<", ["v", "j"], ["v", "n$5"]]];
const $t72 = ["bin", ">", ["v", "j"], ["v", "i$6"]];
const $t73 = ["bin", ">", ["bin", "+", ["v", "i$6"], ["v", "j"]], ["n", 4]];
const $t74 = ["bin", "+", ["v", "s"], ["bin", "+", ["bin", "+", ["bin", "+", ["v", "i$6"], ["s", ""]], ["v", "j"]], ["s", " "]]];
const $t75 = ["bin", "+", ["v", "j"], ["n", 1]];
const $t76 = ["bin", "+", ["v", "i$6"], ["n", 1]];
const $t77 = ["v", "s"];
const $t78 = ["n", 4];
const $t79 = [$t78];
const $t80 = ["v", "$r16"];
const $t81 = [$t80];
const $t82 = ["x$7"];
const $t83 = ["bin", "<", ["v", "x$7"], ["n", 0]];
const $t84 = ["s", "neg"];
const $t85 = [$t84];
const $t86 = ["g", "Error"];
const $t87 = ["v", "$r17"];
const $t88 = ["bin", "+", ["s", "ok "], ["v", "x$7"]];
const $t89 = ["bin", "+", ["s", "caught "], ["get", ["v", "e"], "message"]];
const $t90 = ["bin", "+", ["s", "finally "], ["v", "x$7"]];
const $t91 = [$t90];
const $t92 = [$t31];
const $t93 = ["n", -1];
const $t94 = [$t93];
const $t95 = ["v", "$r18"];
const $t96 = ["v", "$r19"];
const $t97 = ["get", ["v", "log"], "length"];
const $t98 = [$t95, $t96, $t97];
const $t99 = ["v", "$r20"];
const $t100 = [$t99];
const $t101 = ["n$8"];
const $t102 = ["v", "inner"];
const $t103 = ["m"];
const $t104 = ["bin", "*", ["v", "n$8"], ["v", "m"]];
const $t105 = ["un", "!", ["bin", "<", ["v", "i$9"], ["n", 4]]];
const $t106 = ["v", "i$9"];
const $t107 = [$t106];
const $t108 = ["v", "$r21"];
const $t109 = [$t108];
const $t110 = ["v", "makers"];
const $t111 = ["bin", "+", ["v", "i$9"], ["n", 1]];
const $t112 = ["fn", "F17"];
const $t113 = ["f"];
const $t114 = ["n", 10];
const $t115 = [$t114];
const $t116 = ["v", "f"];
const $t117 = ["v", "$r22"];
const $t118 = ["isarr", ["v", "$r23"]];
const $t119 = ["bin", "===", ["un", "typeof", ["v", "$r24"]], ["s", "function"]];
const $t120 = ["get", ["v", "$r23"], "length"];
const $t121 = ["un", "!", ["bin", "<", ["v", "$r27"], ["v", "$r26"]]];
const $t122 = ["bin", "in", ["v", "$r27"], ["v", "$r23"]];
const $t123 = ["idx", ["v", "$r23"], ["v", "$r27"]];
const $t124 = ["v", "$r29"];
const $t125 = ["v", "$r27"];
const $t126 = ["v", "$r23"];
const $t127 = [$t124, $t125, $t126];
const $t128 = ["v", "$r24"];
const $t129 = ["v", "$r30"];
const $t130 = ["v", "$r28"];
const $t131 = ["bin", "+", ["v", "$r27"], ["n", 1]];
const $t132 = [$t128];
const $t133 = ["v", "$r31"];
const $t134 = ["v", "$r32"];
const $t135 = ["v", "$r25"];
const $t136 = ["s", " "];
const $t137 = [$t136];
const $t138 = ["v", "$r33"];
const $t139 = ["v", "$r34"];
const $t140 = [$t139];
const $t141 = ["n$10"];
const $t142 = ["bin", "===", ["v", "n$10"], ["n", 0]];
const $t143 = ["bin", "-", ["v", "n$10"], ["n", 1]];
const $t144 = [$t143];
const $t145 = ["bin", "+", ["n", 1], ["v", "$r36"]];
const $t146 = ["v", "$r35"];
const $t147 = ["n", 500];
const $t148 = [$t147];
const $t149 = ["v", "$r37"];
const $t150 = [$t149];
const $t151 = ["a$11", "b"];
const $t152 = ["bin", "===", ["v", "b"], ["u"]];
const $t153 = ["bin", "*", ["v", "a$11"], ["n", 2]];
const $t154 = ["bin", "+", ["v", "a$11"], ["v", "b"]];
const $t155 = [$t31, $t31];
const $t156 = ["v", "$r38"];
const $t157 = ["v", "$r39"];
const $t158 = [$t156, $t157];
const $t159 = ["fn", "F20"];
const $t160 = ["xs"];
const $t161 = ["v", "xs"];
const $t162 = ["bin", "||", ["un", "isArray", ["v", "$r1"]], ["bin", "===", ["un", "typeof", ["v", "$r1"]], ["s", "string"]]];
const $t163 = ["un", "!", ["bin", "<", ["v", "$r2"], ["get", ["v", "$r1"], "length"]]];
const $t164 = ["idx", ["v", "$r1"], ["v", "$r2"]];
const $t165 = ["bin", "+", ["v", "t$12"], ["v", "x$13"]];
const $t166 = ["bin", "+", ["v", "$r2"], ["n", 1]];
const $t167 = ["v", "t$12"];
const $t168 = ["arr", [["n", 1], ["n", 2], ["n", 3]]];
const $t169 = [$t168];
const $t170 = ["v", "arrow"];
const $t171 = ["v", "$r40"];
const $t172 = [$t171];
const $t173 = ["s", "ran"];
const $t174 = [$t173];
const $t175 = ["fn", "F22"];
const $t176 = ["l"];
const $t177 = ["bin", "===", ["v", "l"], ["s", "ran"]];
const $t178 = ["isarr", ["v", "$r42"]];
const $t179 = ["bin", "===", ["un", "typeof", ["v", "$r43"]], ["s", "function"]];
const $t180 = ["get", ["v", "$r42"], "length"];
const $t181 = ["un", "!", ["bin", "<", ["v", "$r46"], ["v", "$r45"]]];
const $t182 = ["bin", "in", ["v", "$r46"], ["v", "$r42"]];
const $t183 = ["idx", ["v", "$r42"], ["v", "$r46"]];
const $t184 = ["v", "$r48"];
const $t185 = ["v", "$r46"];
const $t186 = ["v", "$r42"];
const $t187 = [$t184, $t185, $t186];
const $t188 = ["v", "$r43"];
const $t189 = ["v", "$r49"];
const $t190 = [$t184];
const $t191 = ["v", "$r47"];
const $t192 = ["bin", "+", ["v", "$r46"], ["n", 1]];
const $t193 = [$t188];
const $t194 = ["v", "$r50"];
const $t195 = ["v", "$r51"];
const $t196 = ["v", "$r44"];
const $t197 = ["v", "$r41"];
const $t198 = ["get", ["v", "$r52"], "length"];
const $t199 = [$t197, $t198];
const $s0 = $T.root();
$T.on && $T.decl($s0, "bump", bump, "F1");
$T.on && $T.decl($s0, "early", early, "F2");
$T.on && $T.decl($s0, "clash", clash, "F4");
$T.on && $T.decl($s0, "twice", twice, "F6");
$T.on && $T.decl($s0, "paramFn", paramFn, "F9");
$T.on && $T.decl($s0, "annex", annex, "F11");
$T.on && $T.decl($s0, "lateVar", lateVar, "F12");
$T.on && $T.decl($s0, "loops", loops, "F13");
$T.on && $T.decl($s0, "guarded", guarded, "F14");
$T.on && $T.opaque($s0, "strict");
$T.on && $T.decl($s0, "maker", maker, "F15");
$T.on && $T.decl($s0, "depth", depth, "F18");
$T.on && $T.decl($s0, "defaults", defaults, "F19");
$T.on && $T.decl($s0, "noReturn", noReturn, "F21");
$T.on && $T.let($s0, "log", $t1);
const log = $T.lit([]);
function bump(o) {
  if (!$T.on) {
    o.n = o.n + 1;
    log.push("bump " + o.n);
    return;
  }
  const $s1 = $T.enter($s0, "F1", $t2);
  $T.on && $T.put($s1, $t4, $t5, $t3, o, "n");
  o.n = o.n + 1;
  $T.on ? $T.mcallv($s1, null, $t8, log, "push", log.push, $t7, ["bump " + o.n]) : log.push("bump " + o.n);
  $T.on && $T.ret($s1, $t9, true);
}
$T.on && $T.let($s0, "box", $t10);
const box = $T.lit({ n: 0 });
$T.on ? $T.call($s0, null, null, bump, $t12, [box]) : bump(box);
$T.on ? $T.call($s0, null, null, bump, $t12, [box]) : bump(box);
$T.on && $T.let($s0, "$r4", $t13);
let $r4 = box.n;
let $r3 = $T.on ? $T.mcallv($s0, "$r3", $t8, log, "join", log.join, $t15, [","]) : log.join(",");
$T.on ? $T.mcallv($s0, null, $t19, console, "log", console.log, $t18, [$r4, $r3]) : console.log($r4, $r3);
function early(n$0) {
  if (!$T.on) {
    let $r5 = helper(n$0);
    return $r5 * 2;
    function helper(k) {
      return k + 1;
    }
  }
  const $s1 = $T.enter($s0, "F2", $t20);
  $T.on && $T.decl($s1, "helper", helper, "F3");
  let $r5 = $T.on ? $T.call($s1, "$r5", null, helper, $t22, [n$0]) : helper(n$0);
  $T.on && $T.ret($s1, $t23);
  return $r5 * 2;
  function helper(k) {
    if (!$T.on) {
      return k + 1;
    }
    const $s2 = $T.enter($s1, "F3", $t24);
    $T.on && $T.ret($s2, $t25);
    return k + 1;
  }
}
let $r6 = $T.on ? $T.call($s0, "$r6", null, early, $t27, [3]) : early(3);
$T.on ? $T.mcallv($s0, null, $t19, console, "log", console.log, $t29, [$r6]) : console.log($r6);
function clash() {
  const $s1 = $T.enter($s0, "F4", $t30);
  $T.on && $T.decl($s1, "g", g, "F5");
  $T.on && $T.set($s1, "g", $t31);
  var g = 1;
  function g() {
    if (!$T.on) {
      return 2;
    }
    const $s2 = $T.enter($s1, "F5", $t30);
    $T.on && $T.ret($s2, $t32);
    return 2;
  }
  $T.on && $T.ret($s1, $t33);
  return typeof g + g;
}
let $r7 = $T.on ? $T.call($s0, "$r7", null, clash, $t30, []) : clash();
$T.on ? $T.mcallv($s0, null, $t19, console, "log", console.log, $t35, [$r7]) : console.log($r7);
function twice() {
  const $s1 = $T.enter($s0, "F6", $t30);
  $T.on && $T.decl($s1, "t$1", t$1, "F8");
  function t$1() {
    if (!$T.on) {
      return "one";
    }
    const $s2 = $T.enter($s1, "F7", $t30);
    $T.on && $T.ret($s2, $t36);
    return "one";
  }
  function t$1() {
    if (!$T.on) {
      return "two";
    }
    const $s2 = $T.enter($s1, "F8", $t30);
    $T.on && $T.ret($s2, $t37);
    return "two";
  }
  let $r8 = $T.on ? $T.call($s1, "$r8", $t38, t$1, $t30, []) : t$1();
  $T.on && $T.ret($s1, $t39);
  return $r8;
}
let $r9 = $T.on ? $T.call($s0, "$r9", null, twice, $t30, []) : twice();
$T.on ? $T.mcallv($s0, null, $t19, console, "log", console.log, $t41, [$r9]) : console.log($r9);
function paramFn(h) {
  const $s1 = $T.enter($s0, "F9", $t42);
  $T.on && $T.decl($s1, "h", h, "F10");
  function h() {
    if (!$T.on) {
      return "fn";
    }
    const $s2 = $T.enter($s1, "F10", $t30);
    $T.on && $T.ret($s2, $t43);
    return "fn";
  }
  $T.on && $T.ret($s1, $t44);
  return typeof h;
}
let $r10 = $T.on ? $T.call($s0, "$r10", null, paramFn, $t46, [5]) : paramFn(5);
$T.on ? $T.mcallv($s0, null, $t19, console, "log", console.log, $t48, [$r10]) : console.log($r10);
function annex(flag$2) {
  const $s1 = $T.enter($s0, "F11", $t49);
  $T.on && $T.opaque($s1, "a$3");
  function a$3() { return "outer"; };
  if ($T.on ? $T.when($s1, $t50, flag$2) : flag$2) {
    $T.on && $T.opaque($s1, "a$3");
    function a$3() { return "inner"; };
    $T.on && $T.pop($s1);
  }
  let $r11 = $T.on ? $T.call($s1, "$r11", $t51, a$3, $t30, []) : a$3();
  $T.on && $T.ret($s1, $t52);
  return $r11;
}
let $r12 = $T.on ? $T.call($s0, "$r12", null, annex, $t54, [true]) : annex(true);
let $r13 = $T.on ? $T.call($s0, "$r13", null, annex, $t56, [false]) : annex(false);
$T.on ? $T.mcallv($s0, null, $t19, console, "log", console.log, $t59, [$r12, $r13]) : console.log($r12, $r13);
function lateVar(flag$4) {
  if (!$T.on) {
    if (flag$4) {
      var v = "set";
    }
    return v;
  }
  const $s1 = $T.enter($s0, "F12", $t60);
  $T.on && $T.let($s1, "v", $t9);
  if ($T.on ? $T.when($s1, $t61, flag$4) : flag$4) {
    $T.on && $T.set($s1, "v", $t62);
    var v = "set";
    $T.on && $T.pop($s1);
  }
  $T.on && $T.ret($s1, $t63);
  return v;
}
let $r14 = $T.on ? $T.call($s0, "$r14", null, lateVar, $t54, [true]) : lateVar(true);
let $r15 = $T.on ? $T.call($s0, "$r15", null, lateVar, $t56, [false]) : lateVar(false);
$T.on ? $T.mcallv($s0, null, $t19, console, "log", console.log, $t66, [$r14, $r15]) : console.log($r14, $r15);
function loops(n$5) {
  if (!$T.on) {
    let s = "";
    let i$6 = 0;
    L1: while (true) {
      if (!(i$6 < n$5)) {
        break L1;
      }
      C1: {
        let j = 0;
        L2: while (true) {
          if (!(j < n$5)) {
            break L2;
          }
          if (j > i$6) {
            break C1;
          }
          if (i$6 + j > 4) {
            break L1;
          }
          s = s + (i$6 + "" + j + " ");
          j = j + 1;
        }
      }
      i$6 = i$6 + 1;
    }
    return s;
  }
  const $s1 = $T.enter($s0, "F13", $t67);
  $T.on && $T.let($s1, "s", $t68);
  let s = "";
  $T.on && $T.let($s1, "i$6", $t69);
  let i$6 = 0;
  $T.on && $T.loop($s1, "L1");
  L1: while (true) {
    if ($T.on ? $T.exit($s1, "L1", $t70, !(i$6 < n$5)) : !(i$6 < n$5)) {
      break L1;
    }
    $T.on && $T.label($s1, "C1");
    C1: {
      $T.on && $T.let($s1, "j", $t69);
      let j = 0;
      $T.on && $T.loop($s1, "L2");
      L2: while (true) {
        if ($T.on ? $T.exit($s1, "L2", $t71, !(j < n$5)) : !(j < n$5)) {
          break L2;
        }
        if ($T.on ? $T.when($s1, $t72, j > i$6) : j > i$6) {
          $T.on && $T.brk($s1, "C1");
          break C1;
        }
        if ($T.on ? $T.when($s1, $t73, i$6 + j > 4) : i$6 + j > 4) {
          $T.on && $T.brk($s1, "L1");
          break L1;
        }
        $T.on && $T.set($s1, "s", $t74);
        s = s + (i$6 + "" + j + " ");
        $T.on && $T.set($s1, "j", $t75);
        j = j + 1;
      }
      $T.on && $T.pop($s1);
    }
    $T.on && $T.set($s1, "i$6", $t76);
    i$6 = i$6 + 1;
  }
  $T.on && $T.ret($s1, $t77);
  return s;
}
let $r16 = $T.on ? $T.call($s0, "$r16", null, loops, $t79, [4]) : loops(4);
$T.on ? $T.mcallv($s0, null, $t19, console, "log", console.log, $t81, [$r16]) : console.log($r16);
function guarded(x$7) {
  if (!$T.on) {
    try {
      if (x$7 < 0) {
        let $r17 = $T.construct(Error)("neg");
        throw $r17;
      }
      return "ok " + x$7;
    } catch (e) {
      return "caught " + e.message;
    } finally {
      log.push("finally " + x$7);
    }
    return;
  }
  const $s1 = $T.enter($s0, "F14", $t82);
  $T.try($s1, "Y3", 3);
  try {
    if ($T.on ? $T.when($s1, $t83, x$7 < 0) : x$7 < 0) {
      let $r17 = $T.call($s1, "$r17", $t86, $T.construct(Error), $t85, ["neg"]);
      $T.throw($s1, $t87);
      throw $r17;
    }
    $T.on && $T.ret($s1, $t88);
    return "ok " + x$7;
  } catch (e) {
    $T.catch($s1, "Y3", "e");
    $T.on && $T.ret($s1, $t89);
    return "caught " + e.message;
  } finally {
    $T.fin($s1, "Y3");
    $T.on ? $T.mcallv($s1, null, $t8, log, "push", log.push, $t91, ["finally " + x$7]) : log.push("finally " + x$7);
    $T.finEnd($s1, "Y3");
  }
  $T.on && $T.ret($s1, $t9, true);
}
let $r18 = $T.on ? $T.call($s0, "$r18", null, guarded, $t92, [1]) : guarded(1);
let $r19 = $T.on ? $T.call($s0, "$r19", null, guarded, $t94, [-1]) : guarded(-1);
$T.on ? $T.mcallv($s0, null, $t19, console, "log", console.log, $t98, [$r18, $r19, log.length]) : console.log($r18, $r19, log.length);
function strict() { "use strict"; return this === undefined; };
let $r20 = $T.on ? $T.call($s0, "$r20", null, strict, $t30, []) : strict();
$T.on ? $T.mcallv($s0, null, $t19, console, "log", console.log, $t100, [$r20]) : console.log($r20);
$T.on && $T.let($s0, "makers", $t1);
const makers = $T.lit([]);
function maker(n$8) {
  if (!$T.on) {
    return inner;
    function inner(m) {
      return n$8 * m;
    }
  }
  const $s1 = $T.enter($s0, "F15", $t101);
  $T.on && $T.decl($s1, "inner", inner, "F16");
  $T.on && $T.ret($s1, $t102);
  return inner;
  function inner(m) {
    if (!$T.on) {
      return n$8 * m;
    }
    const $s2 = $T.enter($s1, "F16", $t103);
    $T.on && $T.ret($s2, $t104);
    return n$8 * m;
  }
}
$T.on && $T.let($s0, "i$9", $t31);
let i$9 = 1;
$T.on && $T.loop($s0, "L4");
L4: while (true) {
  if ($T.on ? $T.exit($s0, "L4", $t105, !(i$9 < 4)) : !(i$9 < 4)) {
    break L4;
  }
  let $r21 = $T.on ? $T.call($s0, "$r21", null, maker, $t107, [i$9]) : maker(i$9);
  $T.on ? $T.mcallv($s0, null, $t110, makers, "push", makers.push, $t109, [$r21]) : makers.push($r21);
  $T.on && $T.set($s0, "i$9", $t111);
  i$9 = i$9 + 1;
}
$T.on && $T.let($s0, "$r23", $t110);
let $r23 = makers;
$T.on && $T.let($s0, "$r24", $t112);
let $r24 = $T.fn((f) => {
  if (!$T.on) {
    let $r22 = f(10);
    return $r22;
  }
  const $s1 = $T.enter($s0, "F17", $t113);
  let $r22 = $T.on ? $T.call($s1, "$r22", $t116, f, $t115, [10]) : f(10);
  $T.on && $T.ret($s1, $t117);
  return $r22;
}, "F17", $s0);
$T.on && $T.let($s0, "$r25", $t9);
let $r25;
if ($T.if($s0, $t118, $T.arrayFits($r23, "map"))) {
  if ($T.on ? $T.if($s0, $t119, typeof $r24 === "function") : typeof $r24 === "function") {
    $T.on && $T.let($s0, "$r26", $t120);
    let $r26 = $r23.length;
    $T.on && $T.let($s0, "$r28", $t1);
    let $r28 = $T.lit([]);
    $T.on && $T.let($s0, "$r27", $t69);
    let $r27 = 0;
    $T.on && $T.loop($s0, "L1000076");
    L1000076: while (true) {
      if ($T.on ? $T.exit($s0, "L1000076", $t121, !($r27 < $r26)) : !($r27 < $r26)) {
        break L1000076;
      }
      if ($T.if($s0, $t122, $T.present($r23, $r27))) {
        $T.on && $T.let($s0, "$r29", $t123);
        let $r29 = $r23[$r27];
        let $r30 = $T.on ? $T.call($s0, "$r30", $t128, $r24, $t127, [$r29, $r27, $r23]) : $r24($r29, $r27, $r23);
        $T.on && $T.put($s0, $t130, $t125, $t129, $r28, $r27);
        $r28[$r27] = $r30;
        $T.on && $T.pop($s0);
      } else {
        $T.on && $T.unknown($s0);
        $r28.length = $r26;
        $T.on && $T.pop($s0);
      }
      $T.on && $T.set($s0, "$r27", $t131);
      $r27 = $r27 + 1;
    }
    $T.on && $T.set($s0, "$r25", $t130);
    $r25 = $r28;
    $T.on && $T.pop($s0);
  } else {
    let $r31 = $T.on ? $T.mcallv($s0, "$r31", $t126, $r23, "map", $r23.map, $t132, [$r24]) : $r23.map($r24);
    $T.on && $T.set($s0, "$r25", $t133);
    $r25 = $r31;
    $T.on && $T.pop($s0);
  }
  $T.on && $T.pop($s0);
} else {
  let $r32 = $T.on ? $T.mcallv($s0, "$r32", $t126, $r23, "map", $r23.map, $t132, [$r24]) : $r23.map($r24);
  $T.on && $T.set($s0, "$r25", $t134);
  $r25 = $r32;
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r33", $t135);
let $r33 = $r25;
let $r34 = $T.on ? $T.mcallv($s0, "$r34", $t138, $r33, "join", $r33.join, $t137, [" "]) : $r33.join(" ");
$T.on ? $T.mcallv($s0, null, $t19, console, "log", console.log, $t140, [$r34]) : console.log($r34);
function depth(n$10) {
  if (!$T.on) {
    let $r35;
    if (n$10 === 0) {
      $r35 = 0;
    } else {
      let $r36 = depth(n$10 - 1);
      $r35 = 1 + $r36;
    }
    return $r35;
  }
  const $s1 = $T.enter($s0, "F18", $t141);
  $T.on && $T.let($s1, "$r35", $t9);
  let $r35;
  if ($T.on ? $T.if($s1, $t142, n$10 === 0) : n$10 === 0) {
    $T.on && $T.set($s1, "$r35", $t69);
    $r35 = 0;
    $T.on && $T.pop($s1);
  } else {
    let $r36 = $T.on ? $T.call($s1, "$r36", null, depth, $t144, [n$10 - 1]) : depth(n$10 - 1);
    $T.on && $T.set($s1, "$r35", $t145);
    $r35 = 1 + $r36;
    $T.on && $T.pop($s1);
  }
  $T.on && $T.ret($s1, $t146);
  return $r35;
}
let $r37 = $T.on ? $T.call($s0, "$r37", null, depth, $t148, [500]) : depth(500);
$T.on ? $T.mcallv($s0, null, $t19, console, "log", console.log, $t150, [$r37]) : console.log($r37);
function defaults(a$11, b = undefined) {
  if (!$T.on) {
    if (b === undefined) {
      b = a$11 * 2;
    }
    return a$11 + b;
  }
  const $s1 = $T.enter($s0, "F19", $t151);
  if ($T.on ? $T.when($s1, $t152, b === undefined) : b === undefined) {
    $T.on && $T.set($s1, "b", $t153);
    b = a$11 * 2;
    $T.on && $T.pop($s1);
  }
  $T.on && $T.ret($s1, $t154);
  return a$11 + b;
}
let $r38 = $T.on ? $T.call($s0, "$r38", null, defaults, $t92, [1]) : defaults(1);
let $r39 = $T.on ? $T.call($s0, "$r39", null, defaults, $t155, [1, 1]) : defaults(1, 1);
$T.on ? $T.mcallv($s0, null, $t19, console, "log", console.log, $t158, [$r38, $r39]) : console.log($r38, $r39);
$T.on && $T.let($s0, "arrow", $t159);
const arrow = $T.fn((xs) => {
  if (!$T.on) {
    let t$12 = 0;
    let $r1 = xs;
    if ($T.iterable($r1)) {
      let $r2 = 0;
      L5: while (true) {
        if (!($r2 < $r1.length)) {
          break L5;
        }
        const x$13 = $r1[$r2];
        t$12 = t$12 + x$13;
        $r2 = $r2 + 1;
      }
    } else {
      for (const x$13 of $r1) { t$12 += x$13; };
    }
    return t$12;
  }
  const $s1 = $T.enter($s0, "F20", $t160);
  $T.on && $T.let($s1, "t$12", $t69);
  let t$12 = 0;
  $T.on && $T.let($s1, "$r1", $t161);
  let $r1 = xs;
  if ($T.if($s1, $t162, $T.iterable($r1))) {
    $T.on && $T.let($s1, "$r2", $t69);
    let $r2 = 0;
    $T.on && $T.loop($s1, "L5");
    L5: while (true) {
      if ($T.on ? $T.exit($s1, "L5", $t163, !($r2 < $r1.length)) : !($r2 < $r1.length)) {
        break L5;
      }
      $T.on && $T.let($s1, "x$13", $t164);
      const x$13 = $r1[$r2];
      $T.on && $T.set($s1, "t$12", $t165);
      t$12 = t$12 + x$13;
      $T.on && $T.set($s1, "$r2", $t166);
      $r2 = $r2 + 1;
    }
    $T.on && $T.pop($s1);
  } else {
    $T.on && $T.unknown($s1);
    for (const x$13 of $r1) { t$12 += x$13; };
    $T.on && $T.pop($s1);
  }
  $T.on && $T.ret($s1, $t167);
  return t$12;
}, "F20", $s0, "arrow");
const $r53 = $T.lit([1, 2, 3]);
let $r40 = $T.on ? $T.call($s0, "$r40", $t170, arrow, $t169, [$r53]) : arrow($r53);
$T.on ? $T.mcallv($s0, null, $t19, console, "log", console.log, $t172, [$r40]) : console.log($r40);
function noReturn() {
  if (!$T.on) {
    log.push("ran");
    return;
  }
  const $s1 = $T.enter($s0, "F21", $t30);
  $T.on ? $T.mcallv($s1, null, $t8, log, "push", log.push, $t174, ["ran"]) : log.push("ran");
  $T.on && $T.ret($s1, $t9, true);
}
let $r41 = $T.on ? $T.call($s0, "$r41", null, noReturn, $t30, []) : noReturn();
$T.on && $T.let($s0, "$r42", $t8);
let $r42 = log;
$T.on && $T.let($s0, "$r43", $t175);
let $r43 = $T.fn((l) => {
  if (!$T.on) {
    return l === "ran";
  }
  const $s1 = $T.enter($s0, "F22", $t176);
  $T.on && $T.ret($s1, $t177);
  return l === "ran";
}, "F22", $s0);
$T.on && $T.let($s0, "$r44", $t9);
let $r44;
if ($T.if($s0, $t178, $T.arrayFits($r42, "filter"))) {
  if ($T.on ? $T.if($s0, $t179, typeof $r43 === "function") : typeof $r43 === "function") {
    $T.on && $T.let($s0, "$r45", $t180);
    let $r45 = $r42.length;
    $T.on && $T.let($s0, "$r47", $t1);
    let $r47 = $T.lit([]);
    $T.on && $T.let($s0, "$r46", $t69);
    let $r46 = 0;
    $T.on && $T.loop($s0, "L1000095");
    L1000095: while (true) {
      if ($T.on ? $T.exit($s0, "L1000095", $t181, !($r46 < $r45)) : !($r46 < $r45)) {
        break L1000095;
      }
      if ($T.when($s0, $t182, $T.present($r42, $r46))) {
        $T.on && $T.let($s0, "$r48", $t183);
        let $r48 = $r42[$r46];
        let $r49 = $T.on ? $T.call($s0, "$r49", $t188, $r43, $t187, [$r48, $r46, $r42]) : $r43($r48, $r46, $r42);
        if ($T.on ? $T.when($s0, $t189, $r49) : $r49) {
          $T.on ? $T.mcallv($s0, null, $t191, $r47, "push", $r47.push, $t190, [$r48]) : $r47.push($r48);
          $T.on && $T.pop($s0);
        }
        $T.on && $T.pop($s0);
      }
      $T.on && $T.set($s0, "$r46", $t192);
      $r46 = $r46 + 1;
    }
    $T.on && $T.set($s0, "$r44", $t191);
    $r44 = $r47;
    $T.on && $T.pop($s0);
  } else {
    let $r50 = $T.on ? $T.mcallv($s0, "$r50", $t186, $r42, "filter", $r42.filter, $t193, [$r43]) : $r42.filter($r43);
    $T.on && $T.set($s0, "$r44", $t194);
    $r44 = $r50;
    $T.on && $T.pop($s0);
  }
  $T.on && $T.pop($s0);
} else {
  let $r51 = $T.on ? $T.mcallv($s0, "$r51", $t186, $r42, "filter", $r42.filter, $t193, [$r43]) : $r42.filter($r43);
  $T.on && $T.set($s0, "$r44", $t195);
  $r44 = $r51;
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r52", $t196);
let $r52 = $r44;
$T.on ? $T.mcallv($s0, null, $t19, console, "log", console.log, $t199, [$r41, $r52.length]) : console.log($r41, $r52.length);
$T.end();
