// Every field map that has a given sign source: the ways to cut the string at `&` into
// `name=value` pieces (each split at its first `=`) whose names are `[A-Za-z0-9_]+` in strictly
// ascending byte order, with non-empty values, none named `sign`. Maps that differ only by fields
// with empty values share a sign source too; those are the same message (LianLian drops empty
// values), so they are left out. A depth-first search, pruned at each piece, stays small where
// enumerating every subset of `&` would not.

const NAME_CHAR = /[A-Za-z0-9_]/;

export type FieldMap = Record<string, string>;

/** Every field map whose sign source is `source`. */
export function resplits(source: string): FieldMap[] {
  const out: FieldMap[] = [];
  const walk = (at: number, previous: string | undefined, pairs: [string, string][]) => {
    let eq = at;
    while (eq < source.length && NAME_CHAR.test(source[eq] as string)) eq += 1;
    if (eq === at || source[eq] !== '=') return;
    const key = source.slice(at, eq);
    if (key === 'sign' || (previous !== undefined && !(previous < key))) return;
    const valueStart = eq + 1;
    for (
      let end = source.indexOf('&', valueStart + 1);
      end !== -1;
      end = source.indexOf('&', end + 1)
    ) {
      walk(end + 1, key, [...pairs, [key, source.slice(valueStart, end)]]);
    }
    if (valueStart < source.length) {
      out.push(Object.fromEntries([...pairs, [key, source.slice(valueStart)]]));
    }
  };
  if (source !== '') walk(0, undefined, []);
  return out;
}

/** The sign source as LianLian builds it, without any refusal: what an attacker can get signed. */
export function rawSignSource(map: Readonly<Record<string, string>>): string {
  return Object.keys(map)
    .filter((k) => k !== 'sign' && map[k] !== '')
    .sort()
    .map((k) => `${k}=${map[k]}`)
    .join('&');
}

/** The map without its empty values: the message a sign source stands for. */
export function withoutEmpty(map: Readonly<Record<string, string>>): FieldMap {
  return Object.fromEntries(Object.entries(map).filter(([k, v]) => v !== '' && k !== 'sign'));
}

/** The strict rule's oracle, written independently of the runtime: no value holds `&name=`. */
export function isStrictClean(map: Readonly<Record<string, string>>): boolean {
  return Object.values(map).every((v) => !/&[A-Za-z0-9_]+=/.test(v));
}
