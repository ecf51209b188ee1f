import { render } from '../framework/templates.js';
import { apiModel } from '../model/index.js';
import type { ExportingGenerator } from '../framework/types.js';

const lit = (value: unknown) => JSON.stringify(value);

/**
 * src/reports.ts: LianLian's report file formats (`x-lianlian-reports`) as a typed table bound to
 * the generated row validators, and the parse, open and reconcile entry points over it. The logic
 * lives in the runtime (templates/runtime/reports/).
 */
export const reports: ExportingGenerator = {
  name: 'reports',
  exports: ['reports'],
  async generate(spec) {
    const formats = apiModel(spec).reports.map((r) => ({
      id: r.id,
      schema: r.schemaName,
      title: r.title,
      fileNameExample: r.fileNameExample,
      idJson: lit(r.id),
      titleJson: lit(r.title),
      periodJson: lit(r.period),
      fileNameJson: lit(r.fileNamePattern),
      fileNameExampleJson: lit(r.fileNameExample),
      fileNameRowsJson: lit(r.fileNameRows),
      periodGroupJson: lit(r.fileNamePeriodGroup),
      separatorJson: lit(r.separator),
      headerJson: lit(r.header),
      encodingsJson: lit(r.encodings),
      columnsJson: lit(r.columns),
      columnNames: r.columns.map((c) => lit(c.name)),
      reconcileJson: r.reconcile === undefined ? undefined : lit(r.reconcile),
      totalsJson: r.totals === undefined ? undefined : lit(r.totals),
    }));
    // Unique validator imports: two formats may share a row schema.
    const seen = new Set<string>();
    const imports = formats.filter((f) => !seen.has(f.schema) && seen.add(f.schema));
    return [
      {
        path: 'src/reports.ts',
        contents: await render('reports/reports.ts.hbs', { reports: formats, imports }),
      },
    ];
  },
};
