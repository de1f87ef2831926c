const c = require('containerless');

// Totals over a list of order lines, skipping and stopping on markers,
// with a destructuring head and a loop over a list made in the handler.
c.listen(function(req) {
  const lines = req.body.lines;
  let total = 0;
  let count = 0;
  const names = [];
  for (const { name, price, qty } of lines) {
    if (name === 'end') break;
    if (qty === 0) continue;
    total = total + price * qty;
    count++;
    names.push(name);
  }
  let longest = '';
  for (const name of names) {
    if (name.length > longest.length) longest = name;
  }
  let last;
  for (last of [count, total]) {}
  c.respond({ total: total * req.body.rate, count: count, longest: longest, last: last });
});
