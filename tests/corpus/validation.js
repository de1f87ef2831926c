const c = require('containerless');

function check(body) {
  const errors = [];
  if (typeof body.email !== 'string' || !body.email.includes('@')) errors.push('email');
  if (typeof body.age !== 'number' || body.age < 0) errors.push('age');
  return errors;
}
c.listen(function(req) {
  const errors = check(req.body);
  if (errors.length > 0) {
    c.respond({ ok: false, errors: errors });
    return;
  }
  c.respond({ ok: true, greeting: 'welcome ' + req.body.email.slice(0, req.body.email.indexOf('@')) });
});
