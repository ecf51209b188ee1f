/**
 * Two documented APIs may share one URL: MPAY Apply and MPAY Verify both POST to
 * `/v1/bankcardprepay`, the MPAY and Easypay result queries both to `/orderquery.htm`. The spec
 * keeps each as its own operation, its path key told apart by a URI fragment HTTP never sends
 * (`/v1/bankcardprepay#apply`), so the sandbox receives them at one path and picks the operation
 * the way LianLian must: by the body, then by the order.
 *
 * 1. The operations whose body schema the request satisfies (an envelope `{oid_partner, pay_load}`
 *    is an Apply, a body with `token` and `verify_code` a Verify).
 * 2. Several satisfy it (the two queries have one request schema): the one whose
 *    `x-lianlian-product` is that of the order the request names (by no_order, else oid_paybill).
 * 3. None satisfies it: the one it comes closest to (fewest validation issues), so the answer
 *    names the field that is wrong for the API the merchant meant. Ties go to document order.
 */
import { readJsonObject } from '../shared/json-text.js';
import type { SandboxJsonOperation } from './catalogue.js';
import type { SandboxContext } from './context.js';

/** The operation of `candidates` (all served at one path, in document order) `raw` is meant for. */
export function chooseSandboxOperation(
  ctx: SandboxContext,
  candidates: readonly SandboxJsonOperation[],
  raw: Buffer,
): SandboxJsonOperation {
  const [first] = candidates;
  if (first === undefined) throw new Error('no operation to choose from');
  if (candidates.length === 1) return first;
  // An unreadable body is refused the same way by every operation: let the first say so.
  const read = readJsonObject(raw.toString('utf8'));
  if (!read.ok) return first;
  const body = read.value;
  const scored = candidates.map((operation) => {
    const check = operation.validateBody(body);
    return { operation, issues: check.ok ? 0 : Math.max(1, check.issues.length) };
  });
  const satisfied = scored.filter((s) => s.issues === 0).map((s) => s.operation);
  if (satisfied.length === 1) return satisfied[0] as SandboxJsonOperation;
  if (satisfied.length > 1) {
    const { fields } = read;
    const direct = ctx.state.directPayments;
    const order =
      direct.byOrder(fields.oid_partner, fields.no_order) ??
      direct.byPaybill(fields.oid_partner, fields.oid_paybill);
    const product = order?.product;
    return satisfied.find((op) => op.product !== null && op.product === product) ?? satisfied[0]!;
  }
  return scored.reduce((best, s) => (s.issues < best.issues ? s : best)).operation;
}
