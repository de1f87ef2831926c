// Array exercises written with computed writes: a histogram by key, arrays
// built by index (reversed, every other slot), and a sieve of Eratosthenes
// that sizes its table by writing `length`.
const c = require('containerless');

function histogram(keys) {
  const counts = {};
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    counts[k] = (counts[k] || 0) + 1;
  }
  return counts;
}

function reversed(items) {
  const out = [];
  for (let i = 0; i < items.length; i++) { out[items.length - 1 - i] = items[i]; }
  return out;
}

function spaced(items, gap) {
  const out = [];
  for (let i = 0; i < items.length; i++) { out[i * gap] = items[i]; }
  return { items: out, length: out.length, text: out.join('|') };
}

function primes(n) {
  const composite = [];
  composite.length = n + 1;
  const found = [];
  for (let p = 2; p <= n; p++) {
    if (composite[p]) { continue; }
    found[found.length] = p;
    for (let m = p * p; m <= n; m += p) { composite[m] = true; }
  }
  return found;
}

function bump(values, at) {
  const copy = values.slice(0);
  copy[at] += 1;
  copy.length = values.length;
  return copy;
}

c.listen(function (req) {
  const b = req.body;
  if (req.path === '/histogram') { c.respond(histogram(b.keys)); }
  else if (req.path === '/reversed') { c.respond(reversed(b.items)); }
  else if (req.path === '/spaced') { c.respond(spaced(b.items, b.gap)); }
  else if (req.path === '/primes') { c.respond(primes(b.n)); }
  else if (req.path === '/bump') { c.respond(bump(b.values, b.at)); }
  else { c.respond('unknown exercise'); }
});
