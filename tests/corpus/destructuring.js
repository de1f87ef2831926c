const c = require('containerless');
const { respond } = c;
c.listen(function(req) {
  const { a, b, list } = req.body;
  const { first, second } = { first: list[0], second: list[1] };
  respond({ sum: a + b, first: first, second: second });
});
