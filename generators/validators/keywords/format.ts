import { FORMATS } from '../formats.js';
import { fail, lit, specError, type Json, type Scope } from '../scope.js';
import type { ModuleBuilder } from '../module.js';

/** `format`, asserted (not just annotated) for the formats in formats.ts. */
export function emitFormat(node: Json, s: Scope, ctx: ModuleBuilder): string {
  if (node.format === undefined) return '';
  const format = FORMATS[node.format];
  if (!format) {
    throw specError(
      s.at,
      `format ${lit(node.format)} has no validator; supported: ${Object.keys(FORMATS).join(', ')}`,
    );
  }
  const re = ctx.regex(
    format.source,
    s.at,
    `FORMAT_${String(node.format).toUpperCase().replace(/\W/g, '_')}`,
  );
  const report = `${ctx.helper('reportValue')}(out, ${s.path}, 'format', ${lit(node.format)}, ${lit(format.phrase)}, ${s.v}, ${s.mask})`;
  return `if (!${re}.test(${s.v})) ${fail(s, report)}`;
}
