const $T = require("containerless/tracing");
const $t1 = ["u"];
const $t2 = ["n", 2];
const $t3 = [$t2];
const $t4 = ["v", "$r10"];
const $t5 = [$t4];
const $t6 = ["g", "console"];
const $t7 = ["x$1"];
const $t8 = ["bin", "*", ["v", "x$1"], ["n", 21]];
const $t9 = ["n$2"];
const $t10 = ["bin", "<=", ["v", "n$2"], ["n", 1]];
const $t11 = ["n", 1];
const $t12 = ["bin", "-", ["v", "n$2"], ["n", 1]];
const $t13 = [$t12];
const $t14 = ["bin", "*", ["v", "n$2"], ["v", "$r12"]];
const $t15 = ["v", "$r11"];
const $t16 = ["n", 6];
const $t17 = [$t16];
const $t18 = ["v", "$r13"];
const $t19 = [$t18];
const $t20 = [];
const $t21 = ["n", 0];
const $t22 = ["obj", [["inc", ["fn", "F4"]], ["get", ["fn", "F5"]]]];
const $t23 = ["bin", "+", ["v", "c$3"], ["n", 1]];
const $t24 = ["v", "c$3"];
const $t25 = ["v", "ctr"];
const $t26 = ["v", "$r14"];
const $t27 = ["v", "$r15"];
const $t28 = [$t26, $t27];
const $t29 = ["fn", "F6"];
const $t30 = ["a$4", "b$5"];
const $t31 = ["bin", "===", ["v", "b$5"], ["u"]];
const $t32 = ["n", 10];
const $t33 = ["bin", "+", ["v", "a$4"], ["v", "b$5"]];
const $t34 = ["fn", "F7"];
const $t35 = ["x$6"];
const $t36 = ["bin", "*", ["v", "x$6"], ["v", "x$6"]];
const $t37 = [$t11];
const $t38 = ["v", "add"];
const $t39 = [$t11, $t2];
const $t40 = [$t11, $t1];
const $t41 = ["n", 9];
const $t42 = [$t41];
const $t43 = ["v", "sq"];
const $t44 = ["v", "$r16"];
const $t45 = ["v", "$r17"];
const $t46 = ["v", "$r18"];
const $t47 = ["v", "$r19"];
const $t48 = [$t44, $t45, $t46, $t47];
const $t49 = ["a$7", "b$8", "c$9"];
const $t50 = ["bin", "===", ["v", "b$8"], ["u"]];
const $t51 = ["bin", "+", ["v", "a$7"], ["n", 1]];
const $t52 = ["bin", "===", ["v", "c$9"], ["u"]];
const $t53 = ["bin", "*", ["v", "b$8"], ["n", 2]];
const $t54 = ["s", "/"];
const $t55 = [$t54];
const $t56 = ["arr", [["v", "a$7"], ["v", "b$8"], ["v", "c$9"]]];
const $t57 = ["v", "$r20"];
const $t58 = ["n", 5];
const $t59 = [$t11, $t58];
const $t60 = [$t11, $t1, $t21];
const $t61 = ["v", "$r21"];
const $t62 = ["v", "$r22"];
const $t63 = ["v", "$r23"];
const $t64 = [$t61, $t62, $t63];
const $t65 = ["$r1"];
const $t66 = ["get", ["v", "$r1"], "x"];
const $t67 = ["get", ["v", "$r1"], "y"];
const $t68 = ["get", ["v", "$r1"], "z"];
const $t69 = ["bin", "===", ["v", "$r2"], ["u"]];
const $t70 = ["n", 3];
const $t71 = ["v", "$r2"];
const $t72 = ["bin", "+", ["bin", "+", ["v", "x$10"], ["v", "why"]], ["v", "z$11"]];
const $t73 = ["obj", [["x", ["n", 1]], ["y", ["n", 2]]]];
const $t74 = [$t73];
const $t75 = ["obj", [["x", ["n", 1]], ["y", ["n", 2]], ["z", ["n", 30]]]];
const $t76 = [$t75];
const $t77 = ["v", "$r24"];
const $t78 = ["v", "$r25"];
const $t79 = [$t77, $t78];
const $t80 = ["$r3"];
const $t81 = ["get", ["v", "$r3"], "a"];
const $t82 = ["get", ["v", "$r4"], "b"];
const $t83 = ["get", ["v", "$r3"], "c"];
const $t84 = ["bin", "===", ["v", "$r5"], ["u"]];
const $t85 = ["obj", [["d", ["n", 4]]]];
const $t86 = ["v", "$r5"];
const $t87 = ["bin", "+", ["v", "b$12"], ["get", ["v", "c$13"], "d"]];
const $t88 = ["obj", [["a", ["obj", [["b", ["n", 1]]]]]]];
const $t89 = [$t88];
const $t90 = ["obj", [["a", ["obj", [["b", ["n", 1]]]]], ["c", ["obj", [["d", ["n", 100]]]]]]];
const $t91 = [$t90];
const $t92 = ["v", "$r26"];
const $t93 = ["v", "$r27"];
const $t94 = [$t92, $t93];
const $t95 = ["obj", [["p", ["s", "P"]], ["q", ["obj", [["r", ["s", "R"]]]]]]];
const $t96 = ["get", ["v", "$r6"], "p"];
const $t97 = ["get", ["v", "$r6"], "q"];
const $t98 = ["get", ["v", "$r7"], "r"];
const $t99 = ["get", ["v", "$r6"], "w"];
const $t100 = ["bin", "===", ["v", "$r8"], ["u"]];
const $t101 = ["s", "dw"];
const $t102 = ["v", "$r8"];
const $t103 = ["obj", [["vx", ["s", "VX"]]]];
const $t104 = ["get", ["v", "$r9"], "vx"];
const $t105 = ["v", "p"];
const $t106 = ["v", "r"];
const $t107 = ["v", "w"];
const $t108 = ["v", "vx"];
const $t109 = [$t105, $t106, $t107, $t108];
const $t110 = ["fn", "F11"];
const $t111 = ["n$14"];
const $t112 = ["bin", ">", ["v", "n$14"], ["n", 0]];
const $t113 = ["bin", "-", ["v", "n$14"], ["n", 1]];
const $t114 = [$t113];
const $t115 = ["v", "named"];
const $t116 = ["bin", "+", ["v", "$r29"], ["n", 1]];
const $t117 = ["v", "$r28"];
const $t118 = ["n", 4];
const $t119 = [$t118];
const $t120 = ["v", "fnExpr"];
const $t121 = ["v", "$r30"];
const $t122 = [$t121];
const $t123 = ["fn", "F12"];
const $t124 = ["x$15"];
const $t125 = ["bin", "+", ["v", "x$15"], ["n", 1]];
const $t126 = [$t70];
const $t127 = ["fn", "F13"];
const $t128 = ["y"];
const $t129 = ["bin", "*", ["v", "y"], ["n", 3]];
const $t130 = ["v", "$r31"];
const $t131 = ["v", "$r32"];
const $t132 = [$t130, $t131];
const $t133 = ["fn", "F14"];
const $t134 = ["s", "first"];
const $t135 = ["v", "swap"];
const $t136 = ["fn", "F15"];
const $t137 = ["s", "second"];
const $t138 = ["v", "before$0"];
const $t139 = ["v", "$r33"];
const $t140 = [$t138, $t139];
const $t141 = ["s", "orig"];
const $t142 = ["v", "reassigned"];
const $t143 = ["fn", "F17"];
const $t144 = ["s", "new"];
const $t145 = ["v", "r0"];
const $t146 = ["v", "$r34"];
const $t147 = [$t145, $t146];
const $t148 = ["s", "outer-v"];
const $t149 = ["bin", "+", ["v", "v$16"], ["s", "/inner"]];
const $t150 = ["v", "$r35"];
const $t151 = ["v", "$r36"];
const $t152 = [$t151];
const $t153 = ["un", "typeof", ["v", "later"]];
const $t154 = ["bin", "+", ["bin", "+", ["v", "before$17"], ["s", ":"]], ["v", "later"]];
const $t155 = ["v", "$r37"];
const $t156 = [$t155];
const $t157 = [$t11, $t58, $t70];
const $t158 = ["g", "Math"];
const $t159 = ["n", 2.7];
const $t160 = [$t159];
const $t161 = ["obj", [["a", ["arr", [["n", 1]]]]]];
const $t162 = [$t161];
const $t163 = ["g", "JSON"];
const $t164 = ["s", "abc"];
const $t165 = ["arr", [["v", "$r38"], ["v", "$r39"], ["v", "$r40"], ["v", "$r41"]]];
const $t166 = ["s", " "];
const $t167 = [$t166];
const $t168 = ["v", "math"];
const $t169 = ["v", "$r42"];
const $t170 = [$t169];
const $t171 = ["fn", "F22"];
const $t172 = ["v", "$r43"];
const $t173 = ["v", "$r44"];
const $t174 = [$t172, $t173];
const $t175 = ["x$19"];
const $t176 = ["bin", ">", ["v", "x$19"], ["n", 1]];
const $t177 = ["s", "big"];
const $t178 = ["s", "small"];
const $t179 = [$t21];
const $t180 = ["v", "$r45"];
const $t181 = ["v", "$r46"];
const $t182 = [$t180, $t181];
const $t183 = ["arr", [["n", 1], ["n", 2], ["n", 3]]];
const $t184 = ["fn", "F24"];
const $t185 = ["x$20"];
const $t186 = ["bin", "*", ["v", "x$20"], ["n", 2]];
const $t187 = ["isarr", ["v", "$r47"]];
const $t188 = ["bin", "===", ["un", "typeof", ["v", "$r48"]], ["s", "function"]];
const $t189 = ["get", ["v", "$r47"], "length"];
const $t190 = ["arr", []];
const $t191 = ["un", "!", ["bin", "<", ["v", "$r51"], ["v", "$r50"]]];
const $t192 = ["bin", "in", ["v", "$r51"], ["v", "$r47"]];
const $t193 = ["idx", ["v", "$r47"], ["v", "$r51"]];
const $t194 = ["v", "$r53"];
const $t195 = ["v", "$r51"];
const $t196 = ["v", "$r47"];
const $t197 = [$t194, $t195, $t196];
const $t198 = ["v", "$r48"];
const $t199 = ["v", "$r54"];
const $t200 = ["v", "$r52"];
const $t201 = ["bin", "+", ["v", "$r51"], ["n", 1]];
const $t202 = [$t198];
const $t203 = ["v", "$r55"];
const $t204 = ["v", "$r56"];
const $t205 = ["v", "$r49"];
const $t206 = ["v", "$r57"];
const $t207 = ["fn", "F25"];
const $t208 = ["x$21"];
const $t209 = ["bin", ">", ["v", "x$21"], ["n", 2]];
const $t210 = ["isarr", ["v", "$r58"]];
const $t211 = ["bin", "===", ["un", "typeof", ["v", "$r59"]], ["s", "function"]];
const $t212 = ["get", ["v", "$r58"], "length"];
const $t213 = ["un", "!", ["bin", "<", ["v", "$r62"], ["v", "$r61"]]];
const $t214 = ["bin", "in", ["v", "$r62"], ["v", "$r58"]];
const $t215 = ["idx", ["v", "$r58"], ["v", "$r62"]];
const $t216 = ["v", "$r64"];
const $t217 = ["v", "$r62"];
const $t218 = ["v", "$r58"];
const $t219 = [$t216, $t217, $t218];
const $t220 = ["v", "$r59"];
const $t221 = ["v", "$r65"];
const $t222 = [$t216];
const $t223 = ["v", "$r63"];
const $t224 = ["bin", "+", ["v", "$r62"], ["n", 1]];
const $t225 = [$t220];
const $t226 = ["v", "$r66"];
const $t227 = ["v", "$r67"];
const $t228 = ["v", "$r60"];
const $t229 = ["v", "callbacks"];
const $t230 = [$t229];
const $t231 = ["fn", "v$22"];
const $t232 = ["v", "v$22"];
const $t233 = [$t232];
const $t234 = ["v", "fn"];
const $t235 = ["v", "$r68"];
const $t236 = [$t43, $t58];
const $t237 = ["fn", "F27"];
const $t238 = ["s", "hi"];
const $t239 = [$t237, $t238];
const $t240 = ["z$23"];
const $t241 = ["bin", "+", ["v", "z$23"], ["s", "!"]];
const $t242 = ["v", "$r69"];
const $t243 = ["v", "$r70"];
const $t244 = [$t242, $t243];
const $s0 = $T.root();
$T.on && $T.let($s0, "vx", $t1);
$T.on && $T.decl($s0, "hoisted", hoisted, "F1");
$T.on && $T.decl($s0, "fact", fact, "F2");
$T.on && $T.decl($s0, "counter", counter, "F3");
$T.on && $T.decl($s0, "defaults", defaults, "F8");
$T.on && $T.decl($s0, "point", point, "F9");
$T.on && $T.decl($s0, "nested", nested, "F10");
$T.on && $T.decl($s0, "reassigned", reassigned, "F16");
$T.on && $T.decl($s0, "outer", outer, "F18");
$T.on && $T.decl($s0, "varHoist", varHoist, "F20");
$T.on && $T.decl($s0, "noReturn", noReturn, "F21");
$T.on && $T.decl($s0, "early", early, "F23");
$T.on && $T.decl($s0, "apply", apply, "F26");
let $r10 = $T.on ? $T.call($s0, "$r10", null, hoisted, $t3, [2]) : hoisted(2);
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t5, [$r10]) : console.log($r10);
function hoisted(x$1) {
  if (!$T.on) {
    return x$1 * 21;
  }
  const $s1 = $T.enter($s0, "F1", $t7);
  $T.on && $T.ret($s1, $t8);
  return x$1 * 21;
}
function fact(n$2) {
  if (!$T.on) {
    let $r11;
    if (n$2 <= 1) {
      $r11 = 1;
    } else {
      let $r12 = fact(n$2 - 1);
      $r11 = n$2 * $r12;
    }
    return $r11;
  }
  const $s1 = $T.enter($s0, "F2", $t9);
  $T.on && $T.let($s1, "$r11", $t1);
  let $r11;
  if ($T.on ? $T.if($s1, $t10, n$2 <= 1) : n$2 <= 1) {
    $T.on && $T.set($s1, "$r11", $t11);
    $r11 = 1;
    $T.on && $T.pop($s1);
  } else {
    let $r12 = $T.on ? $T.call($s1, "$r12", null, fact, $t13, [n$2 - 1]) : fact(n$2 - 1);
    $T.on && $T.set($s1, "$r11", $t14);
    $r11 = n$2 * $r12;
    $T.on && $T.pop($s1);
  }
  $T.on && $T.ret($s1, $t15);
  return $r11;
}
let $r13 = $T.on ? $T.call($s0, "$r13", null, fact, $t17, [6]) : fact(6);
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t19, [$r13]) : console.log($r13);
function counter() {
  if (!$T.on) {
    let c$3 = 0;
    return { inc: function () {
      c$3 = c$3 + 1;
      return c$3;
    }, get: () => {
      return c$3;
    } };
  }
  const $s1 = $T.enter($s0, "F3", $t20);
  $T.on && $T.let($s1, "c$3", $t21);
  let c$3 = 0;
  $T.on && $T.ret($s1, $t22);
  return $T.lit({ inc: $T.fn(function () {
    if (!$T.on) {
      c$3 = c$3 + 1;
      return c$3;
    }
    const $s2 = $T.enter($s1, "F4", $t20);
    $T.on && $T.set($s2, "c$3", $t23);
    c$3 = c$3 + 1;
    $T.on && $T.ret($s2, $t24);
    return c$3;
  }, "F4", $s1, "inc"), get: $T.fn(() => {
    if (!$T.on) {
      return c$3;
    }
    const $s2 = $T.enter($s1, "F5", $t20);
    $T.on && $T.ret($s2, $t24);
    return c$3;
  }, "F5", $s1, "get") });
}
let ctr = $T.on ? $T.call($s0, "ctr", null, counter, $t20, []) : counter();
$T.on ? $T.mcallv($s0, null, $t25, ctr, "inc", ctr.inc, $t20, []) : ctr.inc();
$T.on ? $T.mcallv($s0, null, $t25, ctr, "inc", ctr.inc, $t20, []) : ctr.inc();
let $r14 = $T.on ? $T.mcallv($s0, "$r14", $t25, ctr, "get", ctr.get, $t20, []) : ctr.get();
let $r15 = $T.on ? $T.mcallv($s0, "$r15", $t25, ctr, "inc", ctr.inc, $t20, []) : ctr.inc();
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t28, [$r14, $r15]) : console.log($r14, $r15);
$T.on && $T.let($s0, "add", $t29);
const add = $T.fn((a$4, b$5 = undefined) => {
  if (!$T.on) {
    if (b$5 === undefined) {
      b$5 = 10;
    }
    return a$4 + b$5;
  }
  const $s1 = $T.enter($s0, "F6", $t30);
  if ($T.on ? $T.when($s1, $t31, b$5 === undefined) : b$5 === undefined) {
    $T.on && $T.set($s1, "b$5", $t32);
    b$5 = 10;
    $T.on && $T.pop($s1);
  }
  $T.on && $T.ret($s1, $t33);
  return a$4 + b$5;
}, "F6", $s0, "add");
$T.on && $T.let($s0, "sq", $t34);
const sq = $T.fn((x$6) => {
  if (!$T.on) {
    return x$6 * x$6;
  }
  const $s1 = $T.enter($s0, "F7", $t35);
  $T.on && $T.ret($s1, $t36);
  return x$6 * x$6;
}, "F7", $s0, "sq");
let $r16 = $T.on ? $T.call($s0, "$r16", $t38, add, $t37, [1]) : add(1);
let $r17 = $T.on ? $T.call($s0, "$r17", $t38, add, $t39, [1, 2]) : add(1, 2);
let $r18 = $T.on ? $T.call($s0, "$r18", $t38, add, $t40, [1, undefined]) : add(1, undefined);
let $r19 = $T.on ? $T.call($s0, "$r19", $t43, sq, $t42, [9]) : sq(9);
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t48, [$r16, $r17, $r18, $r19]) : console.log($r16, $r17, $r18, $r19);
function defaults(a$7, b$8 = undefined, c$9 = undefined) {
  if (!$T.on) {
    if (b$8 === undefined) {
      b$8 = a$7 + 1;
    }
    if (c$9 === undefined) {
      c$9 = b$8 * 2;
    }
    let $r20 = [a$7, b$8, c$9].join("/");
    return $r20;
  }
  const $s1 = $T.enter($s0, "F8", $t49);
  if ($T.on ? $T.when($s1, $t50, b$8 === undefined) : b$8 === undefined) {
    $T.on && $T.set($s1, "b$8", $t51);
    b$8 = a$7 + 1;
    $T.on && $T.pop($s1);
  }
  if ($T.on ? $T.when($s1, $t52, c$9 === undefined) : c$9 === undefined) {
    $T.on && $T.set($s1, "c$9", $t53);
    c$9 = b$8 * 2;
    $T.on && $T.pop($s1);
  }
  let $r20 = $T.mcall($s1, "$r20", $t56, $T.lit([a$7, b$8, c$9]), "join", $t55, ["/"]);
  $T.on && $T.ret($s1, $t57);
  return $r20;
}
let $r21 = $T.on ? $T.call($s0, "$r21", null, defaults, $t37, [1]) : defaults(1);
let $r22 = $T.on ? $T.call($s0, "$r22", null, defaults, $t59, [1, 5]) : defaults(1, 5);
let $r23 = $T.on ? $T.call($s0, "$r23", null, defaults, $t60, [1, undefined, 0]) : defaults(1, undefined, 0);
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t64, [$r21, $r22, $r23]) : console.log($r21, $r22, $r23);
function point($r1) {
  if (!$T.on) {
    let x$10 = $r1.x;
    let why = $r1.y;
    let $r2 = $r1.z;
    if ($r2 === undefined) {
      $r2 = 3;
    }
    let z$11 = $r2;
    return x$10 + why + z$11;
  }
  const $s1 = $T.enter($s0, "F9", $t65);
  $T.on && $T.let($s1, "x$10", $t66);
  let x$10 = $r1.x;
  $T.on && $T.let($s1, "why", $t67);
  let why = $r1.y;
  $T.on && $T.let($s1, "$r2", $t68);
  let $r2 = $r1.z;
  if ($T.on ? $T.when($s1, $t69, $r2 === undefined) : $r2 === undefined) {
    $T.on && $T.set($s1, "$r2", $t70);
    $r2 = 3;
    $T.on && $T.pop($s1);
  }
  $T.on && $T.let($s1, "z$11", $t71);
  let z$11 = $r2;
  $T.on && $T.ret($s1, $t72);
  return x$10 + why + z$11;
}
const $r71 = $T.lit({ x: 1, y: 2 });
let $r24 = $T.on ? $T.call($s0, "$r24", null, point, $t74, [$r71]) : point($r71);
const $r72 = $T.lit({ x: 1, y: 2, z: 30 });
let $r25 = $T.on ? $T.call($s0, "$r25", null, point, $t76, [$r72]) : point($r72);
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t79, [$r24, $r25]) : console.log($r24, $r25);
function nested($r3) {
  if (!$T.on) {
    let $r4 = $r3.a;
    let b$12 = $r4.b;
    let $r5 = $r3.c;
    if ($r5 === undefined) {
      $r5 = { d: 4 };
    }
    let c$13 = $r5;
    return b$12 + c$13.d;
  }
  const $s1 = $T.enter($s0, "F10", $t80);
  $T.on && $T.let($s1, "$r4", $t81);
  let $r4 = $r3.a;
  $T.on && $T.let($s1, "b$12", $t82);
  let b$12 = $r4.b;
  $T.on && $T.let($s1, "$r5", $t83);
  let $r5 = $r3.c;
  if ($T.on ? $T.when($s1, $t84, $r5 === undefined) : $r5 === undefined) {
    $T.on && $T.set($s1, "$r5", $t85);
    $r5 = $T.lit({ d: 4 });
    $T.on && $T.pop($s1);
  }
  $T.on && $T.let($s1, "c$13", $t86);
  let c$13 = $r5;
  $T.on && $T.ret($s1, $t87);
  return b$12 + c$13.d;
}
const $r73 = $T.lit({ a: $T.lit({ b: 1 }) });
let $r26 = $T.on ? $T.call($s0, "$r26", null, nested, $t89, [$r73]) : nested($r73);
const $r74 = $T.lit({ a: $T.lit({ b: 1 }), c: $T.lit({ d: 100 }) });
let $r27 = $T.on ? $T.call($s0, "$r27", null, nested, $t91, [$r74]) : nested($r74);
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t94, [$r26, $r27]) : console.log($r26, $r27);
$T.on && $T.let($s0, "$r6", $t95);
let $r6 = $T.lit({ p: "P", q: $T.lit({ r: "R" }) });
$T.on && $T.let($s0, "p", $t96);
const p = $r6.p;
$T.on && $T.let($s0, "$r7", $t97);
let $r7 = $r6.q;
$T.on && $T.let($s0, "r", $t98);
const r = $r7.r;
$T.on && $T.let($s0, "$r8", $t99);
let $r8 = $r6.w;
if ($T.on ? $T.when($s0, $t100, $r8 === undefined) : $r8 === undefined) {
  $T.on && $T.set($s0, "$r8", $t101);
  $r8 = "dw";
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "w", $t102);
const w = $r8;
$T.on && $T.let($s0, "$r9", $t103);
let $r9 = $T.lit({ vx: "VX" });
$T.on && $T.set($s0, "vx", $t104);
var vx = $r9.vx;
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t109, [p, r, w, vx]) : console.log(p, r, w, vx);
$T.on && $T.let($s0, "fnExpr", $t110);
let fnExpr = $T.fn(function named(n$14) {
  if (!$T.on) {
    let $r28;
    if (n$14 > 0) {
      let $r29 = named(n$14 - 1);
      $r28 = $r29 + 1;
    } else {
      $r28 = 0;
    }
    return $r28;
  }
  const $s1 = $T.enter($s0, "F11", $t111);
  $T.on && $T.let($s1, "$r28", $t1);
  let $r28;
  if ($T.on ? $T.if($s1, $t112, n$14 > 0) : n$14 > 0) {
    let $r29 = $T.on ? $T.call($s1, "$r29", $t115, named, $t114, [n$14 - 1]) : named(n$14 - 1);
    $T.on && $T.set($s1, "$r28", $t116);
    $r28 = $r29 + 1;
    $T.on && $T.pop($s1);
  } else {
    $T.on && $T.set($s1, "$r28", $t21);
    $r28 = 0;
    $T.on && $T.pop($s1);
  }
  $T.on && $T.ret($s1, $t117);
  return $r28;
}, "F11", $s0);
let $r30 = $T.on ? $T.call($s0, "$r30", $t120, fnExpr, $t119, [4]) : fnExpr(4);
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t122, [$r30]) : console.log($r30);
let $r31 = $T.call($s0, "$r31", $t123, $T.fn(function (x$15) {
  if (!$T.on) {
    return x$15 + 1;
  }
  const $s1 = $T.enter($s0, "F12", $t124);
  $T.on && $T.ret($s1, $t125);
  return x$15 + 1;
}, "F12", $s0), $t37, [1]);
let $r32 = $T.call($s0, "$r32", $t127, $T.fn((y) => {
  if (!$T.on) {
    return y * 3;
  }
  const $s1 = $T.enter($s0, "F13", $t128);
  $T.on && $T.ret($s1, $t129);
  return y * 3;
}, "F13", $s0), $t126, [3]);
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t132, [$r31, $r32]) : console.log($r31, $r32);
$T.on && $T.let($s0, "swap", $t133);
let swap = $T.fn(function () {
  if (!$T.on) {
    return "first";
  }
  const $s1 = $T.enter($s0, "F14", $t20);
  $T.on && $T.ret($s1, $t134);
  return "first";
}, "F14", $s0, "swap");
let before$0 = $T.on ? $T.call($s0, "before$0", $t135, swap, $t20, []) : swap();
$T.on && $T.set($s0, "swap", $t136);
swap = $T.fn(function () {
  if (!$T.on) {
    return "second";
  }
  const $s1 = $T.enter($s0, "F15", $t20);
  $T.on && $T.ret($s1, $t137);
  return "second";
}, "F15", $s0, "swap");
let $r33 = $T.on ? $T.call($s0, "$r33", $t135, swap, $t20, []) : swap();
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t140, [before$0, $r33]) : console.log(before$0, $r33);
function reassigned() {
  if (!$T.on) {
    return "orig";
  }
  const $s1 = $T.enter($s0, "F16", $t20);
  $T.on && $T.ret($s1, $t141);
  return "orig";
}
let r0 = $T.on ? $T.call($s0, "r0", $t142, reassigned, $t20, []) : reassigned();
$T.on && $T.set($s0, "reassigned", $t143);
reassigned = $T.fn(function () {
  if (!$T.on) {
    return "new";
  }
  const $s1 = $T.enter($s0, "F17", $t20);
  $T.on && $T.ret($s1, $t144);
  return "new";
}, "F17", $s0, "reassigned");
let $r34 = $T.on ? $T.call($s0, "$r34", $t142, reassigned, $t20, []) : reassigned();
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t147, [r0, $r34]) : console.log(r0, $r34);
function outer() {
  if (!$T.on) {
    var v$16 = "outer-v";
    function inner() {
      return v$16 + "/inner";
    }
    let $r35 = inner();
    return $r35;
  }
  const $s1 = $T.enter($s0, "F18", $t20);
  $T.on && $T.let($s1, "v$16", $t1);
  $T.on && $T.decl($s1, "inner", inner, "F19");
  $T.on && $T.set($s1, "v$16", $t148);
  var v$16 = "outer-v";
  function inner() {
    if (!$T.on) {
      return v$16 + "/inner";
    }
    const $s2 = $T.enter($s1, "F19", $t20);
    $T.on && $T.ret($s2, $t149);
    return v$16 + "/inner";
  }
  let $r35 = $T.on ? $T.call($s1, "$r35", null, inner, $t20, []) : inner();
  $T.on && $T.ret($s1, $t150);
  return $r35;
}
let $r36 = $T.on ? $T.call($s0, "$r36", null, outer, $t20, []) : outer();
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t152, [$r36]) : console.log($r36);
function varHoist() {
  if (!$T.on) {
    let before$17 = typeof later;
    var later = 1;
    return before$17 + ":" + later;
  }
  const $s1 = $T.enter($s0, "F20", $t20);
  $T.on && $T.let($s1, "later", $t1);
  $T.on && $T.let($s1, "before$17", $t153);
  let before$17 = typeof later;
  $T.on && $T.set($s1, "later", $t11);
  var later = 1;
  $T.on && $T.ret($s1, $t154);
  return before$17 + ":" + later;
}
let $r37 = $T.on ? $T.call($s0, "$r37", null, varHoist, $t20, []) : varHoist();
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t156, [$r37]) : console.log($r37);
let $r38 = $T.on ? $T.mcallv($s0, "$r38", $t158, Math, "max", Math.max, $t157, [1, 5, 3]) : Math.max(1, 5, 3);
let $r39 = $T.on ? $T.mcallv($s0, "$r39", $t158, Math, "floor", Math.floor, $t160, [2.7]) : Math.floor(2.7);
const $r75 = $T.lit({ a: $T.lit([1]) });
let $r40 = $T.on ? $T.mcallv($s0, "$r40", $t163, JSON, "stringify", JSON.stringify, $t162, [$r75]) : JSON.stringify($r75);
let $r41 = $T.on ? $T.mcall($s0, "$r41", $t164, "abc", "toUpperCase", $t20, []) : "abc".toUpperCase();
$T.on && $T.let($s0, "math", $t165);
let math = $T.lit([$r38, $r39, $r40, $r41]);
let $r42 = $T.on ? $T.mcallv($s0, "$r42", $t168, math, "join", math.join, $t167, [" "]) : math.join(" ");
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t170, [$r42]) : console.log($r42);
function noReturn() {
  if (!$T.on) {
    let x$18 = 1;
    return;
  }
  const $s1 = $T.enter($s0, "F21", $t20);
  $T.on && $T.let($s1, "x$18", $t11);
  let x$18 = 1;
  $T.on && $T.ret($s1, $t1, true);
}
let $r43 = $T.on ? $T.call($s0, "$r43", null, noReturn, $t20, []) : noReturn();
let $r44 = $T.call($s0, "$r44", $t171, $T.fn(() => {
  if (!$T.on) {
    return;
  }
  const $s1 = $T.enter($s0, "F22", $t20);
  $T.on && $T.ret($s1, $t1, true);
}, "F22", $s0), $t20, []);
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t174, [$r43, $r44]) : console.log($r43, $r44);
function early(x$19) {
  if (!$T.on) {
    if (x$19 > 1) {
      return "big";
    }
    return "small";
  }
  const $s1 = $T.enter($s0, "F23", $t175);
  if ($T.on ? $T.when($s1, $t176, x$19 > 1) : x$19 > 1) {
    $T.on && $T.ret($s1, $t177);
    return "big";
  }
  $T.on && $T.ret($s1, $t178);
  return "small";
}
let $r45 = $T.on ? $T.call($s0, "$r45", null, early, $t3, [2]) : early(2);
let $r46 = $T.on ? $T.call($s0, "$r46", null, early, $t179, [0]) : early(0);
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t182, [$r45, $r46]) : console.log($r45, $r46);
$T.on && $T.let($s0, "$r47", $t183);
let $r47 = $T.lit([1, 2, 3]);
$T.on && $T.let($s0, "$r48", $t184);
let $r48 = $T.fn(function (x$20) {
  if (!$T.on) {
    return x$20 * 2;
  }
  const $s1 = $T.enter($s0, "F24", $t185);
  $T.on && $T.ret($s1, $t186);
  return x$20 * 2;
}, "F24", $s0);
$T.on && $T.let($s0, "$r49", $t1);
let $r49;
if ($T.if($s0, $t187, $T.arrayFits($r47, "map"))) {
  if ($T.on ? $T.if($s0, $t188, typeof $r48 === "function") : typeof $r48 === "function") {
    $T.on && $T.let($s0, "$r50", $t189);
    let $r50 = $r47.length;
    $T.on && $T.let($s0, "$r52", $t190);
    let $r52 = $T.lit([]);
    $T.on && $T.let($s0, "$r51", $t21);
    let $r51 = 0;
    $T.on && $T.loop($s0, "L1000108");
    L1000108: while (true) {
      if ($T.on ? $T.exit($s0, "L1000108", $t191, !($r51 < $r50)) : !($r51 < $r50)) {
        break L1000108;
      }
      if ($T.if($s0, $t192, $T.present($r47, $r51))) {
        $T.on && $T.let($s0, "$r53", $t193);
        let $r53 = $r47[$r51];
        let $r54 = $T.on ? $T.call($s0, "$r54", $t198, $r48, $t197, [$r53, $r51, $r47]) : $r48($r53, $r51, $r47);
        $T.on && $T.put($s0, $t200, $t195, $t199, $r52, $r51);
        $r52[$r51] = $r54;
        $T.on && $T.pop($s0);
      } else {
        $T.on && $T.unknown($s0);
        $r52.length = $r50;
        $T.on && $T.pop($s0);
      }
      $T.on && $T.set($s0, "$r51", $t201);
      $r51 = $r51 + 1;
    }
    $T.on && $T.set($s0, "$r49", $t200);
    $r49 = $r52;
    $T.on && $T.pop($s0);
  } else {
    let $r55 = $T.on ? $T.mcallv($s0, "$r55", $t196, $r47, "map", $r47.map, $t202, [$r48]) : $r47.map($r48);
    $T.on && $T.set($s0, "$r49", $t203);
    $r49 = $r55;
    $T.on && $T.pop($s0);
  }
  $T.on && $T.pop($s0);
} else {
  let $r56 = $T.on ? $T.mcallv($s0, "$r56", $t196, $r47, "map", $r47.map, $t202, [$r48]) : $r47.map($r48);
  $T.on && $T.set($s0, "$r49", $t204);
  $r49 = $r56;
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r57", $t205);
let $r57 = $r49;
$T.on && $T.let($s0, "$r58", $t206);
let $r58 = $r57;
$T.on && $T.let($s0, "$r59", $t207);
let $r59 = $T.fn((x$21) => {
  if (!$T.on) {
    return x$21 > 2;
  }
  const $s1 = $T.enter($s0, "F25", $t208);
  $T.on && $T.ret($s1, $t209);
  return x$21 > 2;
}, "F25", $s0);
$T.on && $T.let($s0, "$r60", $t1);
let $r60;
if ($T.if($s0, $t210, $T.arrayFits($r58, "filter"))) {
  if ($T.on ? $T.if($s0, $t211, typeof $r59 === "function") : typeof $r59 === "function") {
    $T.on && $T.let($s0, "$r61", $t212);
    let $r61 = $r58.length;
    $T.on && $T.let($s0, "$r63", $t190);
    let $r63 = $T.lit([]);
    $T.on && $T.let($s0, "$r62", $t21);
    let $r62 = 0;
    $T.on && $T.loop($s0, "L1000119");
    L1000119: while (true) {
      if ($T.on ? $T.exit($s0, "L1000119", $t213, !($r62 < $r61)) : !($r62 < $r61)) {
        break L1000119;
      }
      if ($T.when($s0, $t214, $T.present($r58, $r62))) {
        $T.on && $T.let($s0, "$r64", $t215);
        let $r64 = $r58[$r62];
        let $r65 = $T.on ? $T.call($s0, "$r65", $t220, $r59, $t219, [$r64, $r62, $r58]) : $r59($r64, $r62, $r58);
        if ($T.on ? $T.when($s0, $t221, $r65) : $r65) {
          $T.on ? $T.mcallv($s0, null, $t223, $r63, "push", $r63.push, $t222, [$r64]) : $r63.push($r64);
          $T.on && $T.pop($s0);
        }
        $T.on && $T.pop($s0);
      }
      $T.on && $T.set($s0, "$r62", $t224);
      $r62 = $r62 + 1;
    }
    $T.on && $T.set($s0, "$r60", $t223);
    $r60 = $r63;
    $T.on && $T.pop($s0);
  } else {
    let $r66 = $T.on ? $T.mcallv($s0, "$r66", $t218, $r58, "filter", $r58.filter, $t225, [$r59]) : $r58.filter($r59);
    $T.on && $T.set($s0, "$r60", $t226);
    $r60 = $r66;
    $T.on && $T.pop($s0);
  }
  $T.on && $T.pop($s0);
} else {
  let $r67 = $T.on ? $T.mcallv($s0, "$r67", $t218, $r58, "filter", $r58.filter, $t225, [$r59]) : $r58.filter($r59);
  $T.on && $T.set($s0, "$r60", $t227);
  $r60 = $r67;
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "callbacks", $t228);
let callbacks = $r60;
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t230, [callbacks]) : console.log(callbacks);
function apply(fn, v$22) {
  if (!$T.on) {
    let $r68 = fn(v$22);
    return $r68;
  }
  const $s1 = $T.enter($s0, "F26", $t231);
  let $r68 = $T.on ? $T.call($s1, "$r68", $t234, fn, $t233, [v$22]) : fn(v$22);
  $T.on && $T.ret($s1, $t235);
  return $r68;
}
let $r69 = $T.on ? $T.call($s0, "$r69", null, apply, $t236, [sq, 5]) : apply(sq, 5);
const $r76 = $T.fn(function (z$23) {
  if (!$T.on) {
    return z$23 + "!";
  }
  const $s1 = $T.enter($s0, "F27", $t240);
  $T.on && $T.ret($s1, $t241);
  return z$23 + "!";
}, "F27", $s0);
let $r70 = $T.on ? $T.call($s0, "$r70", null, apply, $t239, [$r76, "hi"]) : apply($r76, "hi");
$T.on ? $T.mcallv($s0, null, $t6, console, "log", console.log, $t244, [$r69, $r70]) : console.log($r69, $r70);
$T.end();
