// A maze solver over a top-level grid: breadth-first search from the
// request's start to its target, marking visited cells in the top-level
// `seen` grid and resetting them before answering.
const c = require('containerless');

const maze = [
  [0, 0, 0, 1, 0],
  [1, 1, 0, 1, 0],
  [0, 0, 0, 0, 0],
  [0, 1, 1, 1, 1],
  [0, 0, 0, 1, 0],
];
const seen = [
  [0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0],
];
const dirs = [[0, 1], [1, 0], [0, -1], [-1, 0]];
const size = 5;
let solved = 0;

// A cell the search may enter: inside the maze, not a wall, not seen yet.
function open(r, col) {
  if (typeof r !== 'number' || typeof col !== 'number') {
    return false;
  }
  const row = maze[r];
  if (row === undefined || row[col] !== 0) {
    return false;
  }
  return seen[r][col] === 0;
}

function solve(sr, sc, tr, tc) {
  const marked = [];
  const queue = [[sr, sc, 0]];
  seen[sr][sc] = 1;
  marked.push([sr, sc]);
  let steps = -1;
  while (queue.length > 0) {
    const cell = queue.shift();
    if (cell[0] === tr && cell[1] === tc) {
      steps = cell[2];
      break;
    }
    for (let d = 0; d < 4; d++) {
      const nr = cell[0] + dirs[d][0];
      const nc = cell[1] + dirs[d][1];
      if (open(nr, nc)) {
        seen[nr][nc] = 1;
        marked.push([nr, nc]);
        queue.push([nr, nc, cell[2] + 1]);
      }
    }
  }
  for (let i = 0; i < marked.length; i++) {
    const p = marked[i];
    seen[p[0]][p[1]] = 0;
  }
  return steps;
}

c.listen(function (req) {
  const b = req.body;
  if (!open(b.sr, b.sc) || !open(b.tr, b.tc)) {
    c.respond({ error: 'start and target must be open cells' });
    return;
  }
  const steps = solve(b.sr, b.sc, b.tr, b.tc);
  if (steps >= 0) {
    solved += 1;
  }
  c.respond({ steps, solved });
});
