import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSeedFixture, type ExtractedSeed, type SeedSample } from '../support/seeds/index.js';
import { NORMALISERS, normaliseSample } from '../support/seeds/normalise.js';
import {
  ERRATA_PATH,
  isObject,
  loadBundledSpec,
  messageExamples,
  specValidator,
  type MessageExample,
} from '../support/spec.js';

interface SeedLink {
  file: string;
  sample: string;
  errata: string[];
}

function seedLink(example: MessageExample): SeedLink | undefined {
  const link = example.node['x-lianlian-seed'];
  if (!isObject(link)) return undefined;
  const errata = Array.isArray(link.errata) ? link.errata.map(String) : [];
  return { file: String(link.file), sample: String(link.sample), errata };
}

/** `## E01 Title` -> { E01: 'Title' } */
function errataHeadings(): Map<string, string> {
  const headings = new Map<string, string>();
  for (const match of readFileSync(ERRATA_PATH, 'utf8').matchAll(
    /^##\s+(E\d+)\b[ \t:.-]*(.*)$/gm,
  )) {
    if (match[1]) headings.set(match[1], match[2] ?? '');
  }
  return headings;
}

const seeds: ExtractedSeed[] = loadSeedFixture();
const spec = loadBundledSpec();
const examples = messageExamples(spec).filter((example) => seedLink(example) !== undefined);
const validatorFor = specValidator(spec);

const samples = seeds.flatMap((seed) => seed.samples.map((sample) => ({ seed, sample })));
const label = ({ seed, sample }: { seed: ExtractedSeed; sample: SeedSample }) =>
  `${seed.file} ${sample.kind}`;

/** The examples showing one seed sample (several media types may show the same one). */
function examplesFor(seed: ExtractedSeed, sample: SeedSample): MessageExample[] {
  const matching = examples.filter((example) => {
    const link = seedLink(example);
    return link?.file === seed.file && link.sample === sample.kind;
  });
  if (matching.length === 0) {
    throw new Error(
      `no spec example carries x-lianlian-seed {file: ${seed.file}, sample: ${sample.kind}}`,
    );
  }
  return matching;
}

describe('seed samples in the spec', () => {
  it('the spec shows every seed sample, and nothing else claims to be one', () => {
    const wanted = samples.map(label).sort();
    const linked = [
      ...new Set(examples.map((e) => `${seedLink(e)?.file} ${seedLink(e)?.sample}`)),
    ].sort();
    expect(linked).toEqual(wanted);
    console.info(
      `Seed samples: ${wanted.length} samples, ${examples.length} spec examples linked to them.`,
    );
  });

  it('cites only errata that exist, each implemented by a normalisation about that errata', () => {
    const headings = errataHeadings();
    for (const example of examples) {
      for (const id of seedLink(example)?.errata ?? []) {
        const heading = headings.get(id);
        expect(heading, `${example.pointer} cites ${id}, which spec/errata.md lacks`).toBeDefined();
        const normaliser = NORMALISERS[id];
        expect(
          normaliser,
          `${id} is cited by a sample but no normalisation implements it`,
        ).toBeDefined();
        expect(heading, `${id}'s heading is not about what its normalisation repairs`).toMatch(
          normaliser?.topic ?? /$^/,
        );
      }
    }
  });

  it.each(samples.map((entry) => [label(entry), entry] as const))(
    '%s, normalised as its errata say, is the spec example',
    (_, { seed, sample }) => {
      for (const example of examplesFor(seed, sample)) {
        const errata = seedLink(example)?.errata ?? [];
        const value = normaliseSample(sample.raw, errata, { seeds });
        expect(example.node.value, example.pointer).toStrictEqual(value);
      }
    },
  );

  it.each(samples.map((entry) => [label(entry), entry] as const))(
    '%s validates against the schema of its media type',
    (_, { seed, sample }) => {
      for (const example of examplesFor(seed, sample)) {
        const validate = validatorFor(example.schemaPointer);
        const valid = validate(example.node.value);
        expect(
          validate.errors ?? [],
          `${example.pointer} against ${example.schemaPointer}`,
        ).toEqual([]);
        expect(valid).toBe(true);
      }
    },
  );
});
