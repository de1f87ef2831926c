const c = require('containerless');

c.listen(function(req) {
  const t = req.query.t;
  if (t === 'num') c.respond(42.5);
  else if (t === 'bool') c.respond(false);
  else if (t === 'null') c.respond(null);
  else if (t === 'arr') c.respond([1, 'a', null]);
  else if (t === 'undef') c.respond(undefined);
  else c.respond('text');
});
