// A tiny PDF writer for sample and test files: text-only pages in Helvetica (WinAnsi), optionally
// encrypted with the PDF standard security handler (RC4, revision 2) so that a reader needs a
// password. No PDF library writes here; PDF.js only reads. Node only (tests and generators).
import { createHash } from 'node:crypto';

export interface PdfText {
  x: number;
  y: number;
  text: string;
  size?: number;
}

export interface PdfOptions {
  /** User password: a reader must ask for it before showing anything. */
  password?: string;
  /** Pages with no text at all (a scan without OCR): a rectangle drawn instead. */
  imageOnly?: boolean;
}

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (pw: string): Buffer => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);

const escape = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?');

/** Build a PDF whose pages hold the given text runs (coordinates in points, A4, origin bottom left). */
export function writePdf(pages: PdfText[][], opts: PdfOptions = {}): Buffer {
  const id = md5(Buffer.from(JSON.stringify(pages).slice(0, 4096)));
  let key: Buffer | null = null;
  let encryptDict = '';
  if (opts.password !== undefined) {
    const P = -44;
    const ownerKey = md5(padded(`${opts.password}-owner`)).subarray(0, 5);
    const O = rc4(ownerKey, padded(opts.password));
    const p = Buffer.alloc(4);
    p.writeInt32LE(P);
    key = md5(padded(opts.password), O, p, id).subarray(0, 5);
    const U = rc4(key, PAD);
    encryptDict = `<< /Filter /Standard /V 1 /R 2 /O <${O.toString('hex')}> /U <${U.toString('hex')}> /P ${P} >>`;
  }
  const objects: (string | { dict: string; stream: Buffer })[] = [];
  const add = (o: string | { dict: string; stream: Buffer }): number => objects.push(o);
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const runs of pages) {
    const content = opts.imageOnly
      ? '0.8 g 50 50 495 742 re f'
      : runs.map((r) => `BT /F1 ${r.size ?? 10} Tf 1 0 0 1 ${r.x} ${r.y} Tm (${escape(r.text)}) Tj ET`).join('\n');
    const c = add({ dict: '', stream: Buffer.from(content, 'latin1') });
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${c} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const encrypt = encryptDict ? add(encryptDict) : 0;

  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    const num = i + 1;
    offsets.push(offset);
    let body: Buffer;
    if (typeof o === 'string') body = Buffer.from(`${num} 0 obj\n${o}\nendobj\n`, 'latin1');
    else {
      let data = o.stream;
      if (key) {
        const n = Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0]);
        data = rc4(md5(key, n).subarray(0, 10), data);
      }
      body = Buffer.concat([
        Buffer.from(`${num} 0 obj\n<< /Length ${data.length} >>\nstream\n`, 'latin1'),
        data,
        Buffer.from('\nendstream\nendobj\n', 'latin1'),
      ]);
    }
    chunks.push(body);
    offset += body.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root ${catalog} 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>]${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} >>`,
    'startxref',
    String(offset),
    '%%EOF',
    '',
  ].join('\n');
  chunks.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(chunks);
}
