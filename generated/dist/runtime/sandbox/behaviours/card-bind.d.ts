/**
 * What the card bind APIs share, on traderapi (Card Bind Apply/Verify) and on mpayapi (MPAY Card
 * Bind Apply/Verify): Apply checks the card against the user's bindings (state/card-binds.ts) and
 * "sends an SMS" by issuing a token; Verify checks the code and binds the card, answering its
 * agreement number no_agree.
 */
import { type SandboxBehaviour } from '../behaviour.js';
import { type SandboxFields } from '../fields.js';
/**
 * The card the Verify and Unbind behaviours' `prepare` binds, since their requests carry no card:
 * the sandbox's own test card, which follows the spec's rules for each field.
 */
export declare const PREPARED_CARD: {
    readonly cardNo: "6222020000000001";
    readonly acctName: "测试";
    readonly idNo: "110101199001011237";
    readonly bindMob: "13800000000";
};
/**
 * How one Apply API differs from the other. The ret_code of the success branch (0000 on traderapi,
 * 8888 "SMS sent" on MPAY) comes from the spec.
 */
export interface CardBindApplyOptions {
    /** The pay_type values that bind a credit card (which needs vali_date and cvv2). */
    readonly creditPayTypes: readonly string[];
    /** Whether the answer repeats the request's no_order and dt_order (MPAY). */
    readonly echoesOrder: boolean;
}
/** An Apply behaviour: the card is checked and a token issued for the Verify step. */
export declare function cardBindApplyBehaviour(operationId: string, options: CardBindApplyOptions): SandboxBehaviour;
/** A Verify behaviour: the token's card is bound once the SMS code checks out. */
export declare function cardBindVerifyBehaviour(operationId: string, options: {
    readonly echoesOrder: boolean;
}): SandboxBehaviour;
/** The user an answer is about: what it must echo. */
export declare const userOf: (request: SandboxFields) => Record<"oid_partner" | "user_id", string>;
