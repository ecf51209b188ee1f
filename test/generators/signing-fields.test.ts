import { describe, expect, it } from 'vitest';
import { signingFields } from '../../generated/src/signing-fields.js';
import { loadModel, type MessageRole } from '../../generators/model/index.js';
import { signSource, signSourceOrdered } from '../../generated/src/runtime/crypto/canonical.js';

const model = loadModel();
const schemaByName = (name: string) =>
  (model.spec.components?.schemas as Record<string, any>)[name];

// Flattens { op: { request: [...], response: { branch: [...] } } } into labelled lists.
const lists: [string, readonly string[]][] = Object.entries(signingFields).flatMap(
  ([operationId, roles]) =>
    Object.entries(
      roles as Record<string, readonly string[] | Record<string, readonly string[]>>,
    ).flatMap(([role, value]) =>
      Array.isArray(value)
        ? [[`${operationId}.${role}`, value as readonly string[]] as [string, readonly string[]]]
        : Object.entries(value).map(
            ([branch, fields]) =>
              [`${operationId}.${role}.${branch}`, fields] as [string, readonly string[]],
          ),
    ),
);

describe('generated signing-field orderings', () => {
  it('covers every signed message of every operation and webhook', () => {
    expect(lists.map(([label]) => label)).toEqual(
      expect.arrayContaining([
        'mpayVerify.request',
        'mpayVerify.response.paid',
        'easypayVerify.response.failure',
        'instantPayConfirm.request',
        'webPayment.request',
        'webPaymentReturn.notification',
      ]),
    );
  });

  it.each(lists)('%s equals the canonical sort of its fields', (label, fields) => {
    // Values that would sort differently from their keys, to catch ordering by value.
    const params = Object.fromEntries(fields.map((f, i) => [f, `${fields.length - i}&v`]));
    const [operationId, role] = label.split('.');
    const keyOrder =
      model.all.find((op) => op.id === operationId)?.signature[role as MessageRole]?.keyOrder ??
      'byte';
    const sorted = signSource(params, keyOrder);
    expect(fields.map((f) => `${f}=${params[f]}`).join('&')).toBe(sorted);
    // A precomputed ordering is byte order by contract (the runtime uses those of requests only).
    if (keyOrder === 'byte') expect(signSourceOrdered(params, fields)).toBe(sorted);
    expect(fields).not.toContain('sign');
    // Frozen, so the signer can trust a checked ordering and skip re-checking it on every call.
    expect(Object.isFrozen(fields)).toBe(true);
  });

  it.each(lists)('%s lists exactly the schema properties except sign', (label, fields) => {
    const [operationId, role, branch] = label.split('.');
    const message = model.all.find((op) => op.id === operationId)?.signature[role as MessageRole];
    const name = branch
      ? message?.branches.find((b) => b.name === branch)?.schema
      : message?.schema;
    const schema = schemaByName(name as string);
    const expected = Object.keys(schema.properties).filter((name) => name !== 'sign');
    expect([...fields].sort()).toEqual(expected.sort());
  });
});
