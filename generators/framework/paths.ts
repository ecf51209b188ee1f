import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const specEntry = path.join(repoRoot, 'spec/openapi.yaml');
export const generatedDir = path.join(repoRoot, 'generated');
export const templatesDir = path.join(repoRoot, 'templates');
