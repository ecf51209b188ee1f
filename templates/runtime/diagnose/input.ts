/**
 * Reads a message the way a merchant has it for `diagnoseSignature`: a JSON or form-encoded body,
 * a raw HTTP request dump (request line, headers, blank line, body), or an already parsed object.
 * Bodies go through the notification parsers, so every value keeps the text it was sent with.
 */
import { LianLianError } from '../shared/errors.js';
import { define, parseSignedBody, parseSignedFormFields } from '../shared/signed-body.js';

/** Codes of {@link DiagnoseError}. */
export type DiagnoseErrorCode =
  'DIAGNOSE_MESSAGE' | 'DIAGNOSE_NO_SIGN' | 'DIAGNOSE_OPTIONS' | 'DIAGNOSE_KEYS';

/** The message or the options given to `diagnoseSignature` cannot be worked with. */
export class DiagnoseError extends LianLianError<DiagnoseErrorCode> {}

/** What `diagnoseSignature` accepts as the message. */
export type DiagnoseInput = string | Uint8Array | Readonly<Record<string, unknown>>;

/** A message read for diagnosis. */
export interface DiagnoseMessage {
  readonly format: 'json' | 'form' | 'object' | 'http-json' | 'http-form';
  /** The body's fields (for a dump without a body: the query's), each as the text sent. */
  readonly body: Readonly<Record<string, string>>;
  /** The query string's fields when the input is a dump whose request target has one. */
  readonly query: Readonly<Record<string, string>> | undefined;
}

/** Largest message read, in bytes of UTF-8 (LianLian's messages are well under 2 KiB). */
export const DIAGNOSE_MAX_MESSAGE_BYTES: number = 64 * 1024;
/** Most fields a message may have (LianLian's have fewer than 50). */
export const DIAGNOSE_MAX_MESSAGE_FIELDS = 256;

const REQUEST_LINE = /^([A-Z]+) (\S+) HTTP\/\d(?:\.\d)?\r?$/;

/**
 * Reads `input`; `contentType` overrides a dump's Content-Type header, and otherwise the body is
 * told apart by its first character (`{` is JSON).
 * @throws {DiagnoseError} `DIAGNOSE_MESSAGE` when it cannot be read (the detail names no value).
 */
export function readDiagnoseInput(input: DiagnoseInput, contentType?: string): DiagnoseMessage {
  const message = read(input, contentType);
  const count = Object.keys(message.body).length + Object.keys(message.query ?? {}).length;
  if (count > DIAGNOSE_MAX_MESSAGE_FIELDS) {
    throw new DiagnoseError(
      'DIAGNOSE_MESSAGE',
      `the message has more than ${DIAGNOSE_MAX_MESSAGE_FIELDS} fields`,
    );
  }
  return message;
}

function read(input: DiagnoseInput, contentType: string | undefined): DiagnoseMessage {
  if (typeof input === 'string' || input instanceof Uint8Array) {
    const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
    if (size > DIAGNOSE_MAX_MESSAGE_BYTES) {
      throw new DiagnoseError(
        'DIAGNOSE_MESSAGE',
        `the message is larger than ${DIAGNOSE_MAX_MESSAGE_BYTES} bytes`,
      );
    }
    const text = typeof input === 'string' ? input : decodeUtf8(input);
    const dump = splitHttpDump(text.replace(/^\uFEFF/, ''));
    if (dump !== undefined) {
      const body =
        dump.body.trim() === '' ? undefined : parseBody(dump.body, contentType ?? dump.contentType);
      if (body === undefined && dump.query === undefined) {
        throw new DiagnoseError(
          'DIAGNOSE_MESSAGE',
          'the HTTP request has neither a body nor a query string',
        );
      }
      return {
        format: body?.format === 'json' ? 'http-json' : 'http-form',
        body: body?.fields ?? dump.query ?? {},
        query: body === undefined ? undefined : dump.query,
      };
    }
    const parsed = parseBody(text.trim(), contentType);
    return { format: parsed.format, body: parsed.fields, query: undefined };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new DiagnoseError(
      'DIAGNOSE_MESSAGE',
      'the message must be text, bytes or a plain object',
    );
  }
  return { format: 'object', body: objectFields(input), query: undefined };
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DiagnoseError('DIAGNOSE_MESSAGE', 'the message is not UTF-8');
  }
}

interface HttpDump {
  readonly contentType: string | undefined;
  readonly query: Record<string, string> | undefined;
  readonly body: string;
}

// A dump starts with a request line; anything else is a bare body.
function splitHttpDump(text: string): HttpDump | undefined {
  const firstBreak = text.indexOf('\n');
  const line = REQUEST_LINE.exec(firstBreak === -1 ? text : text.slice(0, firstBreak));
  if (line === null) return undefined;
  const rest = firstBreak === -1 ? '' : text.slice(firstBreak + 1);
  const blank = /\r?\n\r?\n/.exec(`\n${rest}`);
  const headerText = blank === null ? rest : `\n${rest}`.slice(1, blank.index);
  const body = blank === null ? '' : `\n${rest}`.slice(blank.index + blank[0].length);
  let contentType: string | undefined;
  for (const header of headerText.split(/\r?\n/)) {
    const colon = header.indexOf(':');
    if (colon === -1) continue;
    const name = header.slice(0, colon).trim().toLowerCase();
    const value = header.slice(colon + 1).trim();
    if (name === 'content-type') contentType = value;
    if (name === 'transfer-encoding' && value.toLowerCase().includes('chunked')) {
      throw new DiagnoseError(
        'DIAGNOSE_MESSAGE',
        'the HTTP request body is chunked: paste the decoded body instead',
      );
    }
  }
  const target = line[2] as string;
  const mark = target.indexOf('?');
  let query: Record<string, string> | undefined;
  if (mark !== -1 && mark < target.length - 1) {
    const parsed = parseSignedFormFields(target.slice(mark + 1));
    if (!parsed.ok)
      throw new DiagnoseError('DIAGNOSE_MESSAGE', `the query string: ${parsed.detail}`);
    query = { ...parsed.fields };
  }
  return { contentType, query, body };
}

function parseBody(
  text: string,
  contentType: string | undefined,
): { format: 'json' | 'form'; fields: Record<string, string> } {
  const parsed = parseSignedBody(text, contentType);
  if (!parsed.ok) throw new DiagnoseError('DIAGNOSE_MESSAGE', `the message: ${parsed.detail}`);
  return { format: parsed.format, fields: { ...parsed.fields } };
}

// Values of a parsed object as they would be sent: strings as they are, numbers as JS prints them.
function objectFields(input: Readonly<Record<string, unknown>>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(input)) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'number') {
      define(fields, name, String(value));
    } else if (typeof value === 'object') {
      define(fields, name, JSON.stringify(value));
    } else {
      throw new DiagnoseError(
        'DIAGNOSE_MESSAGE',
        `parameter "${name}" is a ${typeof value}; only strings, numbers and JSON values can be diagnosed`,
        name,
      );
    }
  }
  return fields;
}
