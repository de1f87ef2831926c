const c = require('containerless');

function fact(n) {
  if (n <= 1) { return 1; }
  return n * fact(n - 1);
}
c.listen(function(req) {
  c.respond({ n: req.body.n, fact: fact(req.body.n) });
});
