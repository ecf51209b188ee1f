// The docs build's links: errata ids become links to their entries, mentions of the extensions the
// site shows become links to those sections, and section ids match the ones Redoc gives.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { decorateForDocs } from '../../generators/docs/decorate.js';
import { anchorErrata, linkErrata } from '../../generators/docs/errata-links.js';
import { linkMentions } from '../../generators/docs/mentions.js';
import { sectionId } from '../../generators/docs/section-ids.js';
import { signatureSchemeMarkdown } from '../../generators/docs/signature-scheme.js';
import { signatureSummary } from '../../generators/docs/signature-summary.js';
import { bundleSpec } from '../../generators/framework/bundle.js';
import { apiModel, type Json } from '../../generators/model/index.js';
import type { BundledSpec } from '../../generators/framework/types.js';
import { errataSections } from '../support/spec.js';

let spec: BundledSpec;
beforeAll(async () => {
  spec = await bundleSpec();
}, 60_000);

const targets = new Map([
  ['x-lianlian-return-codes', '#/return-codes'],
  ['x-lianlian-signature-scheme', '#/signing/signature-scheme'],
]);

/** Every object carrying x-lianlian-errata, outside example values. */
function errataSites(node: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(node)) node.forEach((n) => errataSites(n, out));
  else if (typeof node === 'object' && node !== null) {
    if (Array.isArray((node as Json)['x-lianlian-errata'])) out.push(node as Json);
    for (const [key, value] of Object.entries(node)) if (key !== 'value') errataSites(value, out);
  }
  return out;
}

describe('section ids', () => {
  it('are the ids Redoc 3 gives the same headings', () => {
    // Read off the built site: tag, guide heading and the errata document's old title.
    expect(sectionId('Getting started')).toBe('getting-started');
    expect(sectionId('lianpay1_0_1 envelope')).toBe('lianpay1_0_1-envelope');
    expect(sectionId('Debugging 1001 商户请求签名错误')).toBe('debugging-1001');
    expect(
      sectionId('Errata: defects in the seed documents and what the spec does about them'),
    ).toBe('errata:-defects-in-the-seed-documents-and-what-the-spec-does-about-them');
  });
});

describe('mentions of shown extensions', () => {
  it('become links, with or without backticks, once each', () => {
    expect(linkMentions('see x-lianlian-return-codes for its category', targets)).toBe(
      'see [x-lianlian-return-codes](#/return-codes) for its category',
    );
    expect(linkMentions('in `x-lianlian-signature-scheme`, and', targets)).toBe(
      'in [`x-lianlian-signature-scheme`](#/signing/signature-scheme), and',
    );
    // A longer name, an existing link and fenced code are left alone.
    for (const text of [
      'x-lianlian-return-codes-extra',
      '[x-lianlian-return-codes](#/elsewhere)',
      '```yaml\nx-lianlian-return-codes:\n```',
      'x-lianlian-signature on every operation',
    ]) {
      expect(linkMentions(text, targets)).toBe(text);
    }
  });

  it('change nothing but the added link syntax, and nothing inside fences', () => {
    const piece = fc.constantFrom(
      'x-lianlian-return-codes',
      '`x-lianlian-signature-scheme`',
      'x-lianlian-errata',
      ' ',
      '\n',
      '```\n',
      '[',
      ']',
      '(',
      ')',
      '`',
      '-',
      'word',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const linked = linkMentions(text, targets);
        const unlinked = linked.replace(
          /\[(`?x-lianlian-[a-z-]+`?)\]\((#\/return-codes|#\/signing\/signature-scheme)\)/g,
          '$1',
        );
        expect(unlinked).toBe(text);
        // Lines inside a fence are byte for byte the same.
        let fenced = false;
        const inside = (t: string) =>
          t.split('\n').filter((line) => {
            if (line.trimStart().startsWith('```')) {
              fenced = !fenced;
              return false;
            }
            return fenced;
          });
        const before = inside(text);
        fenced = false;
        expect(inside(linked)).toEqual(before);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('errata links', () => {
  it('give every entry an anchor and every citing object a link line with the title', () => {
    const copy = structuredClone(spec) as Json;
    const entries = anchorErrata(copy);
    const sections = errataSections();
    expect([...entries.keys()].sort()).toEqual([...sections.keys()].sort());
    for (const [id, entry] of entries) {
      expect(entry.href).toBe(`#/errata/${id.toLowerCase()}`);
      expect(sections.get(id)!.split('\n')[0]).toBe(`## ${id} ${entry.title}`);
    }
    const errata = (copy.tags as Json[]).find((t) => t.name === 'Errata')!.description as string;
    expect(errata).toMatch(/^## E24 .* \{% #e24 %\}$/m);
    expect(errata).not.toMatch(/^# /m);

    const sites = errataSites(copy);
    expect(sites.length).toBeGreaterThan(40);
    linkErrata(copy, entries);
    for (const site of sites) {
      const line = (site.description as string).split('\n').pop()!;
      const expected = (site['x-lianlian-errata'] as string[])
        .map(
          (id) =>
            `[${id}](#/errata/${id.toLowerCase()} "${entries.get(id)!.title.replace(/"/g, '\\"')}")`,
        )
        .join(', ');
      expect(line).toBe(`Errata: ${expected}`);
    }
  });

  it('refuse an id the errata document has no entry for, naming where it is', () => {
    const copy = structuredClone(spec) as Json;
    const entries = anchorErrata(copy);
    copy.components.schemas.Token['x-lianlian-errata'] = ['E99'];
    expect(() => linkErrata(copy, entries)).toThrow(
      '#/components/schemas/Token: x-lianlian-errata names E99',
    );
  });
});

describe('signing scheme section', () => {
  it("shows every algorithm and rule of the root extension in the spec's values", () => {
    const scheme = (spec as Json)['x-lianlian-signature-scheme'];
    const text = signatureSchemeMarkdown(spec);
    expect(text.split('\n')[0]).toBe('## The scheme as the spec states it {% #signature-scheme %}');
    for (const [signType, algorithm] of Object.entries<Json>(scheme.algorithms)) {
      expect(text).toContain(`| \`${signType}\` | ${algorithm.scheme} | ${algorithm.digest} |`);
    }
    for (const value of [
      scheme.signedString.order,
      scheme.signedString.valueForm,
      scheme.verification.covers,
      '`1024`, `2048`, `4096`',
    ]) {
      expect(text).toContain(value);
    }
  });

  it('refuses a scheme without its signed-string rules', () => {
    const copy = structuredClone(spec) as Json;
    delete copy['x-lianlian-signature-scheme'].signedString;
    expect(() => signatureSchemeMarkdown(copy as BundledSpec)).toThrow(
      'x-lianlian-signature-scheme.signedString is missing',
    );
  });
});

describe('the decorated spec', () => {
  it('links the prose to the sections and leaves no raw mention or directive', async () => {
    const decorated = (await decorateForDocs(spec)) as Json;
    expect(decorated.info.description).toContain(
      '[`x-lianlian-signature-scheme`](#/signing/signature-scheme)',
    );
    const retCode = decorated.components.schemas.MpayVerifyFailure.properties.ret_code;
    expect(retCode.description).toContain('[x-lianlian-return-codes](#/return-codes)');
    const signing = (decorated.tags as Json[]).find((t) => t.name === 'Signing')!.description;
    expect(signing).toContain('{% #signature-scheme %}');
    expect(JSON.stringify(decorated)).not.toMatch(/<!--\s*docs:/);
  });
});

describe('signature paragraphs', () => {
  it("say in words which of each operation's messages are signed, linking to the scheme", async () => {
    const decorated = (await decorateForDocs(spec)) as Json;
    const mpay = decorated.paths['/v1/bankcardprepay'].post.description as string;
    expect(mpay).toContain(
      '**Signatures** ([the scheme](#/signing/signature-scheme)). Request: required (`RSA`, `SHA256withRSA`). Response: failure optional, success required, paid required (`RSA`, `SHA256WITHRSA`, `SHA256withRSA`).',
    );
    const notify = decorated.webhooks.webPaymentNotify.post.description as string;
    expect(notify).toContain('Notification: required (`RSA`). Response: not signed.');
    // The paragraph comes before the webhook's samples and the errata line after it.
    expect(notify.indexOf('**Signatures**')).toBeLessThan(notify.indexOf('```'));
    for (const entry of apiModel(spec).all) {
      const text = (entry.location === 'path' ? decorated.paths : decorated.webhooks)[entry.key][
        entry.method
      ].description as string;
      expect(text, entry.id).toContain(
        '**Signatures** ([the scheme](#/signing/signature-scheme)).',
      );
    }
  });

  it('leave an operation without x-lianlian-signature as it is', () => {
    expect(signatureSummary({ summary: 'unsigned' }, '#/x')).toBeUndefined();
    expect(
      signatureSummary(
        {
          'x-lianlian-signature': {
            request: { signed: 'none' },
            response: { signed: 'optional', signTypes: ['RSA'] },
          },
        },
        '#/x',
      ),
    ).toBe('**Signatures** ([the scheme](#/x)). Request: not signed. Response: optional (`RSA`).');
  });
});
