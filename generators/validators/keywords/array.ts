import {
  childAt,
  fail,
  itemPathCode,
  lit,
  plural,
  specError,
  type Json,
  type Scope,
} from '../scope.js';
import type { ModuleBuilder } from '../module.js';

/** prefixItems, items, minItems, maxItems, uniqueItems, contains (+ minContains/maxContains). */
export function emitArray(node: Json, s: Scope, ctx: ModuleBuilder): string {
  const a = s.v;
  const lines: string[] = [];
  const report = (keyword: string, limit: unknown, phrase: string, got = '') =>
    `${ctx.helper('reportIssue')}(out, ${s.path}, ${lit(keyword)}, ${lit(limit)}, ${lit(phrase)}${got})`;
  // The item's path is an expression evaluated only where an issue is reported.
  const itemScope = (index: string, at: string): [Scope, string, string] => {
    const iv = s.fn.fresh('item');
    const enter = `const ${iv} = ${a}[${index}];\n`;
    return [{ ...s, v: iv, path: itemPathCode(s, index), pathMayBeEmpty: false, at }, enter, iv];
  };
  if (node.minItems !== undefined) {
    lines.push(
      `if (${a}.length < ${node.minItems}) ${fail(s, report('minItems', node.minItems, `must have at least ${plural(node.minItems, 'item')}`, ` + ', got ' + ${a}.length`))}`,
    );
  }
  if (node.maxItems !== undefined) {
    lines.push(
      `if (${a}.length > ${node.maxItems}) ${fail(s, report('maxItems', node.maxItems, `must have at most ${plural(node.maxItems, 'item')}`, ` + ', got ' + ${a}.length`))}`,
    );
  }
  const prefix: unknown[] = node.prefixItems ?? [];
  if (!Array.isArray(prefix)) throw specError(s.at, 'prefixItems must be a list of schemas');
  prefix.forEach((sub, i) => {
    const [scope, enter] = itemScope(String(i), childAt(s.at, 'prefixItems', i));
    const code = ctx.emit(sub, scope, ctx);
    if (code) lines.push(`if (${a}.length > ${i}) {\n${enter}${code}\n}`);
  });
  if (node.items !== undefined) {
    if (Array.isArray(node.items))
      throw specError(s.at, 'items must be a schema (2020-12); use prefixItems for tuples');
    const i = s.fn.fresh('i');
    const [scope, enter] = itemScope(i, childAt(s.at, 'items'));
    const code = ctx.emit(node.items, scope, ctx);
    if (code)
      lines.push(
        `for (let ${i} = ${prefix.length}; ${i} < ${a}.length; ${i}++) {\n${enter}${code}\n}`,
      );
  }
  if (node.uniqueItems === true) {
    lines.push(
      `if (${ctx.helper('hasDuplicateItem')}(${a})) ${fail(s, report('uniqueItems', true, 'must not contain the same item twice'))}`,
    );
  }
  if (node.contains !== undefined) {
    const fns = ctx.subschema(node.contains, childAt(s.at, 'contains'));
    const min = node.minContains ?? 1;
    const max = node.maxContains;
    const n = s.fn.fresh('n');
    const i = s.fn.fresh('i');
    lines.push(
      `let ${n} = 0;\nfor (let ${i} = 0; ${i} < ${a}.length; ${i}++) if (${fns.check}(${a}[${i}])) ${n}++;`,
    );
    lines.push(
      `if (${n} < ${min}) ${fail(s, report('contains', min, `must contain at least ${plural(min, 'matching item')}`, ` + ', got ' + ${n}`))}`,
    );
    if (max !== undefined) {
      lines.push(
        `if (${n} > ${max}) ${fail(s, report('maxContains', max, `must contain at most ${plural(max, 'matching item')}`, ` + ', got ' + ${n}`))}`,
      );
    }
  }
  return lines.join('\n');
}
