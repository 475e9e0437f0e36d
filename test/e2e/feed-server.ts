// An https server for feed files on 127.0.0.1, with a self-signed certificate that Chromium is told
// to trust by its SPKI hash (so responses are cached as from a valid certificate). Counts bytes.
import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FeedServer {
  url(name: string): string;
  files: Map<string, string>;
  served: { bytes: number; notModified: number };
  /** Chromium flag that trusts this server's certificate. */
  trustArg: string;
  close(): Promise<void>;
}

export async function serveFeed(): Promise<FeedServer> {
  const dir = mkdtempSync(join(tmpdir(), 'laborlens-cert-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ].concat(['-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1']),
    { stdio: 'ignore' },
  );
  const cert = readFileSync(join(dir, 'cert.pem'));
  const key = readFileSync(join(dir, 'key.pem'));
  rmSync(dir, { recursive: true, force: true });
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
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
