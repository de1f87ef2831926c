// Test stand-in for `require("containerless")`: `listen` runs the handler on
// two fixed requests, `respond` prints what would be sent.
"use strict";
module.exports = {
  listen(handler) {
    for (const body of [{ n: 3 }, { n: 11 }]) {
      handler({ method: "POST", path: "/", query: {}, body, headers: {} });
    }
  },
  respond(value) {
    console.log("respond", JSON.stringify(value));
  },
};
