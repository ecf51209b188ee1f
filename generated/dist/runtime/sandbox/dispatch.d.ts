import type { SandboxJsonOperation } from './catalogue.js';
import type { SandboxContext } from './context.js';
/** The operation of `candidates` (all served at one path, in document order) `raw` is meant for. */
export declare function chooseSandboxOperation(ctx: SandboxContext, candidates: readonly SandboxJsonOperation[], raw: Buffer): SandboxJsonOperation;
