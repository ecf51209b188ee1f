/**
 * The payment result queries (MPAY and Easypay, one URL): the answer comes from the sandbox's
 * record of the order, named by no_order or oid_paybill with its dt_order; an order it does not
 * know is 8901 (no record). A paid order answers the paid branch (result_pay SUCCESS), one still
 * waiting for its Verify the success branch (WAITING). The masked card number goes outside the
 * signature where the spec says LianLian leaves it out.
 */
import { type SandboxBehaviour } from '../behaviour.js';
export declare function queryBehaviour(operationId: string): SandboxBehaviour;
