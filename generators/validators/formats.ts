/**
 * Regular expressions for the `format` values the spec uses, built from the grammars that define
 * them. Only formats listed here are accepted; any other makes generation fail.
 */

// RFC 3986 appendix A, piece by piece.
const hex = '[0-9A-Fa-f]';
const pct = `%${hex}{2}`;
const unreserved = 'A-Za-z0-9\\-._~';
const subDelims = "!$&'()*+,;=";
const pchar = `(?:[${unreserved}${subDelims}:@]|${pct})`;
const scheme = '[A-Za-z][A-Za-z0-9+\\-.]*';
const userinfo = `(?:[${unreserved}${subDelims}:]|${pct})*`;
const decOctet = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const ipv4 = `${decOctet}(?:\\.${decOctet}){3}`;
const h16 = `${hex}{1,4}`;
const ls32 = `(?:${h16}:${h16}|${ipv4})`;
const ipv6 = [
  `(?:${h16}:){6}${ls32}`,
  `::(?:${h16}:){5}${ls32}`,
  `(?:${h16})?::(?:${h16}:){4}${ls32}`,
  `(?:(?:${h16}:){0,1}${h16})?::(?:${h16}:){3}${ls32}`,
  `(?:(?:${h16}:){0,2}${h16})?::(?:${h16}:){2}${ls32}`,
  `(?:(?:${h16}:){0,3}${h16})?::${h16}:${ls32}`,
  `(?:(?:${h16}:){0,4}${h16})?::${ls32}`,
  `(?:(?:${h16}:){0,5}${h16})?::${h16}`,
  `(?:(?:${h16}:){0,6}${h16})?::`,
]
  .map((alt) => `(?:${alt})`)
  .join('|');
const ipvFuture = `[vV]${hex}+\\.[${unreserved}${subDelims}:]+`;
const host = `(?:\\[(?:${ipv6}|${ipvFuture})\\]|(?:[${unreserved}${subDelims}]|${pct})*)`;
const authority = `(?:${userinfo}@)?${host}(?::[0-9]*)?`;
const segment = `${pchar}*`;
const segmentNz = `${pchar}+`;
const hierPart = `(?://${authority}(?:/${segment})*|/(?:${segmentNz}(?:/${segment})*)?|${segmentNz}(?:/${segment})*|)`;
const queryOrFragment = `(?:${pchar}|[/?])*`;

/** RFC 3986 `URI`: a scheme, then hier-part, query and fragment (no relative references). */
const URI = `^${scheme}:${hierPart}(?:\\?${queryOrFragment})?(?:#${queryOrFragment})?$`;

export interface Format {
  source: string;
  phrase: string;
}

export const FORMATS: Readonly<Record<string, Format>> = {
  uri: { source: URI, phrase: 'must be an absolute URI (RFC 3986)' },
};
