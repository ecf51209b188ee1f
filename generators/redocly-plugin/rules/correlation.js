/**
 * Every operation with a signed response and every webhook with a notification declares which
 * fields tie its messages to their request (x-lianlian-correlation), in the shape the generators
 * read: operations `echo: {field: exact|amount|last4}` (or `uncorrelated: <why>` when the answer carries
 * no field of its request); webhooks `orderKey`, `idempotencyKey` and
 * `match: {field: exact|amount}` including the orderKey. That the fields exist in the message
 * schemas is checked by `npm run generate`, where the references are resolved.
 */
const MATCHES = ['exact', 'amount', 'last4'];

export default function correlation() {
  return {
    Operation: {
      enter(operation, ctx) {
        const signature = operation['x-lianlian-signature'];
        if (!signature || typeof signature !== 'object') return;
        const kind = signature.notification?.schema
          ? 'webhook'
          : signature.response?.schema
            ? 'operation'
            : undefined;
        if (kind === undefined) return;
        const name = operation.operationId ?? '?';
        const problem = check(kind, operation['x-lianlian-correlation']);
        if (problem === undefined) return;
        ctx.report({
          message: `x-lianlian-correlation of "${name}" ${problem}.`,
          location: ctx.location.key(),
        });
      },
    },
  };
}

function check(kind, ext) {
  if (!isMap(ext)) return 'is missing: name the fields that tie its messages to their request';
  if (kind === 'operation') {
    // An answer that carries no field of its request says why, in `uncorrelated`, instead.
    if (typeof ext.uncorrelated === 'string' && ext.uncorrelated.trim() !== '')
      return ext.echo === undefined ? undefined : 'declares both echo and uncorrelated';
    return table(ext.echo, 'echo');
  }
  for (const key of ['orderKey', 'idempotencyKey']) {
    if (typeof ext[key] !== 'string' || ext[key] === '') return `needs ${key}, a field name`;
  }
  const problem = table(ext.match, 'match');
  if (problem !== undefined) return problem;
  if (!Object.hasOwn(ext.match, ext.orderKey))
    return `match must include the orderKey ${ext.orderKey}`;
  return undefined;
}

function table(value, name) {
  if (!isMap(value) || Object.keys(value).length === 0) {
    return `needs ${name}, a non-empty map of field names to ${MATCHES.join(' or ')}`;
  }
  for (const [field, match] of Object.entries(value)) {
    if (!MATCHES.includes(match)) return `${name}.${field} must be ${MATCHES.join(' or ')}`;
  }
  return undefined;
}

function isMap(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
