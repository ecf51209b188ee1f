/**
 * Reading a request's fields into the records the sandbox's state and answers are made of. A
 * behaviour names the fields it needs once, as the spec spells them; these helpers do the copying
 * that every behaviour would otherwise write out field by field:
 *
 *   sandboxPick(request, ['oid_partner', 'no_order'])          { oid_partner, no_order }
 *   sandboxRecord(fields, ['oid_partner', 'no_order'], ['pay_type'])
 *                                               { oidPartner, noOrder, payType? } for a state call
 *   sandboxPresent({ settle_date: order.settleDate, ... })    the entries whose value is defined
 *
 * A required name the request lacks is read as it is (undefined): the pipeline validated the
 * request against the operation's schema before a behaviour sees it, so the schema decides.
 */
/** A request's (or an order's) fields by their wire names. */
export type SandboxFields = Readonly<Record<string, string>>;
/** `no_order` → `noOrder`: the property names of the sandbox's state records. */
export type SandboxCamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<SandboxCamelCase<Tail>>}` : S;
/** The named fields under their wire names (what a behaviour's `prepare` returns as the order). */
export declare function sandboxPick<const Name extends string>(fields: SandboxFields, names: readonly Name[]): Record<Name, string>;
/**
 * The named fields under camelCase names, as the state modules and the setup calls take them:
 * every `required` name, and each `optional` one only when the request has it.
 */
export declare function sandboxRecord<const Required extends string, const Optional extends string = never>(fields: SandboxFields, required: readonly Required[], optional?: readonly Optional[]): {
    [K in Required as SandboxCamelCase<K>]: string;
} & {
    [K in Optional as SandboxCamelCase<K>]?: string;
};
/** The entries whose value is defined: an answer's optional fields, left out when unknown. */
export declare function sandboxPresent<const Name extends string>(entries: Readonly<Record<Name, string | undefined>>): Partial<Record<Name, string>>;
