/**
 * The report page's samples (the detail header line, the summary header and the summary example),
 * extracted from LianLian's docs and committed as a fixture so a clone without ../shared tests
 * the same facts; when the docs are present, a test re-extracts and compares.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../generators/framework/paths.js';

export const REPORT_PAGE = path.resolve(
  repoRoot,
  '../shared/lianlian-docs/docs/transaction-report.md',
);
export const REPORT_SAMPLES_FIXTURE = path.join(repoRoot, 'test/fixtures/reports/doc-samples.json');

export interface ReportDocSamples {
  /** The header line printed under "Below is the header of each transaction report files". */
  readonly detailHeader: string;
  /** The summary file's column line. */
  readonly summaryHeader: string;
  /** The summary file's example data line. */
  readonly summaryExample: string;
}

export const reportPagePresent = (): boolean => existsSync(REPORT_PAGE);

/** The page's fenced code blocks, in order, each without its fence lines. */
function codeBlocks(markdown: string): string[] {
  const lines = markdown.replace(/\r\n/g, '\n');
  return [...lines.matchAll(/^```[a-z]*\n([\s\S]*?)\n```$/gm)].map((m) => m[1] as string);
}

export function extractReportSamples(
  markdown = readFileSync(REPORT_PAGE, 'utf8'),
): ReportDocSamples {
  const blocks = codeBlocks(markdown);
  const [detailHeader, summaryHeader, summaryExample] = blocks;
  if (blocks.length !== 3 || !detailHeader || !summaryHeader || !summaryExample) {
    throw new Error(`expected the report page's 3 code blocks, found ${blocks.length}`);
  }
  return { detailHeader, summaryHeader, summaryExample };
}

export function loadReportSamples(): ReportDocSamples {
  return JSON.parse(readFileSync(REPORT_SAMPLES_FIXTURE, 'utf8')) as ReportDocSamples;
}
