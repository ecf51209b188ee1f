import type { ExtractedSeed } from './types.js';

/**
 * The repairs spec/errata.md describes for seed samples, one function per errata id. Each
 * throws when it finds nothing to repair: an errata citation that changes nothing is wrong.
 */
export class NormaliseError extends Error {
  readonly code: 'NOTHING_TO_NORMALISE' | 'NO_NORMALISER' | 'NO_REFERENCE_READING';
  readonly field: string;

  constructor(code: NormaliseError['code'], field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'NormaliseError';
    this.code = code;
    this.field = field;
  }
}

export interface NormaliseContext {
  seeds: readonly ExtractedSeed[];
}

export interface Normaliser {
  /** What the errata heading must talk about, so a renumbered errata cannot match silently. */
  topic: RegExp;
  /** Repairs to the text, before it is parsed. */
  text?: (raw: string, context: NormaliseContext) => string;
  /** Repairs to the parsed value. */
  value?: (value: Record<string, unknown>) => Record<string, unknown>;
}

function changed(before: string, after: string, errata: string, what: string): string {
  if (before === after)
    throw new NormaliseError('NOTHING_TO_NORMALISE', errata, `no ${what} found`);
  return after;
}

/** `"a": "1"\n"b"` -> `"a": "1",\n"b"`: a member ends a line and the next line opens a key. */
export function insertMissingCommas(raw: string): string {
  return changed(
    raw,
    raw.replace(/("|\d|true|false|null|\}|\])([ \t]*\r?\n\s*"[^"\n]*"\s*:)/g, '$1,$2'),
    'E02',
    'missing comma',
  );
}

/** `"sign_type ": ...` -> `"sign_type": ...`. */
export function trimKeySpaces(raw: string): string {
  return changed(
    raw,
    raw.replace(/"[ \t]*([^"\n]*?)[ \t]*"(\s*:)/g, '"$1"$2'),
    'E03',
    'key with spaces',
  );
}

/** The Markdown rendering (002) kept the bytes of ret_msg that 000 and 003 show mis-decoded. */
export function markdownRetMsg(seeds: readonly ExtractedSeed[]): string {
  const raw = seeds
    .find((seed) => seed.file.startsWith('002_'))
    ?.samples.find((s) => s.kind === 'response')?.raw;
  const reading =
    raw === undefined ? undefined : (JSON.parse(raw) as { ret_msg?: unknown }).ret_msg;
  if (typeof reading !== 'string') {
    throw new NormaliseError('NO_REFERENCE_READING', 'E01', "002's sample response has no ret_msg");
  }
  return reading;
}

export function restoreRetMsg(raw: string, context: NormaliseContext): string {
  const reading = JSON.stringify(markdownRetMsg(context.seeds));
  const after = raw.replace(
    /("ret_msg"\s*:\s*)"(?:[^"\\]|\\.)*"/,
    (_, key: string) => key + reading,
  );
  return changed(raw, after, 'E01', 'mis-decoded ret_msg');
}

/** Whitespace is no base64 character: `"sign": "ab 12"` -> `"sign": "ab12"`. */
export function removeSpaceInSign(raw: string): string {
  const after = raw.replace(
    /("sign"\s*:\s*")([A-Za-z0-9+/=\s]*)"/,
    (_, key: string, value: string) => `${key}${value.replace(/\s+/g, '')}"`,
  );
  return changed(raw, after, 'E16', 'space inside sign');
}

/** The errata supplies the dt_order that 001's sample request leaves out. */
export const E06_DT_ORDER = '20130515120000';

export function addMissingDtOrder(value: Record<string, unknown>): Record<string, unknown> {
  if ('dt_order' in value)
    throw new NormaliseError('NOTHING_TO_NORMALISE', 'E06', 'dt_order present');
  return { ...value, dt_order: E06_DT_ORDER };
}

export const NORMALISERS: Readonly<Record<string, Normaliser>> = {
  E01: { topic: /ret_msg/i, text: restoreRetMsg },
  E02: { topic: /comma|not valid JSON/i, text: insertMissingCommas },
  E03: { topic: /sign_type|key/i, text: trimKeySpaces },
  E06: { topic: /dt_order/i, value: addMissingDtOrder },
  E16: { topic: /space|base64|sign/i, text: removeSpaceInSign },
};

/** Applies the normalisers of `errata` (text ones first, in the order cited) and parses. */
export function normaliseSample(
  raw: string,
  errata: readonly string[],
  context: NormaliseContext,
): Record<string, unknown> {
  const normalisers = errata.map((id) => {
    const normaliser = NORMALISERS[id];
    if (!normaliser)
      throw new NormaliseError('NO_NORMALISER', id, 'no normalisation implements this errata');
    return normaliser;
  });
  let text = raw;
  for (const { text: repair } of normalisers) if (repair) text = repair(text, context);
  let value = JSON.parse(text) as Record<string, unknown>;
  for (const { value: repair } of normalisers) if (repair) value = repair(value);
  return value;
}
