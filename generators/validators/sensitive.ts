import { lit, specError, type Json } from './scope.js';

/** Values `x-lianlian-sensitive` may take; `true` hides the whole value. */
const KINDS = new Set(['card', 'id', 'phone', 'name', 'secret', 'signature']);

/**
 * The mask a schema node asks for, as a MaskKind literal, or undefined when it sets none.
 * Properties named `sign` are masked as signatures whatever the spec says.
 */
export function ownMask(node: Json, at: string): string | undefined {
  const marker = node['x-lianlian-sensitive'];
  if (marker === undefined || marker === false) return undefined;
  if (marker === true) return lit('secret');
  if (typeof marker === 'string' && KINDS.has(marker)) return lit(marker);
  throw specError(
    at,
    `x-lianlian-sensitive must be true or one of ${[...KINDS].join(', ')}, got ${JSON.stringify(marker)}`,
  );
}

export const propertyMask = (name: string): string | undefined =>
  name === 'sign' ? lit('signature') : undefined;
