import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { redoclyLint, repoRoot } from '../support/redocly.js';

describe('lianlian Redocly plugin', () => {
  it('reports each rule on a fixture that breaks it, and nothing else of ours', async () => {
    const problems = await redoclyLint(path.join(repoRoot, 'test/fixtures/lint'), 'fixture');
    const ours = problems
      .filter((p) => p.ruleId.startsWith('lianlian/'))
      .map((p) => `${p.ruleId} ${p.pointer}`)
      .sort();
    expect(ours).toEqual(
      [
        'lianlian/correlation #/paths/~1uncorrelated/post',
        'lianlian/correlation #/webhooks/untied/post',
        'lianlian/docs-source #/components/examples/BadDocSample/x-lianlian-doc',
        'lianlian/docs-source #/paths/~1uncorrelated/post/x-lianlian-source/1',
        'lianlian/docs-source #/webhooks/untied/post',
        'lianlian/errata-reference #/components/schemas/Message/x-lianlian-errata',
        'lianlian/operation-signature #/paths/~1unsigned/post',
        'lianlian/property-description #/components/schemas/Message/properties/undescribed',
        'lianlian/ref-siblings #/components/schemas/Message/properties/errataBeside/x-lianlian-errata',
        'lianlian/ref-siblings #/components/schemas/Message/properties/notZero/not',
        'lianlian/return-code-categories #/components/schemas/Code/x-lianlian-return-codes/9999',
        'lianlian/return-code-categories #/components/schemas/Code/x-lianlian-return-codes/9999',
        'lianlian/return-code-categories #/components/schemas/UncategorisedCode/x-lianlian-return-codes',
        'lianlian/string-constrained #/components/schemas/Message/properties/unbounded',
        'lianlian/string-constrained #/components/schemas/Message/properties/wrappedUnbounded',
      ].sort(),
    );
    const categories = problems.find((p) => p.message.includes('category "maybe"'));
    expect(categories?.message).toContain('payer-action-needed');
  });

  it('finds no problem at all in the project spec', async () => {
    const problems = await redoclyLint(repoRoot);
    expect(problems.map((p) => `${p.ruleId} ${p.pointer}: ${p.message}`)).toEqual([]);
  });
});
