import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiModel } from '../../generators/model/index.js';
import {
  checkDocsConformance,
  exampleDocProblems,
  unclaimedPages,
  unexampledSamples,
  type DocFinding,
  type DocsConformanceReport,
} from '../support/docs/conformance.js';
import { docQuotes, quoteProblems } from '../support/docs/errata-quotes.js';
import { DOCS_DIR, docsPresent, loadDocsFixture } from '../support/docs/fixture.js';
import { isParameterTable } from '../support/docs/params.js';
import { withReconstructedTables } from '../support/docs/reconstructed.js';
import { docReturnCodes, returnCodeProblems } from '../support/docs/return-codes.js';
import { formatTable } from '../support/seeds/report.js';
import {
  allOperations,
  errataSections,
  loadBundledSpec,
  objectAt,
  type JsonObject,
} from '../support/spec.js';

const HEADER = ['docs page', 'table', 'operation', 'row', 'schema', 'problem', 'errata'];
const findingTable = (findings: readonly DocFinding[]) =>
  formatTable(
    HEADER,
    findings.map((f) => [
      f.file,
      f.table,
      f.operation,
      f.row,
      f.schema,
      f.problem,
      f.errata.join(' '),
    ]),
  );

const spec = loadBundledSpec();
const errata = errataSections();
// Pages whose table did not render get the table an errata entry reconstructs (E505).
const docs = withReconstructedTables(loadDocsFixture(), errata);
const report: DocsConformanceReport = checkDocsConformance(spec, docs, errata);

describe('spec conformance to the docs pages', () => {
  it('gives every path operation and webhook the docs pages it encodes (x-lianlian-source)', () => {
    const without = allOperations(spec)
      .filter((operation) => operation.sources.length === 0)
      .map((operation) => operation.id);
    expect(without, 'operations without x-lianlian-source').toEqual([]);
    const unknown = report.misses.filter((miss) => miss.table === '-' && miss.row === '-');
    expect(unknown, `\n${findingTable(unknown)}\n`).toEqual([]);
  });

  // One row per claimed page, so a failure names the page.
  it.each(report.pages.map((file) => [file]))(
    '%s: every parameter row is encoded, or the difference is in the errata',
    (file) => {
      const misses = report.misses.filter((miss) => miss.file === file);
      expect(misses, `\n${misses.length} misses:\n${findingTable(misses)}\n`).toEqual([]);
      const doc = docs.find((candidate) => candidate.file === file);
      const tableRows = (doc?.tables ?? [])
        .filter(isParameterTable)
        .reduce((sum, table) => sum + table.rows.length, 0);
      expect(report.rowsPerPage.get(file) ?? 0).toBeGreaterThanOrEqual(tableRows);
    },
  );

  it('checks every row of every parameter table of the claimed pages, and lists the pages not yet claimed', () => {
    const { pages, tables, rowsChecked, comparisons, deviations } = report;
    if (deviations.length > 0 && process.env.LIANLIAN_TEST_VERBOSE === '1') {
      console.info(`Docs deviations recorded in spec/errata.md:\n${findingTable(deviations)}`);
    }
    const unclaimed = unclaimedPages(spec, docs);
    console.info(
      `Docs conformance: ${pages.length} pages, ${tables} parameter tables, ${rowsChecked} rows checked ` +
        `(${comparisons} row/schema comparisons), ${deviations.length} errata deviations.\n` +
        `Pages with parameter tables no operation or webhook claims yet (${unclaimed.length}):\n` +
        unclaimed.map((file) => `  ${file}`).join('\n'),
    );
    expect(pages.length).toBeGreaterThan(0);
    expect(comparisons).toBeGreaterThanOrEqual(rowsChecked);
  });

  it('gives every sample of a claimed page an example (x-lianlian-doc) or an erratum saying why not', () => {
    expect(unexampledSamples(spec, docs, errata)).toEqual([]);
  });

  it("cites, in every example's x-lianlian-doc, a claimed page, one of its code blocks and existing errata", () => {
    expect(exampleDocProblems(spec, docs, errata)).toEqual([]);
  });
});

describe('return codes', () => {
  it('lists every code of docs/return-codes.md with its message in x-lianlian-return-codes', () => {
    const documented = docReturnCodes(docs);
    expect(documented.length).toBeGreaterThan(100);
    expect(returnCodeProblems(apiModel(spec as never).returnCodes, documented, errata)).toEqual([]);
  });
});

describe('errata quoting the docs', () => {
  it.skipIf(!docsPresent())('quotes, under "Doc words", exact words of the pages it names', () => {
    const read = (file: string) => {
      try {
        return readFileSync(path.join(DOCS_DIR, file), 'utf8');
      } catch {
        return undefined;
      }
    };
    const quotes = docQuotes(errata);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quoteProblems(quotes, read)).toEqual([]);
  });
});

describe('the docs conformance check itself', () => {
  it('checks a reconstructed table like a rendered one (E505, sync-notification.md)', () => {
    const page = docs.find((doc) => doc.file === 'docs/sync-notification.md');
    expect(page?.tables.map((t) => t.rows.map((row) => row[0]))).toEqual([
      [
        'oid_partner',
        'sign_type',
        'sign',
        'dt_order',
        'no_order',
        'oid_paybill',
        'money_order',
        'result_pay',
        'settle_date',
      ],
    ]);
    const copy = structuredClone(spec);
    const schemas = (copy.components as JsonObject).schemas as JsonObject;
    const notification = schemas.WebPaymentReturnNotification as JsonObject;
    delete (notification.properties as JsonObject).result_pay;
    const misses = checkDocsConformance(copy, docs, errata).misses;
    expect(
      misses.filter((m) => m.file === 'docs/sync-notification.md').map((m) => m.row),
    ).toContain('result_pay');
  });

  const broken = (edit: (copy: JsonObject) => void) => {
    const copy = structuredClone(spec);
    edit(copy);
    return checkDocsConformance(copy, docs, errata).misses;
  };
  const schema = (copy: JsonObject, name: string) => objectAt(copy, `#/components/schemas/${name}`);
  const about = (misses: readonly DocFinding[], row: string) =>
    misses.filter((miss) => miss.row === row).map((miss) => `${miss.file} ${miss.problem}`);

  it('reports a length, a requiredness and a missing property that no errata covers', () => {
    const misses = broken((copy) => {
      delete schema(copy, 'OidPartner').maxLength;
      const request = schema(copy, 'MpayVerifyRequest');
      delete request['x-lianlian-errata'];
      request.required = (request.required as string[]).filter((name) => name !== 'verify_code');
      delete (request.properties as JsonObject).token;
    });
    expect(about(misses, 'oid_partner')).toContain(
      'docs/MPAY-verify-direct-api.md doc String(18), schema maxLength none',
    );
    expect(about(misses, 'verify_code')).toContain(
      'docs/MPAY-verify-direct-api.md doc: Required, schema: not required',
    );
    expect(about(misses, 'token')).toContain('docs/MPAY-verify-direct-api.md property missing');
  });

  it('does not let an unknown or unrelated errata excuse a mismatch', () => {
    const misses = broken((copy) => {
      const request = schema(copy, 'MpayVerifyRequest');
      delete request['x-lianlian-errata'];
      const properties = request.properties as JsonObject;
      (properties.verify_code as JsonObject)['x-lianlian-errata'] = ['E999'];
      (properties.verify_code as JsonObject).maxLength = 5;
      (properties.no_order as JsonObject)['x-lianlian-errata'] = ['E300'];
      (properties.no_order as JsonObject).maxLength = 31;
    });
    expect(about(misses, 'verify_code')).toContain(
      'docs/MPAY-verify-direct-api.md doc String(6), schema maxLength 5 (cites E999, not in errata.md)',
    );
    expect(about(misses, 'no_order')).toContain(
      'docs/MPAY-verify-direct-api.md doc String(32), schema maxLength 31 (no cited errata mentions no_order)',
    );
  });

  it('checks notification tables against the webhook and stated values against the branches', () => {
    const misses = broken((copy) => {
      const notify = schema(copy, 'InstantPayNotification');
      delete (notify.properties as JsonObject).oid_paybill;
      for (const name of ['EasypayVerifyPaid', 'EasypayVerifySuccess']) {
        delete schema(copy, name)['x-lianlian-errata'];
        const result = (schema(copy, name).properties as JsonObject).result_pay as JsonObject;
        result.const = 'DONE';
        delete result['x-lianlian-errata'];
      }
    });
    expect(about(misses, 'oid_paybill')).toContain(
      'docs/instant-payment-notification.md property missing',
    );
    expect(about(misses, 'result_pay').join('\n')).toMatch(
      /easypay-verify-direct-api\.md doc states SUCCESS\/PROCESSING, no schema's enum\/const allows it/,
    );
  });

  it('reports a page the fixture lacks, an endpoint the page does not give, and an unclaimed table', () => {
    const misses = broken((copy) => {
      const paths = copy.paths as JsonObject;
      const verify = (paths['/v1/bankcardprepay'] as JsonObject).post as JsonObject;
      verify['x-lianlian-source'] = ['docs/no-such-page.md', 'docs/MPAY-verify-direct-api.md'];
      const confirm = (paths['/paymentapi/confirmPayment.htm'] as JsonObject).post as JsonObject;
      confirm['x-lianlian-source'] = ['docs/MPAY-verify-direct-api.md'];
      const webhooks = copy.webhooks as JsonObject;
      const notify = (webhooks.instantPayNotify as JsonObject).post as JsonObject;
      notify['x-lianlian-source'] = ['docs/instant-payment-confirm-API.md'];
    });
    const problems = misses.map((miss) => `${miss.operation} ${miss.file} ${miss.problem}`);
    expect(problems).toContain(
      'mpayVerify docs/no-such-page.md x-lianlian-source names a page the docs fixture does not have',
    );
    expect(problems).toContain(
      'instantPayConfirm docs/MPAY-verify-direct-api.md endpoint https://instantpay.lianlianpay.com/paymentapi/confirmPayment.htm, docs https://mpayapi.lianlianpay.com/v1/bankcardprepay (no cited errata mentions https://instantpay.lianlianpay.com/paymentapi/confirmPayment.htm)',
    );
    expect(unclaimedPages(spec, docs)).not.toContain('docs/instant-payment-notification.md');
  });

  it("lets the operation's errata excuse an endpoint only when the entry names the URL", () => {
    const copy = structuredClone(spec);
    const paths = copy.paths as JsonObject;
    const verify = (paths['/v1/bankcardprepay'] as JsonObject).post as JsonObject;
    verify['x-lianlian-source'] = ['docs/MPAY-card-bind-verify.md'];
    verify['x-lianlian-errata'] = ['E998'];
    const url = 'https://mpayapi.lianlianpay.com/v1/bankcardprepay';
    const withEntry = (text: string) =>
      checkDocsConformance(copy, docs, new Map([...errata, ['E998', text]]));
    const endpointMisses = (result: DocsConformanceReport) =>
      result.misses.filter((miss) => miss.table === 'endpoint');
    expect(endpointMisses(withEntry('## E998 about something else'))).toHaveLength(1);
    const excused = withEntry(`## E998 the page's URL is wrong; the API is ${url}`);
    expect(endpointMisses(excused)).toEqual([]);
    expect(excused.deviations.some((d) => d.table === 'endpoint' && d.row === url)).toBe(true);
  });

  it('lists a sample once no example cites it, unless a cited erratum says why not', () => {
    const sample = 'docs/MPAY-verify-direct-api.md#1';
    expect(unexampledSamples(spec, docs, errata)).not.toContain(sample);
    // A fresh clone: the model is cached on the document it was read from.
    const copy = structuredClone(spec);
    const examples = (copy.components as JsonObject).examples as JsonObject;
    for (const example of Object.values(examples) as JsonObject[]) {
      const doc = example['x-lianlian-doc'] as JsonObject | undefined;
      if (doc?.file === 'docs/MPAY-verify-direct-api.md') delete example['x-lianlian-doc'];
    }
    expect(unexampledSamples(copy, docs, errata)).toContain(sample);
    // An erratum excuses it only when the operation claiming the page cites the entry.
    const verify = allOperations(copy).find((op) => op.id === 'mpayVerify')!.node;
    const excusing = new Map([...errata, ['E999', `## E999 x\n\n- No example: ${sample}.\n`]]);
    expect(unexampledSamples(copy, docs, excusing)).toContain(sample);
    verify['x-lianlian-errata'] = [...((verify['x-lianlian-errata'] as string[]) ?? []), 'E999'];
    expect(unexampledSamples(copy, docs, excusing)).not.toContain(sample);
  });

  it('lists a page as unclaimed once nothing claims it', () => {
    const copy = structuredClone(spec);
    const webhooks = copy.webhooks as JsonObject;
    delete ((webhooks.instantPayNotify as JsonObject).post as JsonObject)['x-lianlian-source'];
    expect(unclaimedPages(copy, docs)).toContain('docs/instant-payment-notification.md');
  });

  it('refuses an x-lianlian-doc naming a missing code block or a page the operation does not claim', () => {
    const copy = structuredClone(spec);
    const examples = (copy.components as JsonObject).examples as JsonObject;
    const [name] = Object.keys(examples);
    (examples[name ?? ''] as JsonObject)['x-lianlian-doc'] = {
      file: 'docs/return-codes.md',
      sample: 99,
      errata: ['E999'],
    };
    const problems = exampleDocProblems(copy, docs, errata).join('\n');
    expect(problems).toMatch(/docs\/return-codes\.md has no code block 99/);
    expect(problems).toMatch(/is not in the operation's x-lianlian-source/);
    expect(problems).toMatch(/errata E999 not in errata\.md/);
  });

  it('reports a return code that is missing or has another message', () => {
    const table = apiModel(spec as never).returnCodes;
    const codes = table.codes
      .filter(([code]) => code !== '1001')
      .map(([code, info]) =>
        code === '0000'
          ? ([code, { ...(info as JsonObject), message: '成功' }] as (typeof table.codes)[number])
          : ([code, info] as (typeof table.codes)[number]),
      );
    const problems = returnCodeProblems({ ...table, codes }, docReturnCodes(docs), errata);
    expect(problems).toContain('0000: docs say 交易成功, spec says 成功');
    expect(problems.some((problem) => problem.startsWith('1001 '))).toBe(true);
  });

  it('reports a quotation the page does not contain', () => {
    const quotes = docQuotes(
      new Map([
        [
          'E900',
          '## E900 x\n\n- Doc words:\n  - docs/a.md: `hello` and `gone`\n  - docs/a.md (table):\n    ```\n    line one\n    line two\n    ```\n- Spec: x\n',
        ],
      ]),
    );
    expect(quotes.map((quote) => quote.text)).toEqual(['hello', 'gone', 'line one\nline two']);
    const read = (file: string) =>
      file === 'docs/a.md' ? 'say hello\r\nline one\r\nline two\r\n' : undefined;
    expect(quoteProblems(quotes, read)).toEqual(['E900: docs/a.md does not contain "gone"']);
  });
});
