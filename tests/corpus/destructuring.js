const c = require('containerless');

const { respond } = c;
c.listen(function(req) {
  const { a, b } = req.body;
  const [first, second] = req.body.list;
  respond({ sum: a + b, first: first, second: second });
});
