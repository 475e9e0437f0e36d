// A list's source URL comes from its file (a feed, a JSON list, a backup): only http(s) links are
// shown or followed, so a file cannot put `javascript:` or `data:` behind a "source" link.
export function safeHttpUrl(url: string | undefined | null): string {
  if (!url) return '';
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : '';
  } catch {
    return '';
  }
}
