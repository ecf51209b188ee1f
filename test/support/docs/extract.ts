import { jsonErrorPosition } from '../../../generated/src/runtime/shared/json-position.js';
import { SeedParseError } from '../seeds/errors.js';
import { closingBrace, curlBodyStart } from '../seeds/samples.js';
import { isMarkdownSeparator, markdownCells } from '../seeds/tables.js';
import { plainText, proseLine } from '../seeds/text.js';
import type { CurlSample, DocCodeBlock, DocTable, ExtractedDoc } from './types.js';

const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const URL = /https?:\/\/[^\s'"<>()\\`]+/g;

/**
 * An opening fence: three backticks and an info string without backticks. The pages indent
 * fences freely (a tab before a closing fence in instant-payment-apply-API.md), which GitBook
 * renders as fences, so indentation is not held against them; a line like
 * "  ```You can also …```" is inline code, not a fence.
 */
export function openingFence(line: string): string | undefined {
  const match = /^\s*```([^`]*)$/.exec(line);
  return match ? (match[1] ?? '').trim() : undefined;
}

export function isClosingFence(line: string): boolean {
  return line.trim() === '```';
}

/** Where a text that starts like JSON first breaks, without quoting more than one character. */
export function jsonProblem(text: string): string | undefined {
  const position = jsonErrorPosition(text);
  if (!position) return undefined;
  const char = text[position.offset];
  const found = char === undefined ? 'end of text' : JSON.stringify(char);
  return `line ${position.line}, column ${position.column}: unexpected ${found}`;
}

/** The URL and `-d '{…}'` body of a curl sample; undefined when it has no body to post. */
export function curlSample(text: string, where: string): CurlSample | undefined {
  const start = text.search(/\bcurl\s/);
  if (start < 0) return undefined;
  const url = /\bcurl\s+(?:-\S+\s+)*['"]?(https?:\/\/[^\s'"\\]+)/.exec(text.slice(start))?.[1];
  if (url === undefined) return undefined;
  let open: number;
  try {
    open = curlBodyStart(text, start, where);
  } catch (error) {
    if (error instanceof SeedParseError) return undefined;
    throw error;
  }
  const body = text.slice(open, closingBrace(text, open, where) + 1);
  const bodyError = jsonProblem(body);
  return { url, body, ...(bodyError === undefined ? {} : { bodyError }) };
}

interface Heading {
  level: number;
  text: string;
  /** The page's first heading: its title, left out of heading paths. */
  title: boolean;
}

function headingPath(stack: readonly Heading[]): string[] {
  return stack.filter((entry) => !entry.title).map((entry) => entry.text);
}

/**
 * Reads one docs page: its title, every Markdown table (heading path, lead sentence, header,
 * rows), every fenced code block (and whether it is JSON, and a curl sample's URL and body) and
 * every URL under an `Endpoint` heading. Line endings may be CRLF.
 */
export function extractDoc(file: string, text: string, listed: boolean): ExtractedDoc {
  const lines = text.split(/\r?\n/);
  const stack: Heading[] = [];
  const tables: DocTable[] = [];
  const codeBlocks: DocCodeBlock[] = [];
  const endpoints: string[] = [];
  let title = '';
  let lead = '';
  let inEndpoint = false;
  const addUrls = (textPart: string) => {
    if (!inEndpoint) return;
    for (const match of textPart.matchAll(URL))
      if (!endpoints.includes(match[0])) endpoints.push(match[0]);
  };

  for (let index = 0; index < lines.length;) {
    const line = lines[index] ?? '';
    const heading = HEADING.exec(line);
    if (heading) {
      const level = (heading[1] ?? '').length;
      const name = plainText(heading[2] ?? '');
      // The first heading is the title, whatever its level (some pages open with `##`).
      const isTitle = title === '' && name !== '';
      if (isTitle) title = name;
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
      stack.push({ level, text: name, title: isTitle });
      inEndpoint = /^endpoint$/i.test(name);
      lead = '';
      index++;
      continue;
    }
    const language = openingFence(line);
    if (language !== undefined) {
      let end = index + 1;
      while (end < lines.length && !isClosingFence(lines[end] ?? '')) end++;
      const body = lines.slice(index + 1, end).join('\n');
      const where = `${file}:${index + 1}`;
      const trimmed = body.trim();
      const problem = jsonProblem(trimmed);
      const curl = /^\s*curl\s/m.test(body) ? curlSample(body, where) : undefined;
      codeBlocks.push({
        index: codeBlocks.length,
        line: index + 1,
        heading: headingPath(stack),
        lead,
        language,
        text: body,
        json: problem === undefined,
        ...(problem !== undefined && /^[[{]/.test(trimmed) ? { jsonError: problem } : {}),
        ...(curl ? { curl } : {}),
      });
      addUrls(body);
      lead = '';
      index = end + 1;
      continue;
    }
    if (line.trim().startsWith('|') && isMarkdownSeparator(lines[index + 1] ?? '')) {
      const header = markdownCells(line);
      const rows: string[][] = [];
      let end = index + 2;
      for (; end < lines.length && (lines[end] ?? '').trim().startsWith('|'); end++) {
        rows.push(markdownCells(lines[end] ?? ''));
      }
      tables.push({
        index: tables.length,
        line: index + 1,
        heading: headingPath(stack),
        lead,
        header,
        rows,
      });
      lead = '';
      index = end;
      continue;
    }
    const prose = proseLine(line);
    if (prose !== '' && !/^(?:\*\*\*+|---+|___+)$/.test(prose)) {
      lead = prose;
      addUrls(line);
    }
    index++;
  }
  return { file, listed, title, endpoints, tables, codeBlocks };
}
