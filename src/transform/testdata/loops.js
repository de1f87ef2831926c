// Loops, labels, break/continue and switch.
let out = [];
for (let i = 0; i < 5; i++) {
  if (i === 1) continue;
  if (i === 4) break;
  out.push(i);
}
let j = 0;
while (j < 10) {
  j += 3;
  if (j === 6) continue;
  out.push("w" + j);
}
let k = 0;
do {
  k++;
  if (k === 2) continue;
  out.push("d" + k);
} while (k < 4);
outer: for (let x = 0; x < 3; x++) {
  for (let y = 0; y < 3; y++) {
    if (y === 2) continue outer;
    if (x === 2) break outer;
    out.push(x + ":" + y);
  }
}
for (var v = 0, w = 10; v < w; v += 4, w--) out.push("v" + v + w);
console.log(out.join(" "), v, w);
function kind(x) {
  let r = "";
  switch (x) {
    case 1:
      r += "one ";
    case 2:
      r += "two ";
      break;
    default:
      r += "other ";
    case 3:
      r += "three ";
  }
  return r;
}
console.log(kind(1), "|", kind(2), "|", kind(3), "|", kind(9));
function noDefault(x) {
  let r = "none";
  switch (typeof x) {
    case "number": r = "num"; break;
    case "string": r = "str"; break;
  }
  return r;
}
console.log(noDefault(1), noDefault("a"), noDefault(null));
let seen = [];
for (let i = 0; i < 6; i++) {
  switch (i % 3) {
    case 0: continue;
    case 1: seen.push("one" + i); break;
  }
  seen.push("after" + i);
}
console.log(seen.join(","));
let fns = [];
for (let i = 0; i < 3; i++) {
  fns.push(function () { return i; });
  i += 0;
}
console.log(fns.map(function (f) { return f(); }).join(","));
let blockFns = [];
let m = 0;
while (m < 3) {
  const captured = m * 10;
  blockFns.push(() => captured);
  m++;
}
console.log(blockFns.map((f) => f()).join(","));
let count = 0;
for (;;) {
  count++;
  if (count > 4) break;
}
console.log(count);
// for-in: deleted keys skipped, added ones not visited, integer keys first;
// what the guard refuses (inherited keys, a class, a string) runs as written.
function keysOf(o, during) {
  const seen = [];
  for (const k in o) {
    if (during) during(o, k);
    seen.push(k);
  }
  return seen.join(",");
}
console.log(keysOf({ b: 1, 2: 1, a: 1, 1: 1, "01": 1 }));
console.log(keysOf({ a: 1, b: 2, c: 3 }, (o, k) => { if (k === "a") { delete o.b; o.d = 4; } }));
console.log(keysOf({ a: 1, toString: 2 }, (o, k) => { if (k === "a") delete o.toString; }));
console.log(keysOf([1, , 3]), keysOf(Object.create({ inherited: 1 })), keysOf("hi"), keysOf(null));
class Point { constructor() { this.x = 1; } }
console.log(keysOf(new Point()));
let lastKey;
for (lastKey in { p: 1, q: 2 }) if (lastKey === "p") continue;
console.log(lastKey);
// for-of over strings: one code unit each without surrogates; a pair is
// one element (that string runs as written).
const letters = [];
for (const ch of "héllo") letters.push(ch);
for (const ch of "a\u{1F600}b") letters.push(ch.length);
for (const ch of "") letters.push("never");
console.log(letters.join("|"));
