// Two documented APIs on one URL: the sandbox picks the operation a request is for by the body
// schema it satisfies, then by the product of the order it names (dispatch.ts), and never fails
// to pick one whatever the body.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sandboxCatalogue } from '../../generated/src/sandbox-catalogue.js';
import type { SandboxContext } from '../../generated/src/runtime/sandbox/context.js';
import { chooseSandboxOperation } from '../../generated/src/runtime/sandbox/dispatch.js';
import { DEFAULT_SANDBOX_RULES, SandboxState } from '../../generated/src/runtime/sandbox/rules.js';

const at = (path: string) => sandboxCatalogue.jsonOperations.filter((op) => op.path === path);
const prepay = at('/v1/bankcardprepay');
const query = at('/orderquery.htm');

function context(): SandboxContext {
  const state = new SandboxState(DEFAULT_SANDBOX_RULES, () => new Date());
  return { state } as unknown as SandboxContext;
}
const choose = (ctx: SandboxContext, candidates: typeof prepay, body: unknown) =>
  chooseSandboxOperation(ctx, candidates, Buffer.from(JSON.stringify(body))).operationId;

const digits = (min: number, max: number) =>
  fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
const base64 = fc.stringMatching(/^[A-Za-z0-9+/]{4,40}$/);

describe('the operations sharing a path', () => {
  it('are the ones the spec keys with a fragment', () => {
    expect(prepay.map((op) => op.operationId)).toEqual(['mpayVerify', 'mpayApply']);
    expect(query.map((op) => op.operationId)).toEqual(['mpayQuery', 'easypayQuery']);
  });

  it('take a Verify body to mpayVerify and an envelope to mpayApply', () => {
    fc.assert(
      fc.property(
        digits(1, 18),
        digits(1, 32),
        fc.stringMatching(/^[0-9A-F]{32}$/),
        base64,
        (oid, no, token, part) => {
          const ctx = context();
          const verify = {
            oid_partner: oid,
            no_order: no,
            token,
            sign_type: 'RSA',
            sign: `${part}AA==`,
            money_order: '1.00',
            verify_code: '123456',
          };
          expect(choose(ctx, prepay, verify)).toBe('mpayVerify');
          const envelope = {
            oid_partner: oid,
            pay_load: `lianpay1_0_1$${part}$${part}$${part}$${part}$${part}`,
          };
          expect(choose(ctx, prepay, envelope)).toBe('mpayApply');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('take a query to the product of the order it names, by no_order or oid_paybill', () => {
    const ctx = context();
    const record = (product: string, noOrder: string) =>
      ctx.state.directPayments.record({
        product,
        oidPartner: '201304121000001004',
        noOrder,
        dtOrder: '20260801120000',
        moneyOrder: '1.00',
        oidPaybill: ctx.state.nextPaybill(),
      });
    const mpay = record('mpay', 'M-1');
    const easypay = record('easypay', 'E-1');
    const ask = (named: Record<string, string>) => ({
      oid_partner: '201304121000001004',
      sign_type: 'RSA',
      sign: 'AAAA',
      dt_order: '20260801120000',
      ...named,
    });
    expect(choose(ctx, query, ask({ no_order: 'M-1' }))).toBe('mpayQuery');
    expect(choose(ctx, query, ask({ no_order: 'E-1' }))).toBe('easypayQuery');
    expect(choose(ctx, query, ask({ oid_paybill: easypay.oidPaybill }))).toBe('easypayQuery');
    expect(choose(ctx, query, ask({ oid_paybill: mpay.oidPaybill }))).toBe('mpayQuery');
    // An order the sandbox does not know: the first, which answers 8901 like the other would.
    expect(choose(ctx, query, ask({ no_order: 'NONE' }))).toBe('mpayQuery');
  });

  it('pick one of them for any body, readable or not, without throwing', () => {
    const ctx = context();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.string(),
        ),
        (text) => {
          for (const candidates of [prepay, query]) {
            const chosen = chooseSandboxOperation(ctx, candidates, Buffer.from(text));
            expect(candidates).toContain(chosen);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('take a body that fits neither to the one it comes closest to', () => {
    const ctx = context();
    // A Verify request missing its SMS code is still a Verify request: its 1004 names verify_code.
    const verify = {
      oid_partner: '201304121000001004',
      no_order: 'X',
      token: 'A'.repeat(32),
      sign_type: 'RSA',
      sign: 'AAAA',
      money_order: '1.00',
    };
    expect(choose(ctx, prepay, verify)).toBe('mpayVerify');
    expect(choose(ctx, prepay, { oid_partner: '201304121000001004' })).toBe('mpayApply');
  });
});
