const c = require('containerless');

function makeCounter(start) {
  let count = start;
  return function(step) {
    count = count + step;
    return count;
  };
}
c.listen(function(req) {
  const next = makeCounter(req.body.start);
  next(1);
  next(2);
  c.respond(next(req.body.step));
});
