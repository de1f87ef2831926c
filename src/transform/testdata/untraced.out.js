// `with` makes renaming unsafe: the whole program runs untouched.
"use strict_not_really";
var scope = { a: 1 };
with (scope) {
  console.log(a);
}
let b = 2;
console.log(eval("b + 1"));

;{ const $T = require("containerless/tracing"); const $s0 = $T.root(); $T.on && $T.unknown($s0); $T.end(); }
