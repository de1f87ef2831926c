const c = require('containerless');

function apply(f, v) { return f(v); }
function inc(v) { return v + 1; }
function dbl(v) { return v * 2; }
c.listen(function(req) {
  const f = req.body.op === 'inc' ? inc : dbl;
  c.respond(apply(f, req.body.v));
});
