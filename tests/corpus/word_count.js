const c = require('containerless');

c.listen(function(req) {
  const words = req.body.text.toLowerCase().split(' ');
  const counts = {};
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '') { continue; }
    if (counts[w] === undefined) { counts[w] = 0; }
    counts[w] = counts[w] + 1;
  }
  c.respond(counts);
});
