import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

/** Where a spec problem is, the way compilers print it: `spec/paths/x.yaml:12:5`. */
export interface SpecProblem {
  /** The file, relative to the project root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  message: string;
  /** Further problems Redocly found; `npm run lint` lists them all. */
  more: number;
}

/**
 * Finds the first problem that stopped the spec from bundling, with Redocly's own locations.
 *
 * The Redocly CLI prints its problems as a code frame meant for a terminal, so after a failed
 * `redocly bundle` we bundle once more in process with @redocly/openapi-core: its problems carry
 * the source file and pointer of each location, and `getLineColLocation` turns them into line and
 * column (a YAML syntax error points into the broken file itself, not at the `$ref` to it).
 * Returns undefined when Redocly reports no error there, so the caller keeps the CLI's text.
 */
export async function firstSpecProblem(
  root: string,
  api = 'lianlian',
): Promise<SpecProblem | undefined> {
  const config = parse(await readFile(path.join(root, 'redocly.yaml'), 'utf8')) as {
    apis?: Record<string, { root?: string }>;
  };
  const entry = config.apis?.[api]?.root;
  if (!entry) return undefined;
  // openapi-core 1.x (the version openapi-typescript uses). The CLI's own 2.x core is bundled
  // into it and not importable; resolving and parsing, all we ask of it here, are the same.
  // No rules are configured: only what breaks bundling counts, not what the linter would say.
  const core = await import('@redocly/openapi-core');
  const { problems } = await core.bundle({
    ref: path.resolve(root, entry),
    config: await core.createConfig({}),
  });
  const errors = problems.filter((problem) => problem.severity === 'error');
  const first = errors[0];
  const location = first?.location[0];
  if (!first || !location) return undefined;
  const { start } = core.getLineColLocation(location);
  return {
    file: relative(root, location.source.absoluteRef),
    line: start.line,
    column: start.col,
    message: withRelativePaths(root, first.message),
    more: errors.length - 1,
  };
}

const relative = (root: string, file: string) =>
  path.relative(root, file).split(path.sep).join('/');

// Redocly's messages quote absolute paths ("no such file or directory '/home/…/x.yaml'");
// relative ones read like the location and do not depend on where the checkout lives.
function withRelativePaths(root: string, message: string): string {
  const prefix = path.resolve(root) + path.sep;
  return message.split(prefix).join('').split('\n')[0]!.trim();
}
