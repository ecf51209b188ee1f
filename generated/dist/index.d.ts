export type { paths, webhooks, components, operations } from './types.js';
export * from './signing-fields.js';
export * from './return-codes.js';
export * from './validators.js';
export * from './clients.js';
export * from './forms.js';
export * from './notifications.js';
export * from './sandbox-catalogue.js';
export * from './reports.js';
export * from './redirects.js';
export * from './runtime/shared/errors.js';
export * from './runtime/crypto/canonical.js';
export * from './runtime/crypto/keys.js';
export * from './runtime/crypto/sign-type.js';
export { signParams, signString, type SignOptions, type SignStringOptions, type Signed, } from './runtime/crypto/sign.js';
export { createVerifier, verifyParams, type ClosedSignMessage, type Verifier, type VerifyFailureReason, type VerifyOptions, type VerifyResult, } from './runtime/crypto/verify.js';
export * from './runtime/crypto/envelope.js';
export * from './runtime/diagnose/diagnose.js';
export { ValidationError, assertValid, type MaskKind, type ValidationFailure, type ValidationIssue, type ValidationResult, type ValidationSuccess, } from './runtime/shared/validation.js';
export type { CallOptions, ClientResult, LianLianClientOptions, RequestParams } from './runtime/client/client.js';
export * from './runtime/client/errors.js';
export * from './runtime/forms/browser-form-errors.js';
export { MAX_CLOCK_SKEW_MINUTES, formatChinaDate, formatChinaTime, parseChinaTime, } from './runtime/shared/china-time.js';
export { toUserreqIp, type BrowserForm, type BrowserFormOptions, type WebPaymentForm, type WebPaymentFormOptions, } from './runtime/forms/browser-form.js';
export { escapeHtml } from './runtime/shared/html.js';
export type { CorrelationField, CorrelationMatch, NotificationCorrelation, } from './runtime/shared/correlation.js';
export * from './runtime/notifications/order.js';
export type { ReportColumn, ReportEncoding, ReportFileName, ReportFormat } from './runtime/reports/format.js';
export { DEFAULT_MAX_REPORT_LINE_BYTES, type ReportLine, type ReportLineFailure, type ReportParseOptions, type ReportRowLine, } from './runtime/reports/parse.js';
export type { MerchantTransaction, ReconcileDifference, ReconcileOptions, ReconcileTotals, Reconciliation, ReportedTransaction, } from './runtime/reports/reconcile.js';
export type { ReportSource } from './runtime/reports/source.js';
export * from './runtime/notifications/store.js';
export { DEFAULT_CALLBACK_TIMEOUT_MS, DEFAULT_CLAIM_LEASE_MS, NOTIFICATION_ACK, RequestBodyTooLargeError, type NotificationHandlerOptions, type NotificationRequestHandler, } from './runtime/notifications/handler.js';
export type { AcceptedNotification, NotificationRefusal, NotificationResult, NotificationVerifierOptions, RefusedNotification, } from './runtime/notifications/verify.js';
export type { Sandbox, SandboxMerchant, SandboxOptions, SandboxMerchantAccount, SandboxPayoutRegistration, SandboxTokenOrder, } from './runtime/sandbox/sandbox.js';
import type { Sandbox, SandboxOptions } from './runtime/sandbox/sandbox.js';
/**
 * Starts a local LianLian sandbox; resolves once it listens. The sandbox's sixty modules load on
 * the first call rather than with the package, which most consumers import without ever starting
 * one (a dynamic import: no top-level await, so `require` still loads the package).
 */
export declare function startSandbox(options: SandboxOptions): Promise<Sandbox>;
