// Test stand-in for `require("containerless")`: `listen` runs the handler on
// fixed requests, `respond` prints what would be sent, and the outgoing
// calls answer `data:` URLs in a later turn, in call order, as the real
// library does.
"use strict";
const BODIES = [{ n: 3, name: "ada", tags: ["x", "y"] }, { n: 11 }, {}];

function dataUrl(url) {
  const text = String(url).slice("data:".length);
  try {
    return JSON.parse(text);
  } catch (_) {
    return text;
  }
}

function later(cb, value) {
  setImmediate(() => cb(value));
}

module.exports = {
  listen(handler) {
    BODIES.forEach((body, i) => {
      handler({ method: "POST", path: "/p" + i, query: { i: String(i) }, body, headers: {} });
    });
  },
  respond(value) {
    console.log("respond", JSON.stringify(value));
  },
  get(url, cb) { later(cb, dataUrl(url)); },
  delete(url, cb) { later(cb, dataUrl(url)); },
  post(req, cb) { later(cb, dataUrl(req.url)); },
  put(req, cb) { later(cb, dataUrl(req.url)); },
};
