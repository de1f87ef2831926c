const c = require('containerless');

c.listen(function(req) {
  const a = req.body.a;
  const b = req.body.b;
  c.respond({ plus: a + b, minus: a - b, times: a * b, eq: a === b, loose: a == b, lt: a < b, str: '' + a, neg: -a });
});
