/** The wallet payments of one sandbox state. */
export class SandboxWalletPayments {
    state;
    byOrder = new Map();
    byPaybill = new Map();
    constructor(state) {
        this.state = state;
    }
    /** Registers a new payment; undefined when the order number was used already. */
    create(payment) {
        const key = orderKey(payment.oidPartner, payment.noOrder);
        if (this.byOrder.has(key))
            return undefined;
        const created = { ...payment, oidPaybill: this.state.nextPaybill() };
        this.byOrder.set(key, created);
        this.byPaybill.set(created.oidPaybill, created);
        return created;
    }
    /** A merchant's payment by order number or transaction number (both must agree when given). */
    find(oidPartner, noOrder, oidPaybill) {
        const found = noOrder !== undefined
            ? this.byOrder.get(orderKey(oidPartner, noOrder))
            : this.byPaybill.get(oidPaybill ?? '');
        if (found === undefined || found.oidPartner !== oidPartner)
            return undefined;
        if (oidPaybill !== undefined && found.oidPaybill !== oidPaybill)
            return undefined;
        return found;
    }
    /** The payment whose payLoad link carries this transaction number. */
    byTransaction(oidPaybill) {
        return this.byPaybill.get(oidPaybill);
    }
}
const stores = new WeakMap();
/** The wallet payment store of a sandbox state (made on first use). */
export function sandboxWalletPayments(state) {
    let store = stores.get(state);
    if (store === undefined) {
        store = new SandboxWalletPayments(state);
        stores.set(state, store);
    }
    return store;
}
function orderKey(oidPartner, noOrder) {
    return `${oidPartner ?? ''}\u0000${noOrder ?? ''}`;
}
