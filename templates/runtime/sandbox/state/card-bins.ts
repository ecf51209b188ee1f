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

export const SANDBOX_CARD_BINS: readonly SandboxCardBin[] = Object.freeze([
  { prefix: '622588', bankCode: '03080000', bankName: '招商银行', cardType: '3' },
  { prefix: '621700', bankCode: '01050000', bankName: '中国建设银行', cardType: '2' },
  { prefix: '622202', bankCode: '01020000', bankName: '中国工商银行', cardType: '2' },
  { prefix: '621661', bankCode: '01040000', bankName: '中国银行', cardType: '2' },
]);

/** The entry whose prefix is the longest one `cardNo` starts with, or undefined. */
export function sandboxCardBin(cardNo: string): SandboxCardBin | undefined {
  let found: SandboxCardBin | undefined;
  for (const bin of SANDBOX_CARD_BINS) {
    if (
      cardNo.startsWith(bin.prefix) &&
      (found === undefined || bin.prefix.length > found.prefix.length)
    )
      found = bin;
  }
  return found;
}
