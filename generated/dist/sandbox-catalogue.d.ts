import type { SandboxCatalogue } from './runtime/sandbox/catalogue.js';
/** The operations, validators and return messages the sandbox serves, read from the spec. */
export declare const sandboxCatalogue: SandboxCatalogue;
