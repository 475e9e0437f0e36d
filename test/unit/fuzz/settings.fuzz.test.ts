// Fuzz: settings and enterprise policy are untrusted objects (a stored row, chrome.storage.managed).
// pickSettings and mergeManaged never throw, keep only valid known keys, and valid settings
// round-trip unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../../src/core/lists/types';
import { DEFAULT_SETTINGS, mergeManaged, pickSettings, type Settings } from '../../../src/data/settings';
import { fuzzOptions } from './fuzz-helpers';

const KEYS = Object.keys(DEFAULT_SETTINGS);
const listId = fc.constantFrom('uflpa', 'cbp-wro', 'tip-tiers', 'custom:team');
const https = fc.webUrl({ validSchemes: ['https'] }).filter((u) => !/\s/.test(u));
const validSettings: fc.Arbitrary<Partial<Settings>> = fc.record(
  {
    feedUrls: fc.dictionary(listId, https),
    feedSha256: fc.dictionary(listId, fc.stringMatching(/^[0-9a-f]{64}$/)),
    updateIntervalHours: fc.integer({ min: 1, max: 720 }),
    freshnessThresholdDays: fc.integer({ min: 1, max: 3650 }),
    minimumSeverity: fc.constantFrom(...SEVERITIES),
    enabledSites: fc.array(fc.string()),
    customListUrls: fc.array(https),
    disableUserLists: fc.boolean(),
  },
  { requiredKeys: [] },
);
/** Known keys with values of any type, unknown keys, and prototype keys. */
const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(
    fc.oneof(fc.constantFrom(...KEYS, '__proto__', 'constructor', 'toString'), fc.string()),
    fc.jsonValue({ maxDepth: 2 }),
  ),
  fc.anything({ maxDepth: 2, withNullPrototype: true }),
);

describe('pickSettings / mergeManaged (fuzz)', () => {
  it('never throw; keep only valid known keys, report the rest', () => {
    fc.assert(
      fc.property(hostile, (v) => {
        const { values, problems } = pickSettings(v);
        for (const k of Object.keys(values)) expect(KEYS).toContain(k);
        // What was kept is valid by itself: picking it again reports nothing and keeps it all.
        expect(pickSettings(values)).toEqual({ values, problems: [] });
        for (const p of problems) expect(p.message.length).toBeGreaterThan(0);
      }),
      fuzzOptions(400),
    );
  });

  it('a prototype key in JSON is an unknown setting, not a prototype change', () => {
    const r = pickSettings(
      JSON.parse('{"__proto__":{"disableUserLists":true},"feedUrls":{"__proto__":"https://x.example"}}') as unknown,
    );
    expect(r.values).toEqual({});
    expect(r.problems.map((p) => p.key).sort()).toEqual(['__proto__', 'feedUrls']);
    expect(({} as Record<string, unknown>)['disableUserLists']).toBeUndefined();
  });

  it('mergeManaged: any user and policy values give complete, valid settings; policy wins', () => {
    fc.assert(
      fc.property(fc.oneof(validSettings, hostile), fc.oneof(validSettings, hostile), (user, managed) => {
        const m = mergeManaged(user as Partial<Settings>, managed);
        expect(Object.keys(m.settings).sort()).toEqual([...KEYS].sort());
        expect(pickSettings(m.settings).problems).toEqual([]);
        const policy = pickSettings(managed).values;
        expect(m.locked.sort()).toEqual(Object.keys(policy).sort());
        for (const k of m.locked) expect(m.settings[k]).toEqual(policy[k]);
      }),
      fuzzOptions(300),
    );
  });

  it('round-trip: valid settings are kept as they are, through JSON too', () => {
    fc.assert(
      fc.property(validSettings, (s) => {
        expect(pickSettings(s)).toEqual({ values: s, problems: [] });
        expect(pickSettings(JSON.parse(JSON.stringify(s)) as unknown).values).toEqual(s);
        expect(mergeManaged(s, undefined).settings).toEqual({ ...DEFAULT_SETTINGS, ...s });
      }),
      fuzzOptions(300),
    );
  });
});
