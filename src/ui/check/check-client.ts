// The file page's messages to the background. Big texts go in parts (like a page's), names in
// chunks, so no single message is a long task on either side.
import browser from 'webextension-polyfill';
import { send } from '../../shared/send';
import { originPattern } from '../../shared/site-patterns';
import { MAX_SCREEN_NAMES, PART_CHARS } from '../../shared/validate';
import type { Req, Res, ScreenedName } from '../../shared/messages';
import type { ScanText } from '../../core';

export interface CheckClient {
  checkFile(fileName: string, scan: ScanText): Promise<Res<'checkFile'>>;
  screenNames(names: string[]): Promise<ScreenedName[]>;
  recordScreening(req: Req<'recordScreening'>): Promise<void>;
  /** Whether LaborLens may already fetch from this URL's site (no prompt). */
  canRead(url: string): Promise<boolean>;
}

export const SCREEN_CHUNK = Math.min(500, MAX_SCREEN_NAMES);

export const checkClient: CheckClient = {
  async checkFile(fileName, scan) {
    const { text } = scan;
    const cells = scan.hints.cells;
    if (text.length <= PART_CHARS) return send('checkFile', { fileName, text, ...(cells ? { cells } : {}) });
    const count = Math.ceil(text.length / PART_CHARS);
    const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    let last: Res<'checkFile'> | undefined;
    for (let index = 0; index < count; index++) {
      const lastPart = index === count - 1;
      last = await send('checkFile', {
        fileName,
        text: text.slice(index * PART_CHARS, (index + 1) * PART_CHARS),
        part: { id, index, count },
        ...(lastPart && cells ? { cells } : {}),
      });
    }
    return last as Res<'checkFile'>;
  },
  screenNames: async (names) => (await send('screenNames', { names })).rows,
  recordScreening: async (req) => {
    await send('recordScreening', req);
  },
  canRead: (url) => browser.permissions.contains({ origins: [originPattern(url)] }),
};
