/**
 * `lianlian diagnose request|notification FILE`: the CLI face of `diagnoseSignature`. Argument
 * handling and the printed report live here; lianlian.ts only dispatches to it and supplies its
 * I/O.
 * Exit codes as every `lianlian` command: 0 valid, 1 not valid (explained or not), 2 usage error.
 */
import type { ParseArgsConfig } from 'node:util';
/** What the CLI hands this command: its own readers and its usage-error constructor. */
export interface DiagnoseCliIo {
    readInput(file: string | undefined): string;
    readKeyFile(path: string): Buffer;
    usageError(message: string, field?: string): Error;
}
/** The `diagnose` entry of the CLI's command table. */
export interface DiagnoseCommand {
    usage: string;
    options: NonNullable<ParseArgsConfig['options']>;
    /** Positional arguments: the mode, then FILE (or stdin). */
    maxPositionals: number;
    run(values: Record<string, unknown>, file: string | undefined, positionals: string[]): number;
}
/** Builds the command with the CLI's I/O. */
export declare function createDiagnoseCommand(io: DiagnoseCliIo): DiagnoseCommand;
