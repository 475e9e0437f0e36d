import { describe, expect, it } from 'vitest';
import { sitePatterns, urlMatches } from '../../../src/shared/site-patterns';

describe('enabledSites as match patterns', () => {
  it('turns hosts, wildcard hosts and origins into per-scheme patterns', () => {
    expect(sitePatterns(['shop.example.test', '*.Example.com', 'https://portal.example.org', 'not a host!'])).toEqual([
      'https://shop.example.test/*',
      'http://shop.example.test/*',
      'https://*.example.com/*',
      'http://*.example.com/*',
      'https://portal.example.org/*',
    ]);
  });

  it('matches URLs by host and scheme', () => {
    const p = sitePatterns(['*.example.com', 'https://portal.example.org']);
    expect(urlMatches('https://a.b.example.com/x', p)).toBe(true);
    expect(urlMatches('http://example.com/', p)).toBe(true);
    expect(urlMatches('http://portal.example.org/', p)).toBe(false);
    expect(urlMatches('https://evil-example.com/', p)).toBe(false);
    expect(urlMatches('file:///etc/passwd', p)).toBe(false);
  });
});
