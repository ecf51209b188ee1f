import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkConformance,
  type ConformanceReport,
  type Finding,
} from '../support/seeds/conformance.js';
import {
  extractAll,
  FIXTURE_PATH,
  loadSeedFixture,
  seedsPresent,
  serialiseFixture,
  totalRows,
} from '../support/seeds/index.js';
import { formatTable } from '../support/seeds/report.js';
import { errataSections, loadBundledSpec, objectAt, type JsonObject } from '../support/spec.js';

describe('seed fixture', () => {
  // The seeds exist only in the project workspace; a clone checks against the committed fixture.
  it.skipIf(!seedsPresent())('equals a fresh extraction of ../shared/seeds', () => {
    const fresh = extractAll();
    if (process.env.UPDATE_SEED_FIXTURES === '1')
      writeFileSync(FIXTURE_PATH, serialiseFixture(fresh));
    expect(
      loadSeedFixture(),
      'seed fixture is stale: UPDATE_SEED_FIXTURES=1 npx vitest run test/spec/seed-conformance.test.ts',
    ).toStrictEqual(fresh);
  });
});

const FINDING_HEADER = ['seed file', 'section', 'row', 'schema', 'problem', 'errata'];
const findingTable = (findings: readonly Finding[]) =>
  formatTable(
    FINDING_HEADER,
    findings.map((f) => [f.file, f.section, f.row, f.schema, f.problem, f.errata.join(' ')]),
  );

let cached: ConformanceReport | undefined;
function report(): ConformanceReport {
  cached ??= checkConformance(loadBundledSpec(), loadSeedFixture(), errataSections());
  return cached;
}

describe('spec conformance to the seed tables', () => {
  it('maps every seed to an operation by its title and endpoint', () => {
    const misses = report().misses.filter((miss) => miss.row === '-');
    expect(misses, `\n${findingTable(misses)}\n`).toEqual([]);
  });

  it('encodes every seed row, or records the difference in the errata', () => {
    const { misses, deviations } = report();
    // The table is long and every row is already an errata entry: shown only on request.
    if (deviations.length > 0 && process.env.LIANLIAN_TEST_VERBOSE === '1') {
      console.info(`Deviations recorded in spec/errata.md:\n${findingTable(deviations)}`);
    }
    const rowMisses = misses.filter((miss) => miss.row !== '-');
    expect(rowMisses, `\n${rowMisses.length} misses:\n${findingTable(rowMisses)}\n`).toEqual([]);
  });

  it('checks every row of every seed table', () => {
    const { rowsChecked, comparisons, deviations, boundedByValues } = report();
    console.info(
      `Seed conformance: ${rowsChecked} rows checked (${comparisons} row/schema comparisons), ` +
        `${deviations.length} errata deviations, ${boundedByValues.length} String(n) rows bounded by const/enum.`,
    );
    expect(rowsChecked).toBe(totalRows(loadSeedFixture()));
    expect(comparisons).toBeGreaterThanOrEqual(rowsChecked);
  });
});

describe('the conformance check itself', () => {
  const fixture = loadSeedFixture();
  const errata = errataSections();
  const broken = (edit: (spec: JsonObject) => void) => {
    const spec = structuredClone(loadBundledSpec());
    edit(spec);
    return checkConformance(spec, fixture, errata).misses;
  };
  const schema = (spec: JsonObject, name: string) => objectAt(spec, `#/components/schemas/${name}`);

  it('reports a length, a requiredness and a missing property that no errata covers', () => {
    const misses = broken((spec) => {
      delete schema(spec, 'OidPartner').maxLength;
      const request = schema(spec, 'MpayVerifyRequest');
      delete request['x-lianlian-errata'];
      request.required = (request.required as string[]).filter((name) => name !== 'verify_code');
      delete (request.properties as JsonObject).token;
    });
    const about = (row: string) =>
      misses.filter((miss) => miss.row === row).map((miss) => miss.problem);
    expect(about('oid_partner')).toContain('seed String(18), schema maxLength none');
    expect(about('verify_code')).toContain('seed: Required, schema: not required');
    expect(about('token')).toContain('property missing');
  });

  it('does not let an unknown or unrelated errata excuse a mismatch', () => {
    const misses = broken((spec) => {
      const request = schema(spec, 'MpayVerifyRequest');
      delete request['x-lianlian-errata'];
      const properties = request.properties as JsonObject;
      (properties.verify_code as JsonObject)['x-lianlian-errata'] = ['E99'];
      (properties.verify_code as JsonObject).maxLength = 5;
      (properties.no_order as JsonObject)['x-lianlian-errata'] = ['E13'];
      (properties.no_order as JsonObject).maxLength = 31;
    });
    const problems = misses.map((miss) => `${miss.row}: ${miss.problem}`);
    expect(problems).toContain(
      'verify_code: seed String(6), schema maxLength 5 (cites E99, not in errata.md)',
    );
    expect(problems).toContain(
      'no_order: seed String(32), schema maxLength 31 (no cited errata mentions no_order)',
    );
  });

  it('reads branches composed with allOf of shared parts like the flat ones', () => {
    const split = (spec: JsonObject) => {
      const schemas = spec.components as JsonObject;
      const paid = schema(spec, 'MpayVerifyPaid');
      const names = Object.keys(paid.properties as JsonObject);
      const half = (from: number, to: number): JsonObject => {
        const picked = names.slice(from, to);
        const properties = paid.properties as JsonObject;
        return {
          type: 'object',
          required: (paid.required as string[]).filter((name) => picked.includes(name)),
          properties: Object.fromEntries(picked.map((name) => [name, properties[name] ?? {}])),
        };
      };
      (schemas.schemas as JsonObject).PaidCore = half(0, 5);
      const { properties: _properties, required: _required, type: _type, ...rest } = paid;
      (schemas.schemas as JsonObject).MpayVerifyPaid = {
        ...rest,
        allOf: [{ $ref: '#/components/schemas/PaidCore' }, half(5, names.length)],
      };
    };
    const flat = checkConformance(loadBundledSpec(), fixture, errata);
    const composed = structuredClone(loadBundledSpec());
    split(composed);
    const result = checkConformance(composed, fixture, errata);
    expect(result.misses).toEqual(flat.misses);
    expect(result.deviations).toEqual(flat.deviations);
    expect(result.comparisons).toBe(flat.comparisons);
  });

  it('reports a seed whose endpoint or title the spec does not have', () => {
    const misses = broken((spec) => {
      const paths = spec.paths as JsonObject;
      paths['/v1/other'] = paths['/v1/bankcardprepay'] as JsonObject;
      delete paths['/v1/bankcardprepay'];
      delete ((paths['/easypayverify.htm'] as JsonObject).post as JsonObject).summary;
    });
    const problems = misses.map((miss) => `${miss.file.slice(0, 3)} ${miss.problem}`);
    expect(problems).toContain(
      '000 endpoint https://mpayapi.lianlianpay.com/v1/other, seed https://mpayapi.lianlianpay.com/v1/bankcardprepay',
    );
    expect(problems).toContain('001 no operation has summary "Easypay Verify Direct API"');
  });
});
