/**
 * Reads a message the way a merchant has it for `diagnoseSignature`: a JSON or form-encoded body,
 * a raw HTTP request dump (request line, headers, blank line, body), or an already parsed object.
 * Bodies go through the notification parsers, so every value keeps the text it was sent with.
 */
import { LianLianError } from '../shared/errors.js';
/** Codes of {@link DiagnoseError}. */
export type DiagnoseErrorCode = 'DIAGNOSE_MESSAGE' | 'DIAGNOSE_NO_SIGN' | 'DIAGNOSE_OPTIONS' | 'DIAGNOSE_KEYS';
/** The message or the options given to `diagnoseSignature` cannot be worked with. */
export declare class DiagnoseError extends LianLianError<DiagnoseErrorCode> {
}
/** What `diagnoseSignature` accepts as the message. */
export type DiagnoseInput = string | Uint8Array | Readonly<Record<string, unknown>>;
/** A message read for diagnosis. */
export interface DiagnoseMessage {
    readonly format: 'json' | 'form' | 'object' | 'http-json' | 'http-form';
    /** The body's fields (for a dump without a body: the query's), each as the text sent. */
    readonly body: Readonly<Record<string, string>>;
    /** The query string's fields when the input is a dump whose request target has one. */
    readonly query: Readonly<Record<string, string>> | undefined;
}
/** Largest message read, in bytes of UTF-8 (LianLian's messages are well under 2 KiB). */
export declare const DIAGNOSE_MAX_MESSAGE_BYTES: number;
/** Most fields a message may have (LianLian's have fewer than 50). */
export declare const DIAGNOSE_MAX_MESSAGE_FIELDS = 256;
/**
 * Reads `input`; `contentType` overrides a dump's Content-Type header, and otherwise the body is
 * told apart by its first character (`{` is JSON).
 * @throws {DiagnoseError} `DIAGNOSE_MESSAGE` when it cannot be read (the detail names no value).
 */
export declare function readDiagnoseInput(input: DiagnoseInput, contentType?: string): DiagnoseMessage;
