// @vitest-environment happy-dom
// The compact text map (parallel arrays) says the same as the Segment objects, and draws the same flags.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/engine/engine-api';
import { extract } from '../../../src/content/extract';
import { FlagLayer, mapAt, segmentAt } from '../../../src/content/draw';

describe('TextMap', () => {
  it('locates every offset in the same node as the segments do', () => {
    document.body.innerHTML =
      '<h1>Quotes</h1><p>Buy <b>from</b> Camel Group Co., Ltd.</p><table><tr><td>A</td><td>B</td></tr></table>';
    const ex = extract(document.body);
    expect(ex.map.nodes).toHaveLength(ex.segments.length);
    for (let at = 0; at <= ex.text.length; at++) expect(mapAt(ex.map, at)).toEqual(segmentAt(ex.segments, at));
  });

  it('draws a flag over the right text from the map', () => {
    document.body.innerHTML = '<p>Buy from <a>Camel Group Co., Ltd.</a> today</p>';
    const ex = extract(document.body);
    const start = ex.text.indexOf('Camel');
    const f: Finding = {
      kind: 'supplier',
      text: 'Camel Group Co., Ltd.',
      key: 'Camel Group Co., Ltd.',
      severity: 'critical',
      explanation: 'Listed.',
      list: 'uflpa',
      score: 1,
      why: 'exact',
      start,
      end: start + 21,
      refs: [],
    };
    const layer = new FlagLayer(document, () => undefined);
    layer.draw([f], ex.map);
    expect(layer.count()).toBe(1);
    layer.clear();
  });
});
