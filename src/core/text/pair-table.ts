/** A Map from a generated string of code-point pairs ("from to from to ..."). */
export function pairTable(pairs: string): Map<string, string> {
  const cps = Array.from(pairs);
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < cps.length; i += 2) map.set(cps[i] as string, cps[i + 1] as string);
  return map;
}
