// Constructs the trace does not model: they must run exactly as written.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  norm() { return Math.abs(this.x) + Math.abs(this.y); }
  static origin() { return new Point(0, 0); }
}
let pt = new Point(3, -4);
console.log(pt.norm(), Point.origin().norm());
const Anon = class { get twice() { return 2; } };
console.log(new Anon().twice);
try {
  throw new Error("boom");
} catch (e) {
  console.log("caught", e.message);
} finally {
  console.log("finally");
}
let keys = [];
for (const k in { a: 1, b: 2 }) keys.push(k);
for (const v of [3, 4]) keys.push(v);
for (let [i, ch] of ["x", "y"].entries()) keys.push(i + ch);
console.log(keys.join(","));
const re = /a(b+)c/g;
console.log("abbbc abc".replace(re, "[$1]"), re.flags);
let bits = (5 | 2) ^ 1, shifted = 1 << 4, power = 2 ** 10, inv = ~5;
console.log(bits, shifted, power, inv, "x" in { x: 1 }, pt instanceof Point);
let map = new Map([["k", "v"]]);
console.log(map.get("k"), [...[1, 2], 3].length, Math.max(...[1, 9, 2]));
function rest(first, ...others) { return first + others.length; }
console.log(rest(1, 2, 3));
function usesThis() { return this === undefined ? "undef" : typeof this; }
console.log(usesThis(), usesThis.call(5));
function usesArgs() { return arguments.length; }
console.log(usesArgs(1, 2, 3));
let obj = { a: 1, get b() { return this.a + 1; }, ["c" + 1]: 3, m() { return "m"; } };
delete obj.a;
console.log(obj.b, obj.c1, obj.m(), Object.keys(obj).join(","));
let maybe = null, deep = { x: { y: 5 } };
console.log(maybe?.x, deep?.x.y, deep.x?.["y"], maybe?.f());
function* gen() { yield 1; yield 2; }
console.log([...gen()].join(","));
const [first, , third = "t", ...tail] = [1, 2, undefined, 4, 5];
console.log(first, third, tail);
let { a: renamed, ...others } = { a: 1, b: 2, c: 3 };
console.log(renamed, JSON.stringify(others));
let tagged = String.raw`a\nb${1 + 1}`;
console.log(tagged);
let fns = { go(x) { return x * 2; } };
let name = "go";
console.log(fns[name](21), fns.go(1));
block: {
  if (keys.length > 0) break block;
  console.log("not printed");
}
let big = 10n ** 3n;
let counter = 0n;
counter++;
console.log(big.toString(), counter.toString());
let s = 0;
s = s | 0;
s = (s, 1);
console.log(s, typeof Symbol.iterator, new Date(0).getTime());
var later = later || "defaulted";
console.log(later);
async function asyncFn() { return 1; }
asyncFn().then((v) => console.log("async", v));
label2: for (const z of [1, 2, 3]) {
  for (;;) { if (z === 2) continue label2; break; }
  console.log("z", z);
}
debugger;
let o2 = { __proto__: { inherited: 1 }, own: 2 };
console.log(o2.inherited, o2.own);
let dup = { d: 1, d: 2 };
console.log(dup.d);
