// Reads the fenced code blocks of the Markdown guides, so tests can check what the guides claim.

export interface FencedBlock {
  info: string;
  text: string;
  /** The `## ` section the block is in ('' before the first). */
  section: string;
}

export function fencedBlocks(markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  let section = '';
  let open: { info: string; lines: string[] } | undefined;
  for (const line of markdown.split('\n')) {
    if (open) {
      if (line.startsWith('```')) {
        blocks.push({ info: open.info, text: open.lines.join('\n'), section });
        open = undefined;
      } else {
        open.lines.push(line);
      }
    } else if (line.startsWith('```')) {
      open = { info: line.slice(3).trim(), lines: [] };
    } else if (line.startsWith('## ')) {
      section = line.slice(3).trim();
    }
  }
  if (open) throw new Error('unterminated code fence');
  return blocks;
}
