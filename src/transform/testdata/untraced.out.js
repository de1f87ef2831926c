// `with` makes renaming unsafe: the whole program runs untouched.
"use strict_not_really";
var scope = { a: 1 };
with (scope) {
  console.log(a);
}
let b = 2;
console.log(eval("b + 1"));

;{ const $T = require("containerless/tracing"); $T.unknown($T.root()); $T.end(); }
