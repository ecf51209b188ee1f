/** Which part of a seed page a parameter table belongs to. */
export type SeedSection =
  'request' | 'response' | 'response-success' | 'response-paid' | 'sync-notification';

export interface SeedRow {
  name: string;
  required: boolean;
  type: 'string' | 'integer';
  maxLength?: number;
  description: string;
}

export interface SeedTable {
  section: SeedSection;
  rows: SeedRow[];
}

/**
 * request: the JSON body of the curl sample; plaintext-request: a request printed before
 * encryption; envelope-request: the curl body that carries the encrypted envelope.
 */
export type SeedSampleKind =
  'request' | 'plaintext-request' | 'envelope-request' | 'response' | 'sync-notification';

export interface SeedSample {
  kind: SeedSampleKind;
  /** The sample exactly as printed, from its opening `{` to its closing `}`; may be broken JSON. */
  raw: string;
}

export interface ExtractedSeed {
  file: string;
  title: string;
  endpoint?: string;
  tables: SeedTable[];
  samples: SeedSample[];
}
