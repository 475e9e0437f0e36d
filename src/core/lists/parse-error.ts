// One error type for every list parser, so callers (build script, import UI, feed updater) can
// show the user exactly which file, line and field was wrong.

export interface ParseProblem {
  file: string;
  /** 1-based physical line where the record starts; 0 when the problem is not tied to a line. */
  line: number;
  field: string;
  message: string;
}

export class ListParseError extends Error {
  readonly file: string;
  readonly line: number;
  readonly field: string;

  constructor(problem: ParseProblem) {
    super(formatProblem(problem));
    this.name = 'ListParseError';
    this.file = problem.file;
    this.line = problem.line;
    this.field = problem.field;
  }

  toProblem(): ParseProblem {
    const message = this.message.replace(/^[^:]*: /, '');
    return { file: this.file, line: this.line, field: this.field, message };
  }
}

export const formatProblem = (p: ParseProblem): string =>
  `${p.file}${p.line > 0 ? `:${p.line}` : ''}${p.field ? ` [${p.field}]` : ''}: ${p.message}`;

export const fail = (file: string, line: number, field: string, message: string): never => {
  throw new ListParseError({ file, line, field, message });
};
