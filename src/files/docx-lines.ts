// DOCX paragraphs as lines (mammoth's raw text: one paragraph a line, table cells as paragraphs).
import { FileReadError, readZipListing, type DocLine } from '../core';

export interface Mammoth {
  extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }>;
}

export async function readDocxLines(file: string, data: Uint8Array, mammoth: Mammoth): Promise<DocLine[]> {
  readZipListing(file, data);
  let value: string;
  try {
    const arrayBuffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
    ({ value } = await mammoth.extractRawText({ arrayBuffer }));
  } catch (e) {
    throw new FileReadError(
      'corrupt',
      `${file} is not a readable DOCX file (${e instanceof Error ? e.message : String(e)}): open it in Word and save it again.`,
    );
  }
  const lines: DocLine[] = [];
  value.split('\n').forEach((l, i) => {
    if (l.trim() !== '') lines.push({ cells: [{ text: l.trim(), where: { line: i + 1 } }] });
  });
  return lines;
}
