import { GenerateError } from '../framework/errors.js';
import { messages, propertyNames } from '../framework/messages.js';
import { render } from '../framework/templates.js';
import type { ExportingGenerator } from '../framework/types.js';
import { apiModel } from '../model/index.js';

/**
 * src/redirects.ts: the operations whose success answer names a LianLian page to send the payer's
 * browser to (`x-lianlian-redirect`), as a table, and `buildLianLianRedirect` over it. The checks
 * and the page are the runtime's (templates/runtime/forms/redirect.ts). Generation fails on a field
 * no success branch has, or an origin that is not a bare https origin.
 */
export const redirects: ExportingGenerator = {
  name: 'redirects',
  exports: ['redirects'],
  async generate(spec) {
    const targets = apiModel(spec).operations.flatMap((op) => {
      if (op.redirect === undefined) return [];
      const place = `operation ${op.id}: x-lianlian-redirect`;
      const { field, origins } = op.redirect;
      const fields = new Set(
        messages(spec)
          .filter((m) => m.operationId === op.id && m.role === 'response' && m.branch !== 'failure')
          .flatMap((m) => propertyNames(spec, m.schema)),
      );
      if (typeof field !== 'string' || !fields.has(field)) {
        fail(place, `field must name a property of a success branch, got ${JSON.stringify(field)}`);
      }
      if (
        !Array.isArray(origins) ||
        origins.length === 0 ||
        !origins.every((o) => typeof o === 'string' && isHttpsOrigin(o))
      ) {
        fail(place, 'origins must be a non-empty list of https origins (https://host)');
      }
      return [
        {
          operationId: op.id,
          fieldJson: JSON.stringify(field),
          originsJson: JSON.stringify(origins),
        },
      ];
    });
    return [
      {
        path: 'src/redirects.ts',
        contents: await render('redirects/redirects.ts.hbs', {
          targets,
          union:
            targets.length === 0 ? 'never' : targets.map((t) => `'${t.operationId}'`).join(' | '),
        }),
      },
    ];
  },
};

function isHttpsOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.origin === text;
  } catch {
    return false;
  }
}

function fail(place: string, message: string): never {
  throw new GenerateError('SPEC_INVALID', `redirects: ${place}`, message);
}
