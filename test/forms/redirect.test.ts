// buildLianLianRedirect (x-lianlian-redirect): the payer's browser is posted only to a URL of a
// verified success answer whose origin is the spec's production origin or one the merchant
// configured. Table-driven from the model; fast-check for the origin rule; the generator refuses a
// declaration it cannot honour.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redirects } from '../../generators/artifacts/redirects.js';
import type { BundledSpec } from '../../generators/framework/types.js';
import { loadModel } from '../../generators/model/index.js';
import {
  buildLianLianRedirect,
  RedirectError,
  redirectTargets,
  type LianLianRedirectOperation,
} from '../../generated/src/index.js';

const model = loadModel();
const declared = model.operations.filter((op) => op.redirect !== undefined);
const SANDBOX = 'http://127.0.0.1:8080';
const TOKEN = '4a1123e3f123138df813ab81de8';

const rows = declared.map((op) => {
  const { field, origins } = op.redirect as { field: string; origins: string[] };
  return { id: op.id as LianLianRedirectOperation, field, origin: origins[0] as string };
});

const answer = (id: string, field: string, url: unknown, branch = 'success') => ({
  operationId: id,
  branch,
  data: { [field]: url },
});

function refusal(call: () => unknown): RedirectError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(RedirectError);
    return error as RedirectError;
  }
  throw new Error('expected a RedirectError');
}

describe('buildLianLianRedirect', () => {
  it('covers every operation that declares x-lianlian-redirect', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(redirectTargets).sort()).toEqual(rows.map((r) => r.id).sort());
  });

  it.each(rows)(
    '$id: posts the browser to its production page, token and all',
    ({ id, field, origin }) => {
      const url = `${origin}/paymentweb/payinit?token=${TOKEN}`;
      const page = buildLianLianRedirect(id, answer(id, field, url), {
        cspNonce: 'bm9uY2UxMjM0NQ==',
      });
      expect(page.url).toBe(url);
      expect(page.html).toContain(
        `<form id="lianlian-redirect" method="post" action="${url.replace(/&/g, '&amp;')}"`,
      );
      expect(page.html).toContain('<script nonce="bm9uY2UxMjM0NQ==">');
      expect(page.htmlWithoutScript).not.toContain('<script');
    },
  );

  it.each(rows)(
    '$id: a configured sandbox origin is allowed, and only exactly',
    ({ id, field }) => {
      const url = `${SANDBOX}/sandbox/paymentweb/payinit?token=${TOKEN}`;
      expect(
        buildLianLianRedirect(id, answer(id, field, url), { allowedOrigins: [SANDBOX] }).url,
      ).toBe(url);
      expect(refusal(() => buildLianLianRedirect(id, answer(id, field, url))).code).toBe(
        'REDIRECT_UNTRUSTED_ORIGIN',
      );
      expect(
        refusal(() =>
          buildLianLianRedirect(id, answer(id, field, url), { allowedOrigins: [`${SANDBOX}/`] }),
        ).code,
      ).toBe('REDIRECT_OPTIONS');
    },
  );

  it.each(rows)('$id: refuses tampered URLs, without repeating them', ({ id, field, origin }) => {
    const host = new URL(origin).host;
    const tampered = [
      `https://${host}.evil.example/paymentweb/payinit?token=${TOKEN}`,
      `https://evil.example/?${origin}/paymentweb/payinit?token=${TOKEN}`,
      `https://evil.example@${host}/paymentweb/payinit?token=${TOKEN}`,
      `https://${host}:8443/paymentweb/payinit?token=${TOKEN}`,
      `http://${host}/paymentweb/payinit?token=${TOKEN}`,
      `javascript:alert(1)//${host}`,
      `//${host}/paymentweb/payinit?token=${TOKEN}`,
      `/paymentweb/payinit?token=${TOKEN}`,
    ];
    for (const url of tampered) {
      const error = refusal(() => buildLianLianRedirect(id, answer(id, field, url)));
      expect(['REDIRECT_UNTRUSTED_ORIGIN', 'REDIRECT_NO_URL'], url).toContain(error.code);
      expect(error.field).toBe(field);
      expect(error.message).not.toContain(TOKEN);
    }
  });

  it.each(rows)(
    '$id: refuses failure answers, other operations and answers without a URL',
    ({ id, field, origin }) => {
      const url = `${origin}/paymentweb/payinit?token=${TOKEN}`;
      expect(refusal(() => buildLianLianRedirect(id, answer(id, field, url, 'failure'))).code).toBe(
        'REDIRECT_NOT_SUCCESS',
      );
      expect(refusal(() => buildLianLianRedirect(id, answer('mpayVerify', field, url))).code).toBe(
        'REDIRECT_NOT_SUCCESS',
      );
      for (const missing of [undefined, 42, '', 'not a url'])
        expect(refusal(() => buildLianLianRedirect(id, answer(id, field, missing))).code).toBe(
          'REDIRECT_NO_URL',
        );
    },
  );

  it.each(rows)(
    '$id: any URL is accepted exactly when its origin is allowed (property)',
    ({ id, field, origin }) => {
      fc.assert(
        fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
          let allowed: boolean;
          try {
            const parsed = new URL(url);
            allowed = parsed.origin === origin && parsed.username === '' && parsed.password === '';
          } catch {
            allowed = false;
          }
          try {
            const page = buildLianLianRedirect(id, answer(id, field, url));
            return allowed && page.url === new URL(url).href;
          } catch (error) {
            return !allowed && error instanceof RedirectError;
          }
        }),
      );
      // The allowed origin with any path and query.
      fc.assert(
        fc.property(fc.webPath(), fc.webQueryParameters(), (path, query) => {
          const url = `${origin}${path}?${query}`;
          return buildLianLianRedirect(id, answer(id, field, url)).url === new URL(url).href;
        }),
      );
    },
  );
});

describe('redirects generator on a broken spec', () => {
  const bundle = model.spec as Record<string, any>;
  const edited = (edit: (redirect: Record<string, any>) => void): BundledSpec => {
    const copy = structuredClone(bundle) as Record<string, any>;
    const op = declared[0]!;
    edit(copy.paths[op.key][op.method]['x-lianlian-redirect']);
    return copy as BundledSpec;
  };

  it.each([
    [
      'a field no success branch has',
      (r: Record<string, any>) => (r.field = 'gateway_uri'),
      /field must name/,
    ],
    [
      'an http origin',
      (r: Record<string, any>) => (r.origins = ['http://paymentweb.lianlianpay.com']),
      /https origins/,
    ],
    [
      'an origin with a path',
      (r: Record<string, any>) => (r.origins = ['https://paymentweb.lianlianpay.com/x']),
      /https origins/,
    ],
    ['no origins', (r: Record<string, any>) => (r.origins = []), /https origins/],
  ])('rejects %s', async (_name, edit, message) => {
    const outcome = await Promise.resolve()
      .then(() => redirects.generate(edited(edit)))
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(outcome).toBeInstanceOf(Error);
    expect((outcome as Error).message).toMatch(message);
  });
});
