import { type SandboxContext } from './context.js';
import { type SandboxJsonOperation } from './catalogue.js';
import type { SandboxJsonAnswer } from './behaviour.js';
export declare function handleSandboxJsonOperation(ctx: SandboxContext, operation: SandboxJsonOperation, raw: Buffer): SandboxJsonAnswer;
