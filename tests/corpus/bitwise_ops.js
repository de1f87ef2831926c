const c = require('containerless');

// Flags packed in an integer, a power, membership tests and defaults
// filled in with logical assignment.
c.listen(function(req) {
  const opts = req.body;
  let flags = 0;
  if (opts.read) flags |= 1;
  if (opts.write) flags |= 2;
  if (opts.admin) flags = flags | 4;
  const level = opts.level;
  const settings = { mode: opts.mode, retries: opts.retries };
  settings.mode ??= 'auto';
  settings.retries ||= 3;
  settings.verbose &&= true;
  let name = opts.name;
  name ??= 'anonymous';
  c.respond({
    flags: flags,
    canWrite: (flags & 2) !== 0,
    masked: flags ^ 7,
    inverted: ~flags,
    shifted: flags << 3,
    halved: level >> 1,
    unsigned: level >>> 0,
    squared: level ** 2,
    cube: 2 ** flags,
    hasMode: 'mode' in opts,
    hasToString: 'toString' in opts,
    settings: settings,
    name: name,
  });
});
