const c = require('containerless');

c.listen(function(req) {
  c.get('data:{"temp": 21, "unit": "C"}', function(resp) {
    c.respond({ city: req.query.city, temp: resp.temp + req.body.offset, unit: resp.unit });
  });
});
