import { render } from '../framework/templates.js';
import type { Generator } from '../framework/types.js';

/**
 * src/lianlian.ts: the `lianlian` executable's entry, which hands the runtime CLI the generated
 * tables it needs (report formats). The CLI itself is runtime code (templates/runtime/cli/).
 */
export const cliEntry: Generator = {
  name: 'cli entry',
  async generate() {
    return [{ path: 'src/lianlian.ts', contents: await render('package/lianlian.ts.hbs', {}) }];
  },
};
