// The file page's messages: checked at run time, and never accepted from a content script.
import { describe, expect, it } from 'vitest';
import { CONTENT_ALLOWED } from '../../../src/shared/messages';
import { InvalidMessage, MAX_SCREEN_NAMES, parseEnvelope } from '../../../src/shared/validate';

const env = (name: string, payload: unknown) => ({ laborlens: 1, name, payload });

describe('file page messages', () => {
  it('are for extension pages only', () => {
    for (const m of ['checkFile', 'screenNames', 'recordScreening'] as const)
      expect(CONTENT_ALLOWED.has(m)).toBe(false);
  });
  it('checkFile takes a page-shaped text under a file name', () => {
    expect(parseEnvelope(env('checkFile', { fileName: 'q.pdf', text: 'Acme', cells: [] })).payload).toEqual({
      fileName: 'q.pdf',
      text: 'Acme',
      cells: [],
    });
    expect(() =>
      parseEnvelope(env('checkFile', { fileName: 'q.pdf', text: 'x', cells: [{ start: 0, end: 9, header: 'h' }] })),
    ).toThrow(/cell range/);
    expect(() => parseEnvelope(env('checkFile', { text: 'x' }))).toThrow(InvalidMessage);
  });
  it('screenNames takes a bounded chunk of short names', () => {
    expect(parseEnvelope(env('screenNames', { names: ['Acme'] })).payload).toEqual({ names: ['Acme'] });
    expect(() => parseEnvelope(env('screenNames', { names: Array(MAX_SCREEN_NAMES + 1).fill('a') }))).toThrow(
      /at most/,
    );
    expect(() => parseEnvelope(env('screenNames', { names: [7] }))).toThrow(/short string/);
  });
  it('recordScreening checks its counts', () => {
    const ok = { fileName: 'm.xlsx', rows: 3, keys: ['critical:supplier:X'], bySeverity: { critical: 1 } };
    expect(parseEnvelope(env('recordScreening', ok)).payload).toEqual(ok);
    expect(() => parseEnvelope(env('recordScreening', { ...ok, bySeverity: { critical: -1 } }))).toThrow(
      InvalidMessage,
    );
  });
});
