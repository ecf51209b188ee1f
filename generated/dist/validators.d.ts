/**
 * Runtime validators for the 21 message schemas of LianLian Pay merchant APIs, emitted as plain code from
 * the schemas (no schema interpreter, no dependency). For each schema:
 *
 * - `is<Schema>(value)`: a type guard that stops at the first failure and allocates nothing;
 * - `validate<Schema>(value)`: `{ ok: true, value }`, or `{ ok: false, schema, issues }` listing
 *   every issue (path, keyword, limit, message) with card, ID and phone numbers and signatures
 *   masked. Response unions also say which branch matched.
 *
 * `validatorsBySchema` and `validatorsByOperation` look the validators up by schema name and by
 * operationId (webhook name) and message.
 */
import type { components } from './types.js';
import { type ValidationFailure, type ValidationResult, type ValidationSuccess } from './runtime/shared/validation.js';
type Schemas = components['schemas'];
/** Whether a value matches components.schemas.MpayVerifyRequest (no allocation, stops at the first failure). */
export declare function isMpayVerifyRequest(v: unknown): v is Schemas['MpayVerifyRequest'];
/** Whether a value matches components.schemas.MpayVerifyResponse (no allocation, stops at the first failure). */
export declare function isMpayVerifyResponse(v: unknown): v is Schemas['MpayVerifyResponse'];
/** Whether a value matches components.schemas.MpayVerifyFailure (no allocation, stops at the first failure). */
export declare function isMpayVerifyFailure(v: unknown): v is Schemas['MpayVerifyFailure'];
/** Whether a value matches components.schemas.MpayVerifySuccess (no allocation, stops at the first failure). */
export declare function isMpayVerifySuccess(v: unknown): v is Schemas['MpayVerifySuccess'];
/** Whether a value matches components.schemas.MpayVerifyPaid (no allocation, stops at the first failure). */
export declare function isMpayVerifyPaid(v: unknown): v is Schemas['MpayVerifyPaid'];
/** Whether a value matches components.schemas.EasypayVerifyRequest (no allocation, stops at the first failure). */
export declare function isEasypayVerifyRequest(v: unknown): v is Schemas['EasypayVerifyRequest'];
/** Whether a value matches components.schemas.EasypayVerifyResponse (no allocation, stops at the first failure). */
export declare function isEasypayVerifyResponse(v: unknown): v is Schemas['EasypayVerifyResponse'];
/** Whether a value matches components.schemas.EasypayVerifyFailure (no allocation, stops at the first failure). */
export declare function isEasypayVerifyFailure(v: unknown): v is Schemas['EasypayVerifyFailure'];
/** Whether a value matches components.schemas.EasypayVerifySuccess (no allocation, stops at the first failure). */
export declare function isEasypayVerifySuccess(v: unknown): v is Schemas['EasypayVerifySuccess'];
/** Whether a value matches components.schemas.EasypayVerifyPaid (no allocation, stops at the first failure). */
export declare function isEasypayVerifyPaid(v: unknown): v is Schemas['EasypayVerifyPaid'];
/** Whether a value matches components.schemas.InstantPayConfirmEnvelope (no allocation, stops at the first failure). */
export declare function isInstantPayConfirmEnvelope(v: unknown): v is Schemas['InstantPayConfirmEnvelope'];
/** Whether a value matches components.schemas.InstantPayConfirmResponse (no allocation, stops at the first failure). */
export declare function isInstantPayConfirmResponse(v: unknown): v is Schemas['InstantPayConfirmResponse'];
/** Whether a value matches components.schemas.InstantPayConfirmFailure (no allocation, stops at the first failure). */
export declare function isInstantPayConfirmFailure(v: unknown): v is Schemas['InstantPayConfirmFailure'];
/** Whether a value matches components.schemas.InstantPayConfirmSuccess (no allocation, stops at the first failure). */
export declare function isInstantPayConfirmSuccess(v: unknown): v is Schemas['InstantPayConfirmSuccess'];
/** Whether a value matches components.schemas.InstantPayConfirmRequest (no allocation, stops at the first failure). */
export declare function isInstantPayConfirmRequest(v: unknown): v is Schemas['InstantPayConfirmRequest'];
/** Whether a value matches components.schemas.WebPaymentRequest (no allocation, stops at the first failure). */
export declare function isWebPaymentRequest(v: unknown): v is Schemas['WebPaymentRequest'];
/** Whether a value matches components.schemas.WebPaymentReturnNotification (no allocation, stops at the first failure). */
export declare function isWebPaymentReturnNotification(v: unknown): v is Schemas['WebPaymentReturnNotification'];
/** Whether a value matches components.schemas.WebPaymentNotification (no allocation, stops at the first failure). */
export declare function isWebPaymentNotification(v: unknown): v is Schemas['WebPaymentNotification'];
/** Whether a value matches components.schemas.NotificationAcknowledgement (no allocation, stops at the first failure). */
export declare function isNotificationAcknowledgement(v: unknown): v is Schemas['NotificationAcknowledgement'];
/** Whether a value matches components.schemas.InstantPayNotification (no allocation, stops at the first failure). */
export declare function isInstantPayNotification(v: unknown): v is Schemas['InstantPayNotification'];
/** Whether a value matches components.schemas.RiskItem (no allocation, stops at the first failure). */
export declare function isRiskItem(v: unknown): v is Schemas['RiskItem'];
/** Validates components.schemas.MpayVerifyRequest (request of mpayVerify), reporting every issue. */
export declare function validateMpayVerifyRequest(value: unknown): ValidationResult<Schemas['MpayVerifyRequest']>;
/** Result of {@link validateMpayVerifyResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type MpayVerifyResponseResult = (ValidationSuccess<Schemas['MpayVerifyFailure']> & {
    readonly branch: 'failure';
    readonly schema: 'MpayVerifyFailure';
}) | (ValidationSuccess<Schemas['MpayVerifySuccess']> & {
    readonly branch: 'success';
    readonly schema: 'MpayVerifySuccess';
}) | (ValidationSuccess<Schemas['MpayVerifyPaid']> & {
    readonly branch: 'paid';
    readonly schema: 'MpayVerifyPaid';
}) | ValidationFailure;
/** Validates components.schemas.MpayVerifyResponse (response of mpayVerify), reporting every issue. */
export declare function validateMpayVerifyResponse(value: unknown): MpayVerifyResponseResult;
/** Validates components.schemas.EasypayVerifyRequest (request of easypayVerify), reporting every issue. */
export declare function validateEasypayVerifyRequest(value: unknown): ValidationResult<Schemas['EasypayVerifyRequest']>;
/** Result of {@link validateEasypayVerifyResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type EasypayVerifyResponseResult = (ValidationSuccess<Schemas['EasypayVerifyFailure']> & {
    readonly branch: 'failure';
    readonly schema: 'EasypayVerifyFailure';
}) | (ValidationSuccess<Schemas['EasypayVerifySuccess']> & {
    readonly branch: 'success';
    readonly schema: 'EasypayVerifySuccess';
}) | (ValidationSuccess<Schemas['EasypayVerifyPaid']> & {
    readonly branch: 'paid';
    readonly schema: 'EasypayVerifyPaid';
}) | ValidationFailure;
/** Validates components.schemas.EasypayVerifyResponse (response of easypayVerify), reporting every issue. */
export declare function validateEasypayVerifyResponse(value: unknown): EasypayVerifyResponseResult;
/** Validates components.schemas.InstantPayConfirmEnvelope (request of instantPayConfirm), reporting every issue. */
export declare function validateInstantPayConfirmEnvelope(value: unknown): ValidationResult<Schemas['InstantPayConfirmEnvelope']>;
/** Result of {@link validateInstantPayConfirmResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type InstantPayConfirmResponseResult = (ValidationSuccess<Schemas['InstantPayConfirmFailure']> & {
    readonly branch: 'failure';
    readonly schema: 'InstantPayConfirmFailure';
}) | (ValidationSuccess<Schemas['InstantPayConfirmSuccess']> & {
    readonly branch: 'success';
    readonly schema: 'InstantPayConfirmSuccess';
}) | ValidationFailure;
/** Validates components.schemas.InstantPayConfirmResponse (response of instantPayConfirm), reporting every issue. */
export declare function validateInstantPayConfirmResponse(value: unknown): InstantPayConfirmResponseResult;
/** Validates components.schemas.InstantPayConfirmRequest (plaintext of instantPayConfirm), reporting every issue. */
export declare function validateInstantPayConfirmRequest(value: unknown): ValidationResult<Schemas['InstantPayConfirmRequest']>;
/** Validates components.schemas.WebPaymentRequest (request of webPayment), reporting every issue. */
export declare function validateWebPaymentRequest(value: unknown): ValidationResult<Schemas['WebPaymentRequest']>;
/** Validates components.schemas.WebPaymentReturnNotification (notification of webPaymentReturn), reporting every issue. */
export declare function validateWebPaymentReturnNotification(value: unknown): ValidationResult<Schemas['WebPaymentReturnNotification']>;
/** Validates components.schemas.WebPaymentNotification (notification of webPaymentNotify), reporting every issue. */
export declare function validateWebPaymentNotification(value: unknown): ValidationResult<Schemas['WebPaymentNotification']>;
/** Validates components.schemas.NotificationAcknowledgement (response of webPaymentNotify; response of instantPayNotify), reporting every issue. */
export declare function validateNotificationAcknowledgement(value: unknown): ValidationResult<Schemas['NotificationAcknowledgement']>;
/** Validates components.schemas.InstantPayNotification (notification of instantPayNotify), reporting every issue. */
export declare function validateInstantPayNotification(value: unknown): ValidationResult<Schemas['InstantPayNotification']>;
/** Validates components.schemas.MpayVerifyFailure (branch of MpayVerifyResponse), reporting every issue. */
export declare function validateMpayVerifyFailure(value: unknown): ValidationResult<Schemas['MpayVerifyFailure']>;
/** Validates components.schemas.MpayVerifySuccess (branch of MpayVerifyResponse), reporting every issue. */
export declare function validateMpayVerifySuccess(value: unknown): ValidationResult<Schemas['MpayVerifySuccess']>;
/** Validates components.schemas.MpayVerifyPaid (branch of MpayVerifyResponse), reporting every issue. */
export declare function validateMpayVerifyPaid(value: unknown): ValidationResult<Schemas['MpayVerifyPaid']>;
/** Validates components.schemas.EasypayVerifyFailure (branch of EasypayVerifyResponse), reporting every issue. */
export declare function validateEasypayVerifyFailure(value: unknown): ValidationResult<Schemas['EasypayVerifyFailure']>;
/** Validates components.schemas.EasypayVerifySuccess (branch of EasypayVerifyResponse), reporting every issue. */
export declare function validateEasypayVerifySuccess(value: unknown): ValidationResult<Schemas['EasypayVerifySuccess']>;
/** Validates components.schemas.EasypayVerifyPaid (branch of EasypayVerifyResponse), reporting every issue. */
export declare function validateEasypayVerifyPaid(value: unknown): ValidationResult<Schemas['EasypayVerifyPaid']>;
/** Validates components.schemas.InstantPayConfirmFailure (branch of InstantPayConfirmResponse), reporting every issue. */
export declare function validateInstantPayConfirmFailure(value: unknown): ValidationResult<Schemas['InstantPayConfirmFailure']>;
/** Validates components.schemas.InstantPayConfirmSuccess (branch of InstantPayConfirmResponse), reporting every issue. */
export declare function validateInstantPayConfirmSuccess(value: unknown): ValidationResult<Schemas['InstantPayConfirmSuccess']>;
/** Validates components.schemas.RiskItem (content of a field of WebPaymentRequest), reporting every issue. */
export declare function validateRiskItem(value: unknown): ValidationResult<Schemas['RiskItem']>;
/** Every validator, by component schema name. */
export declare const validatorsBySchema: {
    readonly MpayVerifyRequest: typeof validateMpayVerifyRequest;
    readonly MpayVerifyResponse: typeof validateMpayVerifyResponse;
    readonly EasypayVerifyRequest: typeof validateEasypayVerifyRequest;
    readonly EasypayVerifyResponse: typeof validateEasypayVerifyResponse;
    readonly InstantPayConfirmEnvelope: typeof validateInstantPayConfirmEnvelope;
    readonly InstantPayConfirmResponse: typeof validateInstantPayConfirmResponse;
    readonly InstantPayConfirmRequest: typeof validateInstantPayConfirmRequest;
    readonly WebPaymentRequest: typeof validateWebPaymentRequest;
    readonly WebPaymentReturnNotification: typeof validateWebPaymentReturnNotification;
    readonly WebPaymentNotification: typeof validateWebPaymentNotification;
    readonly NotificationAcknowledgement: typeof validateNotificationAcknowledgement;
    readonly InstantPayNotification: typeof validateInstantPayNotification;
    readonly MpayVerifyFailure: typeof validateMpayVerifyFailure;
    readonly MpayVerifySuccess: typeof validateMpayVerifySuccess;
    readonly MpayVerifyPaid: typeof validateMpayVerifyPaid;
    readonly EasypayVerifyFailure: typeof validateEasypayVerifyFailure;
    readonly EasypayVerifySuccess: typeof validateEasypayVerifySuccess;
    readonly EasypayVerifyPaid: typeof validateEasypayVerifyPaid;
    readonly InstantPayConfirmFailure: typeof validateInstantPayConfirmFailure;
    readonly InstantPayConfirmSuccess: typeof validateInstantPayConfirmSuccess;
    readonly RiskItem: typeof validateRiskItem;
};
/** Validators by operationId (or webhook name) and message: request, response, notification, plaintext. */
export declare const validatorsByOperation: {
    readonly mpayVerify: {
        readonly request: typeof validateMpayVerifyRequest;
        readonly response: typeof validateMpayVerifyResponse;
    };
    readonly easypayVerify: {
        readonly request: typeof validateEasypayVerifyRequest;
        readonly response: typeof validateEasypayVerifyResponse;
    };
    readonly instantPayConfirm: {
        readonly request: typeof validateInstantPayConfirmEnvelope;
        readonly response: typeof validateInstantPayConfirmResponse;
        readonly plaintext: typeof validateInstantPayConfirmRequest;
    };
    readonly webPayment: {
        readonly request: typeof validateWebPaymentRequest;
    };
    readonly webPaymentReturn: {
        readonly notification: typeof validateWebPaymentReturnNotification;
    };
    readonly webPaymentNotify: {
        readonly notification: typeof validateWebPaymentNotification;
        readonly response: typeof validateNotificationAcknowledgement;
    };
    readonly instantPayNotify: {
        readonly notification: typeof validateInstantPayNotification;
        readonly response: typeof validateNotificationAcknowledgement;
    };
};
/** Names accepted by {@link validatorsBySchema}. */
export type ValidatedSchemaName = keyof typeof validatorsBySchema;
export {};
