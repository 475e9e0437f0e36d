// `npm run feed`: the published index describes the committed snapshots byte for byte and its
// signature verifies with Web Crypto, as the extension checks it.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifiedBy } from '../../../src/data/feed-signature';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'laborlens-feed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run feed', () => {
  it('writes every list, an index matching public/data, and a signature that verifies', async () => {
    const key = generateKeyPairSync('ed25519').privateKey;
    writeFileSync(join(dir, 'key.pem'), key.export({ type: 'pkcs8', format: 'pem' }));
    const out = execFileSync(
      'npx',
      ['tsx', 'src/cli/feed.ts', '--key', join(dir, 'key.pem'), '--out', join(dir, 'site')],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    const publicKey = /public key \(feedPublicKeys\): (\S+)/.exec(out)?.[1] ?? '';
    const indexText = readFileSync(join(dir, 'site/index.json'), 'utf8');
    const index = JSON.parse(indexText) as { kind: string; lists: { id: string; sha256: string; bytes: number }[] };
    const bundled = JSON.parse(readFileSync(join(ROOT, 'public/data/index.json'), 'utf8')) as typeof index;
    expect(index.kind).toBe('laborlens-feed');
    expect(index.lists.map((l) => [l.id, l.sha256, l.bytes]).sort()).toEqual(
      bundled.lists.map((l) => [l.id, l.sha256, l.bytes]).sort(),
    );
    const sig = readFileSync(join(dir, 'site/index.json.sig'), 'utf8');
    expect(await verifiedBy(indexText, sig, [publicKey])).toBe(publicKey);
    expect(await verifiedBy(indexText.replace('"format": 1', '"format":1'), sig, [publicKey])).toBeNull();
  }, 60_000);

  it('refuses a key that is not Ed25519', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    writeFileSync(join(dir, 'rsa.pem'), rsa.export({ type: 'pkcs8', format: 'pem' }));
    expect(() =>
      execFileSync('npx', ['tsx', 'src/cli/feed.ts', '--key', join(dir, 'rsa.pem'), '--out', join(dir, 'x')], {
        cwd: ROOT,
        stdio: 'pipe',
      }),
    ).toThrow(/not an Ed25519 key/);
  }, 60_000);
});
