// A realistic function: request fields, outgoing calls, closures.
const cl = require("containerless");
const { respond } = cl;
let served = 0;
const LIMIT = 10;
function describe(body) {
  const name = body.name ?? "anonymous";
  const n = body.n || 0;
  let size = "small";
  if (n > LIMIT) {
    size = "large";
  } else if (n > 2) {
    size = "medium";
  }
  return { name, n, size, greeting: `hello ${name}` };
}
cl.listen(function (req) {
  served++;
  const info = describe(req.body);
  if (info.size === "large") {
    respond({ error: "too large", n: info.n });
    return;
  }
  const parts = [];
  for (let i = 0; i < info.n; i++) {
    cl.get("data:" + JSON.stringify({ i, sq: i * i }), function (resp) {
      parts.push(i + ":" + resp.sq);
      if (parts.length === info.n) {
        respond({ info, parts: parts.join(","), query: req.query.i, served });
      }
    });
  }
  if (info.n === 0) {
    cl.post({ url: "data:\"posted\"", body: info }, (r) => respond([r, req.path, typeof req.body.tags]));
  }
});
