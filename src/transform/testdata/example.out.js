const $T = require("containerless/tracing");
const $t1 = ["x$2"];
const $t2 = ["bin", "*", ["v", "x$2"], ["n", 2]];
const $t3 = ["fn", "F2"];
const $t4 = [$t3];
const $t5 = ["req$3"];
const $t6 = ["get", ["get", ["v", "req$3"], "body"], "n"];
const $t7 = ["bin", ">", ["v", "n$4"], ["n", 10]];
const $t8 = ["s", "big"];
const $t9 = [$t8];
const $t10 = ["v", "containerless$0"];
const $t11 = ["n", 0];
const $t12 = ["un", "!", ["bin", "<", ["v", "i$6"], ["v", "n$4"]]];
const $t13 = ["v", "i$6"];
const $t14 = [$t13];
const $t15 = ["bin", "+", ["v", "total$5"], ["v", "$r1"]];
const $t16 = ["bin", "+", ["v", "i$6"], ["n", 1]];
const $t17 = ["v", "total$5"];
const $t18 = [$t17];
const $t19 = ["u"];
const $s0 = $T.root();
$T.decl($s0, "double$1", double$1, "F1");
let containerless$0 = require('containerless');
$T.opaque($s0, "containerless$0");
function double$1(x$2) {
  const $s1 = $T.enter($s0, "F1", $t1);
  $T.ret($s1, $t2);
  return x$2 * 2;
}
$T.mcallv($s0, null, $t10, containerless$0, "listen", containerless$0.listen, $t4, [$T.fn(function (req$3) {
  const $s1 = $T.enter($s0, "F2", $t5);
  $T.let($s1, "n$4", $t6);
  let n$4 = req$3.body.n;
  if ($T.if($s1, $t7, n$4 > 10)) {
    $T.mcallv($s1, null, $t10, containerless$0, "respond", containerless$0.respond, $t9, ["big"]);
    $T.pop($s1);
  } else {
    $T.let($s1, "total$5", $t11);
    let total$5 = 0;
    $T.let($s1, "i$6", $t11);
    let i$6 = 0;
    $T.loop($s1, "L1");
    L1: while (true) {
      if ($T.exit($s1, "L1", $t12, !(i$6 < n$4))) {
        break L1;
      }
      let $r1 = $T.call($s1, "$r1", null, double$1, $t14, [i$6]);
      $T.set($s1, "total$5", $t15);
      total$5 = total$5 + $r1;
      $T.set($s1, "i$6", $t16);
      i$6 = i$6 + 1;
    }
    $T.mcallv($s1, null, $t10, containerless$0, "respond", containerless$0.respond, $t18, [total$5]);
    $T.pop($s1);
  }
  $T.ret($s1, $t19, true);
}, "F2", $s0)]);
$T.end();
