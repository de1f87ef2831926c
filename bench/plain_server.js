'use strict';
// The cold-start reference: a plain Node `http` server doing what the
// seed's demo function does (answer "hi"), with no runtime library. It
// reports listening on stderr, as the runtime library does.
const http = require('node:http');

const server = http.createServer(function answer(req, res) {
  res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': 2 });
  res.end('hi');
});
server.listen(Number(process.env.PORT || 0), process.env.HOST || '127.0.0.1', function listening() {
  process.stderr.write(`plain: listening on ${process.env.HOST || '127.0.0.1'}:${server.address().port}\n`);
});
