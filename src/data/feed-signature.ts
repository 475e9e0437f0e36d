// Ed25519 signatures with Web Crypto (Chromium, Firefox ESR and Node 20 alike; no library).
// Keys are the raw 32-byte public key in base64, as `npm run feed` prints it.

const B64 = /^[A-Za-z0-9+/]+={0,2}$/;

export function fromBase64(s: string): Uint8Array<ArrayBuffer> | null {
  // Line breaks and spaces are allowed: `base64` wraps a signature's 88 characters at 76.
  const t = s.replace(/\s+/g, '');
  if (!B64.test(t)) return null;
  try {
    return Uint8Array.from(atob(t), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** A usable public key: base64 of exactly 32 bytes. */
export const isPublicKey = (s: unknown): s is string => typeof s === 'string' && fromBase64(s)?.length === 32;

/** True when `signatureB64` is a valid signature of `data` by any of `keys`. */
export async function verifiedBy(data: string, signatureB64: string, keys: readonly string[]): Promise<string | null> {
  const sig = fromBase64(signatureB64);
  if (!sig || sig.length !== 64) return null;
  const bytes = new TextEncoder().encode(data);
  for (const k of keys) {
    const raw = fromBase64(k);
    if (!raw || raw.length !== 32) continue;
    try {
      const key = await crypto.subtle.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify']);
      if (await crypto.subtle.verify({ name: 'Ed25519' }, key, sig, bytes)) return k;
    } catch {
      // A browser without Ed25519 verifies nothing: the feed is refused, never trusted.
    }
  }
  return null;
}
