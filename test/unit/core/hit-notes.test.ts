// What a name hit says about how the page differs from the list (its `why`) and how sure it is
// (its score): both follow the hit's own words, whatever other hits the same scan made before it.
import { describe, expect, it } from 'vitest';
import { MatchIndex } from '../../../src/core/names/match-index';
import { tokenize } from '../../../src/core/text/normalize';

const ix = new MatchIndex(10);
ix.add('Zhuowan Garment Manufacturing Co., Ltd.', 0, 'name');
ix.add('Taiyuan Meixin Textile', 1, 'alias');
ix.add('Qiantao Knitting Dyeing', 2, 'name', 'doubtful local name');
ix.add('Lop County Wenxin Hair Products Co., Ltd.', 3, 'former');
ix.add('Meike Co., Ltd.', 4, 'name');
ix.add('KTX', 5, 'name');
ix.add('Ningbo Yarn Spinning', 6, 'name');

// The page's line, the hit in it, its notes and its score.
type Line = [string, string, string, number];
const lines: Line[] = [
  ['Seller: KTX', 'KTX', 'short name, exact case', 1],
  ['Seller: Ningbo Yarn Spinning', 'Ningbo Yarn Spinning', 'exact', 1],
  ['Seller: Meike Co., Ltd.', 'Meike Co., Ltd.', 'legal form', 1],
  ['Seller Baotou Meike Co., Ltd.', 'Meike Co., Ltd.', 'legal form, preceded by another name word', 0.7],
  ['Seller: Zhuowan Garment Manufacturing Co., Ltd.', 'Zhuowan Garment Manufacturing Co., Ltd.', 'legal form', 1],
  ['Seller: Zhuowan Garment Manufacturing', 'Zhuowan Garment Manufacturing', 'no legal form on page', 0.97],
  [
    'Seller: Zhuowan Garment Manufacturinq Co., Ltd.',
    'Zhuowan Garment Manufacturinq Co., Ltd.',
    'typo, legal form',
    0.85,
  ],
  ['Seller: Taiyuan Meixin Textile Co., Ltd.', 'Taiyuan Meixin Textile Co., Ltd.', 'alias, legal form added', 1],
  ['Seller: Qiantao Knitting Dyeing', 'Qiantao Knitting Dyeing', 'doubtful local name', 0.75],
  [
    'Seller: Lop County Wenxin Hair ProductsCo Ltd.',
    'Lop County Wenxin Hair ProductsCo Ltd.',
    'legal form run into the name, former name, legal form',
    1,
  ],
];

// One hit a line, in page order: a line with none or two puts every later one out of step.
const notes = (order: Line[]): Line[] => {
  const text = order.map((l) => `${l[0]}\n`).join('');
  return ix
    .scan(text, tokenize(text))
    .map((h, i) => [order[i]?.[0] ?? '?', text.slice(h.start, h.end), h.why, Math.round(h.score * 100) / 100]);
};

describe('notes on a name hit', () => {
  it('name what differs from the list, hit by hit', () => {
    expect(notes(lines)).toEqual(lines);
  });
  it('are the same whatever hits came before in the scan', () => {
    const reversed = [...lines].reverse();
    expect(notes(reversed)).toEqual(reversed);
  });
});
