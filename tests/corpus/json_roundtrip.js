const c = require('containerless');

c.listen(function(req) {
  const text = JSON.stringify(req.body);
  const back = JSON.parse(text);
  back.size = text.length;
  c.respond(back);
});
