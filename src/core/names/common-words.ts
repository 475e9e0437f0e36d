// Words that make up generic company names ("Global Trading", "China Textile Industry"). A listed
// name made only of these must appear with capitals and a legal form before it counts as a hit,
// since the same words occur in ordinary product text.
import { hasWord, wordSet } from '../text/word-sets';

const WORDS =
  'global international trading trade import export imports exports industry industries industrial ' +
  'technology technologies tech science sciences development investment investments holding holdings ' +
  'group company general national china chinese asia asian pacific east eastern west western north ' +
  'northern south southern central new great golden gold silver star sun sunshine king best first ' +
  'united universal world worldwide union american euro europe european textile textiles cotton garment ' +
  'garments apparel clothing fashion shoes shoe hair accessories products product manufacturing ' +
  'manufacture factory works metal metals steel iron chemical chemicals energy power solar electric ' +
  'electronic electronics materials material supply supplies service services logistics shipping food ' +
  'foods agriculture agricultural farm farming fruit fruits tomato tomatoes trading' +
  ' home house commerce commercial business enterprise enterprises network systems system solutions ' +
  'digital smart green blue red white black high hi plastic plastics rubber glove gloves medical health ' +
  'care packaging paper wood furniture machinery machine equipment auto parts import export ' +
  'construction engineering management consulting capital finance financial bank banking insurance ' +
  'investment partners partner energy petroleum oil gas mining resources development media ' +
  'the and of for co ltd limited inc corp';

const COMMON = wordSet(WORDS.split(/\s+/u).filter(Boolean), 13);

/** `hash`: the word's hashToken(), when the caller has it (asked by hash first). */
export function isCommonWord(tok: string, hash?: number): boolean {
  return hash === undefined ? COMMON.words.has(tok) : hasWord(COMMON, tok, hash);
}
