/**
 * The generic default behaviour: for an operation without a registered behaviour whose spec
 * declares `x-lianlian-sandbox.generic`, the sandbox answers every verified request with the
 * spec's success example, signed, carrying the request's echo fields (its
 * `x-lianlian-correlation.echo`), and sends each declared notification: the webhook's example with
 * the fields its correlation matches taken from the request. It keeps no state, so it suits
 * operations whose outcome does not depend on earlier calls.
 */
import { sandboxNotify, sandboxSuccess, type SandboxBehaviour } from '../behaviour.js';
import type { SandboxJsonOperation } from '../catalogue.js';

/** The generic behaviour of `operation`, or undefined when its spec declares none. */
export function sandboxGenericBehaviour(
  operation: SandboxJsonOperation,
): SandboxBehaviour | undefined {
  const generic = operation.generic;
  if (generic === undefined) return undefined;
  return {
    operationId: operation.operationId,
    emits: generic.emits.map(({ webhook, urlField }) => ({ webhook, urlField })),
    handle(ctx, request) {
      const { fields } = request;
      const {
        ret_code: _code,
        ret_msg: _message,
        sign: _sign,
        sign_type: _type,
        ...example
      } = generic.answer;
      // ret_code, ret_msg and the signature are the sandbox's own (sandboxSuccess).
      const answer: Record<string, string> = { ...example };
      for (const field of generic.echo) {
        const value = fields[field];
        if (value !== undefined) answer[field] = value;
      }
      for (const emitted of generic.emits) {
        const { sign: _s, sign_type: _t, ...template } = emitted.notification;
        const notification: Record<string, string> = { ...template };
        for (const field of emitted.match) {
          const value = fields[field];
          if (value !== undefined) notification[field] = value;
        }
        const url = fields[emitted.urlField];
        if (url === undefined) continue;
        sandboxNotify(ctx, emitted.webhook, url, notification);
      }
      return sandboxSuccess(ctx, request, answer, 'generic answer from the spec example');
    },
  };
}
