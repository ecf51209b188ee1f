import { messages, propertyNames, type Message } from '../framework/messages.js';
import { render } from '../framework/templates.js';
import { apiModel, deref, type Json } from '../model/index.js';
import type { ExportingGenerator } from '../framework/types.js';

/** Byte order of UTF-8 keys, which is what LianLian sorts by (and equals code-unit order for ASCII). */
export const byteOrder = (a: string, b: string): number =>
  Buffer.compare(Buffer.from(a), Buffer.from(b));

/** Java's String.CASE_INSENSITIVE_ORDER on ASCII names (`keyOrder: case-insensitive`, errata E441). */
const caseInsensitiveOrder = (a: string, b: string): number =>
  byteOrder(a.toLowerCase(), b.toLowerCase());

/** generated/src/signing-fields.ts: per message, the signed fields in signing order. */
export const signingFields: ExportingGenerator = {
  name: 'signing fields',
  exports: ['signing-fields'],
  async generate(spec) {
    const model = apiModel(spec);
    const excluded = [...model.signatureExcludedFields];
    // Each message in the order its signature uses: byte order unless its keyOrder says otherwise.
    const caseInsensitive = new Set(
      model.all.flatMap((op) =>
        Object.values(op.signature)
          .filter((message) => message.keyOrder === 'case-insensitive')
          .map((message) => `${op.id} ${message.role}`),
      ),
    );
    const fieldsOf = (m: Message) =>
      propertyNames(spec, m.schema)
        .filter((name) => !excluded.includes(name))
        .sort(caseInsensitive.has(`${m.operationId} ${m.role}`) ? caseInsensitiveOrder : byteOrder);

    const byOperation = new Map<string, Map<string, Message[]>>();
    for (const m of messages(spec).filter((m) => m.signed !== 'none')) {
      const roles = byOperation.get(m.operationId) ?? new Map<string, Message[]>();
      roles.set(m.role, [...(roles.get(m.role) ?? []), m]);
      byOperation.set(m.operationId, roles);
    }
    // A request's `format: uri` properties, for the closed sign-source rule (top level and allOf).
    // A property wrapped as `allOf: [{ $ref }]` (an annotated reference) is a URL when its part is.
    const isUri = (node: Json): boolean => {
      const schema = deref(spec, node);
      return schema.format === 'uri' || ((schema.allOf ?? []) as Json[]).some(isUri);
    };
    const uriFieldsOf = (m: Message) => {
      const names = new Set<string>();
      const visit = (node: Json) => {
        const schema = deref(spec, node);
        for (const [name, property] of Object.entries(schema.properties ?? {})) {
          if (isUri(property as Json) && !excluded.includes(name)) names.add(name);
        }
        for (const part of schema.allOf ?? []) visit(part);
      };
      visit(m.schema);
      return [...names].sort(byteOrder);
    };
    const capital = (word: string) => `${word[0]!.toUpperCase()}${word.slice(1)}`;
    const operations = [...byOperation].map(([operationId, roles]) => ({
      operationId,
      hasRequest: roles.has('request'),
      uri: tuple(roles.has('request') ? uriFieldsOf(roles.get('request')![0]!) : []),
      messages: [...roles].map(([role, list]) => {
        const constant = `${operationId}${capital(role)}SigningFields`;
        return list[0]?.branch
          ? {
              role,
              branches: list.map((m) => ({
                branch: m.branch,
                constant: `${operationId}${capital(role)}${capital(m.branch!)}SigningFields`,
                ...tuple(fieldsOf(m)),
              })),
            }
          : { role, constant, ...tuple(fieldsOf(list[0]!)) };
      }),
    }));
    return [
      {
        path: 'src/signing-fields.ts',
        contents: await render('signing-fields.ts.hbs', { excluded, operations }),
      },
    ];
  },
};

/** A list of names as the literal array and as its readonly tuple type, for an annotated const. */
function tuple(names: readonly string[]): { value: string; type: string } {
  const items = names.map((name) => JSON.stringify(name)).join(', ');
  return { value: `[${items}]`, type: `readonly [${items}]` };
}
