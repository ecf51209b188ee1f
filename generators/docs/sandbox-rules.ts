import { apiModel } from '../model/index.js';
import type { BundledSpec } from '../framework/types.js';
import {
  SANDBOX_BEHAVIOURS,
  SANDBOX_FORM_BEHAVIOURS,
} from '../../templates/runtime/sandbox/behaviours/index.js';
import {
  sandboxFormRuleRows,
  sandboxRuleRows,
  sandboxRulesMarkdown,
} from '../../templates/runtime/sandbox/rule-table.js';
import { DEFAULT_SANDBOX_RULES } from '../../templates/runtime/sandbox/rules.js';

/**
 * The sandbox's rules table (`<!-- docs:sandbox-rules -->`), from the rules the registered
 * behaviours declare and the pipeline's own, under the default settings: the same rows the
 * sandbox's index page shows.
 */
export function sandboxRulesMarkdownFor(spec: BundledSpec): string {
  const enveloped = new Set(
    apiModel(spec)
      .operations.filter((op) => op.envelope !== undefined)
      .map((op) => op.id),
  );
  return sandboxRulesMarkdown(
    sandboxRuleRows(SANDBOX_BEHAVIOURS, enveloped, DEFAULT_SANDBOX_RULES),
  );
}

/** The browser forms' rules table (`<!-- docs:sandbox-form-rules -->`), under the default settings. */
export function sandboxFormRulesMarkdown(): string {
  return sandboxRulesMarkdown(sandboxFormRuleRows(SANDBOX_FORM_BEHAVIOURS, DEFAULT_SANDBOX_RULES));
}
