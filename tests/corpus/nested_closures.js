const c = require('containerless');

function outer(a) {
  let x = a;
  function middle(b) {
    function inner(c2) {
      x = x + b + c2;
      return x;
    }
    return inner(b * 2);
  }
  const r = middle(a + 1);
  return [r, x];
}
c.listen(function(req) {
  c.respond(outer(req.body.a));
});
