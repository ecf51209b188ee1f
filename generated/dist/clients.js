import { RETURN_CODES } from './return-codes.js';
import { createClientCore, } from './runtime/client/client.js';
import { signingFields, signingUriFields } from './signing-fields.js';
import { validateEasypayVerifyFailure, validateEasypayVerifyPaid, validateEasypayVerifyRequest, validateEasypayVerifySuccess, validateInstantPayConfirmFailure, validateInstantPayConfirmRequest, validateInstantPayConfirmSuccess, validateMpayVerifyFailure, validateMpayVerifyPaid, validateMpayVerifyRequest, validateMpayVerifySuccess, } from './validators.js';
/** What the spec says about each operation, for the runtime pipeline. */
export const clientOperations = {
    mpayVerify: {
        operationId: 'mpayVerify',
        summary: 'MPAY Verify Direct API',
        method: 'post',
        path: '/v1/bankcardprepay',
        serverUrl: 'https://mpayapi.lianlianpay.com',
        requestSchema: 'MpayVerifyRequest',
        validateRequest: validateMpayVerifyRequest,
        requestSignTypes: ['RSA', 'SHA256withRSA'],
        signingFields: signingFields.mpayVerify.request,
        signingUriFields: signingUriFields.mpayVerify,
        responseSignTypes: ['RSA', 'SHA256WITHRSA', 'SHA256withRSA'],
        envelope: undefined,
        correlation: [
            { field: 'oid_partner', match: 'exact' },
            { field: 'no_order', match: 'exact' },
            { field: 'money_order', match: 'amount' },
        ],
        branches: [
            {
                name: 'paid',
                schema: 'MpayVerifyPaid',
                conditions: [
                    { field: 'result_pay', required: true, equals: 'SUCCESS' },
                    { field: 'ret_code', required: true, equals: '0000' },
                ],
                signature: 'required',
                validate: validateMpayVerifyPaid,
            },
            {
                name: 'success',
                schema: 'MpayVerifySuccess',
                conditions: [
                    { field: 'result_pay', required: false, equals: 'PROCESSING' },
                    { field: 'ret_code', required: true, equals: '0000' },
                ],
                signature: 'required',
                validate: validateMpayVerifySuccess,
            },
            {
                name: 'failure',
                schema: 'MpayVerifyFailure',
                conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
                signature: 'optional',
                validate: validateMpayVerifyFailure,
            },
        ],
    },
    easypayVerify: {
        operationId: 'easypayVerify',
        summary: 'Easypay Verify Direct API',
        method: 'post',
        path: '/easypayverify.htm',
        serverUrl: 'https://traderapi.lianlianpay.com',
        requestSchema: 'EasypayVerifyRequest',
        validateRequest: validateEasypayVerifyRequest,
        requestSignTypes: ['RSA', 'SHA256withRSA'],
        signingFields: signingFields.easypayVerify.request,
        signingUriFields: signingUriFields.easypayVerify,
        responseSignTypes: ['RSA', 'SHA256WITHRSA', 'SHA256withRSA'],
        envelope: undefined,
        correlation: [
            { field: 'oid_partner', match: 'exact' },
            { field: 'no_order', match: 'exact' },
            { field: 'money_order', match: 'amount' },
        ],
        branches: [
            {
                name: 'paid',
                schema: 'EasypayVerifyPaid',
                conditions: [
                    { field: 'result_pay', required: true, equals: 'SUCCESS' },
                    { field: 'ret_code', required: true, equals: '0000' },
                ],
                signature: 'required',
                validate: validateEasypayVerifyPaid,
            },
            {
                name: 'success',
                schema: 'EasypayVerifySuccess',
                conditions: [
                    { field: 'result_pay', required: false, equals: 'PROCESSING' },
                    { field: 'ret_code', required: true, equals: '0000' },
                ],
                signature: 'required',
                validate: validateEasypayVerifySuccess,
            },
            {
                name: 'failure',
                schema: 'EasypayVerifyFailure',
                conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
                signature: 'optional',
                validate: validateEasypayVerifyFailure,
            },
        ],
    },
    instantPayConfirm: {
        operationId: 'instantPayConfirm',
        summary: 'Instant payment confirm API',
        method: 'post',
        path: '/paymentapi/confirmPayment.htm',
        serverUrl: 'https://instantpay.lianlianpay.com',
        requestSchema: 'InstantPayConfirmRequest',
        validateRequest: validateInstantPayConfirmRequest,
        requestSignTypes: ['RSA'],
        signingFields: signingFields.instantPayConfirm.request,
        signingUriFields: signingUriFields.instantPayConfirm,
        responseSignTypes: ['RSA'],
        envelope: { version: 'lianpay1_0_1', field: 'pay_load' },
        correlation: [
            { field: 'oid_partner', match: 'exact' },
            { field: 'no_order', match: 'exact' },
        ],
        branches: [
            {
                name: 'failure',
                schema: 'InstantPayConfirmFailure',
                conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
                signature: 'optional',
                validate: validateInstantPayConfirmFailure,
            },
            {
                name: 'success',
                schema: 'InstantPayConfirmSuccess',
                conditions: [{ field: 'ret_code', required: true, equals: '0000' }],
                signature: 'required',
                validate: validateInstantPayConfirmSuccess,
            },
        ],
    },
};
/**
 * Creates a client for LianLian's server-to-server APIs. Keys are loaded and checked here.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createLianLianClient(config) {
    const core = createClientCore(config, {
        operations: clientOperations,
        returnCodes: RETURN_CODES,
    });
    return {
        mpayVerify: (params, options) => core.call('mpayVerify', params, options),
        easypayVerify: (params, options) => core.call('easypayVerify', params, options),
        instantPayConfirm: (params, options) => core.call('instantPayConfirm', params, options),
        baseUrlOf: (operationId) => core.baseUrlOf(operationId),
    };
}
