/**
 * `lianlian report FILE` and `lianlian report reconcile FILE --records RECORDS [--summary FILE]`:
 * the CLI face of the report parser and the reconciler. The formats come from the generated
 * table (src/reports.ts), handed in by the executable's entry.
 * Exit codes as every `lianlian` command: 0 every line read (reconcile: everything matches),
 * 1 bad lines (reconcile: differences), 2 usage error.
 */
import { readFileSync } from 'node:fs';
import type { ParseArgsConfig } from 'node:util';
import type { ReportFormat } from '../reports/format.js';
import { parseReportLines, type ReportLine } from '../reports/parse.js';
import { reconcileReport, type MerchantTransaction } from '../reports/reconcile.js';
import { fileChunks, reportOfPath } from '../reports/source.js';
import { readJsonObject } from '../shared/json-text.js';

export interface ReportCliIo {
  /** Writes one line to stdout, resolving when the stream can take more (backpressure). */
  writeLine(line: string): Promise<void>;
  usageError(message: string, field?: string): Error;
}

export interface ReportCommand {
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  maxPositionals: number;
  run(
    values: Record<string, unknown>,
    file: string | undefined,
    positionals: string[],
  ): Promise<number>;
}

const USAGE = `Usage: lianlian report FILE
       lianlian report reconcile FILE --records RECORDS [--summary SUMMARY_FILE]

Reads a LianLian report file (JYMX_… detail, JYMXSUM_… summary), recognised by its name, in
constant memory. Prints one JSON line per data line: {"line":N,"row":{…}} for a good line and
{"line":N,"issues":[…]} for a bad one, naming each broken rule; reading never stops at a bad line.
Lines are read as UTF-8, or as GBK when they are not valid UTF-8.

reconcile holds a detail report against RECORDS, a JSON Lines file of the payments and refunds
you recorded, one per line: {"kind":"payment"|"refund","order":"…","amount":"10.00"} with
optional "transaction", "fee", "settleDate" and "reference". With --summary, the day's summary
file's totals are checked too. Prints the reconciliation as JSON: matched, mismatched,
missingFromReport, missingFromRecords, invalidLines, totals, summary.

  --records FILE       reconcile: your records (JSON Lines)
  --summary FILE       reconcile: the day's JYMXSUM_… file`;

export function createReportCommand(
  formats: Readonly<Record<string, ReportFormat<unknown>>>,
  io: ReportCliIo,
): ReportCommand {
  const open = (path: string) => {
    let found;
    try {
      found = reportOfPath(formats, path);
    } catch (error) {
      throw io.usageError((error as Error).message, 'FILE');
    }
    const format = formats[found.report] as ReportFormat<unknown>;
    return {
      format,
      lines: parseReportLines(format, fileChunks(path), { fileNameGroups: found.groups }),
      groups: found.groups,
    };
  };

  const readRecords = (path: string): MerchantTransaction[] => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw io.usageError(`cannot read the records file ${path}`, 'records');
    }
    const records: MerchantTransaction[] = [];
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      const read = readJsonObject(line);
      if (!read.ok) throw io.usageError(`records line ${i + 1} is not a JSON object`, 'records');
      const record = read.value as Partial<MerchantTransaction>;
      if (
        (record.kind !== 'payment' && record.kind !== 'refund') ||
        typeof record.order !== 'string' ||
        typeof record.amount !== 'string'
      )
        throw io.usageError(
          `records line ${i + 1} needs "kind" (payment or refund), "order" and "amount" strings`,
          'records',
        );
      records.push(record as MerchantTransaction);
    });
    return records;
  };

  const summaryRow = async (path: string) => {
    const { format, lines } = open(path);
    if (format.totals === undefined)
      throw io.usageError(`${path} is not a summary report`, 'summary');
    let row: Record<string, string> | undefined;
    for await (const line of lines) {
      if (!line.ok)
        throw io.usageError(
          `the summary file's line ${line.line} is invalid: ${line.issues[0]?.message}`,
          'summary',
        );
      row = line.row as Record<string, string>;
    }
    if (row === undefined) throw io.usageError('the summary file has no data line', 'summary');
    return { format, row };
  };

  return {
    usage: USAGE,
    options: {
      help: { type: 'boolean', short: 'h' },
      records: { type: 'string' },
      summary: { type: 'string' },
    },
    maxPositionals: 2,
    async run(values, _file, positionals) {
      const reconcile = positionals[0] === 'reconcile';
      const path = reconcile ? positionals[1] : positionals[0];
      if (path === undefined || (!reconcile && positionals.length > 1))
        throw io.usageError('expected a report FILE; run "lianlian report --help"', 'FILE');
      if (!reconcile) {
        let bad = 0;
        for await (const line of open(path).lines) {
          await io.writeLine(JSON.stringify(printed(line)));
          if (!line.ok) bad += 1;
        }
        return bad === 0 ? 0 : 1;
      }
      if (typeof values.records !== 'string')
        throw io.usageError('--records is required', 'records');
      const records = readRecords(values.records);
      const { format, lines, groups } = open(path);
      if (format.reconcile === undefined)
        throw io.usageError(`${path} is not a detail report`, 'FILE');
      const summary =
        typeof values.summary === 'string' ? await summaryRow(values.summary) : undefined;
      const result = await reconcileReport(format, lines, records, {
        period: groups[format.fileNamePeriodGroup],
        ...(summary === undefined ? {} : { summary }),
      });
      await io.writeLine(JSON.stringify(result, null, 2));
      return result.ok ? 0 : 1;
    },
  };
}

function printed(line: ReportLine<unknown>) {
  return line.ok ? { line: line.line, row: line.row } : { line: line.line, issues: line.issues };
}
