const c = require('containerless');

// A settings endpoint: the defaults, the stored profile and the request's
// overrides are merged with object spread; the request's id and secret are
// taken out with a rest pattern, and a helper reads its options from an
// object pattern with defaults and a rest parameter.
const defaults = { theme: 'light', lang: 'en', size: 12 };

function describe({ theme, size = 10, ...others }, { prefix = '>' } = {}) {
  return prefix + ' ' + theme + '/' + size + ' +' + Object.keys(others).length;
}

c.listen(function(req) {
  const { id, secret, ...overrides } = req.body;
  const profile = { lang: 'fr', ...(id === 'admin' ? { size: 16 } : {}) };
  const settings = { ...defaults, ...profile, ...overrides, id: id };
  const arrow = ({ lang, ...rest }) => lang + ':' + Object.keys(rest).join(',');
  c.respond({ settings: settings, text: describe(settings, req.query), keys: arrow(settings), hidden: secret !== undefined });
});
