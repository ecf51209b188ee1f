import type { OpenAPI3 } from 'openapi-typescript';

/** The spec after `redocly bundle`: one JSON document, internal `$ref`s only. */
export type BundledSpec = OpenAPI3;

/** One file a generator emits, relative to `generated/`. */
export interface GeneratedFile {
  path: string;
  contents: string;
  /** Set on files that must be executable (the CLI). */
  executable?: boolean;
  /**
   * Set on text that is already in prettier's form (the hand-written runtime copies, formatted
   * where they are written and held there by a test): formatting it again would cost time and
   * change nothing.
   */
  formatted?: boolean;
}

/** A generator turns the bundled spec into the files of one artifact. */
export interface Generator {
  name: string;
  generate(spec: BundledSpec): GeneratedFile[] | Promise<GeneratedFile[]>;
}

/** A generator whose files include modules the package index re-exports (paths without .ts, under src/). */
export interface ExportingGenerator extends Generator {
  exports: string[];
}
