/**
 * Card Bin Query: answers from the sandbox's card bin table (state/card-bins.ts); a card number
 * matching no prefix of it is an unrecognised card bin (5001). The log shows the card masked.
 */
import {
  sandboxRefusal,
  sandboxSuccess,
  type SandboxBehaviour,
  type SandboxVerifiedRequest,
} from '../behaviour.js';
import { sandboxMaskedCard, type SandboxContext } from '../context.js';
import type { SandboxRuleSet } from '../rule-table.js';
import { SANDBOX_CARD_BINS, sandboxCardBin } from '../state/card-bins.js';

// The table's prefixes are quoted from the table itself, so the rule follows it.
const BIN_RULES: SandboxRuleSet = {
  label: 'Card bin query',
  rules: [
    {
      when: `\`card_no\` starts with none of the sandbox's card bins (${SANDBOX_CARD_BINS.map((bin) => `\`${bin.prefix}\``).join(', ')})`,
      retCode: '5001',
    },
  ],
};

// A number no prefix of the table starts with: the first table prefix with its first digit changed.
function unknownCard(known: string): string {
  const first = SANDBOX_CARD_BINS[0]?.prefix ?? '0';
  let candidate = known;
  for (let digit = 0; digit <= 9; digit += 1) {
    candidate = String(digit) + first.slice(1) + known.slice(first.length);
    if (sandboxCardBin(candidate) === undefined) return candidate;
  }
  return candidate;
}

export const cardBinQuery: SandboxBehaviour = {
  operationId: 'cardBinQuery',
  rules: BIN_RULES,
  handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
    const cardNo = request.fields.card_no as string;
    const card = sandboxMaskedCard(cardNo);
    if (card !== undefined) request.note.card = card;
    const bin = sandboxCardBin(cardNo);
    if (bin === undefined)
      return sandboxRefusal(ctx, request, { retCode: '5001', field: 'card_no' });
    return sandboxSuccess(
      ctx,
      request,
      {
        card_no: cardNo.slice(-4),
        bank_code: bin.bankCode,
        bank_name: bin.bankName,
        card_type: bin.cardType,
      },
      `card_type ${bin.cardType}`,
    );
  },
  failures: {
    '5001': (_sandbox, request) => ({
      request: { card_no: unknownCard(request.card_no as string) },
      order: {},
    }),
  },
};
