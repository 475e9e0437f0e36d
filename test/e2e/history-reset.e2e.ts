import { describe, expect, it } from 'vitest';
import type { HistoryEntry, StatusInfo } from '../../src/shared/messages';
import { ask as askIn } from './ask';
import { flagsOn, useBrowser } from './harness';

const b = useBrowser();
const ask = <T>(name: string, payload: object): Promise<T> => askIn<T>(b.session, name, payload);

describe('history of checks and reset', () => {
  it('records each checked page with its findings and list versions, and a reset clears user data', async () => {
    const page = await b.session.context.newPage();
    const url = b.server.url('marketplace-three-listed.html');
    await page.goto(url);
    await flagsOn(page, 3);
    const history = await ask<HistoryEntry[]>('getHistory', {});
    const check = history.find((h) => h.url === url)!;
    expect(check.title).toBe('Supplier search - office and industrial supplies');
    expect(check.findings.bySeverity.critical).toBe(3);
    expect(check.findings.keys.filter((k) => k.startsWith('critical:supplier:'))).toHaveLength(3);
    expect(check.listVersions.uflpa).toMatch(/^2026-08-10 [0-9a-f]{12}$/);

    await ask('setStatus', { key: 'Zhuhai Pantum Electronics Co. Ltd.', status: 'cleared', note: 'audit', by: 'QA' });
    expect(await ask<StatusInfo[]>('getStatuses', {})).toHaveLength(1);
    await ask('resetAll', {});
    expect(await ask<StatusInfo[]>('getStatuses', {})).toEqual([]);
    expect(await ask<HistoryEntry[]>('getHistory', {})).toEqual([]);
    // The bundled lists are back in use after the reset.
    const lists = await ask<{ id: string }[]>('listSummaries', {});
    expect(lists.map((l) => l.id)).toContain('uflpa');
  });
});
