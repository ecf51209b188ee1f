import type { SandboxRuleSettings } from './rules.js';
/** One rule: when it applies, in Markdown (code spans and bold only), and the ret_code answered. */
export interface SandboxRule {
    /** A function when the text quotes a setting (the amount limit, the wrong SMS code). */
    readonly when: string | ((settings: SandboxRuleSettings) => string);
    readonly retCode: string;
}
/** A behaviour's rules, checked after the pipeline's, in order; the first that applies answers. */
export interface SandboxRuleSet {
    /** The requests they apply to, as the table labels them (`Verify`): one label may be shared. */
    readonly label: string;
    readonly rules: readonly SandboxRule[];
}
/** What the rules table needs to know of one registered behaviour. */
export interface SandboxRuleSource {
    readonly operationId: string;
    readonly rules?: SandboxRuleSet;
}
/** One row of the rules table: `label` names the requests it is limited to. */
export interface SandboxRuleRow {
    readonly label?: string;
    readonly when: string;
    readonly retCode: string;
}
/** The generic JSON pipeline's checks (json.ts), before any behaviour's. */
export declare const SANDBOX_PIPELINE_RULES: {
    /** Every request, before the envelope is opened. */
    readonly before: readonly SandboxRule[];
    /** Enveloped requests only; labelled with the labels of the enveloped operations' behaviours. */
    readonly envelope: readonly SandboxRule[];
    /** Every request, once the signed message is known. */
    readonly after: readonly SandboxRule[];
};
/** The generic form pipeline's checks (web.ts), before the form behaviour's. */
export declare const SANDBOX_FORM_PIPELINE_RULES: readonly SandboxRule[];
/**
 * The rules table's rows: the pipeline's checks, then each behaviour's rules in registry order
 * (rules shared by several behaviours, such as the two Verify APIs', listed once), then
 * `Anything else → 0000`. Behaviours without `rules` add no rows.
 */
export declare function sandboxRuleRows(behaviours: readonly SandboxRuleSource[], envelopedOperationIds: ReadonlySet<string>, settings: SandboxRuleSettings): SandboxRuleRow[];
/**
 * The rules table of the browser forms: the form pipeline's checks, each form behaviour's rules,
 * then `Anything else → 0000` (the cashier page opens). Each refusal is an error page.
 */
export declare function sandboxFormRuleRows(behaviours: readonly SandboxRuleSource[], settings: SandboxRuleSettings): SandboxRuleRow[];
/** The rows as a Markdown table (Condition | `ret_code`). */
export declare function sandboxRulesMarkdown(rows: readonly SandboxRuleRow[]): string;
/** The rows as an HTML table, for the sandbox's index page. */
export declare function sandboxRulesHtml(rows: readonly SandboxRuleRow[]): string;
