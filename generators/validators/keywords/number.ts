import { fail, lit, specError, type Json, type Scope } from '../scope.js';
import type { ModuleBuilder } from '../module.js';

const BOUNDS: [keyword: string, failsWhen: string, phrase: string][] = [
  ['minimum', '<', 'must be >='],
  ['maximum', '>', 'must be <='],
  ['exclusiveMinimum', '<=', 'must be >'],
  ['exclusiveMaximum', '>=', 'must be <'],
];

/** minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf. */
export function emitNumber(node: Json, s: Scope, ctx: ModuleBuilder): string {
  const out: string[] = [];
  const report = (keyword: string, limit: number, phrase: string) =>
    `${ctx.helper('reportValue')}(out, ${s.path}, ${lit(keyword)}, ${limit}, ${lit(phrase)}, ${s.v}, ${s.mask})`;
  for (const [keyword, op, phrase] of BOUNDS) {
    const limit = node[keyword];
    if (limit === undefined) continue;
    if (typeof limit !== 'number') throw specError(s.at, `${keyword} must be a number`);
    out.push(`if (${s.v} ${op} ${limit}) ${fail(s, report(keyword, limit, `${phrase} ${limit}`))}`);
  }
  const m = node.multipleOf;
  if (m !== undefined) {
    if (typeof m !== 'number' || !(m > 0))
      throw specError(s.at, 'multipleOf must be a positive number');
    out.push(
      `if (!Number.isInteger(${s.v} / ${m})) ${fail(s, report('multipleOf', m, `must be a multiple of ${m}`))}`,
    );
  }
  return out.join('\n');
}
