// One capped, conditional download for feeds. The body is streamed and the read stops at the cap,
// so a hostile or broken host cannot make the service worker buffer gigabytes; a redirect that
// ends anywhere but https is refused (its body is never read).

export interface FeedResponse {
  ok: boolean;
  status: number;
  text(): Promise<string>;
  /** Real fetch responses have these; test fakes may leave them out. */
  body?: ReadableStream<Uint8Array> | null;
  headers?: { get(name: string): string | null };
  url?: string;
  redirected?: boolean;
}
export interface FetchInit {
  headers?: Record<string, string>;
}
export type FetchFn = (url: string, init?: FetchInit) => Promise<FeedResponse>;

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type Download =
  | { kind: 'not-modified' }
  | { kind: 'body'; text: string; bytes: number; validators: Validators }
  | { kind: 'error'; reason: 'network' | 'http' | 'too-large' | 'redirect'; message: string };

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export async function download(
  fetchFn: FetchFn,
  url: string,
  maxBytes: number,
  conditional: Validators = {},
): Promise<Download> {
  const headers: Record<string, string> = {};
  if (conditional.etag) headers['If-None-Match'] = conditional.etag;
  if (conditional.lastModified) headers['If-Modified-Since'] = conditional.lastModified;
  let res: FeedResponse;
  try {
    res = await fetchFn(url, Object.keys(headers).length ? { headers } : undefined);
  } catch (e) {
    return { kind: 'error', reason: 'network', message: `could not fetch ${url}: ${errorText(e)}` };
  }
  if (res.redirected && res.url !== undefined && !res.url.startsWith('https://')) {
    await res.body?.cancel().catch(() => undefined);
    return {
      kind: 'error',
      reason: 'redirect',
      message: `${url} redirected to ${res.url}, which is not https: refused`,
    };
  }
  if (res.status === 304) return { kind: 'not-modified' };
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    return { kind: 'error', reason: 'http', message: `feed ${url} answered HTTP ${res.status}` };
  }
  const tooLarge = (): Download => ({
    kind: 'error',
    reason: 'too-large',
    message: `feed ${url} is larger than ${formatBytes(maxBytes)}: refused`,
  });
  const declared = Number(res.headers?.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    return tooLarge();
  }
  let text: string;
  let bytes: number;
  try {
    if (res.body) {
      const read = await readCapped(res.body, maxBytes);
      if (read === null) return tooLarge();
      ({ text, bytes } = read);
    } else {
      // Test fakes without a stream: same limit, checked after the fact.
      text = await res.text();
      bytes = new TextEncoder().encode(text).length;
      if (bytes > maxBytes) return tooLarge();
    }
  } catch (e) {
    return { kind: 'error', reason: 'network', message: `could not read ${url}: ${errorText(e)}` };
  }
  const validators: Validators = {};
  const etag = res.headers?.get('etag');
  const lastModified = res.headers?.get('last-modified');
  if (etag) validators.etag = etag;
  if (lastModified) validators.lastModified = lastModified;
  return { kind: 'body', text, bytes, validators };
}

/** Reads at most `max` bytes; null (and the stream cancelled) when there are more. */
async function readCapped(
  stream: ReadableStream<Uint8Array>,
  max: number,
): Promise<{ text: string; bytes: number } | null> {
  const reader = stream.getReader();
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
  return { text: text + decoder.decode(), bytes };
}

export const formatBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MB` : `${Math.round(n / 1024)} KB`;
