// The place tables (country names and codes, Xinjiang's places, China's provinces and cities, the
// origin cues, the listed goods) compiled when the extension is built and shipped as
// data/origin-tables.bin (layout: packaged-file.ts): a woken worker would make them with code that
// runs cold every time (60 to 90 ms of a first page's wait on a 2-core machine), where reading
// them back is a few typed arrays. Used only when the lists they are made from are exactly the
// files they were made from, in this build's format, and every link of the image stays inside its
// arrays (PhraseIndex.fromImage); anything else and the worker makes them itself.
import { placeTables, placeTablesFromImage, placeTablesImage, PLACE_TABLE_LISTS } from '../core';
import type { ListId, PlaceTables, PlaceTablesImage, RiskData } from '../core';
import { packImage, unpackImage } from './image-pack';
import { builtFrom, decodePackagedFile, encodePackagedFile, type PackedHeader } from './packaged-file';

export const PACKAGED_TABLES_FILE = 'data/origin-tables.bin';

/** Bump when the tables' image or the way they are made changes (a new build ships a new file anyway). */
export const TABLES_FORMAT = 1;

interface Header {
  format: number;
  lists: Record<string, string>;
  packed: PackedHeader;
}

/** The checksums of the lists the tables are made from, as `sums` has them ('?' when absent). */
export function tableSums(sums: ReadonlyMap<ListId, string>): Map<ListId, string> {
  return new Map(PLACE_TABLE_LISTS.map((id) => [id, sums.get(id) ?? '?']));
}

/** The file for the bundled lists `data` whose files have the SHA-256 sums `sums` (vite.config.ts). */
export function packageTables(data: RiskData, sums: ReadonlyMap<ListId, string>): Uint8Array {
  const tables = placeTables(data);
  const { bytes, ...packed } = packImage(placeTablesImage(tables));
  const header: Header = { format: TABLES_FORMAT, lists: Object.fromEntries(tableSums(sums)), packed };
  return encodePackagedFile(header, bytes);
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
  try {
    const { header, bytes } = decodePackagedFile(file);
    if (header['format'] !== TABLES_FORMAT)
      return { problem: `tables format ${String(header['format'])}, expected ${TABLES_FORMAT}` };
    if (!builtFrom(header, lists)) return { problem: OTHER_LISTS };
    const unpacked = unpackImage({ ...(header['packed'] as PackedHeader), bytes });
    if ('problem' in unpacked) return unpacked;
    const tables = placeTablesFromImage(unpacked.image as PlaceTablesImage);
    return typeof tables === 'string' ? { problem: tables } : { tables };
  } catch (e) {
    return { problem: `the file is damaged (${e instanceof Error ? e.message : String(e)})` };
  }
}
