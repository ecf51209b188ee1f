// The sandbox's rules are written once, as data (issue 11 item 4): the pipeline's checks in
// rule-table.ts and each behaviour's `rules`. The guide's table and the sandbox's index page are
// both rendered from them, so neither can drift from the other or from the behaviours.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SANDBOX_BEHAVIOURS,
  SANDBOX_FORM_BEHAVIOURS,
} from '../../generated/src/runtime/sandbox/behaviours/index.js';
import {
  SANDBOX_FORM_PIPELINE_RULES,
  SANDBOX_PIPELINE_RULES,
  sandboxFormRuleRows,
  sandboxRuleRows,
  sandboxRulesHtml,
  sandboxRulesMarkdown,
  type SandboxRuleRow,
} from '../../generated/src/runtime/sandbox/rule-table.js';
import { DEFAULT_SANDBOX_RULES } from '../../generated/src/runtime/sandbox/rules.js';
import { decorateForDocs } from '../../generators/docs/decorate.js';
import { bundleSpec } from '../../generators/framework/bundle.js';
import { loadModel, type Json } from '../../generators/model/index.js';
import { startTestSandbox, type TestSandbox } from '../support/e2e-sandbox.js';

const enveloped = new Set(
  loadModel()
    .operations.filter((op) => op.envelope !== undefined)
    .map((op) => op.id),
);
const defaultRows = sandboxRuleRows(SANDBOX_BEHAVIOURS, enveloped, DEFAULT_SANDBOX_RULES);

describe('the rules table', () => {
  it('lists the pipeline, then each rule set once in registry order, then Anything else', () => {
    const pipeline =
      SANDBOX_PIPELINE_RULES.before.length +
      (enveloped.size > 0 ? SANDBOX_PIPELINE_RULES.envelope.length : 0) +
      SANDBOX_PIPELINE_RULES.after.length;
    const sets = [...new Set(SANDBOX_BEHAVIOURS.flatMap((b) => (b.rules ? [b.rules.rules] : [])))];
    expect(defaultRows).toHaveLength(pipeline + sets.flat().length + 1);
    expect(defaultRows.at(-1)).toEqual({ when: 'Anything else', retCode: '0000' });
    expect(defaultRows.slice(0, 2).map((r) => r.retCode)).toEqual(['1012', '1004']);
    const labelled = defaultRows.slice(pipeline, -1);
    let at = 0;
    for (const set of sets) {
      for (const rule of set) {
        expect(labelled[at]?.retCode).toBe(rule.retCode);
        at += 1;
      }
    }
    // The envelope's checks are labelled with the behaviours of the enveloped operations.
    const labels = SANDBOX_BEHAVIOURS.filter((b) => enveloped.has(b.operationId)).flatMap((b) =>
      b.rules ? [b.rules.label] : [],
    );
    for (const row of defaultRows.slice(2, 2 + SANDBOX_PIPELINE_RULES.envelope.length)) {
      expect(row.label).toBe(labels.join(', '));
    }
  });

  it('lists the form pipeline, then each form behaviour rule, then the cashier', () => {
    const rows = sandboxFormRuleRows(SANDBOX_FORM_BEHAVIOURS, DEFAULT_SANDBOX_RULES);
    const declared = SANDBOX_FORM_BEHAVIOURS.flatMap((b) => b.rules?.rules ?? []);
    expect(rows.map((r) => r.retCode)).toEqual([
      ...SANDBOX_FORM_PIPELINE_RULES.map((r) => r.retCode),
      ...declared.map((r) => r.retCode),
      '0000',
    ]);
  });

  it('quotes the settings in force', () => {
    const settings = {
      amountLimit: '5.00',
      wrongSmsCode: '999999',
      tokenMinutes: 7,
      merchantBalance: '321.00',
      duplicatePayoutHours: 3,
    };
    const text = sandboxRuleRows(SANDBOX_BEHAVIOURS, enveloped, settings)
      .map((r) => r.when)
      .join('\n');
    expect(text).toContain('`999999` (a wrong SMS code)');
    expect(text).toContain('above the amount limit, 5.00 unless');
    expect(text).toContain('expired (7 minutes after issue)');
    expect(text).toContain("balance (321.00 to start with");
    expect(text).toContain('`card_no` within 3 hours');
    expect(text).not.toContain(DEFAULT_SANDBOX_RULES.amountLimit);
  });

  it('escapes pipes in Markdown and markup in HTML', () => {
    const rows: SandboxRuleRow[] = [{ label: 'A<b>', when: '`x|y` is <i>', retCode: '1004' }];
    expect(sandboxRulesMarkdown(rows)).toContain('| **A<b>:** `x\\|y` is <i> | `1004` |');
    const html = sandboxRulesHtml(rows);
    expect(html).toContain('<strong>A&lt;b&gt;:</strong> <code>x|y</code> is &lt;i&gt;');
    expect(html).not.toContain('<i>');
  });
});

describe('one copy of the rules', () => {
  it('the guide holds a directive, not a table; the docs build expands it from the behaviours', async () => {
    const guide = readFileSync('spec/guides/getting-started.md', 'utf8');
    expect(guide).toContain('<!-- docs:sandbox-rules -->');
    expect(guide).not.toMatch(/^\| .*`1019` \|$/m);
    const decorated = (await decorateForDocs(await bundleSpec())) as Json;
    const started = (decorated.tags as Json[]).find((t) => t.name === 'Getting started')!;
    expect(started.description).toContain(sandboxRulesMarkdown(defaultRows));
    expect(started.description).toContain(
      '| **Verify:** `verify_code` is `000000` (a wrong SMS code) | `1900` |',
    );
    const formRows = sandboxFormRuleRows(SANDBOX_FORM_BEHAVIOURS, DEFAULT_SANDBOX_RULES);
    expect(started.description).toContain(sandboxRulesMarkdown(formRows));
    expect(guide).not.toMatch(/an amount\s+above the limit \(`1019`\)/);
  });

  describe('the sandbox index page', () => {
    let env: TestSandbox;
    beforeAll(async () => {
      env = await startTestSandbox({ rules: { amountLimit: '5.00' } });
    });
    afterAll(() => env.sandbox.close());

    it('shows the same rows, with the limit it was started with', async () => {
      const page = await (await fetch(`${env.sandbox.url}/`)).text();
      const settings = { ...DEFAULT_SANDBOX_RULES, amountLimit: '5.00' };
      expect(page).toContain(
        sandboxRulesHtml(sandboxRuleRows(SANDBOX_BEHAVIOURS, enveloped, settings)),
      );
      expect(page).toContain('above the amount limit, 5.00 unless');
      expect(page).toContain(
        sandboxRulesHtml(sandboxFormRuleRows(SANDBOX_FORM_BEHAVIOURS, settings)),
      );
    });
  });
});
