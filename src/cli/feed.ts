// `npm run feed -- --key FILE --out DIR [--data DIR]`: publishes the project's lists as one signed
// feed. The key is an Ed25519 private key in PEM (openssl genpkey -algorithm ed25519); keep it out
// of the repository (CI passes it from a secret). Prints the public key for feedPublicKeys.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildFeed, readPrivateKey } from './feed-build';

const USAGE = 'usage: npm run feed -- --key FILE --out DIR [--data DIR]';

function main(argv: string[]): void {
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const keyFile = opt('--key');
  const out = opt('--out');
  if (!keyFile || !out) throw new Error(USAGE);
  const data = resolve(opt('--data') ?? 'public/data');
  const key = readPrivateKey(readFileSync(keyFile, 'utf8'));
  const snapshots = readdirSync(data)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .sort()
    .map((name) => ({ name, text: readFileSync(join(data, name), 'utf8') }));
  const feed = buildFeed(snapshots, key, new Date());
  mkdirSync(out, { recursive: true });
  for (const f of feed.files) writeFileSync(join(out, f.name), f.text);
  console.log(
    `wrote ${feed.files.length} files to ${out} (${feed.index.lists.length} lists, issued ${feed.index.issuedAt})`,
  );
  console.log(`public key (feedPublicKeys): ${feed.publicKey}`);
}

try {
  main(process.argv.slice(2));
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
