import { GenerateError } from '../framework/errors.js';

/**
 * Every schema is emitted twice: as a boolean check that returns at the first failure (the fast
 * path, run on every value) and as an issue collector (run only on values the check rejected).
 */
export type Mode = 'check' | 'collect';

/**
 * Where the code being emitted stands. `v` is an identifier: emitters never re-evaluate value
 * expressions. `path` may be an expression, since building it is pure.
 */
export interface Scope {
  mode: Mode;
  /** Identifier holding the value under test. */
  v: string;
  /**
   * Collect mode: expression of the JSON path of the value, the collector's `path` parameter with
   * literal suffixes appended (`path + '.ret_code'`). It is evaluated only where an issue is
   * reported or a collector is called for a value its check rejected, so valid values build no
   * path (building them all took ~15% of invalid-input validation).
   */
  path: string;
  /** Whether `path` can be '': only the collector's own parameter can, child paths never are. */
  pathMayBeEmpty: boolean;
  /** Collect mode: expression of the MaskKind used to show the value. */
  mask: string;
  /** Schema location for generator errors and function names, e.g. `MpayVerifyRequest/properties/sign`. */
  at: string;
  fn: FunctionNames;
}

/** Fresh local names within one emitted function. */
export class FunctionNames {
  private next = 0;
  fresh(prefix: string): string {
    return `${prefix}${this.next++}`;
  }
}

/** `return false;` when checking, the report call when collecting. */
export const fail = (s: Scope, report: string): string =>
  s.mode === 'check' ? 'return false;' : `${report};`;

export const lit = (value: unknown): string => JSON.stringify(value) ?? 'undefined';

export const specError = (at: string, message: string): GenerateError =>
  new GenerateError('SPEC_INVALID', `components/schemas/${at}`, message);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The path of property `name` below `s.path`, as the runtime's `propertyPath` builds it
 * (`a.b`, `a["x-y"]`, `b` at the top), with the suffix fixed at generation time.
 */
export function propertyPathCode(s: Scope, name: string): string {
  const plain = IDENTIFIER.test(name);
  const top = plain ? name : JSON.stringify(name);
  const suffix = plain ? `.${name}` : `[${top}]`;
  return s.pathMayBeEmpty
    ? `(${s.path} === '' ? ${lit(top)} : ${s.path} + ${lit(suffix)})`
    : `${s.path} + ${lit(suffix)}`;
}

/** The path of array element `index` (an integer literal or an identifier) below `s.path`. */
export function itemPathCode(s: Scope, index: string): string {
  return /^\d+$/.test(index)
    ? `${s.path} + ${lit(`[${index}]`)}`
    : `${s.path} + '[' + ${index} + ']'`;
}

export const childAt = (at: string, ...parts: (string | number)[]): string =>
  [at, ...parts.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1'))].join('/');

export type Json = Record<string, any>;

export const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
