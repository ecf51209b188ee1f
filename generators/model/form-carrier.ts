import { GenerateError } from '../framework/errors.js';
import type { BundledSpec } from '../framework/types.js';
import { deref, pointerTo, resolvePointer, type Json } from './pointer.js';
import type { ApiOperation } from './types.js';

/**
 * The form input carrying the whole signed request as JSON text, when the posted form is not the
 * signed message itself: the form schema's one property whose `contentSchema` is the signed schema
 * (Easypay H5's `req_data`). Undefined when the form posts the signed fields themselves.
 */
export function formJsonCarrier(spec: BundledSpec, op: ApiOperation): string | undefined {
  const requestSchema = op.signature.request?.schema;
  if (requestSchema === undefined) return undefined;
  const form = op.request.find((m) => m.mediaType === 'application/x-www-form-urlencoded');
  if (form?.schema === undefined || form.schema === requestSchema) return undefined;
  const schema = deref(spec, resolvePointer(spec, pointerTo('components', 'schemas', form.schema)));
  const entries = Object.entries<Json>(schema.properties ?? {});
  const carriers = entries.filter(
    ([, node]) =>
      node.contentMediaType === 'application/json' &&
      String(node.contentSchema?.$ref ?? '')
        .split('/')
        .pop() === requestSchema,
  );
  const [carrier] = carriers;
  if (carrier === undefined || entries.length !== 1) {
    throw new GenerateError(
      'GENERATOR_FAILED',
      op.id,
      `form schema ${form.schema} must be the signed ${requestSchema} or have exactly one property holding it as JSON text (contentSchema)`,
    );
  }
  return carrier[0];
}
