/**
 * Verification of LianLian's notifications (the asynchronous JSON POST to notify_url, the
 * synchronous form POST to url_return and the synchronous `?res_data={json}` query): parse the raw body exactly as received, verify the
 * signature over every received field except `sign`, then validate the fields against the
 * notification's schema. The algorithm comes from configuration (the spec's sign types by default),
 * never from the message. Never throws because of the body; a refusal always says why.
 */
import type { NotificationCorrelation } from '../shared/correlation.js';
import { LianLianError } from '../shared/errors.js';
import type { KeyInput } from '../crypto/keys.js';
import { parseSignedBody } from '../shared/signed-body.js';
import { parseSignedQueryJson } from '../shared/signed-query.js';
import { byteLimitOption } from '../shared/response-body.js';
import type { SignType } from '../crypto/sign-type.js';
import { maskDigits, type ValidationIssue, type ValidationResult } from '../shared/validation.js';
import { createUtf8Verifier, type VerifyFailureReason } from '../crypto/verify.js';

/** What the spec says about one notification (emitted by the generator per webhook). */
export interface NotificationDefinition<T> {
  /** Which fields tie the notification to the merchant's order (`x-lianlian-correlation`). */
  readonly correlation: NotificationCorrelation;
  /** The webhook's name, e.g. `webPaymentNotify`. */
  readonly name: string;
  /** The component schema of the notification, e.g. `WebPaymentNotification`. */
  readonly schema: string;
  /** `sign_type` values the spec allows on this notification. */
  readonly signTypes: readonly string[];
  /** The generated validator of the schema. */
  readonly validate: (value: unknown) => ValidationResult<T>;
  /**
   * The query parameter carrying the notification as JSON text (`GET {url_return}?res_data={json}`):
   * the verifier then takes the raw URL or query string instead of a body.
   */
  readonly queryParameter?: string;
}

/** Options of {@link createNotificationVerifier}. */
export interface NotificationVerifierOptions {
  /** LianLian's public key, or several during a key rotation. */
  readonly publicKeys: KeyInput | readonly KeyInput[];
  /** Signature types accepted; defaults to the spec's for this notification. */
  readonly allowedSignTypes?: readonly (SignType | string)[];
  /** Largest body accepted, in bytes (default 64 KiB). */
  readonly maxBodyBytes?: number;
}

/** Why a notification was refused. */
export type NotificationRefusal =
  | 'body-too-large'
  | 'unsupported-content-type'
  | 'malformed-body'
  | VerifyFailureReason
  | 'invalid-fields'
  | 'internal-error';

/** A verified, valid notification. */
export interface AcceptedNotification<T> {
  readonly ok: true;
  /** The notification, typed by its schema; every received field is kept. */
  readonly notification: T;
  /** Every received field as the text that was signed. */
  readonly fields: Readonly<Record<string, string>>;
  readonly format: 'form' | 'json';
  readonly signature: { readonly signType: SignType; readonly keyIndex: number };
}

/** A refused notification. `detail` names rules and fields, never received values. */
export interface RefusedNotification {
  readonly ok: false;
  readonly reason: NotificationRefusal;
  readonly detail: string;
  /** Schema issues (values masked) when `reason` is `invalid-fields`. */
  readonly issues: readonly ValidationIssue[];
}

export type NotificationResult<T> = AcceptedNotification<T> | RefusedNotification;

/** Verifies one raw notification body. */
export type NotificationVerifier<T> = (
  body: string | Uint8Array,
  contentType?: string | null,
) => NotificationResult<T>;

/** Default body limit: LianLian's notifications are well under 2 KiB. */
export const DEFAULT_NOTIFICATION_BODY_LIMIT: number = 64 * 1024;

/**
 * Loads the keys once and returns a verifier for one kind of notification.
 * @throws {KeyFormatError} or {@link ConfigurationError} for unusable keys, sign types or
 *   `maxBodyBytes` (at creation only; the returned function never throws).
 */
export function createNotificationVerifier<T>(
  definition: NotificationDefinition<T>,
  options: NotificationVerifierOptions,
): NotificationVerifier<T> {
  const verifySignature = createUtf8Verifier({
    publicKeys: options.publicKeys,
    allowedSignTypes: options.allowedSignTypes ?? definition.signTypes,
  });
  const limit = byteLimitOption(
    options.maxBodyBytes,
    DEFAULT_NOTIFICATION_BODY_LIMIT,
    'maxBodyBytes',
  );
  const tooLarge = () => refuse('body-too-large', `the body is larger than ${limit} bytes`);
  return (body, contentType) => {
    try {
      // Checked before any parsing. A string has at least as many UTF-8 bytes as code units, so
      // a long one is refused without being measured.
      if (typeof body === 'string' && body.length > limit) return tooLarge();
      const size = typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body?.byteLength;
      if (typeof size !== 'number')
        return refuse('malformed-body', 'the body must be a string or bytes');
      if (size > limit) return tooLarge();
      const parsed =
        definition.queryParameter === undefined
          ? parseSignedBody(body, contentType)
          : parseSignedQueryJson(utf8(body), definition.queryParameter);
      if (!parsed.ok) return refuse(parsed.reason, parsed.detail);
      const signature = verifySignature(parsed.fields);
      if (!signature.ok) return refuse(signature.reason, signature.detail);
      const checked = definition.validate(parsed.fields);
      if (!checked.ok) {
        const shown = checked.issues.slice(0, 3).map((issue) => issue.message);
        return {
          ok: false,
          reason: 'invalid-fields',
          detail: `the signed ${definition.schema} does not match its schema: ${shown.join('; ')}`,
          issues: checked.issues,
        };
      }
      return {
        ok: true,
        notification: checked.value,
        fields: parsed.fields,
        format: parsed.format,
        signature: { signType: signature.signType, keyIndex: signature.keyIndex },
      };
    } catch (error) {
      // A validator or key bug must not turn a notification into an exception.
      const code = error instanceof LianLianError ? ` (${error.code})` : '';
      return refuse('internal-error', `the notification could not be checked${code}`);
    }
  };
}

// A URL given as bytes: not UTF-8 decodes to U+FFFD, which no genuine signature covers.
const utf8 = (input: string | Uint8Array): string =>
  typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);

function refuse(reason: NotificationRefusal, detail: string): RefusedNotification {
  // Details quote received field names, which may be card or phone numbers.
  return { ok: false, reason, detail: maskDigits(detail), issues: [] };
}
