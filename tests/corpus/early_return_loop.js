const c = require('containerless');

function find(xs, target) {
  for (let i = 0; i < xs.length; i++) {
    if (xs[i] === target) { return i; }
  }
  return -1;
}
c.listen(function(req) {
  c.respond({ at: find(req.body.xs, req.body.t) });
});
