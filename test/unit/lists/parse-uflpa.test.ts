import { describe, expect, it } from 'vitest';
import { parseUflpa } from '../../../src/build/parse-uflpa';
import { checkSnapshot } from '../../../src/core/lists/snapshot-check';
import { fixture, shared } from './helpers';

const sample = () =>
  parseUflpa({ entities: fixture('uflpa-sample.json'), chineseNames: fixture('uflpa-zh-sample.csv') });

describe('parseUflpa', () => {
  it('groups records per entity and keeps the first DHS name exactly', () => {
    const s = sample();
    expect(s.entries).toHaveLength(4);
    const xpcc = s.entries.find((e) => e.id === 'xinjiang-production-and-construction-corps');
    expect(xpcc?.name).toBe('Xinjiang Production and Construction Corps');
    expect(xpcc?.sections.map((x) => x.section)).toEqual(['i', 'ii', 'v']);
    expect(xpcc?.aliases).toEqual(
      expect.arrayContaining(['XPCC', 'Bingtuan', 'Xinjiang Production and Construction Corps (XPCC)']),
    );
    expect(xpcc?.scopeNote).toBe('and its subordinate and affiliated entities');
    expect(checkSnapshot(s, 'uflpa', 'uflpa').ok).toBe(true);
  });

  it('uses the earliest section date as the entry date', () => {
    const daqo = sample().entries.find((e) => e.id === 'xinjiang-daqo-new-energy-co-ltd');
    expect(daqo?.date).toBe('2022-06-21');
    expect(daqo?.sections.map((x) => x.date)).toEqual(['2022-06-21', '2024-11-25']);
    // The other section spells the name with "Co., Ltd.": kept as an alias, not lost.
    expect(daqo?.aliases).toContain('Xinjiang Daqo New Energy Co., Ltd.');
  });

  it('attaches Chinese names, marking short and variant forms doubtful and keeping the source', () => {
    const xpcc = sample().entries.find((e) => e.id === 'xinjiang-production-and-construction-corps');
    const names = new Map((xpcc?.localNames ?? []).map((l) => [l.name, l] as const));
    expect(names.get('新疆生产建设兵团')?.doubtful).toBeUndefined();
    expect(names.get('兵团')?.doubtful).toBe(true);
    expect(names.get('新疆生产建设兵团')?.source).toMatch(/^https?:|\//);
    const daqo = sample().entries.find((e) => e.id === 'xinjiang-daqo-new-energy-co-ltd');
    expect(daqo?.localNames?.find((l) => l.name === '新疆大全新能源股份有限公司')?.doubtful).toBeUndefined();
  });

  it('names file, line and field of a bad record', () => {
    const bad = fixture('uflpa-sample.json');
    const text = bad.text.replace('"effective_date": "2022-06-21"', '"effective_date": "June 21"');
    expect(() => parseUflpa({ entities: { file: 'u.json', text } })).toThrow(
      /u\.json:\d+ \[records\[0\]\.effective_date\]: expected a date/,
    );
  });

  it('rejects a Chinese name for an unknown entity', () => {
    const zh = {
      file: 'zh.csv',
      text: 'entity_key,name,name_zh,source,note\nnope,Nope,不,src,[full; simplified; bilingual] x\n',
    };
    expect(() => parseUflpa({ entities: fixture('uflpa-sample.json'), chineseNames: zh })).toThrow(
      /zh\.csv:2 \[entity_key\]: no UFLPA entity "nope"/,
    );
  });

  it('rejects invalid JSON with the file name', () => {
    expect(() => parseUflpa({ entities: { file: 'u.json', text: '{"records": [' } })).toThrow(
      /u\.json.*not valid JSON/,
    );
  });

  it('reads the real list: 187 entities from 205 records, 74 with Chinese names', () => {
    const s = parseUflpa({
      entities: shared('uflpa_entity_list.json'),
      chineseNames: shared('uflpa_chinese_names.csv'),
    });
    expect(s.entries).toHaveLength(187);
    expect(s.entries.reduce((n, e) => n + e.sections.length, 0)).toBe(205);
    expect(s.entries.filter((e) => e.localNames?.length).length).toBe(74);
  });
});
