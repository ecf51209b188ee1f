// The sandbox's field helpers (sandbox/fields.ts), which every behaviour reads its request with:
// picked and renamed fields keep their values, and absent optional ones stay absent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  sandboxPick,
  sandboxPresent,
  sandboxRecord,
} from '../../generated/src/runtime/sandbox/fields.js';

const wireName = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(_[a-z][a-z0-9]{0,6}){0,3}$/);
const fields = fc.dictionary(wireName, fc.string(), { maxKeys: 8 });

describe('sandbox field helpers', () => {
  it('sandboxPick copies exactly the named fields under their own names', () => {
    fc.assert(
      fc.property(fields, (request) => {
        const names = Object.keys(request).filter((_, i) => i % 2 === 0);
        const picked = sandboxPick(request, names);
        expect(Object.keys(picked).sort()).toEqual([...names].sort());
        for (const name of names) expect(picked[name]).toBe(request[name]);
      }),
    );
  });

  it('sandboxRecord renames to camelCase and leaves absent optional fields out', () => {
    expect(
      sandboxRecord(
        { oid_partner: '1', no_order: 'A', dt_order: '2' },
        ['oid_partner', 'no_order'],
        ['dt_order', 'notify_url'],
      ),
    ).toEqual({ oidPartner: '1', noOrder: 'A', dtOrder: '2' });
    fc.assert(
      fc.property(fields, fc.array(wireName, { maxLength: 4 }), (request, optional) => {
        const required = Object.keys(request).slice(0, 2);
        const record: Record<string, string | undefined> = sandboxRecord(
          request,
          required,
          optional,
        );
        const camel = (name: string) =>
          name.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
        for (const name of required) expect(record[camel(name)]).toBe(request[name]);
        for (const name of optional.filter((n) => !required.includes(n))) {
          if (request[name] === undefined) expect(camel(name) in record).toBe(false);
          else expect(record[camel(name)]).toBe(request[name]);
        }
      }),
    );
  });

  it('sandboxPresent keeps the defined entries and only those', () => {
    fc.assert(
      fc.property(
        fc.dictionary(wireName, fc.option(fc.string(), { nil: undefined })),
        (entries) => {
          const present = sandboxPresent(entries);
          expect(present).toEqual(
            Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined)),
          );
        },
      ),
    );
  });
});
