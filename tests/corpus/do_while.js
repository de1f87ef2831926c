const c = require('containerless');

c.listen(function(req) {
  let n = req.body.n;
  let steps = 0;
  do {
    n = n % 2 === 0 ? n / 2 : 3 * n + 1;
    steps++;
  } while (n !== 1 && steps < 1000);
  c.respond({ steps: steps });
});
