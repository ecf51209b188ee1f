/**
 * The sandbox's published rules as data: the pipeline's own checks (here) and each behaviour's
 * (`SandboxBehaviour.rules`), in the order the sandbox applies them. One copy feeds the rules
 * table of the Getting started guide (the docs build's `<!-- docs:sandbox-rules -->` directive)
 * and the sandbox's index page, each rendered with the settings in force.
 */
import { escapeHtml } from '../shared/html.js';
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
export const SANDBOX_PIPELINE_RULES: {
  /** Every request, before the envelope is opened. */
  readonly before: readonly SandboxRule[];
  /** Enveloped requests only; labelled with the labels of the enveloped operations' behaviours. */
  readonly envelope: readonly SandboxRule[];
  /** Every request, once the signed message is known. */
  readonly after: readonly SandboxRule[];
} = {
  before: [
    { when: 'The body is not a UTF-8 JSON object', retCode: '1012' },
    {
      when: "A field breaks the request schema; for an enveloped request, the envelope's (`ret_msg` names the field)",
      retCode: '1004',
    },
  ],
  envelope: [
    {
      when: "`pay_load` cannot be decrypted with the sandbox's LianLian key, or holds no JSON object",
      retCode: '4007',
    },
    {
      when: "the envelope's `oid_partner` differs from the one inside `pay_load`",
      retCode: '1004',
    },
    { when: 'a field of the decrypted request breaks its schema', retCode: '1004' },
  ],
  after: [
    { when: '`oid_partner` is not a merchant the sandbox was started with', retCode: '3001' },
    {
      when: "The signature does not verify with that merchant's public key (a bad signature)",
      retCode: '1001',
    },
  ],
};

/** The generic form pipeline's checks (web.ts), before the form behaviour's. */
export const SANDBOX_FORM_PIPELINE_RULES: readonly SandboxRule[] = [
  { when: 'The body is not UTF-8 form fields, each given once', retCode: '1012' },
  { when: 'A field breaks the form schema (the error page names it)', retCode: '1004' },
  { when: '`oid_partner` is not a merchant the sandbox was started with', retCode: '3001' },
  {
    when: "The signature does not verify with that merchant's public key (a bad signature)",
    retCode: '1001',
  },
];

/** The last row: what no rule catches succeeds. */
const OTHERWISE: SandboxRuleRow = { when: 'Anything else', retCode: '0000' };

/**
 * The rules table's rows: the pipeline's checks, then each behaviour's rules in registry order
 * (rules shared by several behaviours, such as the two Verify APIs', listed once), then
 * `Anything else → 0000`. Behaviours without `rules` add no rows.
 */
export function sandboxRuleRows(
  behaviours: readonly SandboxRuleSource[],
  envelopedOperationIds: ReadonlySet<string>,
  settings: SandboxRuleSettings,
): SandboxRuleRow[] {
  const row = (rule: SandboxRule, label?: string): SandboxRuleRow => ({
    ...(label === undefined ? {} : { label }),
    when: ruleText(rule, settings),
    retCode: rule.retCode,
  });
  const envelopeLabels = unique(
    behaviours
      .filter((b) => envelopedOperationIds.has(b.operationId))
      .flatMap((b) => (b.rules === undefined ? [] : [b.rules.label])),
  );
  const rows = SANDBOX_PIPELINE_RULES.before.map((rule) => row(rule));
  if (envelopedOperationIds.size > 0) {
    const label = envelopeLabels.length > 0 ? envelopeLabels.join(', ') : undefined;
    rows.push(...SANDBOX_PIPELINE_RULES.envelope.map((rule) => row(rule, label)));
  }
  rows.push(...SANDBOX_PIPELINE_RULES.after.map((rule) => row(rule)));
  const seen = new Set<readonly SandboxRule[]>();
  for (const behaviour of behaviours) {
    const set = behaviour.rules;
    if (set === undefined || seen.has(set.rules)) continue;
    seen.add(set.rules);
    rows.push(...set.rules.map((rule) => row(rule, set.label)));
  }
  rows.push(OTHERWISE);
  return rows;
}

/**
 * The rules table of the browser forms: the form pipeline's checks, each form behaviour's rules,
 * then `Anything else → 0000` (the cashier page opens). Each refusal is an error page.
 */
export function sandboxFormRuleRows(
  behaviours: readonly SandboxRuleSource[],
  settings: SandboxRuleSettings,
): SandboxRuleRow[] {
  const rows: SandboxRuleRow[] = SANDBOX_FORM_PIPELINE_RULES.map((rule) => ({
    when: ruleText(rule, settings),
    retCode: rule.retCode,
  }));
  for (const { rules: set } of behaviours) {
    if (set === undefined) continue;
    for (const rule of set.rules)
      rows.push({ label: set.label, when: ruleText(rule, settings), retCode: rule.retCode });
  }
  rows.push({ when: 'Anything else: the cashier page opens', retCode: '0000' });
  return rows;
}

const ruleText = (rule: SandboxRule, settings: SandboxRuleSettings): string =>
  typeof rule.when === 'string' ? rule.when : rule.when(settings);

/** The rows as a Markdown table (Condition | `ret_code`). */
export function sandboxRulesMarkdown(rows: readonly SandboxRuleRow[]): string {
  const lines = ['| Condition | `ret_code` |', '| --- | --- |'];
  for (const { label, when, retCode } of rows) {
    const condition = label === undefined ? when : `**${label}:** ${when}`;
    lines.push(`| ${condition.replaceAll('|', '\\|')} | \`${retCode}\` |`);
  }
  return lines.join('\n');
}

/** The rows as an HTML table, for the sandbox's index page. */
export function sandboxRulesHtml(rows: readonly SandboxRuleRow[]): string {
  const cells = rows.map(({ label, when, retCode }) => {
    const condition =
      (label === undefined ? '' : `<strong>${escapeHtml(label)}:</strong> `) + inline(when);
    return `<tr><td>${condition}</td><td><code>${escapeHtml(retCode)}</code></td></tr>`;
  });
  return [
    '<table>',
    '<thead><tr><th>Condition</th><th><code>ret_code</code></th></tr></thead>',
    `<tbody>\n${cells.join('\n')}\n</tbody>`,
    '</table>',
  ].join('\n');
}

// The rules' Markdown is code spans and bold only; everything else is text.
function inline(markdown: string): string {
  return escapeHtml(markdown)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
