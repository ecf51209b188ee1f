import type { Json } from '../model/index.js';
import type { BundledSpec } from '../framework/types.js';
import { headingId } from './section-ids.js';

/** The id of the generated section, below the tag whose guide holds the directive. */
export const SIGNATURE_SCHEME_ID = 'signature-scheme';

const cell = (value: unknown) =>
  (typeof value === 'string' ? value : JSON.stringify(value)).replace(/\|/g, '\\|');
const code = (value: unknown) => `\`${cell(value)}\``;
const list = (values: unknown, what: string): string => {
  if (!Array.isArray(values) || values.length === 0)
    throw new Error(`${what} must be a non-empty list`);
  return values.map(code).join(', ');
};

/**
 * The root `x-lianlian-signature-scheme` as a readable section: the algorithms by `sign_type`,
 * then every rule of the signed string, the output and verification, in the spec's own values.
 * @throws Error when the extension or one of its parts is missing.
 */
export function signatureSchemeMarkdown(spec: BundledSpec): string {
  const scheme = (spec as Json)['x-lianlian-signature-scheme'] as Json | undefined;
  if (!scheme) throw new Error('the spec has no root x-lianlian-signature-scheme to document');
  const part = (name: string): Json => {
    const value = scheme[name];
    if (typeof value !== 'object' || value === null) {
      throw new Error(`x-lianlian-signature-scheme.${name} is missing`);
    }
    return value as Json;
  };
  const algorithms = Object.entries(part('algorithms')).map(
    ([signType, a]) =>
      `| ${code(signType)} | ${cell((a as Json).scheme)} | ${cell((a as Json).digest)} | ${code((a as Json).jca)} |`,
  );
  const signed = part('signedString');
  const output = part('output');
  const rows: [string, string][] = [
    ['Signature field', code(scheme.signField)],
    ['Algorithm field', code(scheme.signTypeField)],
    ['Key sizes (bits)', list(scheme.keySizes, 'keySizes')],
    ['Fields left out', list(signed.excludedFields, 'signedString.excludedFields')],
    ['Values left out', list(signed.droppedValues, 'signedString.droppedValues')],
    ['Order', cell(signed.order)],
    ['Each field', code(signed.pairFormat)],
    ['Joined with', code(signed.pairSeparator)],
    ['URL encoding', signed.urlEncoding ? 'yes' : 'none'],
    ['Values', cell(signed.valueForm)],
    ['Bytes signed', cell(signed.charset)],
    [
      'Output',
      `${cell(output.encoding)}, ${cell(output.alphabet)} alphabet, ${output.lineBreaks ? 'with' : 'without'} line breaks`,
    ],
    ['Verification covers', cell(part('verification').covers)],
  ];
  return [
    `## The scheme as the spec states it ${headingId(SIGNATURE_SCHEME_ID)}`,
    '',
    'Generated from the root extension `x-lianlian-signature-scheme`, which the generated client and',
    'the `lianlian` CLI follow.',
    '',
    '| `sign_type` | scheme | digest | Java name |',
    '| --- | --- | --- | --- |',
    ...algorithms,
    '',
    '| rule | value |',
    '| --- | --- |',
    ...rows.map(([name, value]) => `| ${name} | ${value} |`),
  ].join('\n');
}
