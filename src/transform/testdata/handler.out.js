const $T = require("containerless/tracing");
const $t1 = ["get", ["v", "cl$0"], "respond"];
const $t2 = ["n", 0];
const $t3 = ["n", 10];
const $t4 = ["body$5"];
const $t5 = ["get", ["v", "body$5"], "name"];
const $t6 = ["bin", "||", ["bin", "===", ["v", "$r1"], ["null"]], ["bin", "===", ["v", "$r1"], ["u"]]];
const $t7 = ["s", "anonymous"];
const $t8 = ["v", "$r1"];
const $t9 = ["bin", "||", ["get", ["v", "body$5"], "n"], ["n", 0]];
const $t10 = ["s", "small"];
const $t11 = ["bin", ">", ["v", "n$7"], ["v", "LIMIT$3"]];
const $t12 = ["s", "large"];
const $t13 = ["bin", ">", ["v", "n$7"], ["n", 2]];
const $t14 = ["s", "medium"];
const $t15 = ["obj", [["name", ["v", "name$6"]], ["n", ["v", "n$7"]], ["size", ["v", "size$8"]], ["greeting", ["bin", "+", ["s", "hello "], ["v", "name$6"]]]]];
const $t16 = ["fn", "F2"];
const $t17 = [$t16];
const $t18 = ["req$9"];
const $t19 = ["bin", "+", ["v", "served$2"], ["n", 1]];
const $t20 = ["get", ["v", "req$9"], "body"];
const $t21 = [$t20];
const $t22 = ["bin", "===", ["get", ["v", "info$10"], "size"], ["s", "large"]];
const $t23 = ["obj", [["error", ["s", "too large"]], ["n", ["get", ["v", "info$10"], "n"]]]];
const $t24 = [$t23];
const $t25 = ["v", "respond$1"];
const $t26 = ["u"];
const $t27 = ["arr", []];
const $t28 = ["v", "$r2"];
const $t29 = ["un", "!", ["bin", "<", ["v", "i$12"], ["get", ["v", "info$10"], "n"]]];
const $t30 = ["obj", [["i", ["v", "i$12"]], ["sq", ["bin", "*", ["v", "i$12"], ["v", "i$12"]]]]];
const $t31 = [$t30];
const $t32 = ["g", "JSON"];
const $t33 = ["bin", "+", ["s", "data:"], ["v", "$r3"]];
const $t34 = ["fn", "F3"];
const $t35 = [$t33, $t34];
const $t36 = ["resp$13"];
const $t37 = ["bin", "+", ["bin", "+", ["v", "i$12"], ["s", ":"]], ["get", ["v", "resp$13"], "sq"]];
const $t38 = [$t37];
const $t39 = ["v", "parts$11"];
const $t40 = ["bin", "===", ["get", ["v", "parts$11"], "length"], ["get", ["v", "info$10"], "n"]];
const $t41 = ["s", ","];
const $t42 = [$t41];
const $t43 = ["obj", [["info", ["v", "info$10"]], ["parts", ["v", "$r4"]], ["query", ["get", ["get", ["v", "req$9"], "query"], "i"]], ["served", ["v", "served$2"]]]];
const $t44 = [$t43];
const $t45 = ["v", "cl$0"];
const $t46 = ["v", "i$12"];
const $t47 = ["bin", "+", ["v", "$r2"], ["n", 1]];
const $t48 = ["bin", "===", ["get", ["v", "info$10"], "n"], ["n", 0]];
const $t49 = ["obj", [["url", ["s", "data:\"posted\""]], ["body", ["v", "info$10"]]]];
const $t50 = ["fn", "F4"];
const $t51 = [$t49, $t50];
const $t52 = ["r$14"];
const $t53 = ["arr", [["v", "r$14"], ["get", ["v", "req$9"], "path"], ["un", "typeof", ["get", ["get", ["v", "req$9"], "body"], "tags"]]]];
const $t54 = [$t53];
const $t55 = ["v", "$r5"];
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
  const $s1 = $T.enter($s0, "F1", $t4);
  $T.let($s1, "$r1", $t5);
  let $r1 = body$5.name;
  if ($T.when($s1, $t6, $r1 === null || $r1 === undefined)) {
    $T.set($s1, "$r1", $t7);
    $r1 = "anonymous";
    $T.pop($s1);
  }
  $T.let($s1, "name$6", $t8);
  const name$6 = $r1;
  $T.let($s1, "n$7", $t9);
  const n$7 = body$5.n || 0;
  $T.let($s1, "size$8", $t10);
  let size$8 = "small";
  if ($T.if($s1, $t11, n$7 > LIMIT$3)) {
    $T.set($s1, "size$8", $t12);
    size$8 = "large";
    $T.pop($s1);
  } else {
    if ($T.when($s1, $t13, n$7 > 2)) {
      $T.set($s1, "size$8", $t14);
      size$8 = "medium";
      $T.pop($s1);
    }
    $T.pop($s1);
  }
  $T.ret($s1, $t15);
  return $T.lit({ name: name$6, n: n$7, size: size$8, greeting: "hello " + name$6 });
}
$T.mcallv($s0, null, $t45, cl$0, "listen", cl$0.listen, $t17, [$T.fn(function (req$9) {
  const $s1 = $T.enter($s0, "F2", $t18);
  $T.set($s1, "served$2", $t19);
  served$2 = served$2 + 1;
  const info$10 = $T.call($s1, "info$10", null, describe$4, $t21, [req$9.body]);
  if ($T.when($s1, $t22, info$10.size === "large")) {
    $T.call($s1, null, $t25, respond$1, $t24, [$T.lit({ error: "too large", n: info$10.n })]);
    $T.ret($s1, $t26);
    return undefined;
  }
  $T.let($s1, "parts$11", $t27);
  const parts$11 = $T.lit([]);
  $T.let($s1, "$r2", $t2);
  let $r2 = 0;
  $T.loop($s1, "L1");
  L1: while (true) {
    $T.iter($s1);
    const $s2 = $T.block($s1);
    $T.let($s2, "i$12", $t28);
    let i$12 = $r2;
    if ($T.when($s2, $t29, !(i$12 < info$10.n))) {
      $T.brk($s2, "L1");
      break L1;
    }
    let $r3 = $T.mcallv($s2, "$r3", $t32, JSON, "stringify", JSON.stringify, $t31, [$T.lit({ i: i$12, sq: i$12 * i$12 })]);
    $T.mcallv($s2, null, $t45, cl$0, "get", cl$0.get, $t35, ["data:" + $r3, $T.fn(function (resp$13) {
      const $s3 = $T.enter($s2, "F3", $t36);
      $T.mcallv($s3, null, $t39, parts$11, "push", parts$11.push, $t38, [i$12 + ":" + resp$13.sq]);
      if ($T.when($s3, $t40, parts$11.length === info$10.n)) {
        let $r4 = $T.mcallv($s3, "$r4", $t39, parts$11, "join", parts$11.join, $t42, [","]);
        $T.call($s3, null, $t25, respond$1, $t44, [$T.lit({ info: info$10, parts: $r4, query: req$9.query.i, served: served$2 })]);
        $T.pop($s3);
      }
      $T.ret($s3, $t26, true);
    }, "F3", $s2)]);
    $T.set($s2, "$r2", $t46);
    $r2 = i$12;
    $T.set($s2, "$r2", $t47);
    $r2 = $r2 + 1;
  }
  if ($T.when($s1, $t48, info$10.n === 0)) {
    $T.mcallv($s1, null, $t45, cl$0, "post", cl$0.post, $t51, [$T.lit({ url: "data:\"posted\"", body: info$10 }), $T.fn((r$14) => {
      const $s2 = $T.enter($s1, "F4", $t52);
      let $r5 = $T.call($s2, "$r5", $t25, respond$1, $t54, [$T.lit([r$14, req$9.path, typeof req$9.body.tags])]);
      $T.ret($s2, $t55);
      return $r5;
    }, "F4", $s1)]);
    $T.pop($s1);
  }
  $T.ret($s1, $t26, true);
}, "F2", $s0)]);
$T.end();
