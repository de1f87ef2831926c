const c = require('containerless');

// An order endpoint written with the global conversion functions, Object
// and Array statics and Math (issue #15, builtins).
c.listen(function(req) {
  const q = req.body;
  const qty = parseInt(q.qty, 10);
  const price = parseFloat(q.price);
  if (isNaN(qty) || isNaN(price)) {
    c.respond({ error: 'bad input', fields: Object.keys(q) });
    return;
  }
  const total = Math.trunc(qty * price * 100) / 100;
  const order = Object.assign({ qty: qty, price: price }, q.extra, { total: total });
  c.respond({
    order: order,
    keys: Object.keys(order),
    values: Object.values(order),
    pairs: Object.entries(order).length,
    list: Array.isArray(q.items),
    label: String(qty) + ' x ' + Number(q.price),
    gift: Boolean(q.gift),
    side: Math.sqrt(Math.pow(qty, 2)),
    trend: Math.sign(price - 10)
  });
});
