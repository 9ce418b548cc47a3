/**
 * Errors raised while reading data files. The English `message` is for logs and developers; the UI
 * translates from `code` plus the numeric/string details (`line`, `expected`, `found`, `limit`, …).
 */
export type DataErrorCode =
  | 'empty' // no bytes / no vector lines at all
  | 'badMagic' // the file does not start with the expected signature
  | 'badVersion' // a format version this loader does not understand
  | 'badHeader' // header fields out of range (zero rows, absurd dims, …)
  | 'truncated' // the file is shorter than its header says
  | 'trailingBytes' // the file is longer than its header says
  | 'badWords' // the word list does not match the header (count, duplicates, encoding)
  | 'badLabel' // a label outside 0–9
  | 'badCompression' // gzip data that is corrupt or truncated
  | 'inconsistentDims' // a text line has a different number of values than the first one
  | 'notNumeric' // a value that is not a finite number
  | 'missingValues' // a text line with a word but no values
  | 'badCountHeader' // a word2vec "count dims" header that contradicts the data
  | 'tooLarge' // more bytes than the caller allowed
  | 'tooManyDims' // more dimensions than the caller allowed
  | 'http' // the server answered with an error status
  | 'network'; // fetch failed or was aborted

export interface DataErrorDetails {
  line?: number;
  column?: number;
  expected?: number | string;
  found?: number | string;
  limit?: number;
  status?: number;
}

export class DataError extends Error implements DataErrorDetails {
  readonly code: DataErrorCode;
  readonly line?: number;
  readonly column?: number;
  readonly expected?: number | string;
  readonly found?: number | string;
  readonly limit?: number;
  readonly status?: number;

  constructor(code: DataErrorCode, message: string, details: DataErrorDetails = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DataError';
    this.code = code;
    Object.assign(this, details);
  }
}

export const isDataError = (e: unknown): e is DataError => e instanceof DataError;
