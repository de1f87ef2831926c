const c = require('containerless');

// A grade book written with array callbacks (issue #15, builtins): each
// callback's body is traced inside the loop that stands for the call.
function average(xs) {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

c.listen(function(req) {
  const students = Array.isArray(req.body.students) ? req.body.students : [];
  const scores = students.map((s) => s.score);
  const passed = students.filter((s) => s.score >= 50).map((s) => s.name);
  const best = scores.length > 0 ? scores.reduce((m, x) => (x > m ? x : m)) : null;
  const lines = [];
  students.forEach((s, i) => { lines.push((i + 1) + '. ' + s.name); });
  c.respond({
    average: average(scores),
    passed: passed,
    best: best,
    bestName: students.find((s) => s.score === best),
    anyPerfect: scores.some((x) => x === 100),
    allPassed: scores.every((x) => x >= 50),
    firstFail: students.findIndex((s) => s.score < 50),
    roll: lines.join('; ')
  });
});
