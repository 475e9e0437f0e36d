// Screening one supplier name against every name list (CLI `screen`, popup look-up). First the
// page matcher on the name itself; later a token-similarity pass for near names.
import type { NameMatch } from './engine-api';
import type { MatchIndex } from './match-index';
import { tokenize } from './normalize';
import type { Party } from './parties';

export function screenName(name: string, ctx: { index: MatchIndex; parties: Party[] }): NameMatch[] {
  const t = tokenize(name);
  const hits = ctx.index.scan(name, t);
  const best = new Map<string, NameMatch>();
  for (const h of hits) {
    const p = ctx.parties[h.pattern.ref] as Party;
    // The hit must cover the input (apart from legal forms, handled by the matcher).
    if (h.from !== 0 || h.to !== t.count) continue;
    const key = `${p.list}\u0000${p.entry.id}`;
    const prev = best.get(key);
    if (!prev || prev.score < h.score) best.set(key, { name: p.entry.name, list: p.list, entryId: p.entry.id, score: h.score, why: h.why });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
