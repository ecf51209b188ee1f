/**
 * How a correlation field is compared: as text, as an amount (`55.4` equals `55.40`), or as the
 * last four characters of the request's value (`last4`: answers that show a card number only by
 * its last four digits).
 */
export type CorrelationMatch = 'exact' | 'amount' | 'last4';
/** One field that must carry the value of the request or of the merchant's order. */
export interface CorrelationField {
    readonly field: string;
    readonly match: CorrelationMatch;
    /** Compared only when the request carried the field (`echoWhenSent`). */
    readonly whenSent?: boolean;
}
/** The `x-lianlian-correlation` of a webhook. */
export interface NotificationCorrelation {
    /** The field the merchant's order is looked up by (`findOrder`), e.g. `no_order`. */
    readonly orderKey: string;
    /** The field a notification is handled once per, e.g. `oid_paybill` or a refund number. */
    readonly idempotencyKey: string;
    /** Fields that must equal the merchant's record of the order. */
    readonly match: readonly CorrelationField[];
}
/** Why a message is not tied to its request: a correlation field is absent, or has another value. */
export interface CorrelationMismatch {
    readonly field: string;
    readonly missing: boolean;
}
/** Whether `received` is `expected` under `match`; a value that is not a string never matches. */
export declare function sameValue(match: CorrelationMatch, received: unknown, expected: unknown): boolean;
/**
 * Every correlation field `received` lacks (absent or empty) or carries with a value other than
 * `expected`'s, in table order. Empty when the message is tied to `expected`.
 */
export declare function correlationMismatches(fields: readonly CorrelationField[], received: Readonly<Record<string, unknown>>, expected: Readonly<Record<string, unknown>>): CorrelationMismatch[];
