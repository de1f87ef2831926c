const c = require('containerless');

// A receipt line formatter written with string methods (issue #15, builtins).
c.listen(function(req) {
  const name = String(req.body.name);
  const code = String(req.body.code);
  const n = Number(req.body.n);
  c.respond({
    line: name.padEnd(10, '.') + String(n).padStart(6),
    code: code.padStart(8, '0'),
    rule: '-'.repeat(Math.abs(n) % 5),
    first: name.charAt(0).toUpperCase() + name.substring(1),
    initial: name.charCodeAt(0),
    last: name.at(-1),
    dot: code.lastIndexOf('.'),
    joined: name.concat('/', code, '/', n),
    safe: name.replaceAll(' ', '_'),
    quoted: code.replace('.', '[$&]'),
    wrapped: name.replace(name, '<$&>')
  });
});
