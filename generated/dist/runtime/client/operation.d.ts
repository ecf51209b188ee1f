/**
 * What the generated clients tell the runtime about each operation (read from the spec at
 * generation time), and how a received response is matched to one of its branches.
 */
import type { CorrelationField } from '../shared/correlation.js';
import type { SignType } from '../crypto/sign-type.js';
import type { SignKeyOrder } from '../crypto/canonical.js';
import type { ValidationResult } from '../shared/validation.js';
/**
 * The spec's closed sets, which the runtime cannot import: the generated modules add them here by
 * declaration merging (`declare module`), `returnCode` and `returnCodeCategory` from RetCode's
 * `x-lianlian-return-codes` and `x-lianlian-return-code-categories`, `operationId` from the
 * client operations. Compiled without the generated modules, each set is `string`.
 */
export interface LianLianSpecSets {
}
/** The member `K` of {@link LianLianSpecSets}, or `string` when no generated module adds it. */
type SpecSet<K extends string> = LianLianSpecSets extends Record<K, string> ? LianLianSpecSets[K] : string;
/** A category of `x-lianlian-return-code-categories` (`success`, `processing`, ...). */
export type SpecReturnCodeCategory = SpecSet<'returnCodeCategory'>;
/** The category of a ret_code the return-code table does not list. */
export declare const UNKNOWN_RETURN_CODE_CATEGORY = "unknown";
/** What a result or failure says about its ret_code: a spec category, or `unknown`. */
export type ReturnCodeOutcome = SpecReturnCodeCategory | typeof UNKNOWN_RETURN_CODE_CATEGORY;
/**
 * A ret_code: one `x-lianlian-return-codes` documents (offered by autocompletion), or any other
 * four-digit code, since LianLian adds codes over time (`string & {}` keeps the literals visible).
 */
export type SpecRetCode = SpecSet<'returnCode'> | (string & {});
/** The operation ids of the generated clients (`mpayVerify`, ...). */
export type SpecOperationId = SpecSet<'operationId'>;
/** A generated validator: `validateMpayVerifyRequest` and friends. */
export type ClientValidator = (value: unknown) => ValidationResult<unknown>;
/**
 * One condition that tells a response branch apart, from the branch schema's `const`, `enum`,
 * `not: {const}` and `not: {enum}` properties: the field must equal (or differ from) the value, or
 * be one (or none) of the values; when the branch does not require the field, it may also be absent.
 */
export interface BranchCondition {
    readonly field: string;
    readonly required: boolean;
    readonly equals?: string;
    readonly notEquals?: string;
    readonly oneOf?: readonly string[];
    readonly noneOf?: readonly string[];
}
/** One response branch (`x-lianlian-branch`) of an operation. */
export interface ClientBranch {
    /** `failure`, `success`, `paid` or `held`. */
    readonly name: string;
    /** The component schema of the branch, e.g. `MpayVerifyPaid`. */
    readonly schema: string;
    readonly conditions: readonly BranchCondition[];
    /** Whether LianLian signs this branch (`x-lianlian-signature.response.branches`). */
    readonly signature: 'required' | 'optional';
    readonly validate: ClientValidator;
}
/** The `lianpay1_0_1` envelope an operation's signed request travels in. */
export interface ClientEnvelope {
    readonly version: string;
    /** The outer body field carrying the envelope: the spec's x-lianlian-envelope `field` (`pay_load`). */
    readonly field: string;
}
/** Everything the runtime needs to call one JSON operation. */
export interface ClientOperation {
    readonly operationId: SpecOperationId;
    readonly summary: string;
    readonly method: 'post';
    /**
     * The spec's path key. A URI fragment in it names one of two APIs sharing a URL
     * (`/v1/bankcardprepay#apply`); the request goes to the path without it ({@link requestPathOf}).
     */
    readonly path: string;
    /** Answer fields LianLian leaves out of its signature (`x-lianlian-signature.response.unsignedFields`). */
    readonly unsignedResponseFields?: readonly string[];
    /** The answer's sign-source key order (`x-lianlian-signature.response.keyOrder`, errata E441). */
    readonly responseKeyOrder?: SignKeyOrder;
    /** `servers[0].url` of the operation: the production origin. */
    readonly serverUrl: string;
    /** The component schema of the (plaintext) request, e.g. `MpayVerifyRequest`. */
    readonly requestSchema: string;
    readonly validateRequest: ClientValidator;
    /** `sign_type` values the operation accepts on requests. */
    readonly requestSignTypes: readonly SignType[];
    /** `sign_type` spellings LianLian uses on responses of this operation. */
    readonly responseSignTypes: readonly string[];
    /** Fields of the request in signing order, when the generator provides them. */
    readonly signingFields?: readonly string[];
    /**
     * The request's `format: uri` fields (generated `signingUriFields`): with `signingFields`, the
     * closed sign-source rule the request is signed under.
     */
    readonly signingUriFields?: readonly string[];
    readonly envelope?: ClientEnvelope;
    /**
     * Fields every answer must echo with the request's value (`x-lianlian-correlation.echo`). An
     * answer that lacks one, or carries another value, is not tied to this call and never reports
     * a final outcome.
     */
    readonly correlation: readonly CorrelationField[];
    /** Branches, most specific first. */
    readonly branches: readonly ClientBranch[];
}
/** One row of the spec's `x-lianlian-return-codes`. */
export interface ReturnCodeInfo {
    readonly message: string;
    readonly category: SpecReturnCodeCategory;
    readonly description: string;
}
/** The return-code table: ret_code to its meaning. */
export type ReturnCodeTable = Readonly<Record<string, ReturnCodeInfo>>;
/** The first branch whose conditions hold for `received`, or `undefined`. */
export declare function selectBranch(branches: readonly ClientBranch[], received: Readonly<Record<string, unknown>>): ClientBranch | undefined;
/** Where a request of `path` goes: the path key without its URI fragment, which HTTP never sends. */
export declare function requestPathOf(path: string): string;
export {};
