const c = require('containerless');

function map(arr, f) {
  const out = [];
  for (let i = 0; i < arr.length; i++) { out.push(f(arr[i])); }
  return out;
}
function filter(arr, p) {
  const out = [];
  for (let i = 0; i < arr.length; i++) { if (p(arr[i])) { out.push(arr[i]); } }
  return out;
}
function reduce(arr, f, init) {
  let acc = init;
  for (let i = 0; i < arr.length; i++) { acc = f(acc, arr[i]); }
  return acc;
}
c.listen(function(req) {
  const xs = req.body.xs;
  const squares = map(xs, x => x * x);
  const evens = filter(squares, x => x % 2 === 0);
  c.respond({ squares: squares, evens: evens, sum: reduce(evens, (a, b) => a + b, 0) });
});
