// Hand-written reference for the compiler's output shape (src/transform/TRACING.md).
// The compiler's real output may differ in naming and layout, not in structure.
const $T = require("containerless/tracing");
const $t1 = ["bin", "*", ["v", "x$2"], ["n", 2]];
const $t2 = ["get", ["get", ["v", "req$3"], "body"], "n"];
const $t3 = ["bin", ">", ["v", "n$4"], ["n", 10]];
const $t4 = ["s", "big"];
const $t5 = ["n", 0];
const $t6 = ["un", "!", ["bin", "<", ["v", "i$6"], ["v", "n$4"]]];
const $t7 = ["v", "i$6"];
const $t8 = ["bin", "+", ["v", "total$5"], ["v", "$r1"]];
const $t9 = ["bin", "+", ["v", "i$6"], ["n", 1]];
const $t10 = ["v", "total$5"];
const $t11 = ["u"];
const $t12 = ["fn", "F2"];
const $t13 = ["v", "containerless$0"];
const $t14 = ["x$2"];
const $t15 = ["req$3"];
const $t16 = [$t12];
const $t17 = [$t4];
const $t18 = [$t7];
const $t19 = [$t10];
const $s0 = $T.root();
$T.decl($s0, "double$1", double$1, "F1");
let containerless$0 = require('containerless');
$T.opaque($s0, "containerless$0");
function double$1(x$2) {
  const $s1 = $T.enter($s0, "F1", $t14);
  $T.ret($s1, $t1);
  return x$2 * 2;
}
$T.mcallv($s0, null, $t13, containerless$0, "listen", containerless$0.listen, $t16, [$T.fn(function (req$3) {
  const $s1 = $T.enter($s0, "F2", $t15);
  $T.let($s1, "n$4", $t2);
  let n$4 = req$3.body.n;
  if ($T.if($s1, $t3, n$4 > 10)) {
    $T.mcallv($s1, null, $t13, containerless$0, "respond", containerless$0.respond, $t17, ["big"]);
    $T.pop($s1);
  } else {
    $T.let($s1, "total$5", $t5);
    let total$5 = 0;
    $T.let($s1, "i$6", $t5);
    let i$6 = 0;
    $T.loop($s1, "L1");
    L1: while (true) {
      if ($T.exit($s1, "L1", $t6, !(i$6 < n$4))) {
        break L1;
      }
      let $r1 = $T.call($s1, "$r1", null, double$1, $t18, [i$6]);
      $T.set($s1, "total$5", $t8);
      total$5 = total$5 + $r1;
      $T.set($s1, "i$6", $t9);
      i$6 = i$6 + 1;
    }
    $T.mcallv($s1, null, $t13, containerless$0, "respond", containerless$0.respond, $t19, [total$5]);
    $T.pop($s1);
  }
  $T.ret($s1, $t11, true);
}, "F2", $s0)]);
$T.end();
