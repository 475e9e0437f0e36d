// DOCX paragraphs as lines (mammoth's raw text: one paragraph a line, table cells as paragraphs).
import { FileReadError, readZipListing, type DocLine } from '../core';

export interface Mammoth {
  /** Node's mammoth reads `buffer`, its browser build `arrayBuffer`: both are given. */
  extractRawText(input: { arrayBuffer: ArrayBuffer; buffer: Uint8Array }): Promise<{ value: string }>;
}

export async function readDocxLines(file: string, data: Uint8Array, mammoth: Mammoth): Promise<DocLine[]> {
  readZipListing(file, data);
  let value: string;
  try {
    const arrayBuffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
    ({ value } = await mammoth.extractRawText({ arrayBuffer, buffer: data }));
  } catch (e) {
    throw new FileReadError(
      'corrupt',
      `${file} is not a readable DOCX file (${e instanceof Error ? e.message : String(e)}): open it in Word and save it again.`,
    );
  }
  const lines: DocLine[] = [];
  // mammoth ends each paragraph with a blank line: a paragraph's number is its line in Word's terms.
  for (const l of value.split('\n'))
    if (l.trim() !== '') lines.push({ cells: [{ text: l.trim(), where: { line: lines.length + 1 } }] });
  return lines;
}
