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
const $t84 = ["bin", "+", ["s", "ok "], ["v", "x$7"]];
const $t85 = ["bin", "+", ["s", "caught "], ["get", ["v", "e"], "message"]];
const $t86 = ["bin", "+", ["s", "finally "], ["v", "x$7"]];
const $t87 = [$t86];
const $t88 = [$t31];
const $t89 = ["n", -1];
const $t90 = [$t89];
const $t91 = ["v", "$r17"];
const $t92 = ["v", "$r18"];
const $t93 = ["get", ["v", "log"], "length"];
const $t94 = [$t91, $t92, $t93];
const $t95 = ["v", "$r19"];
const $t96 = [$t95];
const $t97 = ["n$8"];
const $t98 = ["v", "inner"];
const $t99 = ["m"];
const $t100 = ["bin", "*", ["v", "n$8"], ["v", "m"]];
const $t101 = ["un", "!", ["bin", "<", ["v", "i$9"], ["n", 4]]];
const $t102 = ["v", "i$9"];
const $t103 = [$t102];
const $t104 = ["v", "$r20"];
const $t105 = [$t104];
const $t106 = ["v", "makers"];
const $t107 = ["bin", "+", ["v", "i$9"], ["n", 1]];
const $t108 = ["fn", "F17"];
const $t109 = ["f"];
const $t110 = ["n", 10];
const $t111 = [$t110];
const $t112 = ["v", "f"];
const $t113 = ["v", "$r21"];
const $t114 = ["isarr", ["v", "$r22"]];
const $t115 = ["bin", "===", ["un", "typeof", ["v", "$r23"]], ["s", "function"]];
const $t116 = ["get", ["v", "$r22"], "length"];
const $t117 = ["un", "!", ["bin", "<", ["v", "$r26"], ["v", "$r25"]]];
const $t118 = ["bin", "in", ["v", "$r26"], ["v", "$r22"]];
const $t119 = ["idx", ["v", "$r22"], ["v", "$r26"]];
const $t120 = ["v", "$r28"];
const $t121 = ["v", "$r26"];
const $t122 = ["v", "$r22"];
const $t123 = [$t120, $t121, $t122];
const $t124 = ["v", "$r23"];
const $t125 = ["v", "$r29"];
const $t126 = ["v", "$r27"];
const $t127 = ["bin", "+", ["v", "$r26"], ["n", 1]];
const $t128 = [$t124];
const $t129 = ["v", "$r30"];
const $t130 = ["v", "$r31"];
const $t131 = ["v", "$r24"];
const $t132 = ["s", " "];
const $t133 = [$t132];
const $t134 = ["v", "$r32"];
const $t135 = ["v", "$r33"];
const $t136 = [$t135];
const $t137 = ["n$10"];
const $t138 = ["bin", "===", ["v", "n$10"], ["n", 0]];
const $t139 = ["bin", "-", ["v", "n$10"], ["n", 1]];
const $t140 = [$t139];
const $t141 = ["bin", "+", ["n", 1], ["v", "$r35"]];
const $t142 = ["v", "$r34"];
const $t143 = ["n", 500];
const $t144 = [$t143];
const $t145 = ["v", "$r36"];
const $t146 = [$t145];
const $t147 = ["a$11", "b"];
const $t148 = ["bin", "===", ["v", "b"], ["u"]];
const $t149 = ["bin", "*", ["v", "a$11"], ["n", 2]];
const $t150 = ["bin", "+", ["v", "a$11"], ["v", "b"]];
const $t151 = [$t31, $t31];
const $t152 = ["v", "$r37"];
const $t153 = ["v", "$r38"];
const $t154 = [$t152, $t153];
const $t155 = ["fn", "F20"];
const $t156 = ["xs"];
const $t157 = ["v", "xs"];
const $t158 = ["bin", "||", ["un", "isArray", ["v", "$r1"]], ["bin", "===", ["un", "typeof", ["v", "$r1"]], ["s", "string"]]];
const $t159 = ["un", "!", ["bin", "<", ["v", "$r2"], ["get", ["v", "$r1"], "length"]]];
const $t160 = ["idx", ["v", "$r1"], ["v", "$r2"]];
const $t161 = ["bin", "+", ["v", "t$12"], ["v", "x$13"]];
const $t162 = ["bin", "+", ["v", "$r2"], ["n", 1]];
const $t163 = ["v", "t$12"];
const $t164 = ["arr", [["n", 1], ["n", 2], ["n", 3]]];
const $t165 = [$t164];
const $t166 = ["v", "arrow"];
const $t167 = ["v", "$r39"];
const $t168 = [$t167];
const $t169 = ["s", "ran"];
const $t170 = [$t169];
const $t171 = ["fn", "F22"];
const $t172 = ["l"];
const $t173 = ["bin", "===", ["v", "l"], ["s", "ran"]];
const $t174 = ["isarr", ["v", "$r41"]];
const $t175 = ["bin", "===", ["un", "typeof", ["v", "$r42"]], ["s", "function"]];
const $t176 = ["get", ["v", "$r41"], "length"];
const $t177 = ["un", "!", ["bin", "<", ["v", "$r45"], ["v", "$r44"]]];
const $t178 = ["bin", "in", ["v", "$r45"], ["v", "$r41"]];
const $t179 = ["idx", ["v", "$r41"], ["v", "$r45"]];
const $t180 = ["v", "$r47"];
const $t181 = ["v", "$r45"];
const $t182 = ["v", "$r41"];
const $t183 = [$t180, $t181, $t182];
const $t184 = ["v", "$r42"];
const $t185 = ["v", "$r48"];
const $t186 = [$t180];
const $t187 = ["v", "$r46"];
const $t188 = ["bin", "+", ["v", "$r45"], ["n", 1]];
const $t189 = [$t184];
const $t190 = ["v", "$r49"];
const $t191 = ["v", "$r50"];
const $t192 = ["v", "$r43"];
const $t193 = ["v", "$r40"];
const $t194 = ["get", ["v", "$r51"], "length"];
const $t195 = [$t193, $t194];
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
        throw new Error("neg");
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
      $T.on && $T.unknown($s1);
      throw new Error("neg");
      $T.on && $T.pop($s1);
    }
    $T.on && $T.ret($s1, $t84);
    return "ok " + x$7;
  } catch (e) {
    $T.catch($s1, "Y3", "e");
    $T.on && $T.ret($s1, $t85);
    return "caught " + e.message;
  } finally {
    $T.fin($s1, "Y3");
    $T.on ? $T.mcallv($s1, null, $t8, log, "push", log.push, $t87, ["finally " + x$7]) : log.push("finally " + x$7);
    $T.finEnd($s1, "Y3");
  }
  $T.on && $T.ret($s1, $t9, true);
}
let $r17 = $T.on ? $T.call($s0, "$r17", null, guarded, $t88, [1]) : guarded(1);
let $r18 = $T.on ? $T.call($s0, "$r18", null, guarded, $t90, [-1]) : guarded(-1);
$T.on ? $T.mcallv($s0, null, $t19, console, "log", console.log, $t94, [$r17, $r18, log.length]) : console.log($r17, $r18, log.length);
function strict() { "use strict"; return this === undefined; };
let $r19 = $T.on ? $T.call($s0, "$r19", null, strict, $t30, []) : strict();
$T.on ? $T.mcallv($s0, null, $t19, console, "log", console.log, $t96, [$r19]) : console.log($r19);
$T.on && $T.let($s0, "makers", $t1);
const makers = $T.lit([]);
function maker(n$8) {
  if (!$T.on) {
    return inner;
    function inner(m) {
      return n$8 * m;
    }
  }
  const $s1 = $T.enter($s0, "F15", $t97);
  $T.on && $T.decl($s1, "inner", inner, "F16");
  $T.on && $T.ret($s1, $t98);
  return inner;
  function inner(m) {
    if (!$T.on) {
      return n$8 * m;
    }
    const $s2 = $T.enter($s1, "F16", $t99);
    $T.on && $T.ret($s2, $t100);
    return n$8 * m;
  }
}
$T.on && $T.let($s0, "i$9", $t31);
let i$9 = 1;
$T.on && $T.loop($s0, "L4");
L4: while (true) {
  if ($T.on ? $T.exit($s0, "L4", $t101, !(i$9 < 4)) : !(i$9 < 4)) {
    break L4;
  }
  let $r20 = $T.on ? $T.call($s0, "$r20", null, maker, $t103, [i$9]) : maker(i$9);
  $T.on ? $T.mcallv($s0, null, $t106, makers, "push", makers.push, $t105, [$r20]) : makers.push($r20);
  $T.on && $T.set($s0, "i$9", $t107);
  i$9 = i$9 + 1;
}
$T.on && $T.let($s0, "$r22", $t106);
let $r22 = makers;
$T.on && $T.let($s0, "$r23", $t108);
let $r23 = $T.fn((f) => {
  if (!$T.on) {
    let $r21 = f(10);
    return $r21;
  }
  const $s1 = $T.enter($s0, "F17", $t109);
  let $r21 = $T.on ? $T.call($s1, "$r21", $t112, f, $t111, [10]) : f(10);
  $T.on && $T.ret($s1, $t113);
  return $r21;
}, "F17", $s0);
$T.on && $T.let($s0, "$r24", $t9);
let $r24;
if ($T.if($s0, $t114, $T.arrayFits($r22, "map"))) {
  if ($T.on ? $T.if($s0, $t115, typeof $r23 === "function") : typeof $r23 === "function") {
    $T.on && $T.let($s0, "$r25", $t116);
    let $r25 = $r22.length;
    $T.on && $T.let($s0, "$r27", $t1);
    let $r27 = $T.lit([]);
    $T.on && $T.let($s0, "$r26", $t69);
    let $r26 = 0;
    $T.on && $T.loop($s0, "L1000075");
    L1000075: while (true) {
      if ($T.on ? $T.exit($s0, "L1000075", $t117, !($r26 < $r25)) : !($r26 < $r25)) {
        break L1000075;
      }
      if ($T.if($s0, $t118, $T.present($r22, $r26))) {
        $T.on && $T.let($s0, "$r28", $t119);
        let $r28 = $r22[$r26];
        let $r29 = $T.on ? $T.call($s0, "$r29", $t124, $r23, $t123, [$r28, $r26, $r22]) : $r23($r28, $r26, $r22);
        $T.on && $T.put($s0, $t126, $t121, $t125, $r27, $r26);
        $r27[$r26] = $r29;
        $T.on && $T.pop($s0);
      } else {
        $T.on && $T.unknown($s0);
        $r27.length = $r25;
        $T.on && $T.pop($s0);
      }
      $T.on && $T.set($s0, "$r26", $t127);
      $r26 = $r26 + 1;
    }
    $T.on && $T.set($s0, "$r24", $t126);
    $r24 = $r27;
    $T.on && $T.pop($s0);
  } else {
    let $r30 = $T.on ? $T.mcallv($s0, "$r30", $t122, $r22, "map", $r22.map, $t128, [$r23]) : $r22.map($r23);
    $T.on && $T.set($s0, "$r24", $t129);
    $r24 = $r30;
    $T.on && $T.pop($s0);
  }
  $T.on && $T.pop($s0);
} else {
  let $r31 = $T.on ? $T.mcallv($s0, "$r31", $t122, $r22, "map", $r22.map, $t128, [$r23]) : $r22.map($r23);
  $T.on && $T.set($s0, "$r24", $t130);
  $r24 = $r31;
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r32", $t131);
let $r32 = $r24;
let $r33 = $T.on ? $T.mcallv($s0, "$r33", $t134, $r32, "join", $r32.join, $t133, [" "]) : $r32.join(" ");
$T.on ? $T.mcallv($s0, null, $t19, console, "log", console.log, $t136, [$r33]) : console.log($r33);
function depth(n$10) {
  if (!$T.on) {
    let $r34;
    if (n$10 === 0) {
      $r34 = 0;
    } else {
      let $r35 = depth(n$10 - 1);
      $r34 = 1 + $r35;
    }
    return $r34;
  }
  const $s1 = $T.enter($s0, "F18", $t137);
  $T.on && $T.let($s1, "$r34", $t9);
  let $r34;
  if ($T.on ? $T.if($s1, $t138, n$10 === 0) : n$10 === 0) {
    $T.on && $T.set($s1, "$r34", $t69);
    $r34 = 0;
    $T.on && $T.pop($s1);
  } else {
    let $r35 = $T.on ? $T.call($s1, "$r35", null, depth, $t140, [n$10 - 1]) : depth(n$10 - 1);
    $T.on && $T.set($s1, "$r34", $t141);
    $r34 = 1 + $r35;
    $T.on && $T.pop($s1);
  }
  $T.on && $T.ret($s1, $t142);
  return $r34;
}
let $r36 = $T.on ? $T.call($s0, "$r36", null, depth, $t144, [500]) : depth(500);
$T.on ? $T.mcallv($s0, null, $t19, console, "log", console.log, $t146, [$r36]) : console.log($r36);
function defaults(a$11, b = undefined) {
  if (!$T.on) {
    if (b === undefined) {
      b = a$11 * 2;
    }
    return a$11 + b;
  }
  const $s1 = $T.enter($s0, "F19", $t147);
  if ($T.on ? $T.when($s1, $t148, b === undefined) : b === undefined) {
    $T.on && $T.set($s1, "b", $t149);
    b = a$11 * 2;
    $T.on && $T.pop($s1);
  }
  $T.on && $T.ret($s1, $t150);
  return a$11 + b;
}
let $r37 = $T.on ? $T.call($s0, "$r37", null, defaults, $t88, [1]) : defaults(1);
let $r38 = $T.on ? $T.call($s0, "$r38", null, defaults, $t151, [1, 1]) : defaults(1, 1);
$T.on ? $T.mcallv($s0, null, $t19, console, "log", console.log, $t154, [$r37, $r38]) : console.log($r37, $r38);
$T.on && $T.let($s0, "arrow", $t155);
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
  const $s1 = $T.enter($s0, "F20", $t156);
  $T.on && $T.let($s1, "t$12", $t69);
  let t$12 = 0;
  $T.on && $T.let($s1, "$r1", $t157);
  let $r1 = xs;
  if ($T.if($s1, $t158, $T.iterable($r1))) {
    $T.on && $T.let($s1, "$r2", $t69);
    let $r2 = 0;
    $T.on && $T.loop($s1, "L5");
    L5: while (true) {
      if ($T.on ? $T.exit($s1, "L5", $t159, !($r2 < $r1.length)) : !($r2 < $r1.length)) {
        break L5;
      }
      $T.on && $T.let($s1, "x$13", $t160);
      const x$13 = $r1[$r2];
      $T.on && $T.set($s1, "t$12", $t161);
      t$12 = t$12 + x$13;
      $T.on && $T.set($s1, "$r2", $t162);
      $r2 = $r2 + 1;
    }
    $T.on && $T.pop($s1);
  } else {
    $T.on && $T.unknown($s1);
    for (const x$13 of $r1) { t$12 += x$13; };
    $T.on && $T.pop($s1);
  }
  $T.on && $T.ret($s1, $t163);
  return t$12;
}, "F20", $s0, "arrow");
const $r52 = $T.lit([1, 2, 3]);
let $r39 = $T.on ? $T.call($s0, "$r39", $t166, arrow, $t165, [$r52]) : arrow($r52);
$T.on ? $T.mcallv($s0, null, $t19, console, "log", console.log, $t168, [$r39]) : console.log($r39);
function noReturn() {
  if (!$T.on) {
    log.push("ran");
    return;
  }
  const $s1 = $T.enter($s0, "F21", $t30);
  $T.on ? $T.mcallv($s1, null, $t8, log, "push", log.push, $t170, ["ran"]) : log.push("ran");
  $T.on && $T.ret($s1, $t9, true);
}
let $r40 = $T.on ? $T.call($s0, "$r40", null, noReturn, $t30, []) : noReturn();
$T.on && $T.let($s0, "$r41", $t8);
let $r41 = log;
$T.on && $T.let($s0, "$r42", $t171);
let $r42 = $T.fn((l) => {
  if (!$T.on) {
    return l === "ran";
  }
  const $s1 = $T.enter($s0, "F22", $t172);
  $T.on && $T.ret($s1, $t173);
  return l === "ran";
}, "F22", $s0);
$T.on && $T.let($s0, "$r43", $t9);
let $r43;
if ($T.if($s0, $t174, $T.arrayFits($r41, "filter"))) {
  if ($T.on ? $T.if($s0, $t175, typeof $r42 === "function") : typeof $r42 === "function") {
    $T.on && $T.let($s0, "$r44", $t176);
    let $r44 = $r41.length;
    $T.on && $T.let($s0, "$r46", $t1);
    let $r46 = $T.lit([]);
    $T.on && $T.let($s0, "$r45", $t69);
    let $r45 = 0;
    $T.on && $T.loop($s0, "L1000094");
    L1000094: while (true) {
      if ($T.on ? $T.exit($s0, "L1000094", $t177, !($r45 < $r44)) : !($r45 < $r44)) {
        break L1000094;
      }
      if ($T.when($s0, $t178, $T.present($r41, $r45))) {
        $T.on && $T.let($s0, "$r47", $t179);
        let $r47 = $r41[$r45];
        let $r48 = $T.on ? $T.call($s0, "$r48", $t184, $r42, $t183, [$r47, $r45, $r41]) : $r42($r47, $r45, $r41);
        if ($T.on ? $T.when($s0, $t185, $r48) : $r48) {
          $T.on ? $T.mcallv($s0, null, $t187, $r46, "push", $r46.push, $t186, [$r47]) : $r46.push($r47);
          $T.on && $T.pop($s0);
        }
        $T.on && $T.pop($s0);
      }
      $T.on && $T.set($s0, "$r45", $t188);
      $r45 = $r45 + 1;
    }
    $T.on && $T.set($s0, "$r43", $t187);
    $r43 = $r46;
    $T.on && $T.pop($s0);
  } else {
    let $r49 = $T.on ? $T.mcallv($s0, "$r49", $t182, $r41, "filter", $r41.filter, $t189, [$r42]) : $r41.filter($r42);
    $T.on && $T.set($s0, "$r43", $t190);
    $r43 = $r49;
    $T.on && $T.pop($s0);
  }
  $T.on && $T.pop($s0);
} else {
  let $r50 = $T.on ? $T.mcallv($s0, "$r50", $t182, $r41, "filter", $r41.filter, $t189, [$r42]) : $r41.filter($r42);
  $T.on && $T.set($s0, "$r43", $t191);
  $r43 = $r50;
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r51", $t192);
let $r51 = $r43;
$T.on ? $T.mcallv($s0, null, $t19, console, "log", console.log, $t195, [$r40, $r51.length]) : console.log($r40, $r51.length);
$T.end();
