// The package's shapes as a consumer's compiler sees them (issue 14 item 5): one `ok` result
// discriminant, literal unions for the spec's closed sets (return-code categories and codes,
// operation ids), all read from the published declarations in generated/dist.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { returnCodes } from '../../generators/artifacts/return-codes.js';
import { GenerateError } from '../../generators/framework/errors.js';
import { repoRoot } from '../../generators/framework/paths.js';
import type { BundledSpec } from '../../generators/framework/types.js';
import { apiModel } from '../../generators/model/index.js';
import { RETURN_CODE_CATEGORIES, RETURN_CODES } from '../../generated/src/index.js';
import { loadBundledSpec } from '../support/spec.js';

const run = promisify(execFile);

/** Type-checks `files` with tsc --strict against generated/dist's declarations; '' when clean. */
async function typeCheck(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lianlian-result-types-'));
  try {
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
    const tsconfig = {
      compilerOptions: {
        strict: true,
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        noEmit: true,
        skipLibCheck: false,
        types: ['node'],
        typeRoots: [path.join(repoRoot, 'node_modules/@types')],
        paths: { 'lianlian-client': [path.join(repoRoot, 'generated/dist/index.d.ts')] },
      },
      files: Object.keys(files),
    };
    await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
    const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
    return await run(process.execPath, [tsc, '-p', dir, '--pretty', 'false'], { cwd: dir }).then(
      () => '',
      (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Every case of the switch comes from the spec's list, so a new category breaks this test until
// it is handled here, which is the point of an exhaustive switch.
const cases = [...RETURN_CODE_CATEGORIES, 'unknown']
  .map((name) => `    case ${JSON.stringify(name)}:\n      return ${JSON.stringify(name)};`)
  .join('\n');

const consumer = `
import {
  BusinessFailureError,
  ClientError,
  createVerifier,
  type ClientResult,
  type MpayVerifyResult,
  type ReturnCode,
  type ReturnCodeCategory,
} from 'lianlian-client';

// Exhaustive over BusinessFailureError's category: the default branch must be unreachable.
function action(error: BusinessFailureError): string {
  switch (error.category) {
${cases}
    default: {
      const unreachable: never = error.category;
      return unreachable;
    }
  }
}

export function onError(error: unknown): string {
  if (error instanceof BusinessFailureError) {
    // @ts-expect-error a misspelt category is no category
    if (error.category === 'proccessing') return 'never';
    const documented: ReturnCode = '1001';
    const retCodes: BusinessFailureError['retCode'][] = [documented, '9999'];
    return action(error) + retCodes.join();
  }
  if (error instanceof ClientError) {
    const operation:
      | 'mpayVerify'
      | 'easypayVerify'
      | 'instantPayConfirm'
      | 'cardBindApply'
      | 'cardBindVerify'
      | 'cardUnbind'
      | 'mpayCardBindApply'
      | 'mpayCardBindVerify'
      | 'cardBindQuery'
      | 'instantPayApply'
      | 'instantPayQuery'
      | 'balanceQuery'
      | 'refundApply'
      | 'refundQuery'
      | 'cardBinQuery'
      | 'preauthCapture'
      | 'preauthCancel'
      | 'preauthQuery'
      | 'exchangeApply'
      | 'exchangeVerify'
      | 'exchangeQuery'
      | 'aggregateQuery'
      | 'unifiedCreateBill'
      | 'aggregatePay'
      | 'mpayApply'
      | 'easypayApply'
      | 'mpayQuery'
      | 'easypayQuery'
      | 'createLianLianClient' = error.operationId;
    // @ts-expect-error an operation the spec does not have
    if (error.operationId === 'mpayVerfy') return 'never';
    return operation;
  }
  return '';
}

export function onResult(result: MpayVerifyResult, any: ClientResult): ReturnCodeCategory | 'unknown' {
  const operation: 'mpayVerify' = result.operationId;
  const category: ReturnCodeCategory | 'unknown' = any.category;
  // @ts-expect-error retry_later is spelt retry-later
  const misspelt: ReturnCodeCategory = 'retry_later';
  return operation === 'mpayVerify' ? category : misspelt;
}

export function onMessage(received: unknown, key: string): string {
  const result = createVerifier({ publicKeys: key })(received);
  // @ts-expect-error the discriminant is ok, as everywhere in the package
  if (result.valid) return 'never';
  return result.ok ? \`key \${result.keyIndex} \${result.signType}\` : \`\${result.reason}: \${result.detail}\`;
}
`;

describe('closed sets and one result shape, as a consumer compiles them', () => {
  it('switches exhaustively on category with a never check; misspelt categories, operations and valid fail', async () => {
    expect(await typeCheck({ 'consumer.ts': consumer })).toBe('');
  }, 120_000);

  it('still rejects a switch that forgets a category', async () => {
    const forgetful = consumer.replace(/\n {4}case "processing":\n {6}return "processing";/, '');
    expect(forgetful).not.toBe(consumer);
    expect(await typeCheck({ 'consumer.ts': forgetful })).toMatch(
      /consumer\.ts\(\d+,\d+\): error TS2322: Type '"processing"' is not assignable to type 'never'/,
    );
  }, 120_000);

  it('generates the categories in the spec order and every documented code uses one of them', () => {
    const model = apiModel(loadBundledSpec() as unknown as BundledSpec);
    expect(RETURN_CODE_CATEGORIES).toEqual(model.returnCodes.categories.map((c) => c.name));
    for (const info of Object.values(RETURN_CODES)) {
      expect(RETURN_CODE_CATEGORIES).toContain(info.category);
    }
  });

  it('refuses to generate a code whose category is not declared', async () => {
    const spec = loadBundledSpec() as unknown as BundledSpec & {
      components: { schemas: Record<string, any> };
    };
    const schema = apiModel(spec).returnCodes.schema as string;
    spec.components.schemas[schema]['x-lianlian-return-codes']['1001'].category = 'retry_later';
    const error = await Promise.resolve()
      .then(() => returnCodes.generate(spec))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(GenerateError);
    expect((error as GenerateError).message).toContain(
      'return code 1001 has category "retry_later", which x-lianlian-return-code-categories does not declare',
    );
  });
});
