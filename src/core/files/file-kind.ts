// What a file is, from its first bytes (and its name only where bytes cannot tell): browsers and
// mail clients get extensions and MIME types wrong, bytes do not.
import { FileReadError } from './errors';
import { looksBinary } from './text-decode';
import { readZipListing } from './zip-check';

export type FileKind = 'pdf' | 'xlsx' | 'docx' | 'html' | 'delimited' | 'text';

const starts = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

export function sniffFile(file: string, bytes: Uint8Array): FileKind {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04]) || starts(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const { names } = readZipListing(file, bytes);
    if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
    if (names.some((n) => n.startsWith('word/'))) return 'docx';
    throw new FileReadError('unsupported', `${file} is a ZIP archive but not an XLSX or DOCX file.`);
  }
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    throw new FileReadError(
      'old-format',
      `${file} is an old Office 97–2003 file (.xls or .doc). Open it and save it as .xlsx or .docx, then check that copy.`,
    );
  if (looksBinary(bytes))
    throw new FileReadError('unsupported', `${file} is not a PDF, XLSX, DOCX, CSV, HTML or text file.`);
  if (
    /\.x?html?$/i.test(file) ||
    /^\s*(<!doctype html|<html|<head|<body|<div|<table|<meta)/i.test(head.replace(/^\xef\xbb\xbf/, ''))
  )
    return 'html';
  if (/\.(csv|tsv|tab)$/i.test(file)) return 'delimited';
  return 'text';
}
