import { type DiagnoseCause } from './candidates.js';
import { type DiagnoseInput } from './input.js';
import { type SignSourceView } from './view.js';
import { type KeyInput } from '../crypto/keys.js';
export { DIAGNOSE_MAX_MESSAGE_BYTES, DIAGNOSE_MAX_MESSAGE_FIELDS, DiagnoseError, type DiagnoseErrorCode, type DiagnoseInput, } from './input.js';
export { DIAGNOSE_CAUSE_KINDS, type DiagnoseCause, type DiagnoseCauseKind } from './candidates.js';
export type { SignSourceFieldView, SignSourceView } from './view.js';
export { formatDiagnosis } from './format.js';
/** Most candidate sign sources hashed and compared in one diagnosis. */
export declare const DIAGNOSE_MAX_RECOMPUTATIONS = 4096;
/** Most public keys one diagnosis accepts. */
export declare const DIAGNOSE_MAX_PUBLIC_KEYS = 8;
/** A request the merchant signed and LianLian answered `1001`. */
export interface DiagnoseRequestOptions {
    readonly mode: 'request';
    /** The merchant's private key. Its public half is derived; it never appears in the report. */
    readonly privateKey: KeyInput;
    /** The public key uploaded to LianLian, when it should be checked against the private key. */
    readonly publicKey?: KeyInput;
    /** The body's content type, overriding a dump's header (default: by the first character). */
    readonly contentType?: string;
}
/** A response or notification from LianLian that does not verify. */
export interface DiagnoseNotificationOptions {
    readonly mode: 'notification';
    /**
     * LianLian's public keys: the first is the one your verifier uses; further keys (after a
     * rotation) are tried as a cause.
     */
    readonly publicKeys: KeyInput | readonly KeyInput[];
    readonly contentType?: string;
}
export type DiagnoseOptions = DiagnoseRequestOptions | DiagnoseNotificationOptions;
/** How much work a diagnosis did. */
export interface DiagnoseWork {
    /** Candidate sign sources hashed and compared (at most {@link DIAGNOSE_MAX_RECOMPUTATIONS}). */
    readonly recomputations: number;
    /** RSA operations: signature openings, the key probe and the final verification. */
    readonly rsaOperations: number;
    /** Whether the bound stopped the search before every candidate was tried. */
    readonly exhausted: boolean;
}
/** The recomputation that proves the causes. */
export interface DiagnoseProof {
    /** Which key verifies: `LianLian key 2`, `the public half of your private key`, ... */
    readonly key: string;
    /** The algorithm that verifies: `MD5withRSA`, `SHA256withRSA`, ... */
    readonly algorithm: string;
    /** Every change made before `crypto.verify` accepted the signature. */
    readonly changes: readonly string[];
}
/**
 * What a diagnosis found. `ok` is the package's one result discriminant (as in `createVerifier`'s
 * result): `true` when the signature verifies as received; `status` tells the two failures apart.
 */
export type Diagnosis = {
    readonly ok: true;
    readonly status: 'valid';
    readonly key: string;
    readonly algorithm: string;
    readonly work: DiagnoseWork;
} | {
    readonly ok: false;
    readonly status: 'explained';
    /** Most likely first. */
    readonly causes: readonly DiagnoseCause[];
    readonly proof: DiagnoseProof;
    readonly work: DiagnoseWork;
} | {
    readonly ok: false;
    readonly status: 'unexplained';
    /** What could be established anyway, e.g. which key the signature opens under. */
    readonly findings: readonly string[];
    /** The sign source of the message as received, masked. */
    readonly signSource: SignSourceView;
    readonly work: DiagnoseWork;
};
/**
 * Explains why `message`'s signature does not verify, or says it is valid.
 * Bounded: at most {@link DIAGNOSE_MAX_RECOMPUTATIONS} recomputations (one hash of a candidate
 * sign source each) and at most 33 RSA operations, whatever the message.
 * @throws {DiagnoseError} when the message cannot be read or has no `sign`, or the options are
 *   unusable; {@link KeyFormatError} when a key cannot be loaded. Never for a bad signature.
 */
export declare function diagnoseSignature(message: DiagnoseInput, options: DiagnoseOptions): Diagnosis;
