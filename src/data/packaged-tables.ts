// The place tables (country names and codes, Xinjiang's places, China's provinces and cities, the
// origin cues, the listed goods) compiled when the extension is built and shipped as
// data/origin-tables.bin (layout: packaged-file.ts): a woken worker would make them with code that
// runs cold every time (60 to 90 ms of a first page's wait on a 2-core machine), where reading
// them back is a few typed arrays. Used only when the lists they are made from are exactly the
// files they were made from, in this build's format, and every link of the image stays inside its
// arrays (PhraseIndex.fromImage); anything else and the worker makes them itself.
import { placeTables, placeTablesFromImage, placeTablesImage, PLACE_TABLE_LISTS } from '../core';
import type { ListId, PlaceTables, PlaceTablesImage, RiskData } from '../core';
import { decodePackaged, encodePackaged } from './packaged-file';

export const PACKAGED_TABLES_FILE = 'data/origin-tables.bin';

/** Bump when the tables' image or the way they are made changes (a new build ships a new file anyway). */
export const TABLES_FORMAT = 1;

/** The checksums of the lists the tables are made from, as `sums` has them ('?' when absent). */
export function tableSums(sums: ReadonlyMap<ListId, string>): Map<ListId, string> {
  return new Map(PLACE_TABLE_LISTS.map((id) => [id, sums.get(id) ?? '?']));
}

/** The file for the bundled lists `data` whose files have the SHA-256 sums `sums` (vite.config.ts). */
export function packageTables(data: RiskData, sums: ReadonlyMap<ListId, string>): Uint8Array {
  return encodePackaged(placeTablesImage(placeTables(data)), TABLES_FORMAT, tableSums(sums));
}

/** Why a file does not fit lists that are not the ones it was made from (not a fault: no warning). */
export const OTHER_LISTS = 'made from other lists';

/**
 * The tables in `file` when they were made in this format from exactly `lists` (id -> checksum,
 * see tableSums), or why not. Never throws.
 */
export function decodePackagedTables(
  file: ArrayBuffer,
  lists: ReadonlyMap<ListId, string>,
): { tables: PlaceTables } | { problem: string } {
  const got = decodePackaged(
    file,
    { format: TABLES_FORMAT, lists, formatWord: 'tables format', otherLists: OTHER_LISTS },
    (image) => placeTablesFromImage(image as PlaceTablesImage),
  );
  return 'value' in got ? { tables: got.value } : got;
}
