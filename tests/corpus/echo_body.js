const c = require('containerless');
c.listen(function(req) { c.respond(req.body); });
