export type SeedParseErrorCode =
  | 'UNKNOWN_TYPE'
  | 'TABLE_WITHOUT_SECTION'
  | 'MALFORMED_TABLE_ROW'
  | 'EMPTY_TABLE'
  | 'UNTERMINATED_SAMPLE'
  | 'SAMPLE_WITHOUT_CONTEXT'
  | 'MISSING_TITLE';

/** `field` names where in the seed the problem is, e.g. `001_x.txt:42`. */
export class SeedParseError extends Error {
  readonly code: SeedParseErrorCode;
  readonly field: string;

  constructor(code: SeedParseErrorCode, field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'SeedParseError';
    this.code = code;
    this.field = field;
  }
}
