/**
 * A signed message carried as the JSON text of one query parameter (`GET {url}?res_data={json}`,
 * the synchronous notification of a browser redirect). LianLian's page prints the JSON raw in the
 * URL, so a value may hold a raw `&`, `+` or `?`; the reader therefore does not split the query on
 * `&` blindly: the parameter's value runs to the end of its one JSON object, found by scanning the
 * JSON's structure. Percent escapes are decoded exactly once and `+` stays `+` (a base64 sign is
 * full of them; reading it as a space would change the signed text). Two parameters of that name
 * are refused: which copy counts is exactly what an attacker would exploit.
 */
import { type ParsedSignedBody } from './signed-body.js';
/**
 * Reads `parameter`'s JSON object from a URL, a path with its query (node's `request.url`) or a
 * bare query string. Never throws.
 */
export declare function parseSignedQueryJson(input: string, parameter: string): ParsedSignedBody;
