// Bit sets over token hashes (hashToken's 30 bits), one bit per hash modulo the set's size: most
// page words fail a one-bit test before any probe into the larger table behind it. A set's size
// is a power of two of bytes, chosen by its owner for how many hashes it holds.
import { hashToken } from './normalize';

/** A set of 2^`log2Bits` bits (at least 8). */
export function hashBits(log2Bits: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array(1 << (log2Bits - 3));
}

export function setHashBit(bits: Uint8Array, hash: number): void {
  const b = hash & ((bits.length << 3) - 1);
  bits[b >>> 3] = (bits[b >>> 3] as number) | (1 << (b & 7));
}

export function hasHashBit(bits: Uint8Array, hash: number): boolean {
  const b = hash & ((bits.length << 3) - 1);
  return ((bits[b >>> 3] as number) & (1 << (b & 7))) !== 0;
}

/**
 * The bits of a fixed set of folded words (common words, places, place spellings): a caller that
 * has a word's hash asks them before looking the word up by string.
 */
export function wordBits(words: Iterable<string>, log2Bits: number): Uint8Array<ArrayBuffer> {
  const bits = hashBits(log2Bits);
  for (const w of words) setHashBit(bits, hashToken(w));
  return bits;
}
