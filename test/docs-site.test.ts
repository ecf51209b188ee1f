// The built docs site in headless Chromium: every operation, webhook and guide renders, search
// finds fields and operations, nothing is logged as an error, and no request leaves 127.0.0.1.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocs, docsDir } from '../generators/docs/build.js';
import { bundleSpec } from '../generators/framework/bundle.js';
import { repoRoot } from '../generators/framework/paths.js';
import { operations, type Json, type OperationEntry } from '../generators/framework/spec-walk.js';
import type { BundledSpec } from '../generators/framework/types.js';
import { serveDirectory, type DocsServer } from './support/docs-server.js';

const artifacts = path.join(repoRoot, 'test-artifacts');

let spec: BundledSpec;
let server: DocsServer;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  spec = await bundleSpec();
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

  it('renders every operation and webhook with its code samples', async () => {
    const entries: OperationEntry[] = operations(spec);
    expect(entries.filter((e) => e.kind === 'webhook').length).toBeGreaterThan(0);
    for (const entry of entries) {
      const tag = (entry.operation.tags as string[])[0] as string;
      const summary = String(entry.operation.summary);
      await openTag(tag);
      // Redoc routes an operation as #/<tag>/<operationId in lower case>.
      const link = page.locator(`a[href$="/${entry.operationId.toLowerCase()}"]`).first();
      // Redoc may first label the entry with method and operationId, then with the summary.
      await expect
        .poll(() => link.textContent(), { message: entry.operationId })
        .toContain(summary);
      await link.click();
      await expect
        .poll(() => page.url(), { message: entry.operationId })
        .toMatch(new RegExp(`/${entry.operationId.toLowerCase()}$`));
      const heading = middle().locator('h1, h2').filter({ hasText: summary }).first();
      await heading.waitFor({ timeout: 10_000 });
      // The operation's own section, which Redoc gives the id <tag>/<operationId in lower case>.
      const section = page.locator(`div[id$="/${entry.operationId.toLowerCase()}"]`).first();
      await expect(section.innerText()).resolves.toContain(summary);
      const expected =
        entry.kind === 'webhook'
          ? ['createLianLianNotification', entry.key, 'curl -X POST']
          : ['curl -X POST'];
      for (const text of expected) {
        await expect
          .poll(async () => (await section.innerText()).includes(text), {
            message: `${entry.operationId}: ${text}`,
          })
          .toBe(true);
      }
    }
  });

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
        .poll(async () => (await dialog.innerText()).includes(expected), {
          message: query,
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
