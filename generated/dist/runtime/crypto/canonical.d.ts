/** A parameter map as sent to or received from LianLian. */
export type SignParams = Readonly<Record<string, unknown>>;
/**
 * How keys are ordered: `byte` (ascending UTF-16 code units, which for ASCII names is byte order;
 * a key set on which Java's case-insensitive order differs is refused) or `case-insensitive`
 * (Java's `String.CASE_INSENSITIVE_ORDER`, what `x-lianlian-signature`'s `keyOrder` names).
 */
export type SignKeyOrder = 'byte' | 'case-insensitive';
/** Options of {@link signSourceOrdered}. */
export interface OrderedSignSourceOptions {
    /**
     * What to do with a parameter present in `params` but missing from the ordering:
     * `'include'` (default) falls back to a full sort so it is signed too; `'reject'` throws
     * `SIGN_SOURCE_UNKNOWN_FIELD`. Either way no sent field is ever left out of the signature.
     */
    unknownFields?: 'include' | 'reject';
    /**
     * The closed rule, for a request whose fields are all known (from the generated
     * `signingUriFields`): the fields of the message whose schema is `format: uri`. In those, a
     * query string may carry `&name=` unless `name` is one of `orderedFields` or `sign`; every other
     * field keeps the strict rule. Setting it implies `unknownFields: 'reject'`, since an unknown
     * field would be a name the rule did not account for.
     */
    uriFields?: readonly string[];
}
/**
 * Builds the sign source of `params`.
 * @throws {SignSourceError} when a key or value cannot be signed as LianLian would.
 */
export declare function signSource(params: SignParams, keyOrder?: SignKeyOrder): string;
/**
 * Builds the sign source using a precomputed, strictly ascending ordering of the known fields
 * (for example one the generator derived from the spec), so no sort runs per message. A field
 * present in `params` but absent from the ordering is never dropped silently; see
 * {@link OrderedSignSourceOptions.unknownFields}.
 * @throws {SignSourceError} as {@link signSource}, plus `SIGN_SOURCE_ORDERING` when the ordering
 *   is not strictly ascending.
 */
export declare function signSourceOrdered(params: SignParams, orderedFields: readonly string[], options?: OrderedSignSourceOptions): string;
/**
 * Whether `value` contains `&name=` (a name being `[A-Za-z0-9_]+`), which no signed value may
 * contain under the strict rule. Lets a merchant check free text (an order remark, say) before
 * building a request with it.
 */
export declare function containsFieldStart(value: string): boolean;
/**
 * Renders one value the way it is signed, or `undefined` when the parameter is left out
 * (null, undefined, empty string).
 * @throws {SignSourceError} when the value cannot be transmitted as text LianLian signs.
 */
export declare function signValue(field: string, value: unknown): string | undefined;
