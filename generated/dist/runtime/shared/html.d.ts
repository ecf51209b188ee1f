/**
 * The only place HTML text is produced from values: every attribute value and text node goes
 * through {@link escapeHtml}, which replaces all five of `& < > " '`. Escaping only `"` is not
 * enough: the browser decodes entities such as `&amp;` in attribute values before submitting, so
 * an unescaped `&amp;` would be sent as `&` and no longer match what was signed.
 */
/** Escapes text for an HTML attribute value or text node. */
export declare function escapeHtml(text: string): string;
/** Whether `value` reaches the server exactly as written when submitted from a hidden input. */
export declare function survivesFormSubmission(value: string): boolean;
/** Whether `nonce` can be used in a CSP `'nonce-…'` source. */
export declare function isCspNonce(nonce: string): boolean;
/** A form that posts hidden fields, as rendered into a page. */
export interface PostFormSpec {
    /** `id` of the form element (plain ASCII identifier). */
    readonly id: string;
    readonly action: string;
    /** Hidden inputs in document order; the browser submits them in this order. */
    readonly fields: readonly (readonly [name: string, value: string])[];
    /** Label of the submit button. */
    readonly submitLabel: string;
    /** The charset the browser submits the fields in (default UTF-8). */
    readonly acceptCharset?: string;
    /** Visible controls placed before the button, as HTML the caller escaped (a sandbox choice). */
    readonly controlsHtml?: string;
    /**
     * `'script'`: an inline script (with this nonce, when given) submits the form on load and the
     * button is shown only without JavaScript; `'button'`: no script, the visible button submits.
     */
    readonly submit: {
        readonly mode: 'script';
        readonly nonce?: string;
    } | {
        readonly mode: 'button';
    };
}
/** The `<form>` element (and its auto-submit script) for {@link PostFormSpec}. */
export declare function renderPostForm(form: PostFormSpec): string;
/** A complete UTF-8 HTML document. `bodyHtml` must already be escaped (built with these helpers). */
export declare function renderHtmlDocument(title: string, bodyHtml: string): string;
/** A `<dl>` listing name/value pairs, escaped. */
export declare function renderDefinitionList(id: string, entries: readonly (readonly [name: string, value: string])[]): string;
