// The docs' code samples and guides: generated from the spec, and each one checked for real:
// TypeScript against the generated package with tsc --strict, curl lines through bash, the HTML
// form by decoding it and verifying its signature, the signing guide's worked example with the
// runtime.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeSamples, type OperationSamples } from '../../generators/docs/code-samples.js';
import { decorateForDocs } from '../../generators/docs/decorate.js';
import { bundleSpec } from '../../generators/framework/bundle.js';
import { repoRoot } from '../../generators/framework/paths.js';
import { apiModel, type ApiOperation, type Json } from '../../generators/model/index.js';
import type { BundledSpec } from '../../generators/framework/types.js';
import * as generated from '../../generated/src/index.js';
import { NOTIFICATION_ACK, parseChinaTime, type BrowserForm } from '../../generated/src/index.js';
import { signSource } from '../../generated/src/runtime/crypto/canonical.js';
import { verifyParams } from '../../generated/src/runtime/crypto/verify.js';
import { fencedBlocks } from '../support/docs-markdown.js';
import { rsaKeyPair } from '../support/keys.js';

const run = promisify(execFile);

const guide = (name: string) => readFileSync(path.join(repoRoot, 'spec/guides', name), 'utf8');

let spec: BundledSpec;
let samples: OperationSamples[];
let entries: readonly ApiOperation[];

beforeAll(async () => {
  spec = await bundleSpec();
  samples = await codeSamples(spec);
  entries = apiModel(spec).all;
});

const samplesOf = (operationId: string) => {
  const found = samples.find((s) => s.operationId === operationId);
  if (!found) throw new Error(`no samples for ${operationId}`);
  return found.samples;
};
const sourceOf = (operationId: string, label: string) => {
  const sample = samplesOf(operationId).find((s) => s.label === label);
  if (!sample) throw new Error(`${operationId} has no ${label} sample`);
  return sample.source;
};

function mediaOf(entry: ApiOperation): [string] {
  return [entry.request[0]?.mediaType as string];
}

/** The first request example of an operation, with its extensions. */
function requestExample(entry: ApiOperation): Json {
  return entry.request[0]?.examples[0]?.node as Json;
}

/** Runs a shell sample with `curl` replaced by a function printing its arguments. */
async function curlArguments(source: string): Promise<string[]> {
  const printer = `curl() { "${process.execPath}" -e 'process.stdout.write(JSON.stringify(process.argv.slice(1)))' -- "$@"; }`;
  const { stdout } = await run('bash', ['-c', `set -eu\n${printer}\n${source}`]);
  return JSON.parse(stdout) as string[];
}

function formPairs(args: string[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    expect(args[i]).toBe('--data-urlencode');
    const pair = args[i + 1] as string;
    const at = pair.indexOf('=');
    fields[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return fields;
}

type FormBuilder = (params: Json, options: Json) => BrowserForm;
const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

/** Carried values are text; the builder takes the request schema's integers as numbers. */
function integerFields(entry: ApiOperation, params: Json): Json {
  const schema = entry.signature.request?.schema ?? '';
  const properties = ((spec.components?.schemas?.[schema] as Json)?.properties ?? {}) as Json;
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      properties[k]?.type === 'integer' && typeof v === 'string' ? Number(v) : v,
    ]),
  );
}

const asFormText = (value: Json) =>
  Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));

describe('code samples', () => {
  it('cover every operation and webhook, in the style its request calls for', () => {
    expect(samples.map((s) => s.operationId)).toEqual(entries.map((e) => e.id));
    for (const entry of entries) {
      const labels = samplesOf(entry.id).map((s) => s.label);
      const [media] = mediaOf(entry);
      const typescript = sourceOf(entry.id, 'TypeScript');
      if (entry.location === 'webhook') {
        expect(labels).toEqual(['TypeScript', 'curl']);
        // What the browser carries (a form post, a query) is only verified; the server-to-server
        // ones get the handler.
        const factory =
          media === 'application/x-www-form-urlencoded' || entry.queryParameter !== undefined
            ? 'createLianLianNotificationVerifier'
            : 'createLianLianNotificationHandler';
        if (entry.queryParameter !== undefined) expect(typescript).toContain('verify(request.url');
        expect(typescript, entry.id).toContain(`${factory}('${entry.id}', {`);
        expect(typescript).not.toContain('verifyParams(');
      } else if (media === 'application/x-www-form-urlencoded') {
        expect(labels).toEqual(['TypeScript', 'HTML', 'curl']);
        expect(typescript).toContain(`build${pascal(entry.id)}Form(`);
        expect(typescript).toContain('buildRiskItem(');
        expect(typescript).not.toMatch(/signParams\(|fetch\(|timestamp:/);
      } else {
        expect(labels).toEqual(['TypeScript', 'curl']);
        expect(typescript).toContain(`client.${entry.id}(`);
      }
    }
  });

  it('send exactly the endpoint and example body with curl (every line continues, JSON parses)', async () => {
    for (const entry of entries) {
      const args = await curlArguments(sourceOf(entry.id, 'curl'));
      const url =
        entry.location === 'webhook' ? 'http://localhost:8080/' : `${entry.serverUrl}${entry.requestPath}`;
      const [media] = mediaOf(entry);
      const envelope = entry.envelope;
      const example = requestExample(entry).value as Json;
      const query = entry.queryParameter;
      if (query !== undefined) {
        // curl encodes the JSON once (`+` as %2B), as a browser following LianLian's link would.
        expect(args.slice(0, 3), entry.id).toEqual(['--get', url, '--data-urlencode']);
        expect(args).toHaveLength(4);
        expect((args[3] as string).startsWith(`${query}=`)).toBe(true);
        expect(JSON.parse((args[3] as string).slice(query.length + 1)), entry.id).toEqual(example);
        continue;
      }
      expect(args.slice(0, 3), entry.id).toEqual(['-X', 'POST', url]);
      if (media === 'application/x-www-form-urlencoded') {
        const rest = entry.location === 'webhook' ? args.slice(5) : args.slice(3);
        if (entry.location === 'webhook') {
          expect(args.slice(3, 5)).toEqual(['-H', `Content-Type: ${media};charset=utf-8`]);
        }
        expect(formPairs(rest), entry.id).toEqual(asFormText(example));
      } else {
        const contentType =
          entry.location === 'webhook'
            ? `${media};charset=utf-8`
            : 'application/json;charset=utf-8';
        expect(args.slice(3, 6), entry.id).toEqual([
          '-H',
          `Content-Type: ${contentType}`,
          '--data-raw',
        ]);
        expect(args).toHaveLength(7);
        expect(JSON.parse(args[6] as string), entry.id).toEqual(example);
        if (envelope) expect(String(example.pay_load)).toMatch(/^lianpay1_0_1\$/);
      }
    }
  });

  it('render each browser form with every value escaped so the browser submits what was signed', () => {
    for (const entry of entries.filter((e) => e.location === 'path')) {
      if (mediaOf(entry)[0] !== 'application/x-www-form-urlencoded') continue;
      const html = sourceOf(entry.id, 'HTML');
      expect(html).toContain(`action="${entry.serverUrl}${entry.key}"`);
      expect(html).toMatch(/<meta charset="utf-8"/i);
      const decode = (text: string) =>
        text
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&');
      const inputs = [...html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)];
      const fields = Object.fromEntries(
        inputs.map((m) => [decode(m[1] as string), decode(m[2] as string)]),
      );
      const example = requestExample(entry);
      expect(fields).toEqual(asFormText(example.value as Json));
      expect(html).toContain('&quot;'); // risk_item's JSON quotes, escaped
      // An example we signed is a verification vector; a docs page's sign verifies with no key.
      const signedWith = example['x-lianlian-authored']?.signedWith as string | undefined;
      if (signedWith !== undefined) {
        expect(
          verifyParams(fields, { publicKeys: signedWith, allowedSignTypes: ['RSA'] }),
        ).toMatchObject({
          ok: true,
        });
      }
    }
  });

  it('show each form page exactly as its generated build<Op>Form renders it', async () => {
    const keys = await rsaKeyPair(1024);
    for (const entry of entries.filter((e) => e.location === 'path')) {
      if (mediaOf(entry)[0] !== 'application/x-www-form-urlencoded') continue;
      const posted = requestExample(entry).value as Json;
      // A form carrying its fields as JSON text in one input (req_data): the builder takes those.
      const carried: Json =
        entry.jsonCarrier === undefined ? posted : JSON.parse(String(posted[entry.jsonCarrier]));
      const { sign, oid_partner, ...params } = carried;
      const now = parseChinaTime(String(params.timestamp));
      expect(now, 'the example timestamp').toBeInstanceOf(Date);
      const build = (generated as unknown as Record<string, FormBuilder>)[
        `build${pascal(entry.id)}Form`
      ] as FormBuilder;
      const form = build(integerFields(entry, params), {
        oidPartner: String(oid_partner),
        privateKey: keys.pkcs8Pem,
        now: () => now as Date,
      });
      // Same page and fields; only the signature differs, as the example was signed elsewhere.
      const ours = form.signedFields.find(([name]) => name === 'sign')?.[1] as string;
      const expected = form.htmlWithoutScript.replace(ours, String(sign)).trimEnd();
      const shown = sourceOf(entry.id, 'HTML')
        .replace(/^<!--.*-->\n/m, '')
        .trimEnd();
      expect(shown).toBe(expected);
    }
  });

  it('state the acknowledgement the notification handler really sends', () => {
    for (const entry of entries.filter((e) => e.location === 'webhook')) {
      const source = sourceOf(entry.id, 'TypeScript');
      if (!source.includes('createLianLianNotificationHandler(')) continue;
      expect(source, entry.id).toContain(JSON.stringify(NOTIFICATION_ACK));
    }
  });

  it("type-check with tsc --strict against the generated package, with the guides' snippets", async () => {
    const index = path.join(repoRoot, 'generated/src/index.ts');
    const clients = path.join(repoRoot, 'generated/src/clients.ts');
    const hasClient =
      existsSync(clients) &&
      /export function createLianLianClient\b/.test(readFileSync(clients, 'utf8')) &&
      /['"]\.\/clients\.js['"]/.test(readFileSync(index, 'utf8'));
    expect(
      hasClient,
      'generated/src does not export createLianLianClient: register the clients generator in generators/registry.ts and run `npm run generate`',
    ).toBe(true);

    const files = new Map<string, string>();
    for (const entry of samples) {
      for (const sample of entry.samples.filter((s) => s.lang === 'typescript')) {
        files.set(`sample-${entry.operationId}.ts`, sample.source);
      }
    }
    const tsBlocks = (name: string) => fencedBlocks(guide(name)).filter((b) => b.info === 'ts');
    // The getting-started snippets continue one another, except the sandbox ones, which stand
    // alone like those of the other guides.
    const sandboxSection = (b: { section: string }) => /sandbox/i.test(b.section);
    const gettingStarted = tsBlocks('getting-started.md');
    expect(gettingStarted.filter(sandboxSection).length).toBeGreaterThanOrEqual(2);
    files.set(
      'guide-getting-started.ts',
      gettingStarted
        .filter((b) => !sandboxSection(b))
        .map((b) => b.text)
        .join('\n'),
    );
    gettingStarted
      .filter(sandboxSection)
      .forEach((b, i) => files.set(`guide-getting-started-sandbox-${i}.ts`, b.text));
    for (const name of [
      'signing.md',
      'web-payment-flow.md',
      'flows-card-binding.md',
      'flows-instant-payment.md',
    ]) {
      tsBlocks(name).forEach((b, i) =>
        files.set(`guide-${name.replace('.md', '')}-${i}.ts`, b.text),
      );
    }
    expect(files.size).toBeGreaterThanOrEqual(samples.length);

    const dir = await mkdtemp(path.join(os.tmpdir(), 'lianlian-docs-tsc-'));
    try {
      await writeFile(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
      for (const [name, text] of files) await writeFile(path.join(dir, name), text);
      const tsconfig = {
        compilerOptions: {
          strict: true,
          noUncheckedIndexedAccess: true,
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
          typeRoots: [path.join(repoRoot, 'node_modules/@types')],
          paths: { 'lianlian-client': [index] },
        },
        files: [...files.keys()],
      };
      await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
      const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
      const result = await run(process.execPath, [tsc, '-p', dir, '--pretty', 'false'], {
        cwd: dir,
      }).then(
        () => '',
        (error: { stdout?: string; stderr?: string }) =>
          `${error.stdout ?? ''}${error.stderr ?? ''}`,
      );
      expect(result).toBe('');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('guides', () => {
  it('signing: the worked example is what the runtime signs and verifies', () => {
    const blocks = fencedBlocks(guide('signing.md')).filter((b) => b.section === 'Worked example');
    expect(blocks.map((b) => b.info)).toEqual(['json', 'text', 'text', 'text']);
    const [fields, source, sign, publicKey] = blocks.map((b) => b.text) as [
      string,
      string,
      string,
      string,
    ];
    const message = JSON.parse(fields) as Record<string, unknown>;
    expect(signSource(message)).toBe(source);
    expect(source).not.toContain('info_order'); // the empty field is left out
    const check = verifyParams(
      { ...message, sign },
      { publicKeys: publicKey, allowedSignTypes: ['RSA'] },
    );
    expect(check).toMatchObject({ ok: true, signType: 'RSA' });
    // One changed character in a signed value must break it.
    const tampered = { ...message, money_order: '12.51', sign };
    expect(verifyParams(tampered, { publicKeys: publicKey }).ok).toBe(false);
  });

  it('every guide and the errata are tags Redoc shows, grouped in x-tagGroups', () => {
    const tags = (spec.tags ?? []) as Json[];
    const traits = tags.filter((t) => t['x-traitTag'] === true);
    // Every guide file is one trait tag's text, and the errata is one more: none is left out.
    const guides = readdirSync(path.join(repoRoot, 'spec/guides')).filter((f) => f.endsWith('.md'));
    const described = traits.map((t) => t.description as string);
    for (const file of guides) expect(described, file).toContain(guide(file));
    expect(traits).toHaveLength(guides.length + 1);
    // Redocly's bundler resolved each `description: {$ref: *.md}` into the Markdown text.
    const texts = new Map(traits.map((t) => [t.name as string, t.description as string]));
    expect(texts.get('Signing')).toBe(guide('signing.md'));
    expect(texts.get('Threat model')).toBe(guide('threat-model.md'));
    expect(texts.get('Instant payment flow')).toBe(guide('flows-instant-payment.md'));
    expect(texts.get('Refund and pre-authorisation flows')).toBe(guide('flows-refund-preauth.md'));
    expect(texts.get('Exchange and aggregate payment flows')).toBe(
      guide('flows-exchange-aggregate.md'),
    );
    expect(texts.get('Unified gateway flow')).toBe(guide('flows-unified-gateway.md'));
    expect(texts.get('Errata')).toBe(readFileSync(path.join(repoRoot, 'spec/errata.md'), 'utf8'));
    const grouped = ((spec as Json)['x-tagGroups'] as Json[]).flatMap((g) => g.tags as string[]);
    expect(new Set(grouped)).toEqual(new Set(tags.map((t) => t.name)));
  });
});

describe('decorated spec', () => {
  it('adds the samples and the return-code table without touching the bundle', async () => {
    const before = JSON.stringify(spec);
    const decorated = (await decorateForDocs(spec)) as Json;
    expect(JSON.stringify(spec)).toBe(before);
    expect(before).not.toContain('x-codeSamples');
    for (const entry of entries) {
      const container = entry.location === 'path' ? decorated.paths : decorated.webhooks;
      expect(container[entry.key][entry.method]['x-codeSamples'], entry.id).toEqual(
        samplesOf(entry.id),
      );
    }
    const text = JSON.stringify(decorated);
    expect(text).not.toMatch(/<!--\s*docs:/);
    const table = (decorated.tags as Json[]).find((t) => t.name === 'Return codes')
      ?.description as string;
    const { categories, codes } = apiModel(spec).returnCodes;
    for (const [code, info] of codes) {
      expect(table).toContain(`| \`${code}\` | ${info.message} |`);
    }
    // The category table and the per-category sections follow the spec's category order.
    const rows = categories.map(({ name }) => table.indexOf(`| \`${name}\` |`));
    const sections = categories.map(({ name }) => table.indexOf(`### ${name} (`));
    expect(rows.every((at) => at >= 0)).toBe(true);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(sections.filter((at) => at >= 0)).toEqual(
      sections.filter((at) => at >= 0).sort((a, b) => a - b),
    );
  });

  it('refuses an unknown directive and a tag Redoc would hide', async () => {
    const withDirective = structuredClone(spec) as Json;
    withDirective.info.description += '\n<!-- docs:no-such-table -->';
    await expect(decorateForDocs(withDirective as BundledSpec)).rejects.toThrow(
      'docs:no-such-table',
    );
    const ungrouped = structuredClone(spec) as Json;
    ungrouped['x-tagGroups'] = (ungrouped['x-tagGroups'] as Json[]).filter(
      (g) => g.name !== 'Reference notes',
    );
    await expect(decorateForDocs(ungrouped as BundledSpec)).rejects.toThrow('Return codes, Errata');
  });
});
