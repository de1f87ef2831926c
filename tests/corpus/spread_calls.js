const c = require('containerless');

// A scores endpoint: the best and worst of the request's scores with
// Math.max/min over a spread, the history grown with push(...), and a
// helper called with its arguments spread from a list.
function summary(label, best, worst) {
  return label + ': ' + best + '..' + worst;
}

c.listen(function(req) {
  const scores = req.body.scores;
  const history = [0];
  history.push(...scores);
  const best = Math.max(...scores);
  const worst = Math.min(...scores, 100);
  const parts = [req.body.name, best, worst];
  const text = summary(...parts);
  c.respond({ text: text, history: history, count: history.length });
});
