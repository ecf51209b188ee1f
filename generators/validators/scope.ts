import { GenerateError } from '../framework/errors.js';

/**
 * Every schema is emitted twice: as a boolean check that returns at the first failure (the fast
 * path, run on every value) and as an issue collector (run only on values the check rejected).
 */
export type Mode = 'check' | 'collect';

/** Where the code being emitted stands. Identifiers only: emitters never re-evaluate expressions. */
export interface Scope {
  mode: Mode;
  /** Identifier holding the value under test. */
  v: string;
  /** Collect mode: identifier (or literal) holding the JSON path of the value. */
  path: string;
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

export const childAt = (at: string, ...parts: (string | number)[]): string =>
  [at, ...parts.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1'))].join('/');

export type Json = Record<string, any>;

export const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
