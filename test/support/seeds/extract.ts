import { SeedParseError } from './errors.js';
import { closingBrace, curlBodyStart } from './samples.js';
import { isMarkdownHeader, parseMarkdownTable, parsePlainTable } from './tables.js';
import { proseLine } from './text.js';
import type { ExtractedSeed, SeedSample, SeedSampleKind, SeedSection, SeedTable } from './types.js';

type Zone = 'request' | 'response' | 'sync-notification';

interface ScanState {
  zone?: Zone;
  section?: SeedSection;
  sampleZone?: Zone;
  awaitingEndpoint: boolean;
  lastProse: string;
}

/** Headings and lead-in sentences that say what the next table or sample is. */
function applyProse(state: ScanState, prose: string): void {
  if (/^Request$/i.test(prose)) state.zone = 'request';
  else if (/^Response$/i.test(prose)) state.zone = 'response';
  else if (/^Synchronous Notification$/i.test(prose)) state.zone = 'sync-notification';
  else if (/^Request Parameters$/i.test(prose)) state.section = 'request';
  else if (/^Parameters$/i.test(prose)) {
    state.section = state.zone === 'request' ? 'request' : state.zone;
  } else if (/returned only when ret_code\s*=\s*0000/i.test(prose))
    state.section = 'response-success';
  else if (/returned only when result_pay\s*=\s*SUCCESS/i.test(prose))
    state.section = 'response-paid';
  else if (/^Sample Request$/i.test(prose)) state.sampleZone = 'request';
  else if (/^Sample Response$/i.test(prose)) state.sampleZone = 'response';
  else if (/^Sample Synchronous Notification$/i.test(prose)) state.sampleZone = 'sync-notification';

  // The endpoint is the first bare URL under the Endpoint heading, before any table (004 has none).
  if (/^Endpoint$/i.test(prose)) state.awaitingEndpoint = true;
  else if (/^https?:\/\/\S+$/.test(prose) || state.section !== undefined) {
    state.awaitingEndpoint = false;
  }
  state.lastProse = prose;
}

function sampleKind(state: ScanState, viaCurl: boolean, where: string): SeedSampleKind {
  switch (state.sampleZone) {
    case 'response':
      return 'response';
    case 'sync-notification':
      return 'sync-notification';
    case 'request':
      if (viaCurl)
        return /encrypted request/i.test(state.lastProse) ? 'envelope-request' : 'request';
      return /before being encrypted/i.test(state.lastProse) ? 'plaintext-request' : 'request';
    default:
      throw new SeedParseError(
        'SAMPLE_WITHOUT_CONTEXT',
        where,
        'JSON sample outside a sample heading',
      );
  }
}

function lineStarts(lines: readonly string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let index = 0;
  while (index + 1 < starts.length && (starts[index + 1] ?? Infinity) <= offset) index++;
  return index;
}

/** Parses one seed document: title, endpoint, parameter tables by section, and raw samples. */
export function extractSeed(file: string, text: string): ExtractedSeed {
  const lines = text.split('\n');
  const title = (lines[0] ?? '').replace(/^#\s+/, '').trim();
  if (title === '') throw new SeedParseError('MISSING_TITLE', `${file}:1`, 'first line is empty');

  const starts = lineStarts(lines);
  const state: ScanState = { awaitingEndpoint: false, lastProse: '' };
  const tables: SeedTable[] = [];
  const samples: SeedSample[] = [];
  let endpoint: string | undefined;

  const takeTable = (index: number, rows: SeedTable['rows']): void => {
    if (!state.section) {
      throw new SeedParseError(
        'TABLE_WITHOUT_SECTION',
        `${file}:${index + 1}`,
        'no heading names this table',
      );
    }
    tables.push({ section: state.section, rows });
    state.section = undefined;
  };
  const takeSample = (index: number, open: number, viaCurl: boolean): number => {
    const where = `${file}:${index + 1}`;
    const close = closingBrace(text, open, where);
    samples.push({ kind: sampleKind(state, viaCurl, where), raw: text.slice(open, close + 1) });
    return lineOf(starts, close) + 1;
  };

  for (let index = 1; index < lines.length;) {
    const line = lines[index] ?? '';
    const trimmed = line.trim();
    if (isMarkdownHeader(line)) {
      const table = parseMarkdownTable(lines, index, file);
      takeTable(index, table.rows);
      index = table.next;
      continue;
    }
    const plain = trimmed === 'Name' ? parsePlainTable(lines, index, file) : undefined;
    if (plain) {
      takeTable(index, plain.rows);
      index = plain.next;
      continue;
    }
    const lineStart = starts[index] ?? 0;
    if (trimmed.startsWith('curl ')) {
      index = takeSample(index, curlBodyStart(text, lineStart, `${file}:${index + 1}`), true);
      continue;
    }
    if (trimmed.startsWith('{')) {
      index = takeSample(index, lineStart + line.indexOf('{'), false);
      continue;
    }
    const prose = trimmed.startsWith('```') ? '' : proseLine(line);
    if (prose !== '') {
      const awaitingEndpoint = state.awaitingEndpoint;
      applyProse(state, prose);
      if (awaitingEndpoint && /^https?:\/\/\S+$/.test(prose)) endpoint ??= prose;
    }
    index++;
  }
  return { file, title, ...(endpoint === undefined ? {} : { endpoint }), tables, samples };
}
