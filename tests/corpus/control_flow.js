// Control-flow exercises: a labelled block left by `break`, nested loops
// with a labelled `continue`, and a `switch` that falls through.
const c = require('containerless');

function size(r) {
  let note;
  things: {
    if (r > 10) { note = 'big'; break things; }
    if (r < 0) { note = 'negative'; break things; }
    note = 'small';
  }
  return note;
}

// The pairs (i, j), i < j, of distinct values that sum to `target`.
function pairs(values, target) {
  const found = [];
  outer: for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      if (values[i] === values[j]) { continue outer; }
      if (values[i] + values[j] === target) { found.push([i, j]); continue outer; }
    }
  }
  return found;
}

function privileges(role) {
  const granted = [];
  switch (role) {
    case 'admin':
      granted.push('delete');
    case 'editor':
    case 'author':
      granted.push('write');
    case 'viewer':
      granted.push('read');
      break;
    default:
      granted.push('none');
  }
  return granted;
}

c.listen(function (req) {
  const b = req.body;
  c.respond({ size: size(b.r), pairs: pairs(b.values, b.target), privileges: privileges(b.role) });
});
