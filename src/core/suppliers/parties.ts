// The named parties of all enabled lists, flattened into one table the match index refers to.
import type {
  ClearedEntry,
  CustomEntry,
  ListId,
  ListMeta,
  NamedParty,
  RiskData,
  UflpaEntry,
  WroEntry,
} from '../lists/types';
import type { MatchIndex } from '../names/match-index';

export type Party =
  | { role: 'uflpa'; list: ListId; meta: ListMeta; entry: UflpaEntry }
  | { role: 'wro'; list: ListId; meta: ListMeta; entry: WroEntry }
  | { role: 'watch'; list: ListId; meta: ListMeta; entry: CustomEntry }
  | { role: 'cleared'; list: ListId; meta: ListMeta; entry: ClearedEntry };

export function collectParties(data: RiskData): Party[] {
  const out: Party[] = [];
  const u = data.builtin.uflpa;
  if (u) for (const entry of u.entries) out.push({ role: 'uflpa', list: u.meta.id, meta: u.meta, entry });
  const w = data.builtin['cbp-wro'];
  // Region- and country-wide orders name no party; risk rules handle them with origin.
  if (w)
    for (const entry of w.entries)
      if (entry.scope === 'entity') out.push({ role: 'wro', list: w.meta.id, meta: w.meta, entry });
  for (const s of data.custom) {
    for (const entry of s.entries) {
      if (s.role === 'cleared')
        out.push({ role: 'cleared', list: s.meta.id, meta: s.meta, entry: entry as ClearedEntry });
      else out.push({ role: 'watch', list: s.meta.id, meta: s.meta, entry: entry as CustomEntry });
    }
  }
  return out;
}

/** Every name of a party with its kind. */
export interface PartyName {
  name: string;
  kind: 'name' | 'alias' | 'former' | 'local';
  /** Why this name alone is only a possible match. */
  doubtful?: string;
}

/**
 * A name that is an acronym plus a legal form ("TBEA Co., Ltd.") is written as the bare acronym
 * too ("TBEA"); the index takes such a short all-capital name only in capitals.
 */
const ACRONYM_NAME =
  /^([A-Z][A-Z0-9]{2,7})\s+(?:Co\.?,?\s*Ltd\.?|Company Limited|Limited|Ltd\.?|Inc\.?|Corp\.?|Corporation|Group|Holdings)$/u;

export function partyNames(e: NamedParty): PartyName[] {
  const out: PartyName[] = [{ name: e.name, kind: 'name' }];
  const acronym = ACRONYM_NAME.exec(e.name)?.[1];
  if (acronym && !(e.aliases ?? []).includes(acronym)) out.push({ name: acronym, kind: 'alias' });
  for (const a of e.aliases ?? []) out.push({ name: a, kind: 'alias' });
  for (const f of e.formerNames ?? []) out.push({ name: f, kind: 'former' });
  for (const l of e.localNames ?? [])
    out.push({ name: l.name, kind: 'local', ...(l.doubtful ? { doubtful: 'doubtful local name' } : {}) });
  return out;
}

export function indexParties(index: MatchIndex, parties: readonly Party[]): void {
  parties.forEach((p, i) => {
    // A fishing vessel's bare name ("Da Wang") is also a person's or a shop's: review, not alarm,
    // unless it carries its number ("Zhen Fa 7", "Hangton No. 112").
    const vessel = p.role === 'wro' && p.entry.fishingVessel;
    for (const n of partyNames(p.entry)) {
      const bare = vessel && !/\d/u.test(n.name) && !/vessel/iu.test(n.name);
      index.add(n.name, i, n.kind, n.doubtful ?? (bare ? 'fishing vessel name without its number' : undefined));
    }
  });
}
