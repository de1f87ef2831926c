const c = require('containerless');

// A validation flow written with exceptions: helpers throw a plain error
// object on bad input, the handler catches it and answers with a 400-like
// body; `finally` adds what every answer carries.
function fail(field, why) {
  throw { status: 400, field: field, message: field + ' ' + why };
}

function requireString(body, field) {
  const value = body[field];
  if (typeof value !== 'string') fail(field, 'must be a string');
  if (value.length === 0) fail(field, 'must not be empty');
  return value;
}

function parseAge(body) {
  const age = body.age;
  if (age === undefined) return null;
  if (typeof age !== 'number' || age < 0 || age > 150) fail('age', 'is out of range');
  return age;
}

c.listen(function (req) {
  let answer;
  let checks = 0;
  try {
    const name = requireString(req.body, 'name');
    checks = checks + 1;
    const age = parseAge(req.body);
    checks = checks + 1;
    try {
      if (name === 'root') throw 'reserved';
      answer = { status: 200, greeting: 'hello ' + name, age: age };
    } catch (reason) {
      if (req.body.force !== true) throw { status: 403, field: 'name', message: reason };
      answer = { status: 200, greeting: 'hello anyway', age: age };
    }
  } catch ({ status, field, message }) {
    answer = { status: status, error: message, field: field };
  } finally {
    answer.checks = checks;
  }
  c.respond(answer);
});
