// UI strings live in public/_locales/<lang>/messages.json (English complete; add a folder per
// language). In the extension the browser picks the user's language; in unit tests and the CLI,
// where there is no chrome.i18n, the English file is used directly.
import en from '../../public/_locales/en/messages.json';
import type { FindingKind } from '../core';
import type { Severity } from '../core';

export type MessageKey = keyof typeof en;

interface I18nApi {
  getMessage(key: string, substitutions?: string[]): string;
}

function api(): I18nApi | undefined {
  const g = globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** The message for `key` with $1..$9 replaced by `subs`. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const s = subs.map(String);
  const fromBrowser = api()?.getMessage(key, s);
  if (fromBrowser) return fromBrowser;
  return en[key].message.replace(/\$(\d)/g, (_m, d: string) => s[Number(d) - 1] ?? '');
}

/** Message keys of the severity and kind names, shared by in-page cards and the popup. */
export const SEVERITY_LABEL: Record<Severity, MessageKey> = {
  critical: 'sevCritical',
  high: 'sevHigh',
  medium: 'sevMedium',
  low: 'sevLow',
  info: 'sevInfo',
};
export const KIND_LABEL: Record<FindingKind, MessageKey> = {
  supplier: 'kindSupplier',
  hs: 'kindHs',
  origin: 'kindOrigin',
};
