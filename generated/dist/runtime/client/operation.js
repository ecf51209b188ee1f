/** The category of a ret_code the return-code table does not list. */
export const UNKNOWN_RETURN_CODE_CATEGORY = 'unknown';
/** The first branch whose conditions hold for `received`, or `undefined`. */
export function selectBranch(branches, received) {
    return branches.find((branch) => branch.conditions.every((c) => holds(c, received)));
}
function holds(condition, received) {
    const present = Object.hasOwn(received, condition.field);
    if (!present)
        return !condition.required;
    const value = received[condition.field];
    if (condition.equals !== undefined && value !== condition.equals)
        return false;
    if (condition.notEquals !== undefined && value === condition.notEquals)
        return false;
    if (condition.oneOf !== undefined && !condition.oneOf.includes(value))
        return false;
    if (condition.noneOf?.includes(value) === true)
        return false;
    return true;
}
/** Where a request of `path` goes: the path key without its URI fragment, which HTTP never sends. */
export function requestPathOf(path) {
    const hash = path.indexOf('#');
    return hash === -1 ? path : path.slice(0, hash);
}
