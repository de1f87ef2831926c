const c = require('containerless');

c.listen(function(req) {
  const x = req.body.x;
  const y = req.body.y;
  c.respond([Math.floor(x), Math.ceil(x), Math.round(x), Math.abs(y), Math.min(x, y), Math.max(x, y, 0), x / y, x % y, -x]);
});
