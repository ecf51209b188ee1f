import { type SandboxRequestNote, type SandboxContext } from './context.js';
import type { SandboxJsonOperation } from './catalogue.js';
/** The answer to one JSON request. */
export interface SandboxJsonAnswer {
    readonly body: Record<string, string>;
    readonly note: SandboxRequestNote;
}
export declare function handleSandboxJsonOperation(ctx: SandboxContext, operation: SandboxJsonOperation, raw: Buffer): SandboxJsonAnswer;
