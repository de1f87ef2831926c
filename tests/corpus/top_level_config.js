const c = require('containerless');

const config = { greeting: 'Hi', limit: 3, names: ['a', 'b'] };
const suffix = '!';
function greet(name) { return config.greeting + ', ' + name + suffix; }
c.listen(function(req) {
  const who = req.query.who || config.names[0];
  c.respond(greet(who));
});
