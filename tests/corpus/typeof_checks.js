const c = require('containerless');

function kind(v) {
  if (v === null) return 'null';
  if (typeof v === 'object') return 'object';
  return typeof v;
}
c.listen(function(req) {
  c.respond([kind(req.body.a), kind(req.body.b), kind(req.body.c), kind(req.body.d), kind(req.body.missing)]);
});
