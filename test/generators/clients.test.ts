// The clients generator reads everything it emits from the spec: which operations get a method,
// where they are sent, which schema validates each response branch and how branches are told
// apart. These tests compare the generated tables with the API model of the bundled spec (whose
// endpoints test/spec/seed-conformance.test.ts checks against LianLian's pages), and run the
// generator on broken specs.
import { describe, expect, it } from 'vitest';
import { clients } from '../../generators/artifacts/clients.js';
import type { BundledSpec } from '../../generators/framework/types.js';
import { loadModel, type ApiOperation } from '../../generators/model/index.js';
import {
  clientOperations,
  createLianLianClient,
  RETURN_CODES,
  type ClientOperationId,
} from '../../generated/src/index.js';
import { selectBranch } from '../../generated/src/runtime/client/operation.js';

const model = loadModel();
const bundle = model.spec as Record<string, any>;
/** The operations that get a client method: those the model classifies as JSON. */
const jsonOperations = model.operations.filter(
  (op) => op.kind === 'json' || op.kind === 'enveloped-json',
);
const clientIds = jsonOperations.map((op) => op.id as ClientOperationId);

function operationInSpec(operationId: string): Record<string, any> {
  const found = model.all.find((op: ApiOperation) => op.id === operationId);
  if (!found) throw new Error(`${operationId} is not in the bundle`);
  return found.node;
}

describe('generated operation table', () => {
  it('has a method for each JSON operation and none for browser forms or webhooks', () => {
    expect(clientIds.length).toBeGreaterThan(0);
    expect(Object.keys(clientOperations).sort()).toEqual([...clientIds].sort());
    const others = model.all.filter((op) => !clientIds.includes(op.id as ClientOperationId));
    expect(others.some((op) => op.kind === 'browser-form')).toBe(true);
    for (const op of others) expect(Object.keys(clientOperations)).not.toContain(op.id);
  });

  it("sends each operation to its spec's production endpoint", () => {
    for (const op of jsonOperations) {
      const operation = clientOperations[op.id as ClientOperationId];
      expect(operation.serverUrl + operation.path, op.id).toBe(`${op.serverUrl}${op.key}`);
      expect(operation.serverUrl).toMatch(/^https:\/\/[a-z][a-z-]*\.lianlianpay\.com$/);
      expect(operation.summary).toBe(op.summary);
    }
  });

  it('takes request schemas, sign types and the envelope from the spec extensions', () => {
    for (const id of clientIds) {
      const signature = operationInSpec(id)['x-lianlian-signature'];
      const operation = clientOperations[id];
      expect(`#/components/schemas/${operation.requestSchema}`).toBe(signature.request.schema);
      expect(operation.requestSignTypes).toEqual(signature.request.signTypes);
      expect(operation.responseSignTypes).toEqual(signature.response.signTypes);
    }
    expect(clientOperations.instantPayConfirm.envelope).toEqual({
      version: 'lianpay1_0_1',
      field: 'pay_load',
    });
    expect(clientOperations.instantPayConfirm.requestSchema).toBe('InstantPayConfirmRequest');
    expect(clientOperations.mpayVerify.envelope).toBeUndefined();
    expect(clientOperations.easypayVerify.envelope).toBeUndefined();
  });

  it('signs in the generated field order', () => {
    expect(clientOperations.mpayVerify.signingFields).toEqual([
      'money_order',
      'no_order',
      'oid_partner',
      'sign_type',
      'token',
      'verify_code',
    ]);
  });

  it('marks failures as the only branch that may arrive unsigned', () => {
    for (const operation of Object.values(clientOperations)) {
      const declared = operationInSpec(operation.operationId)['x-lianlian-signature'].response;
      for (const branch of operation.branches) {
        expect(branch.signature).toBe(declared.branches[branch.name]);
      }
      expect(
        operation.branches.filter((b) => b.signature === 'optional').map((b) => b.name),
      ).toEqual(['failure']);
    }
  });

  it('tells branches apart by ret_code and result_pay', () => {
    const branchOf = (body: Record<string, unknown>) =>
      selectBranch(clientOperations.mpayVerify.branches, body)?.name;
    expect(branchOf({ ret_code: '0000', result_pay: 'SUCCESS' })).toBe('paid');
    expect(branchOf({ ret_code: '0000', result_pay: 'PROCESSING' })).toBe('success');
    expect(branchOf({ ret_code: '0000' })).toBe('success');
    expect(branchOf({ ret_code: '1005' })).toBe('failure');
    expect(branchOf({ ret_code: '1005', result_pay: 'SUCCESS' })).toBe('failure');
    expect(branchOf({ ret_code: '0000', result_pay: 'FAILURE' })).toBeUndefined();
    expect(branchOf({ ret_msg: 'no code' })).toBeUndefined();
  });

  it('picks, for every response example in the spec, a branch whose validator accepts it', () => {
    let checked = 0;
    for (const operation of Object.values(clientOperations)) {
      const op = jsonOperations.find((o) => o.id === operation.operationId);
      const examples = op?.examples.filter((e) => e.role === 'response' && e.status === '200');
      for (const { ref, value: raw } of examples ?? []) {
        const value = raw as Record<string, unknown>;
        const branch = selectBranch(operation.branches, value);
        expect(branch, `${operation.operationId} ${ref}`).toBeDefined();
        expect(branch?.validate(value).ok, `${operation.operationId} ${ref}`).toBe(true);
        // No other branch accepts it: the conditions agree with the oneOf.
        for (const other of operation.branches.filter((b) => b !== branch)) {
          expect(other.validate(value).ok, `${ref} also matches ${other.name}`).toBe(false);
        }
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(7);
  });

  // Branches told apart by a list of codes (a status query's PR07-PR16, held payouts' 4002-4004):
  // every listed code selects its branch, every other documented code the failure branch.
  const enumeratedBranches = jsonOperations.flatMap((op) =>
    (op.signature.response?.branches ?? []).flatMap((branch) => {
      const codes = (branch.node.properties as Record<string, { enum?: unknown }> | undefined)
        ?.ret_code?.enum;
      return branch.name !== 'failure' && Array.isArray(codes)
        ? [{ id: op.id as ClientOperationId, branch: branch.name, codes: codes as string[] }]
        : [];
    }),
  );

  it('finds the branches told apart by a list of ret_codes', () => {
    expect(enumeratedBranches.map((b) => `${b.id}.${b.branch}`)).toEqual(
      expect.arrayContaining(['preauthQuery.status', 'instantPayApply.held']),
    );
  });

  it.each(enumeratedBranches)(
    '$id: each of its $branch codes selects $branch, any other code failure',
    ({ id, branch, codes }) => {
      const { branches } = clientOperations[id];
      const selected = (code: string) => selectBranch(branches, { ret_code: code })?.name;
      for (const code of codes) expect(selected(code), code).toBe(branch);
      const listed = new Set(
        jsonOperations
          .find((op) => op.id === id)!
          .signature.response!.branches.flatMap((b) => {
            const p = (b.node.properties as Record<string, { enum?: unknown; const?: unknown }>)
              ?.ret_code;
            return b.name === 'failure' ? [] : [...((p?.enum as string[]) ?? []), p?.const];
          }),
      );
      const others = Object.keys(RETURN_CODES).filter((code) => !listed.has(code));
      expect(others.length).toBeGreaterThan(50);
      for (const code of others) expect(selected(code), code).toBe('failure');
    },
    5_000,
  );

  it('carries the return-code table of the RetCode schema', () => {
    expect(RETURN_CODES).toEqual(Object.fromEntries(model.returnCodes.codes));
    expect(RETURN_CODES['0000'].category).toBe('success');
  });

  it('exposes no fetch method for operations without a JSON request', async () => {
    const { rsaKeyPair } = await import('../support/keys.js');
    const [merchant, lianlian] = await Promise.all([rsaKeyPair(2048), rsaKeyPair(1024)]);
    const client = createLianLianClient({
      oidPartner: '201304121000001004',
      privateKey: merchant.pkcs8Pem,
      lianlianPublicKey: lianlian.spkiPem,
      signType: 'RSA',
    });
    const jsonOperations = model.operations
      .filter((op) => op.kind === 'json' || op.kind === 'enveloped-json')
      .map((op) => op.id);
    expect(jsonOperations).not.toContain('webPayment');
    expect(Object.keys(client).sort()).toEqual(['baseUrlOf', ...jsonOperations].sort());
  });
});

describe('clients generator on a broken spec', () => {
  const broken = (edit: (spec: Record<string, any>) => void): BundledSpec => {
    const copy = structuredClone(bundle) as Record<string, any>;
    edit(copy);
    return copy as BundledSpec;
  };

  it('emits clients.ts from the real spec', async () => {
    const files = await clients.generate(bundle as BundledSpec);
    expect(files.map((f) => f.path)).toEqual(['src/clients.ts']);
    const source = files.find((f) => f.path === 'src/clients.ts')?.contents ?? '';
    expect(source).toContain('mpayVerify(params: MpayVerifyParams');
    expect(source).not.toContain('webPayment(');
  });

  it.each([
    [
      'a response branch without x-lianlian-branch',
      (spec: Record<string, any>) =>
        delete spec.components.schemas.MpayVerifyPaid['x-lianlian-branch'],
      /x-lianlian-branch/,
    ],
    [
      'a branch without a discriminating const',
      (spec: Record<string, any>) => {
        const paid = spec.components.schemas.InstantPayConfirmSuccess;
        paid.properties.ret_code = { type: 'string' };
      },
      /no const property/,
    ],
    [
      'an operation without x-lianlian-signature',
      (spec: Record<string, any>) =>
        delete operationOf(spec, 'easypayVerify')['x-lianlian-signature'],
      /x-lianlian-signature/,
    ],
    [
      'an envelope whose plaintext is not the signed request',
      (spec: Record<string, any>) => {
        operationOf(spec, 'instantPayConfirm')['x-lianlian-envelope'].plaintext =
          '#/components/schemas/InstantPayConfirmEnvelope';
      },
      /plaintext/,
    ],
    [
      'a signature requirement other than required or optional',
      (spec: Record<string, any>) => {
        operationOf(spec, 'mpayVerify')['x-lianlian-signature'].response.branches.failure = 'maybe';
      },
      /required or optional/,
    ],
    [
      'an operation without x-lianlian-correlation',
      (spec: Record<string, any>) =>
        delete operationOf(spec, 'instantPayConfirm')['x-lianlian-correlation'],
      /instantPayConfirm x-lianlian-correlation: is missing/,
    ],
    [
      'a correlation field the request does not require',
      (spec: Record<string, any>) => {
        operationOf(spec, 'mpayVerify')['x-lianlian-correlation'].echo.no_ordr = 'exact';
      },
      /echo\.no_ordr is not a required field of MpayVerifyRequest/,
    ],
    [
      'a correlation field a success branch does not declare',
      (spec: Record<string, any>) => {
        operationOf(spec, 'mpayVerify')['x-lianlian-correlation'].echo.verify_code = 'exact';
      },
      /echo\.verify_code is not a property of the success branch/,
    ],
    [
      'both echo and uncorrelated',
      (spec: Record<string, any>) => {
        operationOf(spec, 'cardUnbind')['x-lianlian-correlation'].echo = { user_id: 'exact' };
      },
      /cardUnbind x-lianlian-correlation: declares both echo and uncorrelated/,
    ],
    [
      'an unsigned response field no branch has',
      (spec: Record<string, any>) => {
        operationOf(spec, 'cardBindQuery')['x-lianlian-signature'].response.unsignedFields = [
          'aggrement_list',
        ];
      },
      /unsignedFields names aggrement_list, no response field/,
    ],
  ])('rejects %s', async (_name, edit, message) => {
    const outcome = await Promise.resolve()
      .then(() => clients.generate(broken(edit)))
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(outcome).toBeInstanceOf(Error);
    expect((outcome as Error).message).toMatch(message);
  });
});

/** The operation object to edit in a copy of the bundle, located through the bundle's model. */
function operationOf(spec: Record<string, any>, operationId: string): Record<string, any> {
  const found = model.operations.find((op) => op.id === operationId);
  if (!found) throw new Error(`${operationId} not found`);
  return spec.paths[found.key][found.method];
}
