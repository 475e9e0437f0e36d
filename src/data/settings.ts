// Typed user settings, stored in the `settings` table, merged with enterprise policy from
// chrome.storage.managed (public/managed_schema.json). Policy always wins and its keys are locked
// in the options page.
import { isObject } from '../core';
import { isListId } from '../core';
import { SEVERITIES } from '../core';
import type { SettingsValues } from '../shared/records';
import type { LaborLensDb } from './db';
import { toStoreError } from './storage-errors';
import { isPublicKey } from './feed-signature';

/** What is stored is what the options page is sent: one definition, in the message types. */
export type Settings = SettingsValues;

export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  feedUrls: {},
  feedSha256: {},
  updateIntervalHours: 24,
  freshnessThresholdDays: 180,
  minimumSeverity: 'low',
  enabledSites: [],
  customListUrls: [],
  disableUserLists: false,
  feedIndexUrl: '',
  feedPublicKeys: [],
};

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

type Check = (v: unknown) => string | null;
const isHttpsUrl = (v: unknown): boolean => typeof v === 'string' && /^https:\/\/[^\s]+$/.test(v);
const stringMap =
  (valueOk: (v: unknown) => boolean, what: string): Check =>
  (v) => {
    if (!isObject(v)) return 'expected an object keyed by list id';
    for (const [k, val] of Object.entries(v)) {
      if (!isListId(k)) return `"${k}" is not a list id`;
      if (!valueOk(val)) return `${k}: expected ${what}`;
    }
    return null;
  };
const intRange =
  (min: number, max: number): Check =>
  (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
      ? null
      : `expected a whole number from ${min} to ${max}`;

const CHECKS: Record<SettingKey, Check> = {
  feedUrls: stringMap(isHttpsUrl, 'an https:// URL'),
  feedSha256: stringMap((v) => typeof v === 'string' && /^[0-9a-fA-F]{64}$/.test(v), '64 hex digits'),
  updateIntervalHours: intRange(1, 24 * 30),
  freshnessThresholdDays: intRange(1, 3650),
  minimumSeverity: (v) =>
    typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v)
      ? null
      : `expected one of ${SEVERITIES.join(', ')}`,
  enabledSites: (v) =>
    Array.isArray(v) && v.every((s) => typeof s === 'string') ? null : 'expected a list of host patterns',
  customListUrls: (v) => (Array.isArray(v) && v.every(isHttpsUrl) ? null : 'expected a list of https:// URLs'),
  disableUserLists: (v) => (typeof v === 'boolean' ? null : 'expected true or false'),
  feedIndexUrl: (v) => (v === '' || isHttpsUrl(v) ? null : 'expected an https:// URL'),
  feedPublicKeys: (v) =>
    Array.isArray(v) && v.every(isPublicKey) ? null : 'expected a list of Ed25519 public keys (base64, 32 bytes)',
};

export interface SettingsProblem {
  key: string;
  message: string;
}

/** Keep the valid known keys of an untrusted object; report the rest. */
export function pickSettings(value: unknown): { values: Partial<Settings>; problems: SettingsProblem[] } {
  const values: Partial<Settings> = {};
  const problems: SettingsProblem[] = [];
  if (value === undefined || value === null) return { values, problems };
  if (!isObject(value)) return { values, problems: [{ key: '', message: 'expected an object' }] };
  for (const [key, v] of Object.entries(value)) {
    if (!(SETTING_KEYS as string[]).includes(key)) {
      problems.push({ key, message: 'unknown setting' });
      continue;
    }
    const k = key as SettingKey;
    const problem = CHECKS[k](v);
    if (problem) problems.push({ key, message: problem });
    else (values as Record<string, unknown>)[k] = v;
  }
  return { values, problems };
}

export interface MergedSettings {
  settings: Settings;
  /** Keys set by policy: shown read-only. */
  locked: SettingKey[];
  /** Invalid policy values (ignored) so admins can see why. */
  problems: SettingsProblem[];
}

/** Managed (policy) values always win over the user's; invalid ones are ignored and reported. */
export function mergeManaged(user: Partial<Settings>, managed: unknown): MergedSettings {
  const fromUser = pickSettings(user).values;
  const { values: fromPolicy, problems } = pickSettings(managed);
  const settings: Settings = { ...DEFAULT_SETTINGS, ...fromUser, ...fromPolicy };
  return { settings, locked: SETTING_KEYS.filter((k) => k in fromPolicy), problems };
}

const SETTINGS_KEY = 'user-settings';

/** A garbage stored value yields only its valid keys (or none): defaults fill the rest. */
export async function loadUserSettings(db: LaborLensDb): Promise<Partial<Settings>> {
  return pickSettings((await db.settings.get(SETTINGS_KEY))?.value).values;
}

/** Save user changes; keys that policy locks are refused so the UI cannot drift from policy. */
export async function saveUserSettings(
  db: LaborLensDb,
  patch: Partial<Settings>,
  locked: readonly SettingKey[] = [],
): Promise<SettingsProblem[]> {
  const { values, problems } = pickSettings(patch);
  for (const k of locked) {
    if (k in values) {
      delete values[k];
      problems.push({ key: k, message: 'set by your organisation (locked)' });
    }
  }
  try {
    await db.transaction('rw', db.settings, async () => {
      const current = pickSettings((await db.settings.get(SETTINGS_KEY))?.value).values;
      await db.settings.put({ key: SETTINGS_KEY, value: { ...current, ...values } });
    });
  } catch (e) {
    throw toStoreError(e, 'save the settings');
  }
  return problems;
}
