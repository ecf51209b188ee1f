/** Every cause a diagnosis can prove, from the most to the least likely. */
export declare const DIAGNOSE_CAUSE_KINDS: readonly ["sign-plus-became-space", "sign-still-url-encoded", "sign-line-breaks", "key-mismatch", "sign-type-mismatch", "other-key", "field-added-after-signing", "query-merged", "number-re-rendered", "json-re-serialised", "empty-value-signed", "ambiguous-sign-source"];
export type DiagnoseCauseKind = (typeof DIAGNOSE_CAUSE_KINDS)[number];
/** One proven cause: what went wrong, in words, and the field it concerns. */
export interface DiagnoseCause {
    readonly kind: DiagnoseCauseKind;
    readonly field: string | undefined;
    readonly message: string;
    /** The change under which the signature verifies, as a step of the proof. */
    readonly change: string;
}
/** A signature text to try, with the causes that produced it from the received `sign`. */
export interface SignatureCandidate {
    readonly bytes: Buffer;
    readonly causes: readonly DiagnoseCause[];
}
/** Signed fields to try, with the causes that produced them from the received ones. */
export interface FieldCandidate {
    /** `key=value` pairs in signing order (ascending byte order of the keys). */
    readonly entries: readonly (readonly [string, string])[];
    readonly causes: readonly DiagnoseCause[];
}
/** The received `sign` and its repairs, each decoded; texts that are not base64 are left out. */
export declare function signatureCandidates(sign: string): SignatureCandidate[];
/** How the received fields relate to a query string in an HTTP request dump. */
export interface QueryContext {
    readonly mode: 'request' | 'notification';
    readonly body: Readonly<Record<string, string>>;
    readonly query: Readonly<Record<string, string>> | undefined;
}
/**
 * The fields as the merchant's code sees them: in notification mode a framework that merges
 * query and body parameters hands over both (the query's value winning, as Java's
 * getParameter does); in request mode LianLian verifies the body alone.
 */
export declare function receivedFields(context: QueryContext): Record<string, string>;
/** The received fields unchanged: the sign source the failed verification computed. */
export declare function receivedCandidate(context: QueryContext): FieldCandidate;
/**
 * Field candidates, lazily and most likely first: the received fields unchanged, then each
 * single change. Their number is linear in the number of fields (at most 9 per field, plus a
 * few), which the caller bounds.
 */
export declare function fieldCandidates(context: QueryContext): Generator<FieldCandidate>;
export declare function cause(kind: DiagnoseCauseKind, field: string | undefined, message: string, change: string): DiagnoseCause;
/** A field name as shown in a message: printable ASCII, at most 40 characters. */
export declare function safeName(name: string): string;
