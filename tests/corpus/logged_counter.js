// A handler that bumps a top-level counter only to log it.
const c = require('containerless');

let hits = 0;

c.listen(function (req) {
  hits += 1;
  console.log('request', hits, req.path);
  const who = req.query.who || 'world';
  c.respond('hello, ' + who);
});
