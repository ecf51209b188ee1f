export * from './signing-fields.js';
export * from './return-codes.js';
export * from './validators.js';
export * from './clients.js';
export * from './web-payment.js';
export * from './notifications.js';
export * from './sandbox-catalogue.js';
// The runtime's public surface. Pipeline internals (client middleware and transport, sandbox
// handlers, notification parsing, HTML rendering, validator helpers) are left out on purpose.
export * from './runtime/errors.js';
export * from './runtime/canonical.js';
export * from './runtime/keys.js';
export * from './runtime/sign-type.js';
export * from './runtime/sign.js';
export * from './runtime/verify.js';
export * from './runtime/envelope.js';
export * from './runtime/diagnose.js';
export { ValidationError, assertValid, } from './runtime/validation.js';
export * from './runtime/client-errors.js';
export * from './runtime/web-payment-errors.js';
export { MAX_CLOCK_SKEW_MINUTES, formatChinaDate, formatChinaTime, parseChinaTime, } from './runtime/web-payment-clock.js';
export { toUserreqIp, } from './runtime/web-payment.js';
export { escapeHtml } from './runtime/web-payment-html.js';
export * from './runtime/notification-order.js';
export * from './runtime/notification-store.js';
export { DEFAULT_CALLBACK_TIMEOUT_MS, DEFAULT_CLAIM_LEASE_MS, NOTIFICATION_ACK, RequestBodyTooLargeError, } from './runtime/notification-handler.js';
export { startSandbox, } from './runtime/sandbox.js';
