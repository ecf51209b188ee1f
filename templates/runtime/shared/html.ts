/**
 * The only place HTML text is produced from values: every attribute value and text node goes
 * through {@link escapeHtml}, which replaces all five of `& < > " '`. Escaping only `"` is not
 * enough: the browser decodes entities such as `&amp;` in attribute values before submitting, so
 * an unescaped `&amp;` would be sent as `&` and no longer match what was signed.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML attribute value or text node. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] as string);
}

/**
 * Characters a hidden input cannot carry unchanged: the HTML parser turns CR and CRLF into LF and
 * NUL into U+FFFD, and form submission rewrites every line break as CRLF.
 */
const NOT_ROUND_TRIPPED = /[\u0000-\u0008\u000a-\u001f\u007f]/;

/** Whether `value` reaches the server exactly as written when submitted from a hidden input. */
export function survivesFormSubmission(value: string): boolean {
  return !NOT_ROUND_TRIPPED.test(value);
}

/** A CSP nonce: base64 or base64url text, as `Content-Security-Policy: script-src 'nonce-…'` needs. */
const NONCE = /^[A-Za-z0-9+/_-]{8,}={0,2}$/;

/** Whether `nonce` can be used in a CSP `'nonce-…'` source. */
export function isCspNonce(nonce: string): boolean {
  return NONCE.test(nonce);
}

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
  readonly submit:
    { readonly mode: 'script'; readonly nonce?: string } | { readonly mode: 'button' };
}

/** The `<form>` element (and its auto-submit script) for {@link PostFormSpec}. */
export function renderPostForm(form: PostFormSpec): string {
  const inputs = form.fields
    .map(
      ([name, value]) =>
        `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
    )
    .join('\n');
  const button = `<button type="submit">${escapeHtml(form.submitLabel)}</button>`;
  const id = escapeHtml(form.id);
  const lines = [
    `<form id="${id}" method="post" action="${escapeHtml(form.action)}" accept-charset="${escapeHtml(form.acceptCharset ?? 'UTF-8')}">`,
    inputs,
    ...(form.controlsHtml === undefined ? [] : [form.controlsHtml]),
    form.submit.mode === 'script' ? `<noscript>${button}</noscript>` : button,
    '</form>',
  ];
  if (form.submit.mode === 'script') {
    const nonce =
      form.submit.nonce === undefined ? '' : ` nonce="${escapeHtml(form.submit.nonce)}"`;
    lines.push(
      `<script${nonce}>document.getElementById(${JSON.stringify(form.id)}).submit();</script>`,
    );
  }
  return lines.join('\n');
}

/** A complete UTF-8 HTML document. `bodyHtml` must already be escaped (built with these helpers). */
export function renderHtmlDocument(title: string, bodyHtml: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="UTF-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    '<body>',
    bodyHtml,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A `<dl>` listing name/value pairs, escaped. */
export function renderDefinitionList(
  id: string,
  entries: readonly (readonly [name: string, value: string])[],
): string {
  const rows = entries
    .map(
      ([name, value]) =>
        `<dt>${escapeHtml(name)}</dt><dd data-field="${escapeHtml(name)}">${escapeHtml(value)}</dd>`,
    )
    .join('\n');
  return `<dl id="${escapeHtml(id)}">\n${rows}\n</dl>`;
}
