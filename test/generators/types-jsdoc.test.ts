import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Node, Project, type PropertySignature, type TypeLiteralNode } from 'ts-morph';
import { beforeAll, describe, expect, it } from 'vitest';
import { types } from '../../generators/artifacts/types.js';
import { GenerateError } from '../../generators/framework/errors.js';
import { formatFile } from '../../generators/framework/format.js';
import type { BundledSpec } from '../../generators/framework/types.js';
import { errataSections } from '../support/spec.js';

type Json = Record<string, any>;

const bundle: Json = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../generated/openapi.json'), 'utf8'),
);

/** src/types.ts as the framework writes it: the generator's output, prettier-formatted. */
async function generateTypes(spec: Json): Promise<string> {
  const [file, ...rest] = await types.generate(spec as BundledSpec);
  expect(rest).toEqual([]);
  return formatFile(file!.path, file!.contents);
}

/** A member of `components['schemas']`: `member(source, 'MpayVerifyRequest', 'money_order')`. */
function member(source: string, ...names: string[]): PropertySignature {
  const file = new Project({ useInMemoryFileSystem: true }).createSourceFile('types.ts', source);
  let literal = file.getInterfaceOrThrow('components').getPropertyOrThrow('schemas').getTypeNode();
  let found: PropertySignature | undefined;
  for (const name of names) {
    if (!Node.isTypeLiteral(literal)) throw new Error(`${names.join('.')}: not an inline object`);
    found = (literal as TypeLiteralNode).getPropertyOrThrow(name);
    literal = found.getTypeNode();
  }
  return found!;
}

/** The member's JSDoc, one entry per line (`@description …`, `@rule …`); [] when it has none. */
function jsDoc(source: string, ...names: string[]): string[] {
  const docs = member(source, ...names).getJsDocs();
  // TypeScript reads tags from the last block only, so everything must be in one.
  expect(docs.length).toBeLessThanOrEqual(1);
  return docs.flatMap((doc) => doc.getInnerText().split('\n'));
}

const tagsOf = (lines: string[], tag: string) => lines.filter((l) => l.startsWith(`@${tag} `));

describe('types.ts from the bundled spec', () => {
  let source: string;
  beforeAll(async () => {
    source = await generateTypes(bundle);
  });

  it('puts the rule of a $ref-ed schema on the property, next to the sibling errata', () => {
    expect(jsDoc(source, 'MpayVerifyRequest', 'money_order')).toEqual([
      '@description Order amount in CNY with two decimal places, 0.01 to 100000000.00; it must equal the amount sent in the Apply step.',
      '@rule must have exactly two decimals, from 0.01 to 100000000.00',
      "@errata E31 The MPAY request's money_order states no range",
    ]);
    // The shared schema keeps its own rule too.
    expect(tagsOf(jsDoc(source, 'MoneyOrder'), 'rule')).toEqual([
      '@rule must have exactly two decimals, from 0.01 to 100000000.00',
    ]);
  });

  it('marks personal data with its kind', () => {
    expect(tagsOf(jsDoc(source, 'WebPaymentRequest', 'card_no'), 'sensitive')).toEqual([
      '@sensitive card — masked in messages and logs',
    ]);
    expect(tagsOf(jsDoc(source, 'RiskItem', 'user_info_bind_phone'), 'sensitive')).toEqual([
      '@sensitive phone — masked in messages and logs',
    ]);
  });

  it('marks every property the spec calls sensitive, and nothing else', () => {
    const expected: string[] = [];
    const schemas = bundle.components.schemas as Record<string, Json>;
    // A shared field schema (CardNo) carries the marker itself; a property inherits it through
    // its $ref or an allOf part, since nothing may stand beside a $ref.
    const target = (ref: unknown): Json | undefined =>
      typeof ref === 'string' ? schemas[ref.split('/').pop() as string] : undefined;
    const sensitive = (node: Json): boolean =>
      Boolean(node['x-lianlian-sensitive']) ||
      Boolean(target(node.$ref)?.['x-lianlian-sensitive']) ||
      ((node.allOf ?? []) as Json[]).some((part) => sensitive(part));
    for (const [name, schema] of Object.entries<Json>(schemas)) {
      if (schema['x-lianlian-sensitive']) expected.push(name);
      for (const [prop, node] of Object.entries<Json>(schema.properties ?? {})) {
        if (sensitive(node)) expected.push(`${name}.${prop}`);
      }
    }
    expect(expected.length).toBeGreaterThan(3);
    const marked = [...source.matchAll(/@sensitive /g)].length;
    expect(marked).toBe(expected.length);
    for (const where of expected) {
      expect(tagsOf(jsDoc(source, ...where.split('.')), 'sensitive'), where).toHaveLength(1);
    }
  });

  it("marks every answer field an operation's signature leaves out as unsigned, and nothing else", () => {
    const schemas = bundle.components.schemas as Record<string, Json>;
    const expected: string[] = [];
    for (const item of Object.values<Json>(bundle.paths)) {
      const response = item.post?.['x-lianlian-signature']?.response;
      const fields = (response?.unsignedFields ?? []) as string[];
      const union = schemas[String(response?.schema).split('/').pop() as string];
      for (const ref of (union?.oneOf ?? []) as Json[]) {
        const branch = ref.$ref.split('/').pop() as string;
        for (const field of fields)
          if (schemas[branch]?.properties?.[field]) expected.push(`${branch}.${field}`);
      }
    }
    expect(expected).toEqual(
      expect.arrayContaining(['CardBindQuerySuccess.agreement_list', 'MpayQueryPaid.card_no']),
    );
    expect([...source.matchAll(/@unsigned /g)]).toHaveLength(expected.length);
    for (const where of expected) {
      expect(tagsOf(jsDoc(source, ...where.split('.')), 'unsigned'), where).toEqual([
        "@unsigned not covered by LianLian's signature (x-lianlian-signature.response.unsignedFields): anyone on the network path can change it; listed in the result's `unsigned`",
      ]);
    }
  });

  it('names errata with the titles of spec/errata.md', () => {
    expect(tagsOf(jsDoc(source, 'MpayVerifyRequest', 'sign_type'), 'errata')).toEqual([
      '@errata E13 sign_type is String(3) but SHA256withRSA has 13 characters',
    ]);
    const headings = errataSections();
    for (const [, id, title] of source.matchAll(/@errata (E\d+) (.*)/g)) {
      expect(headings.get(id!)?.split('\n')[0]).toBe(`## ${id} ${title}`);
    }
  });

  it('gives each response branch its x-lianlian-branch', () => {
    expect(tagsOf(jsDoc(source, 'MpayVerifyPaid'), 'branch')).toEqual(['@branch paid']);
    const branches = ['MpayVerifyResponse', 'EasypayVerifyResponse', 'InstantPayConfirmResponse']
      .flatMap((name) => bundle.components.schemas[name].oneOf as Json[])
      .map((ref) => ref.$ref.split('/').pop() as string);
    expect(branches).toHaveLength(8);
    for (const name of branches) {
      const branch = bundle.components.schemas[name]['x-lianlian-branch'];
      expect(tagsOf(jsDoc(source, name), 'branch'), name).toEqual([`@branch ${branch}`]);
    }
  });

  it('lists the return codes of each category on RetCode only', () => {
    const lines = tagsOf(jsDoc(source, 'RetCode'), 'returnCodes');
    expect(lines[0]).toBe('@returnCodes success: 0000, 2007');
    expect(lines.map((l) => l.split(':')[0])).toEqual([
      '@returnCodes success',
      '@returnCodes processing',
      '@returnCodes payer-action-needed',
      '@returnCodes merchant-fix-needed',
      '@returnCodes retry-later',
      '@returnCodes failed',
    ]);
    const table: Json = bundle.components.schemas.RetCode['x-lianlian-return-codes'];
    const listed = lines.flatMap((l) => l.split(': ')[1]!.split(', '));
    expect(listed.sort()).toEqual(Object.keys(table).sort());
    expect(lines.find((l) => l.includes(' 1003'))).toMatch(/^@returnCodes processing:/);
    // A ret_code property gets RetCode's rule, not its 140-code table.
    const property = jsDoc(source, 'MpayVerifyFailure', 'ret_code');
    expect(tagsOf(property, 'rule')).toEqual(['@rule must be four digits']);
    expect(tagsOf(property, 'returnCodes')).toEqual([]);
  });

  it('shows the tags in editor quick info', () => {
    const project = new Project({
      useInMemoryFileSystem: true,
      compilerOptions: { strict: true, noLib: true },
    });
    project.createSourceFile('/types.ts', source);
    const use = project.createSourceFile(
      '/use.ts',
      "import type { components } from './types.js';\n" +
        "declare const request: components['schemas']['WebPaymentRequest'];\n" +
        'request.card_no;\n',
    );
    const info = project
      .getLanguageService()
      .compilerObject.getQuickInfoAtPosition('/use.ts', use.getFullText().lastIndexOf('card_no'));
    const tags = (info?.tags ?? []).map(
      (t) => `@${t.name} ${(t.text ?? []).map((p) => p.text).join('')}`,
    );
    expect(tags).toContain('@sensitive card — masked in messages and logs');
    expect(tags).toContain('@errata E30 Fields typed as bare String, without a length');
  });
});

/** A small spec: a shared amount schema, an order that uses it, and an errata tag. */
function fixture(): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'fixture', version: '1' },
    tags: [
      {
        name: 'Errata',
        description: '# Errata\n\n## E01 First title\n\ntext\n\n## E02 Second title\n',
      },
    ],
    paths: {},
    components: {
      schemas: {
        Amount: {
          type: 'string',
          description: 'An amount.',
          'x-lianlian-rule': 'must have two decimals',
          'x-lianlian-errata': ['E01'],
        },
        Order: {
          type: 'object',
          properties: {
            plain: { type: 'string', maxLength: 8 },
            described: {
              type: 'string',
              enum: ['A', 'B'],
              description: 'First line.\nSecond line.',
            },
            amount: {
              $ref: '#/components/schemas/Amount',
              description: 'What is owed.',
              'x-lianlian-errata': ['E02'],
            },
            bare: { $ref: '#/components/schemas/Amount' },
            // The portable form of a $ref with validation siblings (what Spectral reads).
            wrapped: {
              allOf: [{ $ref: '#/components/schemas/Amount' }],
              not: { const: '0.00' },
              description: 'Not zero.',
            },
            unknown: { type: 'string', 'x-lianlian-errata': ['E77'] },
            tricky: {
              type: 'string',
              'x-lianlian-rule': 'must not contain */ or\nnewlines',
              'x-lianlian-sensitive': true,
            },
            nested: {
              type: 'object',
              properties: { pan: { type: 'string', 'x-lianlian-sensitive': 'card' } },
            },
          },
        },
      },
    },
  };
}

describe('the types generator on a fixture spec', () => {
  let source: string;
  beforeAll(async () => {
    source = await generateTypes(fixture());
  });

  it('adds nothing to a property without extensions', () => {
    expect(jsDoc(source, 'Order', 'plain')).toEqual([]);
  });

  it("keeps openapi-typescript's JSDoc as it is when there is nothing to add", () => {
    expect(jsDoc(source, 'Order', 'described')).toEqual([
      '@description First line.',
      '    Second line.',
      '@enum {string}',
    ]);
  });

  it('appends to the existing description; the keys next to a $ref win over the target', () => {
    expect(jsDoc(source, 'Order', 'amount')).toEqual([
      '@description What is owed.',
      '@rule must have two decimals',
      '@errata E02 Second title',
    ]);
    expect(jsDoc(source, 'Order', 'bare')).toEqual([
      '@rule must have two decimals',
      '@errata E01 First title',
    ]);
    expect(jsDoc(source, 'Amount')).toEqual([
      '@description An amount.',
      '@rule must have two decimals',
      '@errata E01 First title',
    ]);
  });

  it('gives a property wrapped in allOf the tags of the wrapped schema', () => {
    expect(jsDoc(source, 'Order', 'wrapped')).toEqual([
      '@description Not zero.',
      '@rule must have two decimals',
      '@errata E01 First title',
    ]);
  });

  it('points to spec/errata.md for an id the bundle has no title for', () => {
    expect(jsDoc(source, 'Order', 'unknown')).toEqual(['@errata E77 (see spec/errata.md)']);
  });

  it('keeps spec text from ending the comment or spilling onto new lines', () => {
    expect(jsDoc(source, 'Order', 'tricky')).toEqual([
      '@rule must not contain *\\/ or newlines',
      '@sensitive masked in messages and logs',
    ]);
  });

  it('documents properties of inline nested objects', () => {
    expect(jsDoc(source, 'Order', 'nested', 'pan')).toEqual([
      '@sensitive card — masked in messages and logs',
    ]);
  });

  it('is deterministic', async () => {
    expect(await generateTypes(fixture())).toBe(source);
  });

  it('fails, naming the place, when an extension sits where no member is printed', async () => {
    const spec = fixture();
    spec.components.schemas.Either = {
      oneOf: [
        {
          type: 'object',
          properties: { card: { type: 'string', 'x-lianlian-sensitive': 'card' } },
        },
      ],
    };
    const error = await Promise.resolve()
      .then(() => types.generate(spec as BundledSpec))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(GenerateError);
    expect((error as GenerateError).place).toBe(
      '#/components/schemas/Either/oneOf/0/properties/card',
    );
  });

  it('rejects an extension value it cannot print', async () => {
    const spec = fixture();
    spec.components.schemas.Amount['x-lianlian-errata'] = 'E01';
    await expect(Promise.resolve().then(() => types.generate(spec as BundledSpec))).rejects.toThrow(
      '#/components/schemas/Amount: x-lianlian-errata must be a list of errata ids',
    );
  });
});
