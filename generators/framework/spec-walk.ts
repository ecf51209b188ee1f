import { apiModel, type ApiOperation, type Json } from '../model/index.js';
import type { BundledSpec } from './types.js';

// Kept only for test/docs/site.test.ts (another change owns it); everything else reads
// generators/model/ directly. This walks nothing itself: it reshapes the model's operations.
export type { Json };

export interface OperationEntry {
  kind: 'operation' | 'webhook';
  key: string;
  method: ApiOperation['method'];
  operationId: string;
  operation: Json;
  serverUrl?: string;
}

/** @deprecated Read `apiModel(spec).all` instead. */
export function operations(spec: BundledSpec): OperationEntry[] {
  return apiModel(spec).all.map((op) => ({
    kind: op.location === 'path' ? 'operation' : 'webhook',
    key: op.key,
    method: op.method,
    operationId: op.id,
    operation: op.node,
    ...(op.serverUrl === undefined ? {} : { serverUrl: op.serverUrl }),
  }));
}
