const c = require('containerless');

// Reads a JSON document sent as text, and a setting in it that may be
// missing: the errors Node raises (JSON.parse's SyntaxError, a TypeError
// reading a property of undefined) are caught without being looked at.
c.listen(function (req) {
  let doc;
  try {
    doc = JSON.parse(req.body.payload);
  } catch {
    c.respond({ status: 400, error: 'payload is not JSON' });
    return;
  }
  let limit;
  let source = 'document';
  try {
    limit = doc.settings.limit;
  } catch (ignored) {
    limit = 10;
    source = 'default';
  } finally {
    if (limit === undefined) {
      limit = 10;
      source = 'default';
    }
  }
  c.respond({ status: 200, kind: typeof doc, limit: limit, source: source });
});
