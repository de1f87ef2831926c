'use strict';
// Preloaded (`node -r`) by `make bench` into a Tracing-mode function: counts
// the program's calls to each public `$T` method, and writes the counts so
// far as one stderr line (`containerless-bench: tracer calls {...}`) on
// SIGUSR2. The counting wrappers slow the tracer down: this run only
// counts; the profile's timings come from runs without it.
// The function's workdir is Node's working directory; its node_modules
// holds the runtime, and with it the tracer the program will require.
const tracer = require(require.resolve('containerless/tracing', { paths: [process.cwd()] }));
const counts = {};
const prototype = Object.getPrototypeOf(tracer);
for (const name of Object.getOwnPropertyNames(prototype)) {
  // Methods only: reading an accessor (`on`) on the prototype would run it.
  const method = Object.getOwnPropertyDescriptor(prototype, name).value;
  if (name === 'constructor' || name.startsWith('_') || typeof method !== 'function') continue;
  counts[name] = 0;
  // An own property shadows the prototype's method for `$T.name(...)`.
  tracer[name] = function counted(...args) {
    counts[name] += 1;
    return Reflect.apply(method, this, args);
  };
}

process.on('SIGUSR2', () => {
  process.stderr.write(`containerless-bench: tracer calls ${JSON.stringify(counts)}\n`);
});
