// Evaluation-order and scoping corner cases.
let log = [];
const note = (x) => { log.push(x); return x; };
let o = { n: 1, inner: { v: 10 } };
let getO = () => { note("getO"); return o; };
getO().n++;
getO().inner.v += note(5);
let keys = ["a", "b"], ki = 0;
let store = { a: 1, b: 2 };
store[keys[ki++]] += store[keys[ki]] * 10;
console.log(o.n, o.inner.v, store.a, store.b, ki, log.join(","));
let a, b, c;
a = b = c = note("chain");
o.x = o.y = note("member-chain");
console.log(a, b, c, o.x, o.y);
let cond = true, x = 0;
cond && (x = 1);
!cond || (x += 10);
console.log(x);
o.z ?? (o.z = "set-once");
o.z ?? (o.z = "not-again");
console.log(o.z);
let mask = 6, bits = [];
for (let i = 0, j = 10; i < 5 && (mask & i) !== 4; i++, j--) {
  if (!(mask & i)) continue;
  bits.push(i + "/" + j);
}
console.log(bits.join(" "));
function counterFactory() {
  let count = 0;
  return () => ++count;
}
let next = counterFactory();
next(); next();
console.log(next(), counterFactory()());
let fns = [];
for (let i = 0; i < 4; i++) {
  if (i === 1) continue;
  if (i === 3) break;
  fns.push(() => i * 100);
}
console.log(fns.map((f) => f()).join(","));
function sw(v) {
  switch (v) {
    default: return "dflt";
    case "a": return "A";
    case "b":
    case "c": return "BC";
  }
}
console.log(sw("a"), sw("b"), sw("c"), sw("zz"));
let k = 0;
do {
  k++;
  if (k % 2) continue;
  log.push("even" + k);
} while (k < 5);
console.log(log.slice(-2).join(","), k);
console.log(typeof notDeclaredAnywhere, NaN === NaN, NaN !== NaN, 1 + "2" + 3, 1 + 2 + "3", "5" * "2", [] + {}, [1] == 1);
let nested = `outer ${`inner ${1 + 1}`} ${o.n > 1 ? "big" : "small"}`;
console.log(nested);
let deep = ((p) => (q) => (r) => p + q + r)(1)(2)(3);
console.log(deep, (() => ({ k: "obj" }))().k);
if ("n" in o) console.log("has n");
let t = 0;
while (t < 3) t++;
console.log(t);
var shadowed = "outer";
function shadowTest() {
  var res = shadowed;
  if (true) {
    var shadowed = "inner";
  }
  return res + "/" + shadowed;
}
console.log(shadowTest());
let obj = { val: 1, method: function () { return obj.val + 1; } };
console.log(obj.method(), obj["method"]());
let q = 5;
let r = q++ + ++q + q-- - --q;
console.log(q, r);
let s = "x";
s += s += "y";
console.log(s);
let arr2 = [1, 2, 3];
let idx2 = 0;
arr2[idx2++] += arr2[idx2++] * 10 + idx2;
console.log(arr2.join(","), idx2);
