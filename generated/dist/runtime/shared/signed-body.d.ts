import { type SourceCharsetRule } from '../crypto/charset.js';
/** A parsed body: each field's text as it was signed, or why the body could not be read. */
export type ParsedSignedBody = {
    readonly ok: true;
    readonly format: 'form' | 'json';
    readonly fields: Readonly<Record<string, string>>;
} | {
    readonly ok: false;
    readonly reason: 'unsupported-content-type' | 'malformed-body';
    readonly detail: string;
    /** The field name the body repeats (printable, digits masked), when that is the reason. */
    readonly field?: string;
};
/**
 * Parses a signed body by its content type: `application/x-www-form-urlencoded` as a form;
 * `text/json` (what LianLian sends), `application/json` and `+json` types as JSON; `text/plain`
 * or no type by its first character. A charset other than UTF-8 is refused. Never throws.
 */
export declare function parseSignedBody(body: string | Uint8Array, contentType: string | null | undefined): ParsedSignedBody;
/** Form fields: `+` is a space and `%XX` a UTF-8 byte, as browsers encode them. */
export declare function parseSignedFormFields(text: string): ParsedSignedBody;
/**
 * A JSON object's members as text: strings decoded, every other value (number, boolean, nested
 * object or array) as its exact source text; `null` members are left out (they are never signed).
 * A member name repeated at any depth is refused (the runtime's one JSON reader, json-text.ts).
 */
export declare function parseSignedJsonFields(text: string): ParsedSignedBody;
export declare function define(target: Record<string, string>, name: string, value: string): void;
/**
 * A form body in the charset one of its own fields names (`charset_name`, `rule.field`; errata
 * E530). The body is ASCII, since browsers percent-encode every other byte; each name and value is
 * percent-decoded to bytes and the values are decoded with that charset, as LianLian does. Bytes
 * the charset has no text for are refused (E531), naming the field. Never throws.
 */
export declare function parseCharsetFormFields(body: Uint8Array, rule: SourceCharsetRule): ParsedSignedBody;
