const c = require('containerless');

c.listen(function(req) {
  const a = req.body.items;
  const first = a.shift();
  const last = a.pop();
  a.push('end');
  c.respond({ first: first, last: last, rest: a, idx: a.indexOf('b'), has: a.includes('c'), part: a.slice(1), joined: a.join('-') });
});
