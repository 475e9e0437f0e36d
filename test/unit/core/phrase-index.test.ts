import { describe, expect, it } from 'vitest';
import { PhraseIndex, type PhraseImage } from '../../../src/core/names/phrase-index';
import { tokenize } from '../../../src/core/text/normalize';

interface Ref {
  key: string;
}

function sample(): PhraseIndex<Ref> {
  const p = new PhraseIndex<Ref>();
  const cn = { key: 'CN' };
  const xj = { key: 'CN-XJ' };
  p.add('China', cn);
  p.add("People's Republic of China", cn);
  p.add('PRC', cn, true);
  p.add('CN', cn);
  p.add('Xinjiang', xj);
  p.add('Xinjiang Uyghur Autonomous Region', xj);
  p.add('新疆', xj);
  p.add('Hotan', xj);
  p.add('Hotan', { key: 'other' }); // a second ref on one phrase
  p.add('Hotan', xj); // and the same ref again: kept once
  return p;
}

const TEXTS = [
  "Made in the People's Republic of China, shipped from Hotan, Xinjiang.",
  'Origin: PRC / CN; not prc or cn in lower case. Xinjiang Uyghur Autonomous Region, 新疆 和田',
  'Chinaware from Hotanese sellers: no whole phrase here.',
];

const hits = (p: PhraseIndex<Ref>, text: string): unknown => p.scan(text, tokenize(text));

/** A copy of an image whose arrays can be changed without touching the index it came from. */
function copy(x: PhraseImage): PhraseImage {
  return structuredClone(x);
}

describe('phrase index image', () => {
  it('scans as the index it was made from', () => {
    const p = sample();
    const back = PhraseIndex.fromImage<Ref>(copy(p.image()));
    if (typeof back === 'string') throw new Error(back);
    expect(back.size).toBe(p.size);
    for (const text of TEXTS) expect(hits(back, text)).toEqual(hits(p, text));
    // The texts do hit: the comparison above is not between two empty lists.
    expect((hits(p, TEXTS[0] as string) as unknown[]).length).toBeGreaterThanOrEqual(4);
    expect(hits(p, TEXTS[0] as string)).toContainEqual(expect.objectContaining({ ref: { key: 'other' } }));
  });

  it('refuses an image whose links leave their arrays or loop', () => {
    const p = sample();
    const cases: [string, (x: PhraseImage) => void, RegExp][] = [
      ['a node pointing past its slots', (x) => void (x.head[1] = 999), /node 1 links outside/],
      [
        'a slot linking back',
        (x) => {
          const s = Array.from(x.slotNext).findIndex((n) => n > 0);
          x.slotNext[s] = 0;
        },
        /ref slot/,
      ],
      ['a ref that is not there', (x) => void (x.slotRef[0] = x.refs.length), /ref slot 0/],
      [
        'an edge to an earlier node',
        (x) => {
          const i = Array.from(x.kids.ka).findIndex((a) => a !== -1);
          x.kids.vals[i] = 0;
        },
        /edge to no later node/,
      ],
      ['a full edge table', (x) => void x.kids.ka.fill(0), /edge|count/],
      ['bits of another size', (x) => void (x.firstBits = new Uint8Array(16)), /bits of the wrong size/],
      ['refs that are not JSON', (x) => void (x.refs[0] = '{'), /not JSON/],
      ['unequal arrays', (x) => void (x.tail = x.tail.slice(1)), /unequal length/],
    ];
    for (const [what, damage, why] of cases) {
      const x = copy(p.image());
      damage(x);
      const got = PhraseIndex.fromImage<Ref>(x);
      expect(typeof got === 'string' ? got : `accepted ${what}`).toMatch(why);
    }
  });
});
