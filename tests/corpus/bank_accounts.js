// A banking flow: a top-level request counter and accounts object that
// every request reads and writes.
const c = require('containerless');

let requests = 0;
const accounts = {};

function fail(message) {
  return { ok: false, error: message, requests };
}

c.listen(function (req) {
  requests += 1;
  const op = req.body.op;
  const name = req.body.name;
  if (op === 'open') {
    if (accounts[name] !== undefined) {
      c.respond(fail('exists'));
      return;
    }
    accounts[name] = { balance: 0, history: [] };
    c.respond({ ok: true, name, requests });
    return;
  }
  const account = accounts[name];
  if (account === undefined) {
    c.respond(fail('no such account'));
    return;
  }
  const amount = req.body.amount;
  if (op === 'deposit') {
    account.balance += amount;
    account.history.push(amount);
  } else if (op === 'withdraw') {
    if (amount > account.balance) {
      c.respond(fail('insufficient funds'));
      return;
    }
    account.balance -= amount;
    account.history.push(-amount);
  } else if (op !== 'balance') {
    c.respond(fail('unknown operation'));
    return;
  }
  c.respond({ ok: true, balance: account.balance, history: account.history, requests });
});
