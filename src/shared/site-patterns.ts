// Host patterns from policy (`enabledSites`: "shop.example.com", "*.example.com" or an origin)
// as match patterns for scripting.registerContentScripts and permissions.contains.

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
