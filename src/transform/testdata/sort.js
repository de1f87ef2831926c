// sort and toSorted (sort.rs): the comparator's calls, their order and the
// result must be V8's for every array and comparator, including
// inconsistent, throwing and mutating ones, undefined, holes, mixed types
// and arrays too long for the compiled loop. Printed as digests per group.
let seed = 7;
function rnd(n) {
  seed = (seed * 1664525 + 1013904223) % 4294967296;
  return Math.floor((seed / 4294967296) * n);
}
function value() {
  const k = rnd(12);
  if (k === 0) return undefined;
  if (k === 1) return String(rnd(20));
  if (k === 2) return -0;
  if (k === 3) return rnd(3) === 0 ? null : "b" + rnd(3);
  if (k === 4) return rnd(2) === 0 ? true : NaN;
  return rnd(9) - 2;
}
function show(v) {
  return JSON.stringify(v, function (k, x) {
    if (x === undefined) return "U";
    if (typeof x === "number" && (x !== x || Object.is(x, -0))) return String(x) + (Object.is(x, -0) ? "-0" : "");
    return x;
  });
}
function holes(a) {
  let s = "";
  for (let i = 0; i < a.length; i++) s += i in a ? "1" : "0";
  return s;
}
function comparator(kind, log, a) {
  let calls = 0;
  const table = [];
  for (let i = 0; i < 40; i++) table.push(rnd(3) - 1);
  if (kind === 0) return undefined;
  if (kind === 1) return (x, y) => { log.push([x, y]); return (typeof x === "number" ? x : 4) - (typeof y === "number" ? y : 4); };
  if (kind === 2) return (x, y) => { log.push([x, y]); calls++; return table[calls % 40]; };
  if (kind === 3) return function (x, y) { log.push([x, y]); calls++; if (calls === 9) throw "thrown"; return NaN; };
  if (kind === 4) return (x, y) => {
    log.push([x, y]); calls++;
    if (calls === 3) { a.push("pushed"); a[0] = "over"; }
    if (calls === 6) a.length = 1;
    return String(x) < String(y) ? 1 : -1;
  };
  if (kind === 5) return (x, y) => { log.push([x, y]); calls++; return calls % 4 === 0 ? "-2" : calls % 4 === 1 ? { valueOf() { return 1; } } : x > y; };
  return 7;
}
const digests = [];
for (let group = 0; group < 8; group++) {
  let text = "";
  for (let t = 0; t < 40; t++) {
    const n = rnd(10) === 0 ? 60 + rnd(10) : rnd(14);
    const a = [];
    for (let i = 0; i < n; i++) a.push(value());
    if (rnd(6) === 0) a[n + rnd(3)] = "far";
    const kind = rnd(7);
    const log = [];
    const copy = rnd(4) === 0;
    const cmp = comparator(kind, log, a);
    let r;
    let caught = "none";
    try {
      if (cmp === undefined) r = copy ? a.toSorted() : a.sort();
      else r = copy ? a.toSorted(cmp) : a.sort(cmp);
    } catch (e) {
      caught = typeof e === "string" ? e : e.constructor.name;
    }
    text += show([a, holes(a), a.length, log, caught, r === a, r === undefined ? "none" : show(r)]) + "\n";
  }
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  digests.push(h);
}
console.log(digests.join(" "));
const frozen = [3, 1, 2];
try {
  frozen.sort((x, y) => { Object.freeze(frozen); return x - y; });
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const shrunk = [3, 1, 2];
try {
  shrunk.sort((x, y) => { shrunk.length = 0; Object.preventExtensions(shrunk); return x - y; });
} catch (e) {
  console.log(e.constructor.name, e.message, shrunk.length);
}
const realPush = Array.prototype.push;
Array.prototype.push = function () { throw "patched push"; };
const words = ["pear", "apple", "fig"];
words.sort();
Array.prototype.push = realPush;
console.log(words.join(" "), [10, 9, 1, "10", "\uff61", "\ud83d\ude00"].sort().join(" "));
