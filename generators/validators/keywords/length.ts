import { fail, lit, plural, specError, type Json, type Scope } from '../scope.js';
import type { ModuleBuilder } from '../module.js';

function limit(node: Json, keyword: string, at: string): number | undefined {
  const value = node[keyword];
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0)
    throw specError(at, `${keyword} must be a non-negative integer`);
  return value;
}

/**
 * `minLength` / `maxLength`, counted in Unicode code points. The UTF-16 length bounds the code
 * point count from both sides (n/2 <= points <= n), so the count is only taken near the limit.
 */
export function emitLength(node: Json, s: Scope, ctx: ModuleBuilder): string {
  const out: string[] = [];
  const points = () => `${ctx.helper('codePointLength')}(${s.v})`;
  const report = (keyword: string, n: number, phrase: string) =>
    `${ctx.helper('reportIssue')}(out, ${s.path}, ${lit(keyword)}, ${n}, ${lit(phrase + ', got ')} + ${points()})`;
  const min = limit(node, 'minLength', s.at);
  const max = limit(node, 'maxLength', s.at);
  if (min !== undefined && min > 0) {
    const cond =
      min === 1 ? `${s.v}.length === 0` : `${s.v}.length < ${2 * min} && ${points()} < ${min}`;
    out.push(
      `if (${cond}) ${fail(s, report('minLength', min, `must be at least ${plural(min, 'character')} long`))}`,
    );
  }
  if (max !== undefined) {
    out.push(
      `if (${s.v}.length > ${max} && ${points()} > ${max}) ${fail(s, report('maxLength', max, `must be at most ${plural(max, 'character')} long`))}`,
    );
  }
  return out.join('\n');
}
