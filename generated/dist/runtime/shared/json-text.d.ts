/** Why a text was refused. */
export type JsonTextProblem = 'syntax' | 'not-object' | 'duplicate-key' | 'too-deep';
/** A JSON object read from text. */
export interface JsonObjectText {
    readonly ok: true;
    /** The object, as `JSON.parse` would build it (a `__proto__` member is an own property). */
    readonly value: Record<string, unknown>;
    /** Each top-level member's text as received; `null` members are left out (never signed). */
    readonly fields: Record<string, string>;
}
/** A refused text. `detail` names the rule and, for a repeated name, the name (digits masked). */
export interface JsonTextRefusal {
    readonly ok: false;
    readonly problem: JsonTextProblem;
    readonly detail: string;
    /** The repeated member name, printable and with long digit runs masked. */
    readonly key?: string;
}
/** Nesting deeper than this is refused: LianLian's messages are flat. */
export declare const MAX_JSON_DEPTH = 32;
/** Reads a text that must be exactly one JSON object (surrounding whitespace allowed). */
export declare function readJsonObject(text: string): JsonObjectText | JsonTextRefusal;
/**
 * {@link readJsonObject} for callers that need only the members' text (a signed body): the same
 * checks and refusals, but the top-level object is not built, which saves an object per message.
 */
export declare function readJsonFields(text: string): {
    readonly ok: true;
    readonly fields: Record<string, string>;
} | JsonTextRefusal;
/** Reads any JSON value with the same rules (for JSON held in a string, like `risk_item`). */
export declare function readJsonValue(text: string): {
    ok: true;
    value: unknown;
} | JsonTextRefusal;
/** A received member name as it may be shown: printable ASCII, long digit runs masked, cut. */
export declare function shownMemberName(name: string): string;
