const c = require('containerless');

// Character classes of a text, read one character at a time with for-of,
// and the number of distinct characters counted with for-in.
c.listen(function(req) {
  const text = req.body.text;
  let vowels = 0;
  let spaces = 0;
  let other = 0;
  const seen = {};
  for (const ch of text) {
    if ('aeiou'.includes(ch)) vowels++;
    else if (ch === ' ') spaces++;
    else other++;
    seen[ch] = (seen[ch] || 0) + 1;
  }
  let distinct = 0;
  for (const ch in seen) distinct++;
  c.respond({ vowels: vowels, spaces: spaces, other: other, distinct: distinct });
});
