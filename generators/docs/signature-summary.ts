import type { Json } from '../model/index.js';

const code = (values: unknown): string =>
  Array.isArray(values) && values.length > 0 ? values.map((v) => `\`${v}\``).join(', ') : '';

/** One message of `x-lianlian-signature` in words: `required (`RSA`)`, `not signed`, per branch. */
function message(rule: Json): string {
  const types = code(rule.signTypes);
  const branches = rule.branches as Record<string, string> | undefined;
  const how = branches
    ? Object.entries(branches)
        .map(([branch, signed]) => `${branch} ${signed === 'none' ? 'not signed' : signed}`)
        .join(', ')
    : rule.signed === 'none'
      ? 'not signed'
      : String(rule.signed);
  const note = typeof rule.note === 'string' ? ` ${rule.note}` : '';
  return `${how}${types ? ` (${types})` : ''}.${note}`;
}

/**
 * An operation's `x-lianlian-signature` as a paragraph: which of its messages are signed, how
 * strictly and with which `sign_type`, linking to the scheme section at `schemeHref`.
 * @returns undefined for an operation without the extension.
 */
export function signatureSummary(operation: Json, schemeHref: string): string | undefined {
  const signature = operation['x-lianlian-signature'] as Json | undefined;
  if (!signature) return undefined;
  const parts = ['request', 'notification', 'response']
    .filter((name) => typeof signature[name] === 'object' && signature[name] !== null)
    .map((name) => `${name[0]!.toUpperCase()}${name.slice(1)}: ${message(signature[name])}`);
  return `**Signatures** ([the scheme](${schemeHref})). ${parts.join(' ')}`;
}
