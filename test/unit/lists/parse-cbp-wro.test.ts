import { describe, expect, it } from 'vitest';
import { parseCbpWro } from '../../../src/build/parse-cbp-wro';
import { fixture, shared } from './helpers';

const byName = (part: string) => parseCbpWro(fixture('cbp-sample.csv')).entries.find((e) => e.name.includes(part));

describe('parseCbpWro', () => {
  it('maps the Xinjiang order to a region-wide order on CN-XJ', () => {
    const x = byName('Xinjiang Uyghur Autonomous Region');
    expect(x).toMatchObject({ scope: 'region', region: 'CN-XJ', status: 'active', type: 'WRO', country: 'CN' });
    expect(x?.merchandise).toMatch(/Cotton, Tomatoes/);
  });

  it('maps Turkmenistan cotton to a country-wide order', () => {
    expect(byName('Turkmenistan')).toMatchObject({ scope: 'country', country: 'TM' });
  });

  it('shows lifted orders as lifted with the date', () => {
    expect(byName('Top Glove Sdn Bhd')).toMatchObject({ status: 'superseded', liftedOn: '2021-09-09' });
    expect(byName('Tunago')).toMatchObject({ status: 'revoked', liftedOn: '2020-04-01', fishingVessel: true });
    expect(byName('FGV')).toMatchObject({ status: 'inactive', liftedOn: '2026-01-15' });
  });

  it('marks Central Romana unconfirmed with a caveat', () => {
    const c = byName('Central Romana');
    expect(c).toMatchObject({ status: 'unknown', unconfirmed: true, country: 'DO' });
    expect(c?.liftedOn).toBeUndefined();
    expect(c?.notes).toMatch(/unconfirmed/i);
  });

  it('keeps partially modified orders in force and splits parties into aliases', () => {
    const nepal = byName('Kumar Carpet');
    expect(nepal?.status).toBe('partially-modified');
    expect(nepal?.liftedOn).toBeUndefined();
    expect(nepal?.aliases).toContain('Kumar Carpet Pvt.');
    // Parties CBP removed from the order are not aliases.
    expect(nepal?.aliases).not.toContain('Annapurna Carpet');
    expect(byName('Tunago')?.aliases).toEqual(['Tunago No. 61']);
  });

  it('names line and field of a bad status', () => {
    const bad =
      'effective_date,country_code,fishing_vessel,entity,merchandise,status,status_as_of,type,note\n2020-01-01,CN,no,X,Y,Lifted,,WRO,\n';
    expect(() => parseCbpWro({ file: 'w.csv', text: bad })).toThrow(/w\.csv:2 \[status\]: unknown status "Lifted"/);
  });

  it('reads all 82 rows with the lifted glove and palm-oil orders', () => {
    const s = parseCbpWro(shared('cbp_wro_findings.csv'));
    expect(s.entries).toHaveLength(82);
    expect(s.entries.filter((e) => e.type === 'Finding')).toHaveLength(11);
    for (const name of [
      'Top Glove Corporation',
      'Sime Darby Plantation Berhad, its',
      'Supermax',
      'Smart Glove',
      'Brightway',
      'YTY',
    ]) {
      const e = s.entries.find((x) => x.name.startsWith(name));
      expect(e?.liftedOn, name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(new Set(s.entries.map((e) => e.id)).size).toBe(82);
    expect(s.entries.filter((e) => e.unconfirmed).map((e) => e.name)).toEqual(['Central Romana Corporation Limited']);
  });
});
