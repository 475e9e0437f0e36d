// An https server for feed files on 127.0.0.1, with a self-signed certificate that Chromium is told
// to trust by its SPKI hash (so responses are cached as from a valid certificate). Counts bytes.
import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync, sign, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publicKeyOf } from '../../src/cli/feed-build';

export interface FeedServer {
  url(name: string): string;
  files: Map<string, string>;
  served: { bytes: number; notModified: number };
  /** Chromium flag that trusts this server's certificate. */
  trustArg: string;
  /**
   * With `{ ca: true }`: a PEM file of the test CA that signed the server's certificate, for
   * browsers that trust a certificate only through an authority (Firefox's Certificates policy).
   */
  caFile?: string;
  close(): Promise<void>;
}

export async function serveFeed({ ca = false }: { ca?: boolean } = {}): Promise<FeedServer> {
  const dir = mkdtempSync(join(tmpdir(), 'laborlens-cert-'));
  if (ca) caSigned(dir);
  else selfSigned(dir);
  const cert = readFileSync(join(dir, 'cert.pem'));
  const key = readFileSync(join(dir, 'key.pem'));
  if (!ca) rmSync(dir, { recursive: true, force: true });
  const spki = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
  const files = new Map<string, string>();
  const served = { bytes: 0, notModified: 0 };
  const server = createServer({ key, cert }, (req, res) => {
    const text = files.get((req.url ?? '').split('/').pop() ?? '');
    const cors = { 'access-control-allow-origin': '*' };
    if (text === undefined) return void res.writeHead(404, cors).end();
    const etag = `"${createHash('sha256').update(text).digest('hex').slice(0, 20)}"`;
    if (req.headers['if-none-match'] === etag) {
      served.notModified++;
      return void res.writeHead(304, { ...cors, etag }).end();
    }
    served.bytes += Buffer.byteLength(text);
    res.writeHead(200, { ...cors, etag, 'content-type': 'application/json', 'cache-control': 'no-cache' }).end(text);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  return {
    url: (name) => `https://127.0.0.1:${port}/feed/${name}`,
    files,
    served,
    trustArg: `--ignore-certificate-errors-spki-list=${createHash('sha256').update(spki).digest('base64')}`,
    ...(ca ? { caFile: join(dir, 'ca.pem') } : {}),
    close: async () => {
      await new Promise<void>((ok) => server.close(() => ok()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A one-day self-signed certificate for 127.0.0.1 (cert.pem, key.pem in `dir`), with its SPKI hash. */
export function selfSigned(dir: string): { key: Buffer; cert: Buffer; spki: string } {
  const f = (name: string) => join(dir, name);
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', f('key.pem'), '-out', f('cert.pem')].concat([
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ]),
    { stdio: 'ignore' },
  );
  const cert = readFileSync(f('cert.pem'));
  const spki = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
  return { key: readFileSync(f('key.pem')), cert, spki: createHash('sha256').update(spki).digest('base64') };
}

/** A one-day test CA (ca.pem) and a server certificate for 127.0.0.1 it signed (cert.pem, key.pem). */
function caSigned(dir: string): void {
  const f = (name: string) => join(dir, name);
  const openssl = (args: string[]) => execFileSync('openssl', args, { stdio: 'ignore' });
  openssl(
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', f('ca.key'), '-out', f('ca.pem')].concat(
      ['-days', '1', '-subj', '/CN=LaborLens e2e test CA', '-addext', 'basicConstraints=critical,CA:TRUE'],
      ['-addext', 'keyUsage=critical,keyCertSign,cRLSign'],
    ),
  );
  openssl([
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    f('key.pem'),
    '-out',
    f('cert.csr'),
    '-subj',
    '/CN=127.0.0.1',
  ]);
  writeFileSync(
    f('ext.cnf'),
    'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nkeyUsage=digitalSignature,keyEncipherment\n',
  );
  openssl(
    ['x509', '-req', '-in', f('cert.csr'), '-CA', f('ca.pem'), '-CAkey', f('ca.key'), '-CAcreateserial'].concat([
      '-out',
      f('cert.pem'),
      '-days',
      '1',
      '-extfile',
      f('ext.cnf'),
    ]),
  );
}

/** The one supplier on the organisation's watch list the policy tests (Chromium, Firefox) serve. */
export const ORG_SUPPLIER = 'Quillmere Lantern Works Co., Ltd.';

/**
 * Puts the organisation's watch list and its Ed25519 signature on `feed` (org-watch.json and
 * org-watch.json.sig), signed with a fresh key; returns the public key a policy must name.
 */
export function serveOrgList(feed: FeedServer): string {
  const key = generateKeyPairSync('ed25519').privateKey;
  const orgList = JSON.stringify({
    format: 1,
    meta: {
      id: 'custom:org-watch',
      name: 'Organisation watch list',
      publisher: 'Example Corp compliance',
      sourceUrl: '',
      asOf: '2026-11-30',
    },
    role: 'watch',
    entries: [{ id: 'q1', name: ORG_SUPPLIER, aliases: [], severity: 'high', notes: 'audit failed 2026-11' }],
  });
  feed.files.set('org-watch.json', orgList);
  feed.files.set('org-watch.json.sig', sign(null, Buffer.from(orgList), key).toString('base64'));
  return publicKeyOf(key);
}
