const c = require('containerless');

c.listen(function(req) {
  let n = req.body.n;
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += i;
  }
  c.respond(total);
});
