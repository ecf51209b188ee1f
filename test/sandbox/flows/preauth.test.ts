// The Easypay pre-authorisation flow end to end, through the generated client against a real
// local sandbox: a pre-authorisation set up over the sandbox's HTTP endpoint (standing in for the
// Easypay Apply and Verify APIs with pay_type F) is captured for part of the amount held; a second
// capture is refused (2007), as is cancelling it; another is cancelled, and capturing it
// afterwards is refused (2006); a capture above the amount held and one for another user are
// refused (1004), an unknown order is 5002. The status query follows each step: PR07 while held,
// PR11 once captured (with the amount captured), PR14 once cancelled, 5002 for an unknown order.
import { describe, expect, it } from 'vitest';
import { MERCHANT, businessFailure, withTestSandbox } from '../../support/e2e-sandbox.js';

const USER = 'user-20261129';
const DT_ORDER = '20261129090000';
const FIXED = { pay_type: 'F', api_version: '1.0', user_id: USER, dt_order: DT_ORDER } as const;

const setup = withTestSandbox();

/** A pre-authorisation held through POST /sandbox/preauths; its oid_paybill. */
async function hold(noOrder: string, moneyOrder: string): Promise<string> {
  const response = await fetch(`${setup.env.sandbox.url}/sandbox/preauths`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      oid_partner: MERCHANT,
      no_order: noOrder,
      money_order: moneyOrder,
      user_id: USER,
      dt_order: DT_ORDER,
    }),
  });
  expect(response.status).toBe(201);
  const body = (await response.json()) as { oid_paybill: string; dt_order: string };
  expect(body.dt_order).toBe(DT_ORDER);
  return body.oid_paybill;
}

const QUERY = { pay_type: 'F', api_version: '1.0', dt_order: DT_ORDER } as const;

/** The status query's answer for an order: its branch, status code and the data. */
async function status(noOrder: string, oidPaybill: string) {
  const result = await setup.client.preauthQuery({
    ...QUERY,
    no_order: noOrder,
    oid_paybill: oidPaybill,
  });
  expect(result).toMatchObject({
    operationId: 'preauthQuery',
    branch: 'status',
    signature: { signType: 'RSA' },
    data: { no_order: noOrder, oid_paybill: oidPaybill, dt_order: DT_ORDER, user_id: USER },
  });
  return result;
}

describe('pre-authorisation flow: hold → capture part → no second capture, no cancel', () => {
  let oidPaybill: string;

  it('holds 500.00; the status query says PR07 (applied for, amount held)', async () => {
    oidPaybill = await hold('PA-1', '500.00');
    const held = await status('PA-1', oidPaybill);
    expect(held).toMatchObject({ retCode: 'PR07', data: { money_order: '500.00' } });
    // The status codes are not LianLian's return codes: the spec's meaning is the message.
    expect(held.retMsg).toMatch(/successful/);
  });

  it('refuses a capture above the amount held, and one for another user (1004)', async () => {
    const above = await businessFailure(
      setup.client.preauthCapture({ ...FIXED, no_order: 'PA-1', money_order: '500.01' }),
    );
    expect(above).toMatchObject({ retCode: '1004', verified: true });
    expect(above.retMsg).toContain('money_order');
    const other = await businessFailure(
      setup.client.preauthCapture({
        ...FIXED,
        user_id: 'someone-else',
        no_order: 'PA-1',
        money_order: '1.00',
      }),
    );
    expect(other.retMsg).toContain('user_id');
  });

  it('captures 320.50 of it', async () => {
    const result = await setup.client.preauthCapture({
      ...FIXED,
      no_order: 'PA-1',
      money_order: '320.50',
      oid_paybill: oidPaybill,
    });
    expect(result).toMatchObject({
      operationId: 'preauthCapture',
      retCode: '0000',
      data: { no_order: 'PA-1', money_order: '320.50', oid_paybill: oidPaybill, user_id: USER },
    });
    const captured = await status('PA-1', oidPaybill);
    expect(captured).toMatchObject({ retCode: 'PR11', data: { money_order: '320.50' } });
  });

  it('refuses a second capture and a cancel of the captured pre-authorisation (2007)', async () => {
    const again = await businessFailure(
      setup.client.preauthCapture({ ...FIXED, no_order: 'PA-1', money_order: '1.00' }),
    );
    expect(again).toMatchObject({ retCode: '2007', verified: true });
    const cancel = await businessFailure(
      setup.client.preauthCancel({ ...FIXED, no_order: 'PA-1', money_order: '500.00' }),
    );
    expect(cancel).toMatchObject({ retCode: '2007' });
  });
});

describe('pre-authorisation flow: hold → cancel → capture refused', () => {
  it('cancels a hold, then refuses to capture or cancel it again (2006)', async () => {
    const oidPaybill = await hold('PA-2', '80.00');
    const cancelled = await setup.client.preauthCancel({
      ...FIXED,
      no_order: 'PA-2',
      money_order: '80.00',
    });
    expect(cancelled).toMatchObject({
      operationId: 'preauthCancel',
      retCode: '0000',
      data: { oid_paybill: oidPaybill, user_id: USER, no_order: 'PA-2' },
    });
    const capture = await businessFailure(
      setup.client.preauthCapture({ ...FIXED, no_order: 'PA-2', money_order: '80.00' }),
    );
    expect(capture).toMatchObject({ retCode: '2006', verified: true });
    const twice = await businessFailure(
      setup.client.preauthCancel({ ...FIXED, no_order: 'PA-2', money_order: '80.00' }),
    );
    expect(twice).toMatchObject({ retCode: '2006' });
    expect(await status('PA-2', oidPaybill)).toMatchObject({ retCode: 'PR14' });
  });

  it('queries no status for an unknown order or another oid_paybill (5002, verified)', async () => {
    const oidPaybill = await hold('PA-4', '10.00');
    const unknown = await businessFailure(
      setup.client.preauthQuery({ ...QUERY, no_order: 'PA-none', oid_paybill: oidPaybill }),
    );
    expect(unknown).toMatchObject({ retCode: '5002', verified: true });
    const other = await businessFailure(
      setup.client.preauthQuery({ ...QUERY, no_order: 'PA-4', oid_paybill: '2026112900000001' }),
    );
    expect(other).toMatchObject({ retCode: '5002', verified: true });
    // The right oid_paybill with another dt_order is no match either.
    const when = await businessFailure(
      setup.client.preauthQuery({
        ...QUERY,
        dt_order: '20261129090001',
        no_order: 'PA-4',
        oid_paybill: oidPaybill,
      }),
    );
    expect(when).toMatchObject({ retCode: '5002' });
    expect(await status('PA-4', oidPaybill)).toMatchObject({ retCode: 'PR07' });
  });

  it('answers 5002 for an order with no pre-authorisation', async () => {
    const error = await businessFailure(
      setup.client.preauthCapture({ ...FIXED, no_order: 'PA-none', money_order: '1.00' }),
    );
    expect(error).toMatchObject({ retCode: '5002', verified: true });
  });

  it('refuses a setup without user_id or with an unknown status (400, field named)', async () => {
    for (const [body, field] of [
      [{ oid_partner: MERCHANT, no_order: 'PA-3', money_order: '1.00' }, 'user_id'],
      [
        {
          oid_partner: MERCHANT,
          no_order: 'PA-3',
          money_order: '1.00',
          user_id: USER,
          status: 'paid',
        },
        'status',
      ],
    ] as const) {
      const response = await fetch(`${setup.env.sandbox.url}/sandbox/preauths`, {
        method: 'POST',
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ field });
    }
    expect(() =>
      setup.env.sandbox.holdPreauth({
        oidPartner: MERCHANT,
        noOrder: 'PA-3',
        moneyOrder: '1.00',
        userId: '',
      }),
    ).toThrow(expect.objectContaining({ code: 'SANDBOX_ORDER', field: 'userId' }));
  });
});
