/**
 * The generic default behaviour: for an operation without a registered behaviour whose spec
 * declares `x-lianlian-sandbox.generic`, the sandbox answers every verified request with the
 * spec's success example, signed, carrying the request's echo fields (its
 * `x-lianlian-correlation.echo`), and sends each declared notification: the webhook's example with
 * the fields its correlation matches taken from the request. It keeps no state, so it suits
 * operations whose outcome does not depend on earlier calls.
 */
import { type SandboxBehaviour } from '../behaviour.js';
import type { SandboxJsonOperation } from '../catalogue.js';
/** The generic behaviour of `operation`, or undefined when its spec declares none. */
export declare function sandboxGenericBehaviour(operation: SandboxJsonOperation): SandboxBehaviour | undefined;
