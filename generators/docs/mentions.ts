const FENCE = /^(```|~~~)/;

/**
 * Turns each mention of a documented extension (`x-lianlian-return-codes`, with or without
 * backticks) into a link to the section that shows it. Fenced code and existing links are left
 * alone.
 */
export function linkMentions(markdown: string, targets: ReadonlyMap<string, string>): string {
  if (targets.size === 0) return markdown;
  const names = [...targets.keys()].map((n) => n.replace(/[-]/g, '\\-')).join('|');
  // Not preceded by `[` (already a link text) or a word character, not followed by more name.
  const mention = new RegExp(`(?<![\\[\\w-])(\`?)(${names})\\1(?![\\w-])`, 'g');
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (FENCE.test(line.trimStart())) {
        fenced = !fenced;
        return line;
      }
      if (fenced) return line;
      return line.replace(
        mention,
        (_match, tick: string, name: string) => `[${tick}${name}${tick}](${targets.get(name)})`,
      );
    })
    .join('\n');
}
