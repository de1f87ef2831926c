#!/usr/bin/env node
// `make demo`: start the agent in a scratch directory, initialise a function,
// call it a few times, show its status, answers and trace, then clean up.
// Usage: [FUNCTION=fn.js] [MODE=Vanilla] node tests/tools/demo.js AGENT_BIN
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');

const repo = path.resolve(__dirname, '..', '..');
const agentBin = process.argv[2];
const functionFile = process.env.FUNCTION || '';
const mode = process.env.MODE || 'Tracing';
const SEED_FUNCTION = "let containerless = require('containerless'); containerless.listen(function(req) { console.log('Got a response'); containerless.respond('hi'); });";
const CALLS = [
  { method: 'GET', path: '/' },
  { method: 'GET', path: '/hello?name=demo' },
  { method: 'POST', path: '/items', body: { id: 7, tags: ['a', 'b'] } },
];
const STEP_TIMEOUT_MS = 60_000;

function say(text) { process.stdout.write(`\n\x1b[1m== ${text}\x1b[0m\n`); }

function scratchDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'containerless-demo-'));
  fs.symlinkSync(path.join(repo, 'js-transform.sh'), path.join(dir, 'js-transform.sh'));
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

// Resolves with the first agent log line matching `pattern`; rejects on a fatal line or timeout.
function waitForLog(lines, pattern, what) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(reject, new Error(`timed out waiting for ${what}`)), STEP_TIMEOUT_MS);
    const onLine = (line) => {
      const m = line.match(pattern);
      if (m) done(resolve, m);
      else if (/compile-error|runtime-error/.test(line)) done(reject, new Error(`agent reported: ${line}`));
    };
    const onClose = () => done(reject, new Error(`agent exited before ${what}`));
    function done(settle, value) {
      clearTimeout(timer);
      lines.off('line', onLine);
      lines.off('close', onClose);
      settle(value);
    }
    lines.on('line', onLine);
    lines.on('close', onClose);
  });
}

async function http(base, method, urlPath, body) {
  const init = { method, signal: AbortSignal.timeout(STEP_TIMEOUT_MS) };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    init.headers = { 'content-type': 'application/json' };
  }
  const res = await fetch(base + urlPath, init);
  return { status: res.status, text: await res.text() };
}

async function main() {
  if (!agentBin) throw new Error('usage: [FUNCTION=fn.js] [MODE=Tracing|Vanilla] demo.js AGENT_BIN');
  const code = functionFile ? fs.readFileSync(functionFile, 'utf8') : SEED_FUNCTION;
  const dir = scratchDir();
  say(`starting the agent in ${dir}`);
  const agent = spawn(agentBin, ['--listen', '127.0.0.1:0', '--function-port', '0', '--function-host', '127.0.0.1', '--workdir', dir],
    { stdio: ['ignore', 'inherit', 'pipe'] });
  const lines = readline.createInterface({ input: agent.stderr });
  lines.on('line', (line) => process.stdout.write(`  \x1b[2m${line}\x1b[0m\n`));
  try {
    const [, address] = await waitForLog(lines, /listening on (\S+)/, 'the agent to listen');
    const control = `http://${address}`;
    say(`POST /init (${mode} mode)`);
    const ready = waitForLog(lines, /function ready|ready in/, 'the function to be ready');
    const init = await http(control, 'POST', '/init', { mode, code });
    console.log(`${init.status} ${init.text}`);
    if (init.status !== 200) throw new Error('init was refused');
    await ready;
    say('GET /status');
    console.log((await http(control, 'GET', '/status')).text);
    const info = JSON.parse((await http(control, 'GET', '/info')).text);
    const fn = `http://127.0.0.1:${info.functionPort}`;
    for (const call of CALLS) {
      say(`${call.method} ${call.path} on the function (port ${info.functionPort})`);
      const res = await http(fn, call.method, call.path, call.body);
      console.log(`${res.status} ${res.text}`);
    }
    if (mode === 'Tracing') {
      say('GET /trace?format=text');
      const trace = await http(control, 'GET', '/trace?format=text');
      console.log(trace.text);
      if (trace.status !== 200) throw new Error('no trace');
    }
  } finally {
    say('stopping the agent');
    const exited = new Promise((resolve) => agent.once('exit', (c, s) => resolve(s || c)));
    agent.kill('SIGTERM');
    console.log(`agent exited with ${await exited}`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => { console.error(`demo failed: ${err.message}`); process.exit(1); });
