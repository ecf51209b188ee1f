// LianLian's docs call some request fields required that LianLian accepts requests without (its
// own SDK demos leave them out and get genuine answers). The spec says so per property
// (x-lianlian-unenforced, with its evidence); the generator turns that into each operation's
// `unenforcedRequired`, and the sandbox accepts such a request with a warning, or refuses it
// (1004) when strict.
import { describe, expect, it } from 'vitest';
import { signParams, startSandbox, type SandboxOptions } from '../../generated/src/index.js';
import { sandboxCatalogue } from '../../generated/src/sandbox-catalogue.js';
import { unenforcedRequired } from '../../generators/framework/unenforced.js';
import { loadModel } from '../../generators/model/index.js';
import { MERCHANT } from '../support/e2e-sandbox.js';
import { rsaKeyPair } from '../support/keys.js';

// The catalogue as a spec marking Easypay Apply's api_version and risk_item would generate it.
const LENIENT = ['api_version', 'risk_item'];
const catalogue = {
  ...sandboxCatalogue,
  jsonOperations: sandboxCatalogue.jsonOperations.map((op) =>
    op.operationId === 'easypayApply' ? { ...op, unenforcedRequired: LENIENT } : op,
  ),
};

const apply = {
  oid_partner: MERCHANT,
  user_id: 'user-1',
  busi_partner: '101001',
  no_order: 'STRICT-1',
  dt_order: '20260801120000',
  name_goods: 'pen',
  money_order: '1.00',
  notify_url: 'https://merchant.example/notify',
  pay_type: 'M',
  acct_name: '张三',
  card_no: '6222021234567890123',
  bind_mob: '13800138000',
  id_type: '0',
  id_no: '110101199003071234',
};

async function post(options: Partial<SandboxOptions>, body: Record<string, unknown>) {
  const keys = await rsaKeyPair(2048);
  const logs: string[] = [];
  const sandbox = await startSandbox({
    catalogue,
    merchants: [{ oidPartner: MERCHANT, publicKey: keys.spkiBase64 }],
    log: (line) => logs.push(line),
    ...options,
  });
  try {
    const signed = signParams(body, { privateKey: keys.pkcs8Base64, signType: 'RSA' });
    const response = await fetch(`${sandbox.url}/easypay.htm`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json;charset=utf-8' },
      body: JSON.stringify(signed),
    });
    return {
      answer: (await response.json()) as Record<string, string>,
      warning: response.headers.get('x-lianlian-sandbox-warning'),
      logs,
    };
  } finally {
    await sandbox.close();
  }
}

describe('fields the docs require and LianLian does not enforce', () => {
  it('are accepted without, as LianLian accepts them, with a warning in the header and the log', async () => {
    const { answer, warning, logs } = await post({}, apply);
    expect(answer).toMatchObject({ ret_code: '0000', no_order: 'STRICT-1' });
    expect(answer.token).toMatch(/^[0-9a-f]{32}$/);
    expect(warning).toContain("api_version is required by LianLian's docs");
    expect(warning).toContain('risk_item is required');
    const line = logs.find((l) => l.includes('easypayApply'));
    expect(line).toContain('warning: api_version is required');
  });

  it('are refused (1004, naming the field) by a strict sandbox', async () => {
    const { answer, warning } = await post({ strict: true }, apply);
    expect(answer).toMatchObject({
      ret_code: '1004',
      ret_msg: '商户请求参数校验错误（api_version）',
    });
    expect(warning).toBeNull();
  });

  it('draw no warning when sent, and leave every other rule as it is', async () => {
    const risk = JSON.stringify({
      frms_ware_category: '1009',
      user_info_mercht_userno: 'user-1',
      user_info_bind_phone: '13800138000',
      user_info_dt_register: '20250101120000',
      goods_name: 'pen',
    });
    const complete = await post(
      { strict: true },
      { ...apply, api_version: '1.0', risk_item: risk },
    );
    expect(complete.answer.ret_code).toBe('0000');
    expect(complete.warning).toBeNull();
    // A required field the spec does not mark is refused even by a lenient sandbox.
    const { user_id: _dropped, ...withoutUser } = apply;
    const missing = await post({}, withoutUser);
    expect(missing.answer).toMatchObject({ ret_code: '1004' });
    expect(missing.answer.ret_msg).toContain('user_id');
    expect(missing.warning).toBeNull();
  });
});

describe('x-lianlian-unenforced in the generator', () => {
  const spec = (property: Record<string, unknown>, required: string[]) =>
    ({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: {
        schemas: {
          Req: {
            type: 'object',
            required,
            properties: { api_version: { type: 'string', ...property }, other: { type: 'string' } },
          },
        },
      },
    }) as never;
  const evidence = { 'x-lianlian-unenforced': { evidence: 'an SDK demo sends none' } };

  it('lists the required fields marked with their evidence', () => {
    expect(unenforcedRequired(spec(evidence, ['api_version', 'other']), 'Req')).toEqual([
      'api_version',
    ]);
    expect(unenforcedRequired(spec({}, ['api_version']), 'Req')).toEqual([]);
  });

  it('refuses a mark without evidence, or on a field the schema does not require', () => {
    expect(() =>
      unenforcedRequired(spec({ 'x-lianlian-unenforced': {} }, ['api_version']), 'Req'),
    ).toThrow(/needs its evidence/);
    expect(() => unenforcedRequired(spec(evidence, ['other']), 'Req')).toThrow(
      /field the schema requires/,
    );
  });

  it('generates each operation table from the spec', () => {
    const model = loadModel();
    for (const op of sandboxCatalogue.jsonOperations) {
      expect(op.unenforcedRequired, op.operationId).toEqual(
        unenforcedRequired(model.spec, op.requestSchema),
      );
    }
  });
});

describe('the evidence in the spec', () => {
  it("marks MPAY card bind apply's api_version and risk_item, which LianLian's SDK demo omits (E196)", () => {
    const bind = sandboxCatalogue.jsonOperations.find(
      (op) => op.operationId === 'mpayCardBindApply',
    );
    expect([...(bind?.unenforcedRequired ?? [])].sort()).toEqual(['api_version', 'risk_item']);
    // Every other operation enforces what its docs require.
    const others = sandboxCatalogue.jsonOperations.filter(
      (op) => op.operationId !== 'mpayCardBindApply' && op.unenforcedRequired.length > 0,
    );
    expect(others.map((op) => op.operationId)).toEqual([]);
  });
});
