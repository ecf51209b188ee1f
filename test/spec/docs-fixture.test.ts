import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DOCS_FIXTURE_PATH,
  docsPresent,
  extractAllDocs,
  loadDocsFixture,
  serialiseDocsFixture,
} from '../support/docs/fixture.js';

describe('docs fixture', () => {
  // The docs exist only in the project workspace; a clone checks against the committed fixture.
  it.skipIf(!docsPresent())('equals a fresh extraction of ../shared/lianlian-docs', () => {
    const fresh = extractAllDocs();
    if (process.env.UPDATE_DOCS_FIXTURES === '1')
      writeFileSync(DOCS_FIXTURE_PATH, serialiseDocsFixture(fresh));
    expect(
      loadDocsFixture(),
      'docs fixture is stale: UPDATE_DOCS_FIXTURES=1 npx vitest run test/spec/docs-fixture.test.ts',
    ).toStrictEqual(fresh);
  });

  it('is sorted by path and numbers tables and code blocks in page order', () => {
    const docs = loadDocsFixture();
    const files = docs.map((doc) => doc.file);
    expect(files).toEqual([...files].sort());
    for (const doc of docs) {
      expect(doc.tables.map((table) => table.index)).toEqual(doc.tables.map((_, i) => i));
      expect(doc.codeBlocks.map((block) => block.index)).toEqual(doc.codeBlocks.map((_, i) => i));
    }
  });

  it('holds every page SUMMARY.md lists, README.md, and the endpoints, tables and samples', () => {
    const docs = loadDocsFixture();
    const byFile = new Map(docs.map((doc) => [doc.file, doc]));
    expect(byFile.get('README.md')?.listed).toBe(true);
    // The fuller copy of a page SUMMARY.md links at the top level is kept, flagged unlisted.
    expect(byFile.get('docs/Unified-direct-api.md')?.listed).toBe(false);
    const verify = byFile.get('docs/MPAY-verify-direct-api.md');
    expect(verify?.endpoints).toEqual(['https://mpayapi.lianlianpay.com/v1/bankcardprepay']);
    expect(verify?.tables.map((table) => table.heading.join(' > '))).toEqual([
      'Request > Request Parameters',
      'Response > Parameters',
      'Response > Parameters',
      'Response > Parameters',
    ]);
    expect(verify?.tables[2]?.lead).toBe(
      'The following parameters are returned only when ret_code=0000:',
    );
    const curl = verify?.codeBlocks.find((block) => block.curl)?.curl;
    expect(curl?.url).toBe('https://mpayapi.lianlianpay.com/v1/bankcardprepay');
    expect(JSON.parse(curl?.body ?? '')).toMatchObject({
      token: 'E4A27991786F7114DCAF88C266A465C2',
    });
    const broken = docs.flatMap((doc) => doc.codeBlocks.filter((block) => block.jsonError));
    expect(broken.length).toBeGreaterThan(0);
    expect(broken.every((block) => !block.json)).toBe(true);
  });
});
