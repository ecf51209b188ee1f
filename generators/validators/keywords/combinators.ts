import {
  childAt,
  fail,
  lit,
  propertyPathCode,
  specError,
  type Json,
  type Scope,
} from '../scope.js';
import type { ModuleBuilder } from '../module.js';
import { valuesPhrase } from './values.js';

const COMPONENT = /^#\/components\/schemas\/([^/]+)$/;

/** What a message calls an alternative: its component name, else its position. */
function label(sub: unknown, keyword: string, i: number): string {
  const ref = typeof sub === 'object' && sub !== null ? (sub as Json).$ref : undefined;
  const m = typeof ref === 'string' ? COMPONENT.exec(ref) : null;
  return m?.[1] ?? `${keyword}[${i}]`;
}

function list(node: Json, keyword: string, at: string): unknown[] {
  const subs = node[keyword];
  if (!Array.isArray(subs) || subs.length === 0)
    throw specError(at, `${keyword} must be a non-empty list of schemas`);
  return subs;
}

/** How `not` explains itself: `must not be "0000"` for a const, else a generic phrase. */
function notPhrase(sub: unknown): { phrase: string; limit: unknown; field?: string } {
  if (typeof sub === 'object' && sub !== null) {
    const keys = Object.keys(sub).filter(
      (k) => !['description', 'title'].includes(k) && !k.startsWith('x-'),
    );
    const n = sub as Json;
    if (keys.length === 1 && n.const !== undefined)
      return { phrase: `must not ${valuesPhrase([n.const])}`, limit: n.const };
    if (keys.length === 1 && Array.isArray(n.enum))
      return { phrase: `must not ${valuesPhrase(n.enum)}`, limit: n.enum };
    // Fields that exclude each other (combinepay's col_userid and col_oidpartner): name them all.
    if (keys.length === 1 && Array.isArray(n.required) && n.required.length > 1) {
      const names = (n.required as unknown[]).map(String);
      // Reported at the last of them, so the error's field names one of the pair.
      return {
        phrase: `must not be present with ${names.slice(0, -1).join(', ')}`,
        limit: names,
        field: names.at(-1) as string,
      };
    }
  }
  return { phrase: 'must not match the schema under "not"', limit: sub };
}

/** allOf, anyOf, oneOf, not, if/then/else. */
export function emitCombinators(node: Json, s: Scope, ctx: ModuleBuilder): string {
  const lines: string[] = [];
  if (node.allOf !== undefined) {
    list(node, 'allOf', s.at).forEach((sub, i) =>
      lines.push(ctx.emit(sub, { ...s, at: childAt(s.at, 'allOf', i) }, ctx)),
    );
  }
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    if (node[keyword] === undefined) continue;
    const subs = list(node, keyword, s.at);
    const fns = subs.map((sub, i) => ctx.subschema(sub, childAt(s.at, keyword, i)));
    const names = subs.map((sub, i) => label(sub, keyword, i));
    const closest = `${ctx.helper('reportAlternatives')}(out, ${s.path}, ${s.mask}, ${s.v}, ${lit(keyword)}, ${lit(names)}, [${fns.map((f) => f.collect).join(', ')}])`;
    if (keyword === 'anyOf') {
      lines.push(
        `if (!(${fns.map((f) => `${f.check}(${s.v})`).join(' || ')})) ${fail(s, closest)}`,
      );
      continue;
    }
    const count = fns.map((f) => `(${f.check}(${s.v}) ? 1 : 0)`).join(' + ');
    if (s.mode === 'check') {
      lines.push(`if (${count} !== 1) return false;`);
    } else {
      const m = fns.map(() => s.fn.fresh('m'));
      const matched = m.map((v, i) => `${v} ? ${lit(names[i])} : ''`).join(', ');
      const many = `${ctx.helper('reportIssue')}(out, ${s.path}, 'oneOf', ${lit(names)}, ${lit(`must match exactly one of ${names.join(', ')}, matched `)} + [${matched}].filter(Boolean).join(' and '))`;
      lines.push(
        `{\n${m.map((v, i) => `const ${v} = ${fns[i]!.check}(${s.v});`).join('\n')}\nconst n = ${m.map((v) => `(${v} ? 1 : 0)`).join(' + ')};\nif (n === 0) ${closest};\nelse if (n > 1) ${many};\n}`,
      );
    }
  }
  if (node.not !== undefined) {
    const fns = ctx.subschema(node.not, childAt(s.at, 'not'));
    const { phrase, limit, field } = notPhrase(node.not);
    const report =
      field === undefined
        ? `${ctx.helper('reportValue')}(out, ${s.path}, 'not', ${lit(limit)}, ${lit(phrase)}, ${s.v}, ${s.mask})`
        : `${ctx.helper('reportIssue')}(out, ${propertyPathCode(s, field)}, 'not', ${lit(limit)}, ${lit(phrase)})`;
    lines.push(`if (${fns.check}(${s.v})) ${fail(s, report)}`);
  }
  if (node.if !== undefined && (node.then !== undefined || node.else !== undefined)) {
    const cond = ctx.subschema(node.if, childAt(s.at, 'if'));
    const then =
      node.then === undefined ? '' : ctx.emit(node.then, { ...s, at: childAt(s.at, 'then') }, ctx);
    const otherwise =
      node.else === undefined ? '' : ctx.emit(node.else, { ...s, at: childAt(s.at, 'else') }, ctx);
    if (then || otherwise) {
      lines.push(
        `if (${cond.check}(${s.v})) {\n${then}\n}${otherwise ? ` else {\n${otherwise}\n}` : ''}`,
      );
    }
  }
  return lines.filter(Boolean).join('\n');
}
