// The built docs site in headless Chromium: every operation, webhook and guide renders, search
// finds fields and operations, nothing is logged as an error, and no request leaves 127.0.0.1.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocs, docsDir } from '../../generators/docs/build.js';
import { codeSamples, type OperationSamples } from '../../generators/docs/code-samples.js';
import { bundleSpec } from '../../generators/framework/bundle.js';
import { repoRoot } from '../../generators/framework/paths.js';
import { apiModel, type ApiOperation, type Json } from '../../generators/model/index.js';
import type { BundledSpec } from '../../generators/framework/types.js';
import { serveDirectory, type DocsServer } from '../support/docs-server.js';
import { errataSections } from '../support/spec.js';

const artifacts = path.join(repoRoot, 'test-artifacts');

// Collected before the tests are: one test per operation and webhook, however many there are.
const spec: BundledSpec = await bundleSpec();
const samplesByOperation: OperationSamples[] = await codeSamples(spec);
let server: DocsServer;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  await buildDocs(docsDir, spec);
  server = await serveDirectory(docsDir);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // Anything not local is recorded and refused, so a leak fails the test instead of hanging it.
  await context.route('**/*', (route) =>
    isLocal(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
  );
  page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(server.url, { waitUntil: 'load' });
  await page.locator('#api-content').waitFor();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  return new URL(url).hostname === '127.0.0.1';
}

const sidebar = () => page.locator('[data-testid="menu-item-label"]');
const middle = () => page.locator('#api-content');

async function openTag(name: string): Promise<void> {
  await sidebar()
    .filter({ hasText: new RegExp(`^${escapeRegExp(name)}$`) })
    .first()
    .click();
}

const menuItem = (name: string) =>
  sidebar()
    .filter({ hasText: new RegExp(`^${escapeRegExp(name)}$`) })
    .first();

/** Opens nested menu entries; one whose child is already shown is left as it is (a click folds it). */
async function openMenuPath(names: string[]): Promise<void> {
  for (const [i, name] of names.entries()) {
    const child = names[i + 1];
    if (child !== undefined && (await menuItem(child).isVisible())) continue;
    await menuItem(name).click();
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How long one operation's checks may take (about 2 s idle; CI shares 2 cores with other suites). */
const OPERATION_BUDGET_MS = 30_000;

const entryOf = (operationId: string): ApiOperation =>
  apiModel(spec).all.find((e) => e.id === operationId)!;

/** Opens an operation from the menu (its tag first when folded) and returns its section. */
async function openOperation(entry: ApiOperation): Promise<Locator> {
  const id = entry.id.toLowerCase();
  const summary = String(entry.summary);
  // Redoc routes an operation as #/<tag>/<operationId in lower case>.
  // The menu's entry, not the tag overview's list of operations, which links there too.
  const link = page
    .locator(`a[href$="/${id}"]`)
    .filter({ has: page.locator('[data-testid="menu-item-label"]') })
    .first();
  if (!(await link.isVisible())) await openTag(entry.tags[0] as string);
  // Redoc may first label the entry with method and operationId, then with the summary.
  await expect.poll(() => link.textContent(), { message: entry.id }).toContain(summary);
  await link.click();
  await expect.poll(() => page.url(), { message: entry.id }).toMatch(new RegExp(`/${id}$`));
  await middle().locator('h1, h2').filter({ hasText: summary }).first().waitFor();
  // The operation's own section, which Redoc gives the id <tag>/<operationId in lower case>.
  return page.locator(`div[id$="/${id}"]`).first();
}

/** The language menu of an operation's request samples (its button reads the active label). */
const sampleMenu = (section: Locator) =>
  section
    .locator('[data-testid="right-panel"] [data-testid="dropdown"] button[aria-haspopup="menu"]')
    .filter({ hasText: new RegExp(`^(${languageLabels().map(escapeRegExp).join('|')})$`) })
    .first();

const sampleCode = (section: Locator) => section.locator('[data-testid="right-panel"] pre').first();

const languageLabels = () => [
  ...new Set(samplesByOperation.flatMap((o) => o.samples.map((s) => s.label))),
];

/** Code as compared: what the page shows may differ from the source only in trailing blanks. */
const code = (text: string) =>
  text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();

describe('docs site', () => {
  it('shows the title, the menu groups and the download links', async () => {
    await expect(page.title()).resolves.toContain(spec.info.title);
    await expect(middle().locator('h1').first().innerText()).resolves.toContain(spec.info.title);
    for (const group of (spec as Json)['x-tagGroups'] as Json[]) {
      await expect(sidebar().filter({ hasText: group.name }).first().isVisible()).resolves.toBe(
        true,
      );
    }
    // The downloads are the undecorated bundle, served beside the page.
    const downloaded = await page.evaluate(async () => (await fetch('openapi.json')).json());
    const committed = JSON.parse(await readFile(path.join(docsDir, 'openapi.json'), 'utf8'));
    expect(downloaded).toEqual(committed);
    expect(JSON.stringify(downloaded)).not.toContain('x-codeSamples');
    await expect(page.locator('a[href="openapi.yaml"]').count()).resolves.toBeGreaterThan(0);
  });

  it('has one sample test per operation and webhook of the spec', () => {
    const ids = apiModel(spec).all.map((e) => e.id);
    expect(samplesByOperation.map((o) => o.operationId)).toEqual(ids);
    expect(apiModel(spec).webhooks.length).toBeGreaterThan(0);
  });

  it.each(samplesByOperation)(
    '$location $operationId shows each code sample, TypeScript first',
    async ({ location, operationId, samples }) => {
      const entry = entryOf(operationId);
      const summary = String(entry.summary);
      const section = await openOperation(entry);
      await expect(section.innerText()).resolves.toContain(summary);
      const typescript = samples.find((s) => s.label === 'TypeScript');
      expect(typescript, `${operationId} has a TypeScript sample`).toBeDefined();
      if (location === 'webhook') {
        // Redoc's webhook panel offers only the payload, so the samples are in the description.
        for (const sample of samples) {
          await expect
            .poll(async () => (await section.locator('pre').allInnerTexts()).map(code), {
              message: `${operationId}: ${sample.label}`,
            })
            .toContainEqual(code(sample.source));
        }
        return;
      }
      const menu = sampleMenu(section);
      // TypeScript is what a reader sees first.
      await expect.poll(() => menu.innerText(), { message: operationId }).toBe('TypeScript');
      // Every other sample, then TypeScript again: each menu entry switches the code shown.
      for (const sample of [...samples.filter((s) => s !== typescript), typescript!]) {
        await menu.click();
        await page.getByRole('menuitem', { name: sample.label, exact: true }).click();
        await expect
          .poll(() => menu.innerText(), { message: `${operationId}: ${sample.label}` })
          .toBe(sample.label);
        await expect
          .poll(async () => code(await sampleCode(section).innerText()), {
            message: `${operationId}: ${sample.label}`,
          })
          .toBe(code(sample.source));
      }
    },
    OPERATION_BUDGET_MS,
  );

  it('renders the guides, with the return-code table generated from the spec', async () => {
    // Redoc renders only what is near the viewport, so a later section is opened from the menu.
    const sandbox = 'A first call against the sandbox';
    const checks: [tag: string, phrase: string, ...sections: string[]][] = [
      ['Getting started', 'createLianLianClient'],
      ['Getting started', 'POST /sandbox/tokens', sandbox, 'Call it'],
      ['Getting started', 'startSandbox', sandbox, 'In automated tests'],
      ['Getting started', 'a wrong SMS code', sandbox, "The sandbox's rules"],
      ['Signing', 'busi_partner=109001&dt_order=20170801225714'],
      ['Web payment flow', 'htmlWithoutScript', 'Building the form'],
      ['Web payment flow', 'createLianLianNotificationHandler', 'The asynchronous notification'],
      ['lianpay1_0_1 envelope', 'OAEPWithSHA1AndMGF1Padding'],
      ['Return codes', 'BusinessFailureError'],
      ['Errata', 'E01 Mis-decoded ret_msg'],
    ];
    for (const [tag, phrase, ...sections] of checks) {
      await openMenuPath([tag, ...sections]);
      await expect
        .poll(async () => (await middle().innerText()).includes(phrase), {
          message: `${[tag, ...sections].join(' > ')}: ${phrase}`,
        })
        .toBe(true);
    }
    // The generated tables are one menu entry per category.
    await openTag('Return codes');
    for (const [category, code, message] of [
      ['merchant-fix-needed', '1001', '商户请求签名错误'],
      ['retry-later', '9999', '系统错误'],
    ]) {
      await sidebar()
        .filter({ hasText: new RegExp(`^${category} \\(\\d+\\)$`) })
        .first()
        .click({ timeout: 10_000 });
      for (const text of [code, message]) {
        await expect
          .poll(async () => (await middle().innerText()).includes(text as string), {
            message: text,
          })
          .toBe(true);
      }
    }
  });

  it('gives guides the full width, with no line of their code cut off', async () => {
    await mkdir(artifacts, { recursive: true });
    // The worked example has the longest lines of all: the signed string, the sign and the key.
    await openMenuPath(['Signing', 'Worked example']);
    const section = page.locator('[id="signing/worked-example"]');
    await section.locator('pre').first().waitFor();
    const content = await middle().evaluate((e) => e.getBoundingClientRect().width);
    const blocks = await section.locator('pre').evaluateAll((pres) =>
      pres.map((e) => ({
        width: e.getBoundingClientRect().width,
        hidden: e.scrollWidth - e.clientWidth,
      })),
    );
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const block of blocks) {
      // Was 461 px of 1115 (the middle column of three, with nothing on the right).
      expect(block.width).toBeGreaterThan(0.85 * content);
      expect(block.hidden).toBeLessThanOrEqual(0);
    }
    await page.screenshot({ path: path.join(artifacts, 'docs-site-guide.png') });
  });

  it('links errata ids to their entries instead of printing the raw extension', async () => {
    const section = await openOperation(entryOf('mpayVerify'));
    const operation = entryOf('mpayVerify').node;
    const [first] = operation['x-lianlian-errata'] as string[];
    const link = section.locator(`a[href="#/errata/${first!.toLowerCase()}"]`).first();
    await link.waitFor();
    const title = errataSections()
      .get(first!)!
      .split('\n')[0]!
      .replace(/^## E\d+ /, '');
    await expect(link.getAttribute('title')).resolves.toBe(title);
    await expect(section.innerText()).resolves.not.toContain('lianlian-errata');
    await page.screenshot({ path: path.join(artifacts, 'docs-site-errata-links.png') });
    await link.click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/errata/${first!.toLowerCase()}$`));
    const entry = page.locator(`[id="errata/${first!.toLowerCase()}"]`);
    await expect.poll(() => entry.innerText()).toContain(`${first} ${title}`);
    const box = await entry.boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    await page.screenshot({ path: path.join(artifacts, 'docs-site-errata-entry.png') });
  });

  it('has a menu entry, and so a link target, for every errata entry', async () => {
    await openTag('Errata');
    const ids = [...errataSections().keys()];
    expect(ids.length).toBeGreaterThan(30);
    await expect
      .poll(async () =>
        (
          await page
            .locator('a[href^="#/errata/e"]')
            .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
        )
          .filter((href, i, all) => all.indexOf(href) === i)
          .sort(),
      )
      .toEqual(ids.map((id) => `#/errata/${id.toLowerCase()}`).sort());
  });

  it('shows the signing scheme and the return codes as sections the prose links to', async () => {
    await page.goto(server.url, { waitUntil: 'load' });
    const scheme = middle().locator('a[href="#/signing/signature-scheme"]').first();
    await expect(scheme.innerText()).resolves.toBe('x-lianlian-signature-scheme');
    await scheme.click();
    const section = page.locator('[id="signing/signature-scheme"]');
    const signatureScheme = (spec as Json)['x-lianlian-signature-scheme'];
    for (const text of [
      'MD5withRSA',
      signatureScheme.signedString.order,
      signatureScheme.keySizes.join(', '),
      signatureScheme.verification.covers,
    ]) {
      await expect.poll(() => section.innerText(), { message: text }).toContain(text);
    }
    await page.screenshot({ path: path.join(artifacts, 'docs-site-signature-scheme.png') });
    // A failure branch's ret_code names RetCode's table, which the Return codes notes show.
    const operation = await openOperation(entryOf('mpayVerify'));
    // Its x-lianlian-signature in words, with a link back to the scheme.
    await expect
      .poll(() => operation.innerText())
      .toContain('Signatures (the scheme). Request: required (RSA, SHA256withRSA).');
    await expect(
      operation.locator('a[href="#/signing/signature-scheme"]').count(),
    ).resolves.toBeGreaterThan(0);
    await operation.locator('a[href="#/return-codes"]').first().click();
    await expect.poll(() => page.url()).toMatch(/#\/return-codes$/);
    await expect.poll(() => middle().innerText()).toContain('merchant-fix-needed');
  });

  it('finds fields and operations with the search box', async () => {
    const searches: [string, string][] = [
      ['money_order', 'MPAY Verify Direct API'],
      ['Instant', 'Instant payment confirm API'],
    ];
    for (const [query, expected] of searches) {
      await page.getByTestId('search-trigger').click();
      const input = page.getByPlaceholder('Search docs...');
      await input.fill(query);
      const dialog = page.getByTestId('search-dialog');
      await expect
        // The index grows with the spec and is searched as the text changes: on a loaded machine
        // the results take longer than the default 5 s to settle.
        .poll(async () => (await dialog.innerText()).includes(expected), {
          message: query,
          timeout: 20_000,
        })
        .toBe(true);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    }
  });

  it('loads nothing from outside 127.0.0.1 and logs no error; saves screenshots', async () => {
    await mkdir(artifacts, { recursive: true });
    await openTag('Direct APIs');
    await page.locator('a[href$="/mpayverify"]').first().click();
    await middle()
      .locator('h1, h2')
      .filter({ hasText: 'MPAY Verify Direct API' })
      .first()
      .waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(artifacts, 'docs-site-operation.png') });
    // Redoc paints only what is near the viewport, so the full-page shot is of the home page.
    await page.goto(server.url, { waitUntil: 'load' });
    await middle().locator('h1').first().waitFor();
    await page.screenshot({ path: path.join(artifacts, 'docs-site.png'), fullPage: true });
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(server.requested).toContain('/');
    expect(problems).toEqual([]);
  });
});
