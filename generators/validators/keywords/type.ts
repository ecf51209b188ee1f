import { lit, specError, type Json, type Scope } from '../scope.js';
import type { ModuleBuilder } from '../module.js';

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array';
const TYPES: readonly JsonType[] = [
  'string',
  'number',
  'integer',
  'boolean',
  'null',
  'object',
  'array',
];

/** The keyword groups that only apply to values of one JSON type. */
export type Group = 'string' | 'number' | 'object' | 'array';

const PHRASE: Record<JsonType, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean',
  null: 'null',
  object: 'an object',
  array: 'an array',
};

export function typeList(node: Json, at: string): JsonType[] | undefined {
  if (node.type === undefined) return undefined;
  const list = Array.isArray(node.type) ? node.type : [node.type];
  for (const t of list) {
    if (!TYPES.includes(t)) throw specError(at, `unknown type ${lit(t)}`);
  }
  if (list.length === 0) throw specError(at, 'type must not be an empty list');
  return list;
}

const isObject = (v: string) => `typeof ${v} === 'object' && ${v} !== null && !Array.isArray(${v})`;

function condition(type: JsonType, v: string): string {
  switch (type) {
    case 'string':
      return `typeof ${v} === 'string'`;
    case 'number':
      // JSON has no NaN or Infinity; the oracle runs Ajv with strictNumbers to agree.
      return `typeof ${v} === 'number' && Number.isFinite(${v})`;
    case 'integer':
      return `Number.isInteger(${v})`;
    case 'boolean':
      return `typeof ${v} === 'boolean'`;
    case 'null':
      return `${v} === null`;
    case 'object':
      return isObject(v);
    case 'array':
      return `Array.isArray(${v})`;
  }
}

/** The `type` keyword: a condition and, when collecting, the issue for a mismatch. */
export function emitType(
  types: JsonType[],
  s: Scope,
  ctx: ModuleBuilder,
): { cond: string; report: string } {
  const cond = types.map((t) => `(${condition(t, s.v)})`).join(' || ');
  const phrase = `must be ${types.map((t) => PHRASE[t]).join(' or ')}`;
  const limit = types.length === 1 ? types[0] : types;
  const report = `${ctx.helper('reportValue')}(out, ${s.path}, 'type', ${lit(limit)}, ${lit(phrase)}, ${s.v}, ${s.mask})`;
  return { cond, report };
}

/** Guard under which a group's keywords apply, or '' when `type` already guarantees it. */
export function groupGuard(group: Group, types: JsonType[] | undefined, v: string): string | null {
  const covers = (t: JsonType) => t === group || (group === 'number' && t === 'integer');
  if (types) {
    if (!types.some(covers)) return null; // the group can never apply
    if (types.every(covers)) return '';
  }
  switch (group) {
    case 'string':
      return `typeof ${v} === 'string'`;
    case 'number':
      return `typeof ${v} === 'number'`;
    case 'object':
      return isObject(v);
    case 'array':
      return `Array.isArray(${v})`;
  }
}

export const GROUP_TYPE: Record<Group, string> = {
  string: 'string',
  number: 'number',
  object: 'Record<string, unknown>',
  array: 'readonly unknown[]',
};
