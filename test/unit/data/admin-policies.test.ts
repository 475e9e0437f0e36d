// The README's example policies (Chrome/Edge JSON, Windows registry, Firefox policies.json) are
// checked against public/managed_schema.json and the extension's own settings validator, so the
// examples an administrator copies are ones the extension accepts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pickSettings } from '../../../src/data/settings';

const ROOT = resolve(import.meta.dirname, '../../..');
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## For administrators'), readme.indexOf('## Command line'));
const blocks = (lang: string) =>
  [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1] as string);
const schema = JSON.parse(readFileSync(resolve(ROOT, 'public/managed_schema.json'), 'utf8')) as {
  properties: Record<string, { type: string; items?: { type: string } }>;
};

/** A minimal check of a value against the schema's draft-03 types, as Chrome applies it. */
function schemaProblems(policy: Record<string, unknown>): string[] {
  return Object.entries(policy).flatMap(([k, v]) => {
    const p = schema.properties[k];
    if (!p) return [`${k}: not in the managed schema`];
    const type = Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;
    if (type !== p.type && !(p.type === 'object' && type === 'object')) return [`${k}: ${type}, schema says ${p.type}`];
    if (Array.isArray(v) && p.items && !v.every((x) => typeof x === p.items!.type)) return [`${k}: items`];
    return [];
  });
}

function fromRegistry(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const line of text.split('\n')) {
    const m = /^"([^"]+)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line.trim());
    if (!m) continue;
    const [, key, str, dword] = m as unknown as [string, string, string | undefined, string | undefined];
    const type = schema.properties[key]?.type;
    if (dword !== undefined) out[key] = type === 'boolean' ? parseInt(dword, 16) !== 0 : parseInt(dword, 16);
    else {
      const raw = (str as string).replace(/\\(.)/g, '$1');
      // Chrome reads a JSON string for list and dictionary policies.
      out[key] = type === 'array' || type === 'object' ? (JSON.parse(raw) as unknown) : raw;
    }
  }
  return out;
}

describe('the README example policies', () => {
  const [chromeJson, firefoxJson] = blocks('json').map((b) => JSON.parse(b) as Record<string, unknown>);
  const policies: [string, Record<string, unknown>][] = [
    [
      'Chrome/Edge JSON',
      (chromeJson as { '3rdparty': { extensions: Record<string, Record<string, unknown>> } })['3rdparty'].extensions[
        'EXTENSION_ID'
      ]!,
    ],
    ['Windows registry', fromRegistry(blocks('reg')[0] ?? '')],
    [
      'Firefox policies.json',
      (firefoxJson as { policies: { '3rdparty': { Extensions: Record<string, Record<string, unknown>> } } }).policies[
        '3rdparty'
      ].Extensions['laborlens@laborlens.example']!,
    ],
  ];

  it.each(policies)('%s fits the managed schema and the settings validator', (_name, policy) => {
    expect(Object.keys(policy).length).toBeGreaterThanOrEqual(6);
    expect(schemaProblems(policy)).toEqual([]);
    const { values, problems } = pickSettings(policy);
    expect(problems).toEqual([]);
    expect(Object.keys(values).sort()).toEqual(Object.keys(policy).sort());
  });

  it('the Firefox example is the file the Firefox policy test writes, byte for byte', () => {
    const file = readFileSync(resolve(ROOT, 'test/fixtures/policies/firefox-policies.json'), 'utf8');
    const firefoxBlocks = blocks('json').filter((b) => b.includes('"policies"'));
    expect(firefoxBlocks).toHaveLength(1);
    expect(firefoxBlocks[0]).toBe(file);
  });

  it('all three say the same', () => {
    expect(policies[1]![1]).toEqual(policies[0]![1]);
    expect(policies[2]![1]).toEqual(policies[0]![1]);
  });

  it('would catch a wrong example', () => {
    expect(schemaProblems({ disableUserLists: 'yes' })).not.toEqual([]);
    expect(pickSettings({ feedPublicKeys: ['not-a-key'] }).problems).not.toEqual([]);
  });
});
