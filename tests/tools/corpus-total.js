#!/usr/bin/env node
// `make test`: the share of already-traced requests each corpus function's
// final trace answers (one line per function, written by tests/it/corpus.rs
// into target/corpus-traced/), and the total. Fails when a corpus function
// has no line (it did not run, or failed) or the total is below the bar.
// Usage: node tests/tools/corpus-total.js [REPORT_DIR] [CORPUS_DIR]
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const repo = path.resolve(__dirname, '..', '..');
const reportDir = process.argv[2] || path.join(repo, 'target', 'corpus-traced');
const corpusDir = process.argv[3] || path.join(repo, 'tests', 'corpus');
const MIN_SHARE = 0.95;
const LINE = /^(\S+): (\d+)\/(\d+) traced requests answered$/;

function main() {
  const functions = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3)).sort();
  let answered = 0;
  let total = 0;
  const missing = [];
  for (const name of functions) {
    let text;
    try {
      text = fs.readFileSync(path.join(reportDir, `${name}.txt`), 'utf8').trim();
    } catch {
      missing.push(name);
      continue;
    }
    const m = LINE.exec(text);
    if (!m || m[1] !== name) throw new Error(`unexpected report line for ${name}: ${text}`);
    answered += Number(m[2]);
    total += Number(m[3]);
    console.log(`  ${text}`);
  }
  const share = total === 0 ? 0 : answered / total;
  console.log(`total: ${answered}/${total} traced requests answered (${(100 * share).toFixed(1)}%, at least ${100 * MIN_SHARE}% required)`);
  if (missing.length > 0) {
    console.log(`FAIL: no report for ${missing.join(', ')}`);
    process.exitCode = 1;
  }
  if (share < MIN_SHARE) {
    console.log('FAIL: the traces answer too few of the requests that built them');
    process.exitCode = 1;
  }
}

main();
