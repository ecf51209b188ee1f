/**
 * Where JSON text first goes wrong, as a line and column, without quoting any of it: JSON.parse's
 * own messages quote the input (which may hold card numbers or keys) and give a position only for
 * some mistakes. A small RFC 8259 scanner that accepts exactly what JSON.parse accepts.
 */
/** 1-based line and column (in UTF-16 code units) of the first character that breaks the JSON. */
export interface JsonPosition {
    readonly line: number;
    readonly column: number;
    /** 0-based offset; `text.length` when the text ends too early. */
    readonly offset: number;
}
/** undefined when `text` is valid JSON, otherwise where the first mistake is. */
export declare function jsonErrorPosition(text: string): JsonPosition | undefined;
