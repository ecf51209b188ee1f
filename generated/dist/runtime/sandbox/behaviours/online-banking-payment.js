import { sandboxSendNotification } from '../behaviour.js';
import { sandboxSign } from '../context.js';
import { SANDBOX_CARD_BINS } from '../state/card-bins.js';
import { sandboxPaidOrderFields } from './cashier.js';
import { webPayment } from './web-payment.js';
const RESULT = { webhook: 'onlineBankingNotify', urlField: 'notify_url' };
// The page's table: 1 online banking with a debit card, the method when the form names none.
const DEFAULT_PAY_TYPE = '1';
// The banks the sandbox knows (its card bin table's issuers), each once.
const BANKS = [
    ...new Map(SANDBOX_CARD_BINS.map((bin) => [bin.bankCode, bin.bankName])).entries(),
];
export const onlineBankingPayment = {
    operationId: 'onlineBankingPayment',
    rules: webPayment.rules === undefined ? undefined : { ...webPayment.rules, label: 'Online banking' },
    emits: [RESULT],
    shows: ['no_order', 'name_goods', 'money_order', 'info_order', 'charset_name'],
    open: (ctx, form) => webPayment.open(ctx, form),
    choice(form) {
        if (form.fields.bank_code)
            return undefined;
        return { field: 'bank_code', label: '选择银行 (Bank)', options: BANKS };
    },
    pay(ctx, form, chosen) {
        const request = form.fields;
        if (!ctx.state.markPaid(request.oid_partner, request.no_order))
            return { refused: '1002', outcome: '1002 (paid meanwhile)' };
        const bank = request.bank_code || chosen || BANKS[0][0];
        const result = sandboxSign(ctx, {
            ...sandboxPaidOrderFields(ctx, request),
            result_pay: 'SUCCESS',
            pay_type: request.pay_type || DEFAULT_PAY_TYPE,
            bank_code: bank,
        }, 'RSA');
        sandboxSendNotification(ctx, RESULT.webhook, request[RESULT.urlField], result);
        const url = request.url_return;
        if (!url)
            return { outcome: `0000 (paid at ${bank}, no url_return)` };
        return {
            outcome: `0000 (paid at ${bank}, returning to url_return)`,
            returnTo: { url, fields: {} },
        };
    },
};
