import { fail, lit, specError, type Json, type Scope } from '../scope.js';
import type { ModuleBuilder } from '../module.js';

const primitive = (x: unknown) => x === null || ['string', 'number', 'boolean'].includes(typeof x);

/** Condition that is true when `v` differs from every value in `values`. */
export function notAmong(values: readonly unknown[], v: string, ctx: ModuleBuilder): string {
  if (values.every(primitive)) {
    if (values.length <= 6) return values.map((x) => `${v} !== ${lit(x)}`).join(' && ') || 'true';
    return `!${ctx.set(values)}.has(${v})`;
  }
  const equal = ctx.helper('jsonEqual');
  return values
    .map((x) => (primitive(x) ? `${v} !== ${lit(x)}` : `!${equal}(${v}, ${ctx.value(x)})`))
    .join(' && ');
}

export const valuesPhrase = (values: readonly unknown[]): string =>
  values.length === 1
    ? `be ${lit(values[0])}`
    : `be one of ${values.map((x) => lit(x)).join(', ')}`;

/** `const` and `enum`. */
export function emitValues(node: Json, s: Scope, ctx: ModuleBuilder): string {
  const out: string[] = [];
  const report = (keyword: string, limit: unknown, values: readonly unknown[]) =>
    `${ctx.helper('reportValue')}(out, ${s.path}, ${lit(keyword)}, ${lit(limit)}, ${lit(`must ${valuesPhrase(values)}`)}, ${s.v}, ${s.mask})`;
  if (node.const !== undefined) {
    out.push(
      `if (${notAmong([node.const], s.v, ctx)}) ${fail(s, report('const', node.const, [node.const]))}`,
    );
  }
  if (node.enum !== undefined) {
    if (!Array.isArray(node.enum) || node.enum.length === 0)
      throw specError(s.at, 'enum must be a non-empty list');
    out.push(
      `if (${notAmong(node.enum, s.v, ctx)}) ${fail(s, report('enum', node.enum, node.enum))}`,
    );
  }
  return out.join('\n');
}
