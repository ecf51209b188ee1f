import type { SandboxContext } from './context.js';
/** The text of the report file `name`, or undefined when it is no report's name. */
export declare function sandboxReportFile(ctx: SandboxContext, name: string): string | undefined;
