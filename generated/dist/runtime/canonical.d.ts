/** A parameter map as sent to or received from LianLian. */
export type SignParams = Readonly<Record<string, unknown>>;
/** Options of {@link signSourceOrdered}. */
export interface OrderedSignSourceOptions {
    /**
     * What to do with a parameter present in `params` but missing from the ordering:
     * `'include'` (default) falls back to a full sort so it is signed too; `'reject'` throws
     * `SIGN_SOURCE_UNKNOWN_FIELD`. Either way no sent field is ever left out of the signature.
     */
    unknownFields?: 'include' | 'reject';
}
/**
 * Builds the sign source of `params`.
 * @throws {SignSourceError} when a key or value cannot be signed as LianLian would.
 */
export declare function signSource(params: SignParams): string;
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
 * Renders one value the way it is signed, or `undefined` when the parameter is left out
 * (null, undefined, empty string).
 * @throws {SignSourceError} when the value cannot be transmitted as text LianLian signs.
 */
export declare function signValue(field: string, value: unknown): string | undefined;
