/** One `key=value` pair of the sign source as shown. */
export interface SignSourceFieldView {
    readonly field: string;
    /** The masked value, each character outside printable ASCII shown as `[U+XXXX xx xx]`. */
    readonly shown: string;
    /** UTF-8 length of the value as signed (before masking). */
    readonly bytes: number;
    /** What may not be visible: `leading space`, `invisible U+200B`, `non-ASCII`, ... */
    readonly notes: readonly string[];
}
/** The whole sign source as shown. */
export interface SignSourceView {
    /** UTF-8 length of the sign source. */
    readonly bytes: number;
    readonly fields: readonly SignSourceFieldView[];
}
/** Shows the sign source of `entries` (already sorted and filtered as signed). */
export declare function viewSignSource(entries: readonly (readonly [string, string])[]): SignSourceView;
