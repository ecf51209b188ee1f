/**
 * Turns the raw body of a notification into the fields that were signed, without changing any
 * value: form bodies are percent-decoded once (what the browser encoded), JSON bodies are read by
 * a parser that keeps every value's text exactly as received. `JSON.parse` would not do: it turns
 * `"money_order": 10.00` into 10 and loses the text that was signed.
 */
const FORM = 'application/x-www-form-urlencoded';
const MAX_DEPTH = 32;
/**
 * Parses a notification body by its content type: `application/x-www-form-urlencoded` as a form;
 * `text/json` (what LianLian sends), `application/json` and `+json` types as JSON; `text/plain`
 * or no type by its first character. A charset other than UTF-8 is refused. Never throws.
 */
export function parseNotificationBody(body, contentType) {
    try {
        return parse(body, contentType);
    }
    catch {
        return malformed('the body could not be read');
    }
}
function parse(body, contentType) {
    const type = mediaType(contentType);
    if (type === undefined)
        return refuse('the content type is not UTF-8 form or JSON');
    let text;
    if (typeof body === 'string') {
        text = body;
    }
    else if (body instanceof Uint8Array) {
        try {
            text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(body);
        }
        catch {
            return malformed('the body is not UTF-8');
        }
    }
    else {
        return malformed('the body must be a string or bytes');
    }
    const trimmed = text.replace(/^\uFEFF/, '');
    let format;
    if (type === 'form' || type === 'json') {
        format = type;
    }
    else {
        format = /^[\s]*\{/.test(trimmed) ? 'json' : 'form';
    }
    return format === 'json'
        ? parseNotificationJsonFields(trimmed)
        : parseNotificationFormFields(trimmed);
}
// undefined: refused; 'sniff': decide by content.
function mediaType(header) {
    if (header === undefined || header === null || header.trim() === '')
        return 'sniff';
    if (typeof header !== 'string')
        return undefined;
    const [rawType, ...parameters] = header.split(';');
    const type = (rawType ?? '').trim().toLowerCase();
    for (const parameter of parameters) {
        const [name, value] = parameter.split('=');
        if (name?.trim().toLowerCase() !== 'charset')
            continue;
        const charset = (value ?? '').trim().replace(/^"|"$/g, '').toLowerCase();
        if (charset !== 'utf-8' && charset !== 'utf8')
            return undefined;
    }
    if (type === FORM)
        return 'form';
    if (type === 'text/json' ||
        type === 'application/json' ||
        /^[a-z]+\/[a-z0-9.+-]*\+json$/.test(type)) {
        return 'json';
    }
    if (type === 'text/plain')
        return 'sniff';
    return undefined;
}
/** Form fields: `+` is a space and `%XX` a UTF-8 byte, as browsers encode them. */
export function parseNotificationFormFields(text) {
    const fields = {};
    for (const pair of text.split('&')) {
        if (pair === '')
            continue;
        const at = pair.indexOf('=');
        const rawName = at === -1 ? pair : pair.slice(0, at);
        const rawValue = at === -1 ? '' : pair.slice(at + 1);
        let name;
        let value;
        try {
            name = decodeURIComponent(rawName.replace(/\+/g, ' '));
            value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
        }
        catch {
            return malformed('the form has an invalid percent-encoding');
        }
        if (Object.hasOwn(fields, name))
            return malformed(`the form field "${safeName(name)}" appears more than once`);
        define(fields, name, value);
    }
    return { ok: true, format: 'form', fields };
}
/**
 * A JSON object's members as text: strings decoded, every other value (number, boolean, nested
 * object or array) as its exact source text; `null` members are left out (they are never signed).
 */
export function parseNotificationJsonFields(text) {
    const reader = new JsonReader(text);
    const result = reader.readTopObject();
    return typeof result === 'string'
        ? malformed(result)
        : { ok: true, format: 'json', fields: result };
}
class JsonReader {
    text;
    at = 0;
    constructor(text) {
        this.text = text;
    }
    readTopObject() {
        this.space();
        if (this.text[this.at] !== '{')
            return 'the body is not a JSON object';
        this.at += 1;
        const fields = {};
        this.space();
        if (this.text[this.at] === '}') {
            this.at += 1;
            return this.end(fields);
        }
        for (;;) {
            this.space();
            if (this.text[this.at] !== '"')
                return 'a JSON member name is not a string';
            const name = this.readString();
            if (name === undefined)
                return 'the body has an invalid JSON string';
            this.space();
            if (this.text[this.at] !== ':')
                return 'the body is not valid JSON';
            this.at += 1;
            this.space();
            const value = this.readValue();
            if (value === undefined)
                return 'the body is not valid JSON';
            if (Object.hasOwn(fields, name))
                return `the JSON member "${safeName(name)}" appears more than once`;
            if (value !== null)
                define(fields, name, value);
            this.space();
            const next = this.text[this.at];
            this.at += 1;
            if (next === '}')
                return this.end(fields);
            if (next !== ',')
                return 'the body is not valid JSON';
        }
    }
    end(fields) {
        this.space();
        return this.at === this.text.length ? fields : 'the body has text after the JSON object';
    }
    space() {
        while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at]))
            this.at += 1;
    }
    /** A string member's decoded value, or undefined when it is not a valid JSON string. */
    readString() {
        const start = this.at;
        this.at += 1;
        while (this.at < this.text.length) {
            const char = this.text[this.at];
            if (char === '\\')
                this.at += 2;
            else if (char === '"') {
                this.at += 1;
                try {
                    return JSON.parse(this.text.slice(start, this.at));
                }
                catch {
                    return undefined;
                }
            }
            else
                this.at += 1;
        }
        return undefined;
    }
    /** The value's text (decoded for strings, verbatim otherwise); null for JSON null. */
    readValue() {
        const char = this.text[this.at];
        if (char === '"')
            return this.readString();
        if (char === '{' || char === '[')
            return this.readNested();
        const literal = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null/y;
        literal.lastIndex = this.at;
        const match = literal.exec(this.text);
        if (match === null)
            return undefined;
        this.at += match[0].length;
        return match[0] === 'null' ? null : match[0];
    }
    /** A nested object or array as its exact source text, checked to be valid JSON. */
    readNested() {
        const start = this.at;
        let depth = 0;
        while (this.at < this.text.length) {
            const char = this.text[this.at];
            if (char === '"') {
                if (this.readString() === undefined)
                    return undefined;
                continue;
            }
            this.at += 1;
            if (char === '{' || char === '[') {
                depth += 1;
                if (depth > MAX_DEPTH)
                    return undefined;
            }
            else if (char === '}' || char === ']') {
                depth -= 1;
                if (depth === 0) {
                    const source = this.text.slice(start, this.at);
                    try {
                        JSON.parse(source);
                    }
                    catch {
                        return undefined;
                    }
                    return source;
                }
            }
        }
        return undefined;
    }
}
// `__proto__` and friends become ordinary own fields, never a prototype change.
function define(target, name, value) {
    Object.defineProperty(target, name, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
    });
}
function safeName(name) {
    const printable = name.replace(/[^\x20-\x7e]/g, '?');
    return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable;
}
function malformed(detail) {
    return { ok: false, reason: 'malformed-body', detail };
}
function refuse(detail) {
    return { ok: false, reason: 'unsupported-content-type', detail };
}
