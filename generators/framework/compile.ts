import path from 'node:path';
import { transform } from 'esbuild';
import ts from 'typescript';
import { GenerateError } from './errors.js';

/**
 * Compiles the generated package's TypeScript (src/**.ts, as text) into dist/: JavaScript with
 * esbuild, declarations with TypeScript's `transpileDeclaration`, one file at a time. Neither
 * needs a program over the whole package and its dependencies' types, which made this step the
 * slowest of a cold run and grow faster than the package. That is sound because the package is
 * written for it: generated/tsconfig.json sets `isolatedModules` and `isolatedDeclarations`, and
 * the lint step's `tsc -p generated` holds every file to them (and to the type checker).
 */
export async function compileGenerated(files: Map<string, string>): Promise<Map<string, string>> {
  const configText = files.get('tsconfig.json');
  if (!configText)
    throw new GenerateError('COMPILE_FAILED', 'generated/tsconfig.json', 'not generated');
  const config = ts.parseJsonConfigFileContent(
    ts.parseConfigFileTextToJson('tsconfig.json', configText).config,
    ts.sys,
    '/generated',
  );
  const problems: string[] = [];
  const out = new Map<string, string>();
  const sources = [...files].filter(([rel]) => rel.startsWith('src/') && rel.endsWith('.ts'));
  const target = (rel: string) => `dist/${rel.slice('src/'.length, -'.ts'.length)}`;
  // esbuild works in its own process: started first, its JavaScript is ready by the time the
  // declarations, emitted here, are.
  const javascript = sources.map(([rel, text]) =>
    javascriptOf(rel, text).then(
      (code) => out.set(`${target(rel)}.js`, code),
      (error: Error) => problems.push(`${rel} ${error.message.split('\n')[0]}`),
    ),
  );
  for (const [rel, text] of sources) {
    const declaration = ts.transpileDeclaration(text, {
      compilerOptions: config.options,
      fileName: path.posix.join('/generated', rel),
      reportDiagnostics: true,
    });
    for (const d of declaration.diagnostics ?? []) {
      const line = d.file ? d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1 : 0;
      problems.push(`${rel}:${line} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    }
    out.set(`${target(rel)}.d.ts`, declaration.outputText);
  }
  await Promise.all(javascript);
  if (problems.length > 0) {
    throw new GenerateError('COMPILE_FAILED', 'generated/src', problems.slice(0, 5).join(' | '));
  }
  // Insertion order followed the two tools' finishing order; the caller's map is sorted by path.
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * esbuild's JavaScript for one module. Its printer drops `//` comments, so the shebang and the
 * "Generated … Do not edit" banner at the top of the source are carried over by hand.
 */
async function javascriptOf(rel: string, text: string): Promise<string> {
  const shebang = /^#!.*\n/.exec(text)?.[0] ?? '';
  const banner = /^(?:\/\/.*\n)+/.exec(text.slice(shebang.length))?.[0] ?? '';
  const { code } = await transform(text.slice(shebang.length), {
    loader: 'ts',
    format: 'esm',
    target: 'es2022',
    sourcefile: rel,
    // Type-only imports go; every other import stays, in order, as tsc would keep it.
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: false } },
  });
  return `${shebang}${banner}${code}`;
}
