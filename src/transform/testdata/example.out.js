const $T = require("containerless/tracing");
const $t1 = ["bin", "*", ["v", "x$2"], ["n", 2]];
const $t2 = ["fn", "F2"];
const $t3 = ["get", ["get", ["v", "req$3"], "body"], "n"];
const $t4 = ["bin", ">", ["v", "n$4"], ["n", 10]];
const $t5 = ["s", "big"];
const $t6 = ["v", "containerless$0"];
const $t7 = ["n", 0];
const $t8 = ["un", "!", ["bin", "<", ["v", "i$6"], ["v", "n$4"]]];
const $t9 = ["v", "i$6"];
const $t10 = ["bin", "+", ["v", "total$5"], ["v", "$r1"]];
const $t11 = ["bin", "+", ["v", "i$6"], ["n", 1]];
const $t12 = ["v", "total$5"];
const $t13 = ["u"];
const $s0 = $T.root();
$T.decl($s0, "double$1", double$1, "F1");
let containerless$0 = require('containerless');
$T.opaque($s0, "containerless$0");
function double$1(x$2) {
  const $s1 = $T.enter($s0, "F1", ["x$2"]);
  $T.ret($s1, $t1);
  return x$2 * 2;
}
$T.mcall($s0, null, $t6, containerless$0, "listen", [$t2], [$T.fn(function (req$3) {
  const $s1 = $T.enter($s0, "F2", ["req$3"]);
  $T.let($s1, "n$4", $t3);
  let n$4 = req$3.body.n;
  if ($T.if($s1, $t4, n$4 > 10)) {
    $T.mcall($s1, null, $t6, containerless$0, "respond", [$t5], ["big"]);
    $T.pop($s1);
  } else {
    $T.let($s1, "total$5", $t7);
    let total$5 = 0;
    $T.let($s1, "i$6", $t7);
    let i$6 = 0;
    $T.loop($s1, "L1");
    L1: while (true) {
      $T.iter($s1);
      if ($T.if($s1, $t8, !(i$6 < n$4))) {
        $T.brk($s1, "L1");
        break L1;
      } else {
        $T.pop($s1);
      }
      let $r1 = $T.call($s1, "$r1", null, double$1, [$t9], [i$6]);
      $T.set($s1, "total$5", $t10);
      total$5 = total$5 + $r1;
      $T.set($s1, "i$6", $t11);
      i$6 = i$6 + 1;
    }
    $T.mcall($s1, null, $t6, containerless$0, "respond", [$t12], [total$5]);
    $T.pop($s1);
  }
  $T.ret($s1, $t13, true);
}, "F2", $s0)]);
$T.end();
