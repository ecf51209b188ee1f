import { checkKeywords } from './catalogue.js';
import { emitArray } from './keywords/array.js';
import { emitCombinators } from './keywords/combinators.js';
import { emitContent } from './keywords/content.js';
import { emitFormat } from './keywords/format.js';
import { emitLength } from './keywords/length.js';
import { emitNumber } from './keywords/number.js';
import { emitObject } from './keywords/object.js';
import { emitPattern } from './keywords/pattern.js';
import { emitRef } from './keywords/ref.js';
import { emitType, groupGuard, GROUP_TYPE, typeList, type Group } from './keywords/type.js';
import { emitValues } from './keywords/values.js';
import type { ModuleBuilder } from './module.js';
import { fail, lit, specError, type Json, type Scope } from './scope.js';
import { ownMask } from './sensitive.js';

type GroupEmitter = (node: Json, s: Scope, ctx: ModuleBuilder, inheritedMask: string) => string;

const GROUPS: [Group, string, GroupEmitter][] = [
  [
    'string',
    's',
    (node, s, ctx, inherited) =>
      [
        emitLength(node, s, ctx),
        emitPattern(node, s, ctx),
        emitFormat(node, s, ctx),
        emitContent(node, s, inherited, ctx),
      ]
        .filter(Boolean)
        .join('\n'),
  ],
  ['number', 'num', (node, s, ctx) => emitNumber(node, s, ctx)],
  ['object', 'o', (node, s, ctx) => emitObject(node, s, ctx)],
  ['array', 'a', (node, s, ctx) => emitArray(node, s, ctx)],
];

/**
 * Emits the statements that check (or collect issues of) one schema node. Keywords that apply to
 * one JSON type run under that type's guard, on a typed alias of the value; when `type` fails,
 * the collector reports only that, since every other issue would follow from it.
 */
export function emitSchema(node: unknown, s: Scope, ctx: ModuleBuilder): string {
  if (node === true) return '';
  if (node === false) {
    return fail(
      s,
      `${ctx.helper('reportValue')}(out, ${s.path}, 'false', false, 'is not allowed', ${s.v}, ${s.mask})`,
    );
  }
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    throw specError(s.at, 'a schema must be an object or a boolean');
  }
  const n = node as Json;
  checkKeywords(n, s.at);
  const inherited = s.mask;
  const own = ownMask(n, s.at) ?? (n.contentSchema !== undefined ? lit('content') : undefined);
  if (own) s = { ...s, mask: own };

  const types = typeList(n, s.at);
  const parts = [emitRef(n, s, ctx), emitValues(n, s, ctx)];
  for (const [group, prefix, emitGroup] of GROUPS) {
    const guard = groupGuard(group, types, s.v);
    if (guard === null) continue;
    const alias = s.fn.fresh(prefix);
    const code = emitGroup(n, { ...s, v: alias }, ctx, inherited);
    if (!code) continue;
    const body = `const ${alias} = ${s.v} as ${GROUP_TYPE[group]};\n${code}`;
    parts.push(guard ? `if (${guard}) {\n${body}\n}` : `{\n${body}\n}`);
  }
  parts.push(emitCombinators(n, s, ctx));
  const body = parts.filter(Boolean).join('\n');
  if (!types) return body;
  const type = emitType(types, s, ctx);
  if (s.mode === 'check') return `if (!(${type.cond})) return false;\n${body}`;
  return `if (!(${type.cond})) ${type.report};${body ? ` else {\n${body}\n}` : ''}`;
}
