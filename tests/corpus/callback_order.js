const c = require('containerless');

c.listen(function(req) {
  const seen = [];
  c.get('data:"first"', function(v) { seen.push(v); });
  c.get('data:"second"', function(v) {
    seen.push(v);
    c.respond(seen.join(',') + ':' + req.path);
  });
});
