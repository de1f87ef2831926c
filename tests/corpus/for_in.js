const c = require('containerless');

// Per-field totals over records whose fields vary, with a lookup table
// walked by key and a copy of the query without its empty values.
c.listen(function(req) {
  const labels = { qty: 'Quantity', price: 'Price', extra: 'Extra' };
  const totals = {};
  let fields = 0;
  for (const record of req.body.records) {
    for (const field in record) {
      if (field === 'skip') continue;
      if (totals[field] === undefined) totals[field] = 0;
      totals[field] = totals[field] + record[field];
      fields++;
    }
  }
  const named = [];
  for (const key in labels) {
    if (key in totals) named.push(labels[key] + '=' + totals[key]);
  }
  const query = {};
  let k;
  for (k in req.query) {
    if (req.query[k] !== '') query[k] = req.query[k];
  }
  c.respond({ totals: totals, fields: fields, named: named, query: query, last: k });
});
