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
const $t16 = ["bin", "+", ["v", "k"], ["n", 1]];
const $t17 = ["bin", "===", ["v", "k"], ["n", 2]];
const $t18 = ["bin", "+", ["s", "d"], ["v", "k"]];
const $t19 = [$t18];
const $t20 = ["un", "!", ["bin", "<", ["v", "k"], ["n", 4]]];
const $t21 = ["un", "!", ["bin", "<", ["v", "x$1"], ["n", 3]]];
const $t22 = ["un", "!", ["bin", "<", ["v", "y"], ["n", 3]]];
const $t23 = ["bin", "===", ["v", "y"], ["n", 2]];
const $t24 = ["bin", "===", ["v", "x$1"], ["n", 2]];
const $t25 = ["bin", "+", ["bin", "+", ["v", "x$1"], ["s", ":"]], ["v", "y"]];
const $t26 = [$t25];
const $t27 = ["bin", "+", ["v", "y"], ["n", 1]];
const $t28 = ["bin", "+", ["v", "x$1"], ["n", 1]];
const $t29 = ["n", 10];
const $t30 = ["un", "!", ["bin", "<", ["v", "v"], ["v", "w"]]];
const $t31 = ["bin", "+", ["bin", "+", ["s", "v"], ["v", "v"]], ["v", "w"]];
const $t32 = [$t31];
const $t33 = ["bin", "+", ["v", "v"], ["n", 4]];
const $t34 = ["bin", "-", ["v", "w"], ["n", 1]];
const $t35 = ["s", " "];
const $t36 = [$t35];
const $t37 = ["v", "$r1"];
const $t38 = ["v", "v"];
const $t39 = ["v", "w"];
const $t40 = [$t37, $t38, $t39];
const $t41 = ["g", "console"];
const $t42 = ["x$2"];
const $t43 = ["s", ""];
const $t44 = ["n", -1];
const $t45 = ["bin", "===", ["v", "x$2"], ["n", 1]];
const $t46 = ["bin", "===", ["v", "$r2"], ["n", -1]];
const $t47 = ["bin", "===", ["v", "x$2"], ["n", 2]];
const $t48 = ["n", 1];
const $t49 = ["bin", "===", ["v", "x$2"], ["n", 3]];
const $t50 = ["n", 3];
const $t51 = ["n", 2];
const $t52 = ["bin", "<=", ["v", "$r2"], ["n", 0]];
const $t53 = ["bin", "+", ["v", "r$3"], ["s", "one "]];
const $t54 = ["bin", "<=", ["v", "$r2"], ["n", 1]];
const $t55 = ["bin", "+", ["v", "r$3"], ["s", "two "]];
const $t56 = ["bin", "<=", ["v", "$r2"], ["n", 2]];
const $t57 = ["bin", "+", ["v", "r$3"], ["s", "other "]];
const $t58 = ["bin", "<=", ["v", "$r2"], ["n", 3]];
const $t59 = ["bin", "+", ["v", "r$3"], ["s", "three "]];
const $t60 = ["v", "r$3"];
const $t61 = [$t48];
const $t62 = [$t51];
const $t63 = [$t50];
const $t64 = ["n", 9];
const $t65 = [$t64];
const $t66 = ["v", "$r3"];
const $t67 = ["s", "|"];
const $t68 = ["v", "$r4"];
const $t69 = ["v", "$r5"];
const $t70 = ["v", "$r6"];
const $t71 = [$t66, $t67, $t68, $t67, $t69, $t67, $t70];
const $t72 = ["x$4"];
const $t73 = ["s", "none"];
const $t74 = ["un", "typeof", ["v", "x$4"]];
const $t75 = ["bin", "===", ["v", "$r7"], ["s", "number"]];
const $t76 = ["bin", "===", ["v", "$r8"], ["n", -1]];
const $t77 = ["bin", "===", ["v", "$r7"], ["s", "string"]];
const $t78 = ["bin", "<=", ["v", "$r8"], ["n", 0]];
const $t79 = ["s", "num"];
const $t80 = ["bin", "<=", ["v", "$r8"], ["n", 1]];
const $t81 = ["s", "str"];
const $t82 = ["v", "r$5"];
const $t83 = ["s", "a"];
const $t84 = [$t83];
const $t85 = ["null"];
const $t86 = [$t85];
const $t87 = ["v", "$r9"];
const $t88 = ["v", "$r10"];
const $t89 = ["v", "$r11"];
const $t90 = [$t87, $t88, $t89];
const $t91 = ["un", "!", ["bin", "<", ["v", "i$6"], ["n", 6]]];
const $t92 = ["bin", "%", ["v", "i$6"], ["n", 3]];
const $t93 = ["bin", "===", ["v", "$r12"], ["n", 0]];
const $t94 = ["bin", "===", ["v", "$r13"], ["n", -1]];
const $t95 = ["bin", "===", ["v", "$r12"], ["n", 1]];
const $t96 = ["bin", "<=", ["v", "$r13"], ["n", 0]];
const $t97 = ["bin", "<=", ["v", "$r13"], ["n", 1]];
const $t98 = ["bin", "+", ["s", "one"], ["v", "i$6"]];
const $t99 = [$t98];
const $t100 = ["v", "seen"];
const $t101 = ["bin", "+", ["s", "after"], ["v", "i$6"]];
const $t102 = [$t101];
const $t103 = ["bin", "+", ["v", "i$6"], ["n", 1]];
const $t104 = ["s", ","];
const $t105 = [$t104];
const $t106 = ["v", "$r14"];
const $t107 = [$t106];
const $t108 = ["v", "$r15"];
const $t109 = ["un", "!", ["bin", "<", ["v", "i$7"], ["n", 3]]];
const $t110 = ["fn", "F3"];
const $t111 = [$t110];
const $t112 = [];
const $t113 = ["v", "i$7"];
const $t114 = ["v", "fns"];
const $t115 = ["bin", "+", ["v", "i$7"], ["n", 0]];
const $t116 = ["bin", "+", ["v", "$r15"], ["n", 1]];
const $t117 = ["fn", "F4"];
const $t118 = [$t117];
const $t119 = ["f$8"];
const $t120 = ["v", "f$8"];
const $t121 = ["v", "$r16"];
const $t122 = ["v", "$r17"];
const $t123 = ["v", "$r18"];
const $t124 = [$t123];
const $t125 = ["un", "!", ["bin", "<", ["v", "m"], ["n", 3]]];
const $t126 = ["bin", "*", ["v", "m"], ["n", 10]];
const $t127 = ["fn", "F5"];
const $t128 = [$t127];
const $t129 = ["v", "captured"];
const $t130 = ["v", "blockFns"];
const $t131 = ["bin", "+", ["v", "m"], ["n", 1]];
const $t132 = ["fn", "F6"];
const $t133 = [$t132];
const $t134 = ["f$9"];
const $t135 = ["v", "f$9"];
const $t136 = ["v", "$r19"];
const $t137 = ["v", "$r20"];
const $t138 = ["v", "$r21"];
const $t139 = [$t138];
const $t140 = ["bin", "+", ["v", "count"], ["n", 1]];
const $t141 = ["bin", ">", ["v", "count"], ["n", 4]];
const $t142 = ["v", "count"];
const $t143 = [$t142];
const $s0 = $T.root();
$T.let($s0, "v", $t1);
$T.let($s0, "w", $t1);
$T.decl($s0, "kind", kind, "F1");
$T.decl($s0, "noDefault", noDefault, "F2");
$T.let($s0, "out", $t2);
let out = $T.lit([]);
$T.let($s0, "i$0", $t3);
let i$0 = 0;
$T.loop($s0, "L1");
L1: while (true) {
  if ($T.exit($s0, "L1", $t4, !(i$0 < 5))) {
    break L1;
  }
  $T.label($s0, "C1");
  C1: {
    if ($T.when($s0, $t5, i$0 === 1)) {
      $T.brk($s0, "C1");
      break C1;
    }
    if ($T.when($s0, $t6, i$0 === 4)) {
      $T.brk($s0, "L1");
      break L1;
    }
    $T.mcallv($s0, null, $t9, out, "push", out.push, $t8, [i$0]);
    $T.pop($s0);
  }
  $T.set($s0, "i$0", $t10);
  i$0 = i$0 + 1;
}
$T.let($s0, "j", $t3);
let j = 0;
$T.loop($s0, "L2");
L2: while (true) {
  if ($T.exit($s0, "L2", $t11, !(j < 10))) {
    break L2;
  }
  $T.label($s0, "C2");
  C2: {
    $T.set($s0, "j", $t12);
    j = j + 3;
    if ($T.when($s0, $t13, j === 6)) {
      $T.brk($s0, "C2");
      break C2;
    }
    $T.mcallv($s0, null, $t9, out, "push", out.push, $t15, ["w" + j]);
    $T.pop($s0);
  }
}
$T.let($s0, "k", $t3);
let k = 0;
$T.loop($s0, "L3");
L3: while (true) {
  $T.iter($s0);
  $T.label($s0, "C3");
  C3: {
    $T.set($s0, "k", $t16);
    k = k + 1;
    if ($T.when($s0, $t17, k === 2)) {
      $T.brk($s0, "C3");
      break C3;
    }
    $T.mcallv($s0, null, $t9, out, "push", out.push, $t19, ["d" + k]);
    $T.pop($s0);
  }
  if ($T.when($s0, $t20, !(k < 4))) {
    $T.brk($s0, "L3");
    break L3;
  }
}
$T.let($s0, "x$1", $t3);
let x$1 = 0;
$T.loop($s0, "L4");
L4: while (true) {
  if ($T.exit($s0, "L4", $t21, !(x$1 < 3))) {
    break L4;
  }
  $T.label($s0, "C4");
  C4: {
    $T.let($s0, "y", $t3);
    let y = 0;
    $T.loop($s0, "L5");
    L5: while (true) {
      if ($T.exit($s0, "L5", $t22, !(y < 3))) {
        break L5;
      }
      if ($T.when($s0, $t23, y === 2)) {
        $T.brk($s0, "C4");
        break C4;
      }
      if ($T.when($s0, $t24, x$1 === 2)) {
        $T.brk($s0, "L4");
        break L4;
      }
      $T.mcallv($s0, null, $t9, out, "push", out.push, $t26, [x$1 + ":" + y]);
      $T.set($s0, "y", $t27);
      y = y + 1;
    }
    $T.pop($s0);
  }
  $T.set($s0, "x$1", $t28);
  x$1 = x$1 + 1;
}
$T.set($s0, "v", $t3);
var v = 0;
$T.set($s0, "w", $t29);
var w = 10;
$T.loop($s0, "L6");
L6: while (true) {
  if ($T.exit($s0, "L6", $t30, !(v < w))) {
    break L6;
  }
  $T.mcallv($s0, null, $t9, out, "push", out.push, $t32, ["v" + v + w]);
  $T.set($s0, "v", $t33);
  v = v + 4;
  $T.set($s0, "w", $t34);
  w = w - 1;
}
let $r1 = $T.mcallv($s0, "$r1", $t9, out, "join", out.join, $t36, [" "]);
$T.mcallv($s0, null, $t41, console, "log", console.log, $t40, [$r1, v, w]);
function kind(x$2) {
  const $s1 = $T.enter($s0, "F1", $t42);
  $T.let($s1, "r$3", $t43);
  let r$3 = "";
  $T.let($s1, "$r2", $t44);
  let $r2 = -1;
  if ($T.when($s1, $t45, x$2 === 1)) {
    $T.set($s1, "$r2", $t3);
    $r2 = 0;
    $T.pop($s1);
  }
  if ($T.when($s1, $t46, $r2 === -1)) {
    if ($T.when($s1, $t47, x$2 === 2)) {
      $T.set($s1, "$r2", $t48);
      $r2 = 1;
      $T.pop($s1);
    }
    $T.pop($s1);
  }
  if ($T.when($s1, $t46, $r2 === -1)) {
    if ($T.when($s1, $t49, x$2 === 3)) {
      $T.set($s1, "$r2", $t50);
      $r2 = 3;
      $T.pop($s1);
    }
    $T.pop($s1);
  }
  if ($T.when($s1, $t46, $r2 === -1)) {
    $T.set($s1, "$r2", $t51);
    $r2 = 2;
    $T.pop($s1);
  }
  $T.loop($s1, "L7");
  L7: while (true) {
    $T.iter($s1);
    if ($T.when($s1, $t52, $r2 <= 0)) {
      $T.set($s1, "r$3", $t53);
      r$3 = r$3 + "one ";
      $T.pop($s1);
    }
    if ($T.when($s1, $t54, $r2 <= 1)) {
      $T.set($s1, "r$3", $t55);
      r$3 = r$3 + "two ";
      $T.brk($s1, "L7");
      break L7;
    }
    if ($T.when($s1, $t56, $r2 <= 2)) {
      $T.set($s1, "r$3", $t57);
      r$3 = r$3 + "other ";
      $T.pop($s1);
    }
    if ($T.when($s1, $t58, $r2 <= 3)) {
      $T.set($s1, "r$3", $t59);
      r$3 = r$3 + "three ";
      $T.pop($s1);
    }
    $T.brk($s1, "L7");
    break L7;
  }
  $T.ret($s1, $t60);
  return r$3;
}
let $r3 = $T.on ? $T.call($s0, "$r3", null, kind, $t61, [1]) : kind(1);
let $r4 = $T.on ? $T.call($s0, "$r4", null, kind, $t62, [2]) : kind(2);
let $r5 = $T.on ? $T.call($s0, "$r5", null, kind, $t63, [3]) : kind(3);
let $r6 = $T.on ? $T.call($s0, "$r6", null, kind, $t65, [9]) : kind(9);
$T.mcallv($s0, null, $t41, console, "log", console.log, $t71, [$r3, "|", $r4, "|", $r5, "|", $r6]);
function noDefault(x$4) {
  const $s1 = $T.enter($s0, "F2", $t72);
  $T.let($s1, "r$5", $t73);
  let r$5 = "none";
  $T.let($s1, "$r7", $t74);
  let $r7 = typeof x$4;
  $T.let($s1, "$r8", $t44);
  let $r8 = -1;
  if ($T.when($s1, $t75, $r7 === "number")) {
    $T.set($s1, "$r8", $t3);
    $r8 = 0;
    $T.pop($s1);
  }
  if ($T.when($s1, $t76, $r8 === -1)) {
    if ($T.when($s1, $t77, $r7 === "string")) {
      $T.set($s1, "$r8", $t48);
      $r8 = 1;
      $T.pop($s1);
    }
    $T.pop($s1);
  }
  if ($T.when($s1, $t76, $r8 === -1)) {
    $T.set($s1, "$r8", $t51);
    $r8 = 2;
    $T.pop($s1);
  }
  $T.loop($s1, "L8");
  L8: while (true) {
    $T.iter($s1);
    if ($T.when($s1, $t78, $r8 <= 0)) {
      $T.set($s1, "r$5", $t79);
      r$5 = "num";
      $T.brk($s1, "L8");
      break L8;
    }
    if ($T.when($s1, $t80, $r8 <= 1)) {
      $T.set($s1, "r$5", $t81);
      r$5 = "str";
      $T.brk($s1, "L8");
      break L8;
    }
    $T.brk($s1, "L8");
    break L8;
  }
  $T.ret($s1, $t82);
  return r$5;
}
let $r9 = $T.on ? $T.call($s0, "$r9", null, noDefault, $t61, [1]) : noDefault(1);
let $r10 = $T.on ? $T.call($s0, "$r10", null, noDefault, $t84, ["a"]) : noDefault("a");
let $r11 = $T.on ? $T.call($s0, "$r11", null, noDefault, $t86, [null]) : noDefault(null);
$T.mcallv($s0, null, $t41, console, "log", console.log, $t90, [$r9, $r10, $r11]);
$T.let($s0, "seen", $t2);
let seen = $T.lit([]);
$T.let($s0, "i$6", $t3);
let i$6 = 0;
$T.loop($s0, "L9");
L9: while (true) {
  if ($T.exit($s0, "L9", $t91, !(i$6 < 6))) {
    break L9;
  }
  $T.label($s0, "C9");
  C9: {
    $T.let($s0, "$r12", $t92);
    let $r12 = i$6 % 3;
    $T.let($s0, "$r13", $t44);
    let $r13 = -1;
    if ($T.when($s0, $t93, $r12 === 0)) {
      $T.set($s0, "$r13", $t3);
      $r13 = 0;
      $T.pop($s0);
    }
    if ($T.when($s0, $t94, $r13 === -1)) {
      if ($T.when($s0, $t95, $r12 === 1)) {
        $T.set($s0, "$r13", $t48);
        $r13 = 1;
        $T.pop($s0);
      }
      $T.pop($s0);
    }
    if ($T.when($s0, $t94, $r13 === -1)) {
      $T.set($s0, "$r13", $t51);
      $r13 = 2;
      $T.pop($s0);
    }
    $T.loop($s0, "L10");
    L10: while (true) {
      $T.iter($s0);
      if ($T.when($s0, $t96, $r13 <= 0)) {
        $T.brk($s0, "C9");
        break C9;
      }
      if ($T.when($s0, $t97, $r13 <= 1)) {
        $T.mcallv($s0, null, $t100, seen, "push", seen.push, $t99, ["one" + i$6]);
        $T.brk($s0, "L10");
        break L10;
      }
      $T.brk($s0, "L10");
      break L10;
    }
    $T.mcallv($s0, null, $t100, seen, "push", seen.push, $t102, ["after" + i$6]);
    $T.pop($s0);
  }
  $T.set($s0, "i$6", $t103);
  i$6 = i$6 + 1;
}
let $r14 = $T.mcallv($s0, "$r14", $t100, seen, "join", seen.join, $t105, [","]);
$T.mcallv($s0, null, $t41, console, "log", console.log, $t107, [$r14]);
$T.let($s0, "fns", $t2);
let fns = $T.lit([]);
$T.let($s0, "$r15", $t3);
let $r15 = 0;
$T.loop($s0, "L11");
L11: while (true) {
  $T.iter($s0);
  const $s1 = $T.block($s0);
  $T.let($s1, "i$7", $t108);
  let i$7 = $r15;
  if ($T.when($s1, $t109, !(i$7 < 3))) {
    $T.brk($s1, "L11");
    break L11;
  }
  $T.mcallv($s1, null, $t114, fns, "push", fns.push, $t111, [$T.fn(function () {
    const $s2 = $T.enter($s1, "F3", $t112);
    $T.ret($s2, $t113);
    return i$7;
  }, "F3", $s1)]);
  $T.set($s1, "i$7", $t115);
  i$7 = i$7 + 0;
  $T.set($s1, "$r15", $t113);
  $r15 = i$7;
  $T.set($s1, "$r15", $t116);
  $r15 = $r15 + 1;
}
let $r17 = $T.mcallv($s0, "$r17", $t114, fns, "map", fns.map, $t118, [$T.fn(function (f$8) {
  const $s1 = $T.enter($s0, "F4", $t119);
  let $r16 = $T.on ? $T.call($s1, "$r16", $t120, f$8, $t112, []) : f$8();
  $T.ret($s1, $t121);
  return $r16;
}, "F4", $s0)]);
let $r18 = $T.mcallv($s0, "$r18", $t122, $r17, "join", $r17.join, $t105, [","]);
$T.mcallv($s0, null, $t41, console, "log", console.log, $t124, [$r18]);
$T.let($s0, "blockFns", $t2);
let blockFns = $T.lit([]);
$T.let($s0, "m", $t3);
let m = 0;
$T.loop($s0, "L12");
L12: while (true) {
  if ($T.exit($s0, "L12", $t125, !(m < 3))) {
    break L12;
  }
  const $s1 = $T.block($s0);
  $T.let($s1, "captured", $t126);
  const captured = m * 10;
  $T.mcallv($s1, null, $t130, blockFns, "push", blockFns.push, $t128, [$T.fn(() => {
    const $s2 = $T.enter($s1, "F5", $t112);
    $T.ret($s2, $t129);
    return captured;
  }, "F5", $s1)]);
  $T.set($s1, "m", $t131);
  m = m + 1;
}
let $r20 = $T.mcallv($s0, "$r20", $t130, blockFns, "map", blockFns.map, $t133, [$T.fn((f$9) => {
  const $s1 = $T.enter($s0, "F6", $t134);
  let $r19 = $T.on ? $T.call($s1, "$r19", $t135, f$9, $t112, []) : f$9();
  $T.ret($s1, $t136);
  return $r19;
}, "F6", $s0)]);
let $r21 = $T.mcallv($s0, "$r21", $t137, $r20, "join", $r20.join, $t105, [","]);
$T.mcallv($s0, null, $t41, console, "log", console.log, $t139, [$r21]);
$T.let($s0, "count", $t3);
let count = 0;
$T.loop($s0, "L13");
L13: while (true) {
  $T.iter($s0);
  $T.set($s0, "count", $t140);
  count = count + 1;
  if ($T.when($s0, $t141, count > 4)) {
    $T.brk($s0, "L13");
    break L13;
  }
}
$T.mcallv($s0, null, $t41, console, "log", console.log, $t143, [count]);
$T.end();
