import type { ReportFormat } from '../reports/format.js';
/** What the generated entry (src/lianlian.ts) hands the CLI: the spec's tables. */
export interface LianLianCliTables {
    readonly reportFormats: Readonly<Record<string, ReportFormat<unknown>>>;
}
/** Runs `lianlian` with `argv` (without node and the script) and sets `process.exitCode`. */
export declare function runLianLianCli(argv: readonly string[], tables: LianLianCliTables): Promise<void>;
