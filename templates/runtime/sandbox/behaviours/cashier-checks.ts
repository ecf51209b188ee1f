/**
 * What every sandbox cashier checks after its own order rule, in this order: the form's timestamp
 * against the sandbox clock, then the amount against the limit (WEB Payment, the aggregate web
 * redirect). The rules as the rules table shows them, and the check that applies them.
 */
import { clockSkewSeconds, MAX_CLOCK_SKEW_MINUTES } from '../../shared/china-time.js';
import type { SandboxContext } from '../context.js';
import type { SandboxRule } from '../rule-table.js';
import { sandboxAboveLimit, type SandboxOutcome } from '../rules.js';

export const SANDBOX_CASHIER_FORM_RULES: readonly SandboxRule[] = [
  {
    when: `\`timestamp\` is more than ${MAX_CLOCK_SKEW_MINUTES} minutes from the sandbox clock`,
    retCode: '1004',
  },
  {
    when: (settings) =>
      `\`money_order\` is above the amount limit, ${settings.amountLimit} unless \`--amount-limit\` (or \`rules.amountLimit\`) changes it`,
    retCode: '1019',
  },
];

/** The refusal of the first of SANDBOX_CASHIER_FORM_RULES that applies, or undefined. */
export function sandboxCashierFormRefusal(
  ctx: SandboxContext,
  fields: Readonly<Record<string, string | undefined>>,
): SandboxOutcome | undefined {
  const skew = clockSkewSeconds(fields.timestamp ?? '', ctx.now());
  if (skew === undefined || Math.abs(skew) > MAX_CLOCK_SKEW_MINUTES * 60)
    return { retCode: '1004', field: 'timestamp' };
  if (sandboxAboveLimit(fields.money_order ?? '', ctx.state.rules.amountLimit))
    return { retCode: '1019', field: 'money_order' };
  return undefined;
}
