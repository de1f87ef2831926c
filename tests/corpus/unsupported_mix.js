const c = require('containerless');

class Greeter {
  constructor(name) { this.name = name; }
  greet() { return 'hello ' + this.name; }
}
async function later(v) { return v * 2; }
c.listen(function(req) {
  if (req.path === '/class') {
    c.respond(new Greeter(req.query.name).greet());
  } else if (req.path === '/try') {
    try {
      JSON.parse(req.query.text);
      c.respond('valid');
    } catch (e) {
      c.respond('invalid');
    }
  } else if (req.path === '/async') {
    later(21).then(function(v) { c.respond({ v: v }); });
  } else {
    c.respond('plain');
  }
});
