/**
 * The sandbox's card bin table: which (made-up test) card number prefixes it recognises, and the
 * issuer and card type the Card Bin Query API reports for them. A number matching no prefix is an
 * unrecognised card bin (5001). The bank codes are the issuers' 8-digit codes LianLian uses
 * (01040000 in the refund pages' samples); the README's sandbox section lists the table.
 */
/** One issuer prefix of the sandbox. */
export interface SandboxCardBin {
    /** The card number's first digits. */
    readonly prefix: string;
    readonly bankCode: string;
    /** The bank's name in Chinese, as LianLian reports it. */
    readonly bankName: string;
    /** card_type: 2 debit card, 3 credit card. */
    readonly cardType: '2' | '3';
}
export declare const SANDBOX_CARD_BINS: readonly SandboxCardBin[];
/** The entry whose prefix is the longest one `cardNo` starts with, or undefined. */
export declare function sandboxCardBin(cardNo: string): SandboxCardBin | undefined;
