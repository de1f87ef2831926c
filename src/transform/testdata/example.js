let containerless = require('containerless');
function double(x) { return x * 2; }
containerless.listen(function(req) {
  let n = req.body.n;
  if (n > 10) {
    containerless.respond("big");
  } else {
    let total = 0;
    for (let i = 0; i < n; i++) {
      total += double(i);
    }
    containerless.respond(total);
  }
});
