const $T = require("containerless/tracing");
const $t1 = ["u"];
const $t2 = ["arr", []];
const $t3 = ["n", 0];
const $t4 = ["un", "!", ["bin", "<", ["v", "i$0"], ["n", 5]]];
const $t5 = ["bin", "===", ["v", "i$0"], ["n", 1]];
const $t6 = ["bin", "===", ["v", "i$0"], ["n", 4]];
const $t7 = ["v", "i$0"];
const $t8 = [$t7];
const $t9 = ["v", "out"];
const $t10 = ["bin", "+", ["v", "i$0"], ["n", 1]];
const $t11 = ["un", "!", ["bin", "<", ["v", "j"], ["n", 10]]];
const $t12 = ["bin", "+", ["v", "j"], ["n", 3]];
const $t13 = ["bin", "===", ["v", "j"], ["n", 6]];
const $t14 = ["bin", "+", ["s", "w"], ["v", "j"]];
const $t15 = [$t14];
const $t16 = ["b", true];
const $t17 = ["un", "!", ["bin", "||", ["v", "$r1"], ["bin", "<", ["v", "k"], ["n", 4]]]];
const $t18 = ["b", false];
const $t19 = ["bin", "+", ["v", "k"], ["n", 1]];
const $t20 = ["bin", "===", ["v", "k"], ["n", 2]];
const $t21 = ["bin", "+", ["s", "d"], ["v", "k"]];
const $t22 = [$t21];
const $t23 = ["un", "!", ["bin", "<", ["v", "x$1"], ["n", 3]]];
const $t24 = ["un", "!", ["bin", "<", ["v", "y"], ["n", 3]]];
const $t25 = ["bin", "===", ["v", "y"], ["n", 2]];
const $t26 = ["bin", "===", ["v", "x$1"], ["n", 2]];
const $t27 = ["bin", "+", ["bin", "+", ["v", "x$1"], ["s", ":"]], ["v", "y"]];
const $t28 = [$t27];
const $t29 = ["bin", "+", ["v", "y"], ["n", 1]];
const $t30 = ["bin", "+", ["v", "x$1"], ["n", 1]];
const $t31 = ["n", 10];
const $t32 = ["un", "!", ["bin", "<", ["v", "v"], ["v", "w"]]];
const $t33 = ["bin", "+", ["bin", "+", ["s", "v"], ["v", "v"]], ["v", "w"]];
const $t34 = [$t33];
const $t35 = ["bin", "+", ["v", "v"], ["n", 4]];
const $t36 = ["bin", "-", ["v", "w"], ["n", 1]];
const $t37 = ["s", " "];
const $t38 = [$t37];
const $t39 = ["v", "$r2"];
const $t40 = ["v", "v"];
const $t41 = ["v", "w"];
const $t42 = [$t39, $t40, $t41];
const $t43 = ["g", "console"];
const $t44 = ["x$2"];
const $t45 = ["s", ""];
const $t46 = ["n", -1];
const $t47 = ["bin", "===", ["v", "x$2"], ["n", 1]];
const $t48 = ["bin", "===", ["v", "$r3"], ["n", -1]];
const $t49 = ["bin", "===", ["v", "x$2"], ["n", 2]];
const $t50 = ["n", 1];
const $t51 = ["bin", "===", ["v", "x$2"], ["n", 3]];
const $t52 = ["n", 3];
const $t53 = ["n", 2];
const $t54 = ["bin", "<=", ["v", "$r3"], ["n", 0]];
const $t55 = ["bin", "+", ["v", "r$3"], ["s", "one "]];
const $t56 = ["bin", "<=", ["v", "$r3"], ["n", 1]];
const $t57 = ["bin", "+", ["v", "r$3"], ["s", "two "]];
const $t58 = ["bin", "<=", ["v", "$r3"], ["n", 2]];
const $t59 = ["bin", "+", ["v", "r$3"], ["s", "other "]];
const $t60 = ["bin", "<=", ["v", "$r3"], ["n", 3]];
const $t61 = ["bin", "+", ["v", "r$3"], ["s", "three "]];
const $t62 = ["v", "r$3"];
const $t63 = [$t50];
const $t64 = [$t53];
const $t65 = [$t52];
const $t66 = ["n", 9];
const $t67 = [$t66];
const $t68 = ["v", "$r4"];
const $t69 = ["s", "|"];
const $t70 = ["v", "$r5"];
const $t71 = ["v", "$r6"];
const $t72 = ["v", "$r7"];
const $t73 = [$t68, $t69, $t70, $t69, $t71, $t69, $t72];
const $t74 = ["x$4"];
const $t75 = ["s", "none"];
const $t76 = ["un", "typeof", ["v", "x$4"]];
const $t77 = ["bin", "===", ["v", "$r8"], ["s", "number"]];
const $t78 = ["bin", "===", ["v", "$r9"], ["n", -1]];
const $t79 = ["bin", "===", ["v", "$r8"], ["s", "string"]];
const $t80 = ["bin", "<=", ["v", "$r9"], ["n", 0]];
const $t81 = ["s", "num"];
const $t82 = ["bin", "<=", ["v", "$r9"], ["n", 1]];
const $t83 = ["s", "str"];
const $t84 = ["v", "r$5"];
const $t85 = ["s", "a"];
const $t86 = [$t85];
const $t87 = ["null"];
const $t88 = [$t87];
const $t89 = ["v", "$r10"];
const $t90 = ["v", "$r11"];
const $t91 = ["v", "$r12"];
const $t92 = [$t89, $t90, $t91];
const $t93 = ["un", "!", ["bin", "<", ["v", "i$6"], ["n", 6]]];
const $t94 = ["bin", "%", ["v", "i$6"], ["n", 3]];
const $t95 = ["bin", "===", ["v", "$r13"], ["n", 0]];
const $t96 = ["bin", "===", ["v", "$r14"], ["n", -1]];
const $t97 = ["bin", "===", ["v", "$r13"], ["n", 1]];
const $t98 = ["bin", "<=", ["v", "$r14"], ["n", 0]];
const $t99 = ["bin", "<=", ["v", "$r14"], ["n", 1]];
const $t100 = ["bin", "+", ["s", "one"], ["v", "i$6"]];
const $t101 = [$t100];
const $t102 = ["v", "seen"];
const $t103 = ["bin", "+", ["s", "after"], ["v", "i$6"]];
const $t104 = [$t103];
const $t105 = ["bin", "+", ["v", "i$6"], ["n", 1]];
const $t106 = ["s", ","];
const $t107 = [$t106];
const $t108 = ["v", "$r15"];
const $t109 = [$t108];
const $t110 = ["v", "$r16"];
const $t111 = ["un", "!", ["bin", "<", ["v", "i$7"], ["n", 3]]];
const $t112 = ["fn", "F3"];
const $t113 = [$t112];
const $t114 = [];
const $t115 = ["v", "i$7"];
const $t116 = ["v", "fns"];
const $t117 = ["bin", "+", ["v", "i$7"], ["n", 0]];
const $t118 = ["bin", "+", ["v", "$r16"], ["n", 1]];
const $t119 = ["fn", "F4"];
const $t120 = ["f$8"];
const $t121 = ["v", "f$8"];
const $t122 = ["v", "$r17"];
const $t123 = ["isarr", ["v", "$r18"]];
const $t124 = ["bin", "===", ["un", "typeof", ["v", "$r19"]], ["s", "function"]];
const $t125 = ["get", ["v", "$r18"], "length"];
const $t126 = ["un", "!", ["bin", "<", ["v", "$r22"], ["v", "$r21"]]];
const $t127 = ["bin", "in", ["v", "$r22"], ["v", "$r18"]];
const $t128 = ["idx", ["v", "$r18"], ["v", "$r22"]];
const $t129 = ["v", "$r24"];
const $t130 = ["v", "$r22"];
const $t131 = ["v", "$r18"];
const $t132 = [$t129, $t130, $t131];
const $t133 = ["v", "$r19"];
const $t134 = ["v", "$r25"];
const $t135 = ["v", "$r23"];
const $t136 = ["bin", "+", ["v", "$r22"], ["n", 1]];
const $t137 = [$t133];
const $t138 = ["v", "$r26"];
const $t139 = ["v", "$r27"];
const $t140 = ["v", "$r20"];
const $t141 = ["v", "$r28"];
const $t142 = ["v", "$r29"];
const $t143 = [$t142];
const $t144 = ["un", "!", ["bin", "<", ["v", "m"], ["n", 3]]];
const $t145 = ["bin", "*", ["v", "m"], ["n", 10]];
const $t146 = ["fn", "F5"];
const $t147 = [$t146];
const $t148 = ["v", "captured"];
const $t149 = ["v", "blockFns"];
const $t150 = ["bin", "+", ["v", "m"], ["n", 1]];
const $t151 = ["fn", "F6"];
const $t152 = ["f$9"];
const $t153 = ["v", "f$9"];
const $t154 = ["v", "$r30"];
const $t155 = ["isarr", ["v", "$r31"]];
const $t156 = ["bin", "===", ["un", "typeof", ["v", "$r32"]], ["s", "function"]];
const $t157 = ["get", ["v", "$r31"], "length"];
const $t158 = ["un", "!", ["bin", "<", ["v", "$r35"], ["v", "$r34"]]];
const $t159 = ["bin", "in", ["v", "$r35"], ["v", "$r31"]];
const $t160 = ["idx", ["v", "$r31"], ["v", "$r35"]];
const $t161 = ["v", "$r37"];
const $t162 = ["v", "$r35"];
const $t163 = ["v", "$r31"];
const $t164 = [$t161, $t162, $t163];
const $t165 = ["v", "$r32"];
const $t166 = ["v", "$r38"];
const $t167 = ["v", "$r36"];
const $t168 = ["bin", "+", ["v", "$r35"], ["n", 1]];
const $t169 = [$t165];
const $t170 = ["v", "$r39"];
const $t171 = ["v", "$r40"];
const $t172 = ["v", "$r33"];
const $t173 = ["v", "$r41"];
const $t174 = ["v", "$r42"];
const $t175 = [$t174];
const $t176 = ["bin", "+", ["v", "count"], ["n", 1]];
const $t177 = ["bin", ">", ["v", "count"], ["n", 4]];
const $t178 = ["v", "count"];
const $t179 = [$t178];
const $s0 = $T.root();
$T.on && $T.let($s0, "v", $t1);
$T.on && $T.let($s0, "w", $t1);
$T.on && $T.decl($s0, "kind", kind, "F1");
$T.on && $T.decl($s0, "noDefault", noDefault, "F2");
$T.on && $T.let($s0, "out", $t2);
let out = $T.lit([]);
$T.on && $T.let($s0, "i$0", $t3);
let i$0 = 0;
$T.on && $T.loop($s0, "L1");
L1: while (true) {
  if ($T.on ? $T.exit($s0, "L1", $t4, !(i$0 < 5)) : !(i$0 < 5)) {
    break L1;
  }
  $T.on && $T.label($s0, "C1");
  C1: {
    if ($T.on ? $T.when($s0, $t5, i$0 === 1) : i$0 === 1) {
      $T.on && $T.brk($s0, "C1");
      break C1;
    }
    if ($T.on ? $T.when($s0, $t6, i$0 === 4) : i$0 === 4) {
      $T.on && $T.brk($s0, "L1");
      break L1;
    }
    $T.on ? $T.mcallv($s0, null, $t9, out, "push", out.push, $t8, [i$0]) : out.push(i$0);
    $T.on && $T.pop($s0);
  }
  $T.on && $T.set($s0, "i$0", $t10);
  i$0 = i$0 + 1;
}
$T.on && $T.let($s0, "j", $t3);
let j = 0;
$T.on && $T.loop($s0, "L2");
L2: while (true) {
  if ($T.on ? $T.exit($s0, "L2", $t11, !(j < 10)) : !(j < 10)) {
    break L2;
  }
  $T.on && $T.label($s0, "C2");
  C2: {
    $T.on && $T.set($s0, "j", $t12);
    j = j + 3;
    if ($T.on ? $T.when($s0, $t13, j === 6) : j === 6) {
      $T.on && $T.brk($s0, "C2");
      break C2;
    }
    $T.on ? $T.mcallv($s0, null, $t9, out, "push", out.push, $t15, ["w" + j]) : out.push("w" + j);
    $T.on && $T.pop($s0);
  }
}
$T.on && $T.let($s0, "k", $t3);
let k = 0;
$T.on && $T.let($s0, "$r1", $t16);
let $r1 = true;
$T.on && $T.loop($s0, "L3");
L3: while (true) {
  if ($T.on ? $T.exit($s0, "L3", $t17, !($r1 || k < 4)) : !($r1 || k < 4)) {
    break L3;
  }
  $T.on && $T.set($s0, "$r1", $t18);
  $r1 = false;
  $T.on && $T.label($s0, "C3");
  C3: {
    $T.on && $T.set($s0, "k", $t19);
    k = k + 1;
    if ($T.on ? $T.when($s0, $t20, k === 2) : k === 2) {
      $T.on && $T.brk($s0, "C3");
      break C3;
    }
    $T.on ? $T.mcallv($s0, null, $t9, out, "push", out.push, $t22, ["d" + k]) : out.push("d" + k);
    $T.on && $T.pop($s0);
  }
}
$T.on && $T.let($s0, "x$1", $t3);
let x$1 = 0;
$T.on && $T.loop($s0, "L4");
L4: while (true) {
  if ($T.on ? $T.exit($s0, "L4", $t23, !(x$1 < 3)) : !(x$1 < 3)) {
    break L4;
  }
  $T.on && $T.label($s0, "C4");
  C4: {
    $T.on && $T.let($s0, "y", $t3);
    let y = 0;
    $T.on && $T.loop($s0, "L5");
    L5: while (true) {
      if ($T.on ? $T.exit($s0, "L5", $t24, !(y < 3)) : !(y < 3)) {
        break L5;
      }
      if ($T.on ? $T.when($s0, $t25, y === 2) : y === 2) {
        $T.on && $T.brk($s0, "C4");
        break C4;
      }
      if ($T.on ? $T.when($s0, $t26, x$1 === 2) : x$1 === 2) {
        $T.on && $T.brk($s0, "L4");
        break L4;
      }
      $T.on ? $T.mcallv($s0, null, $t9, out, "push", out.push, $t28, [x$1 + ":" + y]) : out.push(x$1 + ":" + y);
      $T.on && $T.set($s0, "y", $t29);
      y = y + 1;
    }
    $T.on && $T.pop($s0);
  }
  $T.on && $T.set($s0, "x$1", $t30);
  x$1 = x$1 + 1;
}
$T.on && $T.set($s0, "v", $t3);
var v = 0;
$T.on && $T.set($s0, "w", $t31);
var w = 10;
$T.on && $T.loop($s0, "L6");
L6: while (true) {
  if ($T.on ? $T.exit($s0, "L6", $t32, !(v < w)) : !(v < w)) {
    break L6;
  }
  $T.on ? $T.mcallv($s0, null, $t9, out, "push", out.push, $t34, ["v" + v + w]) : out.push("v" + v + w);
  $T.on && $T.set($s0, "v", $t35);
  v = v + 4;
  $T.on && $T.set($s0, "w", $t36);
  w = w - 1;
}
let $r2 = $T.on ? $T.mcallv($s0, "$r2", $t9, out, "join", out.join, $t38, [" "]) : out.join(" ");
$T.on ? $T.mcallv($s0, null, $t43, console, "log", console.log, $t42, [$r2, v, w]) : console.log($r2, v, w);
function kind(x$2) {
  const $s1 = $T.enter($s0, "F1", $t44);
  $T.on && $T.let($s1, "r$3", $t45);
  let r$3 = "";
  $T.on && $T.let($s1, "$r3", $t46);
  let $r3 = -1;
  if ($T.on ? $T.when($s1, $t47, x$2 === 1) : x$2 === 1) {
    $T.on && $T.set($s1, "$r3", $t3);
    $r3 = 0;
    $T.on && $T.pop($s1);
  }
  if ($T.on ? $T.when($s1, $t48, $r3 === -1) : $r3 === -1) {
    if ($T.on ? $T.when($s1, $t49, x$2 === 2) : x$2 === 2) {
      $T.on && $T.set($s1, "$r3", $t50);
      $r3 = 1;
      $T.on && $T.pop($s1);
    }
    $T.on && $T.pop($s1);
  }
  if ($T.on ? $T.when($s1, $t48, $r3 === -1) : $r3 === -1) {
    if ($T.on ? $T.when($s1, $t51, x$2 === 3) : x$2 === 3) {
      $T.on && $T.set($s1, "$r3", $t52);
      $r3 = 3;
      $T.on && $T.pop($s1);
    }
    $T.on && $T.pop($s1);
  }
  if ($T.on ? $T.when($s1, $t48, $r3 === -1) : $r3 === -1) {
    $T.on && $T.set($s1, "$r3", $t53);
    $r3 = 2;
    $T.on && $T.pop($s1);
  }
  $T.on && $T.loop($s1, "L7");
  L7: while (true) {
    $T.on && $T.iter($s1);
    if ($T.on ? $T.when($s1, $t54, $r3 <= 0) : $r3 <= 0) {
      $T.on && $T.set($s1, "r$3", $t55);
      r$3 = r$3 + "one ";
      $T.on && $T.pop($s1);
    }
    if ($T.on ? $T.when($s1, $t56, $r3 <= 1) : $r3 <= 1) {
      $T.on && $T.set($s1, "r$3", $t57);
      r$3 = r$3 + "two ";
      $T.on && $T.brk($s1, "L7");
      break L7;
    }
    if ($T.on ? $T.when($s1, $t58, $r3 <= 2) : $r3 <= 2) {
      $T.on && $T.set($s1, "r$3", $t59);
      r$3 = r$3 + "other ";
      $T.on && $T.pop($s1);
    }
    if ($T.on ? $T.when($s1, $t60, $r3 <= 3) : $r3 <= 3) {
      $T.on && $T.set($s1, "r$3", $t61);
      r$3 = r$3 + "three ";
      $T.on && $T.pop($s1);
    }
    $T.on && $T.brk($s1, "L7");
    break L7;
  }
  $T.on && $T.ret($s1, $t62);
  return r$3;
}
let $r4 = $T.on ? $T.call($s0, "$r4", null, kind, $t63, [1]) : kind(1);
let $r5 = $T.on ? $T.call($s0, "$r5", null, kind, $t64, [2]) : kind(2);
let $r6 = $T.on ? $T.call($s0, "$r6", null, kind, $t65, [3]) : kind(3);
let $r7 = $T.on ? $T.call($s0, "$r7", null, kind, $t67, [9]) : kind(9);
$T.on ? $T.mcallv($s0, null, $t43, console, "log", console.log, $t73, [$r4, "|", $r5, "|", $r6, "|", $r7]) : console.log($r4, "|", $r5, "|", $r6, "|", $r7);
function noDefault(x$4) {
  const $s1 = $T.enter($s0, "F2", $t74);
  $T.on && $T.let($s1, "r$5", $t75);
  let r$5 = "none";
  $T.on && $T.let($s1, "$r8", $t76);
  let $r8 = typeof x$4;
  $T.on && $T.let($s1, "$r9", $t46);
  let $r9 = -1;
  if ($T.on ? $T.when($s1, $t77, $r8 === "number") : $r8 === "number") {
    $T.on && $T.set($s1, "$r9", $t3);
    $r9 = 0;
    $T.on && $T.pop($s1);
  }
  if ($T.on ? $T.when($s1, $t78, $r9 === -1) : $r9 === -1) {
    if ($T.on ? $T.when($s1, $t79, $r8 === "string") : $r8 === "string") {
      $T.on && $T.set($s1, "$r9", $t50);
      $r9 = 1;
      $T.on && $T.pop($s1);
    }
    $T.on && $T.pop($s1);
  }
  if ($T.on ? $T.when($s1, $t78, $r9 === -1) : $r9 === -1) {
    $T.on && $T.set($s1, "$r9", $t53);
    $r9 = 2;
    $T.on && $T.pop($s1);
  }
  $T.on && $T.loop($s1, "L8");
  L8: while (true) {
    $T.on && $T.iter($s1);
    if ($T.on ? $T.when($s1, $t80, $r9 <= 0) : $r9 <= 0) {
      $T.on && $T.set($s1, "r$5", $t81);
      r$5 = "num";
      $T.on && $T.brk($s1, "L8");
      break L8;
    }
    if ($T.on ? $T.when($s1, $t82, $r9 <= 1) : $r9 <= 1) {
      $T.on && $T.set($s1, "r$5", $t83);
      r$5 = "str";
      $T.on && $T.brk($s1, "L8");
      break L8;
    }
    $T.on && $T.brk($s1, "L8");
    break L8;
  }
  $T.on && $T.ret($s1, $t84);
  return r$5;
}
let $r10 = $T.on ? $T.call($s0, "$r10", null, noDefault, $t63, [1]) : noDefault(1);
let $r11 = $T.on ? $T.call($s0, "$r11", null, noDefault, $t86, ["a"]) : noDefault("a");
let $r12 = $T.on ? $T.call($s0, "$r12", null, noDefault, $t88, [null]) : noDefault(null);
$T.on ? $T.mcallv($s0, null, $t43, console, "log", console.log, $t92, [$r10, $r11, $r12]) : console.log($r10, $r11, $r12);
$T.on && $T.let($s0, "seen", $t2);
let seen = $T.lit([]);
$T.on && $T.let($s0, "i$6", $t3);
let i$6 = 0;
$T.on && $T.loop($s0, "L9");
L9: while (true) {
  if ($T.on ? $T.exit($s0, "L9", $t93, !(i$6 < 6)) : !(i$6 < 6)) {
    break L9;
  }
  $T.on && $T.label($s0, "C9");
  C9: {
    $T.on && $T.let($s0, "$r13", $t94);
    let $r13 = i$6 % 3;
    $T.on && $T.let($s0, "$r14", $t46);
    let $r14 = -1;
    if ($T.on ? $T.when($s0, $t95, $r13 === 0) : $r13 === 0) {
      $T.on && $T.set($s0, "$r14", $t3);
      $r14 = 0;
      $T.on && $T.pop($s0);
    }
    if ($T.on ? $T.when($s0, $t96, $r14 === -1) : $r14 === -1) {
      if ($T.on ? $T.when($s0, $t97, $r13 === 1) : $r13 === 1) {
        $T.on && $T.set($s0, "$r14", $t50);
        $r14 = 1;
        $T.on && $T.pop($s0);
      }
      $T.on && $T.pop($s0);
    }
    if ($T.on ? $T.when($s0, $t96, $r14 === -1) : $r14 === -1) {
      $T.on && $T.set($s0, "$r14", $t53);
      $r14 = 2;
      $T.on && $T.pop($s0);
    }
    $T.on && $T.loop($s0, "L10");
    L10: while (true) {
      $T.on && $T.iter($s0);
      if ($T.on ? $T.when($s0, $t98, $r14 <= 0) : $r14 <= 0) {
        $T.on && $T.brk($s0, "C9");
        break C9;
      }
      if ($T.on ? $T.when($s0, $t99, $r14 <= 1) : $r14 <= 1) {
        $T.on ? $T.mcallv($s0, null, $t102, seen, "push", seen.push, $t101, ["one" + i$6]) : seen.push("one" + i$6);
        $T.on && $T.brk($s0, "L10");
        break L10;
      }
      $T.on && $T.brk($s0, "L10");
      break L10;
    }
    $T.on ? $T.mcallv($s0, null, $t102, seen, "push", seen.push, $t104, ["after" + i$6]) : seen.push("after" + i$6);
    $T.on && $T.pop($s0);
  }
  $T.on && $T.set($s0, "i$6", $t105);
  i$6 = i$6 + 1;
}
let $r15 = $T.on ? $T.mcallv($s0, "$r15", $t102, seen, "join", seen.join, $t107, [","]) : seen.join(",");
$T.on ? $T.mcallv($s0, null, $t43, console, "log", console.log, $t109, [$r15]) : console.log($r15);
$T.on && $T.let($s0, "fns", $t2);
let fns = $T.lit([]);
$T.on && $T.let($s0, "$r16", $t3);
let $r16 = 0;
$T.on && $T.loop($s0, "L11");
L11: while (true) {
  $T.on && $T.iter($s0);
  const $s1 = $T.block($s0);
  $T.on && $T.let($s1, "i$7", $t110);
  let i$7 = $r16;
  if ($T.on ? $T.when($s1, $t111, !(i$7 < 3)) : !(i$7 < 3)) {
    $T.on && $T.brk($s1, "L11");
    break L11;
  }
  $T.mcallv($s1, null, $t116, fns, "push", fns.push, $t113, [$T.fn(function () {
    const $s2 = $T.enter($s1, "F3", $t114);
    $T.on && $T.ret($s2, $t115);
    return i$7;
  }, "F3", $s1)]);
  $T.on && $T.set($s1, "i$7", $t117);
  i$7 = i$7 + 0;
  $T.on && $T.set($s1, "$r16", $t115);
  $r16 = i$7;
  $T.on && $T.set($s1, "$r16", $t118);
  $r16 = $r16 + 1;
}
$T.on && $T.let($s0, "$r18", $t116);
let $r18 = fns;
$T.on && $T.let($s0, "$r19", $t119);
let $r19 = $T.fn(function (f$8) {
  const $s1 = $T.enter($s0, "F4", $t120);
  let $r17 = $T.on ? $T.call($s1, "$r17", $t121, f$8, $t114, []) : f$8();
  $T.on && $T.ret($s1, $t122);
  return $r17;
}, "F4", $s0);
$T.on && $T.let($s0, "$r20", $t1);
let $r20;
if ($T.if($s0, $t123, $T.arrayFits($r18, "map"))) {
  if ($T.on ? $T.if($s0, $t124, typeof $r19 === "function") : typeof $r19 === "function") {
    $T.on && $T.let($s0, "$r21", $t125);
    let $r21 = $r18.length;
    $T.on && $T.let($s0, "$r23", $t2);
    let $r23 = $T.lit([]);
    $T.on && $T.let($s0, "$r22", $t3);
    let $r22 = 0;
    $T.on && $T.loop($s0, "L1000046");
    L1000046: while (true) {
      if ($T.on ? $T.exit($s0, "L1000046", $t126, !($r22 < $r21)) : !($r22 < $r21)) {
        break L1000046;
      }
      if ($T.if($s0, $t127, $T.present($r18, $r22))) {
        $T.on && $T.let($s0, "$r24", $t128);
        let $r24 = $r18[$r22];
        let $r25 = $T.on ? $T.call($s0, "$r25", $t133, $r19, $t132, [$r24, $r22, $r18]) : $r19($r24, $r22, $r18);
        $T.on && $T.put($s0, $t135, $t130, $t134, $r23, $r22);
        $r23[$r22] = $r25;
        $T.on && $T.pop($s0);
      } else {
        $T.on && $T.unknown($s0);
        $r23.length = $r21;
        $T.on && $T.pop($s0);
      }
      $T.on && $T.set($s0, "$r22", $t136);
      $r22 = $r22 + 1;
    }
    $T.on && $T.set($s0, "$r20", $t135);
    $r20 = $r23;
    $T.on && $T.pop($s0);
  } else {
    let $r26 = $T.on ? $T.mcallv($s0, "$r26", $t131, $r18, "map", $r18.map, $t137, [$r19]) : $r18.map($r19);
    $T.on && $T.set($s0, "$r20", $t138);
    $r20 = $r26;
    $T.on && $T.pop($s0);
  }
  $T.on && $T.pop($s0);
} else {
  let $r27 = $T.on ? $T.mcallv($s0, "$r27", $t131, $r18, "map", $r18.map, $t137, [$r19]) : $r18.map($r19);
  $T.on && $T.set($s0, "$r20", $t139);
  $r20 = $r27;
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r28", $t140);
let $r28 = $r20;
let $r29 = $T.on ? $T.mcallv($s0, "$r29", $t141, $r28, "join", $r28.join, $t107, [","]) : $r28.join(",");
$T.on ? $T.mcallv($s0, null, $t43, console, "log", console.log, $t143, [$r29]) : console.log($r29);
$T.on && $T.let($s0, "blockFns", $t2);
let blockFns = $T.lit([]);
$T.on && $T.let($s0, "m", $t3);
let m = 0;
$T.on && $T.loop($s0, "L12");
L12: while (true) {
  if ($T.on ? $T.exit($s0, "L12", $t144, !(m < 3)) : !(m < 3)) {
    break L12;
  }
  const $s1 = $T.block($s0);
  $T.on && $T.let($s1, "captured", $t145);
  const captured = m * 10;
  $T.mcallv($s1, null, $t149, blockFns, "push", blockFns.push, $t147, [$T.fn(() => {
    const $s2 = $T.enter($s1, "F5", $t114);
    $T.on && $T.ret($s2, $t148);
    return captured;
  }, "F5", $s1)]);
  $T.on && $T.set($s1, "m", $t150);
  m = m + 1;
}
$T.on && $T.let($s0, "$r31", $t149);
let $r31 = blockFns;
$T.on && $T.let($s0, "$r32", $t151);
let $r32 = $T.fn((f$9) => {
  const $s1 = $T.enter($s0, "F6", $t152);
  let $r30 = $T.on ? $T.call($s1, "$r30", $t153, f$9, $t114, []) : f$9();
  $T.on && $T.ret($s1, $t154);
  return $r30;
}, "F6", $s0);
$T.on && $T.let($s0, "$r33", $t1);
let $r33;
if ($T.if($s0, $t155, $T.arrayFits($r31, "map"))) {
  if ($T.on ? $T.if($s0, $t156, typeof $r32 === "function") : typeof $r32 === "function") {
    $T.on && $T.let($s0, "$r34", $t157);
    let $r34 = $r31.length;
    $T.on && $T.let($s0, "$r36", $t2);
    let $r36 = $T.lit([]);
    $T.on && $T.let($s0, "$r35", $t3);
    let $r35 = 0;
    $T.on && $T.loop($s0, "L1000059");
    L1000059: while (true) {
      if ($T.on ? $T.exit($s0, "L1000059", $t158, !($r35 < $r34)) : !($r35 < $r34)) {
        break L1000059;
      }
      if ($T.if($s0, $t159, $T.present($r31, $r35))) {
        $T.on && $T.let($s0, "$r37", $t160);
        let $r37 = $r31[$r35];
        let $r38 = $T.on ? $T.call($s0, "$r38", $t165, $r32, $t164, [$r37, $r35, $r31]) : $r32($r37, $r35, $r31);
        $T.on && $T.put($s0, $t167, $t162, $t166, $r36, $r35);
        $r36[$r35] = $r38;
        $T.on && $T.pop($s0);
      } else {
        $T.on && $T.unknown($s0);
        $r36.length = $r34;
        $T.on && $T.pop($s0);
      }
      $T.on && $T.set($s0, "$r35", $t168);
      $r35 = $r35 + 1;
    }
    $T.on && $T.set($s0, "$r33", $t167);
    $r33 = $r36;
    $T.on && $T.pop($s0);
  } else {
    let $r39 = $T.on ? $T.mcallv($s0, "$r39", $t163, $r31, "map", $r31.map, $t169, [$r32]) : $r31.map($r32);
    $T.on && $T.set($s0, "$r33", $t170);
    $r33 = $r39;
    $T.on && $T.pop($s0);
  }
  $T.on && $T.pop($s0);
} else {
  let $r40 = $T.on ? $T.mcallv($s0, "$r40", $t163, $r31, "map", $r31.map, $t169, [$r32]) : $r31.map($r32);
  $T.on && $T.set($s0, "$r33", $t171);
  $r33 = $r40;
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r41", $t172);
let $r41 = $r33;
let $r42 = $T.on ? $T.mcallv($s0, "$r42", $t173, $r41, "join", $r41.join, $t107, [","]) : $r41.join(",");
$T.on ? $T.mcallv($s0, null, $t43, console, "log", console.log, $t175, [$r42]) : console.log($r42);
$T.on && $T.let($s0, "count", $t3);
let count = 0;
$T.on && $T.loop($s0, "L13");
L13: while (true) {
  $T.on && $T.iter($s0);
  $T.on && $T.set($s0, "count", $t176);
  count = count + 1;
  if ($T.on ? $T.when($s0, $t177, count > 4) : count > 4) {
    $T.on && $T.brk($s0, "L13");
    break L13;
  }
}
$T.on ? $T.mcallv($s0, null, $t43, console, "log", console.log, $t179, [count]) : console.log(count);
$T.end();
