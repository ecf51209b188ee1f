// The report page's samples are committed as a fixture; with LianLian's docs beside the
// repository, a fresh extraction must equal it.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  extractReportSamples,
  loadReportSamples,
  REPORT_SAMPLES_FIXTURE,
  reportPagePresent,
} from '../support/reports/doc-samples.js';

describe('report samples fixture', () => {
  it.skipIf(!reportPagePresent())('equals a fresh extraction of docs/transaction-report.md', () => {
    const fresh = extractReportSamples();
    if (process.env.UPDATE_DOCS_FIXTURES === '1')
      writeFileSync(REPORT_SAMPLES_FIXTURE, `${JSON.stringify(fresh, null, 2)}\n`);
    expect(
      loadReportSamples(),
      'stale: UPDATE_DOCS_FIXTURES=1 npx vitest run test/spec/report-samples.test.ts',
    ).toStrictEqual(fresh);
  });
});
