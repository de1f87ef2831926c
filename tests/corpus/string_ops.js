const c = require('containerless');

c.listen(function(req) {
  const s = req.body.s;
  c.respond({
    upper: s.toUpperCase(),
    lower: s.toLowerCase(),
    trimmed: s.trim(),
    len: s.length,
    starts: s.startsWith('he'),
    ends: s.endsWith('!'),
    has: s.includes('ll'),
    at: s.indexOf('o'),
    cut: s.slice(1, 4),
    words: s.split(' ')
  });
});
