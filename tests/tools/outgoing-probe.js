#!/usr/bin/env node
// For tests/it/trace_http.rs: makes outgoing calls with the runtime's own client
// (node_modules/containerless/outgoing.js, as a function's get/post/put/delete
// do) and prints what each callback received.
// Input on stdin: a JSON array of {method, url, body?} (body present: post or
// put with that body). Output: one line per call, in order, either
// JSON.stringify([typeof value, value]) or "no callback" when the callback
// has not run after WAIT_MS.
'use strict';
const path = require('node:path');

const runtime = path.resolve(__dirname, '..', '..', 'node_modules', 'containerless');
const outgoing = require(path.join(runtime, 'outgoing.js'));
const { storage, RequestState } = require(path.join(runtime, 'context.js'));

const WAIT_MS = 5000;
outgoing.configure({ responseTimeoutMs: WAIT_MS });

function call(spec, done) {
  const cb = (value) => done(JSON.stringify([typeof value, value]));
  switch (spec.method) {
    case 'GET': return outgoing.get(spec.url, cb);
    case 'DELETE': return outgoing.delete(spec.url, cb);
    case 'POST': return outgoing.post({ url: spec.url, body: spec.body }, cb);
    case 'PUT': return outgoing.put({ url: spec.url, body: spec.body }, cb);
    default: throw new Error(`unknown method ${spec.method}`);
  }
}

// Each call in a request context of its own, so that a callback that never
// runs (after a 101) does not hold back the queue of the others.
function probe(spec) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('no callback'), WAIT_MS + 1000);
    storage.run(new RequestState(null, spec.method, '/'), () => call(spec, (line) => {
      clearTimeout(timer);
      resolve(line);
    }));
  });
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (text) => { input += text; });
process.stdin.on('end', async () => {
  const lines = await Promise.all(JSON.parse(input).map(probe));
  // Exit once written: stdout to a pipe is asynchronous, and open sockets
  // would keep the process alive.
  process.stdout.write(lines.map((line) => `${line}\n`).join(''), () => process.exit(0));
});
