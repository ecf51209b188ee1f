import {
  childAt,
  fail,
  lit,
  plural,
  propertyPathCode,
  specError,
  type Json,
  type Scope,
} from '../scope.js';
import type { ModuleBuilder } from '../module.js';
import { propertyMask } from '../sensitive.js';
import { validates } from '../catalogue.js';

/**
 * properties, required, additionalProperties, patternProperties, propertyNames,
 * dependentRequired, dependentSchemas, minProperties, maxProperties. `s.v` is already typed as a
 * record. Presence means "not undefined", as Ajv's default (ownProperties: false) has it.
 */
export function emitObject(node: Json, s: Scope, ctx: ModuleBuilder): string {
  const o = s.v;
  const props: Json = node.properties ?? {};
  const required: string[] = node.required ?? [];
  if (!Array.isArray(required) || required.some((r) => typeof r !== 'string')) {
    throw specError(s.at, 'required must be a list of property names');
  }
  const lines: string[] = [];
  const missing = (name: string, keyword: string, limit: unknown, phrase: string) =>
    `${ctx.helper('reportIssue')}(out, ${propertyPathCode(s, name)}, ${lit(keyword)}, ${lit(limit)}, ${lit(phrase)})`;

  for (const name of required) {
    if (name in props) continue;
    lines.push(
      `if (${o}[${lit(name)}] === undefined) ${fail(s, missing(name, 'required', name, 'is required'))}`,
    );
  }

  for (const [name, sub] of Object.entries(props)) {
    const isRequired = required.includes(name);
    const pv = s.fn.fresh('p');
    // No path variable: the child's path is built only on its reporting branches.
    const child: Scope = {
      ...s,
      v: pv,
      path: propertyPathCode(s, name),
      pathMayBeEmpty: false,
      mask: propertyMask(name) ?? s.mask,
      at: childAt(s.at, 'properties', name),
    };
    // The check stays inline (it runs on every value, and a call there cost time); the collector,
    // most of the bytes and run only on rejected values, calls the shared one.
    const shared = s.mode === 'collect' ? ctx.sharedProperty(sub, child.at) : undefined;
    const code =
      shared === undefined
        ? ctx.emit(sub, child, ctx)
        : `if (!${shared.check}(${pv})) ${shared.collect}(${pv}, ${child.path}, ${child.mask}, out);`;
    if (!code && !isRequired) continue;
    lines.push(`const ${pv} = ${o}[${lit(name)}];`);
    if (isRequired) {
      const report = fail(s, missing(name, 'required', name, 'is required'));
      lines.push(
        s.mode === 'check'
          ? `if (${pv} === undefined) return false;\n${code}`
          : `if (${pv} === undefined) ${report} else {\n${code}\n}`,
      );
    } else {
      lines.push(`if (${pv} !== undefined) {\n${code}\n}`);
    }
  }

  for (const [trigger, deps] of Object.entries<string[]>(node.dependentRequired ?? {})) {
    const checks = deps.map(
      (dep) =>
        `if (${o}[${lit(dep)}] === undefined) ${fail(s, missing(dep, 'dependentRequired', { [trigger]: deps }, `is required when ${trigger} is present`))}`,
    );
    lines.push(`if (${o}[${lit(trigger)}] !== undefined) {\n${checks.join('\n')}\n}`);
  }
  for (const [trigger, sub] of Object.entries(node.dependentSchemas ?? {})) {
    const code = ctx.emit(sub, { ...s, at: childAt(s.at, 'dependentSchemas', trigger) }, ctx);
    if (code) lines.push(`if (${o}[${lit(trigger)}] !== undefined) {\n${code}\n}`);
  }

  lines.push(emitKeyLoop(node, s, ctx, Object.keys(props)));

  const count = (op: string, keyword: string, n: number, phrase: string) =>
    `if (Object.keys(${o}).length ${op} ${n}) ${fail(s, `${ctx.helper('reportIssue')}(out, ${s.path}, ${lit(keyword)}, ${n}, ${lit(phrase)} + ', got ' + Object.keys(${o}).length)`)}`;
  if (node.minProperties !== undefined)
    lines.push(
      count(
        '<',
        'minProperties',
        node.minProperties,
        `must have at least ${plural(node.minProperties, 'field')}`,
      ),
    );
  if (node.maxProperties !== undefined)
    lines.push(
      count(
        '>',
        'maxProperties',
        node.maxProperties,
        `must have at most ${plural(node.maxProperties, 'field')}`,
      ),
    );
  return lines.filter(Boolean).join('\n');
}

/** One pass over the keys for propertyNames, patternProperties and additionalProperties. */
function emitKeyLoop(node: Json, s: Scope, ctx: ModuleBuilder, known: string[]): string {
  const patterns = Object.entries(node.patternProperties ?? {});
  const additional = node.additionalProperties;
  const namesCheck = validates(node.propertyNames);
  if (patterns.length === 0 && (additional === undefined || additional === true) && !namesCheck)
    return '';
  const o = s.v;
  const k = s.fn.fresh('k');
  const kv = s.fn.fresh('v');
  const matched = s.fn.fresh('matched');
  // The key's path is an expression evaluated only where an issue is reported.
  const keyPath = `${ctx.helper('propertyPath')}(${s.path}, ${k})`;
  const child = (sub: unknown, at: string, v: string): string =>
    ctx.emit(sub, { ...s, v, path: keyPath, pathMayBeEmpty: false, at }, ctx);
  const body: string[] = [];
  if (namesCheck) body.push(child(node.propertyNames, childAt(s.at, 'propertyNames'), k));
  const needsValue =
    patterns.length > 0 || (additional !== undefined && typeof additional !== 'boolean');
  if (needsValue) body.push(`const ${kv} = ${o}[${k}];`);
  const trackMatches = patterns.length > 0 && additional !== undefined && additional !== true;
  if (trackMatches) body.push(`let ${matched} = false;`);
  for (const [source, sub] of patterns) {
    const at = childAt(s.at, 'patternProperties', source);
    const re = ctx.regex(source, at);
    body.push(
      `if (${re}.test(${k})) {\n${trackMatches ? `${matched} = true;\n` : ''}${child(sub, at, kv)}\n}`,
    );
  }
  if (additional !== undefined && additional !== true) {
    const code =
      additional === false
        ? fail(
            s,
            `${ctx.helper('reportIssue')}(out, ${keyPath}, 'additionalProperties', false, 'is not allowed (unknown field)')`,
          )
        : child(additional, childAt(s.at, 'additionalProperties'), kv);
    const guarded = trackMatches ? `if (!${matched}) {\n${code}\n}` : code;
    body.push(
      known.length > 0
        ? `switch (${k}) {\n${known.map((name) => `case ${lit(name)}:`).join('\n')}\nbreak;\ndefault: {\n${guarded}\n}\n}`
        : guarded,
    );
  }
  return `for (const ${k} in ${o}) {\n${body.filter(Boolean).join('\n')}\n}`;
}
