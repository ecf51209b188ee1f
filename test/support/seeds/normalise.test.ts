import { describe, expect, it } from 'vitest';
import { extractAll, loadSeedFixture, seedsPresent } from './fixture.js';
import {
  addMissingDtOrder,
  E06_DT_ORDER,
  insertMissingCommas,
  markdownRetMsg,
  normaliseSample,
  removeSpaceInSign,
  restoreRetMsg,
  trimKeySpaces,
} from './normalise.js';
import type { ExtractedSeed, SeedSampleKind } from './types.js';

let cached: ExtractedSeed[] | undefined;
const seeds = () => (cached ??= seedsPresent() ? extractAll() : loadSeedFixture());
function raw(prefix: string, kind: SeedSampleKind): string {
  const sample = seeds()
    .find((seed) => seed.file.startsWith(prefix))
    ?.samples.find((s) => s.kind === kind);
  if (!sample) throw new Error(`no ${kind} sample in ${prefix}`);
  return sample.raw;
}

describe('sample normalisations', () => {
  it('E02 supplies the comma 001 left out after verify_code, and nothing else', () => {
    const before = raw('001', 'request');
    expect(() => JSON.parse(before)).toThrow(SyntaxError);
    const after = insertMissingCommas(before);
    expect(after.replace('"123456",', '"123456"')).toBe(before);
    expect(() => insertMissingCommas(raw('000', 'request'))).toThrow(
      expect.objectContaining({ code: 'NOTHING_TO_NORMALISE', field: 'E02' }),
    );
  });

  it('E03 trims the space inside the "sign_type " key', () => {
    const value = JSON.parse(trimKeySpaces(insertMissingCommas(raw('001', 'request')))) as object;
    expect(Object.keys(value)).toContain('sign_type');
    expect(Object.keys(value)).not.toContain('sign_type ');
    expect(() => trimKeySpaces(raw('002', 'request'))).toThrow(
      expect.objectContaining({ code: 'NOTHING_TO_NORMALISE' }),
    );
  });

  it("E01 takes 002's reading of ret_msg for the mis-decoded 000 and 003 responses", () => {
    const reading = markdownRetMsg(seeds());
    expect(reading).toBe('交易成功');
    for (const prefix of ['000', '003']) {
      const before = raw(prefix, 'response');
      expect(before).not.toContain(reading);
      expect(restoreRetMsg(before, { seeds: seeds() })).toContain(`"ret_msg": "${reading}"`);
    }
    expect(() => restoreRetMsg(raw('002', 'response'), { seeds: seeds() })).toThrow(
      expect.objectContaining({ code: 'NOTHING_TO_NORMALISE', field: 'E01' }),
    );
  });

  it("E16 removes the space from 003's sign, leaving a 1024-bit signature in base64", () => {
    const sign = (JSON.parse(removeSpaceInSign(raw('003', 'response'))) as { sign: string }).sign;
    const bytes = Buffer.from(sign, 'base64');
    expect(bytes.length).toBe(128);
    expect(bytes.toString('base64')).toBe(sign);
    expect(() => removeSpaceInSign(raw('000', 'response'))).toThrow(
      expect.objectContaining({ code: 'NOTHING_TO_NORMALISE' }),
    );
  });

  it('E06 adds the dt_order 001 left out, and refuses to overwrite one', () => {
    expect(addMissingDtOrder({ a: '1' })).toEqual({ a: '1', dt_order: E06_DT_ORDER });
    expect(() => addMissingDtOrder({ dt_order: '20200101000000' })).toThrow(
      expect.objectContaining({ code: 'NOTHING_TO_NORMALISE' }),
    );
  });

  it('applies text repairs before parsing and value repairs after', () => {
    const value = normaliseSample(raw('001', 'request'), ['E02', 'E03', 'E06'], { seeds: seeds() });
    expect(value).toMatchObject({
      sign_type: 'RSA',
      verify_code: '123456',
      dt_order: E06_DT_ORDER,
    });
    expect(() => normaliseSample('{}', ['E99'], { seeds: seeds() })).toThrow(
      expect.objectContaining({ code: 'NO_NORMALISER', field: 'E99' }),
    );
  });
});
