const $T = require("containerless/tracing");
const $t1 = ["get", ["v", "cl$0"], "respond"];
const $t2 = ["n", 0];
const $t3 = ["n", 10];
const $t4 = ["get", ["v", "body$5"], "name"];
const $t5 = ["bin", "||", ["bin", "===", ["v", "$r1"], ["null"]], ["bin", "===", ["v", "$r1"], ["u"]]];
const $t6 = ["s", "anonymous"];
const $t7 = ["v", "$r1"];
const $t8 = ["bin", "||", ["get", ["v", "body$5"], "n"], ["n", 0]];
const $t9 = ["s", "small"];
const $t10 = ["bin", ">", ["v", "n$7"], ["v", "LIMIT$3"]];
const $t11 = ["s", "large"];
const $t12 = ["bin", ">", ["v", "n$7"], ["n", 2]];
const $t13 = ["s", "medium"];
const $t14 = ["obj", [["name", ["v", "name$6"]], ["n", ["v", "n$7"]], ["size", ["v", "size$8"]], ["greeting", ["bin", "+", ["s", "hello "], ["v", "name$6"]]]]];
const $t15 = ["fn", "F2"];
const $t16 = ["bin", "+", ["v", "served$2"], ["n", 1]];
const $t17 = ["get", ["v", "req$9"], "body"];
const $t18 = ["bin", "===", ["get", ["v", "info$10"], "size"], ["s", "large"]];
const $t19 = ["obj", [["error", ["s", "too large"]], ["n", ["get", ["v", "info$10"], "n"]]]];
const $t20 = ["v", "respond$1"];
const $t21 = ["u"];
const $t22 = ["arr", []];
const $t23 = ["v", "$r2"];
const $t24 = ["un", "!", ["bin", "<", ["v", "i$12"], ["get", ["v", "info$10"], "n"]]];
const $t25 = ["obj", [["i", ["v", "i$12"]], ["sq", ["bin", "*", ["v", "i$12"], ["v", "i$12"]]]]];
const $t26 = ["g", "JSON"];
const $t27 = ["bin", "+", ["s", "data:"], ["v", "$r3"]];
const $t28 = ["fn", "F3"];
const $t29 = ["bin", "+", ["bin", "+", ["v", "i$12"], ["s", ":"]], ["get", ["v", "resp$13"], "sq"]];
const $t30 = ["v", "parts$11"];
const $t31 = ["bin", "===", ["get", ["v", "parts$11"], "length"], ["get", ["v", "info$10"], "n"]];
const $t32 = ["s", ","];
const $t33 = ["obj", [["info", ["v", "info$10"]], ["parts", ["v", "$r4"]], ["query", ["get", ["get", ["v", "req$9"], "query"], "i"]], ["served", ["v", "served$2"]]]];
const $t34 = ["v", "cl$0"];
const $t35 = ["v", "i$12"];
const $t36 = ["bin", "+", ["v", "$r2"], ["n", 1]];
const $t37 = ["bin", "===", ["get", ["v", "info$10"], "n"], ["n", 0]];
const $t38 = ["obj", [["url", ["s", "data:\"posted\""]], ["body", ["v", "info$10"]]]];
const $t39 = ["fn", "F4"];
const $t40 = ["arr", [["v", "r$14"], ["get", ["v", "req$9"], "path"], ["un", "typeof", ["get", ["get", ["v", "req$9"], "body"], "tags"]]]];
const $t41 = ["v", "$r5"];
const $s0 = $T.root();
$T.decl($s0, "describe$4", describe$4, "F1");
const cl$0 = require("containerless");
$T.opaque($s0, "cl$0");
$T.let($s0, "respond$1", $t1);
const respond$1 = cl$0.respond;
$T.let($s0, "served$2", $t2);
let served$2 = 0;
$T.let($s0, "LIMIT$3", $t3);
const LIMIT$3 = 10;
function describe$4(body$5) {
  const $s1 = $T.enter($s0, "F1", ["body$5"]);
  $T.let($s1, "$r1", $t4);
  let $r1 = body$5.name;
  if ($T.if($s1, $t5, $r1 === null || $r1 === undefined)) {
    $T.set($s1, "$r1", $t6);
    $r1 = "anonymous";
    $T.pop($s1);
  } else {
    $T.pop($s1);
  }
  $T.let($s1, "name$6", $t7);
  const name$6 = $r1;
  $T.let($s1, "n$7", $t8);
  const n$7 = body$5.n || 0;
  $T.let($s1, "size$8", $t9);
  let size$8 = "small";
  if ($T.if($s1, $t10, n$7 > LIMIT$3)) {
    $T.set($s1, "size$8", $t11);
    size$8 = "large";
    $T.pop($s1);
  } else {
    if ($T.if($s1, $t12, n$7 > 2)) {
      $T.set($s1, "size$8", $t13);
      size$8 = "medium";
      $T.pop($s1);
    } else {
      $T.pop($s1);
    }
    $T.pop($s1);
  }
  $T.ret($s1, $t14);
  return $T.lit({ name: name$6, n: n$7, size: size$8, greeting: "hello " + name$6 });
}
$T.mcall($s0, null, $t34, cl$0, "listen", [$t15], [$T.fn(function (req$9) {
  const $s1 = $T.enter($s0, "F2", ["req$9"]);
  $T.set($s1, "served$2", $t16);
  served$2 = served$2 + 1;
  const info$10 = $T.call($s1, "info$10", null, describe$4, [$t17], [req$9.body]);
  if ($T.if($s1, $t18, info$10.size === "large")) {
    $T.call($s1, null, $t20, respond$1, [$t19], [$T.lit({ error: "too large", n: info$10.n })]);
    $T.ret($s1, $t21);
    return undefined;
  } else {
    $T.pop($s1);
  }
  $T.let($s1, "parts$11", $t22);
  const parts$11 = $T.lit([]);
  $T.let($s1, "$r2", $t2);
  let $r2 = 0;
  $T.loop($s1, "L1");
  L1: while (true) {
    $T.iter($s1);
    const $s2 = $T.block($s1);
    $T.let($s2, "i$12", $t23);
    let i$12 = $r2;
    if ($T.if($s2, $t24, !(i$12 < info$10.n))) {
      $T.brk($s2, "L1");
      break L1;
    } else {
      $T.pop($s2);
    }
    let $r3 = $T.mcall($s2, "$r3", $t26, JSON, "stringify", [$t25], [$T.lit({ i: i$12, sq: i$12 * i$12 })]);
    $T.mcall($s2, null, $t34, cl$0, "get", [$t27, $t28], ["data:" + $r3, $T.fn(function (resp$13) {
      const $s3 = $T.enter($s2, "F3", ["resp$13"]);
      $T.mcall($s3, null, $t30, parts$11, "push", [$t29], [i$12 + ":" + resp$13.sq]);
      if ($T.if($s3, $t31, parts$11.length === info$10.n)) {
        let $r4 = $T.mcall($s3, "$r4", $t30, parts$11, "join", [$t32], [","]);
        $T.call($s3, null, $t20, respond$1, [$t33], [$T.lit({ info: info$10, parts: $r4, query: req$9.query.i, served: served$2 })]);
        $T.pop($s3);
      } else {
        $T.pop($s3);
      }
      $T.ret($s3, $t21, true);
    }, "F3", $s2)]);
    $T.set($s2, "$r2", $t35);
    $r2 = i$12;
    $T.set($s2, "$r2", $t36);
    $r2 = $r2 + 1;
  }
  if ($T.if($s1, $t37, info$10.n === 0)) {
    $T.mcall($s1, null, $t34, cl$0, "post", [$t38, $t39], [$T.lit({ url: "data:\"posted\"", body: info$10 }), $T.fn((r$14) => {
      const $s2 = $T.enter($s1, "F4", ["r$14"]);
      let $r5 = $T.call($s2, "$r5", $t20, respond$1, [$t40], [$T.lit([r$14, req$9.path, typeof req$9.body.tags])]);
      $T.ret($s2, $t41);
      return $r5;
    }, "F4", $s1)]);
    $T.pop($s1);
  } else {
    $T.pop($s1);
  }
  $T.ret($s1, $t21, true);
}, "F2", $s0)]);
$T.end();
