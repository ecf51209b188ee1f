/** One quotation of a docs page in an errata entry's "Doc words". */
export interface DocQuote {
  id: string;
  file: string;
  text: string;
}

/**
 * The quotations under each errata entry's `- Doc words:` list: items `  - <file>: \`words\``
 * (every code span on the line is a quotation) or `  - <file> (note):` followed by a fenced block
 * indented four spaces (for words that hold backticks or span lines; a fence of four backticks
 * holds words with three).
 */
export function docQuotes(sections: ReadonlyMap<string, string>): DocQuote[] {
  const quotes: DocQuote[] = [];
  for (const [id, section] of sections) {
    const lines = section.split('\n');
    const start = lines.findIndex((line) => /^- Doc words:/.test(line));
    if (start < 0) continue;
    for (let i = start + 1; i < lines.length && !/^- /.test(lines[i] ?? ''); i++) {
      const item = /^ {2}- ([^\s:]+\.md)(?: \([^)]*\))?:\s*(.*)$/.exec(lines[i] ?? '');
      if (!item) continue;
      const file = item[1] ?? '';
      const rest = item[2] ?? '';
      if (rest !== '') {
        for (const span of rest.matchAll(/`([^`]+)`/g))
          quotes.push({ id, file, text: span[1] ?? '' });
        continue;
      }
      // A fence of three or more backticks, closed by the same fence (longer fences hold ```).
      const fence = (lines[i + 1] ?? '').trim();
      if (!/^`{3,}$/.test(fence)) continue;
      const body: string[] = [];
      let j = i + 2;
      for (; j < lines.length && (lines[j] ?? '').trim() !== fence; j++) {
        body.push((lines[j] ?? '').replace(/^ {4}/, ''));
      }
      quotes.push({ id, file, text: body.join('\n') });
      i = j;
    }
  }
  return quotes;
}

/**
 * Quotations that are not substrings of the page they name (`read` gives a page's text, with
 * CRLF line endings read as LF so a quotation spanning lines can match; undefined when there is
 * no such page).
 */
export function quoteProblems(
  quotes: readonly DocQuote[],
  read: (file: string) => string | undefined,
): string[] {
  const problems: string[] = [];
  for (const quote of quotes) {
    const text = read(quote.file);
    if (text === undefined) problems.push(`${quote.id}: no docs page ${quote.file}`);
    else if (!text.replace(/\r\n/g, '\n').includes(quote.text)) {
      problems.push(`${quote.id}: ${quote.file} does not contain ${JSON.stringify(quote.text)}`);
    }
  }
  return problems;
}
