// One error type for files a user drops or passes to the CLI, with a code the UI and tests can
// rely on and a message that says what to do next.

export type FileErrorCode =
  | 'too-big'
  | 'too-many-rows'
  | 'password'
  | 'no-text'
  | 'corrupt'
  | 'zip-bomb'
  | 'old-format'
  | 'unsupported'
  | 'no-name-column'
  | 'empty';

export class FileReadError extends Error {
  constructor(
    readonly code: FileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FileReadError';
  }
}

/** Files larger than this are refused before any parsing. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Rows (or lines) read from one file, all sheets together. */
export const MAX_FILE_ROWS = 200_000;
/** Uncompressed size of an XLSX/DOCX archive: beyond it the file is treated as a zip bomb. */
export const MAX_UNZIPPED_BYTES = 400 * 1024 * 1024;

export function checkSize(file: string, bytes: number): void {
  if (bytes > MAX_FILE_BYTES)
    throw new FileReadError(
      'too-big',
      `${file} is ${(bytes / 1024 / 1024).toFixed(1)} MB; LaborLens reads files up to ${MAX_FILE_BYTES / 1024 / 1024} MB. Split it, or export only the columns you need.`,
    );
  if (bytes === 0) throw new FileReadError('empty', `${file} is empty.`);
}

export function tooManyRows(file: string): FileReadError {
  return new FileReadError(
    'too-many-rows',
    `${file} has more than ${MAX_FILE_ROWS.toLocaleString('en')} rows; LaborLens reads at most that many. Split the file.`,
  );
}
