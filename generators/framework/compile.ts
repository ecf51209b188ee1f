import path from 'node:path';
import ts from 'typescript';
import { GenerateError } from './errors.js';
import { generatedDir } from './paths.js';

/**
 * Compiles the generated package's TypeScript in memory and returns the emitted JS and d.ts
 * files (relative to generated/). Reading sources from memory keeps stale files on disk out of
 * the build, so `--check` compares what the spec produces now with what is committed.
 */
export function compileGenerated(files: Map<string, string>): Map<string, string> {
  const configText = files.get('tsconfig.json');
  if (!configText)
    throw new GenerateError('COMPILE_FAILED', 'generated/tsconfig.json', 'not generated');
  const parsed = ts.parseJsonConfigFileContent(
    ts.parseConfigFileTextToJson('tsconfig.json', configText).config,
    ts.sys,
    generatedDir,
  );
  const virtual = new Map<string, string>();
  for (const [rel, text] of files) virtual.set(path.join(generatedDir, rel), text);
  const inGenerated = (p: string) => p.startsWith(generatedDir + path.sep);

  const host = ts.createCompilerHost(parsed.options);
  const realGetSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (p) => (inGenerated(p) ? virtual.has(p) : ts.sys.fileExists(p));
  host.readFile = (p) => (inGenerated(p) ? virtual.get(p) : ts.sys.readFile(p));
  host.directoryExists = (d) =>
    d === generatedDir || inGenerated(d)
      ? [...virtual.keys()].some((p) => p.startsWith(d + path.sep))
      : ts.sys.directoryExists(d);
  host.getSourceFile = (p, language, onError, shouldCreate) => {
    const text = inGenerated(p) ? virtual.get(p) : undefined;
    if (text !== undefined) return ts.createSourceFile(p, text, language);
    return inGenerated(p) ? undefined : realGetSourceFile(p, language, onError, shouldCreate);
  };
  const out = new Map<string, string>();
  host.writeFile = (p, text) => out.set(path.relative(generatedDir, p), text);

  const rootNames = [...virtual.keys()].filter(
    (p) => p.startsWith(path.join(generatedDir, 'src') + path.sep) && p.endsWith('.ts'),
  );
  // Type errors are the lint step's job (tsc -p generated); emit alone is several times faster.
  const program = ts.createProgram({
    rootNames,
    options: { ...parsed.options, noCheck: true },
    host,
  });
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...program.emit().diagnostics];
  if (diagnostics.length > 0) {
    const first = diagnostics.slice(0, 5).map((d) => {
      const where = d.file
        ? `${path.relative(generatedDir, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
        : 'generated';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
    throw new GenerateError('COMPILE_FAILED', 'generated/src', first.join(' | '));
  }
  return out;
}
