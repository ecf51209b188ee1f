import { fail, lit, type Json, type Scope } from '../scope.js';
import type { ModuleBuilder } from '../module.js';

/**
 * How a pattern is explained: the schema's `x-lianlian-rule` phrase, else the pattern itself,
 * followed by the first sentence of the description when that is short enough to read in a message.
 */
export function patternPhrase(node: Json, source: string): string {
  const rule = node['x-lianlian-rule'];
  if (typeof rule === 'string') return rule.trim();
  const sentence =
    typeof node.description === 'string'
      ? node.description.trim().split(/(?<=\.)\s/)[0]
      : undefined;
  return sentence && sentence.length <= 80
    ? `must match ${source} (${sentence.replace(/\.$/, '')})`
    : `must match ${source}`;
}

/** `pattern`: an unanchored search with a module-level RegExp (flag `u`), memoised per value. */
export function emitPattern(node: Json, s: Scope, ctx: ModuleBuilder): string {
  if (node.pattern === undefined) return '';
  const source = String(node.pattern);
  // A personal value (x-lianlian-sensitive) is not kept in a module-level memo.
  const matches =
    node['x-lianlian-sensitive'] === undefined
      ? ctx.patternTest(source, s.at)
      : `${ctx.regex(source, s.at)}.test`;
  const report = `${ctx.helper('reportValue')}(out, ${s.path}, 'pattern', ${lit(source)}, ${lit(patternPhrase(node, source))}, ${s.v}, ${s.mask})`;
  return `if (!${matches}(${s.v})) ${fail(s, report)}`;
}
