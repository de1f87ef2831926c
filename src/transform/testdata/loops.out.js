const $T = require("containerless/tracing");
const $t1 = ["u"];
const $t2 = ["arr", []];
const $t3 = ["n", 0];
const $t4 = ["un", "!", ["bin", "<", ["v", "i$12"], ["n", 5]]];
const $t5 = ["bin", "===", ["v", "i$12"], ["n", 1]];
const $t6 = ["bin", "===", ["v", "i$12"], ["n", 4]];
const $t7 = ["v", "i$12"];
const $t8 = [$t7];
const $t9 = ["v", "out$0"];
const $t10 = ["bin", "+", ["v", "i$12"], ["n", 1]];
const $t11 = ["un", "!", ["bin", "<", ["v", "j$1"], ["n", 10]]];
const $t12 = ["bin", "+", ["v", "j$1"], ["n", 3]];
const $t13 = ["bin", "===", ["v", "j$1"], ["n", 6]];
const $t14 = ["bin", "+", ["s", "w"], ["v", "j$1"]];
const $t15 = [$t14];
const $t16 = ["bin", "+", ["v", "k$2"], ["n", 1]];
const $t17 = ["bin", "===", ["v", "k$2"], ["n", 2]];
const $t18 = ["bin", "+", ["s", "d"], ["v", "k$2"]];
const $t19 = [$t18];
const $t20 = ["un", "!", ["bin", "<", ["v", "k$2"], ["n", 4]]];
const $t21 = ["un", "!", ["bin", "<", ["v", "x$13"], ["n", 3]]];
const $t22 = ["un", "!", ["bin", "<", ["v", "y$14"], ["n", 3]]];
const $t23 = ["bin", "===", ["v", "y$14"], ["n", 2]];
const $t24 = ["bin", "===", ["v", "x$13"], ["n", 2]];
const $t25 = ["bin", "+", ["bin", "+", ["v", "x$13"], ["s", ":"]], ["v", "y$14"]];
const $t26 = [$t25];
const $t27 = ["bin", "+", ["v", "y$14"], ["n", 1]];
const $t28 = ["bin", "+", ["v", "x$13"], ["n", 1]];
const $t29 = ["n", 10];
const $t30 = ["un", "!", ["bin", "<", ["v", "v$3"], ["v", "w$4"]]];
const $t31 = ["bin", "+", ["bin", "+", ["s", "v"], ["v", "v$3"]], ["v", "w$4"]];
const $t32 = [$t31];
const $t33 = ["bin", "+", ["v", "v$3"], ["n", 4]];
const $t34 = ["bin", "-", ["v", "w$4"], ["n", 1]];
const $t35 = ["s", " "];
const $t36 = [$t35];
const $t37 = ["v", "$r1"];
const $t38 = ["v", "v$3"];
const $t39 = ["v", "w$4"];
const $t40 = [$t37, $t38, $t39];
const $t41 = ["g", "console"];
const $t42 = ["x$15"];
const $t43 = ["s", ""];
const $t44 = ["n", -1];
const $t45 = ["bin", "===", ["v", "x$15"], ["n", 1]];
const $t46 = ["bin", "===", ["v", "$r2"], ["n", -1]];
const $t47 = ["bin", "===", ["v", "x$15"], ["n", 2]];
const $t48 = ["n", 1];
const $t49 = ["bin", "===", ["v", "x$15"], ["n", 3]];
const $t50 = ["n", 3];
const $t51 = ["n", 2];
const $t52 = ["bin", "<=", ["v", "$r2"], ["n", 0]];
const $t53 = ["bin", "+", ["v", "r$16"], ["s", "one "]];
const $t54 = ["bin", "<=", ["v", "$r2"], ["n", 1]];
const $t55 = ["bin", "+", ["v", "r$16"], ["s", "two "]];
const $t56 = ["bin", "<=", ["v", "$r2"], ["n", 2]];
const $t57 = ["bin", "+", ["v", "r$16"], ["s", "other "]];
const $t58 = ["bin", "<=", ["v", "$r2"], ["n", 3]];
const $t59 = ["bin", "+", ["v", "r$16"], ["s", "three "]];
const $t60 = ["v", "r$16"];
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
const $t72 = ["x$17"];
const $t73 = ["s", "none"];
const $t74 = ["un", "typeof", ["v", "x$17"]];
const $t75 = ["bin", "===", ["v", "$r7"], ["s", "number"]];
const $t76 = ["bin", "===", ["v", "$r8"], ["n", -1]];
const $t77 = ["bin", "===", ["v", "$r7"], ["s", "string"]];
const $t78 = ["bin", "<=", ["v", "$r8"], ["n", 0]];
const $t79 = ["s", "num"];
const $t80 = ["bin", "<=", ["v", "$r8"], ["n", 1]];
const $t81 = ["s", "str"];
const $t82 = ["v", "r$18"];
const $t83 = ["s", "a"];
const $t84 = [$t83];
const $t85 = ["null"];
const $t86 = [$t85];
const $t87 = ["v", "$r9"];
const $t88 = ["v", "$r10"];
const $t89 = ["v", "$r11"];
const $t90 = [$t87, $t88, $t89];
const $t91 = ["un", "!", ["bin", "<", ["v", "i$19"], ["n", 6]]];
const $t92 = ["bin", "%", ["v", "i$19"], ["n", 3]];
const $t93 = ["bin", "===", ["v", "$r12"], ["n", 0]];
const $t94 = ["bin", "===", ["v", "$r13"], ["n", -1]];
const $t95 = ["bin", "===", ["v", "$r12"], ["n", 1]];
const $t96 = ["bin", "<=", ["v", "$r13"], ["n", 0]];
const $t97 = ["bin", "<=", ["v", "$r13"], ["n", 1]];
const $t98 = ["bin", "+", ["s", "one"], ["v", "i$19"]];
const $t99 = [$t98];
const $t100 = ["v", "seen$7"];
const $t101 = ["bin", "+", ["s", "after"], ["v", "i$19"]];
const $t102 = [$t101];
const $t103 = ["bin", "+", ["v", "i$19"], ["n", 1]];
const $t104 = ["s", ","];
const $t105 = [$t104];
const $t106 = ["v", "$r14"];
const $t107 = [$t106];
const $t108 = ["v", "$r15"];
const $t109 = ["un", "!", ["bin", "<", ["v", "i$20"], ["n", 3]]];
const $t110 = ["fn", "F3"];
const $t111 = [$t110];
const $t112 = [];
const $t113 = ["v", "i$20"];
const $t114 = ["v", "fns$8"];
const $t115 = ["bin", "+", ["v", "i$20"], ["n", 0]];
const $t116 = ["bin", "+", ["v", "$r15"], ["n", 1]];
const $t117 = ["fn", "F4"];
const $t118 = [$t117];
const $t119 = ["f$21"];
const $t120 = ["v", "f$21"];
const $t121 = ["v", "$r16"];
const $t122 = ["v", "$r17"];
const $t123 = ["v", "$r18"];
const $t124 = [$t123];
const $t125 = ["un", "!", ["bin", "<", ["v", "m$10"], ["n", 3]]];
const $t126 = ["bin", "*", ["v", "m$10"], ["n", 10]];
const $t127 = ["fn", "F5"];
const $t128 = [$t127];
const $t129 = ["v", "captured$22"];
const $t130 = ["v", "blockFns$9"];
const $t131 = ["bin", "+", ["v", "m$10"], ["n", 1]];
const $t132 = ["fn", "F6"];
const $t133 = [$t132];
const $t134 = ["f$23"];
const $t135 = ["v", "f$23"];
const $t136 = ["v", "$r19"];
const $t137 = ["v", "$r20"];
const $t138 = ["v", "$r21"];
const $t139 = [$t138];
const $t140 = ["bin", "+", ["v", "count$11"], ["n", 1]];
const $t141 = ["bin", ">", ["v", "count$11"], ["n", 4]];
const $t142 = ["v", "count$11"];
const $t143 = [$t142];
const $s0 = $T.root();
$T.let($s0, "v$3", $t1);
$T.let($s0, "w$4", $t1);
$T.decl($s0, "kind$5", kind$5, "F1");
$T.decl($s0, "noDefault$6", noDefault$6, "F2");
$T.let($s0, "out$0", $t2);
let out$0 = $T.lit([]);
$T.let($s0, "i$12", $t3);
let i$12 = 0;
$T.loop($s0, "L1");
L1: while (true) {
  if ($T.exit($s0, "L1", $t4, !(i$12 < 5))) {
    break L1;
  }
  $T.label($s0, "C1");
  C1: {
    if ($T.when($s0, $t5, i$12 === 1)) {
      $T.brk($s0, "C1");
      break C1;
    }
    if ($T.when($s0, $t6, i$12 === 4)) {
      $T.brk($s0, "L1");
      break L1;
    }
    $T.mcallv($s0, null, $t9, out$0, "push", out$0.push, $t8, [i$12]);
    $T.pop($s0);
  }
  $T.set($s0, "i$12", $t10);
  i$12 = i$12 + 1;
}
$T.let($s0, "j$1", $t3);
let j$1 = 0;
$T.loop($s0, "L2");
L2: while (true) {
  if ($T.exit($s0, "L2", $t11, !(j$1 < 10))) {
    break L2;
  }
  $T.label($s0, "C2");
  C2: {
    $T.set($s0, "j$1", $t12);
    j$1 = j$1 + 3;
    if ($T.when($s0, $t13, j$1 === 6)) {
      $T.brk($s0, "C2");
      break C2;
    }
    $T.mcallv($s0, null, $t9, out$0, "push", out$0.push, $t15, ["w" + j$1]);
    $T.pop($s0);
  }
}
$T.let($s0, "k$2", $t3);
let k$2 = 0;
$T.loop($s0, "L3");
L3: while (true) {
  $T.iter($s0);
  $T.label($s0, "C3");
  C3: {
    $T.set($s0, "k$2", $t16);
    k$2 = k$2 + 1;
    if ($T.when($s0, $t17, k$2 === 2)) {
      $T.brk($s0, "C3");
      break C3;
    }
    $T.mcallv($s0, null, $t9, out$0, "push", out$0.push, $t19, ["d" + k$2]);
    $T.pop($s0);
  }
  if ($T.when($s0, $t20, !(k$2 < 4))) {
    $T.brk($s0, "L3");
    break L3;
  }
}
$T.let($s0, "x$13", $t3);
let x$13 = 0;
$T.loop($s0, "L4");
L4: while (true) {
  if ($T.exit($s0, "L4", $t21, !(x$13 < 3))) {
    break L4;
  }
  $T.label($s0, "C4");
  C4: {
    $T.let($s0, "y$14", $t3);
    let y$14 = 0;
    $T.loop($s0, "L5");
    L5: while (true) {
      if ($T.exit($s0, "L5", $t22, !(y$14 < 3))) {
        break L5;
      }
      if ($T.when($s0, $t23, y$14 === 2)) {
        $T.brk($s0, "C4");
        break C4;
      }
      if ($T.when($s0, $t24, x$13 === 2)) {
        $T.brk($s0, "L4");
        break L4;
      }
      $T.mcallv($s0, null, $t9, out$0, "push", out$0.push, $t26, [x$13 + ":" + y$14]);
      $T.set($s0, "y$14", $t27);
      y$14 = y$14 + 1;
    }
    $T.pop($s0);
  }
  $T.set($s0, "x$13", $t28);
  x$13 = x$13 + 1;
}
$T.set($s0, "v$3", $t3);
var v$3 = 0;
$T.set($s0, "w$4", $t29);
var w$4 = 10;
$T.loop($s0, "L6");
L6: while (true) {
  if ($T.exit($s0, "L6", $t30, !(v$3 < w$4))) {
    break L6;
  }
  $T.mcallv($s0, null, $t9, out$0, "push", out$0.push, $t32, ["v" + v$3 + w$4]);
  $T.set($s0, "v$3", $t33);
  v$3 = v$3 + 4;
  $T.set($s0, "w$4", $t34);
  w$4 = w$4 - 1;
}
let $r1 = $T.mcallv($s0, "$r1", $t9, out$0, "join", out$0.join, $t36, [" "]);
$T.mcallv($s0, null, $t41, console, "log", console.log, $t40, [$r1, v$3, w$4]);
function kind$5(x$15) {
  const $s1 = $T.enter($s0, "F1", $t42);
  $T.let($s1, "r$16", $t43);
  let r$16 = "";
  $T.let($s1, "$r2", $t44);
  let $r2 = -1;
  if ($T.when($s1, $t45, x$15 === 1)) {
    $T.set($s1, "$r2", $t3);
    $r2 = 0;
    $T.pop($s1);
  }
  if ($T.when($s1, $t46, $r2 === -1)) {
    if ($T.when($s1, $t47, x$15 === 2)) {
      $T.set($s1, "$r2", $t48);
      $r2 = 1;
      $T.pop($s1);
    }
    $T.pop($s1);
  }
  if ($T.when($s1, $t46, $r2 === -1)) {
    if ($T.when($s1, $t49, x$15 === 3)) {
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
      $T.set($s1, "r$16", $t53);
      r$16 = r$16 + "one ";
      $T.pop($s1);
    }
    if ($T.when($s1, $t54, $r2 <= 1)) {
      $T.set($s1, "r$16", $t55);
      r$16 = r$16 + "two ";
      $T.brk($s1, "L7");
      break L7;
    }
    if ($T.when($s1, $t56, $r2 <= 2)) {
      $T.set($s1, "r$16", $t57);
      r$16 = r$16 + "other ";
      $T.pop($s1);
    }
    if ($T.when($s1, $t58, $r2 <= 3)) {
      $T.set($s1, "r$16", $t59);
      r$16 = r$16 + "three ";
      $T.pop($s1);
    }
    $T.brk($s1, "L7");
    break L7;
  }
  $T.ret($s1, $t60);
  return r$16;
}
let $r3 = $T.call($s0, "$r3", null, kind$5, $t61, [1]);
let $r4 = $T.call($s0, "$r4", null, kind$5, $t62, [2]);
let $r5 = $T.call($s0, "$r5", null, kind$5, $t63, [3]);
let $r6 = $T.call($s0, "$r6", null, kind$5, $t65, [9]);
$T.mcallv($s0, null, $t41, console, "log", console.log, $t71, [$r3, "|", $r4, "|", $r5, "|", $r6]);
function noDefault$6(x$17) {
  const $s1 = $T.enter($s0, "F2", $t72);
  $T.let($s1, "r$18", $t73);
  let r$18 = "none";
  $T.let($s1, "$r7", $t74);
  let $r7 = typeof x$17;
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
      $T.set($s1, "r$18", $t79);
      r$18 = "num";
      $T.brk($s1, "L8");
      break L8;
    }
    if ($T.when($s1, $t80, $r8 <= 1)) {
      $T.set($s1, "r$18", $t81);
      r$18 = "str";
      $T.brk($s1, "L8");
      break L8;
    }
    $T.brk($s1, "L8");
    break L8;
  }
  $T.ret($s1, $t82);
  return r$18;
}
let $r9 = $T.call($s0, "$r9", null, noDefault$6, $t61, [1]);
let $r10 = $T.call($s0, "$r10", null, noDefault$6, $t84, ["a"]);
let $r11 = $T.call($s0, "$r11", null, noDefault$6, $t86, [null]);
$T.mcallv($s0, null, $t41, console, "log", console.log, $t90, [$r9, $r10, $r11]);
$T.let($s0, "seen$7", $t2);
let seen$7 = $T.lit([]);
$T.let($s0, "i$19", $t3);
let i$19 = 0;
$T.loop($s0, "L9");
L9: while (true) {
  if ($T.exit($s0, "L9", $t91, !(i$19 < 6))) {
    break L9;
  }
  $T.label($s0, "C9");
  C9: {
    $T.let($s0, "$r12", $t92);
    let $r12 = i$19 % 3;
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
        $T.mcallv($s0, null, $t100, seen$7, "push", seen$7.push, $t99, ["one" + i$19]);
        $T.brk($s0, "L10");
        break L10;
      }
      $T.brk($s0, "L10");
      break L10;
    }
    $T.mcallv($s0, null, $t100, seen$7, "push", seen$7.push, $t102, ["after" + i$19]);
    $T.pop($s0);
  }
  $T.set($s0, "i$19", $t103);
  i$19 = i$19 + 1;
}
let $r14 = $T.mcallv($s0, "$r14", $t100, seen$7, "join", seen$7.join, $t105, [","]);
$T.mcallv($s0, null, $t41, console, "log", console.log, $t107, [$r14]);
$T.let($s0, "fns$8", $t2);
let fns$8 = $T.lit([]);
$T.let($s0, "$r15", $t3);
let $r15 = 0;
$T.loop($s0, "L11");
L11: while (true) {
  $T.iter($s0);
  const $s1 = $T.block($s0);
  $T.let($s1, "i$20", $t108);
  let i$20 = $r15;
  if ($T.when($s1, $t109, !(i$20 < 3))) {
    $T.brk($s1, "L11");
    break L11;
  }
  $T.mcallv($s1, null, $t114, fns$8, "push", fns$8.push, $t111, [$T.fn(function () {
    const $s2 = $T.enter($s1, "F3", $t112);
    $T.ret($s2, $t113);
    return i$20;
  }, "F3", $s1)]);
  $T.set($s1, "i$20", $t115);
  i$20 = i$20 + 0;
  $T.set($s1, "$r15", $t113);
  $r15 = i$20;
  $T.set($s1, "$r15", $t116);
  $r15 = $r15 + 1;
}
let $r17 = $T.mcallv($s0, "$r17", $t114, fns$8, "map", fns$8.map, $t118, [$T.fn(function (f$21) {
  const $s1 = $T.enter($s0, "F4", $t119);
  let $r16 = $T.call($s1, "$r16", $t120, f$21, $t112, []);
  $T.ret($s1, $t121);
  return $r16;
}, "F4", $s0)]);
let $r18 = $T.mcallv($s0, "$r18", $t122, $r17, "join", $r17.join, $t105, [","]);
$T.mcallv($s0, null, $t41, console, "log", console.log, $t124, [$r18]);
$T.let($s0, "blockFns$9", $t2);
let blockFns$9 = $T.lit([]);
$T.let($s0, "m$10", $t3);
let m$10 = 0;
$T.loop($s0, "L12");
L12: while (true) {
  if ($T.exit($s0, "L12", $t125, !(m$10 < 3))) {
    break L12;
  }
  const $s1 = $T.block($s0);
  $T.let($s1, "captured$22", $t126);
  const captured$22 = m$10 * 10;
  $T.mcallv($s1, null, $t130, blockFns$9, "push", blockFns$9.push, $t128, [$T.fn(() => {
    const $s2 = $T.enter($s1, "F5", $t112);
    $T.ret($s2, $t129);
    return captured$22;
  }, "F5", $s1)]);
  $T.set($s1, "m$10", $t131);
  m$10 = m$10 + 1;
}
let $r20 = $T.mcallv($s0, "$r20", $t130, blockFns$9, "map", blockFns$9.map, $t133, [$T.fn((f$23) => {
  const $s1 = $T.enter($s0, "F6", $t134);
  let $r19 = $T.call($s1, "$r19", $t135, f$23, $t112, []);
  $T.ret($s1, $t136);
  return $r19;
}, "F6", $s0)]);
let $r21 = $T.mcallv($s0, "$r21", $t137, $r20, "join", $r20.join, $t105, [","]);
$T.mcallv($s0, null, $t41, console, "log", console.log, $t139, [$r21]);
$T.let($s0, "count$11", $t3);
let count$11 = 0;
$T.loop($s0, "L13");
L13: while (true) {
  $T.iter($s0);
  $T.set($s0, "count$11", $t140);
  count$11 = count$11 + 1;
  if ($T.when($s0, $t141, count$11 > 4)) {
    $T.brk($s0, "L13");
    break L13;
  }
}
$T.mcallv($s0, null, $t41, console, "log", console.log, $t143, [count$11]);
$T.end();
