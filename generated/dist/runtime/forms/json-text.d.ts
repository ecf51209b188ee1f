/** The fields of a risk_item: LianLian's documented ones and any industry section it assigned. */
export type RiskItemInput = Readonly<Record<string, string | undefined>>;
/**
 * Serialises risk-control fields (or any form field whose schema holds JSON text of strings,
 * `field`) as compact JSON in their insertion order, leaving out undefined fields.
 * @throws {BrowserFormError} `BROWSER_FORM_JSON_TEXT` when `fields` is not an object or a value is
 *   not a string (LianLian's risk fields are all text).
 */
export declare function serializeRiskItem(fields: RiskItemInput, field?: string): string;
