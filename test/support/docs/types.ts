/** One Markdown table of a docs page, as written. */
export interface DocTable {
  /** 0-based index among the page's tables. */
  index: number;
  /** 1-based line of the header row. */
  line: number;
  /** Headings above the table below the page title, outermost first (`Request`, `Request Parameters`). */
  heading: string[];
  /** The prose line just before the table (inline markup removed), or '' when a heading or block is. */
  lead: string;
  header: string[];
  /** Every body row as its cells (trimmed, `\|` read as `|`, markup kept). */
  rows: string[][];
}

export interface CurlSample {
  /** The URL the sample posts to. */
  url: string;
  /** The `-d '…'` body, exactly as printed. */
  body: string;
  /** undefined when `body` is valid JSON, otherwise where it first breaks. */
  bodyError?: string;
}

/** One fenced code block of a docs page. */
export interface DocCodeBlock {
  /** 0-based index among the page's fenced code blocks: what `x-lianlian-doc.sample` names. */
  index: number;
  line: number;
  heading: string[];
  lead: string;
  /** The info string after the opening fence (`json`, `curl`, `html`), '' when none. */
  language: string;
  text: string;
  /** Whether `text` parses as JSON (an object, array or scalar) as it stands. */
  json: boolean;
  /** Where it first breaks, when it is not JSON but starts like JSON (`{` or `[`). */
  jsonError?: string;
  curl?: CurlSample;
}

export interface ExtractedDoc {
  /** Path relative to the docs root, `/`-separated (`docs/return-codes.md`). */
  file: string;
  /** Whether SUMMARY.md (the table of contents) links the page. */
  listed: boolean;
  title: string;
  /** Every URL under an `Endpoint` heading, in page order. */
  endpoints: string[];
  tables: DocTable[];
  codeBlocks: DocCodeBlock[];
}

/** Which message a parameter table describes. */
export type DocSection =
  | 'request'
  | 'response'
  | 'response-success'
  | 'response-paid'
  /** Returned only when ret_code is one given non-success code (`8888`). */
  | 'response-code'
  /** The fields of each item of a list field of the answer. */
  | 'response-items'
  | 'notification'
  | 'other';

/** A row of a `Name | Required | Type | Description` table, read. */
export interface DocParameterRow {
  name: string;
  /** `Required`; `Optional` and conditional requiredness (`Required when …`) are not. */
  required: boolean;
  /** The requiredness cell when it is neither `Required` nor `Optional`. */
  condition?: string;
  type: 'string' | 'integer' | 'array';
  maxLength?: number;
  minLength?: number;
  description: string;
  /** Values the description lists one per line (`SUCCESS - …<br>PROCESSING - …`). */
  statedValues: string[];
}
