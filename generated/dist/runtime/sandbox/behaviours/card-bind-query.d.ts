/**
 * Card Bind Query: lists the user's agreements from the sandbox's bindings (state/card-binds.ts),
 * newest first, narrowed by no_agree or card_no when given and paged by offset. The answer is
 * signed without agreement_list, as LianLian signs it (the spec's
 * x-lianlian-signature.response.unsignedFields); a user with no agreement gets count 0 and no list.
 * pay_type is not used to narrow the list: the sandbox keeps the Apply's pay_type, whose codes
 * differ between products.
 */
import { type SandboxBehaviour } from '../behaviour.js';
export declare const cardBindQuery: SandboxBehaviour;
