// The sandbox's rules are written once, as data (issue 11 item 4): the pipeline's checks in
// rule-table.ts and each behaviour's `rules`. The guide's table and the sandbox's index page are
// both rendered from them, so neither can drift from the other or from the behaviours.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BusinessFailureError,
  type ClientOperationId,
  type ClientResult,
  type LianLianClient,
} from '../../generated/src/index.js';
import {
  SANDBOX_BEHAVIOURS,
  SANDBOX_FORM_BEHAVIOURS,
  sandboxBehaviour,
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
import {
  MERCHANT,
  startTestSandbox,
  type TestSandbox,
  sandboxClient,
} from '../support/e2e-sandbox.js';

const model = loadModel();
const enveloped = new Set(
  model.operations.filter((op) => op.envelope !== undefined).map((op) => op.id),
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
    // Every setting a rule quotes differs from its default, so a default that leaks shows.
    const settings = {
      ...DEFAULT_SANDBOX_RULES,
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
    expect(text).toContain('balance (321.00 to start with');
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

describe('every registered behaviour declares its rules', () => {
  const behaviours = [...SANDBOX_BEHAVIOURS, ...SANDBOX_FORM_BEHAVIOURS];
  const pipelineCodes = new Set(
    [
      ...SANDBOX_PIPELINE_RULES.before,
      ...SANDBOX_PIPELINE_RULES.envelope,
      ...SANDBOX_PIPELINE_RULES.after,
      ...SANDBOX_FORM_PIPELINE_RULES,
    ].map((rule) => rule.retCode),
  );

  // An empty list is a declaration too: the behaviour refuses nothing beyond the pipeline's checks.
  it.each(behaviours.map((b) => ({ id: b.operationId, behaviour: b })))(
    '$id has a labelled rule set',
    ({ behaviour }) => {
      expect(behaviour.rules, 'rules').toBeDefined();
      expect(behaviour.rules?.label).toMatch(/\S/);
      for (const rule of behaviour.rules?.rules ?? []) {
        expect(rule.retCode).toMatch(/^[0-9]{4}$/);
        expect(rule.retCode).not.toBe('0000');
      }
    },
  );

  // A failure the contract tests bring about is one the published rules name.
  it.each(
    SANDBOX_BEHAVIOURS.filter((b) => b.failures !== undefined).map((b) => ({
      id: b.operationId,
      behaviour: b,
    })),
  )('$id declares every ret_code its failures bring about', ({ behaviour }) => {
    const declared = new Set(behaviour.rules?.rules.map((rule) => rule.retCode));
    for (const code of Object.keys(behaviour.failures ?? {})) {
      expect(declared.has(code) || pipelineCodes.has(code), code).toBe(true);
    }
  });
});

/**
 * Each declared rule of some behaviours, driven through the generated client against a real
 * sandbox: one case per rule, in the rules' order, each answering that rule's ret_code (so a rule
 * the code does not apply, or applies in another order, fails here).
 */
describe('each declared ret_code is one the behaviour answers', () => {
  const USER = 'rules-user';
  const DT_ORDER = '20261129090000';
  let clock = Date.parse('2026-11-29T01:00:00Z');
  let env: TestSandbox;
  let client: LianLianClient;
  let serial = 0;
  const fresh = (prefix: string) => `${prefix}-${(serial += 1)}`;

  beforeAll(async () => {
    env = await startTestSandbox({ now: () => new Date(clock) });
    client = sandboxClient(env);
  });
  afterAll(() => env.sandbox.close());

  /** The operation's first request example, without what the client fills in. */
  function example(id: string): Record<string, string> {
    const op = model.operations.find((o) => o.id === id)!;
    const role = op.kind === 'enveloped-json' ? 'plaintext' : 'request';
    const value = op.examples.find((e) => e.role === role)!.value as Record<string, string>;
    const { oid_partner: _p, sign_type: _t, sign: _s, ...fields } = value;
    return fields;
  }

  /** The ret_code the sandbox answers the operation's example with `fields` changed. */
  async function answer(id: string, fields: Record<string, string | undefined>): Promise<string> {
    const params = Object.fromEntries(
      Object.entries({ ...example(id), ...fields }).filter(
        (entry): entry is [string, string] => entry[1] !== undefined,
      ),
    );
    const call = client[id as ClientOperationId] as unknown as (
      p: Record<string, string>,
    ) => Promise<ClientResult>;
    try {
      return (await call(params)).retCode;
    } catch (error) {
      if (error instanceof BusinessFailureError && error.verified) return error.retCode;
      throw error;
    }
  }

  const hold = (moneyOrder: string, status?: 'captured' | 'cancelled') => {
    const noOrder = fresh('PA');
    const { oid_paybill } = env.sandbox.holdPreauth({
      oidPartner: MERCHANT,
      noOrder,
      moneyOrder,
      userId: USER,
      dtOrder: DT_ORDER,
      ...(status === undefined ? {} : { status }),
    });
    return { no_order: noOrder, oid_paybill, user_id: USER, dt_order: DT_ORDER };
  };
  const paid = (moneyOrder: string) => {
    const noOrder = fresh('PAID');
    const { oid_paybill, dt_order } = env.sandbox.payOrder({
      oidPartner: MERCHANT,
      noOrder,
      moneyOrder,
    });
    return { no_order: noOrder, oid_paybill, dt_order };
  };
  const exchange = (
    terms: { moneyOrder?: string; currencyOrder?: string; validMinutes?: number } = {},
  ) => {
    const noOrder = fresh('EX');
    const { token } = env.sandbox.openExchange({
      oidPartner: MERCHANT,
      noOrder,
      moneyOrder: terms.moneyOrder ?? '1.00',
      currencyOrder: terms.currencyOrder ?? 'USD',
      userId: USER,
      ...(terms.validMinutes === undefined ? {} : { validMinutes: terms.validMinutes }),
    });
    return { no_order: noOrder, token, user_id: USER };
  };
  const aboveLimit = () => {
    const [whole, cents] = DEFAULT_SANDBOX_RULES.amountLimit.split('.') as [string, string];
    const next = BigInt(whole) * 100n + BigInt(cents) + 1n;
    return `${next / 100n}.${String(next % 100n).padStart(2, '0')}`;
  };

  type Case = () => Promise<string>;
  const preauth = (id: string, last: Case): Case[] => [
    () => answer(id, { no_order: fresh('PA'), oid_paybill: undefined, dt_order: DT_ORDER }),
    () => answer(id, { ...hold('100.00'), user_id: 'another-user', money_order: '100.00' }),
    () => answer(id, { ...hold('100.00', 'cancelled'), money_order: '100.00' }),
    () => answer(id, { ...hold('100.00', 'captured'), money_order: '100.00' }),
    last,
  ];
  const CASES: Record<string, Case[]> = {
    preauthCapture: preauth('preauthCapture', () =>
      answer('preauthCapture', { ...hold('100.00'), money_order: '100.01' }),
    ),
    preauthCancel: preauth('preauthCancel', () =>
      answer('preauthCancel', { ...hold('100.00'), money_order: '99.99' }),
    ),
    refundApply: [
      () => {
        const order = paid('10.00');
        const noRefund = fresh('RF');
        env.sandbox.refundOrder({
          oidPartner: MERCHANT,
          noOrder: order.no_order,
          noRefund,
          dtRefund: DT_ORDER,
          moneyRefund: '1.00',
        });
        return answer('refundApply', { ...order, no_refund: noRefund, money_refund: '1.00' });
      },
      () =>
        answer('refundApply', {
          no_order: fresh('NOPAY'),
          oid_paybill: undefined,
          dt_order: undefined,
          no_refund: fresh('RF'),
        }),
      () =>
        answer('refundApply', { ...paid('10.00'), no_refund: fresh('RF'), money_refund: '10.01' }),
    ],
    refundQuery: [() => answer('refundQuery', { no_refund: fresh('RF') })],
    cardBinQuery: [() => answer('cardBinQuery', { card_no: '4000000000000002' })],
    aggregateQuery: [
      () => answer('aggregateQuery', { no_order: fresh('AG'), oid_paybill: undefined }),
    ],
    exchangeQuery: [
      () => answer('exchangeQuery', { no_order: fresh('EX'), oid_paybill: undefined }),
    ],
    exchangeApply: [
      () => answer('exchangeApply', { no_order: paid('1.00').no_order }),
      () =>
        answer('exchangeApply', {
          no_order: fresh('EX'),
          currency_order: 'USD',
          currency_settle: 'EUR',
        }),
      () =>
        answer('exchangeApply', {
          no_order: fresh('EX'),
          currency_order: 'USD',
          currency_settle: 'USD',
          money_order: aboveLimit(),
        }),
      () =>
        answer('exchangeApply', {
          no_order: exchange({ moneyOrder: '1.00' }).no_order,
          currency_order: 'USD',
          currency_settle: 'USD',
          money_order: '2.00',
        }),
    ],
    exchangeVerify: [
      () => answer('exchangeVerify', { ...exchange(), no_order: paid('1.00').no_order }),
      () => answer('exchangeVerify', { no_order: fresh('EX'), token: 'ab'.repeat(16) }),
      () => answer('exchangeVerify', { ...exchange(), user_id: 'another-user' }),
      () =>
        answer('exchangeVerify', {
          ...exchange(),
          verify_code: DEFAULT_SANDBOX_RULES.wrongSmsCode,
        }),
      async () => {
        const opened = exchange({ validMinutes: 1 });
        // Past the order's validity, within the token's.
        clock += 2 * 60_000;
        return answer('exchangeVerify', opened);
      },
      // A tiny yen amount is worth less than a fen at the sandbox's rate.
      () => answer('exchangeVerify', exchange({ moneyOrder: '0.01', currencyOrder: 'JPY' })),
    ],
  };

  it.each(Object.keys(CASES))('%s: one case per declared rule, in order', async (id) => {
    const declared = sandboxBehaviour(id)?.rules?.rules.map((rule) => rule.retCode);
    const cases = CASES[id]!;
    expect(cases).toHaveLength(declared?.length ?? -1);
    const answered: string[] = [];
    for (const run of cases) answered.push(await run());
    expect(answered).toEqual(declared);
  });
});
