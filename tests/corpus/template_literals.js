const c = require('containerless');

c.listen(function(req) {
  const name = req.query.name;
  const n = req.body.n;
  c.respond(`Hello, ${name}! You have ${n} new ${n === 1 ? 'message' : 'messages'}.`);
});
