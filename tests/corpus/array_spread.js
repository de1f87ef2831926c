const c = require('containerless');

// A playlist endpoint: the queue is built from the pinned songs, the
// request's songs and the fallback, and a helper returns it framed.
function framed(songs, label) {
  return [label, ...songs, 'end'];
}

c.listen(function(req) {
  const pinned = ['intro'];
  const queue = [...pinned, ...req.body.songs, ...req.body.extra];
  let count = 0;
  for (const s of queue) {
    if (s !== undefined) count++;
  }
  const out = framed(queue, req.body.name);
  c.respond({ queue: out, count: count, first: queue[1] });
});
