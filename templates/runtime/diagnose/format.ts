/** Plain-text rendering of a {@link Diagnosis}. */
import { safeName } from './candidates.js';
import type { Diagnosis } from './diagnose.js';

/**
 * The report of `diagnoseSignature` as plain text, one item per line: what `lianlian diagnose`
 * prints, and what a merchant's log may carry (it holds no key and masks what the report masks).
 */
export function formatDiagnosis(diagnosis: Diagnosis): string {
  const { work } = diagnosis;
  const effort =
    `${work.recomputations} recomputation${work.recomputations === 1 ? '' : 's'}, ` +
    `${work.rsaOperations} RSA operation${work.rsaOperations === 1 ? '' : 's'}`;
  if (diagnosis.status === 'valid') {
    return `valid: the signature verifies with ${diagnosis.key} (${diagnosis.algorithm}) (${effort})\n`;
  }
  const lines: string[] = [];
  if (diagnosis.status === 'explained') {
    const n = diagnosis.causes.length;
    lines.push(
      `invalid: ${n === 1 ? 'one cause explains' : `${n} causes together explain`} it (${effort})`,
    );
    diagnosis.causes.forEach((c, i) => {
      lines.push(`${i + 1}. [${c.kind}] ${c.message}`);
    });
    const { proof } = diagnosis;
    lines.push(
      `proof: crypto.verify with ${proof.key} and ${proof.algorithm} accepts the signature given: ${proof.changes.join('; ')}`,
    );
    return `${lines.join('\n')}\n`;
  }
  lines.push(`invalid: nothing explains it (${effort})`);
  for (const finding of diagnosis.findings) lines.push(`- ${finding}`);
  const view = diagnosis.signSource;
  lines.push(
    `sign source (${view.bytes} bytes; fields joined by "&" in this order; printable ASCII as is, other characters with [U+code point and UTF-8 bytes in hex]):`,
  );
  for (const field of view.fields) {
    const notes = field.notes.length === 0 ? '' : `    <- ${field.notes.join(', ')}`;
    lines.push(`  ${safeName(field.field)}=${field.shown}${notes}`);
  }
  return `${lines.join('\n')}\n`;
}
