// Findings for company names on no list (info), raised to high when the name or its address
// places the company in Xinjiang. Organisation names from hints are screened against the lists
// first: a listed one becomes a listed-party finding.
import type { Finding, ScanHints } from '../engine/engine-api';
import type { MatchIndex } from '../names/match-index';
import { tokenize, T_LINE, type Tokens } from '../text/normalize';
import type { OriginHit, OriginTables } from '../detect/origin-detect';
import type { Party } from './parties';
import { extractSuppliers, type ExtractedName } from './supplier-extract';
import { supplierFindings } from './supplier-match';
import { SEVERITY_RANK } from './supplier-rules';
import { firstAtLeast, SpanSet } from '../text/spans';
import { hasSubstance } from '../text/letters';
import { pinyinMatches, type PinyinIndex } from '../names/pinyin-names';

interface Ctx {
  index: MatchIndex;
  parties: Party[];
  origin: OriginTables;
  pinyin?: PinyinIndex;
}

interface NameFacts {
  thin: boolean;
  xj?: string | undefined;
}

const XJ_TEXT = /新疆|Xinjiang|XUAR/iu;

// One token buffer for the thousands of names a page can hold: four typed arrays per name were a
// measurable share of a scan's garbage.
let nameTokens: Tokens | undefined;

function placesInXinjiang(name: string, origin: OriginTables): string | undefined {
  const t = (nameTokens = tokenize(name, nameTokens));
  const hit = origin.places.scan(name, t).find((h) => h.ref.key === 'CN-XJ');
  if (hit) return name.slice(hit.start, hit.end);
  const m = XJ_TEXT.exec(name);
  return m?.[0];
}

/**
 * The company's own Xinjiang place, by structure, never by proximity: an address or origin field
 * that follows its name (on its line or the next two, before any other company's name), a place
 * attached to the name ("... Co., Ltd. in Korla", "(Xinjiang)"), or a clause about it ("based in
 * Korla"). A place elsewhere in a sentence, the goods someone sources "from Xinjiang", another
 * company's name or a byline do not place it there.
 */
function addressInXinjiang(
  text: string,
  t: Tokens,
  x: ExtractedName,
  origins: readonly OriginHit[],
  nextName: number,
): OriginHit | undefined {
  if (x.to < 0) return undefined;
  let lines = 0;
  let e = x.to;
  while (e < t.count && e - x.to < 40) {
    if ((t.flags[e] as number) & T_LINE && ++lines > 2) break;
    e++;
  }
  // Origins come in text order: binary-search the first one at or after the name.
  let lo = 0;
  let hi = origins.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((origins[mid] as OriginHit).from < x.to) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < origins.length; i++) {
    const o = origins[i] as OriginHit;
    if (o.to > e || o.start >= nextName) break;
    if (o.ref.key !== 'CN-XJ' || !OWN_PLACE.test(o.why)) continue;
    const between = text.slice(x.end, o.start);
    // On the name's own line the place must be in the same sentence and say where the company is
    // (not what it buys: "sources yarn from Xinjiang"); on a later line it is a field of the
    // name's block (an address or origin label).
    if (!between.includes('\n') && (SENTENCE_END.test(between) || o.why === 'origin stated')) continue;
    if (between.includes('\n') && !/^(?:in an address|origin stated|in column)/u.test(o.why)) continue;
    return o;
  }
  return undefined;
}

/** Origin readings that can be a company's own place (not "from", goods words or nationality). */
const OWN_PLACE = /^(?:in an address|origin stated|in column|where the supplier or goods are)/u;
const SENTENCE_END = /[.!?;。！？；]\s*\p{Lu}|[。！？；]/u;

export function extractedFindings(
  text: string,
  t: Tokens,
  hints: ScanHints | undefined,
  e: Ctx,
  listed: readonly Finding[],
  origins: readonly OriginHit[],
): Finding[] {
  const out: Finding[] = [];
  const listedSpans = new SpanSet(listed);
  const overlapsListed = (s: number, en: number): boolean => listedSpans.overlaps(s, en);
  const extracted = extractSuppliers(text, t, hints);
  // Where each company name starts, listed or not: a place after the next name is that one's.
  const nameStarts = [...extracted.map((n) => n.start), ...listed.map((f) => f.start)].sort((a, b) => a - b);
  const nextNameAfter = (end: number): number => nameStarts[firstAtLeast(nameStarts, end)] ?? text.length;
  // Pages repeat their suppliers' names (a seller per listing): what depends on the name alone
  // is worked out once per distinct name.
  const byName = new Map<string, NameFacts>();
  for (const x of extracted) {
    if (overlapsListed(x.start, x.end)) continue;
    let facts = byName.get(x.text);
    if (!facts) {
      // A name made only of a legal form and one short word is too thin to report.
      const thin = !hasSubstance(x.text, 4);
      facts = thin ? { thin } : { thin, xj: placesInXinjiang(x.text, e.origin) };
      byName.set(x.text, facts);
    }
    if (facts.thin) continue;
    const plain = unlisted(
      x.text,
      x.start,
      x.end,
      x.why,
      facts.xj,
      addressInXinjiang(text, t, x, origins, nextNameAfter(x.end)),
      text,
    );
    out.push(...readAsPinyin(text, x, e, plain));
  }
  for (const org of hints?.organisations ?? []) {
    const name = org.trim();
    if (name.length < 3) continue;
    const at = text.indexOf(name);
    if (at >= 0 && (overlapsListed(at, at + name.length) || new SpanSet(out).contains(at, at + name.length))) continue;
    const t2 = tokenize(name);
    const hits = e.index.scan(name, t2).filter((h) => h.from === 0 && h.to === t2.count);
    if (hits.length > 0) {
      for (const f of supplierFindings(name, hits, e.parties)) {
        out.push({
          ...f,
          start: at >= 0 ? at : 0,
          end: at >= 0 ? at + name.length : 0,
          why: `${f.why}; organisation in page metadata`,
        });
      }
      continue;
    }
    const f = unlisted(
      name,
      at >= 0 ? at : 0,
      at >= 0 ? at + name.length : 0,
      'organisation in page metadata',
      placesInXinjiang(name, e.origin),
      undefined,
      text,
    );
    if (at < 0) f.text = name;
    out.push(f);
  }
  return out;
}

/**
 * A Chinese name that reads like a listed pinyin name: a possible match (needs review), never
 * ranked below what the name's Xinjiang place alone would give it. Otherwise the unlisted finding.
 */
function readAsPinyin(text: string, x: ExtractedName, e: Ctx, plain: Finding): Finding[] {
  const hits = pinyinMatches(e, x);
  if (hits.length === 0) return [plain];
  return supplierFindings(text, hits, e.parties).map((f) =>
    SEVERITY_RANK[f.severity] < SEVERITY_RANK[plain.severity] && plain.severity !== 'info'
      ? { ...f, severity: plain.severity, explanation: placedFirst(plain, f) }
      : f,
  );
}

/**
 * One verdict for a card: the Xinjiang placement (the stronger rule) first, then the possible
 * listing as what it is, a lead to review; never "on no list" beside "on the Entity List".
 */
function placedFirst(plain: Finding, possible: Finding): string {
  const place = /\("([^"]+)"\)/u.exec(plain.explanation)?.[1];
  const how = possible.explanation.replace(/^Possible match, needs review \(([^)]*(?:\([^)]*\)[^)]*)*)\)\. /u, '');
  return (
    `"${plain.key}": its name places it in Xinjiang${place ? ` ("${place}")` : ''}. Under the UFLPA, goods made wholly or in part in Xinjiang are presumed made with forced labor and barred from US import. ` +
    `It may also be a listed entity (${possible.why}; needs review): ${how}`
  );
}

function unlisted(
  name: string,
  start: number,
  end: number,
  why: string,
  xjName: string | undefined,
  xjAddr: OriginHit | undefined,
  text: string,
): Finding {
  const inXj = xjName ?? (xjAddr ? text.slice(xjAddr.start, xjAddr.end) : undefined);
  return {
    kind: 'supplier',
    text: end > start ? text.slice(start, end) : name,
    key: name,
    severity: inXj ? 'high' : 'info',
    explanation: inXj
      ? `"${name}" is on no list, but its ${xjName ? 'name' : 'address'} places it in Xinjiang ("${inXj}"). Under the UFLPA, goods made wholly or in part in Xinjiang are presumed made with forced labor.`
      : `"${name}" is on none of the enabled lists.`,
    list: inXj ? 'xinjiang-places' : null,
    score: 1,
    why: inXj ? `${why}; placed in Xinjiang` : why,
    start,
    end,
    refs: [],
  };
}
