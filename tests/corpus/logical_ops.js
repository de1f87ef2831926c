const c = require('containerless');

c.listen(function(req) {
  const b = req.body;
  const name = b.name || 'anonymous';
  const limit = b.limit ?? 10;
  const admin = b.role === 'admin' && b.active;
  c.respond({ name: name, limit: limit, admin: admin, not: !b.active });
});
