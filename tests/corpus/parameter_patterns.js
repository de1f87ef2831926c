const c = require('containerless');

// A geometry endpoint whose helpers take points and ranges as array
// parameters, with defaults that read earlier parameters and elements.
function distance([x1, y1 = 0], [x2, y2 = y1] = [0, 0]) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  return dx * dx + dy * dy;
}

const clamp = ([lo, hi = lo], value = lo) => (value < lo ? lo : value > hi ? hi : value);

function describe({ kind = 'point' }, [x, , z = x]) {
  return kind + ':' + x + ',' + z;
}

c.listen(function(req) {
  const body = req.body;
  const d = distance(body.p, body.q);
  const r = clamp(body.r, d);
  c.respond({ d: d, clamped: r, label: describe(body, body.p) });
});
