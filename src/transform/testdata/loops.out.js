const $T = require("containerless/tracing");
const $t1 = ["u"];
const $t2 = ["arr", []];
const $t3 = ["n", 0];
const $t4 = ["un", "!", ["bin", "<", ["v", "i$2"], ["n", 5]]];
const $t5 = ["bin", "===", ["v", "i$2"], ["n", 1]];
const $t6 = ["bin", "===", ["v", "i$2"], ["n", 4]];
const $t7 = ["v", "i$2"];
const $t8 = [$t7];
const $t9 = ["v", "out"];
const $t10 = ["bin", "+", ["v", "i$2"], ["n", 1]];
const $t11 = ["un", "!", ["bin", "<", ["v", "j"], ["n", 10]]];
const $t12 = ["bin", "+", ["v", "j"], ["n", 3]];
const $t13 = ["bin", "===", ["v", "j"], ["n", 6]];
const $t14 = ["bin", "+", ["s", "w"], ["v", "j"]];
const $t15 = [$t14];
const $t16 = ["b", true];
const $t17 = ["un", "!", ["bin", "||", ["v", "$r15"], ["bin", "<", ["v", "k$0"], ["n", 4]]]];
const $t18 = ["b", false];
const $t19 = ["bin", "+", ["v", "k$0"], ["n", 1]];
const $t20 = ["bin", "===", ["v", "k$0"], ["n", 2]];
const $t21 = ["bin", "+", ["s", "d"], ["v", "k$0"]];
const $t22 = [$t21];
const $t23 = ["un", "!", ["bin", "<", ["v", "x$3"], ["n", 3]]];
const $t24 = ["un", "!", ["bin", "<", ["v", "y"], ["n", 3]]];
const $t25 = ["bin", "===", ["v", "y"], ["n", 2]];
const $t26 = ["bin", "===", ["v", "x$3"], ["n", 2]];
const $t27 = ["bin", "+", ["bin", "+", ["v", "x$3"], ["s", ":"]], ["v", "y"]];
const $t28 = [$t27];
const $t29 = ["bin", "+", ["v", "y"], ["n", 1]];
const $t30 = ["bin", "+", ["v", "x$3"], ["n", 1]];
const $t31 = ["n", 10];
const $t32 = ["un", "!", ["bin", "<", ["v", "v"], ["v", "w"]]];
const $t33 = ["bin", "+", ["bin", "+", ["s", "v"], ["v", "v"]], ["v", "w"]];
const $t34 = [$t33];
const $t35 = ["bin", "+", ["v", "v"], ["n", 4]];
const $t36 = ["bin", "-", ["v", "w"], ["n", 1]];
const $t37 = ["s", " "];
const $t38 = [$t37];
const $t39 = ["v", "$r16"];
const $t40 = ["v", "v"];
const $t41 = ["v", "w"];
const $t42 = [$t39, $t40, $t41];
const $t43 = ["g", "console"];
const $t44 = ["x$4"];
const $t45 = ["s", ""];
const $t46 = ["n", -1];
const $t47 = ["bin", "===", ["v", "x$4"], ["n", 1]];
const $t48 = ["bin", "===", ["v", "$r17"], ["n", -1]];
const $t49 = ["bin", "===", ["v", "x$4"], ["n", 2]];
const $t50 = ["n", 1];
const $t51 = ["bin", "===", ["v", "x$4"], ["n", 3]];
const $t52 = ["n", 3];
const $t53 = ["n", 2];
const $t54 = ["bin", "<=", ["v", "$r17"], ["n", 0]];
const $t55 = ["bin", "+", ["v", "r$5"], ["s", "one "]];
const $t56 = ["bin", "<=", ["v", "$r17"], ["n", 1]];
const $t57 = ["bin", "+", ["v", "r$5"], ["s", "two "]];
const $t58 = ["bin", "<=", ["v", "$r17"], ["n", 2]];
const $t59 = ["bin", "+", ["v", "r$5"], ["s", "other "]];
const $t60 = ["bin", "<=", ["v", "$r17"], ["n", 3]];
const $t61 = ["bin", "+", ["v", "r$5"], ["s", "three "]];
const $t62 = ["v", "r$5"];
const $t63 = [$t50];
const $t64 = [$t53];
const $t65 = [$t52];
const $t66 = ["n", 9];
const $t67 = [$t66];
const $t68 = ["v", "$r18"];
const $t69 = ["s", "|"];
const $t70 = ["v", "$r19"];
const $t71 = ["v", "$r20"];
const $t72 = ["v", "$r21"];
const $t73 = [$t68, $t69, $t70, $t69, $t71, $t69, $t72];
const $t74 = ["x$6"];
const $t75 = ["s", "none"];
const $t76 = ["un", "typeof", ["v", "x$6"]];
const $t77 = ["bin", "===", ["v", "$r22"], ["s", "number"]];
const $t78 = ["bin", "===", ["v", "$r23"], ["n", -1]];
const $t79 = ["bin", "===", ["v", "$r22"], ["s", "string"]];
const $t80 = ["bin", "<=", ["v", "$r23"], ["n", 0]];
const $t81 = ["s", "num"];
const $t82 = ["bin", "<=", ["v", "$r23"], ["n", 1]];
const $t83 = ["s", "str"];
const $t84 = ["v", "r$7"];
const $t85 = ["s", "a"];
const $t86 = [$t85];
const $t87 = ["null"];
const $t88 = [$t87];
const $t89 = ["v", "$r24"];
const $t90 = ["v", "$r25"];
const $t91 = ["v", "$r26"];
const $t92 = [$t89, $t90, $t91];
const $t93 = ["un", "!", ["bin", "<", ["v", "i$8"], ["n", 6]]];
const $t94 = ["bin", "%", ["v", "i$8"], ["n", 3]];
const $t95 = ["bin", "===", ["v", "$r27"], ["n", 0]];
const $t96 = ["bin", "===", ["v", "$r28"], ["n", -1]];
const $t97 = ["bin", "===", ["v", "$r27"], ["n", 1]];
const $t98 = ["bin", "<=", ["v", "$r28"], ["n", 0]];
const $t99 = ["bin", "<=", ["v", "$r28"], ["n", 1]];
const $t100 = ["bin", "+", ["s", "one"], ["v", "i$8"]];
const $t101 = [$t100];
const $t102 = ["v", "seen$1"];
const $t103 = ["bin", "+", ["s", "after"], ["v", "i$8"]];
const $t104 = [$t103];
const $t105 = ["bin", "+", ["v", "i$8"], ["n", 1]];
const $t106 = ["s", ","];
const $t107 = [$t106];
const $t108 = ["v", "$r29"];
const $t109 = [$t108];
const $t110 = ["v", "$r30"];
const $t111 = ["un", "!", ["bin", "<", ["v", "i$9"], ["n", 3]]];
const $t112 = ["fn", "F3"];
const $t113 = [$t112];
const $t114 = [];
const $t115 = ["v", "i$9"];
const $t116 = ["v", "fns"];
const $t117 = ["bin", "+", ["v", "i$9"], ["n", 0]];
const $t118 = ["bin", "+", ["v", "$r30"], ["n", 1]];
const $t119 = ["fn", "F4"];
const $t120 = ["f$10"];
const $t121 = ["v", "f$10"];
const $t122 = ["v", "$r31"];
const $t123 = ["isarr", ["v", "$r32"]];
const $t124 = ["bin", "===", ["un", "typeof", ["v", "$r33"]], ["s", "function"]];
const $t125 = ["get", ["v", "$r32"], "length"];
const $t126 = ["un", "!", ["bin", "<", ["v", "$r36"], ["v", "$r35"]]];
const $t127 = ["bin", "in", ["v", "$r36"], ["v", "$r32"]];
const $t128 = ["idx", ["v", "$r32"], ["v", "$r36"]];
const $t129 = ["v", "$r38"];
const $t130 = ["v", "$r36"];
const $t131 = ["v", "$r32"];
const $t132 = [$t129, $t130, $t131];
const $t133 = ["v", "$r33"];
const $t134 = ["v", "$r39"];
const $t135 = ["v", "$r37"];
const $t136 = ["bin", "+", ["v", "$r36"], ["n", 1]];
const $t137 = [$t133];
const $t138 = ["v", "$r40"];
const $t139 = ["v", "$r41"];
const $t140 = ["v", "$r34"];
const $t141 = ["v", "$r42"];
const $t142 = ["v", "$r43"];
const $t143 = [$t142];
const $t144 = ["un", "!", ["bin", "<", ["v", "m"], ["n", 3]]];
const $t145 = ["bin", "*", ["v", "m"], ["n", 10]];
const $t146 = ["fn", "F5"];
const $t147 = [$t146];
const $t148 = ["v", "captured"];
const $t149 = ["v", "blockFns"];
const $t150 = ["bin", "+", ["v", "m"], ["n", 1]];
const $t151 = ["fn", "F6"];
const $t152 = ["f$11"];
const $t153 = ["v", "f$11"];
const $t154 = ["v", "$r44"];
const $t155 = ["isarr", ["v", "$r45"]];
const $t156 = ["bin", "===", ["un", "typeof", ["v", "$r46"]], ["s", "function"]];
const $t157 = ["get", ["v", "$r45"], "length"];
const $t158 = ["un", "!", ["bin", "<", ["v", "$r49"], ["v", "$r48"]]];
const $t159 = ["bin", "in", ["v", "$r49"], ["v", "$r45"]];
const $t160 = ["idx", ["v", "$r45"], ["v", "$r49"]];
const $t161 = ["v", "$r51"];
const $t162 = ["v", "$r49"];
const $t163 = ["v", "$r45"];
const $t164 = [$t161, $t162, $t163];
const $t165 = ["v", "$r46"];
const $t166 = ["v", "$r52"];
const $t167 = ["v", "$r50"];
const $t168 = ["bin", "+", ["v", "$r49"], ["n", 1]];
const $t169 = [$t165];
const $t170 = ["v", "$r53"];
const $t171 = ["v", "$r54"];
const $t172 = ["v", "$r47"];
const $t173 = ["v", "$r55"];
const $t174 = ["v", "$r56"];
const $t175 = [$t174];
const $t176 = ["bin", "+", ["v", "count"], ["n", 1]];
const $t177 = ["bin", ">", ["v", "count"], ["n", 4]];
const $t178 = ["v", "count"];
const $t179 = [$t178];
const $t180 = ["o$12", "during"];
const $t181 = ["v", "o$12"];
const $t182 = ["bin", "&&", ["bin", "===", ["un", "typeof", ["v", "$r1"]], ["s", "object"]], ["bin", "!==", ["v", "$r1"], ["null"]]];
const $t183 = ["v", "$r1"];
const $t184 = [$t183];
const $t185 = ["g", "Object"];
const $t186 = ["un", "!", ["bin", "<", ["v", "$r3"], ["get", ["v", "$r2"], "length"]]];
const $t187 = ["idx", ["v", "$r2"], ["v", "$r3"]];
const $t188 = ["bin", "in", ["v", "$r4"], ["v", "$r1"]];
const $t189 = ["v", "$r4"];
const $t190 = ["v", "during"];
const $t191 = ["v", "k$14"];
const $t192 = [$t181, $t191];
const $t193 = [$t191];
const $t194 = ["v", "seen$13"];
const $t195 = ["bin", "+", ["v", "$r3"], ["n", 1]];
const $t196 = ["v", "$r57"];
const $t197 = ["v", "$r58"];
const $t198 = [$t197];
const $t199 = ["v", "$r59"];
const $t200 = [$t199];
const $t201 = ["obj", [["a", ["n", 1]], ["b", ["n", 2]], ["c", ["n", 3]]]];
const $t202 = ["fn", "F8"];
const $t203 = [$t201, $t202];
const $t204 = ["o$15", "k$16"];
const $t205 = ["bin", "===", ["v", "k$16"], ["s", "a"]];
const $t206 = ["n", 4];
const $t207 = ["v", "o$15"];
const $t208 = ["s", "d"];
const $t209 = ["v", "$r60"];
const $t210 = [$t209];
const $t211 = ["obj", [["a", ["n", 1]], ["toString", ["n", 2]]]];
const $t212 = ["fn", "F9"];
const $t213 = [$t211, $t212];
const $t214 = ["o$17", "k$18"];
const $t215 = ["bin", "===", ["v", "k$18"], ["s", "a"]];
const $t216 = ["v", "$r61"];
const $t217 = [$t216];
const $t218 = ["v", "$r62"];
const $t219 = [$t218];
const $t220 = ["obj", [["inherited", ["n", 1]]]];
const $t221 = [$t220];
const $t222 = ["v", "$r64"];
const $t223 = [$t222];
const $t224 = ["s", "hi"];
const $t225 = [$t224];
const $t226 = ["v", "$r63"];
const $t227 = ["v", "$r65"];
const $t228 = ["v", "$r66"];
const $t229 = ["v", "$r67"];
const $t230 = [$t226, $t227, $t228, $t229];
const $t231 = ["obj", [["p", ["n", 1]], ["q", ["n", 2]]]];
const $t232 = ["bin", "&&", ["bin", "===", ["un", "typeof", ["v", "$r5"]], ["s", "object"]], ["bin", "!==", ["v", "$r5"], ["null"]]];
const $t233 = ["v", "$r5"];
const $t234 = [$t233];
const $t235 = ["un", "!", ["bin", "<", ["v", "$r7"], ["get", ["v", "$r6"], "length"]]];
const $t236 = ["idx", ["v", "$r6"], ["v", "$r7"]];
const $t237 = ["bin", "in", ["v", "$r8"], ["v", "$r5"]];
const $t238 = ["v", "$r8"];
const $t239 = ["bin", "===", ["v", "lastKey"], ["s", "p"]];
const $t240 = ["bin", "+", ["v", "$r7"], ["n", 1]];
const $t241 = ["v", "lastKey"];
const $t242 = [$t241];
const $t243 = ["s", "héllo"];
const $t244 = ["bin", "||", ["un", "isArray", ["v", "$r9"]], ["bin", "===", ["un", "typeof", ["v", "$r9"]], ["s", "string"]]];
const $t245 = ["un", "!", ["bin", "<", ["v", "$r10"], ["get", ["v", "$r9"], "length"]]];
const $t246 = ["idx", ["v", "$r9"], ["v", "$r10"]];
const $t247 = ["v", "ch$19"];
const $t248 = [$t247];
const $t249 = ["v", "letters"];
const $t250 = ["bin", "+", ["v", "$r10"], ["n", 1]];
const $t251 = ["s", "a😀b"];
const $t252 = ["bin", "||", ["un", "isArray", ["v", "$r11"]], ["bin", "===", ["un", "typeof", ["v", "$r11"]], ["s", "string"]]];
const $t253 = ["un", "!", ["bin", "<", ["v", "$r12"], ["get", ["v", "$r11"], "length"]]];
const $t254 = ["idx", ["v", "$r11"], ["v", "$r12"]];
const $t255 = ["get", ["v", "ch$20"], "length"];
const $t256 = [$t255];
const $t257 = ["bin", "+", ["v", "$r12"], ["n", 1]];
const $t258 = ["bin", "||", ["un", "isArray", ["v", "$r13"]], ["bin", "===", ["un", "typeof", ["v", "$r13"]], ["s", "string"]]];
const $t259 = ["un", "!", ["bin", "<", ["v", "$r14"], ["get", ["v", "$r13"], "length"]]];
const $t260 = ["idx", ["v", "$r13"], ["v", "$r14"]];
const $t261 = ["s", "never"];
const $t262 = [$t261];
const $t263 = ["bin", "+", ["v", "$r14"], ["n", 1]];
const $t264 = [$t69];
const $t265 = ["v", "$r68"];
const $t266 = [$t265];
const $s0 = $T.root();
$T.on && $T.let($s0, "v", $t1);
$T.on && $T.let($s0, "w", $t1);
$T.on && $T.decl($s0, "kind", kind, "F1");
$T.on && $T.decl($s0, "noDefault", noDefault, "F2");
$T.on && $T.decl($s0, "keysOf", keysOf, "F7");
$T.on && $T.let($s0, "out", $t2);
let out = $T.lit([]);
$T.on && $T.let($s0, "i$2", $t3);
let i$2 = 0;
$T.on && $T.loop($s0, "L1");
L1: while (true) {
  if ($T.on ? $T.exit($s0, "L1", $t4, !(i$2 < 5)) : !(i$2 < 5)) {
    break L1;
  }
  $T.on && $T.label($s0, "C1");
  C1: {
    if ($T.on ? $T.when($s0, $t5, i$2 === 1) : i$2 === 1) {
      $T.on && $T.brk($s0, "C1");
      break C1;
    }
    if ($T.on ? $T.when($s0, $t6, i$2 === 4) : i$2 === 4) {
      $T.on && $T.brk($s0, "L1");
      break L1;
    }
    $T.on ? $T.mcallv($s0, null, $t9, out, "push", out.push, $t8, [i$2]) : out.push(i$2);
    $T.on && $T.pop($s0);
  }
  $T.on && $T.set($s0, "i$2", $t10);
  i$2 = i$2 + 1;
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
$T.on && $T.let($s0, "k$0", $t3);
let k$0 = 0;
$T.on && $T.let($s0, "$r15", $t16);
let $r15 = true;
$T.on && $T.loop($s0, "L3");
L3: while (true) {
  if ($T.on ? $T.exit($s0, "L3", $t17, !($r15 || k$0 < 4)) : !($r15 || k$0 < 4)) {
    break L3;
  }
  $T.on && $T.set($s0, "$r15", $t18);
  $r15 = false;
  $T.on && $T.label($s0, "C3");
  C3: {
    $T.on && $T.set($s0, "k$0", $t19);
    k$0 = k$0 + 1;
    if ($T.on ? $T.when($s0, $t20, k$0 === 2) : k$0 === 2) {
      $T.on && $T.brk($s0, "C3");
      break C3;
    }
    $T.on ? $T.mcallv($s0, null, $t9, out, "push", out.push, $t22, ["d" + k$0]) : out.push("d" + k$0);
    $T.on && $T.pop($s0);
  }
}
$T.on && $T.let($s0, "x$3", $t3);
let x$3 = 0;
$T.on && $T.loop($s0, "L4");
L4: while (true) {
  if ($T.on ? $T.exit($s0, "L4", $t23, !(x$3 < 3)) : !(x$3 < 3)) {
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
      if ($T.on ? $T.when($s0, $t26, x$3 === 2) : x$3 === 2) {
        $T.on && $T.brk($s0, "L4");
        break L4;
      }
      $T.on ? $T.mcallv($s0, null, $t9, out, "push", out.push, $t28, [x$3 + ":" + y]) : out.push(x$3 + ":" + y);
      $T.on && $T.set($s0, "y", $t29);
      y = y + 1;
    }
    $T.on && $T.pop($s0);
  }
  $T.on && $T.set($s0, "x$3", $t30);
  x$3 = x$3 + 1;
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
let $r16 = $T.on ? $T.mcallv($s0, "$r16", $t9, out, "join", out.join, $t38, [" "]) : out.join(" ");
$T.on ? $T.mcallv($s0, null, $t43, console, "log", console.log, $t42, [$r16, v, w]) : console.log($r16, v, w);
function kind(x$4) {
  if (!$T.on) {
    let r$5 = "";
    let $r17 = -1;
    if (x$4 === 1) {
      $r17 = 0;
    }
    if ($r17 === -1) {
      if (x$4 === 2) {
        $r17 = 1;
      }
    }
    if ($r17 === -1) {
      if (x$4 === 3) {
        $r17 = 3;
      }
    }
    if ($r17 === -1) {
      $r17 = 2;
    }
    L7: while (true) {
      if ($r17 <= 0) {
        r$5 = r$5 + "one ";
      }
      if ($r17 <= 1) {
        r$5 = r$5 + "two ";
        break L7;
      }
      if ($r17 <= 2) {
        r$5 = r$5 + "other ";
      }
      if ($r17 <= 3) {
        r$5 = r$5 + "three ";
      }
      break L7;
    }
    return r$5;
  }
  const $s1 = $T.enter($s0, "F1", $t44);
  $T.on && $T.let($s1, "r$5", $t45);
  let r$5 = "";
  $T.on && $T.let($s1, "$r17", $t46);
  let $r17 = -1;
  if ($T.on ? $T.when($s1, $t47, x$4 === 1) : x$4 === 1) {
    $T.on && $T.set($s1, "$r17", $t3);
    $r17 = 0;
    $T.on && $T.pop($s1);
  }
  if ($T.on ? $T.when($s1, $t48, $r17 === -1) : $r17 === -1) {
    if ($T.on ? $T.when($s1, $t49, x$4 === 2) : x$4 === 2) {
      $T.on && $T.set($s1, "$r17", $t50);
      $r17 = 1;
      $T.on && $T.pop($s1);
    }
    $T.on && $T.pop($s1);
  }
  if ($T.on ? $T.when($s1, $t48, $r17 === -1) : $r17 === -1) {
    if ($T.on ? $T.when($s1, $t51, x$4 === 3) : x$4 === 3) {
      $T.on && $T.set($s1, "$r17", $t52);
      $r17 = 3;
      $T.on && $T.pop($s1);
    }
    $T.on && $T.pop($s1);
  }
  if ($T.on ? $T.when($s1, $t48, $r17 === -1) : $r17 === -1) {
    $T.on && $T.set($s1, "$r17", $t53);
    $r17 = 2;
    $T.on && $T.pop($s1);
  }
  $T.on && $T.loop($s1, "L7");
  L7: while (true) {
    $T.on && $T.iter($s1);
    if ($T.on ? $T.when($s1, $t54, $r17 <= 0) : $r17 <= 0) {
      $T.on && $T.set($s1, "r$5", $t55);
      r$5 = r$5 + "one ";
      $T.on && $T.pop($s1);
    }
    if ($T.on ? $T.when($s1, $t56, $r17 <= 1) : $r17 <= 1) {
      $T.on && $T.set($s1, "r$5", $t57);
      r$5 = r$5 + "two ";
      $T.on && $T.brk($s1, "L7");
      break L7;
    }
    if ($T.on ? $T.when($s1, $t58, $r17 <= 2) : $r17 <= 2) {
      $T.on && $T.set($s1, "r$5", $t59);
      r$5 = r$5 + "other ";
      $T.on && $T.pop($s1);
    }
    if ($T.on ? $T.when($s1, $t60, $r17 <= 3) : $r17 <= 3) {
      $T.on && $T.set($s1, "r$5", $t61);
      r$5 = r$5 + "three ";
      $T.on && $T.pop($s1);
    }
    $T.on && $T.brk($s1, "L7");
    break L7;
  }
  $T.on && $T.ret($s1, $t62);
  return r$5;
}
let $r18 = $T.on ? $T.call($s0, "$r18", null, kind, $t63, [1]) : kind(1);
let $r19 = $T.on ? $T.call($s0, "$r19", null, kind, $t64, [2]) : kind(2);
let $r20 = $T.on ? $T.call($s0, "$r20", null, kind, $t65, [3]) : kind(3);
let $r21 = $T.on ? $T.call($s0, "$r21", null, kind, $t67, [9]) : kind(9);
$T.on ? $T.mcallv($s0, null, $t43, console, "log", console.log, $t73, [$r18, "|", $r19, "|", $r20, "|", $r21]) : console.log($r18, "|", $r19, "|", $r20, "|", $r21);
function noDefault(x$6) {
  if (!$T.on) {
    let r$7 = "none";
    let $r22 = typeof x$6;
    let $r23 = -1;
    if ($r22 === "number") {
      $r23 = 0;
    }
    if ($r23 === -1) {
      if ($r22 === "string") {
        $r23 = 1;
      }
    }
    if ($r23 === -1) {
      $r23 = 2;
    }
    L8: while (true) {
      if ($r23 <= 0) {
        r$7 = "num";
        break L8;
      }
      if ($r23 <= 1) {
        r$7 = "str";
        break L8;
      }
      break L8;
    }
    return r$7;
  }
  const $s1 = $T.enter($s0, "F2", $t74);
  $T.on && $T.let($s1, "r$7", $t75);
  let r$7 = "none";
  $T.on && $T.let($s1, "$r22", $t76);
  let $r22 = typeof x$6;
  $T.on && $T.let($s1, "$r23", $t46);
  let $r23 = -1;
  if ($T.on ? $T.when($s1, $t77, $r22 === "number") : $r22 === "number") {
    $T.on && $T.set($s1, "$r23", $t3);
    $r23 = 0;
    $T.on && $T.pop($s1);
  }
  if ($T.on ? $T.when($s1, $t78, $r23 === -1) : $r23 === -1) {
    if ($T.on ? $T.when($s1, $t79, $r22 === "string") : $r22 === "string") {
      $T.on && $T.set($s1, "$r23", $t50);
      $r23 = 1;
      $T.on && $T.pop($s1);
    }
    $T.on && $T.pop($s1);
  }
  if ($T.on ? $T.when($s1, $t78, $r23 === -1) : $r23 === -1) {
    $T.on && $T.set($s1, "$r23", $t53);
    $r23 = 2;
    $T.on && $T.pop($s1);
  }
  $T.on && $T.loop($s1, "L8");
  L8: while (true) {
    $T.on && $T.iter($s1);
    if ($T.on ? $T.when($s1, $t80, $r23 <= 0) : $r23 <= 0) {
      $T.on && $T.set($s1, "r$7", $t81);
      r$7 = "num";
      $T.on && $T.brk($s1, "L8");
      break L8;
    }
    if ($T.on ? $T.when($s1, $t82, $r23 <= 1) : $r23 <= 1) {
      $T.on && $T.set($s1, "r$7", $t83);
      r$7 = "str";
      $T.on && $T.brk($s1, "L8");
      break L8;
    }
    $T.on && $T.brk($s1, "L8");
    break L8;
  }
  $T.on && $T.ret($s1, $t84);
  return r$7;
}
let $r24 = $T.on ? $T.call($s0, "$r24", null, noDefault, $t63, [1]) : noDefault(1);
let $r25 = $T.on ? $T.call($s0, "$r25", null, noDefault, $t86, ["a"]) : noDefault("a");
let $r26 = $T.on ? $T.call($s0, "$r26", null, noDefault, $t88, [null]) : noDefault(null);
$T.on ? $T.mcallv($s0, null, $t43, console, "log", console.log, $t92, [$r24, $r25, $r26]) : console.log($r24, $r25, $r26);
$T.on && $T.let($s0, "seen$1", $t2);
let seen$1 = $T.lit([]);
$T.on && $T.let($s0, "i$8", $t3);
let i$8 = 0;
$T.on && $T.loop($s0, "L9");
L9: while (true) {
  if ($T.on ? $T.exit($s0, "L9", $t93, !(i$8 < 6)) : !(i$8 < 6)) {
    break L9;
  }
  $T.on && $T.label($s0, "C9");
  C9: {
    $T.on && $T.let($s0, "$r27", $t94);
    let $r27 = i$8 % 3;
    $T.on && $T.let($s0, "$r28", $t46);
    let $r28 = -1;
    if ($T.on ? $T.when($s0, $t95, $r27 === 0) : $r27 === 0) {
      $T.on && $T.set($s0, "$r28", $t3);
      $r28 = 0;
      $T.on && $T.pop($s0);
    }
    if ($T.on ? $T.when($s0, $t96, $r28 === -1) : $r28 === -1) {
      if ($T.on ? $T.when($s0, $t97, $r27 === 1) : $r27 === 1) {
        $T.on && $T.set($s0, "$r28", $t50);
        $r28 = 1;
        $T.on && $T.pop($s0);
      }
      $T.on && $T.pop($s0);
    }
    if ($T.on ? $T.when($s0, $t96, $r28 === -1) : $r28 === -1) {
      $T.on && $T.set($s0, "$r28", $t53);
      $r28 = 2;
      $T.on && $T.pop($s0);
    }
    $T.on && $T.loop($s0, "L10");
    L10: while (true) {
      $T.on && $T.iter($s0);
      if ($T.on ? $T.when($s0, $t98, $r28 <= 0) : $r28 <= 0) {
        $T.on && $T.brk($s0, "C9");
        break C9;
      }
      if ($T.on ? $T.when($s0, $t99, $r28 <= 1) : $r28 <= 1) {
        $T.on ? $T.mcallv($s0, null, $t102, seen$1, "push", seen$1.push, $t101, ["one" + i$8]) : seen$1.push("one" + i$8);
        $T.on && $T.brk($s0, "L10");
        break L10;
      }
      $T.on && $T.brk($s0, "L10");
      break L10;
    }
    $T.on ? $T.mcallv($s0, null, $t102, seen$1, "push", seen$1.push, $t104, ["after" + i$8]) : seen$1.push("after" + i$8);
    $T.on && $T.pop($s0);
  }
  $T.on && $T.set($s0, "i$8", $t105);
  i$8 = i$8 + 1;
}
let $r29 = $T.on ? $T.mcallv($s0, "$r29", $t102, seen$1, "join", seen$1.join, $t107, [","]) : seen$1.join(",");
$T.on ? $T.mcallv($s0, null, $t43, console, "log", console.log, $t109, [$r29]) : console.log($r29);
$T.on && $T.let($s0, "fns", $t2);
let fns = $T.lit([]);
$T.on && $T.let($s0, "$r30", $t3);
let $r30 = 0;
$T.on && $T.loop($s0, "L11");
L11: while (true) {
  $T.on && $T.iter($s0);
  const $s1 = $T.block($s0);
  $T.on && $T.let($s1, "i$9", $t110);
  let i$9 = $r30;
  if ($T.on ? $T.when($s1, $t111, !(i$9 < 3)) : !(i$9 < 3)) {
    $T.on && $T.brk($s1, "L11");
    break L11;
  }
  const $r69 = $T.fn(function () {
    if (!$T.on) {
      return i$9;
    }
    const $s2 = $T.enter($s1, "F3", $t114);
    $T.on && $T.ret($s2, $t115);
    return i$9;
  }, "F3", $s1);
  $T.on ? $T.mcallv($s1, null, $t116, fns, "push", fns.push, $t113, [$r69]) : fns.push($r69);
  $T.on && $T.set($s1, "i$9", $t117);
  i$9 = i$9 + 0;
  $T.on && $T.set($s1, "$r30", $t115);
  $r30 = i$9;
  $T.on && $T.set($s1, "$r30", $t118);
  $r30 = $r30 + 1;
}
$T.on && $T.let($s0, "$r32", $t116);
let $r32 = fns;
$T.on && $T.let($s0, "$r33", $t119);
let $r33 = $T.fn(function (f$10) {
  if (!$T.on) {
    let $r31 = f$10();
    return $r31;
  }
  const $s1 = $T.enter($s0, "F4", $t120);
  let $r31 = $T.on ? $T.call($s1, "$r31", $t121, f$10, $t114, []) : f$10();
  $T.on && $T.ret($s1, $t122);
  return $r31;
}, "F4", $s0);
$T.on && $T.let($s0, "$r34", $t1);
let $r34;
if ($T.if($s0, $t123, $T.arrayFits($r32, "map"))) {
  if ($T.on ? $T.if($s0, $t124, typeof $r33 === "function") : typeof $r33 === "function") {
    $T.on && $T.let($s0, "$r35", $t125);
    let $r35 = $r32.length;
    $T.on && $T.let($s0, "$r37", $t2);
    let $r37 = $T.lit([]);
    $T.on && $T.let($s0, "$r36", $t3);
    let $r36 = 0;
    $T.on && $T.loop($s0, "L1000076");
    L1000076: while (true) {
      if ($T.on ? $T.exit($s0, "L1000076", $t126, !($r36 < $r35)) : !($r36 < $r35)) {
        break L1000076;
      }
      if ($T.if($s0, $t127, $T.present($r32, $r36))) {
        $T.on && $T.let($s0, "$r38", $t128);
        let $r38 = $r32[$r36];
        let $r39 = $T.on ? $T.call($s0, "$r39", $t133, $r33, $t132, [$r38, $r36, $r32]) : $r33($r38, $r36, $r32);
        $T.on && $T.put($s0, $t135, $t130, $t134, $r37, $r36);
        $r37[$r36] = $r39;
        $T.on && $T.pop($s0);
      } else {
        $T.on && $T.unknown($s0);
        $r37.length = $r35;
        $T.on && $T.pop($s0);
      }
      $T.on && $T.set($s0, "$r36", $t136);
      $r36 = $r36 + 1;
    }
    $T.on && $T.set($s0, "$r34", $t135);
    $r34 = $r37;
    $T.on && $T.pop($s0);
  } else {
    let $r40 = $T.on ? $T.mcallv($s0, "$r40", $t131, $r32, "map", $r32.map, $t137, [$r33]) : $r32.map($r33);
    $T.on && $T.set($s0, "$r34", $t138);
    $r34 = $r40;
    $T.on && $T.pop($s0);
  }
  $T.on && $T.pop($s0);
} else {
  let $r41 = $T.on ? $T.mcallv($s0, "$r41", $t131, $r32, "map", $r32.map, $t137, [$r33]) : $r32.map($r33);
  $T.on && $T.set($s0, "$r34", $t139);
  $r34 = $r41;
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r42", $t140);
let $r42 = $r34;
let $r43 = $T.on ? $T.mcallv($s0, "$r43", $t141, $r42, "join", $r42.join, $t107, [","]) : $r42.join(",");
$T.on ? $T.mcallv($s0, null, $t43, console, "log", console.log, $t143, [$r43]) : console.log($r43);
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
  const $r70 = $T.fn(() => {
    if (!$T.on) {
      return captured;
    }
    const $s2 = $T.enter($s1, "F5", $t114);
    $T.on && $T.ret($s2, $t148);
    return captured;
  }, "F5", $s1);
  $T.on ? $T.mcallv($s1, null, $t149, blockFns, "push", blockFns.push, $t147, [$r70]) : blockFns.push($r70);
  $T.on && $T.set($s1, "m", $t150);
  m = m + 1;
}
$T.on && $T.let($s0, "$r45", $t149);
let $r45 = blockFns;
$T.on && $T.let($s0, "$r46", $t151);
let $r46 = $T.fn((f$11) => {
  if (!$T.on) {
    let $r44 = f$11();
    return $r44;
  }
  const $s1 = $T.enter($s0, "F6", $t152);
  let $r44 = $T.on ? $T.call($s1, "$r44", $t153, f$11, $t114, []) : f$11();
  $T.on && $T.ret($s1, $t154);
  return $r44;
}, "F6", $s0);
$T.on && $T.let($s0, "$r47", $t1);
let $r47;
if ($T.if($s0, $t155, $T.arrayFits($r45, "map"))) {
  if ($T.on ? $T.if($s0, $t156, typeof $r46 === "function") : typeof $r46 === "function") {
    $T.on && $T.let($s0, "$r48", $t157);
    let $r48 = $r45.length;
    $T.on && $T.let($s0, "$r50", $t2);
    let $r50 = $T.lit([]);
    $T.on && $T.let($s0, "$r49", $t3);
    let $r49 = 0;
    $T.on && $T.loop($s0, "L1000089");
    L1000089: while (true) {
      if ($T.on ? $T.exit($s0, "L1000089", $t158, !($r49 < $r48)) : !($r49 < $r48)) {
        break L1000089;
      }
      if ($T.if($s0, $t159, $T.present($r45, $r49))) {
        $T.on && $T.let($s0, "$r51", $t160);
        let $r51 = $r45[$r49];
        let $r52 = $T.on ? $T.call($s0, "$r52", $t165, $r46, $t164, [$r51, $r49, $r45]) : $r46($r51, $r49, $r45);
        $T.on && $T.put($s0, $t167, $t162, $t166, $r50, $r49);
        $r50[$r49] = $r52;
        $T.on && $T.pop($s0);
      } else {
        $T.on && $T.unknown($s0);
        $r50.length = $r48;
        $T.on && $T.pop($s0);
      }
      $T.on && $T.set($s0, "$r49", $t168);
      $r49 = $r49 + 1;
    }
    $T.on && $T.set($s0, "$r47", $t167);
    $r47 = $r50;
    $T.on && $T.pop($s0);
  } else {
    let $r53 = $T.on ? $T.mcallv($s0, "$r53", $t163, $r45, "map", $r45.map, $t169, [$r46]) : $r45.map($r46);
    $T.on && $T.set($s0, "$r47", $t170);
    $r47 = $r53;
    $T.on && $T.pop($s0);
  }
  $T.on && $T.pop($s0);
} else {
  let $r54 = $T.on ? $T.mcallv($s0, "$r54", $t163, $r45, "map", $r45.map, $t169, [$r46]) : $r45.map($r46);
  $T.on && $T.set($s0, "$r47", $t171);
  $r47 = $r54;
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r55", $t172);
let $r55 = $r47;
let $r56 = $T.on ? $T.mcallv($s0, "$r56", $t173, $r55, "join", $r55.join, $t107, [","]) : $r55.join(",");
$T.on ? $T.mcallv($s0, null, $t43, console, "log", console.log, $t175, [$r56]) : console.log($r56);
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
function keysOf(o$12, during) {
  if (!$T.on) {
    const seen$13 = [];
    let $r1 = o$12;
    if ($T.forInFits($r1)) {
      let $r2 = Object.keys($r1);
      let $r3 = 0;
      L14: while (true) {
        if (!($r3 < $r2.length)) {
          break L14;
        }
        let $r4 = $r2[$r3];
        if ($r4 in $r1) {
          const k$14 = $r4;
          if (during) {
            during(o$12, k$14);
          }
          seen$13.push(k$14);
        }
        $r3 = $r3 + 1;
      }
    } else {
      for (const k$14 in $r1) {
    if (during) during(o$12, k$14);
    seen$13.push(k$14);
  };
    }
    let $r57 = seen$13.join(",");
    return $r57;
  }
  const $s1 = $T.enter($s0, "F7", $t180);
  $T.on && $T.let($s1, "seen$13", $t2);
  const seen$13 = $T.lit([]);
  $T.on && $T.let($s1, "$r1", $t181);
  let $r1 = o$12;
  if ($T.if($s1, $t182, $T.forInFits($r1))) {
    let $r2 = $T.on ? $T.mcallv($s1, "$r2", $t185, Object, "keys", Object.keys, $t184, [$r1]) : Object.keys($r1);
    $T.on && $T.let($s1, "$r3", $t3);
    let $r3 = 0;
    $T.on && $T.loop($s1, "L14");
    L14: while (true) {
      if ($T.on ? $T.exit($s1, "L14", $t186, !($r3 < $r2.length)) : !($r3 < $r2.length)) {
        break L14;
      }
      $T.on && $T.let($s1, "$r4", $t187);
      let $r4 = $r2[$r3];
      if ($T.on ? $T.when($s1, $t188, $r4 in $r1) : $r4 in $r1) {
        $T.on && $T.let($s1, "k$14", $t189);
        const k$14 = $r4;
        if ($T.on ? $T.when($s1, $t190, during) : during) {
          $T.on ? $T.call($s1, null, $t190, during, $t192, [o$12, k$14]) : during(o$12, k$14);
          $T.on && $T.pop($s1);
        }
        $T.on ? $T.mcallv($s1, null, $t194, seen$13, "push", seen$13.push, $t193, [k$14]) : seen$13.push(k$14);
        $T.on && $T.pop($s1);
      }
      $T.on && $T.set($s1, "$r3", $t195);
      $r3 = $r3 + 1;
    }
    $T.on && $T.pop($s1);
  } else {
    $T.on && $T.unknown($s1);
    for (const k$14 in $r1) {
    if (during) during(o$12, k$14);
    seen$13.push(k$14);
  };
    $T.on && $T.pop($s1);
  }
  let $r57 = $T.on ? $T.mcallv($s1, "$r57", $t194, seen$13, "join", seen$13.join, $t107, [","]) : seen$13.join(",");
  $T.on && $T.ret($s1, $t196);
  return $r57;
}
let $r58 = { b: 1, 2: 1, a: 1, 1: 1, "01": 1 };
$T.on && $T.opaque($s0, "$r58");
let $r59 = $T.on ? $T.call($s0, "$r59", null, keysOf, $t198, [$r58]) : keysOf($r58);
$T.on ? $T.mcallv($s0, null, $t43, console, "log", console.log, $t200, [$r59]) : console.log($r59);
const $r71 = $T.lit({ a: 1, b: 2, c: 3 });
const $r72 = $T.fn((o$15, k$16) => {
  if (!$T.on) {
    if (k$16 === "a") {
      delete o$15.b;
      o$15.d = 4;
    }
    return;
  }
  const $s1 = $T.enter($s0, "F8", $t204);
  if ($T.on ? $T.when($s1, $t205, k$16 === "a") : k$16 === "a") {
    $T.on && $T.unknown($s1);
    delete o$15.b;
    $T.on && $T.put($s1, $t207, $t208, $t206, o$15, "d");
    o$15.d = 4;
    $T.on && $T.pop($s1);
  }
  $T.on && $T.ret($s1, $t1, true);
}, "F8", $s0);
let $r60 = $T.on ? $T.call($s0, "$r60", null, keysOf, $t203, [$r71, $r72]) : keysOf($r71, $r72);
$T.on ? $T.mcallv($s0, null, $t43, console, "log", console.log, $t210, [$r60]) : console.log($r60);
const $r73 = $T.lit({ a: 1, toString: 2 });
const $r74 = $T.fn((o$17, k$18) => {
  if (!$T.on) {
    if (k$18 === "a") {
      delete o$17.toString;
    }
    return;
  }
  const $s1 = $T.enter($s0, "F9", $t214);
  if ($T.on ? $T.when($s1, $t215, k$18 === "a") : k$18 === "a") {
    $T.on && $T.unknown($s1);
    delete o$17.toString;
    $T.on && $T.pop($s1);
  }
  $T.on && $T.ret($s1, $t1, true);
}, "F9", $s0);
let $r61 = $T.on ? $T.call($s0, "$r61", null, keysOf, $t213, [$r73, $r74]) : keysOf($r73, $r74);
$T.on ? $T.mcallv($s0, null, $t43, console, "log", console.log, $t217, [$r61]) : console.log($r61);
let $r62 = [1, , 3];
$T.on && $T.opaque($s0, "$r62");
let $r63 = $T.on ? $T.call($s0, "$r63", null, keysOf, $t219, [$r62]) : keysOf($r62);
const $r75 = $T.lit({ inherited: 1 });
let $r64 = $T.on ? $T.mcallv($s0, "$r64", $t185, Object, "create", Object.create, $t221, [$r75]) : Object.create($r75);
let $r65 = $T.on ? $T.call($s0, "$r65", null, keysOf, $t223, [$r64]) : keysOf($r64);
let $r66 = $T.on ? $T.call($s0, "$r66", null, keysOf, $t225, ["hi"]) : keysOf("hi");
let $r67 = $T.on ? $T.call($s0, "$r67", null, keysOf, $t88, [null]) : keysOf(null);
$T.on ? $T.mcallv($s0, null, $t43, console, "log", console.log, $t230, [$r63, $r65, $r66, $r67]) : console.log($r63, $r65, $r66, $r67);
class Point { constructor() { this.x = 1; } };
$T.on && $T.opaque($s0, "Point");
$T.on && $T.unknown($s0);
console.log(keysOf(new Point()));
$T.on && $T.let($s0, "lastKey", $t1);
let lastKey;
$T.on && $T.let($s0, "$r5", $t231);
let $r5 = $T.lit({ p: 1, q: 2 });
if ($T.if($s0, $t232, $T.forInFits($r5))) {
  let $r6 = $T.on ? $T.mcallv($s0, "$r6", $t185, Object, "keys", Object.keys, $t234, [$r5]) : Object.keys($r5);
  $T.on && $T.let($s0, "$r7", $t3);
  let $r7 = 0;
  $T.on && $T.loop($s0, "L15");
  L15: while (true) {
    if ($T.on ? $T.exit($s0, "L15", $t235, !($r7 < $r6.length)) : !($r7 < $r6.length)) {
      break L15;
    }
    $T.on && $T.label($s0, "C15");
    C15: {
      $T.on && $T.let($s0, "$r8", $t236);
      let $r8 = $r6[$r7];
      if ($T.on ? $T.when($s0, $t237, $r8 in $r5) : $r8 in $r5) {
        $T.on && $T.set($s0, "lastKey", $t238);
        lastKey = $r8;
        if ($T.on ? $T.when($s0, $t239, lastKey === "p") : lastKey === "p") {
          $T.on && $T.brk($s0, "C15");
          break C15;
        }
        $T.on && $T.pop($s0);
      }
      $T.on && $T.pop($s0);
    }
    $T.on && $T.set($s0, "$r7", $t240);
    $r7 = $r7 + 1;
  }
  $T.on && $T.pop($s0);
} else {
  $T.on && $T.unknown($s0);
  for (lastKey in $r5) if (lastKey === "p") continue;
  $T.on && $T.pop($s0);
}
$T.on ? $T.mcallv($s0, null, $t43, console, "log", console.log, $t242, [lastKey]) : console.log(lastKey);
$T.on && $T.let($s0, "letters", $t2);
const letters = $T.lit([]);
$T.on && $T.let($s0, "$r9", $t243);
let $r9 = "héllo";
if ($T.if($s0, $t244, $T.iterable($r9))) {
  $T.on && $T.let($s0, "$r10", $t3);
  let $r10 = 0;
  $T.on && $T.loop($s0, "L16");
  L16: while (true) {
    if ($T.on ? $T.exit($s0, "L16", $t245, !($r10 < $r9.length)) : !($r10 < $r9.length)) {
      break L16;
    }
    $T.on && $T.let($s0, "ch$19", $t246);
    const ch$19 = $r9[$r10];
    $T.on ? $T.mcallv($s0, null, $t249, letters, "push", letters.push, $t248, [ch$19]) : letters.push(ch$19);
    $T.on && $T.set($s0, "$r10", $t250);
    $r10 = $r10 + 1;
  }
  $T.on && $T.pop($s0);
} else {
  $T.on && $T.unknown($s0);
  for (const ch$19 of $r9) letters.push(ch$19);
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r11", $t251);
let $r11 = "a😀b";
if ($T.if($s0, $t252, $T.iterable($r11))) {
  $T.on && $T.let($s0, "$r12", $t3);
  let $r12 = 0;
  $T.on && $T.loop($s0, "L17");
  L17: while (true) {
    if ($T.on ? $T.exit($s0, "L17", $t253, !($r12 < $r11.length)) : !($r12 < $r11.length)) {
      break L17;
    }
    $T.on && $T.let($s0, "ch$20", $t254);
    const ch$20 = $r11[$r12];
    $T.on ? $T.mcallv($s0, null, $t249, letters, "push", letters.push, $t256, [ch$20.length]) : letters.push(ch$20.length);
    $T.on && $T.set($s0, "$r12", $t257);
    $r12 = $r12 + 1;
  }
  $T.on && $T.pop($s0);
} else {
  $T.on && $T.unknown($s0);
  for (const ch$20 of $r11) letters.push(ch$20.length);
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r13", $t45);
let $r13 = "";
if ($T.if($s0, $t258, $T.iterable($r13))) {
  $T.on && $T.let($s0, "$r14", $t3);
  let $r14 = 0;
  $T.on && $T.loop($s0, "L18");
  L18: while (true) {
    if ($T.on ? $T.exit($s0, "L18", $t259, !($r14 < $r13.length)) : !($r14 < $r13.length)) {
      break L18;
    }
    $T.on && $T.let($s0, "ch$21", $t260);
    const ch$21 = $r13[$r14];
    $T.on ? $T.mcallv($s0, null, $t249, letters, "push", letters.push, $t262, ["never"]) : letters.push("never");
    $T.on && $T.set($s0, "$r14", $t263);
    $r14 = $r14 + 1;
  }
  $T.on && $T.pop($s0);
} else {
  $T.on && $T.unknown($s0);
  for (const ch$21 of $r13) letters.push("never");
  $T.on && $T.pop($s0);
}
let $r68 = $T.on ? $T.mcallv($s0, "$r68", $t249, letters, "join", letters.join, $t264, ["|"]) : letters.join("|");
$T.on ? $T.mcallv($s0, null, $t43, console, "log", console.log, $t266, [$r68]) : console.log($r68);
$T.end();
