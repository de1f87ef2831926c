const c = require('containerless');

function fizz(i) {
  if (i % 15 === 0) return 'FizzBuzz';
  if (i % 3 === 0) return 'Fizz';
  if (i % 5 === 0) return 'Buzz';
  return '' + i;
}
c.listen(function(req) {
  const out = [];
  let i = 1;
  while (i <= req.body.n) {
    out.push(fizz(i));
    i = i + 1;
  }
  c.respond(out.join(' '));
});
