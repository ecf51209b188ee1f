import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { SYNC_NOTIFICATION_WEBHOOK } from '../support/seeds/conformance.js';
import { loadSeedFixture, type SeedRow, type SeedSection } from '../support/seeds/index.js';
import {
  branchPointers,
  follow,
  isObject,
  loadBundledSpec,
  messageExamples,
  objectView,
  operations,
  propertyFacts,
  responseSchemaPointer,
  schemaName,
  specValidator,
  type MessageExample,
  type OperationRef,
} from '../support/spec.js';

const spec = loadBundledSpec();
const seeds = loadSeedFixture();
const validatorFor = specValidator(spec);

type Message = Record<string, unknown>;

interface Target {
  operationId: string;
  example: MessageExample;
  value: Message;
  /** The schema the message must satisfy: a request schema or the one response branch it matches. */
  schemaPointer: string;
  /** The seed rows describing this message. */
  rows: SeedRow[];
}

const SECTIONS_BY_BRANCH: Record<string, SeedSection[]> = {
  failure: ['response'],
  success: ['response', 'response-success'],
  paid: ['response', 'response-success', 'response-paid'],
};

const normaliseTitle = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Rows of the given sections, from the seeds titled `summary` (any seed when omitted). */
function seedRows(sections: readonly SeedSection[], summary?: string): SeedRow[] {
  const rows = new Map<string, SeedRow>();
  for (const seed of seeds) {
    if (summary !== undefined && normaliseTitle(seed.title) !== normaliseTitle(summary)) continue;
    for (const table of seed.tables) {
      if (!sections.includes(table.section)) continue;
      for (const row of table.rows) if (!rows.has(row.name)) rows.set(row.name, row);
    }
  }
  return [...rows.values()];
}

/** Response examples are checked against the one branch they belong to, for precise errors. */
function matchingBranch(operation: OperationRef, value: Message): string {
  const branches = branchPointers(spec, responseSchemaPointer(operation));
  const matches = branches.filter((pointer) => validatorFor(pointer)(value));
  if (matches.length !== 1 || !matches[0]) {
    throw new Error(`${operation.id}: example matches ${matches.length} branches`);
  }
  return matches[0];
}

/** Every JSON-object example, paired with its schema and the seed rows for that message. */
function targets(): Target[] {
  const found: Target[] = [];
  for (const example of messageExamples(spec)) {
    const value = example.node.value;
    if (!isObject(value)) continue;
    const { operation, operationId, role } = example;
    const summary = operation.summary ?? '';
    let schemaPointer = follow(spec, example.schemaPointer).pointer;
    let rows: SeedRow[];
    if (operationId === SYNC_NOTIFICATION_WEBHOOK) {
      rows = seedRows(['sync-notification']);
    } else if (role === 'response') {
      schemaPointer = matchingBranch(operation, value);
      const branch = objectView(spec, schemaPointer).branch ?? '';
      rows = seedRows(SECTIONS_BY_BRANCH[branch] ?? [], summary);
    } else if (role === 'plaintext' || operation.envelope === undefined) {
      rows = seedRows(['request'], summary);
    } else {
      rows = []; // the envelope around the plaintext has no seed table of its own
    }
    found.push({ operationId, example, value, schemaPointer, rows });
  }
  return found;
}

interface Case {
  operationId: string;
  kind: 'money' | 'length' | 'month' | 'sign_type' | 'required' | 'boundary';
  title: string;
  target: Target;
  message: Message;
  /** Undefined: the message must be valid. */
  expectError?: { path: string; keywords: string[]; missing?: string };
}

const replaced = (value: Message, field: string, replacement: unknown): Message => ({
  ...value,
  [field]: replacement,
});

function cases(target: Target): Case[] {
  const { value, rows, operationId } = target;
  const name = `${operationId} ${target.example.pointer.split('/').pop() ?? ''}`;
  const out: Case[] = [];
  const add = (
    kind: Case['kind'],
    title: string,
    message: Message,
    expectError?: Case['expectError'],
  ) =>
    out.push({
      operationId,
      kind,
      title: `${name}: ${title}`,
      target,
      message,
      ...(expectError ? { expectError } : {}),
    });
  const view = objectView(spec, target.schemaPointer);

  if (typeof value.money_order === 'string') {
    for (const bad of ['55.4', '0.00', '100000000.01']) {
      add('money', `money_order ${bad} is rejected`, replaced(value, 'money_order', bad), {
        path: '/money_order',
        keywords: ['pattern'],
      });
    }
    for (const good of ['0.01', '100000000.00']) {
      add('boundary', `money_order ${good} is accepted`, replaced(value, 'money_order', good));
    }
  }
  for (const field of ['dt_order', 'timestamp']) {
    const current = value[field];
    if (typeof current !== 'string') continue;
    const month13 = `${current.slice(0, 4)}13${current.slice(6)}`;
    add('month', `${field} ${month13} (month 13) is rejected`, replaced(value, field, month13), {
      path: `/${field}`,
      keywords: ['pattern', 'format'],
    });
  }
  if (typeof value.sign_type === 'string') {
    add('sign_type', 'sign_type DSA is rejected', replaced(value, 'sign_type', 'DSA'), {
      path: '/sign_type',
      keywords: ['enum', 'const'],
    });
  }
  for (const row of rows) {
    if (typeof value[row.name] !== 'string' || row.maxLength === undefined) continue;
    const location = view.properties.get(row.name);
    // Where the spec departs from String(n) the conformance test holds it to its errata.
    if (!location || propertyFacts(spec, location.pointer).maxLength !== row.maxLength) continue;
    const long = '1'.repeat(row.maxLength + 1);
    add(
      'length',
      `${row.name} of ${long.length} characters exceeds String(${row.maxLength})`,
      replaced(value, row.name, long),
      {
        path: `/${row.name}`,
        keywords: ['maxLength'],
      },
    );
  }
  for (const row of rows) {
    if (!row.required || !(row.name in value) || !view.required.has(row.name)) continue;
    const { [row.name]: _dropped, ...rest } = value;
    add('required', `without required ${row.name} is rejected`, rest, {
      path: '',
      keywords: ['required'],
      missing: row.name,
    });
  }
  return out;
}

const allTargets = targets();
const allCases = allTargets.flatMap(cases);

function describeErrors(errors: readonly ErrorObject[]): string {
  return errors.map((e) => `${e.instancePath || '/'} ${e.keyword} ${e.message ?? ''}`).join('; ');
}

describe('spec constraints, shown on mutated examples', () => {
  it('the examples themselves are valid', () => {
    for (const target of allTargets) {
      const validate = validatorFor(target.schemaPointer);
      expect(
        validate(target.value),
        `${target.example.pointer}: ${describeErrors(validate.errors ?? [])}`,
      ).toBe(true);
    }
  });

  it.each(allCases.map((c) => [c.title, c] as const))('%s', (_, c) => {
    const validate = validatorFor(c.target.schemaPointer);
    const valid = validate(c.message);
    const errors = validate.errors ?? [];
    const where = `${schemaName(c.target.schemaPointer)}: ${describeErrors(errors)}`;
    if (!c.expectError) {
      expect(valid, where).toBe(true);
      return;
    }
    expect(valid, where).toBe(false);
    const expected = c.expectError;
    // The right reason: every error is about the mutated field, and one names the broken rule.
    if (expected.missing) {
      expect(
        errors.every((e) => e.keyword === 'required'),
        where,
      ).toBe(true);
      expect(
        errors.some((e) => e.params.missingProperty === expected.missing),
        where,
      ).toBe(true);
    } else {
      expect(
        errors.every((e) => e.instancePath === expected.path),
        where,
      ).toBe(true);
      expect(
        errors.some((e) => expected.keywords.includes(e.keyword)),
        where,
      ).toBe(true);
    }
  });

  // Every operation a seed describes, and the synchronous notification, gets each kind of check
  // its fields allow. Operations encoded from LianLian's docs pages instead (x-lianlian-source)
  // have no seed rows here; the docs-conformance test checks their rows.
  const seeded = (summary: string | undefined) =>
    seeds.some((seed) => normaliseTitle(seed.title) === normaliseTitle(summary ?? ''));
  const operationIds = [
    ...operations(spec)
      .filter((o) => seeded(o.summary))
      .map((o) => o.id),
    SYNC_NOTIFICATION_WEBHOOK,
  ];
  it.each(operationIds)('%s is covered', (operationId) => {
    const kinds = new Set(allCases.filter((c) => c.operationId === operationId).map((c) => c.kind));
    const fields = new Set(
      allTargets
        .filter((t) => t.operationId === operationId)
        .flatMap((t) => t.rows.map((r) => r.name)),
    );
    const wanted: Case['kind'][] = ['sign_type', 'required', 'length'];
    if (fields.has('money_order')) wanted.push('money', 'boundary');
    if (fields.has('dt_order') || fields.has('timestamp')) wanted.push('month');
    expect(
      wanted.every((kind) => kinds.has(kind)),
      `${operationId} lacks ${wanted.filter((k) => !kinds.has(k)).join(', ')}`,
    ).toBe(true);
  });
});
