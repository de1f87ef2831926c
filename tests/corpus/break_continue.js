const c = require('containerless');

c.listen(function(req) {
  const xs = req.body.xs;
  let sum = 0;
  outer: for (let i = 0; i < xs.length; i++) {
    if (xs[i] < 0) { continue; }
    if (xs[i] > 100) { break; }
    for (let j = 0; j < 3; j++) {
      if (j === xs[i]) { continue outer; }
      sum = sum + j;
    }
  }
  c.respond(sum);
});
