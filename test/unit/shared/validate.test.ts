import { describe, expect, it } from 'vitest';
import { InvalidMessage, MAX_TEXT, parseEnvelope } from '../../../src/shared/validate';
import { CONTENT_ALLOWED } from '../../../src/shared/messages';

const env = (name: string, payload: unknown) => ({ laborlens: 1, name, payload });

describe('message validation', () => {
  it('accepts a well-formed scan request and keeps only known fields', () => {
    const e = parseEnvelope(
      env('scanPage', {
        url: 'https://x.test/',
        text: 'abc',
        cells: [{ start: 0, end: 3, header: 'Supplier' }],
        extra: 1,
      }),
    );
    expect(e.name).toBe('scanPage');
    expect(e.payload).toEqual({
      url: 'https://x.test/',
      text: 'abc',
      cells: [{ start: 0, end: 3, header: 'Supplier' }],
    });
  });

  it('keeps the content type of a document shown in the browser viewer', () => {
    const e = parseEnvelope(env('scanPage', { url: 'https://x.test/q', text: '', document: 'application/pdf' }));
    expect(e.payload).toEqual({ url: 'https://x.test/q', text: '', document: 'application/pdf' });
  });

  it('keeps a delta scan marked as one', () => {
    expect(parseEnvelope(env('scanPage', { url: 'u', text: 'ab', delta: true })).payload).toEqual({
      url: 'u',
      text: 'ab',
      delta: true,
    });
  });

  it.each([
    ['not an object', 'hello', /payload|LaborLens/],
    ['foreign message', { name: 'scanPage', payload: {} }, /not a LaborLens message/],
    ['unknown name', env('deleteEverything', {}), /unknown message/],
    ['prototype name', env('constructor', {}), /unknown message/],
    ['text not a string', env('scanPage', { url: 'u', text: 5 }), /text must be a string/],
    ['text too long', env('scanPage', { url: 'u', text: 'x'.repeat(MAX_TEXT + 1) }), /longer than/],
    [
      'cell outside text',
      env('scanPage', { url: 'u', text: 'ab', cells: [{ start: 0, end: 9, header: 'h' }] }),
      /outside the text/,
    ],
    ['document type too long', env('scanPage', { url: 'u', text: '', document: 'x'.repeat(101) }), /longer than/],
    ['document type not a string', env('scanPage', { url: 'u', text: '', document: 1 }), /document must be a string/],
    ['delta not true', env('scanPage', { url: 'u', text: 'ab', delta: 1 }), /delta must be true/],
    [
      'delta in parts',
      env('scanPage', { url: 'u', text: 'ab', delta: true, part: { id: 'p', index: 0, count: 2 } }),
      /delta must be true/,
    ],
    ['negative tab id', env('getTabFindings', { tabId: -1 }), /non-negative integer/],
    ['javascript: origin', env('enableSite', { origin: 'javascript:alert(1)' }), /http\(s\) origin/],
    ['origin with a path', env('enableSite', { origin: 'https://a.test/path' }), /http\(s\) origin/],
    ['array payload', env('lookup', ['x']), /must be an object/],
  ])('refuses %s', (_label, raw, message) => {
    expect(() => parseEnvelope(raw)).toThrow(InvalidMessage);
    expect(() => parseEnvelope(raw)).toThrow(message);
  });

  it('lets content scripts ask only questions about the page and the public lists', () => {
    expect([...CONTENT_ALLOWED].sort()).toEqual(['listSummaries', 'scanPage']);
  });

  it.each([
    ['bad status', env('setStatus', { key: 'X', status: 'whitelisted' }), /status must be one of/],
    ['bad role', env('importList', { fileName: 'a.csv', text: '', role: 'admin' }), /role must be one of/],
    ['enabled not boolean', env('setListEnabled', { id: 'uflpa', enabled: 'yes' }), /true or false/],
    ['ids not a list', env('updateLists', { ids: 'uflpa' }), /list of list ids/],
  ])('refuses %s', (_label, raw, message) => {
    expect(() => parseEnvelope(raw)).toThrow(message);
  });

  it('accepts clearing a status', () => {
    expect(parseEnvelope(env('setStatus', { key: 'Camel Group Co., Ltd.', status: null })).payload).toEqual({
      key: 'Camel Group Co., Ltd.',
      status: null,
      note: undefined,
      by: undefined,
    });
  });
});
