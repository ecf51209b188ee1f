import fc from 'fast-check';
import type { Oracle } from './validators-oracle.js';

type Json = Record<string, any>;
export type PathStep = string | number | { content: true };

const ANNOTATION =
  /^(x-|description$|title$|default$|examples?$|deprecated$|readOnly$|writeOnly$|\$comment$|discriminator$)/;

/** Builds fast-check arbitraries of valid values, and single mutations of them, from a spec's schemas. */
export class SchemaArbitraries {
  constructor(
    private readonly spec: Json,
    private readonly oracle: Oracle,
  ) {}

  deref(node: unknown): unknown {
    let n = node;
    for (
      let i = 0;
      i < 20 && typeof n === 'object' && n !== null && typeof (n as Json).$ref === 'string';
      i++
    ) {
      const keys = Object.keys(n).filter((k) => k !== '$ref' && !ANNOTATION.test(k));
      if (keys.length > 0) return n; // $ref with validating siblings: handled by valid()
      n = this.resolve((n as Json).$ref);
    }
    return n;
  }

  resolve(pointer: string): unknown {
    let node: any = this.spec;
    for (const part of pointer.slice(2).split('/'))
      node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (node === undefined) throw new Error(`unresolvable ${pointer}`);
    return node;
  }

  schema(name: string): Json {
    return this.spec.components.schemas[name];
  }

  private readonly cache = new Map<unknown, fc.Arbitrary<unknown>[]>();

  /** Values that match `node` (generated from its keywords, filtered only where keywords exclude). */
  valid(node: unknown, depth = 0): fc.Arbitrary<unknown> {
    // Depth only matters up to 3 (optional fields stop there), so arbitraries are shared per level.
    const level = Math.min(depth, 3);
    const byLevel = this.cache.get(node) ?? [];
    this.cache.set(node, byLevel);
    return (byLevel[level] ??= this.build(node, level));
  }

  private build(node: unknown, depth: number): fc.Arbitrary<unknown> {
    if (node === true) return fc.constantFrom<unknown>('any', 1, null, true);
    if (node === false) throw new Error('no value matches false');
    const n = node as Json;
    const keep = (v: unknown) => this.oracle.node(n, v);
    if (typeof n.$ref === 'string') {
      const rest = Object.fromEntries(Object.entries(n).filter(([k]) => k !== '$ref'));
      const target = this.resolve(n.$ref) as Json;
      if (!Object.keys(rest).some((k) => !ANNOTATION.test(k))) return this.valid(target, depth);
      const allOf = [...(target.allOf ?? []), ...(rest.allOf ?? [])];
      return this.valid(
        { ...target, ...rest, ...(allOf.length > 0 ? { allOf } : {}) },
        depth,
      ).filter(keep);
    }
    if (n.const !== undefined) return fc.constant(n.const);
    if (n.enum !== undefined) return fc.constantFrom(...(n.enum as unknown[])).filter(keep);
    const strip = (...keys: string[]) =>
      Object.fromEntries(Object.entries(n).filter(([k]) => !keys.includes(k)));
    if (n.oneOf || n.anyOf) {
      const subs: unknown[] = n.oneOf ?? n.anyOf;
      const rest = strip('oneOf', 'anyOf');
      return fc
        .oneof(...subs.map((sub) => this.valid(merge(rest, this.deref(sub) as Json), depth)))
        .filter(keep);
    }
    if (n.allOf) {
      const merged = (n.allOf as unknown[]).reduce<Json>(
        (acc, sub) => merge(acc, this.deref(sub) as Json),
        strip('allOf'),
      );
      return this.valid(merged, depth).filter(keep);
    }
    if (n.if !== undefined) {
      const rest = strip('if', 'then', 'else');
      const withThen = merge(
        merge(rest, this.deref(n.if) as Json),
        (this.deref(n.then) ?? {}) as Json,
      );
      const withElse = merge(rest, (this.deref(n.else) ?? {}) as Json);
      return fc.oneof(this.valid(withThen, depth), this.valid(withElse, depth)).filter(keep);
    }
    if (n.not !== undefined) return this.valid(strip('not'), depth).filter(keep);
    const types: string[] = n.type === undefined ? inferTypes(n) : [].concat(n.type);
    return fc.oneof(...types.map((t) => this.ofType(t, n, depth))).filter(keep);
  }

  private ofType(type: string, n: Json, depth: number): fc.Arbitrary<unknown> {
    switch (type) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
      case 'number':
        return numbers(type, n);
      case 'string':
        return this.strings(n, depth);
      case 'array':
        return this.arrays(n, depth);
      case 'object':
        return this.objects(n, depth);
      default:
        throw new Error(`type ${type}`);
    }
  }

  private strings(n: Json, depth: number): fc.Arbitrary<unknown> {
    const min = n.minLength ?? 0;
    const max = n.maxLength ?? Infinity;
    const fits = (s: string) => [...s].length >= min && [...s].length <= max;
    let base: fc.Arbitrary<string>;
    if (n.contentSchema !== undefined) {
      base = fc
        .tuple(this.valid(n.contentSchema, depth + 1), fc.constantFrom('', ' ', '\n'))
        .map(([content, pad]) => pad + JSON.stringify(content) + pad);
    } else if (n.format === 'uri') {
      base = fc.webUrl({ withQueryParameters: true, withFragments: true });
    } else if (n.pattern !== undefined) {
      base = fc.stringMatching(new RegExp(n.pattern, 'u'));
    } else {
      // Whole code points (some astral) so length limits are met in code points, not UTF-16 units.
      const bound = Math.min(max, min + 24);
      base = fc.oneof(
        fc.string({ minLength: min, maxLength: bound }),
        fc.string({ unit: 'binary', minLength: min, maxLength: bound }),
      );
    }
    return base.filter(fits);
  }

  private arrays(n: Json, depth: number): fc.Arbitrary<unknown> {
    const prefix: unknown[] = n.prefixItems ?? [];
    const min = Math.max(0, (n.minItems ?? 0) - prefix.length);
    const max = Math.max(min, Math.min(n.maxItems ?? 4, 4) - prefix.length);
    const rest =
      n.items === false || (n.items === undefined && prefix.length > 0)
        ? fc.constant([] as unknown[])
        : n.uniqueItems
          ? fc.uniqueArray(this.valid(n.items ?? true, depth + 1), {
              minLength: min,
              maxLength: max,
              selector: (v) => JSON.stringify(v),
            })
          : fc.array(this.valid(n.items ?? true, depth + 1), {
              minLength: min,
              maxLength: depth > 2 ? min : max,
            });
    const contains = n.contains !== undefined ? this.valid(n.contains, depth + 1) : undefined;
    return fc
      .tuple(
        fc.tuple(...prefix.map((p) => this.valid(p, depth + 1))),
        rest,
        contains ? fc.option(contains, { nil: undefined }) : fc.constant(undefined),
      )
      .map(([head, tail, extra]) => {
        const out = [...head, ...tail];
        if (extra !== undefined) out.splice(Math.min(out.length, prefix.length), 0, extra);
        return out;
      });
  }

  private objects(n: Json, depth: number): fc.Arbitrary<unknown> {
    const props: Json = n.properties ?? {};
    const required: string[] = n.required ?? [];
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [name, sub] of Object.entries(props)) {
      if (sub === false) continue;
      if (!required.includes(name) && depth > 2) continue;
      model[name] = this.valid(sub, depth + 1);
    }
    for (const name of required) model[name] ??= fc.constantFrom<unknown>('x', 1);
    const base = fc.record(model, { requiredKeys: required.filter((r) => r in model) as never[] });
    const additional = n.additionalProperties;
    if (additional === false || depth > 2) return base;
    const extraValue =
      additional === undefined || additional === true
        ? fc.constantFrom<unknown>('extra', 7, null)
        : this.valid(additional, depth + 1);
    const extraKey = n.propertyNames?.pattern
      ? fc.stringMatching(new RegExp(n.propertyNames.pattern, 'u'))
      : fc.constantFrom('zz_extra', 'added_later');
    return fc
      .tuple(base, fc.option(fc.tuple(extraKey, extraValue), { nil: undefined, freq: 3 }))
      .map(([obj, extra]) => {
        const out = { ...(obj as Json) };
        if (
          extra &&
          !(extra[0] in props) &&
          !Object.keys(n.patternProperties ?? {}).some((p) => new RegExp(p, 'u').test(extra[0]))
        ) {
          out[extra[0]] = extra[1];
        }
        return out;
      });
  }

  /**
   * One mutation of a valid value: drop a required field, add an unknown one, push a string past
   * maxLength (or to exactly maxLength in astral code points, which stays valid), break a pattern
   * by inserting a character, swap a const or enum value, give a field the wrong type, corrupt or
   * mutate JSON held in a string, or nudge a number across a bound.
   */
  nearValid(node: unknown): fc.Arbitrary<{ value: unknown; mutation: string }> {
    return fc
      .tuple(
        this.valid(node),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('9', 'a', ' ', 'é', '😀', '.', '/', '%', '['),
      )
      .map(([value, siteChoice, mutationChoice, position, char]) => {
        const sites = this.sites(node, value, []);
        const site = sites[siteChoice % sites.length]!;
        const options = mutationsFor(site, position, char);
        const [mutation, apply] = options[mutationChoice % options.length]!;
        return { value: setAt(value, site.path, apply(site.value)), mutation };
      });
  }

  /** Every place in `value` with the schemas that apply there. */
  private sites(node: unknown, value: unknown, path: PathStep[]): Site[] {
    const schemas = this.applicable(node, value);
    const out: Site[] = [{ path, value, schemas }];
    if (typeof value === 'string') {
      const content = schemas.find(
        (s) => s.contentSchema !== undefined && s.contentMediaType === 'application/json',
      );
      if (content) {
        try {
          out.push(
            ...this.sites(content.contentSchema, JSON.parse(value), [...path, { content: true }]),
          );
        } catch {
          /* not JSON: no sites inside */
        }
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        for (const s of schemas) {
          const sub = (s.prefixItems ?? [])[i] ?? s.items;
          if (sub !== undefined && sub !== false) out.push(...this.sites(sub, item, [...path, i]));
        }
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        for (const s of schemas) {
          const sub = s.properties?.[key];
          if (sub !== undefined && sub !== false)
            out.push(...this.sites(sub, item, [...path, key]));
        }
      }
    }
    return out;
  }

  /** The schema objects that apply to a value: through $ref, allOf, matching oneOf/anyOf branches, if. */
  private applicable(node: unknown, value: unknown): Json[] {
    if (typeof node !== 'object' || node === null) return [];
    const n = node as Json;
    const out: Json[] = [n];
    if (typeof n.$ref === 'string') out.push(...this.applicable(this.resolve(n.$ref), value));
    for (const sub of n.allOf ?? []) out.push(...this.applicable(sub, value));
    for (const sub of [...(n.oneOf ?? []), ...(n.anyOf ?? [])]) {
      if (this.oracle.node(sub, value)) out.push(...this.applicable(sub, value));
    }
    if (n.if !== undefined) {
      const branch = this.oracle.node(n.if, value) ? n.then : n.else;
      if (branch !== undefined) out.push(...this.applicable(branch, value));
    }
    return out;
  }
}

interface Site {
  path: PathStep[];
  value: unknown;
  schemas: Json[];
}

type Mutation = [name: string, apply: (value: unknown) => unknown];

function mutationsFor(site: Site, position: number, char: string): Mutation[] {
  const out: Mutation[] = [];
  const { value, schemas } = site;
  const all = <T>(key: string) => schemas.map((s) => s[key] as T).filter((x) => x !== undefined);
  out.push([
    'wrong type',
    (v) =>
      typeof v === 'string'
        ? 12
        : typeof v === 'number'
          ? String(v)
          : Array.isArray(v)
            ? {}
            : 'text',
  ]);
  out.push(['null', () => null]);
  if (typeof value === 'string') {
    const chars = [...value];
    const at = position % (chars.length + 1);
    out.push([
      `insert ${JSON.stringify(char)}`,
      () => [...chars.slice(0, at), char, ...chars.slice(at)].join(''),
    ]);
    out.push([
      'drop a character',
      () => chars.filter((_, i) => i !== at % Math.max(1, chars.length)).join(''),
    ]);
    for (const max of all<number>('maxLength')) {
      out.push([
        'one past maxLength',
        () => value + 'x'.repeat(Math.max(1, max + 1 - chars.length)),
      ]);
      out.push(['maxLength in astral code points', () => '😀'.repeat(max)]);
    }
    for (const min of all<number>('minLength'))
      out.push(['one below minLength', () => chars.slice(0, Math.max(0, min - 1)).join('')]);
    if (schemas.some((s) => s.contentSchema !== undefined)) {
      out.push(['corrupt JSON', () => value.replace(/\}\s*$/, '')]);
      out.push(['JSON array instead', () => '[]']);
    }
  }
  if (typeof value === 'number') {
    out.push(
      ['plus one', () => value + 1],
      ['minus one', () => value - 1],
      ['plus a half', () => value + 0.5],
    );
    for (const key of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']) {
      for (const limit of all<number>(key))
        out.push(
          [`at ${key}`, () => limit],
          [`beyond ${key}`, () => limit + (key.includes('aximum') ? 1 : -1)],
        );
    }
  }
  for (const c of all<unknown>('const'))
    out.push(['other than const', () => (typeof c === 'string' ? `${c}0` : 'other')]);
  for (const e of all<unknown[]>('enum')) {
    out.push(['other enum member', () => e[position % e.length]]);
    out.push(['not in enum', () => `${String(value)}?`]);
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const obj = value as Json;
    for (const name of new Set(all<string[]>('required').flat())) {
      out.push([
        `drop required ${name}`,
        () => Object.fromEntries(Object.entries(obj).filter(([k]) => k !== name)),
      ]);
    }
    const optional = Object.keys(obj).filter((k) => !all<string[]>('required').flat().includes(k));
    if (optional.length > 0) {
      const name = optional[position % optional.length]!;
      out.push([
        `drop optional ${name}`,
        () => Object.fromEntries(Object.entries(obj).filter(([k]) => k !== name)),
      ]);
    }
    out.push(['add unknown field', () => ({ ...obj, unexpected_field: char })]);
    // A field another branch defines (crosses oneOf branches, e.g. result_pay).
    for (const s of schemas) {
      for (const [name, sub] of Object.entries<Json>(s.properties ?? {})) {
        if (name in obj || typeof sub !== 'object') continue;
        if (sub.const !== undefined)
          out.push([`add ${name} const`, () => ({ ...obj, [name]: sub.const })]);
      }
    }
  }
  if (Array.isArray(value)) {
    out.push(['duplicate first item', () => (value.length > 0 ? [...value, value[0]] : [char])]);
    out.push(['empty array', () => []]);
  }
  return out;
}

function setAt(root: unknown, path: PathStep[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [step, ...rest] = path;
  if (typeof step === 'object')
    return JSON.stringify(setAt(JSON.parse(root as string), rest, replacement));
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[step as number] = setAt(root[step as number], rest, replacement);
    return copy;
  }
  const obj = root as Json;
  return { ...obj, [step as string]: setAt(obj[step as string], rest, replacement) };
}

function inferTypes(n: Json): string[] {
  if (n.properties || n.required || n.additionalProperties !== undefined) return ['object'];
  if (n.items !== undefined || n.prefixItems) return ['array'];
  if (n.pattern || n.maxLength !== undefined || n.minLength !== undefined || n.format)
    return ['string'];
  if (n.minimum !== undefined || n.maximum !== undefined || n.multipleOf) return ['number'];
  return ['string', 'integer', 'boolean', 'null'];
}

function numbers(type: string, n: Json): fc.Arbitrary<number> {
  const lo = n.minimum ?? (n.exclusiveMinimum !== undefined ? n.exclusiveMinimum : -1000);
  const hi = n.maximum ?? (n.exclusiveMaximum !== undefined ? n.exclusiveMaximum : 1000);
  const inRange = (x: number) =>
    (n.exclusiveMinimum === undefined || x > n.exclusiveMinimum) &&
    (n.exclusiveMaximum === undefined || x < n.exclusiveMaximum);
  if (n.multipleOf) {
    const m = n.multipleOf;
    return fc
      .integer({ min: Math.ceil(lo / m), max: Math.floor(hi / m) })
      .map((k) => k * m)
      .filter(inRange);
  }
  if (type === 'integer')
    return fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }).filter(inRange);
  return fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true }).filter(inRange);
}

/** Shallow merge of two schema objects, combining properties and required lists. */
function merge(a: Json, b: Json): Json {
  const out: Json = { ...a, ...b };
  if (a.properties || b.properties) out.properties = { ...a.properties, ...b.properties };
  if (a.required || b.required)
    out.required = [...new Set([...(a.required ?? []), ...(b.required ?? [])])];
  return out;
}
