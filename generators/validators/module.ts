import type { BundledSpec } from '../framework/types.js';
import { componentName, resolvePointer } from '../model/index.js';
import { FunctionNames, lit, specError, type Json, type Scope } from './scope.js';
import { countPropertySchemas, propertySchemaKey } from './shared-properties.js';

export type EmitSchema = (node: unknown, s: Scope, ctx: ModuleBuilder) => string;

/** The two functions emitted for one schema node. */
export interface SchemaFunctions {
  check: string;
  collect: string;
}

const identifier = (text: string) => text.replace(/[^A-Za-z0-9_$]/g, '_');

// A shared property collector shorter than this many lines stays inline: a call saves nothing.
const SHARED_MIN_LINES = 2;
const SCRATCH = {
  mode: 'collect',
  v: 'v',
  path: 'path',
  pathMayBeEmpty: true,
  mask: 'mask',
} as const;

/**
 * Collects what the emitted module needs besides the exported validators: module-level
 * constants (compiled patterns, constant values), one check and one collector per component
 * schema reached, and named functions for subschemas used under oneOf/anyOf/not/if/contains.
 * Everything is numbered or named in first-use order, so the output is deterministic.
 */
export class ModuleBuilder {
  /** Runtime helpers the emitted code calls, imported from runtime/shared/validation.js. */
  readonly helpers = new Set<string>();
  private readonly constants: string[] = [];
  private readonly constantNames = new Map<string, string>();
  private readonly functions: string[] = [];
  private readonly byNode = new Map<object, SchemaFunctions>();
  private readonly byComponent = new Map<string, SchemaFunctions>();
  private readonly taken = new Set<string>();
  private readonly pending: (() => void)[] = [];
  /** Property schemas occurring more than once, by propertySchemaKey; empty when not sharing. */
  private readonly repeated: ReadonlyMap<string, number>;
  private readonly byPropertyKey = new Map<string, SchemaFunctions | null>();

  constructor(
    readonly spec: BundledSpec,
    readonly emit: EmitSchema,
    /** Components whose check is exported as the type guard `is<Name>`. */
    private readonly exported: ReadonlySet<string>,
    options: { shareProperties?: boolean } = {},
  ) {
    this.repeated =
      options.shareProperties === false
        ? new Map()
        : countPropertySchemas((spec.components?.schemas ?? {}) as Record<string, unknown>);
  }

  helper(name: string): string {
    this.helpers.add(name);
    return name;
  }

  private constant(key: string, prefix: string, code: (name: string) => string): string {
    let name = this.constantNames.get(key);
    if (!name) {
      name = `${prefix}_${this.constants.length}`;
      this.constantNames.set(key, name);
      this.constants.push(code(name));
    }
    return name;
  }

  /** A module-level RegExp compiled with the `u` flag, as JSON Schema 2020-12 (and Ajv) do. */
  regex(source: string, at: string, prefix = 'PATTERN'): string {
    try {
      new RegExp(source, 'u');
    } catch (error) {
      throw specError(
        at,
        `pattern ${lit(source)} is not a valid Unicode regular expression: ${(error as Error).message}`,
      );
    }
    return this.constant(
      `re:${source}`,
      prefix,
      (name) => `const ${name} = new RegExp(${lit(source)}, 'u');`,
    );
  }

  /**
   * A function testing `pattern` against a string that remembers its last answer. The same
   * string is tested again and again in a row (the type guard, then each oneOf branch's check
   * and issue collector), and a long value such as `sign` costs far more to match than to compare.
   */
  patternTest(source: string, at: string): string {
    const re = this.regex(source, at);
    return this.constant(`test:${source}`, 'matches', (name) =>
      [
        `let ${name}Last: string | undefined;`,
        `let ${name}LastResult = false;`,
        `const ${name} = (v: string): boolean =>`,
        `  v === ${name}Last ? ${name}LastResult : ((${name}Last = v), (${name}LastResult = ${re}.test(v)));`,
      ].join('\n'),
    );
  }

  /** A module-level constant holding a JSON value (for deep `const`/`enum` comparisons). */
  value(json: unknown, prefix = 'VALUE'): string {
    const text = JSON.stringify(json);
    return this.constant(
      `value:${prefix}:${text}`,
      prefix,
      (name) => `const ${name}: unknown = ${text};`,
    );
  }

  /** A module-level Set of primitive values (long enums). */
  set(values: readonly unknown[]): string {
    const text = JSON.stringify(values);
    return this.constant(
      `set:${text}`,
      'ENUM',
      (name) => `const ${name}: ReadonlySet<unknown> = new Set(${text});`,
    );
  }

  /** Functions for `components/schemas/<name>`. */
  component(name: string): SchemaFunctions {
    let fns = this.byComponent.get(name);
    if (fns) return fns;
    const node = this.spec.components?.schemas?.[name];
    if (node === undefined)
      throw specError(name, 'referenced but not defined in components/schemas');
    const id = identifier(name);
    fns = {
      check: this.exported.has(name) ? this.name(`is${id}`) : this.name(`check${id}`),
      collect: this.name(`collect${id}`),
    };
    this.byComponent.set(name, fns);
    if (typeof node === 'object' && node !== null) this.byNode.set(node, fns);
    const signature = this.exported.has(name) ? `v is Schemas[${lit(name)}]` : 'boolean';
    this.schedule(node, name, fns, signature, this.exported.has(name));
    return fns;
  }

  /** Functions for the target of a `$ref`. */
  ref(pointer: string, at: string): SchemaFunctions {
    const name = componentName(pointer);
    if (name !== undefined) return this.component(name);
    let target: unknown;
    try {
      target = resolvePointer(this.spec, pointer);
    } catch (error) {
      throw specError(at, `$ref ${pointer}: ${(error as Error).message}`);
    }
    return this.subschema(target, pointer.replace(/^#\//, ''));
  }

  /** Functions for a subschema; a bare `$ref` reuses its target's functions. */
  subschema(node: unknown, at: string): SchemaFunctions {
    if (typeof node === 'object' && node !== null) {
      const known = this.byNode.get(node);
      if (known) return known;
      const keys = Object.keys(node).filter((k) => k !== 'description' && k !== 'title');
      const ref = (node as Json).$ref;
      if (typeof ref === 'string' && keys.length === 1) return this.ref(ref, at);
    }
    const id = identifier(
      at
        .split('/')
        .filter((p) => p !== 'properties')
        .join('_'),
    );
    const fns = { check: this.name(`check${id}`), collect: this.name(`collect${id}`) };
    if (typeof node === 'object' && node !== null) this.byNode.set(node, fns);
    this.schedule(node, at, fns, 'boolean', false);
    return fns;
  }

  /**
   * The shared functions of a property schema written out alike in several objects, or undefined
   * when it is emitted inline: it occurs once, or its collector is so short that a call saves
   * nothing. Only collectors call them: checks stay inline (see keywords/object.ts).
   */
  sharedProperty(node: unknown, at: string): SchemaFunctions | undefined {
    const key = propertySchemaKey(node);
    if (key === undefined || (this.repeated.get(key) ?? 0) < 2) return undefined;
    let fns = this.byPropertyKey.get(key);
    if (fns === undefined) {
      // Measured on a scratch emission of the collector: names and constants it registers are
      // the ones the real emission registers too.
      const lines = this.emit(node, { ...SCRATCH, at, fn: new FunctionNames() }, this).split(
        '\n',
      ).length;
      if (lines < SHARED_MIN_LINES) fns = null;
      else {
        const id = identifier(
          at
            .split('/')
            .filter((p) => p !== 'properties')
            .join('_'),
        );
        fns = { check: this.name(`check${id}`), collect: this.name(`collect${id}`) };
        this.schedule(node, at, fns, 'boolean', false);
      }
      this.byPropertyKey.set(key, fns);
    }
    return fns ?? undefined;
  }

  private name(wanted: string): string {
    let name = wanted;
    for (let i = 2; this.taken.has(name); i++) name = `${wanted}_${i}`;
    this.taken.add(name);
    return name;
  }

  private schedule(
    node: unknown,
    at: string,
    fns: SchemaFunctions,
    signature: string,
    exported: boolean,
  ): void {
    // Deferred so that recursive references find the names already registered.
    this.pending.push(() => {
      const check = this.emit(
        node,
        {
          mode: 'check',
          v: 'v',
          path: "''",
          pathMayBeEmpty: true,
          mask: "'none'",
          at,
          fn: new FunctionNames(),
        },
        this,
      );
      const collect = this.emit(
        node,
        {
          mode: 'collect',
          v: 'v',
          path: 'path',
          pathMayBeEmpty: true,
          mask: 'mask',
          at,
          fn: new FunctionNames(),
        },
        this,
      );
      const doc = exported
        ? `/** Whether a value matches components.schemas.${at} (no allocation, stops at the first failure). */\n`
        : '';
      this.functions.push(
        `${doc}${exported ? 'export ' : ''}function ${fns.check}(v: unknown): ${signature} {\n${check}\nreturn true;\n}`,
        `function ${fns.collect}(v: unknown, path: string, mask: MaskKind, out: IssueSink): void {\n${collect}\n}`,
      );
    });
  }

  /** Emits every scheduled function (and whatever they schedule in turn). */
  flush(): void {
    // By index: jobs append more jobs, and shift() would move the whole queue each time.
    for (let i = 0; i < this.pending.length; i += 1) this.pending[i]!();
    this.pending.length = 0;
  }

  get constantCode(): string {
    return this.constants.join('\n');
  }

  get functionCode(): string {
    return this.functions.join('\n\n');
  }

  /** The emitted functions, one top-level statement each, in order. */
  get functionStatements(): readonly string[] {
    return this.functions;
  }
}
