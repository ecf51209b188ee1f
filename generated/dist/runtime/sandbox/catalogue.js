/** Whether `value` is a non-empty string the rule allows. */
export function followsFieldRule(rule, value) {
    if (typeof value !== 'string' || value === '')
        return false;
    if (rule?.maxLength !== undefined && [...value].length > rule.maxLength)
        return false;
    return rule?.pattern === undefined || rule.pattern.test(value);
}
/**
 * `name=value` for each field of `fields` that names an order (some webhook's orderKey), for log
 * lines; empty when none is present.
 */
export function sandboxOrderLabel(catalogue, fields) {
    const keys = [...new Set(Object.values(catalogue.orderKeys))];
    const present = keys.filter((key) => typeof fields[key] === 'string');
    return present.length === 0
        ? undefined
        : present.map((k) => `${k}=${String(fields[k])}`).join(' ');
}
/**
 * The fields the spec marks `x-lianlian-sensitive: card`, in the catalogue's order: where a log
 * line finds the card number it shows masked.
 */
export function sandboxCardFields(catalogue) {
    return Object.entries(catalogue.fieldRules)
        .filter(([, rule]) => rule.sensitive === 'card')
        .map(([name]) => name);
}
