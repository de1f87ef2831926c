// Evaluation order when calls have effects on earlier operands.
let a = 1;
function bump() { a = 100; return 1; }
let r1 = a + bump();
console.log(r1, a);
let o = { x: 1 };
function change() { o.x = 50; return 2; }
let r2 = o.x + change();
console.log(r2, o.x);
let b = 5;
function setB() { b = 0; return 10; }
b += setB();
console.log(b);
let trace = [];
function t(name, v) { trace.push(name); return v; }
let r3 = t("a", 1) + t("b", 2) * t("c", 3);
let r4 = [t("x", 1), t("y", 2), { k: t("z", 3) }];
console.log(r3, JSON.stringify(r4), trace.join(""));
let holder = { v: { w: 1 } };
function swapHolder() { holder.v = { w: 99 }; return 5; }
holder.v.w += swapHolder();
console.log(holder.v.w);
let target = { list: [0, 0] };
let i = 0;
function nextI() { return ++i; }
target.list[nextI()] = nextI();
console.log(target.list.join(","), i);
let m = { val: 3, get: function (x) { return this === m ? x : "wrong-this"; } };
function getRecv() { trace.push("recv"); return m; }
console.log(getRecv().get(7));
let fnVar = function () { return "A"; };
function replace() { fnVar = function () { return "B"; }; return "arg"; }
let r5 = fnVar(replace());
console.log(r5, fnVar());
let cnt = 0;
function inc() { return ++cnt; }
let r6 = inc() > 0 && inc() > 1 && inc() > 10 && inc();
console.log(r6, cnt);
let x = 1;
let y = x + (x = 5) + x;
console.log(y, x);
