import type { SandboxCatalogue } from '../sandbox/catalogue.js';
/**
 * Parses `argv`, starts the sandbox and stops it cleanly on SIGINT and SIGTERM.
 * @returns an exit code when the sandbox did not start (usage or errors), otherwise undefined.
 */
export declare function runSandboxCli(argv: readonly string[], catalogue: SandboxCatalogue, out?: (line: string) => void): Promise<number | undefined>;
