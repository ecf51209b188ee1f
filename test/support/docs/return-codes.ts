import type { ReturnCodeTable } from '../../../generators/model/index.js';
import type { ExtractedDoc } from './types.js';

export const RETURN_CODES_PAGE = 'docs/return-codes.md';

export interface DocReturnCode {
  code: string;
  message: string;
  description: string;
}

/** The rows of the return-codes page's `Ret_code | Ret_msg | Description` table. */
export function docReturnCodes(docs: readonly ExtractedDoc[]): DocReturnCode[] {
  const page = docs.find((doc) => doc.file === RETURN_CODES_PAGE);
  const table = page?.tables.find(
    (candidate) => candidate.header[0] === 'Ret_code' && candidate.header[1] === 'Ret_msg',
  );
  if (!table) throw new Error(`${RETURN_CODES_PAGE} has no Ret_code | Ret_msg table`);
  return table.rows.map(([code = '', message = '', description = '']) => ({
    code,
    message,
    description,
  }));
}

/**
 * Each documented code missing from `x-lianlian-return-codes`, or listed there with another
 * message, unless the spec's entry names an errata entry (`x-lianlian-errata` on the code's
 * object) that exists and quotes the code.
 */
export function returnCodeProblems(
  table: ReturnCodeTable,
  documented: readonly DocReturnCode[],
  errata: ReadonlyMap<string, string>,
): string[] {
  const spec = new Map(table.codes);
  const problems: string[] = [];
  for (const { code, message } of documented) {
    const entry = spec.get(code);
    const info =
      entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? entry : undefined;
    const cited = Array.isArray(info?.['x-lianlian-errata'])
      ? (info['x-lianlian-errata'] as unknown[]).filter(
          (id): id is string => typeof id === 'string',
        )
      : [];
    const excused = cited.some((id) => errata.get(id)?.includes(code));
    if (!info) problems.push(`${code} ${message}: not in x-lianlian-return-codes`);
    else if (info.message !== message && !excused) {
      problems.push(`${code}: docs say ${message}, spec says ${String(info.message)}`);
    }
  }
  return problems;
}
