import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Handlebars from 'handlebars';
import { templatesDir } from './paths.js';

const cache = new Map<string, HandlebarsTemplateDelegate>();

/** Renders templates/<name> with handlebars; templates hold the text, generators the logic. */
export async function render(name: string, context: object): Promise<string> {
  let template = cache.get(name);
  if (!template) {
    const source = await readFile(path.join(templatesDir, name), 'utf8');
    template = Handlebars.compile(source, { noEscape: true, strict: true });
    cache.set(name, template);
  }
  return template(context);
}
