import { readFileSync } from 'node:fs';
import { sniffFile } from '../core';
import { CliError } from './cli-common';
// How the CLIs decide that a file is HTML (and so needs text extraction) rather than plain text.
export function looksLikeHtml(file: string, text: string): boolean {
  return (
    /\.x?html?$/iu.test(file) || /^\s*(<!doctype html|<html|<head|<body|<div|<table|<meta)/iu.test(text.slice(0, 1000))
  );
}

/**
 * PDF, XLSX and DOCX files are read by the file readers (src/files); null for anything else,
 * which the CLIs read as text. Old .xls/.doc files and damaged archives throw a FileReadError.
 */
export function documentKind(file: string, bytes: Uint8Array): 'pdf' | 'xlsx' | 'docx' | null {
  const head = bytes.subarray(0, 4);
  const zip = head[0] === 0x50 && head[1] === 0x4b;
  const ole = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  const pdf = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
  if (!zip && !ole && !pdf) return null;
  const kind = sniffFile(file, bytes);
  return kind === 'pdf' || kind === 'xlsx' || kind === 'docx' ? kind : null;
}

/** A file's bytes and document kind, with read and sniff failures as clean CLI errors. */
export function readInputFile(file: string): { bytes: Uint8Array; kind: ReturnType<typeof documentKind> } {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    return { bytes, kind: documentKind(file, bytes) };
  } catch (e) {
    throw new CliError(e instanceof Error ? e.message : String(e));
  }
}
