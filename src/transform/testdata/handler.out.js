const $T = require("containerless/tracing");
const $t1 = ["get", ["v", "cl"], "respond"];
const $t2 = ["n", 0];
const $t3 = ["n", 10];
const $t4 = ["body"];
const $t5 = ["get", ["v", "body"], "name"];
const $t6 = ["bin", "||", ["bin", "===", ["v", "$r1"], ["null"]], ["bin", "===", ["v", "$r1"], ["u"]]];
const $t7 = ["s", "anonymous"];
const $t8 = ["v", "$r1"];
const $t9 = ["bin", "||", ["get", ["v", "body"], "n"], ["n", 0]];
const $t10 = ["s", "small"];
const $t11 = ["bin", ">", ["v", "n"], ["v", "LIMIT"]];
const $t12 = ["s", "large"];
const $t13 = ["bin", ">", ["v", "n"], ["n", 2]];
const $t14 = ["s", "medium"];
const $t15 = ["obj", [["name", ["v", "name"]], ["n", ["v", "n"]], ["size", ["v", "size"]], ["greeting", ["bin", "+", ["s", "hello "], ["v", "name"]]]]];
const $t16 = ["fn", "F2"];
const $t17 = [$t16];
const $t18 = ["req"];
const $t19 = ["bin", "+", ["v", "served"], ["n", 1]];
const $t20 = ["get", ["v", "req"], "body"];
const $t21 = [$t20];
const $t22 = ["bin", "===", ["get", ["v", "info"], "size"], ["s", "large"]];
const $t23 = ["obj", [["error", ["s", "too large"]], ["n", ["get", ["v", "info"], "n"]]]];
const $t24 = [$t23];
const $t25 = ["v", "respond"];
const $t26 = ["u"];
const $t27 = ["arr", []];
const $t28 = ["v", "$r2"];
const $t29 = ["un", "!", ["bin", "<", ["v", "i"], ["get", ["v", "info"], "n"]]];
const $t30 = ["obj", [["i", ["v", "i"]], ["sq", ["bin", "*", ["v", "i"], ["v", "i"]]]]];
const $t31 = [$t30];
const $t32 = ["g", "JSON"];
const $t33 = ["bin", "+", ["s", "data:"], ["v", "$r3"]];
const $t34 = ["fn", "F3"];
const $t35 = [$t33, $t34];
const $t36 = ["resp"];
const $t37 = ["bin", "+", ["bin", "+", ["v", "i"], ["s", ":"]], ["get", ["v", "resp"], "sq"]];
const $t38 = [$t37];
const $t39 = ["v", "parts"];
const $t40 = ["bin", "===", ["get", ["v", "parts"], "length"], ["get", ["v", "info"], "n"]];
const $t41 = ["s", ","];
const $t42 = [$t41];
const $t43 = ["obj", [["info", ["v", "info"]], ["parts", ["v", "$r4"]], ["query", ["get", ["get", ["v", "req"], "query"], "i"]], ["served", ["v", "served"]]]];
const $t44 = [$t43];
const $t45 = ["v", "cl"];
const $t46 = ["v", "i"];
const $t47 = ["bin", "+", ["v", "$r2"], ["n", 1]];
const $t48 = ["bin", "===", ["get", ["v", "info"], "n"], ["n", 0]];
const $t49 = ["obj", [["url", ["s", "data:\"posted\""]], ["body", ["v", "info"]]]];
const $t50 = ["fn", "F4"];
const $t51 = [$t49, $t50];
const $t52 = ["r"];
const $t53 = ["arr", [["v", "r"], ["get", ["v", "req"], "path"], ["un", "typeof", ["get", ["get", ["v", "req"], "body"], "tags"]]]];
const $t54 = [$t53];
const $t55 = ["v", "$r5"];
const $s0 = $T.root();
$T.on && $T.decl($s0, "describe", describe, "F1");
const cl = require("containerless");
$T.on && $T.opaque($s0, "cl");
$T.on && $T.let($s0, "respond", $t1);
const respond = cl.respond;
$T.on && $T.let($s0, "served", $t2);
let served = 0;
$T.on && $T.let($s0, "LIMIT", $t3);
const LIMIT = 10;
function describe(body) {
  if (!$T.on) {
    let $r1 = body.name;
    if ($r1 === null || $r1 === undefined) {
      $r1 = "anonymous";
    }
    const name = $r1;
    const n = body.n || 0;
    let size = "small";
    if (n > LIMIT) {
      size = "large";
    } else {
      if (n > 2) {
        size = "medium";
      }
    }
    return { name: name, n: n, size: size, greeting: `hello ${name}` };
  }
  const $s1 = $T.enter($s0, "F1", $t4);
  $T.on && $T.let($s1, "$r1", $t5);
  let $r1 = body.name;
  if ($T.on ? $T.when($s1, $t6, $r1 === null || $r1 === undefined) : $r1 === null || $r1 === undefined) {
    $T.on && $T.set($s1, "$r1", $t7);
    $r1 = "anonymous";
    $T.on && $T.pop($s1);
  }
  $T.on && $T.let($s1, "name", $t8);
  const name = $r1;
  $T.on && $T.let($s1, "n", $t9);
  const n = body.n || 0;
  $T.on && $T.let($s1, "size", $t10);
  let size = "small";
  if ($T.on ? $T.if($s1, $t11, n > LIMIT) : n > LIMIT) {
    $T.on && $T.set($s1, "size", $t12);
    size = "large";
    $T.on && $T.pop($s1);
  } else {
    if ($T.on ? $T.when($s1, $t13, n > 2) : n > 2) {
      $T.on && $T.set($s1, "size", $t14);
      size = "medium";
      $T.on && $T.pop($s1);
    }
    $T.on && $T.pop($s1);
  }
  $T.on && $T.ret($s1, $t15);
  return $T.lit({ name: name, n: n, size: size, greeting: `hello ${name}` });
}
const $r13 = $T.fn(function (req) {
  if (!$T.on) {
    served = served + 1;
    const info = describe(req.body);
    if (info.size === "large") {
      respond({ error: "too large", n: info.n });
      return;
    }
    const parts = [];
    let $r2 = 0;
    L1: while (true) {
      let i = $r2;
      if (!(i < info.n)) {
        break L1;
      }
      let $r3 = JSON.stringify({ i: i, sq: i * i });
      cl.get("data:" + $r3, function (resp) {
        parts.push(i + ":" + resp.sq);
        if (parts.length === info.n) {
          let $r4 = parts.join(",");
          respond({ info: info, parts: $r4, query: req.query.i, served: served });
        }
      });
      $r2 = i;
      $r2 = $r2 + 1;
    }
    if (info.n === 0) {
      cl.post({ url: "data:\"posted\"", body: info }, (r) => {
        let $r5 = respond([r, req.path, typeof req.body.tags]);
        return $r5;
      });
    }
    return;
  }
  const $s1 = $T.enter($s0, "F2", $t18);
  $T.on && $T.set($s1, "served", $t19);
  served = served + 1;
  const info = $T.on ? $T.call($s1, "info", null, describe, $t21, [req.body]) : describe(req.body);
  if ($T.on ? $T.when($s1, $t22, info.size === "large") : info.size === "large") {
    const $r6 = $T.lit({ error: "too large", n: info.n });
    $T.on ? $T.call($s1, null, $t25, respond, $t24, [$r6]) : respond($r6);
    $T.on && $T.ret($s1, $t26);
    return undefined;
  }
  $T.on && $T.let($s1, "parts", $t27);
  const parts = $T.lit([]);
  $T.on && $T.let($s1, "$r2", $t2);
  let $r2 = 0;
  $T.on && $T.loop($s1, "L1");
  L1: while (true) {
    $T.on && $T.iter($s1);
    const $s2 = $T.block($s1);
    $T.on && $T.let($s2, "i", $t28);
    let i = $r2;
    if ($T.on ? $T.when($s2, $t29, !(i < info.n)) : !(i < info.n)) {
      $T.on && $T.brk($s2, "L1");
      break L1;
    }
    const $r7 = $T.lit({ i: i, sq: i * i });
    let $r3 = $T.on ? $T.mcallv($s2, "$r3", $t32, JSON, "stringify", JSON.stringify, $t31, [$r7]) : JSON.stringify($r7);
    const $r9 = $T.fn(function (resp) {
      if (!$T.on) {
        parts.push(i + ":" + resp.sq);
        if (parts.length === info.n) {
          let $r4 = parts.join(",");
          respond({ info: info, parts: $r4, query: req.query.i, served: served });
        }
        return;
      }
      const $s3 = $T.enter($s2, "F3", $t36);
      $T.on ? $T.mcallv($s3, null, $t39, parts, "push", parts.push, $t38, [i + ":" + resp.sq]) : parts.push(i + ":" + resp.sq);
      if ($T.on ? $T.when($s3, $t40, parts.length === info.n) : parts.length === info.n) {
        let $r4 = $T.on ? $T.mcallv($s3, "$r4", $t39, parts, "join", parts.join, $t42, [","]) : parts.join(",");
        const $r8 = $T.lit({ info: info, parts: $r4, query: req.query.i, served: served });
        $T.on ? $T.call($s3, null, $t25, respond, $t44, [$r8]) : respond($r8);
        $T.on && $T.pop($s3);
      }
      $T.on && $T.ret($s3, $t26, true);
    }, "F3", $s2);
    $T.on ? $T.mcallv($s2, null, $t45, cl, "get", cl.get, $t35, ["data:" + $r3, $r9]) : cl.get("data:" + $r3, $r9);
    $T.on && $T.set($s2, "$r2", $t46);
    $r2 = i;
    $T.on && $T.set($s2, "$r2", $t47);
    $r2 = $r2 + 1;
  }
  if ($T.on ? $T.when($s1, $t48, info.n === 0) : info.n === 0) {
    const $r11 = $T.lit({ url: "data:\"posted\"", body: info });
    const $r12 = $T.fn((r) => {
      if (!$T.on) {
        let $r5 = respond([r, req.path, typeof req.body.tags]);
        return $r5;
      }
      const $s2 = $T.enter($s1, "F4", $t52);
      const $r10 = $T.lit([r, req.path, typeof req.body.tags]);
      let $r5 = $T.on ? $T.call($s2, "$r5", $t25, respond, $t54, [$r10]) : respond($r10);
      $T.on && $T.ret($s2, $t55);
      return $r5;
    }, "F4", $s1);
    $T.on ? $T.mcallv($s1, null, $t45, cl, "post", cl.post, $t51, [$r11, $r12]) : cl.post($r11, $r12);
    $T.on && $T.pop($s1);
  }
  $T.on && $T.ret($s1, $t26, true);
}, "F2", $s0);
$T.on ? $T.mcallv($s0, null, $t45, cl, "listen", cl.listen, $t17, [$r13]) : cl.listen($r13);
$T.end();
