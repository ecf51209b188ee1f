/**
 * Runtime support for the generated validators (src/validators.ts): the result and issue types,
 * the error thrown by `assertValid`, value masking for messages, and the few helpers the emitted
 * code calls. The checks themselves are emitted as straight-line code per schema; nothing here
 * interprets a schema.
 */
/** One reason a value does not match its schema. */
export interface ValidationIssue {
    /** JSON path of the offending field (`money_order`, `risk_item.user_info_bind_phone`); '' for the whole message. */
    readonly path: string;
    /** The JSON Schema keyword that failed: `maxLength`, `pattern`, `required`, `oneOf`, ... */
    readonly keyword: string;
    /** The keyword's limit: 32 for maxLength, the pattern text, the allowed values, the missing field. */
    readonly limit: unknown;
    /** `money_order: must have exactly two decimals, got "55.4"`. Sensitive values are masked. */
    readonly message: string;
}
/** The value matched its schema. */
export interface ValidationSuccess<T> {
    readonly ok: true;
    readonly value: T;
}
/** The value did not match its schema; `issues` is never empty. */
export interface ValidationFailure {
    readonly ok: false;
    /** Name of the component schema that was checked. */
    readonly schema: string;
    readonly issues: readonly ValidationIssue[];
}
export type ValidationResult<T> = ValidationSuccess<T> | ValidationFailure;
/** Thrown by {@link assertValid}. `field` is the path of the first issue. */
export declare class ValidationError extends Error {
    readonly code: "VALIDATION_FAILED";
    readonly field: string | undefined;
    readonly schema: string;
    readonly issues: readonly ValidationIssue[];
    constructor(schema: string, issues: readonly ValidationIssue[]);
}
/** The validated value, or a {@link ValidationError} naming every issue. */
export declare function assertValid<T>(result: ValidationResult<T>): T;
/**
 * How a value is shown in a message. `card` keeps at most the first 6 and last 4 characters,
 * `id` and `phone` the last 4 (of values of 10 or more characters), `name` the first, `signature`
 * the first 8 of a value longer than 16, `secret` and `content` nothing but the length.
 */
export type MaskKind = 'none' | 'card' | 'id' | 'phone' | 'name' | 'secret' | 'signature' | 'content';
/** Longest string shown in full; longer unmasked values are cut and their length given. */
export declare const SHOWN_VALUE_LIMIT = 64;
/**
 * The one masker for text that ends up in an error or a log line. Every number of seven or more
 * digits, whatever digits and separators it is written with, keeps only its last four digits;
 * separators and length stay, so the text still reads as what it was. Card, ID and phone numbers
 * put in the wrong field, quoted in LianLian's ret_msg or used as a field name are caught here.
 */
export declare function maskDigits(text: string): string;
/**
 * Masks `text` for a message according to `kind`. Whatever the kind, long digit runs in what is
 * shown are masked too: a field's kind says what belongs there, not what a caller put there.
 */
export declare function maskText(text: string, kind: MaskKind): string;
/** A value as shown after `got` in a message. */
export declare function showValue(value: unknown, kind: MaskKind): string;
/** The JSON type name of a value: `null`, `array`, `object`, `string`, `number`, `boolean`. */
export declare function typeOfJson(value: unknown): string;
/** Where issues of one validation go; `label` names the message in issues about the message itself. */
export interface IssueSink {
    readonly label: string;
    readonly issues: ValidationIssue[];
}
/** Signature of the emitted issue collectors. */
export type IssueCollector = (value: unknown, path: string, mask: MaskKind, out: IssueSink) => void;
/** @internal Records an issue. */
export declare function reportIssue(out: IssueSink, path: string, keyword: string, limit: unknown, phrase: string): void;
/** @internal Records an issue whose message ends with the (masked) offending value. */
export declare function reportValue(out: IssueSink, path: string, keyword: string, limit: unknown, phrase: string, value: unknown, mask: MaskKind): void;
/** @internal The path of property `key` below `path`. */
export declare function propertyPath(path: string, key: string): string;
/** Length of a string in Unicode code points, as JSON Schema counts it (not UTF-16 units). */
export declare function codePointLength(text: string): number;
/** JSON equality as `const`, `enum` and `uniqueItems` mean it (key order does not matter). */
export declare function jsonEqual(a: unknown, b: unknown): boolean;
/** @internal Whether some element of `array` equals another one. */
export declare function hasDuplicateItem(array: readonly unknown[]): boolean;
/** @internal Returned by {@link parseJsonContent} for text that is not JSON. */
export declare const INVALID_JSON: unique symbol;
/** @internal Parses the JSON held in a string (`contentMediaType: application/json`). */
export declare function parseJsonContent(text: string): unknown;
/**
 * @internal For a failed `oneOf`/`anyOf`: records one issue naming the alternatives, then the
 * issues of the alternative closest to the value (fewest issues, a failed const/not or type
 * weighing most), so the caller learns what to fix rather than every way every branch failed.
 */
export declare function reportAlternatives(out: IssueSink, path: string, mask: MaskKind, value: unknown, keyword: 'oneOf' | 'anyOf', names: readonly string[], collectors: readonly IssueCollector[]): void;
/** @internal Runs a collector for a value its boolean check rejected. */
export declare function collectIssues(schema: string, value: unknown, collect: IssueCollector): ValidationFailure;
/**
 * One line of untrusted text for an error message or a log line: control and line-separator
 * characters become a space (so they cannot forge extra log lines) and text longer than `max`
 * is cut.
 */
export declare function oneLine(text: string, max?: number): string;
/** The first three issue messages on one line, and how many more there are. */
export declare function summariseIssues(issues: readonly ValidationIssue[]): string;
/** The top-level field the first issue is about, for an error's `field`. */
export declare function issueField(issues: readonly ValidationIssue[]): string | undefined;
