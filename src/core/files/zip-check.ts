// The central directory of a ZIP archive (XLSX and DOCX are ZIPs), read before any library
// inflates it: entry names tell XLSX from DOCX, and the declared uncompressed sizes catch a zip
// bomb. A file whose directory cannot be read is a corrupt archive.
import { FileReadError, MAX_UNZIPPED_BYTES } from './errors';

export interface ZipListing {
  names: string[];
  uncompressed: number;
}

const EOCD = 0x06054b50;
const CDH = 0x02014b50;

export function readZipListing(file: string, bytes: Uint8Array): ZipListing {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const corrupt = (why: string) =>
    new FileReadError('corrupt', `${file} is a damaged archive (${why}): open it and save it again.`);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (v.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw corrupt('no end of central directory');
  const count = v.getUint16(end + 10, true);
  const cdOffset = v.getUint32(end + 16, true);
  if (cdOffset === 0xffffffff || count === 0xffff)
    throw new FileReadError('zip-bomb', `${file} is a ZIP64 archive, far larger than a spreadsheet or document.`);
  const names: string[] = [];
  let uncompressed = 0;
  let p = cdOffset;
  const dec = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || v.getUint32(p, true) !== CDH) throw corrupt('bad central directory entry');
    const compressed = v.getUint32(p + 20, true);
    const size = v.getUint32(p + 24, true);
    const nameLen = v.getUint16(p + 28, true);
    const extra = v.getUint16(p + 30, true);
    const comment = v.getUint16(p + 32, true);
    if (size === 0xffffffff || compressed === 0xffffffff)
      throw new FileReadError('zip-bomb', `${file} holds a ZIP64 entry, far larger than a spreadsheet or document.`);
    uncompressed += size;
    names.push(dec.decode(bytes.subarray(p + 46, p + 46 + nameLen)));
    p += 46 + nameLen + extra + comment;
  }
  if (uncompressed > MAX_UNZIPPED_BYTES)
    throw new FileReadError(
      'zip-bomb',
      `${file} unpacks to ${(uncompressed / 1024 / 1024).toFixed(0)} MB (more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB): refused as a possible zip bomb.`,
    );
  return { names, uncompressed };
}
