const c = require('containerless');

c.listen(function(req) {
  if (req.body.answer) {
    c.respond('answered');
  }
});
