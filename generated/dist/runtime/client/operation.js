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
    return true;
}
