const c = require('containerless');

c.listen(function(req) {
  let log = [];
  c.get('data:[1, 2, 3]', function(a) {
    log.push(a.length);
    c.post({ url: 'data:{"saved": true}', body: { items: a } }, function(b) {
      log.push(b.saved);
      c.respond({ log: log, n: req.body.n });
    });
  });
  log.push('sent');
});
