// The bench's grown spec (bench/support/synthetic-spec.ts, issue 15's growth curve) must be a
// spec the generators accept, with `factor` times the operations, or the curve measures nothing.
import { describe, expect, it } from 'vitest';
import { syntheticSpec } from '../../bench/support/synthetic-spec.js';
import { clients } from '../../generators/artifacts/clients.js';
import { signingFields } from '../../generators/artifacts/signing-fields.js';
import { validators } from '../../generators/artifacts/validators.js';
import type { BundledSpec } from '../../generators/framework/types.js';
import { apiModel, loadModel } from '../../generators/model/index.js';

const real = loadModel().spec as unknown as BundledSpec;
const base = apiModel(real);

/** Every `#/components/...` pointer in the document, as [where, pointer]. */
function pointers(value: unknown, where = '#'): [string, string][] {
  if (typeof value === 'string') return value.startsWith('#/components/') ? [[where, value]] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => pointers(v, `${where}/${k}`));
}

describe('the synthetic spec of the generate growth curve', () => {
  it.each([1, 3])('at %ix has that many operations and webhooks, each id once', (factor) => {
    const model = apiModel(syntheticSpec(real, factor));
    expect(model.operations.length).toBe(base.operations.length * factor);
    expect(model.webhooks.length).toBe(base.webhooks.length * factor);
    const ids = model.all.map((op) => op.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('points every copy at its own schemas and examples, all of which exist', () => {
    const spec = syntheticSpec(real, 3) as unknown as {
      components: Record<string, Record<string, unknown>>;
    };
    const found = pointers(spec);
    expect(found.length).toBeGreaterThan(1000);
    for (const [where, pointer] of found) {
      const [, , kind, name] = pointer.split('/');
      expect(spec.components[kind!]?.[name!], `${where} -> ${pointer}`).toBeDefined();
      const copy = /\/copy(\d+)\//.exec(where)?.[1] ?? /Copy(\d+)\//.exec(where)?.[1];
      if (copy !== undefined && !where.startsWith('#/x-')) {
        expect(name!.endsWith(`Copy${copy}`), `${where} -> ${pointer}`).toBe(true);
      }
    }
  });

  it('passes the checks of the clients, signing-fields and validators generators', async () => {
    const spec = syntheticSpec(real, 2);
    const [client] = await clients.generate(spec);
    expect(client!.contents).toContain('createMpayVerifyCopy2Client');
    await expect(signingFields.generate(spec)).resolves.toHaveLength(1);
    const files = await validators.generate(spec);
    expect(files.some((f) => f.contents.includes('validateMpayVerifyRequestCopy2'))).toBe(true);
  }, 60_000);

  it('refuses a factor that is not a positive integer', () => {
    for (const factor of [0, -1, 1.5, Number.NaN]) {
      expect(() => syntheticSpec(real, factor)).toThrow(RangeError);
    }
  });
});
