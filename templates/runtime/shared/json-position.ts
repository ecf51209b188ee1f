/**
 * Where JSON text first goes wrong, as a line and column, without quoting any of it: JSON.parse's
 * own messages quote the input (which may hold card numbers or keys) and give a position only for
 * some mistakes. A small RFC 8259 scanner that accepts exactly what JSON.parse accepts.
 */

/** 1-based line and column (in UTF-16 code units) of the first character that breaks the JSON. */
export interface JsonPosition {
  readonly line: number;
  readonly column: number;
  /** 0-based offset; `text.length` when the text ends too early. */
  readonly offset: number;
}

const MAX_DEPTH = 1000;

/** undefined when `text` is valid JSON, otherwise where the first mistake is. */
export function jsonErrorPosition(text: string): JsonPosition | undefined {
  const at = firstErrorOffset(text);
  if (at === undefined) return undefined;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column, offset: at };
}

function firstErrorOffset(text: string): number | undefined {
  let at = 0;
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at] as string)) at += 1;
  };
  // Each returns false with `at` on the offending character.
  const value = (depth: number): boolean => {
    space();
    const char = text[at];
    if (char === '{') return container(depth, '}', true);
    if (char === '[') return container(depth, ']', false);
    if (char === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return true;
      }
      if (char === word[0]) {
        // Point at the first letter that differs, as a reader would look for it.
        let i = 0;
        while (text[at + i] === word[i]) i += 1;
        at += i;
        return false;
      }
    }
    return number();
  };
  const container = (depth: number, close: string, members: boolean): boolean => {
    if (depth >= MAX_DEPTH) return false;
    at += 1;
    space();
    if (text[at] === close) {
      at += 1;
      return true;
    }
    for (;;) {
      if (members) {
        space();
        if (text[at] !== '"' || !string()) return false;
        space();
        if (text[at] !== ':') return false;
        at += 1;
      }
      if (!value(depth + 1)) return false;
      space();
      if (text[at] === ',') {
        at += 1;
        continue;
      }
      if (text[at] === close) {
        at += 1;
        return true;
      }
      return false;
    }
  };
  const string = (): boolean => {
    at += 1;
    while (at < text.length) {
      const code = text.charCodeAt(at);
      if (code === 0x22) {
        at += 1;
        return true;
      }
      if (code < 0x20) return false;
      if (code === 0x5c) {
        const escape = text[at + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) {
            at += 2;
            return false;
          }
          at += 6;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) {
          at += 2;
        } else {
          at += 1;
          return false;
        }
      } else {
        at += 1;
      }
    }
    return false;
  };
  const number = (): boolean => {
    const match = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
    match.lastIndex = at;
    const found = match.exec(text);
    if (found === null || found[0] === '-') return false;
    at += found[0].length;
    return true;
  };

  if (!value(0)) return at;
  space();
  return at === text.length ? undefined : at;
}
