/**
 * Why does a signature not verify? `diagnoseSignature` takes a message as the merchant has it
 * (JSON, form-encoded, a raw HTTP request dump, or a parsed object) and the keys, and returns
 * `valid`, or the causes that explain the failure, most likely first, each proven: the signature
 * verifies (`crypto.verify`) after exactly the stated changes. When nothing explains it, it
 * shows the sign source character by character and what the signature itself reveals.
 *
 * How it stays cheap: each signature candidate is opened once per key with the RSA public
 * operation, which yields the digest algorithm and the digest that was signed (PKCS#1 v1.5
 * DigestInfo). Every changed sign source then costs one hash, compared with that digest; only a
 * match is confirmed with a full `crypto.verify`. Work is bounded: at most
 * {@link DIAGNOSE_MAX_RECOMPUTATIONS} hashes of candidate sign sources (each field yields at most
 * nine candidates), and {@link DIAGNOSE_MAX_PUBLIC_KEYS} keys: with at most four readings of `sign` (as received and three repairs), at most 32 openings plus the one
 * confirming verification, 33 RSA operations (request mode, with its key probe, needs at most 11).
 * Messages are at most {@link DIAGNOSE_MAX_MESSAGE_BYTES} long with at most
 * {@link DIAGNOSE_MAX_MESSAGE_FIELDS} fields, so each recomputation is bounded too, and every
 * field of a message within those limits is tried.
 *
 * Nothing returned contains key material; values shown are masked (digit runs of card, ID and
 * phone numbers down to their last four), `sign` is never shown.
 */
import {
  constants,
  createHash,
  createPublicKey,
  publicDecrypt,
  sign as rsaSign,
  verify as rsaVerify,
  type KeyObject,
} from 'node:crypto';
import {
  cause,
  DIAGNOSE_CAUSE_KINDS,
  fieldCandidates,
  receivedCandidate,
  receivedFields,
  safeName,
  signatureCandidates,
  type DiagnoseCause,
  type FieldCandidate,
  type QueryContext,
  type SignatureCandidate,
} from './candidates.js';
import { DiagnoseError, readDiagnoseInput, type DiagnoseInput } from './input.js';
import { viewSignSource, type SignSourceView } from './view.js';
import { loadPrivateKey, loadPublicKey, type KeyInput } from '../crypto/keys.js';
import { containsFieldStart } from '../crypto/canonical.js';
import { parseSignType } from '../crypto/sign-type.js';
import { maskText } from '../shared/validation.js';

const FIELD_NAME = /^[A-Za-z0-9_]+$/;

export {
  DIAGNOSE_MAX_MESSAGE_BYTES,
  DIAGNOSE_MAX_MESSAGE_FIELDS,
  DiagnoseError,
  type DiagnoseErrorCode,
  type DiagnoseInput,
} from './input.js';
export { DIAGNOSE_CAUSE_KINDS, type DiagnoseCause, type DiagnoseCauseKind } from './candidates.js';
export type { SignSourceFieldView, SignSourceView } from './view.js';
export { formatDiagnosis } from './format.js';

/** Most candidate sign sources hashed and compared in one diagnosis. */
export const DIAGNOSE_MAX_RECOMPUTATIONS = 4096;
/** Most public keys one diagnosis accepts. */
export const DIAGNOSE_MAX_PUBLIC_KEYS = 8;

/** A request the merchant signed and LianLian answered `1001`. */
export interface DiagnoseRequestOptions {
  readonly mode: 'request';
  /** The merchant's private key. Its public half is derived; it never appears in the report. */
  readonly privateKey: KeyInput;
  /** The public key uploaded to LianLian, when it should be checked against the private key. */
  readonly publicKey?: KeyInput;
  /** The body's content type, overriding a dump's header (default: by the first character). */
  readonly contentType?: string;
}

/** A response or notification from LianLian that does not verify. */
export interface DiagnoseNotificationOptions {
  readonly mode: 'notification';
  /**
   * LianLian's public keys: the first is the one your verifier uses; further keys (after a
   * rotation) are tried as a cause.
   */
  readonly publicKeys: KeyInput | readonly KeyInput[];
  readonly contentType?: string;
}

export type DiagnoseOptions = DiagnoseRequestOptions | DiagnoseNotificationOptions;

/** How much work a diagnosis did. */
export interface DiagnoseWork {
  /** Candidate sign sources hashed and compared (at most {@link DIAGNOSE_MAX_RECOMPUTATIONS}). */
  readonly recomputations: number;
  /** RSA operations: signature openings, the key probe and the final verification. */
  readonly rsaOperations: number;
  /** Whether the bound stopped the search before every candidate was tried. */
  readonly exhausted: boolean;
}

/** The recomputation that proves the causes. */
export interface DiagnoseProof {
  /** Which key verifies: `LianLian key 2`, `the public half of your private key`, ... */
  readonly key: string;
  /** The algorithm that verifies: `MD5withRSA`, `SHA256withRSA`, ... */
  readonly algorithm: string;
  /** Every change made before `crypto.verify` accepted the signature. */
  readonly changes: readonly string[];
}

/**
 * What a diagnosis found. `ok` is the package's one result discriminant (as in `createVerifier`'s
 * result): `true` when the signature verifies as received; `status` tells the two failures apart.
 */
export type Diagnosis =
  | {
      readonly ok: true;
      readonly status: 'valid';
      readonly key: string;
      readonly algorithm: string;
      readonly work: DiagnoseWork;
    }
  | {
      readonly ok: false;
      readonly status: 'explained';
      /** Most likely first. */
      readonly causes: readonly DiagnoseCause[];
      readonly proof: DiagnoseProof;
      readonly work: DiagnoseWork;
    }
  | {
      readonly ok: false;
      readonly status: 'unexplained';
      /** What could be established anyway, e.g. which key the signature opens under. */
      readonly findings: readonly string[];
      /** The sign source of the message as received, masked. */
      readonly signSource: SignSourceView;
      readonly work: DiagnoseWork;
    };

interface CandidateKey {
  readonly key: KeyObject;
  readonly label: string;
  readonly causes: readonly DiagnoseCause[];
  readonly bits: number | undefined;
}

/** A signature candidate opened under a key: the algorithm and digest that were signed. */
interface Opening {
  readonly signature: SignatureCandidate;
  readonly key: CandidateKey;
  readonly algorithm: string;
  readonly digestName: string;
  readonly digest: Buffer;
}

// PKCS#1 v1.5 DigestInfo prefixes (RFC 8017 §9.2, note 1).
const DIGEST_INFO: readonly { algorithm: string; digest: string; prefix: Buffer }[] = [
  { algorithm: 'MD5withRSA', digest: 'md5', prefix: hex('3020300c06082a864886f70d020505000410') },
  {
    algorithm: 'SHA256withRSA',
    digest: 'sha256',
    prefix: hex('3031300d060960864801650304020105000420'),
  },
  { algorithm: 'SHA1withRSA', digest: 'sha1', prefix: hex('3021300906052b0e03021a05000414') },
  {
    algorithm: 'SHA384withRSA',
    digest: 'sha384',
    prefix: hex('3041300d060960864801650304020205000430'),
  },
  {
    algorithm: 'SHA512withRSA',
    digest: 'sha512',
    prefix: hex('3051300d060960864801650304020305000440'),
  },
];

const ALGORITHM_OF_SIGN_TYPE = { RSA: 'MD5withRSA', SHA256withRSA: 'SHA256withRSA' } as const;

const PROBE = Buffer.from('lianlian diagnose key probe', 'utf8');

/**
 * Explains why `message`'s signature does not verify, or says it is valid.
 * Bounded: at most {@link DIAGNOSE_MAX_RECOMPUTATIONS} recomputations (one hash of a candidate
 * sign source each) and at most 33 RSA operations, whatever the message.
 * @throws {DiagnoseError} when the message cannot be read or has no `sign`, or the options are
 *   unusable; {@link KeyFormatError} when a key cannot be loaded. Never for a bad signature.
 */
export function diagnoseSignature(message: DiagnoseInput, options: DiagnoseOptions): Diagnosis {
  const keys = loadKeys(options);
  const read = readDiagnoseInput(message, options.contentType);
  const context: QueryContext = { mode: options.mode, body: read.body, query: read.query };
  const received = receivedFields(context);
  const sign = received.sign;
  if (sign === undefined || sign === '') {
    throw new DiagnoseError('DIAGNOSE_NO_SIGN', 'the message has no sign to diagnose', 'sign');
  }
  let rsaOperations = keys.rsaOperations;
  const openings: Opening[] = [];
  const lengths = new Set<number>();
  for (const signature of signatureCandidates(sign)) {
    lengths.add(signature.bytes.length);
    for (const key of keys.list) {
      // A signature is as long as the modulus; other lengths cannot open under this key.
      if (signature.bytes.length * 8 !== key.bits) continue;
      rsaOperations += 1;
      const opened = open(signature, key);
      if (opened !== undefined) openings.push(opened);
    }
  }
  let recomputations = 0;
  let exhausted = false;
  search: for (const candidate of fieldCandidates(context)) {
    if (openings.length === 0) break;
    const source = Buffer.from(joinEntries(candidate.entries), 'utf8');
    const hashes = new Map<string, Buffer>();
    for (const opening of openings) {
      if (recomputations >= DIAGNOSE_MAX_RECOMPUTATIONS) {
        exhausted = true;
        break search;
      }
      let digest = hashes.get(opening.digestName);
      if (digest === undefined) {
        recomputations += 1;
        digest = createHash(opening.digestName).update(source).digest();
        hashes.set(opening.digestName, digest);
      }
      if (!digest.equals(opening.digest)) continue;
      // The proof: a full verification of the changed sign source. A refusal after a matching
      // digest would mean an odd encoding; the search then ends, keeping the RSA bound.
      rsaOperations += 1;
      if (!rsaVerify(opening.digestName, source, opening.key.key, opening.signature.bytes)) {
        break search;
      }
      return explain(opening, candidate, { recomputations, rsaOperations, exhausted });
    }
  }
  const work = { recomputations, rsaOperations, exhausted };
  const baseline = receivedCandidate(context);
  return {
    ok: false,
    status: 'unexplained',
    findings: findings(openings, keys, lengths, received.sign_type, work),
    signSource: viewSignSource(baseline.entries),
    work,
  };
}

function explain(opening: Opening, candidate: FieldCandidate, work: DiagnoseWork): Diagnosis {
  const causes: DiagnoseCause[] = [...opening.signature.causes, ...opening.key.causes];
  // The sign_type that was signed, which a candidate may have changed.
  const rawSignType = candidate.entries.find(([name]) => name === 'sign_type')?.[1];
  const declared = signTypeAlgorithm(rawSignType);
  if (opening.algorithm !== declared) {
    causes.push(
      cause(
        'sign-type-mismatch',
        'sign_type',
        `the signature was made with ${opening.algorithm} while ${describeSignType(rawSignType, declared)}`,
        `${opening.algorithm} as the algorithm instead of ${declared ?? 'none'}`,
      ),
    );
  }
  causes.push(...candidate.causes);
  // A genuine signature over a sign source with a second reading: every verifier refuses it.
  if (causes.length === 0) causes.push(...ambiguities(candidate));
  if (causes.length === 0) {
    return {
      ok: true,
      status: 'valid',
      key: opening.key.label,
      algorithm: opening.algorithm,
      work,
    };
  }
  causes.sort((a, b) => rank(a) - rank(b));
  return {
    ok: false,
    status: 'explained',
    causes,
    proof: {
      key: opening.key.label,
      algorithm: opening.algorithm,
      changes: causes.map((c) => c.change),
    },
    work,
  };
}

function findings(
  openings: readonly Opening[],
  keys: LoadedKeys,
  lengths: ReadonlySet<number>,
  rawSignType: string | undefined,
  work: DiagnoseWork,
): string[] {
  const out = [...keys.findings];
  const declared = signTypeAlgorithm(rawSignType);
  if (lengths.size === 0) {
    out.push(
      'sign is not standard base64, even after restoring "+", URL-decoding or removing line breaks',
    );
  } else if (openings.length === 0) {
    const sizes = [...new Set(keys.list.map((k) => (k.bits ?? 0) / 8))];
    const fits = [...lengths].some((n) => sizes.includes(n));
    out.push(
      fits
        ? `the signature does not open under ${keys.list.map((k) => k.label).join(' or ')}: it was made with another private key, or altered`
        : `sign decodes to ${[...lengths].join(' or ')} bytes while the key${keys.list.length > 1 ? 's need' : ' needs'} ${sizes.join(' or ')}: it was made with a key of another size, or cut`,
    );
  }
  for (const opening of openings) {
    out.push(
      `the signature opens under ${opening.key.label} with ${opening.algorithm}: it was made with that key, over a string that none of the ${work.recomputations} tried changes reproduces`,
    );
    if (opening.algorithm !== declared) {
      out.push(
        `the signature was made with ${opening.algorithm} while ${describeSignType(rawSignType, declared)}`,
      );
    }
  }
  if (work.exhausted) {
    out.push(`the search stopped at its bound of ${DIAGNOSE_MAX_RECOMPUTATIONS} recomputations`);
  }
  return out;
}

function describeSignType(raw: string | undefined, declared: string | undefined): string {
  if (raw === undefined || raw === '') return 'sign_type is missing';
  if (declared === undefined) return `sign_type ${maskText(raw, 'none')} names no known algorithm`;
  return `sign_type ${maskText(raw, 'none')} says ${declared}`;
}

function signTypeAlgorithm(raw: string | undefined): string | undefined {
  const type = parseSignType(raw);
  return type === undefined ? undefined : ALGORITHM_OF_SIGN_TYPE[type];
}

function open(signature: SignatureCandidate, key: CandidateKey): Opening | undefined {
  let block: Buffer;
  try {
    block = publicDecrypt({ key: key.key, padding: constants.RSA_PKCS1_PADDING }, signature.bytes);
  } catch {
    return undefined;
  }
  for (const info of DIGEST_INFO) {
    if (
      block.length > info.prefix.length &&
      block.subarray(0, info.prefix.length).equals(info.prefix)
    ) {
      return {
        signature,
        key,
        algorithm: info.algorithm,
        digestName: info.digest,
        digest: block.subarray(info.prefix.length),
      };
    }
  }
  return undefined;
}

interface LoadedKeys {
  readonly list: readonly CandidateKey[];
  readonly findings: readonly string[];
  readonly rsaOperations: number;
}

function loadKeys(options: DiagnoseOptions): LoadedKeys {
  if (typeof options !== 'object' || options === null) {
    throw new DiagnoseError('DIAGNOSE_OPTIONS', 'options must be an object');
  }
  if (options.mode === 'notification') {
    const inputs: readonly KeyInput[] = Array.isArray(options.publicKeys)
      ? options.publicKeys
      : [options.publicKeys as KeyInput];
    if (inputs.length === 0 || inputs.length > DIAGNOSE_MAX_PUBLIC_KEYS) {
      throw new DiagnoseError(
        'DIAGNOSE_KEYS',
        `give between 1 and ${DIAGNOSE_MAX_PUBLIC_KEYS} of LianLian's public keys`,
        'publicKeys',
      );
    }
    const list = inputs.map((input, index) =>
      candidateKey(
        loadPublicKey(input),
        `LianLian key ${index + 1}`,
        index === 0
          ? []
          : [
              cause(
                'other-key',
                undefined,
                `it verifies with LianLian key ${index + 1}, not with key 1 (key rotation): configure both keys`,
                `LianLian key ${index + 1} instead of key 1`,
              ),
            ],
      ),
    );
    return { list, findings: [], rsaOperations: 0 };
  }
  if (options.mode !== 'request') {
    throw new DiagnoseError('DIAGNOSE_OPTIONS', 'mode must be "request" or "notification"', 'mode');
  }
  const privateKey = loadPrivateKey(options.privateKey);
  const own = createPublicKey(privateKey);
  if (options.publicKey === undefined) {
    return {
      list: [candidateKey(own, 'the public half of your private key', [])],
      findings: [],
      rsaOperations: 0,
    };
  }
  const given = loadPublicKey(options.publicKey);
  // Proven, not compared: a probe signed with the private key must verify with the public key.
  const probe = rsaSign('sha256', PROBE, privateKey);
  if (rsaVerify('sha256', PROBE, given, probe)) {
    return { list: [candidateKey(given, 'your public key', [])], findings: [], rsaOperations: 2 };
  }
  const mismatch = cause(
    'key-mismatch',
    undefined,
    'your public key does not belong to this private key (a probe signed with the private key does not verify with it): upload the public half of the key you sign with',
    'the public half of your private key instead of the public key given',
  );
  return {
    list: [
      candidateKey(given, 'your public key', []),
      candidateKey(own, 'the public half of your private key', [mismatch]),
    ],
    findings: [mismatch.message],
    rsaOperations: 2,
  };
}

function candidateKey(key: KeyObject, label: string, causes: DiagnoseCause[]): CandidateKey {
  return { key, label, causes, bits: key.asymmetricKeyDetails?.modulusLength };
}

function joinEntries(entries: readonly (readonly [string, string])[]): string {
  let out = '';
  for (const [name, value] of entries) out += (out === '' ? '' : '&') + name + '=' + value;
  return out;
}

function rank(c: DiagnoseCause): number {
  return DIAGNOSE_CAUSE_KINDS.indexOf(c.kind);
}

function hex(text: string): Buffer {
  return Buffer.from(text, 'hex');
}

/**
 * The fields whose value holds `&name=` or whose name is not `[A-Za-z0-9_]+`: the signature may
 * be genuine, but the signed string then has more than one reading, so the package's verifiers
 * refuse the message (`ambiguous-sign-source` or `unsignable-params`) whatever the key says.
 */
function ambiguities(candidate: FieldCandidate): DiagnoseCause[] {
  const found: DiagnoseCause[] = [];
  for (const [name, value] of candidate.entries) {
    if (!FIELD_NAME.test(name)) {
      found.push(
        cause(
          'ambiguous-sign-source',
          safeName(name),
          `the signature is genuine, but the field name "${safeName(name)}" is not made of letters, digits and "_", so its signed string could be read as another message; verifiers refuse it`,
          'none: the signature verifies as received',
        ),
      );
    } else if (containsFieldStart(value)) {
      found.push(
        cause(
          'ambiguous-sign-source',
          name,
          `the signature is genuine, but the value of ${name} contains "&name=", so its signed string could be split into another message; verifiers refuse it (query the order instead of acting on it)`,
          'none: the signature verifies as received',
        ),
      );
    }
  }
  return found;
}
