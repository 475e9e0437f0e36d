import { describe, expect, it } from 'vitest';
import { originPattern, siteOf, sitePatterns, urlMatches } from '../../../src/shared/site-patterns';

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

describe('a page or origin as a site and its match pattern', () => {
  it('drops the port, which Firefox refuses in a match pattern and Chromium need not have', () => {
    expect(siteOf('http://shop.example.test:8080/a/b?c')).toBe('http://shop.example.test');
    expect(originPattern('http://shop.example.test:8080')).toBe('http://shop.example.test/*');
    expect(originPattern('https://Portal.Example.org/x')).toBe('https://portal.example.org/*');
    expect(originPattern('http://[::1]:3000/')).toBe('http://[::1]/*');
  });

  it('has no site for what is not an http(s) page', () => {
    expect(siteOf('moz-extension://abc/popup.html')).toBe('');
    expect(originPattern('file:///etc/passwd')).toBe('');
    expect(originPattern('not a url')).toBe('');
  });

  it('gives patterns that match the page on any port', () => {
    expect(urlMatches('http://shop.example.test:4321/p', [originPattern('http://shop.example.test:8080')])).toBe(true);
    expect(urlMatches('https://shop.example.test/p', [originPattern('http://shop.example.test:8080')])).toBe(false);
  });
});
