export * from './signing-fields.js';
export * from './return-codes.js';
export * from './validators.js';
export * from './clients.js';
export * from './forms.js';
export * from './notifications.js';
export * from './sandbox-catalogue.js';
export * from './reports.js';
// The runtime's public surface. Pipeline internals (client middleware and transport, sandbox
// handlers, notification parsing, HTML rendering, validator helpers) are left out on purpose.
export * from './runtime/shared/errors.js';
export * from './runtime/crypto/canonical.js';
export * from './runtime/crypto/keys.js';
export * from './runtime/crypto/sign-type.js';
export * from './runtime/crypto/sign.js';
export * from './runtime/crypto/verify.js';
export * from './runtime/crypto/envelope.js';
export * from './runtime/diagnose/diagnose.js';
export { ValidationError, assertValid, } from './runtime/shared/validation.js';
export * from './runtime/client/errors.js';
export * from './runtime/forms/web-payment-errors.js';
export { MAX_CLOCK_SKEW_MINUTES, formatChinaDate, formatChinaTime, parseChinaTime, } from './runtime/shared/china-time.js';
export { toUserreqIp, } from './runtime/forms/web-payment.js';
export { escapeHtml } from './runtime/shared/html.js';
export * from './runtime/notifications/order.js';
export { DEFAULT_MAX_REPORT_LINE_BYTES, } from './runtime/reports/parse.js';
export * from './runtime/notifications/store.js';
export { DEFAULT_CALLBACK_TIMEOUT_MS, DEFAULT_CLAIM_LEASE_MS, NOTIFICATION_ACK, RequestBodyTooLargeError, } from './runtime/notifications/handler.js';
export { startSandbox, } from './runtime/sandbox/sandbox.js';
