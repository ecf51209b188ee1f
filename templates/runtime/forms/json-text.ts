/**
 * `risk_item`: a string whose content is a JSON object. It is serialised exactly once, and that
 * one text is both signed and put into the form, so the two can never differ.
 */
import { maskDigits } from '../shared/validation.js';
import { BrowserFormError } from './browser-form-errors.js';

/** The fields of a risk_item: LianLian's documented ones and any industry section it assigned. */
export type RiskItemInput = Readonly<Record<string, string | undefined>>;

/**
 * Serialises risk-control fields (or any form field whose schema holds JSON text of strings,
 * `field`) as compact JSON in their insertion order, leaving out undefined fields.
 * @throws {BrowserFormError} `BROWSER_FORM_JSON_TEXT` when `fields` is not an object or a value is
 *   not a string (LianLian's risk fields are all text).
 */
export function serializeRiskItem(fields: RiskItemInput, field = 'risk_item'): string {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    throw new BrowserFormError(
      'BROWSER_FORM_JSON_TEXT',
      `${field} must be an object of strings`,
      field,
    );
  }
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (typeof value !== 'string') {
      throw new BrowserFormError(
        'BROWSER_FORM_JSON_TEXT',
        `${field}.${maskDigits(key)} must be a string; LianLian's risk fields are text`,
        `${field}.${key}`,
      );
    }
    kept[key] = value;
  }
  return JSON.stringify(kept);
}
