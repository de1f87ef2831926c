const c = require('containerless');

// A profile endpoint: optional fields, an optional formatter chosen per
// request, and defaults filled in only where missing.
function title(s) { return s.slice(0, 1).toUpperCase() + s.slice(1); }

c.listen(function(req) {
  const user = req.body.user;
  const format = req.body.fancy ? title : undefined;
  const city = user?.address?.city;
  const shown = format?.(user?.name ?? 'guest') ?? user?.name;
  const tags = user?.tags;
  const profile = { name: shown, city: city ?? 'unknown' };
  profile.firstTag ??= tags?.slice(0, 1).join('');
  profile.tagCount ||= tags?.length;
  c.respond({ profile: profile, hasAdmin: tags?.indexOf('admin') >= 0, initial: user?.name?.slice(0, 1) });
});
