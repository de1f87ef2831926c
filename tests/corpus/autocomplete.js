// Word autocompletion over a top-level word list (read-only state): the
// words starting with a prefix, sorted (shortest first, then
// alphabetically), at most `limit` of them.
const c = require('containerless');

const WORDS = ['apple', 'application', 'apply', 'apricot', 'banana', 'band', 'bandana', 'can', 'candle', 'candy',
  'cane', 'zebra'];
const DEFAULT_LIMIT = 3;

function before(a, b) {
  if (a.length !== b.length) { return a.length < b.length; }
  return a < b;
}

c.listen(function (req) {
  const prefix = req.query.q === undefined ? '' : req.query.q.toLowerCase();
  let limit = DEFAULT_LIMIT;
  if (req.query.limit !== undefined) { limit = req.query.limit * 1; }
  const found = [];
  for (let i = 0; i < WORDS.length; i++) {
    if (WORDS[i].startsWith(prefix)) { found[found.length] = WORDS[i]; }
  }
  // Insertion sort, written with computed writes.
  for (let i = 1; i < found.length; i++) {
    const word = found[i];
    let j = i - 1;
    while (j >= 0 && before(word, found[j])) {
      found[j + 1] = found[j];
      j = j - 1;
    }
    found[j + 1] = word;
  }
  c.respond({ prefix: prefix, count: found.length, words: found.slice(0, limit) });
});
