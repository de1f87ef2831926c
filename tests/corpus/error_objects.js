const c = require('containerless');

// An order validator written the usual way: helpers throw `new TypeError`
// or `new RangeError` with a message built from the input, the handler
// catches and answers a 400-like body with `e.message`, `e.name` and the
// error as text; a failed lookup throws a plain `Error`.
const PRICES = { apple: 3, pear: 4, fig: 9 };

function quantity(item) {
  if (typeof item.qty !== 'number') throw new TypeError(`qty of ${item.name} must be a number`);
  if (item.qty < 1 || item.qty > 10) throw new RangeError('qty ' + item.qty + ' is out of range');
  return item.qty;
}

function price(name) {
  const p = PRICES[name];
  if (p === undefined) throw new Error('unknown item: ' + name);
  return p;
}

c.listen(function (req) {
  const items = req.body.items;
  try {
    if (!Array.isArray(items)) throw TypeError('items must be an array');
    if (items.length === 0) throw new Error();
    let total = 0;
    for (let i = 0; i < items.length; i++) {
      total = total + price(items[i].name) * quantity(items[i]);
    }
    c.respond({ status: 200, total: total });
  } catch (e) {
    c.respond({ status: 400, error: e.message, kind: e.name, text: String(e), shown: `${e}`, json: JSON.stringify(e) });
  }
});
