import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/background/scan-parts';
import { InvalidMessage, parseEnvelope, PART_CHARS } from '../../../src/shared/validate';

const part = (id: string, index: number, count: number, text: string, extra: object = {}) => ({
  url: 'https://x.test/',
  text,
  part: { id, index, count },
  ...extra,
});

describe('big page text in parts', () => {
  it('assembles parts in order and hands over the whole request with the last one', () => {
    expect(assemble(part('a', 0, 3, 'Camel '), 's1')).toBeUndefined();
    expect(assemble(part('a', 1, 3, 'Group '), 's1')).toBeUndefined();
    const whole = assemble(part('a', 2, 3, 'Co., Ltd.', { cells: [{ start: 0, end: 21, header: 'Supplier' }] }), 's1')!;
    expect(whole.text).toBe('Camel Group Co., Ltd.');
    expect(whole.part).toBeUndefined();
    expect(whole.cells).toEqual([{ start: 0, end: 21, header: 'Supplier' }]);
  });

  it('refuses parts out of order and keeps senders apart', () => {
    expect(assemble(part('b', 0, 3, 'x'), 's2')).toBeUndefined();
    expect(assemble(part('c', 0, 2, 'other '), 's3')).toBeUndefined();
    expect(() => assemble(part('b', 2, 3, 'z'), 's2')).toThrow(/out of order/);
    expect(assemble(part('c', 1, 2, 'frame'), 's3')!.text).toBe('other frame');
  });

  it('a new scan from the same sender drops the unfinished one', () => {
    expect(assemble(part('d', 0, 2, 'old '), 's4')).toBeUndefined();
    expect(assemble(part('e', 0, 2, 'new '), 's4')).toBeUndefined();
    expect(assemble(part('e', 1, 2, 'text'), 's4')!.text).toBe('new text');
  });

  it('validates parts at the door', () => {
    const env = (payload: object) => ({ laborlens: 1, name: 'scanPage', payload });
    expect(() => parseEnvelope(env(part('f', 3, 3, 'x')))).toThrow(InvalidMessage);
    expect(() => parseEnvelope(env(part('f', 0, 999, 'x')))).toThrow(/part out of range/);
    expect(() => parseEnvelope(env(part('f', 0, 2, 'x'.repeat(PART_CHARS + 1))))).toThrow(/at most/);
    expect(parseEnvelope(env(part('f', 0, 2, 'x'))).payload).toMatchObject({ part: { id: 'f', index: 0, count: 2 } });
  });
});
