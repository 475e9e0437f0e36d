// One tab's record in storage.session stays within its share: other frames' oldest scans go
// first, then the least severe findings of the frames kept; the top frame's critical finding stays.
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../../src/core';
import { capRecord, TAB_BYTES, TAB_FRAMES, type TabRecord } from '../../../src/background/tab-cap';

const finding = (key: string, severity: Severity): Finding =>
  ({
    kind: 'supplier',
    text: key,
    key,
    severity,
    explanation: `${key} `.repeat(40),
    list: 'uflpa',
    score: 1,
    why: 'exact',
    start: 0,
    end: key.length,
    refs: [],
  }) as Finding;

const frame = (at: number, findings: Finding[]) => ({
  url: `https://shop.example/f${at}`,
  findings,
  hidden: 0,
  scannedAt: new Date(Date.UTC(2026, 11, 5, 10, 0, at)).toISOString(),
});

describe('capRecord', () => {
  it('leaves a small record as it is', () => {
    const rec: TabRecord = { '0': frame(0, [finding('A', 'critical')]), '5': frame(1, [finding('B', 'low')]) };
    expect(capRecord(rec, 5)).toEqual(rec);
  });

  it('drops the oldest other frames first, keeping the top frame and the frame just scanned', () => {
    const rec: TabRecord = { '0': frame(0, [finding('Top', 'critical')]) };
    for (let i = 1; i <= 400; i++) rec[String(i)] = frame(i, [finding(`F${i}`, 'high')]);
    const out = capRecord(rec, 1); // frame 1 is the oldest but was just scanned
    expect(JSON.stringify(out).length).toBeLessThanOrEqual(TAB_BYTES);
    expect(Object.keys(out).length).toBeLessThanOrEqual(TAB_FRAMES);
    expect(out['0']!.findings[0]!.key).toBe('Top');
    expect(out['1']).toBeDefined();
    expect(out['2']).toBeUndefined();
    expect(out['400']).toBeDefined();
  });

  it('cuts the least severe findings of a huge top frame, keeping its critical one', () => {
    const many = Array.from({ length: 3_000 }, (_, i) => finding(`Low ${i}`, 'low'));
    const rec: TabRecord = { '0': frame(0, [...many, finding('Listed', 'critical')]) };
    const out = capRecord(rec, 0);
    expect(JSON.stringify(out).length).toBeLessThanOrEqual(TAB_BYTES);
    expect(out['0']!.findings[0]!.key).toBe('Listed');
    expect(out['0']!.hidden).toBe(3_001 - out['0']!.findings.length);
  });
});
