// Building a signed feed from list snapshots: an index (list id, as-of, entries, SHA-256, size)
// and its Ed25519 signature. Node only; the private key is read from a file outside the repository.
import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import { isListId, isObject } from '../core';
import type { ListMeta } from '../core';

export interface FeedFile {
  name: string;
  text: string;
}

export interface BuiltFeed {
  files: FeedFile[];
  publicKey: string;
  index: { format: 1; kind: 'laborlens-feed'; issuedAt: string; lists: unknown[] };
}

/** The raw 32-byte public key, base64: what feedPublicKeys takes. */
export function publicKeyOf(key: KeyObject): string {
  const spki = createPublicKey(key).export({ format: 'der', type: 'spki' });
  return spki.subarray(spki.length - 32).toString('base64');
}

export function readPrivateKey(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the key is ${key.asymmetricKeyType}, not an Ed25519 key`);
  return key;
}

/** `snapshots` are the exact bytes to publish, one per list (public/data/<id>.json). */
export function buildFeed(snapshots: readonly FeedFile[], key: KeyObject, issuedAt: Date): BuiltFeed {
  const lists = snapshots.map((f) => {
    const value = JSON.parse(f.text) as unknown;
    const meta = isObject(value) && isObject(value['meta']) ? (value['meta'] as unknown as ListMeta) : undefined;
    if (!meta || typeof meta.id !== 'string' || !isListId(meta.id)) throw new Error(`${f.name}: not a list snapshot`);
    const entries = isObject(value) && Array.isArray(value['entries']) ? value['entries'].length : 0;
    const bytes = Buffer.byteLength(f.text, 'utf8');
    return {
      id: meta.id,
      file: f.name,
      entries,
      sha256: createHash('sha256').update(f.text, 'utf8').digest('hex'),
      bytes,
      meta,
    };
  });
  const index = { format: 1 as const, kind: 'laborlens-feed' as const, issuedAt: issuedAt.toISOString(), lists };
  const indexText = JSON.stringify(index, null, 1);
  const signature = sign(null, Buffer.from(indexText, 'utf8'), key).toString('base64');
  return {
    index,
    publicKey: publicKeyOf(key),
    files: [...snapshots, { name: 'index.json', text: indexText }, { name: 'index.json.sig', text: signature }],
  };
}
