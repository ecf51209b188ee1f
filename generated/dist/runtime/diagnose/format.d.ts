import type { Diagnosis } from './diagnose.js';
/**
 * The report of `diagnoseSignature` as plain text, one item per line: what `lianlian diagnose`
 * prints, and what a merchant's log may carry (it holds no key and masks what the report masks).
 */
export declare function formatDiagnosis(diagnosis: Diagnosis): string;
