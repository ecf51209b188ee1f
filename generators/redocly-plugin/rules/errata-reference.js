import { readFileSync } from 'node:fs';
import path from 'node:path';

function knownEntries(errataFile) {
  try {
    const text = readFileSync(errataFile, 'utf8');
    return new Set([...text.matchAll(/^## (E\d{2,})\b/gm)].map((m) => m[1]));
  } catch {
    return new Set();
  }
}

/** Every `x-lianlian-errata` id names an entry that exists in spec/errata.md. */
export default function errataReference(options = {}) {
  // Relative to the working directory, where redocly.yaml lives.
  const known = knownEntries(path.resolve(options.errata ?? 'spec/errata.md'));
  return {
    any: {
      enter(node, ctx) {
        if (!node || typeof node !== 'object' || !('x-lianlian-errata' in node)) return;
        const ids = node['x-lianlian-errata'];
        const location = ctx.location.child('x-lianlian-errata');
        if (!Array.isArray(ids) || ids.length === 0) {
          ctx.report({ message: 'x-lianlian-errata must be a non-empty list of entry ids.', location });
          return;
        }
        for (const id of ids) {
          if (!known.has(id)) {
            ctx.report({ message: `Errata entry "${id}" does not exist in spec/errata.md.`, location });
          }
        }
      },
    },
  };
}
