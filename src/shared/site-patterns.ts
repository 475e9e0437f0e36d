// Host patterns from policy (`enabledSites`: "shop.example.com", "*.example.com" or an origin)
// and the sites a user turns on, as match patterns for scripting.registerContentScripts and
// permissions.request/contains/remove.
//
// A match pattern carries no port: Firefox rejects "http://host:8080/*" (so a content script
// registered with it never ran there) and, like Chromium, a pattern without one matches every port.
// So a site is its scheme and host name, on any port; every place that turns a page or origin into
// a pattern goes through originPattern, and every place that stores or compares a user's site
// through siteOf.

/** The site of a page or origin: scheme and host name, no port, no path ('' when not http(s)). */
export function siteOf(urlOrOrigin: string): string {
  let u: URL;
  try {
    u = new URL(urlOrOrigin);
  } catch {
    return '';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return '';
  return `${u.protocol}//${u.hostname}`;
}

/** The match pattern for every page of the site of `urlOrOrigin` ('' when not http(s)). */
export function originPattern(urlOrOrigin: string): string {
  const site = siteOf(urlOrOrigin);
  return site && `${site}/*`;
}

/**
 * Match patterns for one enabledSites entry (none when it is not a host pattern). Without a
 * scheme it is one pattern per scheme: host permissions are granted per scheme, and the manifest's
 * optional permissions name https and http separately.
 */
export function sitePattern(entry: string): string[] {
  const s = entry.trim().toLowerCase();
  const m = /^(?:(https?|\*):\/\/)?(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::\d+)?\/?\*?$/.exec(s);
  if (!m) return [];
  const [, scheme = '*', anySub = '', host] = m;
  const schemes = scheme === '*' ? ['https', 'http'] : [scheme];
  return schemes.map((x) => `${x}://${anySub}${host}/*`);
}

export const sitePatterns = (entries: readonly string[]): string[] => [...new Set(entries.flatMap(sitePattern))];

/** True when `url` is covered by one of the match patterns. */
export function urlMatches(url: string, patterns: readonly string[]): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  return patterns.some((p) => {
    const m = /^(\*|https?):\/\/(\*\.)?([^/]+)\/\*$/.exec(p);
    if (!m) return false;
    const [, scheme, anySub, host] = m;
    if (scheme !== '*' && `${scheme}:` !== u.protocol) return false;
    return u.hostname === host || (!!anySub && u.hostname.endsWith(`.${host}`));
  });
}
