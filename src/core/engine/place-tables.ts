// The engine's tables made from the lists of countries, Xinjiang's places and listed goods alone
// (not the names, not the rules): the same for every user of the bundled lists, so the extension's
// build packages them (src/data/packaged-tables.ts) and a woken worker reads them back instead of
// making them again with code that, there, always runs cold.
import { buildGoodsIndex } from '../risk/goods-words';
import type { RiskData } from '../lists/types';
import { tokenStrings } from '../text/split-name';
import {
  buildOriginTables,
  originTablesFromImage,
  originTablesImage,
  type OriginTables,
  type OriginTablesImage,
} from '../detect/origin-detect';
import { PhraseIndex, type PhraseImage } from '../names/phrase-index';
import { buildRiskContext, type RiskContext } from '../risk/risk-context';

export interface PlaceTables {
  /** Single-word country names, so screening can tell "Bank of Chad" from "Bank of China". */
  countryWords: Set<string>;
  origin: OriginTables;
  goods: PhraseIndex<string>;
}

/** The lists PlaceTables are made from: a packaged copy fits only when these are the files it was made from. */
export const PLACE_TABLE_LISTS = ['countries', 'xinjiang-places', 'dol-tvpra', 'dol-eo13126'] as const;

/** `ctx`: the risk context of `data`, when the caller made it already. */
export function placeTables(data: RiskData, ctx: RiskContext = buildRiskContext(data)): PlaceTables {
  const origin = buildOriginTables(
    data.builtin.countries?.entries ?? [],
    data.builtin['xinjiang-places']?.entries ?? [],
  );
  const goods = buildGoodsIndex([...ctx.tvpra.keys(), ...ctx.eo.keys()]);
  const countryWords = new Set<string>();
  for (const c of data.builtin.countries?.entries ?? []) {
    for (const n of [c.name, ...c.aliases]) {
      const w = tokenStrings(n);
      if (w.length === 1 && (w[0] as string).length > 3) countryWords.add(w[0] as string);
    }
  }
  return { countryWords, origin, goods };
}

export interface PlaceTablesImage {
  countryWords: string[];
  origin: OriginTablesImage;
  goods: PhraseImage;
}

export function placeTablesImage(t: PlaceTables): PlaceTablesImage {
  return { countryWords: [...t.countryWords], origin: originTablesImage(t.origin), goods: t.goods.image() };
}

/** The tables an image describes, or what is wrong with it. */
export function placeTablesFromImage(x: PlaceTablesImage): PlaceTables | string {
  if (!Array.isArray(x.countryWords) || !x.countryWords.every((w) => typeof w === 'string'))
    return 'place tables: country words that are not strings';
  const origin = originTablesFromImage(x.origin);
  if (typeof origin === 'string') return origin;
  const goods = PhraseIndex.fromImage<string>(x.goods);
  if (typeof goods === 'string') return goods;
  return { countryWords: new Set(x.countryWords), origin, goods };
}
