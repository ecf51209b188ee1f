/**
 * A signed message carried as the JSON text of one query parameter (`GET {url}?res_data={json}`,
 * the synchronous notification of a browser redirect). LianLian's page prints the JSON raw in the
 * URL, so a value may hold a raw `&`, `+` or `?`; the reader therefore does not split the query on
 * `&` blindly: the parameter's value runs to the end of its one JSON object, found by scanning the
 * JSON's structure. Percent escapes are decoded exactly once and `+` stays `+` (a base64 sign is
 * full of them; reading it as a space would change the signed text). Two parameters of that name
 * are refused: which copy counts is exactly what an attacker would exploit.
 */
import { parseSignedJsonFields, type ParsedSignedBody } from './signed-body.js';

type Failure = Extract<ParsedSignedBody, { ok: false }>;

const malformed = (detail: string): Failure => ({ ok: false, reason: 'malformed-body', detail });

/**
 * Reads `parameter`'s JSON object from a URL, a path with its query (node's `request.url`) or a
 * bare query string. Never throws.
 */
export function parseSignedQueryJson(input: string, parameter: string): ParsedSignedBody {
  try {
    return read(input, parameter);
  } catch {
    return malformed('the query could not be read');
  }
}

function read(input: string, parameter: string): ParsedSignedBody {
  if (typeof input !== 'string') return malformed('the query must be a string');
  // A bare query may itself contain `?` inside the JSON; a URL or path has its query after the
  // first `?` (a path cannot contain a raw one).
  const bare = input.startsWith(`${parameter}=`) || !input.includes('?');
  const query = bare ? input : input.slice(input.indexOf('?') + 1);
  const starts = parameterStarts(query, parameter);
  if (starts.length === 0) return malformed(`the query has no ${parameter} parameter`);
  if (starts.length > 1) return malformed(`the query has ${parameter} more than once`);
  const start = starts[0] as number;
  const end = jsonObjectEnd(query, start);
  if (end === undefined) return malformed(`${parameter} is not one complete JSON object`);
  if (end < query.length && query[end] !== '&') {
    return malformed(`${parameter} has text after its JSON object`);
  }
  let text: string;
  try {
    text = decodeURIComponent(query.slice(start, end));
  } catch {
    return malformed(`${parameter} has an invalid percent-encoding`);
  }
  return parseSignedJsonFields(text);
}

/**
 * Where each `name=` parameter's value starts: at the query's start or after a `&`, the name
 * compared after percent-decoding (so `res%5Fdata` is the same parameter). A `&name=` inside the
 * JSON counts too, and makes the query ambiguous, hence refused.
 */
function parameterStarts(query: string, parameter: string): number[] {
  const starts: number[] = [];
  for (let at = 0; at <= query.length;) {
    const equals = query.indexOf('=', at);
    const amp = query.indexOf('&', at);
    if (equals !== -1 && (amp === -1 || equals < amp)) {
      let name: string | undefined;
      try {
        name = decodeURIComponent(query.slice(at, equals));
      } catch {
        name = undefined;
      }
      if (name === parameter) starts.push(equals + 1);
    }
    if (amp === -1) break;
    at = amp + 1;
  }
  return starts;
}

/**
 * The index just past the JSON object starting at `from`, scanning the bytes the percent escapes
 * stand for: only ASCII bytes (`{ } " \`) are structural, and a `%XX` can be one of them.
 */
function jsonObjectEnd(query: string, from: number): number | undefined {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let started = false;
  for (let i = from; i < query.length;) {
    let byte: number;
    let width = 1;
    if (query[i] === '%' && /^[0-9A-Fa-f]{2}$/.test(query.slice(i + 1, i + 3))) {
      byte = parseInt(query.slice(i + 1, i + 3), 16);
      width = 3;
    } else {
      byte = query.charCodeAt(i);
    }
    i += width;
    if (!started) {
      // Whitespace may precede the object (the doc's sample breaks lines); nothing else may.
      if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) continue;
      if (byte !== 0x7b) return undefined;
      started = true;
      depth = 1;
      continue;
    }
    if (inString) {
      if (escaped) escaped = false;
      else if (byte === 0x5c) escaped = true;
      else if (byte === 0x22) inString = false;
      continue;
    }
    if (byte === 0x22) inString = true;
    else if (byte === 0x7b || byte === 0x5b) depth += 1;
    else if (byte === 0x7d || byte === 0x5d) {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return undefined;
}
