/**
 * Other renderings of one value that a library between signer and sender may have produced:
 * amounts re-rendered as numbers (`10.00` sent as `10`), and JSON texts (`risk_item`)
 * re-serialised with other spacing or escaping. `diagnoseSignature` tries each as the signed text.
 */
/** The two-decimal text of `value` when it looks like a re-rendered amount, else undefined. */
export declare function twoDecimalRendering(value: string): string | undefined;
/** How many renderings {@link jsonRenderings} returns at most per value. */
export declare const JSON_RENDERING_COUNT: number;
/**
 * The value's JSON re-serialised in each known style, when it is a JSON object or array text;
 * renderings equal to the value itself are left out.
 */
export declare function jsonRenderings(value: string): {
    style: string;
    text: string;
}[];
