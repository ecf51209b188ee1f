import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Page → number of fenced code blocks, from the committed docs fixture; undefined if unreadable. */
function pages(fixtureFile) {
  try {
    const docs = JSON.parse(readFileSync(fixtureFile, 'utf8'));
    return new Map(docs.map((doc) => [doc.file, doc.codeBlocks.length]));
  } catch {
    return undefined;
  }
}

const isMap = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Every path operation and webhook names the LianLian docs pages it encodes
 * (`x-lianlian-source`: a non-empty list of paths relative to the docs root), each a page of the
 * docs fixture (test/fixtures/docs/extracted.json); and every `x-lianlian-doc` on an example is
 * `{ file, sample, errata }` naming a page of the fixture and one of its code blocks.
 */
export default function docsSource(options = {}) {
  // Relative to the working directory, where redocly.yaml lives.
  const fixtureFile = path.resolve(options.fixture ?? 'test/fixtures/docs/extracted.json');
  const known = pages(fixtureFile);
  const missing = (file) => known === undefined || !known.has(file);
  return {
    Operation: {
      enter(operation, ctx) {
        const name = operation.operationId ?? '?';
        const sources = operation['x-lianlian-source'];
        if (!Array.isArray(sources) || sources.length === 0) {
          ctx.report({
            message: `Operation "${name}" must list the docs pages it encodes in x-lianlian-source.`,
            location: ctx.location.key(),
          });
          return;
        }
        sources.forEach((file, index) => {
          if (typeof file === 'string' && !missing(file)) return;
          ctx.report({
            message: `x-lianlian-source of "${name}" names ${JSON.stringify(file)}, which is not a page of ${path.basename(fixtureFile)}.`,
            location: ctx.location.child(['x-lianlian-source', index]),
          });
        });
      },
    },
    any: {
      enter(node, ctx) {
        if (!isMap(node) || !('x-lianlian-doc' in node)) return;
        const doc = node['x-lianlian-doc'];
        const location = ctx.location.child('x-lianlian-doc');
        if (
          !isMap(doc) ||
          typeof doc.file !== 'string' ||
          !Number.isInteger(doc.sample) ||
          !Array.isArray(doc.errata) ||
          !doc.errata.every((id) => typeof id === 'string')
        ) {
          ctx.report({
            message: 'x-lianlian-doc must be { file: string, sample: integer, errata: [ids] }.',
            location,
          });
          return;
        }
        if (missing(doc.file)) {
          ctx.report({
            message: `x-lianlian-doc names ${doc.file}, which is not a docs page.`,
            location,
          });
        } else if (doc.sample < 0 || doc.sample >= known.get(doc.file)) {
          ctx.report({
            message: `x-lianlian-doc: ${doc.file} has ${known.get(doc.file)} code blocks, no sample ${doc.sample}.`,
            location,
          });
        }
      },
    },
  };
}
