// DHS UFLPA Entity List: one record per (entity, section) in the source, one UflpaEntry per entity
// here, with Chinese names from the separately compiled uflpa_chinese_names.csv.
import { BUILTIN_META } from './builtin-meta';
import { readCsv } from '../core';
import { obj, optStr, parseJson, str, strArray, type Where } from '../core';
import { fail } from '../core';
import { SNAPSHOT_FORMAT, type BuiltinSnapshot, type UflpaEntry } from '../core';
import { isoDate, uniq } from '../core';

export interface UflpaFiles {
  /** uflpa_entity_list.json */
  entities: { file: string; text: string };
  /** uflpa_chinese_names.csv (optional: the list is valid without Chinese names) */
  chineseNames?: { file: string; text: string };
}

interface UflpaRecord {
  key: string;
  name: string;
  aliases: string[];
  formerNames: string[];
  scopeNote: string | undefined;
  section: { section: string; citation: string; label: string; date: string };
}

/** Line of the n-th record, found by counting `"entity_key"` keys, so errors point into the file. */
function recordLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) line += 1;
    else if (text.startsWith('"entity_key"', i)) lines.push(line);
  }
  return lines;
}

function readRecord(raw: unknown, w: Where): UflpaRecord {
  const o = obj(raw, w);
  const key = str(o, 'entity_key', w);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(key)) fail(w.file, w.line, `${w.path}.entity_key`, `not a slug: "${key}"`);
  const name = str(o, 'name', w).trim();
  if (name === '') fail(w.file, w.line, `${w.path}.name`, 'must not be empty');
  const section = str(o, 'section', w);
  return {
    key,
    name,
    aliases: strArray(o, 'aliases', w),
    formerNames: strArray(o, 'former_names', w),
    scopeNote: optStr(o, 'scope_note', w),
    section: {
      section,
      citation: str(o, 'section_citation', w),
      label: str(o, 'section_label', w),
      date: isoDate(str(o, 'effective_date', w), w.file, w.line, `${w.path}.effective_date`),
    },
  };
}

function toEntry(records: UflpaRecord[]): UflpaEntry {
  // The first record in file order carries the name DHS shows first; the Chinese-name file uses it too.
  const first = records[0] as UflpaRecord;
  const spellings = records.map((r) => r.name);
  const dates = records.map((r) => r.section.date).sort();
  const entry: UflpaEntry = {
    id: first.key,
    name: first.name,
    // Other sections sometimes spell the name differently ("Co., Ltd" vs "Co., Ltd."): keep them as aliases.
    aliases: uniq([...spellings, ...records.flatMap((r) => r.aliases)], new Set([first.name])),
    sections: records.map((r) => r.section),
    scopeNote: records.find((r) => r.scopeNote)?.scopeNote ?? null,
    country: 'CN',
    date: dates[0] as string,
  };
  const former = uniq(records.flatMap((r) => r.formerNames));
  if (former.length > 0) entry.formerNames = former;
  return entry;
}

const NOTE_TAG = /^\[([^\]]*)\]/;
const KINDS = ['full', 'short', 'former', 'alias'] as const;

function attachChineseNames(entries: Map<string, UflpaEntry>, file: string, text: string): void {
  const table = readCsv(text, file, ['entity_key', 'name', 'name_zh', 'source', 'note']);
  for (const row of table.rows) {
    const key = row.get('entity_key');
    const entry = entries.get(key);
    if (!entry) return fail(file, row.line, 'entity_key', `no UFLPA entity "${key}"`);
    if (row.get('name') !== entry.name) {
      fail(file, row.line, 'name', `"${row.get('name')}" is not the listed name "${entry.name}"`);
    }
    const nameZh = row.get('name_zh').trim();
    if (nameZh === '') fail(file, row.line, 'name_zh', 'must not be empty');
    const tag = NOTE_TAG.exec(row.get('note'));
    if (!tag) return fail(file, row.line, 'note', 'must start with a [kind; script; evidence] tag');
    const parts = (tag[1] ?? '').split(';').map((p) => p.trim());
    const kind = parts[0] ?? '';
    if (!(KINDS as readonly string[]).includes(kind)) {
      fail(file, row.line, 'note', `unknown kind "${kind}" (expected ${KINDS.join(', ')})`);
    }
    // Short names (七匹狼, 兵团 ...) are ordinary words too, and variants are not registered names:
    // both stay for recall but are marked doubtful so the engine matches them only in context.
    const doubtful = kind === 'short' || parts.includes('variant');
    const source = row.get('source').trim();
    const local = (entry.localNames ??= []);
    const same = local.find((l) => l.name === nameZh);
    if (same) {
      same.doubtful = Boolean(same.doubtful) && doubtful;
      if (source && !(same.source ?? '').includes(source))
        same.source = same.source ? `${same.source} ; ${source}` : source;
      if (!same.doubtful) delete same.doubtful;
      continue;
    }
    local.push(doubtful ? { name: nameZh, doubtful, source } : { name: nameZh, source });
  }
}

export function parseUflpa(files: UflpaFiles): BuiltinSnapshot<'uflpa'> {
  const { file, text } = files.entities;
  const root = obj(parseJson(text, file), { file, line: 1, path: '' });
  const raws = root['records'];
  if (!Array.isArray(raws)) return fail(file, 0, 'records', 'expected a list of records');
  if (raws.length === 0) fail(file, 0, 'records', 'the list has no records');
  const lines = recordLines(text);
  const groups = new Map<string, UflpaRecord[]>();
  raws.forEach((raw, i) => {
    const rec = readRecord(raw, { file, line: lines[i] ?? 0, path: `records[${i}]` });
    const group = groups.get(rec.key);
    if (group) group.push(rec);
    else groups.set(rec.key, [rec]);
  });
  const entries = new Map([...groups].map(([key, recs]) => [key, toEntry(recs)] as const));
  if (files.chineseNames) attachChineseNames(entries, files.chineseNames.file, files.chineseNames.text);
  const declaredRecords = root['record_count'];
  if (typeof declaredRecords === 'number' && declaredRecords !== raws.length) {
    fail(file, 0, 'record_count', `file declares ${declaredRecords} records, found ${raws.length}`);
  }
  const declared = root['entity_count'];
  if (typeof declared === 'number' && declared !== entries.size) {
    fail(file, 0, 'entity_count', `file declares ${declared} entities, records group into ${entries.size}`);
  }
  return { format: SNAPSHOT_FORMAT, meta: { ...BUILTIN_META.uflpa }, entries: [...entries.values()] };
}
