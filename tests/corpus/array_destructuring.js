const c = require('containerless');

// A coordinates endpoint: pairs and triples unpacked with defaults, and
// a swap through a fresh array.
c.listen(function(req) {
  const [x, y = 0, z = x] = req.body.point;
  let [lo, hi] = [req.body.a, req.body.b];
  if (lo > hi) {
    const [first, second] = [hi, lo];
    lo = first;
    hi = second;
  }
  let [left, right] = [x, y];
  if (left < right) [left, right] = [right, left];
  const box = {};
  ({ w: box.w = 1, h: box.h = box.w } = req.body);
  const [, tag = 'none'] = req.body.tags;
  c.respond({ x: x, y: y, z: z, lo: lo, hi: hi, tag: tag, sum: x + y + z, left: left, right: right, box: box });
});
