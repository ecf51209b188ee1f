// The URL each documented API is really called at, per LianLian's own SDKs
// (test/fixtures/docs/sdk-endpoints.json: repository, path, commit and line of the call, keyed by
// the docs page). Every operation whose x-lianlian-source names such a page must be served at
// that URL, or cite an errata entry that names the SDK's URL and says why the spec differs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel, type ApiOperation } from '../../generators/model/index.js';
import { REPO_ROOT } from '../support/seeds/index.js';
import { loadDocsFixture } from '../support/docs/fixture.js';
import { errataSections } from '../support/spec.js';
import { codeBlocks, DOCS_DIR, docsPresent } from '../support/vectors.js';

interface SdkCall {
  url: string;
  repo: string;
  path: string;
  commit: string;
  line: number;
}

/** The primary call also says whether the SDK seals the request in a `pay_load` envelope. */
interface PrimaryCall extends SdkCall {
  sealed: boolean;
}

interface EndpointRow {
  /** The endpoint the docs page prints. */
  documented: string;
  /** The call in LianLian's SDKs; null when no LianLianPay SDK calls this API. */
  sdk: PrimaryCall | null;
  /** Every other SDK line calling the same path (other repositories, older hosts). */
  also: SdkCall[];
}

type Table = Record<string, EndpointRow>;

const TABLE_PATH = path.join(REPO_ROOT, 'test/fixtures/docs/sdk-endpoints.json');
const table = JSON.parse(readFileSync(TABLE_PATH, 'utf8')) as Table;

type OperationLike = Pick<
  ApiOperation,
  'id' | 'location' | 'key' | 'serverUrl' | 'node' | 'envelope'
>;

/** The row of a docs file as an operation cites it (`docs/x.md`); rows are keyed the same way. */
function rowFor(t: Table, source: string): EndpointRow | undefined {
  const base = path.posix.basename(source);
  return t[source] ?? Object.entries(t).find(([k]) => path.posix.basename(k) === base)?.[1];
}

function listOf(node: unknown, key: string): string[] {
  if (node === null || typeof node !== 'object') return [];
  const value = (node as Record<string, unknown>)[key];
  return Array.isArray(value) ? value.map(String) : [];
}

/**
 * Every operation served elsewhere than its source's SDK URL without an errata entry that names
 * the SDK's URL, as one message each.
 */
function endpointMismatches(
  operations: readonly OperationLike[],
  t: Table,
  errata: ReadonlyMap<string, string>,
): string[] {
  const misses: string[] = [];
  for (const op of operations) {
    if (op.location !== 'path') continue;
    for (const source of listOf(op.node, 'x-lianlian-source')) {
      const sdk = rowFor(t, source)?.sdk;
      if (sdk === undefined || sdk === null) continue;
      // A #fragment names one of several APIs sharing a URL; clients never send it.
      // The docs agree with the SDKs on which requests are sealed; so must the spec.
      if ((op.envelope !== undefined) !== sdk.sealed) {
        misses.push(
          `${op.id} (${source}) ${sdk.sealed ? 'is not' : 'is'} sealed, but LianLian's SDK ` +
            `sends it ${sdk.sealed ? 'in a pay_load envelope' : 'as plain JSON'} ` +
            `(${sdk.repo} ${sdk.path}:${sdk.line})`,
        );
      }
      const served = `${op.serverUrl ?? ''}${op.key.split('#')[0] as string}`;
      if (served === sdk.url) continue;
      const explained = listOf(op.node, 'x-lianlian-errata').some((id) =>
        (errata.get(id) ?? '').includes(sdk.url),
      );
      if (!explained) {
        misses.push(
          `${op.id} (${source}) is served at ${served}, but LianLian's SDK calls ${sdk.url} ` +
            `(${sdk.repo} ${sdk.path}:${sdk.line}); use that URL or cite an errata entry naming it`,
        );
      }
    }
  }
  return misses;
}

describe('SDK endpoints', () => {
  it('every operation citing a docs page is served where the SDKs call it, or says why not', () => {
    const all = loadModel().all;
    expect(all.filter((o) => o.location === 'path').length).toBeGreaterThan(0);
    expect(endpointMismatches(all, table, errataSections())).toEqual([]);
  });

  it('explain mpayVerify by E331: it keeps the documented URL, the SDK calls /v1/bankcardpay', () => {
    const op = loadModel().all.find((o) => o.id === 'mpayVerify');
    if (op === undefined) throw new Error('no mpayVerify operation');
    const node = op.node as Record<string, unknown>;
    const citing = {
      ...op,
      node: { ...node, 'x-lianlian-source': ['docs/MPAY-verify-direct-api.md'] },
    };
    expect(endpointMismatches([citing], table, errataSections())).toEqual([]);
    const silent = { ...citing, node: { ...citing.node, 'x-lianlian-errata': [] } };
    expect(endpointMismatches([silent], table, errataSections())).toHaveLength(1);
  });

  it('hold instantPayConfirm sealed, as the SDK sends it', () => {
    const op = loadModel().all.find((o) => o.id === 'instantPayConfirm');
    if (op === undefined || op.envelope === undefined)
      throw new Error('no sealed instantPayConfirm');
    const citing = {
      ...op,
      node: {
        ...(op.node as Record<string, unknown>),
        'x-lianlian-source': ['docs/instant-payment-confirm-API.md'],
      },
    };
    expect(endpointMismatches([citing], table, errataSections())).toEqual([]);
    const plain = { ...citing, envelope: undefined };
    expect(endpointMismatches([plain], table, errataSections())).toEqual([
      expect.stringContaining(
        'instantPayConfirm (docs/instant-payment-confirm-API.md) is not sealed',
      ),
    ]);
  });

  it('catches a wrong URL and accepts only an errata entry that names the SDK URL', () => {
    const row: EndpointRow = {
      documented: 'https://a.example/x.htm',
      sdk: {
        url: 'https://a.example/y.htm',
        sealed: false,
        repo: 'r',
        path: 'p',
        commit: 'c',
        line: 1,
      },
      also: [],
    };
    const t: Table = { 'docs/x.md': row };
    const op = (node: Record<string, unknown>, key = '/x.htm'): OperationLike => ({
      id: 'x',
      location: 'path',
      key,
      serverUrl: 'https://a.example',
      node: node as ApiOperation['node'],
    });
    const errata = new Map([
      ['E1', 'says https://a.example/y.htm is called instead'],
      ['E2', 'unrelated'],
    ]);
    expect(
      endpointMismatches([op({ 'x-lianlian-source': ['docs/x.md'] })], t, errata),
    ).toHaveLength(1);
    expect(
      endpointMismatches(
        [op({ 'x-lianlian-source': ['docs/x.md'], 'x-lianlian-errata': ['E2'] })],
        t,
        errata,
      ),
    ).toHaveLength(1);
    expect(
      endpointMismatches(
        [op({ 'x-lianlian-source': ['docs/x.md'], 'x-lianlian-errata': ['E1'] })],
        t,
        errata,
      ),
    ).toEqual([]);
    expect(
      endpointMismatches([op({ 'x-lianlian-source': ['docs/x.md'] }, '/y.htm#verify')], t, errata),
    ).toEqual([]);
    expect(endpointMismatches([op({})], t, errata)).toEqual([]);
    const sealed = {
      ...op({ 'x-lianlian-source': ['docs/x.md'] }, '/y.htm'),
      envelope: {} as never,
    };
    expect(endpointMismatches([sealed], t, errata)).toEqual([
      expect.stringContaining('x (docs/x.md) is sealed'),
    ]);
  });

  it('records each call with its repository, path, commit and line', () => {
    const rows = Object.values(table);
    expect(rows.filter((r) => r.sdk !== null).length).toBe(17);
    expect(
      Object.entries(table)
        .filter(([, r]) => r.sdk?.sealed === true)
        .map(([doc]) => doc),
    ).toEqual([
      'docs/instant-payment-apply-API.md',
      'docs/instant-payment-confirm-API.md',
      'docs/MPAY-card-bind-apply.md',
      'docs/MPAY-apply-direct-API.md',
    ]);
    for (const r of rows) {
      expect(r.documented).toMatch(/^https:\/\/[a-z.-]+\.lianlianpay\.com\//);
      for (const call of [...(r.sdk === null ? [] : [r.sdk]), ...r.also]) {
        expect(call.url).toMatch(/^https?:\/\//);
        expect(call.repo).toMatch(/^LianLianPay\//);
        expect(call.commit).toMatch(/^[0-9a-f]{40}$/);
        expect(call.line).toBeGreaterThan(0);
        // Every call listed is the same API: the same last path segment.
        expect(path.posix.basename(call.url)).toBe(path.posix.basename((r.sdk as SdkCall).url));
      }
    }
    const differ = Object.entries(table)
      .filter(([, r]) => r.sdk !== null && r.sdk.url !== r.documented)
      .map(([doc]) => doc);
    expect(differ).toEqual(['docs/MPAY-verify-direct-api.md', 'docs/refund-apply-api.md']);
  });

  it('agree with the docs fixture: a row for every page with an endpoint, the endpoint it lists', () => {
    const pages = loadDocsFixture().filter((d) => d.endpoints.length > 0);
    expect(pages.length).toBeGreaterThan(25);
    for (const page of pages) {
      expect(table[page.file]?.documented, page.file).toBeDefined();
      expect(page.endpoints, page.file).toContain(table[page.file]?.documented);
    }
    // The one row the fixture lacks: the unbind page prints "https: //" (a stray space), which
    // the fixture does not read as a URL.
    const known = new Set(pages.map((p) => p.file));
    expect(Object.keys(table).filter((doc) => !known.has(doc))).toEqual([
      'docs/card-bind-unbind-api.md',
    ]);
  });

  it.runIf(docsPresent())('cover every API page of the docs, with the endpoint it prints', () => {
    const summary = readFileSync(path.join(DOCS_DIR, 'SUMMARY.md'), 'utf8');
    // The root Unified-direct-api.md the summary links is a title only; its page is under docs/.
    const pages = [...summary.matchAll(/\]\(([^)]+\.md)\)/g)].map((m) =>
      m[1] === 'Unified-direct-api.md' ? 'docs/Unified-direct-api.md' : (m[1] as string),
    );
    // An API page prints its endpoint in a code block (the notification pages print none).
    const withEndpoint = pages.filter((page) =>
      codeBlocks(readFileSync(path.join(DOCS_DIR, page), 'utf8')).some((block) =>
        /https?: ?\/\/[a-z.-]*lianlianpay\.com\/[A-Za-z]/.test(block.body),
      ),
    );
    expect(new Set(Object.keys(table))).toEqual(new Set(withEndpoint));
    for (const [page, row] of Object.entries(table)) {
      const text = readFileSync(path.join(DOCS_DIR, page), 'utf8').replace(
        /https: \/\//g,
        'https://',
      );
      expect(text, page).toContain(row.documented);
    }
  });
});
