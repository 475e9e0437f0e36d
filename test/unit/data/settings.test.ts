import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_SETTINGS, loadUserSettings, mergeManaged, saveUserSettings } from '../../../src/data/settings';
import { freshDb } from './helpers';

describe('mergeManaged', () => {
  it('lets policy win and reports the locked keys', () => {
    const m = mergeManaged(
      { updateIntervalHours: 6, minimumSeverity: 'high', feedUrls: { uflpa: 'https://user.example/u.json' } },
      { updateIntervalHours: 12, feedUrls: { uflpa: 'https://corp.example/u.json' }, disableUserLists: true },
    );
    expect(m.settings.updateIntervalHours).toBe(12);
    expect(m.settings.minimumSeverity).toBe('high');
    expect(m.settings.feedUrls).toEqual({ uflpa: 'https://corp.example/u.json' });
    expect(m.locked.sort()).toEqual(['disableUserLists', 'feedUrls', 'updateIntervalHours']);
    expect(m.settings.freshnessThresholdDays).toBe(DEFAULT_SETTINGS.freshnessThresholdDays);
  });

  it('ignores invalid policy values and says why', () => {
    const m = mergeManaged(
      {},
      { updateIntervalHours: 0, feedUrls: { nope: 'http://x' }, feedSha256: { uflpa: 'abc' }, colour: 'red' },
    );
    expect(m.locked).toEqual([]);
    expect(m.problems.map((p) => p.key)).toEqual(['updateIntervalHours', 'feedUrls', 'feedSha256', 'colour']);
    expect(m.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('treats a missing managed storage as no policy', () => {
    expect(mergeManaged({ minimumSeverity: 'critical' }, undefined)).toMatchObject({
      locked: [],
      problems: [],
      settings: { minimumSeverity: 'critical' },
    });
  });
});

describe('user settings storage', () => {
  it('saves valid changes and refuses locked keys', async () => {
    const db = freshDb();
    const problems = await saveUserSettings(db, { minimumSeverity: 'medium', updateIntervalHours: 3 }, [
      'updateIntervalHours',
    ]);
    expect(problems).toEqual([{ key: 'updateIntervalHours', message: 'set by your organisation (locked)' }]);
    expect(await loadUserSettings(db)).toEqual({ minimumSeverity: 'medium' });
  });
});

describe('public/managed_schema.json', () => {
  it('describes every setting key', () => {
    const schema = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../../public/managed_schema.json'), 'utf8'),
    ) as { type: string; properties: Record<string, unknown> };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });
});
