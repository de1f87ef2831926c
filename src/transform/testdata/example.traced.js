// Hand-written reference for the compiler's output shape (src/transform/TRACING.md).
// The compiler's real output may differ in naming and layout, not in structure.
const $T = require("containerless/tracing");
const $t1 = ["bin", "*", ["v", "x"], ["n", 2]];
const $t2 = ["get", ["get", ["v", "req"], "body"], "n"];
const $t3 = ["bin", ">", ["v", "n"], ["n", 10]];
const $t4 = ["s", "big"];
const $t5 = ["n", 0];
const $t6 = ["un", "!", ["bin", "<", ["v", "i"], ["v", "n"]]];
const $t7 = ["v", "i"];
const $t8 = ["bin", "+", ["v", "total"], ["v", "$r1"]];
const $t9 = ["bin", "+", ["v", "i"], ["n", 1]];
const $t10 = ["v", "total"];
const $t11 = ["u"];
const $t12 = ["fn", "F2"];
const $t13 = ["v", "containerless"];
const $t14 = ["x"];
const $t15 = ["req"];
const $t16 = [$t12];
const $t17 = [$t4];
const $t18 = [$t7];
const $t19 = [$t10];
const $s0 = $T.root();
$T.on && $T.decl($s0, "double", double, "F1");
let containerless = require('containerless');
$T.on && $T.opaque($s0, "containerless");
function double(x) {
  if (!$T.on) {
    return x * 2;
  }
  const $s1 = $T.enter($s0, "F1", $t14);
  $T.on && $T.ret($s1, $t1);
  return x * 2;
}
const $r2 = $T.fn(function (req) {
  if (!$T.on) {
    let n = req.body.n;
    if (n > 10) {
      containerless.respond("big");
    } else {
      let total = 0;
      let i = 0;
      L1: while (true) {
        if (!(i < n)) {
          break L1;
        }
        let $r1 = double(i);
        total = total + $r1;
        i = i + 1;
      }
      containerless.respond(total);
    }
    return;
  }
  const $s1 = $T.enter($s0, "F2", $t15);
  $T.on && $T.let($s1, "n", $t2);
  let n = req.body.n;
  if ($T.on ? $T.if($s1, $t3, n > 10) : n > 10) {
    $T.on ? $T.mcallv($s1, null, $t13, containerless, "respond", containerless.respond, $t17, ["big"]) : containerless.respond("big");
    $T.on && $T.pop($s1);
  } else {
    $T.on && $T.let($s1, "total", $t5);
    let total = 0;
    $T.on && $T.let($s1, "i", $t5);
    let i = 0;
    $T.on && $T.loop($s1, "L1");
    L1: while (true) {
      if ($T.on ? $T.exit($s1, "L1", $t6, !(i < n)) : !(i < n)) {
        break L1;
      }
      let $r1 = $T.on ? $T.call($s1, "$r1", null, double, $t18, [i]) : double(i);
      $T.on && $T.set($s1, "total", $t8);
      total = total + $r1;
      $T.on && $T.set($s1, "i", $t9);
      i = i + 1;
    }
    $T.on ? $T.mcallv($s1, null, $t13, containerless, "respond", containerless.respond, $t19, [total]) : containerless.respond(total);
    $T.on && $T.pop($s1);
  }
  $T.on && $T.ret($s1, $t11, true);
}, "F2", $s0);
$T.on ? $T.mcallv($s0, null, $t13, containerless, "listen", containerless.listen, $t16, [$r2]) : containerless.listen($r2);
$T.end();
