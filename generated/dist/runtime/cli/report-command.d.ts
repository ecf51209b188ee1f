import type { ParseArgsConfig } from 'node:util';
import type { ReportFormat } from '../reports/format.js';
export interface ReportCliIo {
    /** Writes one line to stdout, resolving when the stream can take more (backpressure). */
    writeLine(line: string): Promise<void>;
    usageError(message: string, field?: string): Error;
}
export interface ReportCommand {
    usage: string;
    options: NonNullable<ParseArgsConfig['options']>;
    maxPositionals: number;
    run(values: Record<string, unknown>, file: string | undefined, positionals: string[]): Promise<number>;
}
export declare function createReportCommand(formats: Readonly<Record<string, ReportFormat<unknown>>>, io: ReportCliIo): ReportCommand;
