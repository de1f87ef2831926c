const c = require('containerless');

// A leaderboard: players sorted by score (highest first), ties by name, with
// the comparator inlined into the trace; the tags a default sort puts in
// order; the top three and each player's rank.
function byScoreThenName(a, b) {
  if (a.score !== b.score) return b.score - a.score;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

c.listen(function(req) {
  const players = Array.isArray(req.body.players) ? req.body.players : [];
  const tags = Array.isArray(req.body.tags) ? req.body.tags : [];
  players.sort(byScoreThenName);
  const top = [];
  for (let i = 0; i < players.length && i < 3; i++) {
    top.push((i + 1) + '. ' + players[i].name + ' (' + players[i].score + ')');
  }
  const sortedTags = tags.sort();
  const byLength = sortedTags.toSorted((x, y) => x.length - y.length);
  c.respond({ top: top, tags: sortedTags.join(','), shortest: byLength[0], count: players.length });
});
