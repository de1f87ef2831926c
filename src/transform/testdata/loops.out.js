const $T = require("containerless/tracing");
const $t1 = ["u"];
const $t2 = ["arr", []];
const $t3 = ["n", 0];
const $t4 = ["un", "!", ["bin", "<", ["v", "i$12"], ["n", 5]]];
const $t5 = ["bin", "===", ["v", "i$12"], ["n", 1]];
const $t6 = ["bin", "===", ["v", "i$12"], ["n", 4]];
const $t7 = ["v", "i$12"];
const $t8 = ["v", "out$0"];
const $t9 = ["bin", "+", ["v", "i$12"], ["n", 1]];
const $t10 = ["un", "!", ["bin", "<", ["v", "j$1"], ["n", 10]]];
const $t11 = ["bin", "+", ["v", "j$1"], ["n", 3]];
const $t12 = ["bin", "===", ["v", "j$1"], ["n", 6]];
const $t13 = ["bin", "+", ["s", "w"], ["v", "j$1"]];
const $t14 = ["bin", "+", ["v", "k$2"], ["n", 1]];
const $t15 = ["bin", "===", ["v", "k$2"], ["n", 2]];
const $t16 = ["bin", "+", ["s", "d"], ["v", "k$2"]];
const $t17 = ["un", "!", ["bin", "<", ["v", "k$2"], ["n", 4]]];
const $t18 = ["un", "!", ["bin", "<", ["v", "x$13"], ["n", 3]]];
const $t19 = ["un", "!", ["bin", "<", ["v", "y$14"], ["n", 3]]];
const $t20 = ["bin", "===", ["v", "y$14"], ["n", 2]];
const $t21 = ["bin", "===", ["v", "x$13"], ["n", 2]];
const $t22 = ["bin", "+", ["bin", "+", ["v", "x$13"], ["s", ":"]], ["v", "y$14"]];
const $t23 = ["bin", "+", ["v", "y$14"], ["n", 1]];
const $t24 = ["bin", "+", ["v", "x$13"], ["n", 1]];
const $t25 = ["n", 10];
const $t26 = ["un", "!", ["bin", "<", ["v", "v$3"], ["v", "w$4"]]];
const $t27 = ["bin", "+", ["bin", "+", ["s", "v"], ["v", "v$3"]], ["v", "w$4"]];
const $t28 = ["bin", "+", ["v", "v$3"], ["n", 4]];
const $t29 = ["bin", "-", ["v", "w$4"], ["n", 1]];
const $t30 = ["s", " "];
const $t31 = ["v", "$r1"];
const $t32 = ["v", "v$3"];
const $t33 = ["v", "w$4"];
const $t34 = ["g", "console"];
const $t35 = ["s", ""];
const $t36 = ["n", -1];
const $t37 = ["bin", "===", ["v", "x$15"], ["n", 1]];
const $t38 = ["bin", "===", ["v", "$r2"], ["n", -1]];
const $t39 = ["bin", "===", ["v", "x$15"], ["n", 2]];
const $t40 = ["n", 1];
const $t41 = ["bin", "===", ["v", "x$15"], ["n", 3]];
const $t42 = ["n", 3];
const $t43 = ["n", 2];
const $t44 = ["bin", "<=", ["v", "$r2"], ["n", 0]];
const $t45 = ["bin", "+", ["v", "r$16"], ["s", "one "]];
const $t46 = ["bin", "<=", ["v", "$r2"], ["n", 1]];
const $t47 = ["bin", "+", ["v", "r$16"], ["s", "two "]];
const $t48 = ["bin", "<=", ["v", "$r2"], ["n", 2]];
const $t49 = ["bin", "+", ["v", "r$16"], ["s", "other "]];
const $t50 = ["bin", "<=", ["v", "$r2"], ["n", 3]];
const $t51 = ["bin", "+", ["v", "r$16"], ["s", "three "]];
const $t52 = ["v", "r$16"];
const $t53 = ["n", 9];
const $t54 = ["v", "$r3"];
const $t55 = ["s", "|"];
const $t56 = ["v", "$r4"];
const $t57 = ["v", "$r5"];
const $t58 = ["v", "$r6"];
const $t59 = ["s", "none"];
const $t60 = ["un", "typeof", ["v", "x$17"]];
const $t61 = ["bin", "===", ["v", "$r7"], ["s", "number"]];
const $t62 = ["bin", "===", ["v", "$r8"], ["n", -1]];
const $t63 = ["bin", "===", ["v", "$r7"], ["s", "string"]];
const $t64 = ["bin", "<=", ["v", "$r8"], ["n", 0]];
const $t65 = ["s", "num"];
const $t66 = ["bin", "<=", ["v", "$r8"], ["n", 1]];
const $t67 = ["s", "str"];
const $t68 = ["v", "r$18"];
const $t69 = ["s", "a"];
const $t70 = ["null"];
const $t71 = ["v", "$r9"];
const $t72 = ["v", "$r10"];
const $t73 = ["v", "$r11"];
const $t74 = ["un", "!", ["bin", "<", ["v", "i$19"], ["n", 6]]];
const $t75 = ["bin", "%", ["v", "i$19"], ["n", 3]];
const $t76 = ["bin", "===", ["v", "$r12"], ["n", 0]];
const $t77 = ["bin", "===", ["v", "$r13"], ["n", -1]];
const $t78 = ["bin", "===", ["v", "$r12"], ["n", 1]];
const $t79 = ["bin", "<=", ["v", "$r13"], ["n", 0]];
const $t80 = ["bin", "<=", ["v", "$r13"], ["n", 1]];
const $t81 = ["bin", "+", ["s", "one"], ["v", "i$19"]];
const $t82 = ["v", "seen$7"];
const $t83 = ["bin", "+", ["s", "after"], ["v", "i$19"]];
const $t84 = ["bin", "+", ["v", "i$19"], ["n", 1]];
const $t85 = ["s", ","];
const $t86 = ["v", "$r14"];
const $t87 = ["v", "$r15"];
const $t88 = ["un", "!", ["bin", "<", ["v", "i$20"], ["n", 3]]];
const $t89 = ["fn", "F3"];
const $t90 = ["v", "i$20"];
const $t91 = ["v", "fns$8"];
const $t92 = ["bin", "+", ["v", "i$20"], ["n", 0]];
const $t93 = ["bin", "+", ["v", "$r15"], ["n", 1]];
const $t94 = ["fn", "F4"];
const $t95 = ["v", "f$21"];
const $t96 = ["v", "$r16"];
const $t97 = ["v", "$r17"];
const $t98 = ["v", "$r18"];
const $t99 = ["un", "!", ["bin", "<", ["v", "m$10"], ["n", 3]]];
const $t100 = ["bin", "*", ["v", "m$10"], ["n", 10]];
const $t101 = ["fn", "F5"];
const $t102 = ["v", "captured$22"];
const $t103 = ["v", "blockFns$9"];
const $t104 = ["bin", "+", ["v", "m$10"], ["n", 1]];
const $t105 = ["fn", "F6"];
const $t106 = ["v", "f$23"];
const $t107 = ["v", "$r19"];
const $t108 = ["v", "$r20"];
const $t109 = ["v", "$r21"];
const $t110 = ["bin", "+", ["v", "count$11"], ["n", 1]];
const $t111 = ["bin", ">", ["v", "count$11"], ["n", 4]];
const $t112 = ["v", "count$11"];
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
  $T.iter($s0);
  if ($T.if($s0, $t4, !(i$12 < 5))) {
    $T.brk($s0, "L1");
    break L1;
  } else {
    $T.pop($s0);
  }
  $T.label($s0, "C1");
  C1: {
    if ($T.if($s0, $t5, i$12 === 1)) {
      $T.brk($s0, "C1");
      break C1;
    } else {
      $T.pop($s0);
    }
    if ($T.if($s0, $t6, i$12 === 4)) {
      $T.brk($s0, "L1");
      break L1;
    } else {
      $T.pop($s0);
    }
    $T.mcall($s0, null, $t8, out$0, "push", [$t7], [i$12]);
    $T.pop($s0);
  }
  $T.set($s0, "i$12", $t9);
  i$12 = i$12 + 1;
}
$T.let($s0, "j$1", $t3);
let j$1 = 0;
$T.loop($s0, "L2");
L2: while (true) {
  $T.iter($s0);
  if ($T.if($s0, $t10, !(j$1 < 10))) {
    $T.brk($s0, "L2");
    break L2;
  } else {
    $T.pop($s0);
  }
  $T.label($s0, "C2");
  C2: {
    $T.set($s0, "j$1", $t11);
    j$1 = j$1 + 3;
    if ($T.if($s0, $t12, j$1 === 6)) {
      $T.brk($s0, "C2");
      break C2;
    } else {
      $T.pop($s0);
    }
    $T.mcall($s0, null, $t8, out$0, "push", [$t13], ["w" + j$1]);
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
    $T.set($s0, "k$2", $t14);
    k$2 = k$2 + 1;
    if ($T.if($s0, $t15, k$2 === 2)) {
      $T.brk($s0, "C3");
      break C3;
    } else {
      $T.pop($s0);
    }
    $T.mcall($s0, null, $t8, out$0, "push", [$t16], ["d" + k$2]);
    $T.pop($s0);
  }
  if ($T.if($s0, $t17, !(k$2 < 4))) {
    $T.brk($s0, "L3");
    break L3;
  } else {
    $T.pop($s0);
  }
}
$T.let($s0, "x$13", $t3);
let x$13 = 0;
$T.loop($s0, "L4");
L4: while (true) {
  $T.iter($s0);
  if ($T.if($s0, $t18, !(x$13 < 3))) {
    $T.brk($s0, "L4");
    break L4;
  } else {
    $T.pop($s0);
  }
  $T.label($s0, "C4");
  C4: {
    $T.let($s0, "y$14", $t3);
    let y$14 = 0;
    $T.loop($s0, "L5");
    L5: while (true) {
      $T.iter($s0);
      if ($T.if($s0, $t19, !(y$14 < 3))) {
        $T.brk($s0, "L5");
        break L5;
      } else {
        $T.pop($s0);
      }
      if ($T.if($s0, $t20, y$14 === 2)) {
        $T.brk($s0, "C4");
        break C4;
      } else {
        $T.pop($s0);
      }
      if ($T.if($s0, $t21, x$13 === 2)) {
        $T.brk($s0, "L4");
        break L4;
      } else {
        $T.pop($s0);
      }
      $T.mcall($s0, null, $t8, out$0, "push", [$t22], [x$13 + ":" + y$14]);
      $T.set($s0, "y$14", $t23);
      y$14 = y$14 + 1;
    }
    $T.pop($s0);
  }
  $T.set($s0, "x$13", $t24);
  x$13 = x$13 + 1;
}
$T.set($s0, "v$3", $t3);
var v$3 = 0;
$T.set($s0, "w$4", $t25);
var w$4 = 10;
$T.loop($s0, "L6");
L6: while (true) {
  $T.iter($s0);
  if ($T.if($s0, $t26, !(v$3 < w$4))) {
    $T.brk($s0, "L6");
    break L6;
  } else {
    $T.pop($s0);
  }
  $T.mcall($s0, null, $t8, out$0, "push", [$t27], ["v" + v$3 + w$4]);
  $T.set($s0, "v$3", $t28);
  v$3 = v$3 + 4;
  $T.set($s0, "w$4", $t29);
  w$4 = w$4 - 1;
}
let $r1 = $T.mcall($s0, "$r1", $t8, out$0, "join", [$t30], [" "]);
$T.mcall($s0, null, $t34, console, "log", [$t31, $t32, $t33], [$r1, v$3, w$4]);
function kind$5(x$15) {
  const $s1 = $T.enter($s0, "F1", ["x$15"]);
  $T.let($s1, "r$16", $t35);
  let r$16 = "";
  $T.let($s1, "$r2", $t36);
  let $r2 = -1;
  if ($T.if($s1, $t37, x$15 === 1)) {
    $T.set($s1, "$r2", $t3);
    $r2 = 0;
    $T.pop($s1);
  } else {
    $T.pop($s1);
  }
  if ($T.if($s1, $t38, $r2 === -1)) {
    if ($T.if($s1, $t39, x$15 === 2)) {
      $T.set($s1, "$r2", $t40);
      $r2 = 1;
      $T.pop($s1);
    } else {
      $T.pop($s1);
    }
    $T.pop($s1);
  } else {
    $T.pop($s1);
  }
  if ($T.if($s1, $t38, $r2 === -1)) {
    if ($T.if($s1, $t41, x$15 === 3)) {
      $T.set($s1, "$r2", $t42);
      $r2 = 3;
      $T.pop($s1);
    } else {
      $T.pop($s1);
    }
    $T.pop($s1);
  } else {
    $T.pop($s1);
  }
  if ($T.if($s1, $t38, $r2 === -1)) {
    $T.set($s1, "$r2", $t43);
    $r2 = 2;
    $T.pop($s1);
  } else {
    $T.pop($s1);
  }
  $T.loop($s1, "L7");
  L7: while (true) {
    $T.iter($s1);
    if ($T.if($s1, $t44, $r2 <= 0)) {
      $T.set($s1, "r$16", $t45);
      r$16 = r$16 + "one ";
      $T.pop($s1);
    } else {
      $T.pop($s1);
    }
    if ($T.if($s1, $t46, $r2 <= 1)) {
      $T.set($s1, "r$16", $t47);
      r$16 = r$16 + "two ";
      $T.brk($s1, "L7");
      break L7;
    } else {
      $T.pop($s1);
    }
    if ($T.if($s1, $t48, $r2 <= 2)) {
      $T.set($s1, "r$16", $t49);
      r$16 = r$16 + "other ";
      $T.pop($s1);
    } else {
      $T.pop($s1);
    }
    if ($T.if($s1, $t50, $r2 <= 3)) {
      $T.set($s1, "r$16", $t51);
      r$16 = r$16 + "three ";
      $T.pop($s1);
    } else {
      $T.pop($s1);
    }
    $T.brk($s1, "L7");
    break L7;
  }
  $T.ret($s1, $t52);
  return r$16;
}
let $r3 = $T.call($s0, "$r3", null, kind$5, [$t40], [1]);
let $r4 = $T.call($s0, "$r4", null, kind$5, [$t43], [2]);
let $r5 = $T.call($s0, "$r5", null, kind$5, [$t42], [3]);
let $r6 = $T.call($s0, "$r6", null, kind$5, [$t53], [9]);
$T.mcall($s0, null, $t34, console, "log", [$t54, $t55, $t56, $t55, $t57, $t55, $t58], [$r3, "|", $r4, "|", $r5, "|", $r6]);
function noDefault$6(x$17) {
  const $s1 = $T.enter($s0, "F2", ["x$17"]);
  $T.let($s1, "r$18", $t59);
  let r$18 = "none";
  $T.let($s1, "$r7", $t60);
  let $r7 = typeof x$17;
  $T.let($s1, "$r8", $t36);
  let $r8 = -1;
  if ($T.if($s1, $t61, $r7 === "number")) {
    $T.set($s1, "$r8", $t3);
    $r8 = 0;
    $T.pop($s1);
  } else {
    $T.pop($s1);
  }
  if ($T.if($s1, $t62, $r8 === -1)) {
    if ($T.if($s1, $t63, $r7 === "string")) {
      $T.set($s1, "$r8", $t40);
      $r8 = 1;
      $T.pop($s1);
    } else {
      $T.pop($s1);
    }
    $T.pop($s1);
  } else {
    $T.pop($s1);
  }
  if ($T.if($s1, $t62, $r8 === -1)) {
    $T.set($s1, "$r8", $t43);
    $r8 = 2;
    $T.pop($s1);
  } else {
    $T.pop($s1);
  }
  $T.loop($s1, "L8");
  L8: while (true) {
    $T.iter($s1);
    if ($T.if($s1, $t64, $r8 <= 0)) {
      $T.set($s1, "r$18", $t65);
      r$18 = "num";
      $T.brk($s1, "L8");
      break L8;
    } else {
      $T.pop($s1);
    }
    if ($T.if($s1, $t66, $r8 <= 1)) {
      $T.set($s1, "r$18", $t67);
      r$18 = "str";
      $T.brk($s1, "L8");
      break L8;
    } else {
      $T.pop($s1);
    }
    $T.brk($s1, "L8");
    break L8;
  }
  $T.ret($s1, $t68);
  return r$18;
}
let $r9 = $T.call($s0, "$r9", null, noDefault$6, [$t40], [1]);
let $r10 = $T.call($s0, "$r10", null, noDefault$6, [$t69], ["a"]);
let $r11 = $T.call($s0, "$r11", null, noDefault$6, [$t70], [null]);
$T.mcall($s0, null, $t34, console, "log", [$t71, $t72, $t73], [$r9, $r10, $r11]);
$T.let($s0, "seen$7", $t2);
let seen$7 = $T.lit([]);
$T.let($s0, "i$19", $t3);
let i$19 = 0;
$T.loop($s0, "L9");
L9: while (true) {
  $T.iter($s0);
  if ($T.if($s0, $t74, !(i$19 < 6))) {
    $T.brk($s0, "L9");
    break L9;
  } else {
    $T.pop($s0);
  }
  $T.label($s0, "C9");
  C9: {
    $T.let($s0, "$r12", $t75);
    let $r12 = i$19 % 3;
    $T.let($s0, "$r13", $t36);
    let $r13 = -1;
    if ($T.if($s0, $t76, $r12 === 0)) {
      $T.set($s0, "$r13", $t3);
      $r13 = 0;
      $T.pop($s0);
    } else {
      $T.pop($s0);
    }
    if ($T.if($s0, $t77, $r13 === -1)) {
      if ($T.if($s0, $t78, $r12 === 1)) {
        $T.set($s0, "$r13", $t40);
        $r13 = 1;
        $T.pop($s0);
      } else {
        $T.pop($s0);
      }
      $T.pop($s0);
    } else {
      $T.pop($s0);
    }
    if ($T.if($s0, $t77, $r13 === -1)) {
      $T.set($s0, "$r13", $t43);
      $r13 = 2;
      $T.pop($s0);
    } else {
      $T.pop($s0);
    }
    $T.loop($s0, "L10");
    L10: while (true) {
      $T.iter($s0);
      if ($T.if($s0, $t79, $r13 <= 0)) {
        $T.brk($s0, "C9");
        break C9;
      } else {
        $T.pop($s0);
      }
      if ($T.if($s0, $t80, $r13 <= 1)) {
        $T.mcall($s0, null, $t82, seen$7, "push", [$t81], ["one" + i$19]);
        $T.brk($s0, "L10");
        break L10;
      } else {
        $T.pop($s0);
      }
      $T.brk($s0, "L10");
      break L10;
    }
    $T.mcall($s0, null, $t82, seen$7, "push", [$t83], ["after" + i$19]);
    $T.pop($s0);
  }
  $T.set($s0, "i$19", $t84);
  i$19 = i$19 + 1;
}
let $r14 = $T.mcall($s0, "$r14", $t82, seen$7, "join", [$t85], [","]);
$T.mcall($s0, null, $t34, console, "log", [$t86], [$r14]);
$T.let($s0, "fns$8", $t2);
let fns$8 = $T.lit([]);
$T.let($s0, "$r15", $t3);
let $r15 = 0;
$T.loop($s0, "L11");
L11: while (true) {
  $T.iter($s0);
  const $s1 = $T.block($s0);
  $T.let($s1, "i$20", $t87);
  let i$20 = $r15;
  if ($T.if($s1, $t88, !(i$20 < 3))) {
    $T.brk($s1, "L11");
    break L11;
  } else {
    $T.pop($s1);
  }
  $T.mcall($s1, null, $t91, fns$8, "push", [$t89], [$T.fn(function () {
    const $s2 = $T.enter($s1, "F3", []);
    $T.ret($s2, $t90);
    return i$20;
  }, "F3", $s1)]);
  $T.set($s1, "i$20", $t92);
  i$20 = i$20 + 0;
  $T.set($s1, "$r15", $t90);
  $r15 = i$20;
  $T.set($s1, "$r15", $t93);
  $r15 = $r15 + 1;
}
let $r17 = $T.mcall($s0, "$r17", $t91, fns$8, "map", [$t94], [$T.fn(function (f$21) {
  const $s1 = $T.enter($s0, "F4", ["f$21"]);
  let $r16 = $T.call($s1, "$r16", $t95, f$21, [], []);
  $T.ret($s1, $t96);
  return $r16;
}, "F4", $s0)]);
let $r18 = $T.mcall($s0, "$r18", $t97, $r17, "join", [$t85], [","]);
$T.mcall($s0, null, $t34, console, "log", [$t98], [$r18]);
$T.let($s0, "blockFns$9", $t2);
let blockFns$9 = $T.lit([]);
$T.let($s0, "m$10", $t3);
let m$10 = 0;
$T.loop($s0, "L12");
L12: while (true) {
  $T.iter($s0);
  const $s1 = $T.block($s0);
  if ($T.if($s1, $t99, !(m$10 < 3))) {
    $T.brk($s1, "L12");
    break L12;
  } else {
    $T.pop($s1);
  }
  $T.let($s1, "captured$22", $t100);
  const captured$22 = m$10 * 10;
  $T.mcall($s1, null, $t103, blockFns$9, "push", [$t101], [$T.fn(() => {
    const $s2 = $T.enter($s1, "F5", []);
    $T.ret($s2, $t102);
    return captured$22;
  }, "F5", $s1)]);
  $T.set($s1, "m$10", $t104);
  m$10 = m$10 + 1;
}
let $r20 = $T.mcall($s0, "$r20", $t103, blockFns$9, "map", [$t105], [$T.fn((f$23) => {
  const $s1 = $T.enter($s0, "F6", ["f$23"]);
  let $r19 = $T.call($s1, "$r19", $t106, f$23, [], []);
  $T.ret($s1, $t107);
  return $r19;
}, "F6", $s0)]);
let $r21 = $T.mcall($s0, "$r21", $t108, $r20, "join", [$t85], [","]);
$T.mcall($s0, null, $t34, console, "log", [$t109], [$r21]);
$T.let($s0, "count$11", $t3);
let count$11 = 0;
$T.loop($s0, "L13");
L13: while (true) {
  $T.iter($s0);
  $T.set($s0, "count$11", $t110);
  count$11 = count$11 + 1;
  if ($T.if($s0, $t111, count$11 > 4)) {
    $T.brk($s0, "L13");
    break L13;
  } else {
    $T.pop($s0);
  }
}
$T.mcall($s0, null, $t34, console, "log", [$t112], [count$11]);
$T.end();
