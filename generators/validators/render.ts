import { render } from '../framework/templates.js';
import type { BundledSpec } from '../framework/types.js';
import { subschemas } from '../model/subschemas.js';
import { checkKeywords, validates } from './catalogue.js';
import { emitSchema } from './emit.js';
import { validatedSchemas, type ValidatedSchema } from './messages.js';
import { ModuleBuilder } from './module.js';
import { childAt, lit, type Json } from './scope.js';

const RUNTIME_TYPES = [
  'IssueSink',
  'MaskKind',
  'ValidationFailure',
  'ValidationResult',
  'ValidationSuccess',
];

/** Rejects unknown keywords anywhere in components/schemas, reachable from a message or not. */
function checkAllSchemas(spec: BundledSpec): void {
  const walk = (node: unknown, at: string) => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
    checkKeywords(node as Json, at);
    for (const [suffix, sub] of subschemas(node as Json)) walk(sub, childAt(at, ...suffix));
  };
  for (const [name, node] of Object.entries(spec.components?.schemas ?? {})) walk(node, name);
}

const typeOf = (name: string) => `Schemas[${lit(name)}]`;

function exportedValidator(entry: ValidatedSchema, ctx: ModuleBuilder): string {
  const { check, collect } = ctx.component(entry.name);
  const doc = `/** Validates components.schemas.${entry.name} (${entry.roles.join('; ')}), reporting every issue. */`;
  const failure = `${ctx.helper('collectIssues')}(${lit(entry.name)}, value, ${collect})`;
  const node = ctx.spec.components?.schemas?.[entry.name] as Json;
  const restValidates = validates(node, ['oneOf']);
  if (!entry.branches || restValidates) {
    return `${doc}\nexport function validate${entry.name}(value: unknown): ValidationResult<${typeOf(entry.name)}> {\nreturn ${check}(value) ? { ok: true, value } : ${failure};\n}`;
  }
  // A union of component branches: test each branch once and report which one matched.
  const labelled = entry.branches.every((b) => b.branch !== undefined);
  const tag = (b: { name: string; branch?: string }) =>
    `${labelled ? `branch: ${lit(b.branch)}, ` : ''}schema: ${lit(b.name)}`;
  const resultType = `${entry.name}Result`;
  const members = entry.branches.map(
    (b) =>
      `(ValidationSuccess<${typeOf(b.name)}> & { readonly ${labelled ? `branch: ${lit(b.branch)}; readonly ` : ''}schema: ${lit(b.name)} })`,
  );
  const flags = entry.branches.map(
    (b, i) => `const b${i} = ${ctx.component(b.name).check}(value);`,
  );
  const returns = entry.branches.map(
    (b, i) =>
      `${i < entry.branches!.length - 1 ? `if (b${i}) ` : ''}return { ok: true, ${tag(b)}, value: value as ${typeOf(b.name)} };`,
  );
  return [
    `/** Result of {@link validate${entry.name}}: on success, the branch that matched${labelled ? ' (x-lianlian-branch)' : ''} and its schema. */`,
    `export type ${resultType} =\n| ${[...members, 'ValidationFailure'].join('\n| ')};`,
    doc,
    `export function validate${entry.name}(value: unknown): ${resultType} {`,
    flags.join('\n'),
    `if (${entry.branches.map((_, i) => `(b${i} ? 1 : 0)`).join(' + ')} === 1) {\n${returns.join('\n')}\n}`,
    `return ${failure};`,
    '}',
  ].join('\n');
}

/**
 * The text of generated/src/validators.ts (before prettier). `shareProperties: false` inlines every
 * property check (the emitter's output before sharing; the differential test compares the two).
 */
export async function renderValidators(
  spec: BundledSpec,
  options: { shareProperties?: boolean } = {},
): Promise<string> {
  return (await renderValidatorStatements(spec, options)).join('\n\n');
}

/**
 * The module as its top-level statements (groups of them), in order: joined by blank lines they
 * are `renderValidators`'s text. Given as statements, the framework formats the module in pieces.
 */
export async function renderValidatorStatements(
  spec: BundledSpec,
  options: { shareProperties?: boolean } = {},
): Promise<string[]> {
  checkAllSchemas(spec);
  const { schemas, lookups } = validatedSchemas(spec);
  const ctx = new ModuleBuilder(spec, emitSchema, new Set(schemas.map((s) => s.name)), options);
  const validators = schemas.map((entry) => exportedValidator(entry, ctx));
  ctx.flush();

  // Written out with their types: declarations are emitted file by file (isolatedDeclarations).
  const bySchema = schemas.map((s) => `${s.name}: validate${s.name},`).join('\n');
  const bySchemaType = schemas
    .map((s) => `readonly ${s.name}: typeof validate${s.name};`)
    .join('\n');
  const byOperation = lookups
    .map(
      (l) =>
        `${l.key}: {\n${l.messages.map(([kind, name]) => `${kind}: validate${name},`).join('\n')}\n},`,
    )
    .join('\n');
  const byOperationType = lookups
    .map(
      (l) =>
        `readonly ${l.key}: {\n${l.messages.map(([kind, name]) => `readonly ${kind}: typeof validate${name};`).join('\n')}\n};`,
    )
    .join('\n');
  const helpers = [...ctx.helpers].sort();
  const header = await render('validators/header.ts.hbs', {
    count: schemas.length,
    title: spec.info.title,
  });
  return [
    header,
    "import type { components } from './types.js';",
    `import {\n${[...helpers, ...RUNTIME_TYPES.map((t) => `type ${t}`)].join(',\n')},\n} from './runtime/shared/validation.js';`,
    "\ntype Schemas = components['schemas'];",
    ctx.constantCode,
    ...ctx.functionStatements,
    ...validators,
    `/** The type of {@link validatorsBySchema}. */\nexport type ValidatorsBySchema = {\n${bySchemaType}\n};`,
    `/** Every validator, by component schema name. */\nexport const validatorsBySchema: ValidatorsBySchema = {\n${bySchema}\n};`,
    `/** The type of {@link validatorsByOperation}. */\nexport type ValidatorsByOperation = {\n${byOperationType}\n};`,
    `/** Validators by operationId (or webhook name) and message: request, response, notification, plaintext. */\nexport const validatorsByOperation: ValidatorsByOperation = {\n${byOperation}\n};`,
    `/** Names accepted by {@link validatorsBySchema}. */\nexport type ValidatedSchemaName = keyof typeof validatorsBySchema;`,
    '',
  ];
}
