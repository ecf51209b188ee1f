import { RETURN_CODES } from './return-codes.js';
import { createClientCore, } from './runtime/client/client.js';
import { mpayVerifyRequestSigningFields, mpayVerifySigningUriFields, mpayApplyRequestSigningFields, mpayApplySigningUriFields, easypayApplyRequestSigningFields, easypayApplySigningUriFields, easypayVerifyRequestSigningFields, easypayVerifySigningUriFields, instantPayConfirmRequestSigningFields, instantPayConfirmSigningUriFields, instantPayApplyRequestSigningFields, instantPayApplySigningUriFields, instantPayQueryRequestSigningFields, instantPayQuerySigningUriFields, balanceQueryRequestSigningFields, balanceQuerySigningUriFields, cardBindApplyRequestSigningFields, cardBindApplySigningUriFields, cardBindVerifyRequestSigningFields, cardBindVerifySigningUriFields, cardUnbindRequestSigningFields, cardUnbindSigningUriFields, mpayCardBindApplyRequestSigningFields, mpayCardBindApplySigningUriFields, mpayCardBindVerifyRequestSigningFields, mpayCardBindVerifySigningUriFields, cardBindQueryRequestSigningFields, cardBindQuerySigningUriFields, refundApplyRequestSigningFields, refundApplySigningUriFields, refundQueryRequestSigningFields, refundQuerySigningUriFields, cardBinQueryRequestSigningFields, cardBinQuerySigningUriFields, preauthCaptureRequestSigningFields, preauthCaptureSigningUriFields, preauthCancelRequestSigningFields, preauthCancelSigningUriFields, preauthQueryRequestSigningFields, preauthQuerySigningUriFields, exchangeApplyRequestSigningFields, exchangeApplySigningUriFields, exchangeVerifyRequestSigningFields, exchangeVerifySigningUriFields, exchangeQueryRequestSigningFields, exchangeQuerySigningUriFields, aggregateQueryRequestSigningFields, aggregateQuerySigningUriFields, aggregatePayRequestSigningFields, aggregatePaySigningUriFields, mpayQueryRequestSigningFields, mpayQuerySigningUriFields, easypayQueryRequestSigningFields, easypayQuerySigningUriFields, unifiedCreateBillRequestSigningFields, unifiedCreateBillSigningUriFields, } from './signing-fields.js';
import { validateAggregatePayFailure, validateAggregatePayRequest, validateAggregatePaySuccess, validateAggregateQueryFailure, validateAggregateQueryPaid, validateAggregateQueryRequest, validateAggregateQuerySuccess, validateBalanceQueryFailure, validateBalanceQueryRequest, validateBalanceQuerySuccess, validateCardBinQueryFailure, validateCardBinQueryRequest, validateCardBinQuerySuccess, validateCardBindApplyFailure, validateCardBindApplyRequest, validateCardBindApplySuccess, validateCardBindQueryFailure, validateCardBindQueryRequest, validateCardBindQuerySuccess, validateCardBindVerifyFailure, validateCardBindVerifyRequest, validateCardBindVerifySuccess, validateCardUnbindFailure, validateCardUnbindRequest, validateCardUnbindSuccess, validateEasypayApplyFailure, validateEasypayApplyPaid, validateEasypayApplyRequest, validateEasypayApplySuccess, validateEasypayQueryFailure, validateEasypayQueryPaid, validateEasypayQueryResult, validateEasypayVerifyFailure, validateEasypayVerifyPaid, validateEasypayVerifyRequest, validateEasypayVerifySuccess, validateExchangeApplyFailure, validateExchangeApplyPaid, validateExchangeApplyRequest, validateExchangeApplySuccess, validateExchangeQueryFailure, validateExchangeQueryPaid, validateExchangeQueryRequest, validateExchangeQuerySuccess, validateExchangeVerifyFailure, validateExchangeVerifyPaid, validateExchangeVerifyRequest, validateExchangeVerifySuccess, validateInstantPayApplyFailure, validateInstantPayApplyHeld, validateInstantPayApplyRequest, validateInstantPayApplySuccess, validateInstantPayConfirmFailure, validateInstantPayConfirmRequest, validateInstantPayConfirmSuccess, validateInstantPayQueryFailure, validateInstantPayQueryPaid, validateInstantPayQueryRequest, validateInstantPayQuerySuccess, validateMpayApplyFailure, validateMpayApplyPaid, validateMpayApplyRequest, validateMpayApplySmsSent, validateMpayCardBindApplyFailure, validateMpayCardBindApplyRequest, validateMpayCardBindApplySuccess, validateMpayCardBindVerifyFailure, validateMpayCardBindVerifyRequest, validateMpayCardBindVerifySuccess, validateMpayQueryFailure, validateMpayQueryPaid, validateMpayQueryResult, validateMpayVerifyFailure, validateMpayVerifyPaid, validateMpayVerifyRequest, validateMpayVerifySuccess, validateOrderQueryRequest, validatePreauthCancelRequest, validatePreauthCancelSuccess, validatePreauthCaptureRequest, validatePreauthCaptureSuccess, validatePreauthFailure, validatePreauthQueryFailure, validatePreauthQueryRequest, validatePreauthQueryStatus, validateRefundApplyRequest, validateRefundFailure, validateRefundQueryRequest, validateRefundSuccess, validateUnifiedCreateBillFailure, validateUnifiedCreateBillRequest, validateUnifiedCreateBillSuccess, } from './validators.js';
/** What the spec says about mpayVerify, for the runtime pipeline. */
const mpayVerifyOperation = {
    operationId: 'mpayVerify',
    summary: 'MPAY Verify Direct API',
    method: 'post',
    path: '/v1/bankcardprepay',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://mpayapi.lianlianpay.com',
    requestSchema: 'MpayVerifyRequest',
    validateRequest: validateMpayVerifyRequest,
    requestSignTypes: ['RSA', 'SHA256withRSA'],
    signingFields: mpayVerifyRequestSigningFields,
    signingUriFields: mpayVerifySigningUriFields,
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
};
/** What the spec says about mpayApply, for the runtime pipeline. */
const mpayApplyOperation = {
    operationId: 'mpayApply',
    summary: 'MPAY Apply Direct API',
    method: 'post',
    path: '/v1/bankcardprepay#apply',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://mpayapi.lianlianpay.com',
    requestSchema: 'MpayApplyRequest',
    validateRequest: validateMpayApplyRequest,
    requestSignTypes: ['RSA', 'SHA256withRSA'],
    signingFields: mpayApplyRequestSigningFields,
    signingUriFields: mpayApplySigningUriFields,
    responseSignTypes: ['RSA', 'SHA256WITHRSA', 'SHA256withRSA'],
    envelope: { version: 'lianpay1_0_1', field: 'pay_load' },
    correlation: [
        { field: 'oid_partner', match: 'exact' },
        { field: 'no_order', match: 'exact' },
        { field: 'money_order', match: 'amount' },
    ],
    branches: [
        {
            name: 'paid',
            schema: 'MpayApplyPaid',
            conditions: [
                { field: 'result_pay', required: false, equals: 'SUCCESS' },
                { field: 'ret_code', required: true, equals: '0000' },
            ],
            signature: 'required',
            validate: validateMpayApplyPaid,
        },
        {
            name: 'failure',
            schema: 'MpayApplyFailure',
            conditions: [{ field: 'ret_code', required: true, noneOf: ['0000', '8888'] }],
            signature: 'optional',
            validate: validateMpayApplyFailure,
        },
        {
            name: 'success',
            schema: 'MpayApplySmsSent',
            conditions: [{ field: 'ret_code', required: true, equals: '8888' }],
            signature: 'required',
            validate: validateMpayApplySmsSent,
        },
    ],
};
/** What the spec says about easypayApply, for the runtime pipeline. */
const easypayApplyOperation = {
    operationId: 'easypayApply',
    summary: 'Easypay Apply Direct API',
    method: 'post',
    path: '/easypay.htm',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://traderapi.lianlianpay.com',
    requestSchema: 'EasypayApplyRequest',
    validateRequest: validateEasypayApplyRequest,
    requestSignTypes: ['RSA', 'SHA256withRSA'],
    signingFields: easypayApplyRequestSigningFields,
    signingUriFields: easypayApplySigningUriFields,
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
            schema: 'EasypayApplyPaid',
            conditions: [
                { field: 'pay_type', required: false, oneOf: ['M', 'F'] },
                { field: 'result_pay', required: true, equals: 'SUCCESS' },
                { field: 'ret_code', required: true, equals: '0000' },
            ],
            signature: 'required',
            validate: validateEasypayApplyPaid,
        },
        {
            name: 'success',
            schema: 'EasypayApplySuccess',
            conditions: [
                { field: 'pay_type', required: false, oneOf: ['M', 'F'] },
                { field: 'result_pay', required: false, equals: 'PROCESSING' },
                { field: 'ret_code', required: true, equals: '0000' },
            ],
            signature: 'required',
            validate: validateEasypayApplySuccess,
        },
        {
            name: 'failure',
            schema: 'EasypayApplyFailure',
            conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
            signature: 'optional',
            validate: validateEasypayApplyFailure,
        },
    ],
};
/** What the spec says about easypayVerify, for the runtime pipeline. */
const easypayVerifyOperation = {
    operationId: 'easypayVerify',
    summary: 'Easypay Verify Direct API',
    method: 'post',
    path: '/easypayverify.htm',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://traderapi.lianlianpay.com',
    requestSchema: 'EasypayVerifyRequest',
    validateRequest: validateEasypayVerifyRequest,
    requestSignTypes: ['RSA', 'SHA256withRSA'],
    signingFields: easypayVerifyRequestSigningFields,
    signingUriFields: easypayVerifySigningUriFields,
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
};
/** What the spec says about instantPayConfirm, for the runtime pipeline. */
const instantPayConfirmOperation = {
    operationId: 'instantPayConfirm',
    summary: 'Instant payment confirm API',
    method: 'post',
    path: '/paymentapi/confirmPayment.htm',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://instantpay.lianlianpay.com',
    requestSchema: 'InstantPayConfirmRequest',
    validateRequest: validateInstantPayConfirmRequest,
    requestSignTypes: ['RSA'],
    signingFields: instantPayConfirmRequestSigningFields,
    signingUriFields: instantPayConfirmSigningUriFields,
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
};
/** What the spec says about instantPayApply, for the runtime pipeline. */
const instantPayApplyOperation = {
    operationId: 'instantPayApply',
    summary: 'Instant payment apply API',
    method: 'post',
    path: '/paymentapi/payment.htm',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://instantpay.lianlianpay.com',
    requestSchema: 'InstantPayApplyRequest',
    validateRequest: validateInstantPayApplyRequest,
    requestSignTypes: ['RSA'],
    signingFields: instantPayApplyRequestSigningFields,
    signingUriFields: instantPayApplySigningUriFields,
    responseSignTypes: ['RSA'],
    envelope: { version: 'lianpay1_0_1', field: 'pay_load' },
    correlation: [
        { field: 'oid_partner', match: 'exact' },
        { field: 'no_order', match: 'exact' },
    ],
    branches: [
        {
            name: 'failure',
            schema: 'InstantPayApplyFailure',
            conditions: [{ field: 'ret_code', required: true, noneOf: ['0000', '4002', '4003', '4004'] }],
            signature: 'optional',
            validate: validateInstantPayApplyFailure,
        },
        {
            name: 'held',
            schema: 'InstantPayApplyHeld',
            conditions: [{ field: 'ret_code', required: true, oneOf: ['4002', '4003', '4004'] }],
            signature: 'required',
            validate: validateInstantPayApplyHeld,
        },
        {
            name: 'success',
            schema: 'InstantPayApplySuccess',
            conditions: [{ field: 'ret_code', required: true, equals: '0000' }],
            signature: 'required',
            validate: validateInstantPayApplySuccess,
        },
    ],
};
/** What the spec says about instantPayQuery, for the runtime pipeline. */
const instantPayQueryOperation = {
    operationId: 'instantPayQuery',
    summary: 'Instant payment result query API',
    method: 'post',
    path: '/paymentapi/queryPayment.htm',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://instantpay.lianlianpay.com',
    requestSchema: 'InstantPayQueryRequest',
    validateRequest: validateInstantPayQueryRequest,
    requestSignTypes: ['RSA'],
    signingFields: instantPayQueryRequestSigningFields,
    signingUriFields: instantPayQuerySigningUriFields,
    responseSignTypes: ['RSA'],
    envelope: undefined,
    correlation: [
        { field: 'oid_partner', match: 'exact' },
        { field: 'no_order', match: 'exact' },
    ],
    branches: [
        {
            name: 'success',
            schema: 'InstantPayQuerySuccess',
            conditions: [
                {
                    field: 'result_pay',
                    required: true,
                    oneOf: ['WAITING', 'PROCESSING', 'CANCEL', 'FAILURE', 'CHECK', 'CLOSED', 'APPLY'],
                },
                { field: 'ret_code', required: true, equals: '0000' },
            ],
            signature: 'required',
            validate: validateInstantPayQuerySuccess,
        },
        {
            name: 'paid',
            schema: 'InstantPayQueryPaid',
            conditions: [
                { field: 'result_pay', required: true, equals: 'SUCCESS' },
                { field: 'ret_code', required: true, equals: '0000' },
            ],
            signature: 'required',
            validate: validateInstantPayQueryPaid,
        },
        {
            name: 'failure',
            schema: 'InstantPayQueryFailure',
            conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
            signature: 'optional',
            validate: validateInstantPayQueryFailure,
        },
    ],
};
/** What the spec says about balanceQuery, for the runtime pipeline. */
const balanceQueryOperation = {
    operationId: 'balanceQuery',
    summary: 'Balance Query API',
    method: 'post',
    path: '/traderAcctQuery.htm',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://traderapi.lianlianpay.com',
    requestSchema: 'BalanceQueryRequest',
    validateRequest: validateBalanceQueryRequest,
    requestSignTypes: ['RSA'],
    signingFields: balanceQueryRequestSigningFields,
    signingUriFields: balanceQuerySigningUriFields,
    responseSignTypes: ['RSA'],
    envelope: undefined,
    correlation: [],
    branches: [
        {
            name: 'failure',
            schema: 'BalanceQueryFailure',
            conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
            signature: 'optional',
            validate: validateBalanceQueryFailure,
        },
        {
            name: 'success',
            schema: 'BalanceQuerySuccess',
            conditions: [{ field: 'ret_code', required: true, equals: '0000' }],
            signature: 'required',
            validate: validateBalanceQuerySuccess,
        },
    ],
};
/** What the spec says about cardBindApply, for the runtime pipeline. */
const cardBindApplyOperation = {
    operationId: 'cardBindApply',
    summary: 'Card Bind Apply API',
    method: 'post',
    path: '/bankcardbind.htm',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://traderapi.lianlianpay.com',
    requestSchema: 'CardBindApplyRequest',
    validateRequest: validateCardBindApplyRequest,
    requestSignTypes: ['RSA'],
    signingFields: cardBindApplyRequestSigningFields,
    signingUriFields: cardBindApplySigningUriFields,
    responseSignTypes: ['RSA'],
    envelope: undefined,
    correlation: [
        { field: 'oid_partner', match: 'exact' },
        { field: 'user_id', match: 'exact' },
    ],
    branches: [
        {
            name: 'failure',
            schema: 'CardBindApplyFailure',
            conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
            signature: 'optional',
            validate: validateCardBindApplyFailure,
        },
        {
            name: 'success',
            schema: 'CardBindApplySuccess',
            conditions: [{ field: 'ret_code', required: true, equals: '0000' }],
            signature: 'required',
            validate: validateCardBindApplySuccess,
        },
    ],
};
/** What the spec says about cardBindVerify, for the runtime pipeline. */
const cardBindVerifyOperation = {
    operationId: 'cardBindVerify',
    summary: 'Card Bind Verify API',
    method: 'post',
    path: '/bankcardbindverfy.htm',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://traderapi.lianlianpay.com',
    requestSchema: 'CardBindVerifyRequest',
    validateRequest: validateCardBindVerifyRequest,
    requestSignTypes: ['RSA', 'SHA256withRSA'],
    signingFields: cardBindVerifyRequestSigningFields,
    signingUriFields: cardBindVerifySigningUriFields,
    responseSignTypes: ['RSA', 'SHA256WITHRSA', 'SHA256withRSA'],
    envelope: undefined,
    correlation: [
        { field: 'oid_partner', match: 'exact' },
        { field: 'user_id', match: 'exact' },
    ],
    branches: [
        {
            name: 'failure',
            schema: 'CardBindVerifyFailure',
            conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
            signature: 'optional',
            validate: validateCardBindVerifyFailure,
        },
        {
            name: 'success',
            schema: 'CardBindVerifySuccess',
            conditions: [{ field: 'ret_code', required: true, equals: '0000' }],
            signature: 'required',
            validate: validateCardBindVerifySuccess,
        },
    ],
};
/** What the spec says about cardUnbind, for the runtime pipeline. */
const cardUnbindOperation = {
    operationId: 'cardUnbind',
    summary: 'Card Unbind API',
    method: 'post',
    path: '/bankcardunbind.htm',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://traderapi.lianlianpay.com',
    requestSchema: 'CardUnbindRequest',
    validateRequest: validateCardUnbindRequest,
    requestSignTypes: ['RSA'],
    signingFields: cardUnbindRequestSigningFields,
    signingUriFields: cardUnbindSigningUriFields,
    responseSignTypes: ['RSA'],
    envelope: undefined,
    correlation: [],
    branches: [
        {
            name: 'failure',
            schema: 'CardUnbindFailure',
            conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
            signature: 'optional',
            validate: validateCardUnbindFailure,
        },
        {
            name: 'success',
            schema: 'CardUnbindSuccess',
            conditions: [{ field: 'ret_code', required: true, equals: '0000' }],
            signature: 'required',
            validate: validateCardUnbindSuccess,
        },
    ],
};
/** What the spec says about mpayCardBindApply, for the runtime pipeline. */
const mpayCardBindApplyOperation = {
    operationId: 'mpayCardBindApply',
    summary: 'MPAY Card Bind Apply API',
    method: 'post',
    path: '/v1/bankcardbind',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://mpayapi.lianlianpay.com',
    requestSchema: 'MpayCardBindApplyRequest',
    validateRequest: validateMpayCardBindApplyRequest,
    requestSignTypes: ['RSA', 'SHA256withRSA'],
    signingFields: mpayCardBindApplyRequestSigningFields,
    signingUriFields: mpayCardBindApplySigningUriFields,
    responseSignTypes: ['RSA', 'SHA256WITHRSA', 'SHA256withRSA'],
    envelope: { version: 'lianpay1_0_1', field: 'pay_load' },
    correlation: [
        { field: 'oid_partner', match: 'exact' },
        { field: 'user_id', match: 'exact' },
    ],
    branches: [
        {
            name: 'failure',
            schema: 'MpayCardBindApplyFailure',
            conditions: [{ field: 'ret_code', required: true, notEquals: '8888' }],
            signature: 'optional',
            validate: validateMpayCardBindApplyFailure,
        },
        {
            name: 'success',
            schema: 'MpayCardBindApplySuccess',
            conditions: [{ field: 'ret_code', required: true, equals: '8888' }],
            signature: 'required',
            validate: validateMpayCardBindApplySuccess,
        },
    ],
};
/** What the spec says about mpayCardBindVerify, for the runtime pipeline. */
const mpayCardBindVerifyOperation = {
    operationId: 'mpayCardBindVerify',
    summary: 'MPAY Card Bind Verify API',
    method: 'post',
    path: '/v1/bankcardbindverfy',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://mpayapi.lianlianpay.com',
    requestSchema: 'MpayCardBindVerifyRequest',
    validateRequest: validateMpayCardBindVerifyRequest,
    requestSignTypes: ['RSA', 'SHA256withRSA'],
    signingFields: mpayCardBindVerifyRequestSigningFields,
    signingUriFields: mpayCardBindVerifySigningUriFields,
    responseSignTypes: ['RSA', 'SHA256WITHRSA', 'SHA256withRSA'],
    envelope: undefined,
    correlation: [
        { field: 'oid_partner', match: 'exact' },
        { field: 'user_id', match: 'exact' },
    ],
    branches: [
        {
            name: 'failure',
            schema: 'MpayCardBindVerifyFailure',
            conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
            signature: 'optional',
            validate: validateMpayCardBindVerifyFailure,
        },
        {
            name: 'success',
            schema: 'MpayCardBindVerifySuccess',
            conditions: [{ field: 'ret_code', required: true, equals: '0000' }],
            signature: 'required',
            validate: validateMpayCardBindVerifySuccess,
        },
    ],
};
/** What the spec says about cardBindQuery, for the runtime pipeline. */
const cardBindQueryOperation = {
    operationId: 'cardBindQuery',
    summary: 'Card Bind Query API',
    method: 'post',
    path: '/bankcardbindlist.htm',
    unsignedResponseFields: ['agreement_list'],
    responseKeyOrder: 'byte',
    serverUrl: 'https://queryapi.lianlianpay.com',
    requestSchema: 'CardBindQueryRequest',
    validateRequest: validateCardBindQueryRequest,
    requestSignTypes: ['RSA'],
    signingFields: cardBindQueryRequestSigningFields,
    signingUriFields: cardBindQuerySigningUriFields,
    responseSignTypes: ['RSA'],
    envelope: undefined,
    correlation: [{ field: 'user_id', match: 'exact' }],
    branches: [
        {
            name: 'failure',
            schema: 'CardBindQueryFailure',
            conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
            signature: 'optional',
            validate: validateCardBindQueryFailure,
        },
        {
            name: 'success',
            schema: 'CardBindQuerySuccess',
            conditions: [{ field: 'ret_code', required: true, equals: '0000' }],
            signature: 'required',
            validate: validateCardBindQuerySuccess,
        },
    ],
};
/** What the spec says about refundApply, for the runtime pipeline. */
const refundApplyOperation = {
    operationId: 'refundApply',
    summary: 'Refund Apply API',
    method: 'post',
    path: '/exchangerefund.htm',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://traderapi.lianlianpay.com',
    requestSchema: 'RefundApplyRequest',
    validateRequest: validateRefundApplyRequest,
    requestSignTypes: ['RSA'],
    signingFields: refundApplyRequestSigningFields,
    signingUriFields: refundApplySigningUriFields,
    responseSignTypes: ['RSA'],
    envelope: undefined,
    correlation: [
        { field: 'oid_partner', match: 'exact' },
        { field: 'no_refund', match: 'exact' },
        { field: 'money_refund', match: 'amount' },
    ],
    branches: [
        {
            name: 'failure',
            schema: 'RefundFailure',
            conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
            signature: 'optional',
            validate: validateRefundFailure,
        },
        {
            name: 'success',
            schema: 'RefundSuccess',
            conditions: [{ field: 'ret_code', required: true, equals: '0000' }],
            signature: 'required',
            validate: validateRefundSuccess,
        },
    ],
};
/** What the spec says about refundQuery, for the runtime pipeline. */
const refundQueryOperation = {
    operationId: 'refundQuery',
    summary: 'Refund Result Query API',
    method: 'post',
    path: '/refundquery.htm',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://queryapi.lianlianpay.com',
    requestSchema: 'RefundQueryRequest',
    validateRequest: validateRefundQueryRequest,
    requestSignTypes: ['RSA'],
    signingFields: refundQueryRequestSigningFields,
    signingUriFields: refundQuerySigningUriFields,
    responseSignTypes: ['RSA'],
    envelope: undefined,
    correlation: [
        { field: 'oid_partner', match: 'exact' },
        { field: 'no_refund', match: 'exact' },
    ],
    branches: [
        {
            name: 'failure',
            schema: 'RefundFailure',
            conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
            signature: 'optional',
            validate: validateRefundFailure,
        },
        {
            name: 'success',
            schema: 'RefundSuccess',
            conditions: [{ field: 'ret_code', required: true, equals: '0000' }],
            signature: 'required',
            validate: validateRefundSuccess,
        },
    ],
};
/** What the spec says about cardBinQuery, for the runtime pipeline. */
const cardBinQueryOperation = {
    operationId: 'cardBinQuery',
    summary: 'Card Bin Query API',
    method: 'post',
    path: '/bankcardbin.htm',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://queryapi.lianlianpay.com',
    requestSchema: 'CardBinQueryRequest',
    validateRequest: validateCardBinQueryRequest,
    requestSignTypes: ['RSA'],
    signingFields: cardBinQueryRequestSigningFields,
    signingUriFields: cardBinQuerySigningUriFields,
    responseSignTypes: ['RSA'],
    envelope: undefined,
    correlation: [{ field: 'card_no', match: 'last4' }],
    branches: [
        {
            name: 'success',
            schema: 'CardBinQuerySuccess',
            conditions: [
                { field: 'card_type', required: true, oneOf: ['2', '3'] },
                { field: 'ret_code', required: true, equals: '0000' },
            ],
            signature: 'required',
            validate: validateCardBinQuerySuccess,
        },
        {
            name: 'failure',
            schema: 'CardBinQueryFailure',
            conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
            signature: 'optional',
            validate: validateCardBinQueryFailure,
        },
    ],
};
/** What the spec says about preauthCapture, for the runtime pipeline. */
const preauthCaptureOperation = {
    operationId: 'preauthCapture',
    summary: 'Pre-authorized capture API',
    method: 'post',
    path: '/preauthComplete.htm',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://traderapi.lianlianpay.com',
    requestSchema: 'PreauthCaptureRequest',
    validateRequest: validatePreauthCaptureRequest,
    requestSignTypes: ['RSA'],
    signingFields: preauthCaptureRequestSigningFields,
    signingUriFields: preauthCaptureSigningUriFields,
    responseSignTypes: ['RSA'],
    envelope: undefined,
    correlation: [
        { field: 'oid_partner', match: 'exact' },
        { field: 'money_order', match: 'amount' },
    ],
    branches: [
        {
            name: 'failure',
            schema: 'PreauthFailure',
            conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
            signature: 'optional',
            validate: validatePreauthFailure,
        },
        {
            name: 'success',
            schema: 'PreauthCaptureSuccess',
            conditions: [{ field: 'ret_code', required: true, equals: '0000' }],
            signature: 'required',
            validate: validatePreauthCaptureSuccess,
        },
    ],
};
/** What the spec says about preauthCancel, for the runtime pipeline. */
const preauthCancelOperation = {
    operationId: 'preauthCancel',
    summary: 'Pre-authorized cancel API',
    method: 'post',
    path: '/preauthCancel.htm',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://traderapi.lianlianpay.com',
    requestSchema: 'PreauthCancelRequest',
    validateRequest: validatePreauthCancelRequest,
    requestSignTypes: ['RSA'],
    signingFields: preauthCancelRequestSigningFields,
    signingUriFields: preauthCancelSigningUriFields,
    responseSignTypes: ['RSA'],
    envelope: undefined,
    correlation: [
        { field: 'oid_partner', match: 'exact' },
        { field: 'user_id', match: 'exact' },
    ],
    branches: [
        {
            name: 'failure',
            schema: 'PreauthFailure',
            conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
            signature: 'optional',
            validate: validatePreauthFailure,
        },
        {
            name: 'success',
            schema: 'PreauthCancelSuccess',
            conditions: [{ field: 'ret_code', required: true, equals: '0000' }],
            signature: 'required',
            validate: validatePreauthCancelSuccess,
        },
    ],
};
/** What the spec says about preauthQuery, for the runtime pipeline. */
const preauthQueryOperation = {
    operationId: 'preauthQuery',
    summary: 'Pre-authorized order status query API',
    method: 'post',
    path: '/preauthquery.htm',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://queryapi.lianlianpay.com',
    requestSchema: 'PreauthQueryRequest',
    validateRequest: validatePreauthQueryRequest,
    requestSignTypes: ['RSA'],
    signingFields: preauthQueryRequestSigningFields,
    signingUriFields: preauthQuerySigningUriFields,
    responseSignTypes: ['RSA'],
    envelope: undefined,
    correlation: [
        { field: 'oid_partner', match: 'exact' },
        { field: 'no_order', match: 'exact' },
    ],
    branches: [
        {
            name: 'failure',
            schema: 'PreauthQueryFailure',
            conditions: [
                {
                    field: 'ret_code',
                    required: true,
                    noneOf: [
                        '0000',
                        '2003',
                        '2006',
                        'PR07',
                        'PR08',
                        'PR09',
                        'PR10',
                        'PR11',
                        'PR12',
                        'PR13',
                        'PR14',
                        'PR15',
                        'PR16',
                    ],
                },
            ],
            signature: 'optional',
            validate: validatePreauthQueryFailure,
        },
        {
            name: 'status',
            schema: 'PreauthQueryStatus',
            conditions: [
                {
                    field: 'ret_code',
                    required: true,
                    oneOf: [
                        '0000',
                        '2003',
                        '2006',
                        'PR07',
                        'PR08',
                        'PR09',
                        'PR10',
                        'PR11',
                        'PR12',
                        'PR13',
                        'PR14',
                        'PR15',
                        'PR16',
                    ],
                },
            ],
            signature: 'required',
            validate: validatePreauthQueryStatus,
        },
    ],
};
/** What the spec says about exchangeApply, for the runtime pipeline. */
const exchangeApplyOperation = {
    operationId: 'exchangeApply',
    summary: 'Exchange Payment Apply API',
    method: 'post',
    path: '/exchange/v1/bankcardpayapply',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://fe-pay.lianlianpay.com',
    requestSchema: 'ExchangeApplyRequest',
    validateRequest: validateExchangeApplyRequest,
    requestSignTypes: ['RSA'],
    signingFields: exchangeApplyRequestSigningFields,
    signingUriFields: exchangeApplySigningUriFields,
    responseSignTypes: ['RSA'],
    envelope: undefined,
    correlation: [
        { field: 'oid_partner', match: 'exact' },
        { field: 'no_order', match: 'exact' },
        { field: 'money_order', match: 'amount' },
    ],
    branches: [
        {
            name: 'paid',
            schema: 'ExchangeApplyPaid',
            conditions: [
                { field: 'result_pay', required: true, equals: 'SUCCESS' },
                { field: 'ret_code', required: true, equals: '0000' },
            ],
            signature: 'required',
            validate: validateExchangeApplyPaid,
        },
        {
            name: 'success',
            schema: 'ExchangeApplySuccess',
            conditions: [
                { field: 'result_pay', required: false, equals: 'PROCESSING' },
                { field: 'ret_code', required: true, equals: '0000' },
            ],
            signature: 'required',
            validate: validateExchangeApplySuccess,
        },
        {
            name: 'failure',
            schema: 'ExchangeApplyFailure',
            conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
            signature: 'optional',
            validate: validateExchangeApplyFailure,
        },
    ],
};
/** What the spec says about exchangeVerify, for the runtime pipeline. */
const exchangeVerifyOperation = {
    operationId: 'exchangeVerify',
    summary: 'Exchange Payment Verify API',
    method: 'post',
    path: '/exchange/v1/bankcardpayverify',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://fe-pay.lianlianpay.com',
    requestSchema: 'ExchangeVerifyRequest',
    validateRequest: validateExchangeVerifyRequest,
    requestSignTypes: ['RSA'],
    signingFields: exchangeVerifyRequestSigningFields,
    signingUriFields: exchangeVerifySigningUriFields,
    responseSignTypes: ['RSA'],
    envelope: undefined,
    correlation: [
        { field: 'oid_partner', match: 'exact' },
        { field: 'no_order', match: 'exact' },
    ],
    branches: [
        {
            name: 'success',
            schema: 'ExchangeVerifySuccess',
            conditions: [
                { field: 'result_pay', required: true, equals: 'PROCESSING' },
                { field: 'ret_code', required: true, equals: '0000' },
            ],
            signature: 'required',
            validate: validateExchangeVerifySuccess,
        },
        {
            name: 'paid',
            schema: 'ExchangeVerifyPaid',
            conditions: [
                { field: 'result_pay', required: true, equals: 'SUCCESS' },
                { field: 'ret_code', required: true, equals: '0000' },
            ],
            signature: 'required',
            validate: validateExchangeVerifyPaid,
        },
        {
            name: 'failure',
            schema: 'ExchangeVerifyFailure',
            conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
            signature: 'optional',
            validate: validateExchangeVerifyFailure,
        },
    ],
};
/** What the spec says about exchangeQuery, for the runtime pipeline. */
const exchangeQueryOperation = {
    operationId: 'exchangeQuery',
    summary: 'Exchange Payment Result Query API',
    method: 'post',
    path: '/exchangeorderquery.htm',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://queryapi.lianlianpay.com',
    requestSchema: 'ExchangeQueryRequest',
    validateRequest: validateExchangeQueryRequest,
    requestSignTypes: ['RSA'],
    signingFields: exchangeQueryRequestSigningFields,
    signingUriFields: exchangeQuerySigningUriFields,
    responseSignTypes: ['RSA'],
    envelope: undefined,
    correlation: [
        { field: 'oid_partner', match: 'exact' },
        { field: 'no_order', match: 'exact' },
    ],
    branches: [
        {
            name: 'success',
            schema: 'ExchangeQuerySuccess',
            conditions: [
                { field: 'result_pay', required: true, notEquals: 'SUCCESS' },
                { field: 'ret_code', required: true, equals: '0000' },
            ],
            signature: 'required',
            validate: validateExchangeQuerySuccess,
        },
        {
            name: 'paid',
            schema: 'ExchangeQueryPaid',
            conditions: [
                { field: 'result_pay', required: true, equals: 'SUCCESS' },
                { field: 'ret_code', required: true, equals: '0000' },
            ],
            signature: 'required',
            validate: validateExchangeQueryPaid,
        },
        {
            name: 'failure',
            schema: 'ExchangeQueryFailure',
            conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
            signature: 'optional',
            validate: validateExchangeQueryFailure,
        },
    ],
};
/** What the spec says about aggregateQuery, for the runtime pipeline. */
const aggregateQueryOperation = {
    operationId: 'aggregateQuery',
    summary: 'Aggregate Payment Result Query API',
    method: 'post',
    path: '/llwalletapi/orderquery.htm',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://wallet.lianlianpay.com',
    requestSchema: 'AggregateQueryRequest',
    validateRequest: validateAggregateQueryRequest,
    requestSignTypes: ['RSA'],
    signingFields: aggregateQueryRequestSigningFields,
    signingUriFields: aggregateQuerySigningUriFields,
    responseSignTypes: ['RSA'],
    envelope: undefined,
    correlation: [{ field: 'oid_partner', match: 'exact' }],
    branches: [
        {
            name: 'paid',
            schema: 'AggregateQueryPaid',
            conditions: [
                { field: 'result_pay', required: true, equals: 'SUCCESS' },
                { field: 'ret_code', required: true, equals: '0000' },
            ],
            signature: 'required',
            validate: validateAggregateQueryPaid,
        },
        {
            name: 'success',
            schema: 'AggregateQuerySuccess',
            conditions: [
                { field: 'result_pay', required: false, notEquals: 'SUCCESS' },
                { field: 'ret_code', required: true, equals: '0000' },
            ],
            signature: 'required',
            validate: validateAggregateQuerySuccess,
        },
        {
            name: 'failure',
            schema: 'AggregateQueryFailure',
            conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
            signature: 'optional',
            validate: validateAggregateQueryFailure,
        },
    ],
};
/** What the spec says about aggregatePay, for the runtime pipeline. */
const aggregatePayOperation = {
    operationId: 'aggregatePay',
    summary: 'Aggregate Payment Direct API',
    method: 'post',
    path: '/llwalletapi/combinepay.htm',
    unsignedResponseFields: [],
    responseKeyOrder: 'case-insensitive',
    serverUrl: 'https://wallet.lianlianpay.com',
    requestSchema: 'AggregatePayRequest',
    validateRequest: validateAggregatePayRequest,
    requestSignTypes: ['RSA'],
    signingFields: aggregatePayRequestSigningFields,
    signingUriFields: aggregatePaySigningUriFields,
    responseSignTypes: ['RSA'],
    envelope: undefined,
    correlation: [
        { field: 'oid_partner', match: 'exact' },
        { field: 'user_id', match: 'exact' },
        { field: 'pay_type', match: 'exact' },
    ],
    branches: [
        {
            name: 'failure',
            schema: 'AggregatePayFailure',
            conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
            signature: 'optional',
            validate: validateAggregatePayFailure,
        },
        {
            name: 'success',
            schema: 'AggregatePaySuccess',
            conditions: [{ field: 'ret_code', required: true, equals: '0000' }],
            signature: 'required',
            validate: validateAggregatePaySuccess,
        },
    ],
};
/** What the spec says about mpayQuery, for the runtime pipeline. */
const mpayQueryOperation = {
    operationId: 'mpayQuery',
    summary: 'MPAY payment result query API',
    method: 'post',
    path: '/orderquery.htm#mpay',
    unsignedResponseFields: ['bank_name', 'memo', 'card_no'],
    responseKeyOrder: 'byte',
    serverUrl: 'https://queryapi.lianlianpay.com',
    requestSchema: 'OrderQueryRequest',
    validateRequest: validateOrderQueryRequest,
    requestSignTypes: ['RSA'],
    signingFields: mpayQueryRequestSigningFields,
    signingUriFields: mpayQuerySigningUriFields,
    responseSignTypes: ['RSA'],
    envelope: undefined,
    correlation: [
        { field: 'oid_partner', match: 'exact' },
        { field: 'no_order', match: 'exact', whenSent: true },
        { field: 'oid_paybill', match: 'exact', whenSent: true },
    ],
    branches: [
        {
            name: 'success',
            schema: 'MpayQueryResult',
            conditions: [
                { field: 'pay_type', required: false, oneOf: ['2', '3', 'P'] },
                {
                    field: 'result_pay',
                    required: true,
                    oneOf: ['WAITING', 'PROCESSING', 'REFUND', 'FAILURE'],
                },
                { field: 'ret_code', required: true, equals: '0000' },
            ],
            signature: 'required',
            validate: validateMpayQueryResult,
        },
        {
            name: 'paid',
            schema: 'MpayQueryPaid',
            conditions: [
                { field: 'pay_type', required: false, oneOf: ['2', '3', 'P'] },
                { field: 'result_pay', required: true, equals: 'SUCCESS' },
                { field: 'ret_code', required: true, equals: '0000' },
            ],
            signature: 'required',
            validate: validateMpayQueryPaid,
        },
        {
            name: 'failure',
            schema: 'MpayQueryFailure',
            conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
            signature: 'optional',
            validate: validateMpayQueryFailure,
        },
    ],
};
/** What the spec says about easypayQuery, for the runtime pipeline. */
const easypayQueryOperation = {
    operationId: 'easypayQuery',
    summary: 'Easypay payment result query API',
    method: 'post',
    path: '/orderquery.htm#easypay',
    unsignedResponseFields: ['bank_name', 'memo'],
    responseKeyOrder: 'byte',
    serverUrl: 'https://queryapi.lianlianpay.com',
    requestSchema: 'OrderQueryRequest',
    validateRequest: validateOrderQueryRequest,
    requestSignTypes: ['RSA'],
    signingFields: easypayQueryRequestSigningFields,
    signingUriFields: easypayQuerySigningUriFields,
    responseSignTypes: ['RSA'],
    envelope: undefined,
    correlation: [
        { field: 'oid_partner', match: 'exact' },
        { field: 'no_order', match: 'exact', whenSent: true },
        { field: 'oid_paybill', match: 'exact', whenSent: true },
    ],
    branches: [
        {
            name: 'paid',
            schema: 'EasypayQueryPaid',
            conditions: [
                { field: 'pay_type', required: false, oneOf: ['M', 'N', 'F'] },
                { field: 'result_pay', required: true, equals: 'SUCCESS' },
                { field: 'ret_code', required: true, equals: '0000' },
            ],
            signature: 'required',
            validate: validateEasypayQueryPaid,
        },
        {
            name: 'success',
            schema: 'EasypayQueryResult',
            conditions: [
                { field: 'pay_type', required: false, oneOf: ['M', 'N', 'F'] },
                {
                    field: 'result_pay',
                    required: false,
                    oneOf: ['WAITING', 'PROCESSING', 'REFUND', 'FAILURE'],
                },
                { field: 'ret_code', required: true, equals: '0000' },
            ],
            signature: 'required',
            validate: validateEasypayQueryResult,
        },
        {
            name: 'failure',
            schema: 'EasypayQueryFailure',
            conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
            signature: 'optional',
            validate: validateEasypayQueryFailure,
        },
    ],
};
/** What the spec says about unifiedCreateBill, for the runtime pipeline. */
const unifiedCreateBillOperation = {
    operationId: 'unifiedCreateBill',
    summary: 'Payment Creation Direct API (unified gateway)',
    method: 'post',
    path: '/v1/paycreatebill',
    unsignedResponseFields: [],
    responseKeyOrder: 'byte',
    serverUrl: 'https://payserverapi.lianlianpay.com',
    requestSchema: 'UnifiedCreateBillRequest',
    validateRequest: validateUnifiedCreateBillRequest,
    requestSignTypes: ['RSA'],
    signingFields: unifiedCreateBillRequestSigningFields,
    signingUriFields: unifiedCreateBillSigningUriFields,
    responseSignTypes: ['RSA'],
    envelope: undefined,
    correlation: [
        { field: 'no_order', match: 'exact' },
        { field: 'money_order', match: 'amount' },
    ],
    branches: [
        {
            name: 'failure',
            schema: 'UnifiedCreateBillFailure',
            conditions: [{ field: 'ret_code', required: true, notEquals: '0000' }],
            signature: 'optional',
            validate: validateUnifiedCreateBillFailure,
        },
        {
            name: 'success',
            schema: 'UnifiedCreateBillSuccess',
            conditions: [{ field: 'ret_code', required: true, equals: '0000' }],
            signature: 'required',
            validate: validateUnifiedCreateBillSuccess,
        },
    ],
};
/** What the spec says about each operation, for the runtime pipeline. */
export const clientOperations = {
    mpayVerify: mpayVerifyOperation,
    mpayApply: mpayApplyOperation,
    easypayApply: easypayApplyOperation,
    easypayVerify: easypayVerifyOperation,
    instantPayConfirm: instantPayConfirmOperation,
    instantPayApply: instantPayApplyOperation,
    instantPayQuery: instantPayQueryOperation,
    balanceQuery: balanceQueryOperation,
    cardBindApply: cardBindApplyOperation,
    cardBindVerify: cardBindVerifyOperation,
    cardUnbind: cardUnbindOperation,
    mpayCardBindApply: mpayCardBindApplyOperation,
    mpayCardBindVerify: mpayCardBindVerifyOperation,
    cardBindQuery: cardBindQueryOperation,
    refundApply: refundApplyOperation,
    refundQuery: refundQueryOperation,
    cardBinQuery: cardBinQueryOperation,
    preauthCapture: preauthCaptureOperation,
    preauthCancel: preauthCancelOperation,
    preauthQuery: preauthQueryOperation,
    exchangeApply: exchangeApplyOperation,
    exchangeVerify: exchangeVerifyOperation,
    exchangeQuery: exchangeQueryOperation,
    aggregateQuery: aggregateQueryOperation,
    aggregatePay: aggregatePayOperation,
    mpayQuery: mpayQueryOperation,
    easypayQuery: easypayQueryOperation,
    unifiedCreateBill: unifiedCreateBillOperation,
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
        mpayApply: (params, options) => core.call('mpayApply', params, options),
        easypayApply: (params, options) => core.call('easypayApply', params, options),
        easypayVerify: (params, options) => core.call('easypayVerify', params, options),
        instantPayConfirm: (params, options) => core.call('instantPayConfirm', params, options),
        instantPayApply: (params, options) => core.call('instantPayApply', params, options),
        instantPayQuery: (params, options) => core.call('instantPayQuery', params, options),
        balanceQuery: (params, options) => core.call('balanceQuery', params, options),
        cardBindApply: (params, options) => core.call('cardBindApply', params, options),
        cardBindVerify: (params, options) => core.call('cardBindVerify', params, options),
        cardUnbind: (params, options) => core.call('cardUnbind', params, options),
        mpayCardBindApply: (params, options) => core.call('mpayCardBindApply', params, options),
        mpayCardBindVerify: (params, options) => core.call('mpayCardBindVerify', params, options),
        cardBindQuery: (params, options) => core.call('cardBindQuery', params, options),
        refundApply: (params, options) => core.call('refundApply', params, options),
        refundQuery: (params, options) => core.call('refundQuery', params, options),
        cardBinQuery: (params, options) => core.call('cardBinQuery', params, options),
        preauthCapture: (params, options) => core.call('preauthCapture', params, options),
        preauthCancel: (params, options) => core.call('preauthCancel', params, options),
        preauthQuery: (params, options) => core.call('preauthQuery', params, options),
        exchangeApply: (params, options) => core.call('exchangeApply', params, options),
        exchangeVerify: (params, options) => core.call('exchangeVerify', params, options),
        exchangeQuery: (params, options) => core.call('exchangeQuery', params, options),
        aggregateQuery: (params, options) => core.call('aggregateQuery', params, options),
        aggregatePay: (params, options) => core.call('aggregatePay', params, options),
        mpayQuery: (params, options) => core.call('mpayQuery', params, options),
        easypayQuery: (params, options) => core.call('easypayQuery', params, options),
        unifiedCreateBill: (params, options) => core.call('unifiedCreateBill', params, options),
        baseUrlOf: (operationId) => core.baseUrlOf(operationId),
    };
}
/**
 * A client for the MPAY Verify Direct API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createMpayVerifyClient(config) {
    const core = createClientCore(config, {
        operations: { mpayVerify: mpayVerifyOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        mpayVerify: (params, options) => core.call('mpayVerify', params, options),
    };
}
/**
 * A client for the MPAY Apply Direct API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createMpayApplyClient(config) {
    const core = createClientCore(config, {
        operations: { mpayApply: mpayApplyOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        mpayApply: (params, options) => core.call('mpayApply', params, options),
    };
}
/**
 * A client for the Easypay Apply Direct API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createEasypayApplyClient(config) {
    const core = createClientCore(config, {
        operations: { easypayApply: easypayApplyOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        easypayApply: (params, options) => core.call('easypayApply', params, options),
    };
}
/**
 * A client for the Easypay Verify Direct API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createEasypayVerifyClient(config) {
    const core = createClientCore(config, {
        operations: { easypayVerify: easypayVerifyOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        easypayVerify: (params, options) => core.call('easypayVerify', params, options),
    };
}
/**
 * A client for the Instant payment confirm API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createInstantPayConfirmClient(config) {
    const core = createClientCore(config, {
        operations: { instantPayConfirm: instantPayConfirmOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        instantPayConfirm: (params, options) => core.call('instantPayConfirm', params, options),
    };
}
/**
 * A client for the Instant payment apply API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createInstantPayApplyClient(config) {
    const core = createClientCore(config, {
        operations: { instantPayApply: instantPayApplyOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        instantPayApply: (params, options) => core.call('instantPayApply', params, options),
    };
}
/**
 * A client for the Instant payment result query API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createInstantPayQueryClient(config) {
    const core = createClientCore(config, {
        operations: { instantPayQuery: instantPayQueryOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        instantPayQuery: (params, options) => core.call('instantPayQuery', params, options),
    };
}
/**
 * A client for the Balance Query API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createBalanceQueryClient(config) {
    const core = createClientCore(config, {
        operations: { balanceQuery: balanceQueryOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        balanceQuery: (params, options) => core.call('balanceQuery', params, options),
    };
}
/**
 * A client for the Card Bind Apply API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createCardBindApplyClient(config) {
    const core = createClientCore(config, {
        operations: { cardBindApply: cardBindApplyOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        cardBindApply: (params, options) => core.call('cardBindApply', params, options),
    };
}
/**
 * A client for the Card Bind Verify API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createCardBindVerifyClient(config) {
    const core = createClientCore(config, {
        operations: { cardBindVerify: cardBindVerifyOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        cardBindVerify: (params, options) => core.call('cardBindVerify', params, options),
    };
}
/**
 * A client for the Card Unbind API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createCardUnbindClient(config) {
    const core = createClientCore(config, {
        operations: { cardUnbind: cardUnbindOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        cardUnbind: (params, options) => core.call('cardUnbind', params, options),
    };
}
/**
 * A client for the MPAY Card Bind Apply API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createMpayCardBindApplyClient(config) {
    const core = createClientCore(config, {
        operations: { mpayCardBindApply: mpayCardBindApplyOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        mpayCardBindApply: (params, options) => core.call('mpayCardBindApply', params, options),
    };
}
/**
 * A client for the MPAY Card Bind Verify API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createMpayCardBindVerifyClient(config) {
    const core = createClientCore(config, {
        operations: { mpayCardBindVerify: mpayCardBindVerifyOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        mpayCardBindVerify: (params, options) => core.call('mpayCardBindVerify', params, options),
    };
}
/**
 * A client for the Card Bind Query API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createCardBindQueryClient(config) {
    const core = createClientCore(config, {
        operations: { cardBindQuery: cardBindQueryOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        cardBindQuery: (params, options) => core.call('cardBindQuery', params, options),
    };
}
/**
 * A client for the Refund Apply API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createRefundApplyClient(config) {
    const core = createClientCore(config, {
        operations: { refundApply: refundApplyOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        refundApply: (params, options) => core.call('refundApply', params, options),
    };
}
/**
 * A client for the Refund Result Query API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createRefundQueryClient(config) {
    const core = createClientCore(config, {
        operations: { refundQuery: refundQueryOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        refundQuery: (params, options) => core.call('refundQuery', params, options),
    };
}
/**
 * A client for the Card Bin Query API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createCardBinQueryClient(config) {
    const core = createClientCore(config, {
        operations: { cardBinQuery: cardBinQueryOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        cardBinQuery: (params, options) => core.call('cardBinQuery', params, options),
    };
}
/**
 * A client for the Pre-authorized capture API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createPreauthCaptureClient(config) {
    const core = createClientCore(config, {
        operations: { preauthCapture: preauthCaptureOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        preauthCapture: (params, options) => core.call('preauthCapture', params, options),
    };
}
/**
 * A client for the Pre-authorized cancel API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createPreauthCancelClient(config) {
    const core = createClientCore(config, {
        operations: { preauthCancel: preauthCancelOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        preauthCancel: (params, options) => core.call('preauthCancel', params, options),
    };
}
/**
 * A client for the Pre-authorized order status query API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createPreauthQueryClient(config) {
    const core = createClientCore(config, {
        operations: { preauthQuery: preauthQueryOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        preauthQuery: (params, options) => core.call('preauthQuery', params, options),
    };
}
/**
 * A client for the Exchange Payment Apply API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createExchangeApplyClient(config) {
    const core = createClientCore(config, {
        operations: { exchangeApply: exchangeApplyOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        exchangeApply: (params, options) => core.call('exchangeApply', params, options),
    };
}
/**
 * A client for the Exchange Payment Verify API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createExchangeVerifyClient(config) {
    const core = createClientCore(config, {
        operations: { exchangeVerify: exchangeVerifyOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        exchangeVerify: (params, options) => core.call('exchangeVerify', params, options),
    };
}
/**
 * A client for the Exchange Payment Result Query API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createExchangeQueryClient(config) {
    const core = createClientCore(config, {
        operations: { exchangeQuery: exchangeQueryOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        exchangeQuery: (params, options) => core.call('exchangeQuery', params, options),
    };
}
/**
 * A client for the Aggregate Payment Result Query API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createAggregateQueryClient(config) {
    const core = createClientCore(config, {
        operations: { aggregateQuery: aggregateQueryOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        aggregateQuery: (params, options) => core.call('aggregateQuery', params, options),
    };
}
/**
 * A client for the Aggregate Payment Direct API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createAggregatePayClient(config) {
    const core = createClientCore(config, {
        operations: { aggregatePay: aggregatePayOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        aggregatePay: (params, options) => core.call('aggregatePay', params, options),
    };
}
/**
 * A client for the MPAY payment result query API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createMpayQueryClient(config) {
    const core = createClientCore(config, {
        operations: { mpayQuery: mpayQueryOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        mpayQuery: (params, options) => core.call('mpayQuery', params, options),
    };
}
/**
 * A client for the Easypay payment result query API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createEasypayQueryClient(config) {
    const core = createClientCore(config, {
        operations: { easypayQuery: easypayQueryOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        easypayQuery: (params, options) => core.call('easypayQuery', params, options),
    };
}
/**
 * A client for the Payment Creation Direct API (unified gateway) alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createUnifiedCreateBillClient(config) {
    const core = createClientCore(config, {
        operations: { unifiedCreateBill: unifiedCreateBillOperation },
        returnCodes: RETURN_CODES,
    });
    return {
        unifiedCreateBill: (params, options) => core.call('unifiedCreateBill', params, options),
    };
}
