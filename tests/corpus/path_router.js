const c = require('containerless');

c.listen(function(req) {
  if (req.path === '/hello') {
    c.respond('hello');
  } else if (req.path === '/json') {
    c.respond({ ok: true, path: req.path });
  } else {
    c.respond('not found: ' + req.path);
  }
});
