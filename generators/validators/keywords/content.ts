import { childAt, fail, lit, specError, type Json, type Scope } from '../scope.js';
import type { ModuleBuilder } from '../module.js';

/**
 * `contentMediaType: application/json` + `contentSchema`: the string holds JSON text, which is
 * parsed and validated; text that does not parse is an issue. Content issues carry paths below
 * the string's own (`risk_item.user_info_bind_phone`) and the mask the string inherited.
 */
export function emitContent(
  node: Json,
  s: Scope,
  inheritedMask: string,
  ctx: ModuleBuilder,
): string {
  if (node.contentSchema === undefined) return '';
  if (node.contentMediaType !== 'application/json') {
    throw specError(
      s.at,
      `contentSchema needs contentMediaType application/json, got ${lit(node.contentMediaType)}`,
    );
  }
  const j = s.fn.fresh('json');
  const invalid = ctx.helper('INVALID_JSON');
  const code = ctx.emit(
    node.contentSchema,
    { ...s, v: j, mask: inheritedMask, at: childAt(s.at, 'contentSchema') },
    ctx,
  );
  const report = `${ctx.helper('reportIssue')}(out, ${s.path}, 'contentMediaType', 'application/json', 'must hold JSON text (contentMediaType application/json), got ' + ${ctx.helper('codePointLength')}(${s.v}) + ' characters that do not parse')`;
  return `const ${j} = ${ctx.helper('parseJsonContent')}(${s.v});\nif (${j} === ${invalid}) ${fail(s, report)}${
    s.mode === 'check' ? `\n${code}` : ` else {\n${code}\n}`
  }`;
}
