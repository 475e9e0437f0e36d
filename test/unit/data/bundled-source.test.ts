import { describe, expect, it } from 'vitest';
import { bundledIndex, bundledLoader } from '../../../src/data/bundled-source';

describe('bundled source', () => {
  it('loads data/<id>.json and derives a marker from the version and index hash', async () => {
    const files: Record<string, string> = {
      'ext://x/data/index.json': '{"format":1,"lists":[]}',
      'ext://x/data/hs.json': '{"a":1}',
    };
    const fetchFn = async (url: string) => ({
      ok: url in files,
      status: url in files ? 200 : 404,
      text: async () => files[url] ?? '',
    });
    const urlOf = (p: string) => `ext://x/${p}`;
    expect(await bundledLoader(fetchFn, urlOf)('hs')).toEqual({ a: 1 });
    await expect(bundledLoader(fetchFn, urlOf)('uflpa')).rejects.toThrow(/data\/uflpa\.json: HTTP 404/);
    const { marker, index } = await bundledIndex(fetchFn, urlOf, '0.1.0');
    expect(index.lists).toEqual([]);
    expect(marker).toMatch(/^0\.1\.0:[0-9a-f]{64}$/);
  });
});
