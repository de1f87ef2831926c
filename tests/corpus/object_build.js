const c = require('containerless');

c.listen(function(req) {
  const user = { name: req.body.name, tags: [], meta: { created: 1 } };
  user.tags.push('new');
  user.meta.updated = 2;
  user['score'] = req.body.score * 10;
  c.respond(user);
});
