const c = require('containerless');

function describe(code) {
  let text;
  switch (code) {
    case 200: text = 'ok'; break;
    case 301:
    case 302: text = 'redirect'; break;
    case 404: text = 'missing'; break;
    default: text = 'other';
  }
  return text;
}
c.listen(function(req) {
  c.respond(describe(req.body.code));
});
