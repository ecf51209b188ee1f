import { GenerateError } from './errors.js';
import { deref, resolvePointer, type Json } from '../model/index.js';
import type { BundledSpec } from './types.js';

/**
 * The fields of a request schema that LianLian's docs call required but LianLian is known to
 * accept without (`x-lianlian-unenforced` on the property, with its `evidence`). The schema keeps
 * them required, so the client sends them; the sandbox accepts a request without them as
 * LianLian does, with a warning, and refuses it in strict mode.
 */
export function unenforcedRequired(spec: BundledSpec, schemaName: string): string[] {
  const schema = deref(spec, resolvePointer(spec, `#/components/schemas/${schemaName}`));
  const required = new Set<string>((schema.required ?? []) as string[]);
  const out: string[] = [];
  for (const [field, raw] of Object.entries((schema.properties ?? {}) as Json)) {
    const declared = (raw as Json)['x-lianlian-unenforced'];
    if (declared === undefined) continue;
    const where = `#/components/schemas/${schemaName}/properties/${field}`;
    if (typeof declared?.evidence !== 'string' || declared.evidence.trim() === '') {
      throw new GenerateError('SPEC_INVALID', where, 'x-lianlian-unenforced needs its evidence');
    }
    if (!required.has(field)) {
      throw new GenerateError(
        'SPEC_INVALID',
        where,
        'x-lianlian-unenforced belongs on a field the schema requires (the docs call it required)',
      );
    }
    out.push(field);
  }
  return out;
}
