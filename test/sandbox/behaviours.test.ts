// The sandbox's registry of behaviours (issue 11 item 4): one behaviour per JSON operation of the
// spec, no more, no less; an operation the registry does not know is refused explicitly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxCatalogue } from '../../generated/src/sandbox-catalogue.js';
import { SANDBOX_BEHAVIOURS } from '../../generated/src/runtime/sandbox/behaviours/index.js';
import { loadModel } from '../../generators/model/index.js';
import { startTestSandbox, type TestSandbox } from '../support/e2e-sandbox.js';

const jsonOperationIds = loadModel()
  .operations.filter((op) => op.kind === 'json' || op.kind === 'enveloped-json')
  .map((op) => op.id);

describe('the sandbox behaviour registry', () => {
  it('holds exactly one behaviour per JSON operation of the spec', () => {
    const ids = SANDBOX_BEHAVIOURS.map((b) => b.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...jsonOperationIds].sort());
  });

  describe('an operation without a behaviour', () => {
    let env: TestSandbox;
    const [template] = sandboxCatalogue.jsonOperations;
    beforeAll(async () => {
      env = await startTestSandbox({
        catalogue: {
          ...sandboxCatalogue,
          jsonOperations: [
            ...sandboxCatalogue.jsonOperations,
            { ...template!, operationId: 'madeUpOperation', path: '/made-up' },
          ],
        },
      });
    });
    afterAll(() => env.sandbox.close());

    it('gets HTTP 501 and an error naming it, not a silent ret_code', async () => {
      const response = await fetch(`${env.sandbox.url}/made-up`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"oid_partner":"201304121000001004"}',
      });
      expect(response.status).toBe(501);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body).toEqual({
        error: 'the sandbox has no behaviour for operation madeUpOperation',
        operation: 'madeUpOperation',
      });
      expect(body.ret_code).toBeUndefined();
      expect(env.logs.at(-1)).toContain('madeUpOperation → 501 (no sandbox behaviour)');
    });
  });
});
