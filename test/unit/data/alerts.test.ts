// Re-screening suppliers already checked after a list change: alerts name the supplier, the page
// and the date; a cleared supplier newly listed is reopened with the reason recorded.
import { describe, expect, it } from 'vitest';
import { rescreenStored, rescreen, namesOf } from '../../../src/data/alerts';
import { replaceSnapshot } from '../../../src/data/replace-snapshot';
import type { ChangeRow } from '../../../src/data/list-changes';
import { ensureBundled } from '../../../src/data/list-store';
import { bundled, edited, freshDb } from './helpers';

const NOW = new Date('2026-12-05T10:00:00Z');
const NEW_ENTITY = {
  id: 'alert-test-entity',
  name: 'Brightloom Textile Holdings Co., Ltd.',
  aliases: ['Brightloom Textiles'],
  sections: [{ section: '2(d)(2)(B)(i)', citation: 'UFLPA', label: 'test', date: '2026-12-01' }],
};
const history = (url: string, title: string, at: string, suppliers: string[]) => ({
  url,
  title,
  at,
  findings: { total: 0, bySeverity: {}, keys: [] },
  listVersions: {},
  suppliers,
});

describe('rescreen after a list change', () => {
  it('alerts on a supplier seen earlier, reopens a cleared one, and leaves others alone', async () => {
    const db = freshDb();
    await ensureBundled(db, async (id) => bundled(id), { marker: 'm', ids: ['uflpa'] });
    await db.history.bulkAdd([
      history('https://www.alibaba.com/p/1', 'Cotton yarn – Alibaba', '2026-11-02T09:00:00Z', [
        'Brightloom Textile Holdings Co Ltd',
        'Acme Trading Co., Ltd.',
      ]),
      history('https://www.alibaba.com/p/2', 'Other page', '2026-11-20T09:00:00Z', ['Nothing Related Ltd']),
    ]);
    await db.statuses.bulkPut([
      { key: 'Brightloom Textiles', status: 'cleared', by: 'Jane', note: 'audit 2026', at: '2026-10-01T00:00:00Z' },
      { key: 'Acme Trading Co., Ltd.', status: 'cleared', at: '2026-10-01T00:00:00Z' },
    ]);
    const changes: ChangeRow[] = [];
    await replaceSnapshot(
      db,
      edited(bundled('uflpa'), '2026-12-01', (e) => [...e, NEW_ENTITY]),
      'feed',
      { now: NOW, changes },
    );
    expect(changes).toHaveLength(1);
    const alerts = await rescreenStored(db, changes, NOW);
    const messages = alerts.map((a) => a.message);
    expect(messages).toContain(
      'Supplier Brightloom Textile Holdings Co Ltd, seen on Cotton yarn – Alibaba on 2026-11-02, is now on the UFLPA Entity List (as Brightloom Textile Holdings Co., Ltd.).',
    );
    expect(messages.join('\n')).not.toMatch(/Acme|Nothing Related/);
    expect(alerts.find((a) => a.historyId !== undefined)?.url).toBe('https://www.alibaba.com/p/1');
    const reopened = await db.statuses.get('Brightloom Textiles');
    expect(reopened).toMatchObject({ status: 'under-review' });
    expect(reopened?.note).toMatch(
      /^Reopened on 2026-12-05: newly listed on the UFLPA Entity List .*was cleared by Jane on 2026-10-01: audit 2026/,
    );
    expect(await db.statuses.get('Acme Trading Co., Ltd.')).toMatchObject({ status: 'cleared' });
    expect(await db.alerts.count()).toBe(alerts.length);

    // A later edit of the same entry (an alias added) does not alert the same supplier again.
    const more: ChangeRow[] = [];
    await replaceSnapshot(
      db,
      edited(bundled('uflpa'), '2026-12-02', (e) => [
        ...e,
        { ...NEW_ENTITY, aliases: [...NEW_ENTITY.aliases, 'Brightloom Co'] },
      ]),
      'feed',
      { now: NOW, changes: more },
    );
    expect(more[0]?.changed.map((c) => c.fields)).toEqual([['aliases']]);
    expect(await rescreenStored(db, more, NOW)).toEqual([]);
  });

  it('reads supplier names from older history rows (finding keys)', () => {
    expect(
      namesOf({
        ...history('u', 't', 'a', []),
        suppliers: undefined,
        findings: { total: 1, bySeverity: {}, keys: ['critical:supplier:Foo Ltd', 'high:origin:CN-XJ'] },
      }),
    ).toEqual(['Foo Ltd']);
  });

  it('re-screens 5,000 history rows (bench figure printed, not asserted)', () => {
    const snapshot = edited(bundled('uflpa'), '2026-12-01', (e) => [...e, NEW_ENTITY]);
    const change: ChangeRow = {
      listId: 'uflpa',
      listName: 'UFLPA Entity List',
      at: NOW.toISOString(),
      source: 'feed',
      fromAsOf: '2026-08-10',
      toAsOf: '2026-12-01',
      counts: { added: 1, removed: 0, changed: 0 },
      added: [{ key: NEW_ENTITY.id, label: NEW_ENTITY.name }],
      removed: [],
      changed: [],
      summary: '',
      seen: false,
    };
    const rows = Array.from({ length: 5000 }, (_, i) =>
      history(
        `https://shop.example/p/${i}`,
        `Page ${i}`,
        `2026-11-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z`,
        [
          `Supplier Number ${i} Trading Co., Ltd.`,
          `Zhejiang Maker ${i % 700} Co., Ltd.`,
          `Guangdong Export ${i} Ltd`,
          ...(i === 4321 ? ['Brightloom Textiles'] : []),
        ],
      ),
    );
    const t0 = performance.now();
    const { alerts } = rescreen({
      changes: [change],
      snapshots: new Map([['uflpa', snapshot]]),
      history: rows,
      statuses: [],
      now: NOW,
    });
    const ms = performance.now() - t0;
    console.log(`rescreen: 5,000 history rows (${rows.length * 3} names) in ${ms.toFixed(0)} ms`);
    expect(alerts.map((a) => a.url)).toEqual(['https://shop.example/p/4321']);
  });
});
