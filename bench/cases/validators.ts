/**
 * Case 3: the generated validators against Ajv validators compiled from the same schemas
 * (generated/openapi.json, Ajv 2020 + ajv-formats, contentSchema asserted as ours does).
 *
 * Inputs: every example the spec attaches to a request or 200 response (seed samples and ours),
 * and for invalid inputs each of them broken in ways merchants break them (a required field
 * missing, a malformed amount or time, a number where a string belongs, an unknown field on a
 * closed request). Only inputs both sides agree on are timed; a disagreement aborts the case.
 *
 * Three comparisons:
 * - valid inputs: `validate<Schema>` vs Ajv (first error);
 * - invalid inputs, every issue: `validate<Schema>` (issues with masked messages) vs Ajv with
 *   `allErrors: true` (errors with messages);
 * - invalid inputs, verdict only: `is<Schema>` vs Ajv (stops at the first error).
 *
 * And the size of validators.ts, with its speed on the valid and invalid inputs, against the same
 * spec's validators emitted with every property check inline (before property checks were shared),
 * both imported from their TypeScript sources.
 */
import * as generated from '../../generated/dist/index.js';
import { ajvValidators } from '../support/ajv.js';
import { inlineValidators, sharedValidators } from '../support/inline-validators.js';
import { compare } from '../support/harness.js';
import { timingResult } from '../support/result.js';
import { significant } from '../support/stats.js';
import { bundledSpec, specSamples, type Sample } from '../support/spec.js';
import type { CaseResult } from '../support/types.js';

type Json = Record<string, unknown>;
type Check = (value: unknown) => unknown;

const validatorsBySchema = generated.validatorsBySchema as unknown as Record<string, Check>;
const guards = generated as unknown as Record<string, Check | undefined>;

/** Ways a merchant's message goes wrong; each returns undefined when it does not apply. */
const MUTATIONS: Record<string, (value: Json) => Json | undefined> = {
  'missing required field': (v) => {
    const [first] = Object.keys(v);
    if (first === undefined) return undefined;
    const { [first]: _dropped, ...rest } = v;
    return rest;
  },
  'amount with one decimal': (v) =>
    typeof v.money_order === 'string' ? { ...v, money_order: '55.4' } : undefined,
  'time not yyyyMMddHHmmss': (v) =>
    typeof v.dt_order === 'string' ? { ...v, dt_order: '2018-08-28 15:35:43' } : undefined,
  'number instead of string': (v) =>
    typeof v.ret_code === 'string'
      ? { ...v, ret_code: 0 }
      : typeof v.oid_partner === 'string'
        ? { ...v, oid_partner: Number(v.oid_partner.slice(0, 15)) }
        : undefined,
  'unknown field': (v) => ({ ...v, notify_url_extra: 'x' }),
};

interface Prepared {
  schema: string;
  value: unknown;
  ours: Check;
  guard: Check;
}

// Real messages differ from one to the next, above all in their long signed fields. Give every
// input its own `sign` and `pay_load` (four base64 characters replaced by the input's number),
// so nothing a validator remembers from one call can answer the next.
let serial = 0;
function distinct(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const copy: Json = { ...(value as Json) };
  const stamp = Buffer.from([(serial >> 16) & 255, (serial >> 8) & 255, serial & 255]).toString(
    'base64',
  );
  serial += 1;
  for (const [key, at] of [
    ['sign', 8],
    ['pay_load', 'lianpay1_0_1$'.length + 8],
  ] as const) {
    const text = copy[key];
    if (typeof text === 'string' && text.length > at + 8) {
      copy[key] = text.slice(0, at) + stamp + text.slice(at + 4);
    }
  }
  return copy;
}

function prepare(samples: Sample[]): { valid: Prepared[]; invalid: Prepared[] } {
  const ajv = ajvValidators(bundledSpec());
  const valid: Prepared[] = [];
  const invalid: Prepared[] = [];
  const verdict = (p: Prepared) => {
    const oursOk = (p.ours(p.value) as { ok: boolean }).ok;
    const guardOk = p.guard(p.value) === true;
    const ajvOk = ajv.first(p.schema)(p.value) === true;
    const ajvAllOk = ajv.all(p.schema)(p.value) === true;
    if (oursOk !== ajvOk || guardOk !== oursOk || ajvAllOk !== ajvOk) {
      throw new Error(`${p.schema}: generated validators and Ajv disagree on a bench input`);
    }
    return oursOk;
  };
  for (const sample of samples) {
    const ours = validatorsBySchema[sample.schema];
    const guard = guards[`is${sample.schema}`];
    if (ours === undefined || guard === undefined) {
      throw new Error(`no generated validator for ${sample.schema}`);
    }
    const base = { schema: sample.schema, ours, guard };
    const p = { ...base, value: distinct(sample.value) };
    if (!verdict(p)) throw new Error(`${sample.schema}: spec example ${sample.example} is invalid`);
    valid.push(p);
    for (const mutate of Object.values(MUTATIONS)) {
      const broken = mutate(sample.value as Json);
      if (broken === undefined) continue;
      const q = { ...base, value: distinct(broken) };
      // Open response schemas accept unknown fields: then it is no invalid input.
      if (!verdict(q)) invalid.push(q);
    }
  }
  return { valid, invalid };
}

export async function run(): Promise<CaseResult[]> {
  const ajv = ajvValidators(bundledSpec());
  const { valid, invalid } = prepare(specSamples());
  const ajvFirst = (list: Prepared[]) => list.map((p) => ajv.first(p.schema));
  const ajvAll = (list: Prepared[]) => list.map((p) => ajv.all(p.schema));

  // One loop for both sides: count accepted inputs, whether the answer is a boolean or a result.
  const sweepWith = (list: Prepared[], fns: Check[]) => {
    const values = list.map((p) => p.value);
    return () => {
      let n = 0;
      for (let i = 0; i < fns.length; i += 1) {
        const r = (fns[i] as Check)(values[i]);
        if (r === true || (r as { ok?: unknown }).ok === true) n += 1;
      }
      return n;
    };
  };
  const sweep = (list: Prepared[], pick: (p: Prepared) => Check) => sweepWith(list, list.map(pick));
  const sets = `${valid.length} valid / ${invalid.length} invalid inputs over ${new Set(valid.map((p) => p.schema)).size} schemas`;
  const results: CaseResult[] = [];

  const validRun = await compare(
    sweep(valid, (p) => p.ours),
    sweepWith(valid, ajvFirst(valid)),
  );
  results.push(
    timingResult(
      'validators/valid',
      `validate<Schema> on ${valid.length} valid inputs (one op = all of them)`,
      `Ajv 2020 + ajv-formats, same schemas (${sets})`,
      validRun,
      1.0,
    ),
  );
  const allRun = await compare(
    sweep(invalid, (p) => p.ours),
    sweepWith(invalid, ajvAll(invalid)),
  );
  results.push(
    timingResult(
      'validators/invalid-all-issues',
      `validate<Schema> (every issue, masked messages) on ${invalid.length} invalid inputs`,
      'Ajv allErrors: true (every error, with messages), same inputs',
      allRun,
      1.0,
    ),
  );
  const firstRun = await compare(
    sweep(invalid, (p) => p.guard),
    sweepWith(invalid, ajvFirst(invalid)),
  );
  results.push(
    timingResult(
      'validators/invalid-verdict',
      `is<Schema> (stops at the first failure) on ${invalid.length} invalid inputs`,
      'Ajv default (stops at the first error), same inputs',
      firstRun,
      1.0,
    ),
  );
  results.push(...(await sizeAndSharing(valid, invalid, sweep)));
  return results;
}

/** validators.ts's size, and its speed against every property check inline, in this run. */
async function sizeAndSharing(
  valid: Prepared[],
  invalid: Prepared[],
  sweep: (list: Prepared[], pick: (p: Prepared) => Check) => () => number,
): Promise<CaseResult[]> {
  const shared = await sharedValidators();
  const inline = await inlineValidators(bundledSpec() as never);
  const lines = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  const fn = (m: Record<string, unknown>, name: string) => m[name] as Check;
  // Both modules must agree on every input before their speed means anything.
  for (const p of [...valid, ...invalid]) {
    const a = JSON.stringify(fn(shared.module, `validate${p.schema}`)(p.value));
    const b = JSON.stringify(fn(inline.module, `validate${p.schema}`)(p.value));
    if (a !== b) throw new Error(`shared and inline validators differ on a ${p.schema} input`);
  }
  const bytes = Buffer.byteLength(shared.source);
  const inlineBytes = Buffer.byteLength(inline.source);
  const results: CaseResult[] = [
    {
      name: 'validators/size',
      subject: `generated/src/validators.ts, bytes (${lines(shared.source)} lines)`,
      baselineName: `every property check inline (${lines(inline.source)} lines)`,
      unit: 'bytes',
      value: bytes,
      baseline: inlineBytes,
      ratio: significant(bytes / inlineBytes, 4),
      goal: 'ratio < 1 (smaller)',
      goalRatio: 1,
      met: bytes < inlineBytes,
      method: 'prettier-formatted text of both, rendered from the same bundled spec',
      details: { lines: lines(shared.source), inlineLines: lines(inline.source) },
    },
  ];
  for (const [name, list] of [
    ['valid', valid],
    ['invalid-all-issues', invalid],
  ] as const) {
    const run = await compare(
      sweep(list, (p) => fn(shared.module, `validate${p.schema}`)),
      sweep(list, (p) => fn(inline.module, `validate${p.schema}`)),
    );
    results.push(
      timingResult(
        `validators/shared-vs-inline/${name}`,
        `validate<Schema>, property checks shared, on the ${list.length} ${name} inputs`,
        'the same with every property check inline (both through tsx)',
        run,
        1.02,
      ),
    );
  }
  return results;
}
