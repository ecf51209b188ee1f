import { specError, type Json, type Scope } from '../scope.js';
import type { ModuleBuilder } from '../module.js';

/** `$ref` (local pointers; siblings such as `not` or `description` are evaluated too, as in 2020-12). */
export function emitRef(node: Json, s: Scope, ctx: ModuleBuilder): string {
  if (node.$ref === undefined) return '';
  if (typeof node.$ref !== 'string' || !node.$ref.startsWith('#')) {
    throw specError(
      s.at,
      `$ref ${String(node.$ref)} is not a local reference (bundle the spec first)`,
    );
  }
  const fns = ctx.ref(node.$ref, s.at);
  // The collector (and the path it is given) only runs for a value its check rejects: the check
  // allocates nothing, and a value it accepts has no issues to collect.
  return s.mode === 'check'
    ? `if (!${fns.check}(${s.v})) return false;`
    : `if (!${fns.check}(${s.v})) ${fns.collect}(${s.v}, ${s.path}, ${s.mask}, out);`;
}
