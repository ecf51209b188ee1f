// The sandbox's registry of behaviours (issue 11 item 4): one behaviour per JSON operation of the
// spec, no more, no less; an operation the registry does not know is refused explicitly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxCatalogue } from '../../generated/src/sandbox-catalogue.js';
import {
  SANDBOX_BEHAVIOURS,
  SANDBOX_FORM_BEHAVIOURS,
} from '../../generated/src/runtime/sandbox/behaviours/index.js';
import { loadModel } from '../../generators/model/index.js';
import { startTestSandbox, type TestSandbox } from '../support/e2e-sandbox.js';

const model = loadModel();
const jsonOperationIds = model.operations
  .filter((op) => op.kind === 'json' || op.kind === 'enveloped-json')
  .map((op) => op.id);
const formOperationIds = model.operations
  .filter((op) => op.kind === 'browser-form')
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

  it('holds exactly one form behaviour per browser-form operation, each emitting declared webhooks', () => {
    const ids = SANDBOX_FORM_BEHAVIOURS.map((b) => b.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...formOperationIds].sort());
    const webhooks = new Set(model.webhooks.map((w) => w.id));
    for (const behaviour of SANDBOX_FORM_BEHAVIOURS) {
      for (const { webhook } of behaviour.emits ?? []) expect(webhooks).toContain(webhook);
    }
  });

  describe('a form operation without a behaviour', () => {
    let env: TestSandbox;
    const [template] = sandboxCatalogue.forms;
    beforeAll(async () => {
      env = await startTestSandbox({
        catalogue: {
          ...sandboxCatalogue,
          forms: [
            ...sandboxCatalogue.forms,
            { ...template!, operationId: 'madeUpForm', path: '/made-up-form' },
          ],
        },
      });
    });
    afterAll(() => env.sandbox.close());

    it('gets HTTP 501 and a page naming it, not a made-up ret_code', async () => {
      const response = await fetch(`${env.sandbox.url}/made-up-form`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'oid_partner=201304121000001004',
      });
      expect(response.status).toBe(501);
      const page = await response.text();
      expect(page).toContain('the sandbox has no behaviour for operation madeUpForm');
      expect(page).not.toContain('ret-code');
      expect(env.logs.at(-1)).toContain('madeUpForm → 501 (no sandbox behaviour)');
    });
  });
});
