import { type ClientOperation, type ReturnCodeOutcome, type ReturnCodeTable, type SpecOperationId, type SpecRetCode } from './operation.js';
import { type KeyInput } from '../crypto/keys.js';
import { type SignType } from '../crypto/sign-type.js';
/** Options of `createLianLianClient`. */
export interface LianLianClientOptions<OperationId extends SpecOperationId = SpecOperationId> {
    /** The merchant number LianLian assigned (`oid_partner`); the client adds it to every request. */
    oidPartner: string;
    /** The merchant's RSA private key: PEM PKCS#1 or PKCS#8, bare base64 PKCS#8, DER or a KeyObject. */
    privateKey: KeyInput;
    /**
     * LianLian's public key, or several during a key rotation. Responses are accepted when any of
     * them verifies; envelopes (instantPayConfirm) are encrypted for the first.
     */
    lianlianPublicKey: KeyInput | readonly KeyInput[];
    /** How requests are signed: `RSA` (MD5withRSA) or `SHA256withRSA`. */
    signType: SignType;
    /**
     * Origins (optionally with a path prefix) replacing the production `servers` of the spec, per
     * operation, e.g. a sandbox: `{ mpayVerify: 'https://sandbox.example' }`.
     */
    baseUrls?: Partial<Record<OperationId, string>>;
    /** The fetch used to send requests (default: the global fetch). */
    fetch?: (request: Request) => Promise<Response>;
    /** Time limit of each call in milliseconds, including reading the response (default 30 000). */
    timeoutMs?: number;
    /**
     * Largest response body read, in bytes after decompression (default 262 144, 256 KiB; LianLian's
     * answers are under 2 KiB). A longer one stops the read at the cap and rejects with
     * `ResponseTooLargeError` (`outcomeUnknown: true`).
     */
    maxResponseBytes?: number;
    /**
     * Reject failure responses that carry no signature (`SIGNATURE_MISSING`) instead of reporting
     * them as `BusinessFailureError` with `verified: false`. Default false: LianLian often answers
     * errors unsigned.
     */
    requireSignedFailures?: boolean;
    /**
     * The algorithms LianLian's answers may be signed with (default: every one the spec lists for
     * the operation). Narrow it to your account's, e.g. `['SHA256withRSA']`, so an answer signed
     * with the weaker MD5withRSA is refused; an operation none of whose algorithms remain then
     * refuses every answer.
     */
    allowedResponseSignTypes?: readonly SignType[];
}
/** Options of one call. */
export interface CallOptions {
    /** Time limit of this call in milliseconds, overriding the client's. */
    timeoutMs?: number;
    /** Aborts the call; it then rejects with `RequestAbortedError`. */
    signal?: AbortSignal;
}
/** The fields the client fills in itself; request parameter types leave them out. */
export type ClientFilledField = 'oid_partner' | 'sign_type' | 'sign';
/** The parameters a caller passes for a request schema `T`. */
export type RequestParams<T> = Omit<T, ClientFilledField>;
/** A successful (ret_code 0000), signature-verified response. */
export interface ClientResult<Branch extends string = string, Data = Readonly<Record<string, unknown>>, OperationId extends SpecOperationId = SpecOperationId> {
    readonly operationId: OperationId;
    /** The response branch (`success`, `paid`, ...) the body matched. */
    readonly branch: Branch;
    readonly retCode: SpecRetCode;
    readonly retMsg: string;
    /**
     * The return-code category of ret_code (`success` for 0000), from the spec's closed list, or
     * `unknown` for a code the return-code table does not list.
     */
    readonly category: ReturnCodeOutcome;
    /** Every field received, including fields the spec does not define. */
    readonly data: Data;
    /** The verified signature: its algorithm and which configured LianLian key verified it. */
    readonly signature: {
        readonly signType: SignType;
        readonly keyIndex: number;
    };
    /**
     * Fields of `data` that LianLian's signature does not cover (the spec's
     * `x-lianlian-signature.response.unsignedFields`, e.g. the result queries' bank_name and memo):
     * anyone on the network path could have changed them, so never decide on them alone. Empty when
     * every received field is signed.
     */
    readonly unsigned: readonly string[];
}
/** What the generated code hands the engine: the operations and the return-code table. */
export interface ClientCatalogue<OperationId extends SpecOperationId> {
    readonly operations: Readonly<Record<OperationId, ClientOperation>>;
    readonly returnCodes: ReturnCodeTable;
}
/** The engine: one `call` for every operation. */
export interface ClientCore<OperationId extends SpecOperationId> {
    call(operationId: OperationId, params: object, options?: CallOptions): Promise<ClientResult>;
    /** The base URL calls of `operationId` go to. */
    baseUrlOf(operationId: OperationId): string;
}
/**
 * Checks the options, loads the keys and returns the engine.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createClientCore<Paths extends {}, OperationId extends SpecOperationId>(options: LianLianClientOptions<OperationId>, catalogue: ClientCatalogue<OperationId>): ClientCore<OperationId>;
