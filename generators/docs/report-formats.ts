import { apiModel, deref, resolvePointer, type Json } from '../model/index.js';
import type { BundledSpec } from '../framework/types.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** What a column holds in words: its description, else the rule of the schema it refers to. */
function meaning(spec: BundledSpec, node: Json): string {
  const own = node as Json;
  const target = deref(spec, own.allOf?.[0] ?? own);
  const text = own.description ?? target.description ?? '';
  const rule = own['x-lianlian-rule'] ?? target['x-lianlian-rule'];
  return cell(rule ? `${text} (${rule})` : text);
}

/**
 * One section per report format of `x-lianlian-reports`: the file name, what it covers, and its
 * columns in file order with whether each is required and what it holds, so the guide never
 * restates the spec by hand.
 * @throws Error when the spec declares no report formats.
 */
export function reportFormatsMarkdown(spec: BundledSpec): string {
  const { reports } = apiModel(spec);
  if (reports.length === 0) throw new Error('the spec declares no x-lianlian-reports to document');
  return reports
    .map((report) => {
      const schema = deref(spec, resolvePointer(spec, report.schemaPointer) as Json);
      const required = new Set<string>(schema.required ?? []);
      const rows = report.columns.map((column, i) => {
        const printed = column.printed === column.name ? '' : ` (printed \`${column.printed}\`)`;
        const rest = column.rest ? ' Takes the rest of the line.' : '';
        return `| ${i + 1} | \`${column.name}\`${printed} | ${required.has(column.name) ? 'yes' : 'no'} | ${meaning(spec, schema.properties[column.name] as Json)}${rest} |`;
      });
      return [
        `### ${report.title}`,
        '',
        `File name like \`${report.fileNameExample}\`, one file per ${report.period}; columns separated by \`${report.separator}\`, ` +
          `header line ${report.header}, read as ${report.encodings.join(' or ')} line by line. Rows: \`${report.schemaName}\`.`,
        '',
        '| # | column | required | what it holds |',
        '| --- | --- | --- | --- |',
        ...rows,
      ].join('\n');
    })
    .join('\n\n');
}
