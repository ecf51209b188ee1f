// Form builders are generated in a loop over the model's browser-form operations (issue 11 item
// 5): what the builder fills in and checks comes from the operation's x-lianlian-form, JSON-text
// fields from the schema's contentMediaType/contentSchema. No operation is named in the generator.
import { beforeAll, describe, expect, it } from 'vitest';
import { formsAndNotifications } from '../../generators/artifacts/forms-and-notifications.js';
import { bundleSpec } from '../../generators/framework/bundle.js';
import { GenerateError } from '../../generators/framework/errors.js';
import type { BundledSpec } from '../../generators/framework/types.js';

let bundle: BundledSpec;
beforeAll(async () => {
  bundle = await bundleSpec();
});

type Spec = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The bundle with a second browser form: a copy of the first under another path and id. */
function withSecondForm(edit: (operation: Spec, spec: Spec) => void = () => {}): BundledSpec {
  const spec = structuredClone(bundle) as Spec;
  const [path, item] = Object.entries<Spec>(spec.paths).find(
    ([, node]) => node.post?.requestBody?.content?.['application/x-www-form-urlencoded'],
  )!;
  const copy = structuredClone(item);
  copy.post.operationId = 'madeUpCheckout';
  copy.post.summary = 'Made-up checkout form';
  copy.post['x-lianlian-form'].checks = [
    { field: 'no_order', pattern: '^[A-Z]+$', message: 'no_order must be capital letters' },
  ];
  edit(copy.post, spec);
  spec.paths[`${path}-made-up`] = copy;
  return spec as BundledSpec;
}

/** The generated src/forms.ts, with JSON's double quotes as the formatter's single quotes. */
async function formsSource(spec: BundledSpec): Promise<string> {
  const files = await formsAndNotifications.generate(spec);
  return (files.find((f) => f.path === 'src/forms.ts')?.contents ?? '').replaceAll('"', "'");
}

describe('the forms generator', () => {
  it('emits one builder per browser-form operation, and each JSON-text builder once', async () => {
    const source = await formsSource(withSecondForm());
    expect(source).toContain('export function buildWebPaymentForm(');
    expect(source).toContain('export function buildMadeUpCheckoutForm(');
    expect(source).toContain(
      "export const MADE_UP_CHECKOUT_PATH = '/payment/traveleasypay.htm-made-up';",
    );
    expect(source).toContain("formId: 'lianlian-made-up-checkout'");
    expect(source).toContain("pattern: /* @__PURE__ */ new RegExp('^[A-Z]+$', 'u')");
    expect(source.match(/export function buildRiskItem\(/g)).toHaveLength(1);
    // The real spec's form: what x-lianlian-form declares, resolved.
    expect(source).toContain("{'field':'version','from':'value','value':'1.0'}");
    expect(source).toContain("{'field':'timestamp','from':'clock'}");
    expect(source).toContain("jsonTextFields: ['risk_item']");
  });

  it.each([
    [
      'a fill source it does not know',
      (op: Spec) => (op['x-lianlian-form'].fill.user_id = 'guess'),
      /fill\.user_id.*must be one of merchant, clock, sign-type, schema-value/,
    ],
    [
      'a filled field the request does not have',
      (op: Spec) => (op['x-lianlian-form'].fill.no_such_field = 'clock'),
      /no_such_field is not a field of WebPaymentRequest/,
    ],
    [
      'a schema-value fill on a field without one value',
      (op: Spec) => (op['x-lianlian-form'].fill.user_id = 'schema-value'),
      /fill\.user_id.*one const or enum string/,
    ],
    [
      'a check with neither pattern nor requires',
      (op: Spec) => op['x-lianlian-form'].checks.push({ field: 'no_order', message: 'x' }),
      /checks\[1\].*either pattern or requires/,
    ],
    [
      'a check whose pattern does not compile',
      (op: Spec) =>
        op['x-lianlian-form'].checks.push({ field: 'no_order', pattern: '(', message: 'x' }),
      /Invalid regular expression/,
    ],
  ])('refuses %s, naming the place', async (_name, edit, message) => {
    const error = await Promise.resolve()
      .then(() => formsAndNotifications.generate(withSecondForm(edit)))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(GenerateError);
    expect(String((error as Error).message)).toMatch(message);
  });
});
