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
  /**
   * For a large module: its top-level statements (or groups of them) in order, `contents` being
   * them joined by blank lines. Prettier then formats it in pieces of about 100 KB, which bounds
   * its memory and keeps its time linear in the module's size; prettier separates top-level
   * statements by one blank line, so the joined pieces are the text it gives the whole module
   * (`test/generators/format-pieces.test.ts`).
   */
  statements?: readonly string[];
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
