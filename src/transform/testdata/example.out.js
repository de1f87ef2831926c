const $T = require("containerless/tracing");
const $t1 = ["x"];
const $t2 = ["bin", "*", ["v", "x"], ["n", 2]];
const $t3 = ["fn", "F2"];
const $t4 = [$t3];
const $t5 = ["req"];
const $t6 = ["get", ["get", ["v", "req"], "body"], "n"];
const $t7 = ["bin", ">", ["v", "n"], ["n", 10]];
const $t8 = ["s", "big"];
const $t9 = [$t8];
const $t10 = ["v", "containerless"];
const $t11 = ["n", 0];
const $t12 = ["un", "!", ["bin", "<", ["v", "i"], ["v", "n"]]];
const $t13 = ["v", "i"];
const $t14 = [$t13];
const $t15 = ["bin", "+", ["v", "total"], ["v", "$r1"]];
const $t16 = ["bin", "+", ["v", "i"], ["n", 1]];
const $t17 = ["v", "total"];
const $t18 = [$t17];
const $t19 = ["u"];
const $s0 = $T.root();
$T.on && $T.decl($s0, "double", double, "F1");
let containerless = require('containerless');
$T.on && $T.opaque($s0, "containerless");
function double(x) {
  if (!$T.on) {
    return x * 2;
  }
  const $s1 = $T.enter($s0, "F1", $t1);
  $T.on && $T.ret($s1, $t2);
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
  const $s1 = $T.enter($s0, "F2", $t5);
  $T.on && $T.let($s1, "n", $t6);
  let n = req.body.n;
  if ($T.on ? $T.if($s1, $t7, n > 10) : n > 10) {
    $T.on ? $T.mcallv($s1, null, $t10, containerless, "respond", containerless.respond, $t9, ["big"]) : containerless.respond("big");
    $T.on && $T.pop($s1);
  } else {
    $T.on && $T.let($s1, "total", $t11);
    let total = 0;
    $T.on && $T.let($s1, "i", $t11);
    let i = 0;
    $T.on && $T.loop($s1, "L1");
    L1: while (true) {
      if ($T.on ? $T.exit($s1, "L1", $t12, !(i < n)) : !(i < n)) {
        break L1;
      }
      let $r1 = $T.on ? $T.call($s1, "$r1", null, double, $t14, [i]) : double(i);
      $T.on && $T.set($s1, "total", $t15);
      total = total + $r1;
      $T.on && $T.set($s1, "i", $t16);
      i = i + 1;
    }
    $T.on ? $T.mcallv($s1, null, $t10, containerless, "respond", containerless.respond, $t18, [total]) : containerless.respond(total);
    $T.on && $T.pop($s1);
  }
  $T.on && $T.ret($s1, $t19, true);
}, "F2", $s0);
$T.on ? $T.mcallv($s0, null, $t10, containerless, "listen", containerless.listen, $t4, [$r2]) : containerless.listen($r2);
$T.end();
