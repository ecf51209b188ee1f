/** Whether `value` is a non-empty string the rule allows. */
export function followsFieldRule(rule, value) {
    if (typeof value !== 'string' || value === '')
        return false;
    if (rule?.maxLength !== undefined && [...value].length > rule.maxLength)
        return false;
    return rule?.pattern === undefined || rule.pattern.test(value);
}
