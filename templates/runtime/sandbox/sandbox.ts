/**
 * A local LianLian simulator for development and end-to-end tests. It listens on 127.0.0.1, holds
 * a LianLian key pair and the registered merchants' public keys, and serves:
 *
 * - the JSON operations at their spec paths (validate, check the merchant signature, open the
 *   envelope, apply the published rules (rule-table.ts, behaviours/), answer signed);
 * - the WEB Payment cashier at its spec path, with a payment page and both notifications;
 * - the unified gateway's payment page (`/sandbox/paymentweb/payinit?token=`, GET or POST), the
 *   `gateway_url` payment creation answers, which sends both notifications when paid;
 * - sandbox-only endpoints: `POST /sandbox/tokens` (a Verify token, standing in for the Apply
 *   APIs), `POST /sandbox/payouts` (a held payout awaiting confirmation),
 *   `POST /sandbox/payments` (an order paid, as a Verify call would, ready for refunds) and
 *   `POST /sandbox/preauths` (an Easypay pre-authorisation to capture or cancel), and
 *   `GET /sandbox/reports/<file name>` (the report files of what it processed, reports.ts).
 *
 * One log line per request; card numbers appear masked, ID and phone numbers never.
 */
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { containsFieldStart } from '../crypto/canonical.js';
import { ConfigurationError } from '../shared/errors.js';
import { readJsonObject } from '../shared/json-text.js';
import { loadPrivateKey, loadPublicKey, type KeyInput } from '../crypto/keys.js';
import { readRequestBody } from '../notifications/handler.js';
import { byteLimitOption } from '../shared/response-body.js';
import { followsFieldRule, sandboxOrderLabel, type SandboxCatalogue } from './catalogue.js';
import {
  sandboxMerchantVerifiers,
  type SandboxRequestNote,
  type SandboxContext,
  type SandboxWebPaymentSubmission,
} from './context.js';
import type { SandboxSetup } from './behaviour.js';
import { sandboxRefundOrder } from './behaviours/refund-apply.js';
import type { SandboxPreauthStatus } from './state/preauths.js';
import { sandboxReportFile } from './reports.js';
import { chooseSandboxOperation } from './dispatch.js';
import { handleSandboxJsonOperation } from './json.js';
import { SANDBOX_BEHAVIOURS, SANDBOX_FORM_BEHAVIOURS } from './behaviours/index.js';
import { sandboxFormRuleRows, sandboxRuleRows, sandboxRulesHtml } from './rule-table.js';
import { SandboxNotifier, type SandboxDelivery } from './notify.js';
import { countOption, historyLimitOption } from './history.js';
import { DEFAULT_SANDBOX_SESSIONS, SandboxCashierSessions } from './sessions.js';
import {
  DEFAULT_SANDBOX_RULES,
  SandboxState,
  type SandboxPayoutRegistration,
  type SandboxRuleSettings,
  type SandboxTokenOrder,
} from './rules.js';
import { sandboxCardBindSetup } from './state/card-binds.js';
import { SANDBOX_CASHIER_PATH, handleSandboxCashierPay, handleSandboxForm } from './web.js';
import { maskDigits, oneLine } from '../shared/validation.js';
import { amountInCents } from '../shared/amount.js';
import type { SandboxMerchantAccount } from './state/payouts.js';
import { sandboxExchanges, type SandboxExchangeRegistration } from './state/exchange.js';
import {
  SANDBOX_WALLET_PATH,
  handleSandboxWalletPay,
  openSandboxWalletPayment,
} from './behaviours/aggregate.js';
import { formatChinaDate, formatChinaTime } from '../shared/china-time.js';
import {
  SANDBOX_GATEWAY_PATH,
  SANDBOX_GATEWAY_PAY_PATH,
  handleSandboxGateway,
} from './behaviours/unified-create-bill.js';
import type { SandboxDirectOrderRegistration } from './state/direct-payments.js';
import { escapeHtml, renderHtmlDocument } from '../shared/html.js';

// The options objects of Sandbox.issueToken, Sandbox.holdPayout and Sandbox.setMerchantAccount.
export type { SandboxPayoutRegistration, SandboxTokenOrder } from './rules.js';
export type { SandboxCardAgreement, SandboxCardBindApplication } from './state/card-binds.js';
export type { SandboxMerchantAccount } from './state/payouts.js';
export type { SandboxRefundSetup } from './behaviour.js';
export type { SandboxPreauthRegistration } from './state/preauths.js';
export type { SandboxExchangeRegistration } from './state/exchange.js';
export type { SandboxWalletRegistration } from './behaviours/aggregate.js';
export type { SandboxDirectOrderRegistration } from './state/direct-payments.js';

/** A merchant the sandbox accepts requests from. */
export interface SandboxMerchant {
  readonly oidPartner: string;
  /** The merchant's RSA public key (PEM, bare base64 SPKI, DER or KeyObject). */
  readonly publicKey: KeyInput;
}

/** Options of {@link startSandbox}. */
export interface SandboxOptions {
  /** The spec's operations and validators: the generated `sandboxCatalogue`. */
  readonly catalogue: SandboxCatalogue;
  readonly merchants: readonly SandboxMerchant[];
  /** LianLian's private key for signing and opening envelopes (default: a new 2048-bit key). */
  readonly lianlianPrivateKey?: KeyInput;
  /** Interface to listen on (default 127.0.0.1). */
  readonly host?: string;
  /** Port (default 0: any free port). */
  readonly port?: number;
  /** Rule settings (amount limit, wrong SMS code, token lifetime). */
  readonly rules?: Partial<SandboxRuleSettings>;
  /** Notification retry pause in ms (default 120000, as LianLian; use ~50 in tests). */
  readonly notifyRetryMs?: number;
  /** Notification attempts before giving up (default 30). */
  readonly notifyMaxAttempts?: number;
  /** Identical copies posted per notification attempt (default 1). */
  readonly notifyCopies?: number;
  /** The sandbox clock (default `() => new Date()`). */
  readonly now?: () => Date;
  /**
   * One line per request and per notification attempt (default: console.log). `false`: no log,
   * and no line is formatted or masked (a load test's sandbox spends nothing on it).
   */
  readonly log?: ((line: string) => void) | false;
  /**
   * Form submissions and notification deliveries kept for `webPaymentSubmissions` and
   * `deliveries`, the most recent (default 1000): a long-running sandbox holds memory flat.
   */
  readonly historyLimit?: number;
  /**
   * Cashier pages shown and not yet paid that stay payable, the most recent (default 1000); each
   * also lapses after the token lifetime (`rules.tokenMinutes`). A dropped page is refused.
   */
  readonly sessionLimit?: number;
  /** Largest request body in bytes (default 64 KiB). */
  readonly maxBodyBytes?: number;
  /**
   * Refuse (1004) a request that lacks a field LianLian's docs call required but LianLian accepts
   * requests without (`x-lianlian-unenforced`). Default false: accept it, as LianLian does, with a
   * warning in the log line and the `X-LianLian-Sandbox-Warning` answer header.
   */
  readonly strict?: boolean;
}

/** A running sandbox. */
export interface Sandbox extends SandboxSetup {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
  /** LianLian's public key as PEM SPKI: configure merchants' verifiers and clients with it. */
  readonly lianlianPublicKeyPem: string;
  /** Forms received at the WEB Payment path, in order: the most recent `historyLimit`. */
  readonly webPaymentSubmissions: readonly SandboxWebPaymentSubmission[];
  /** Asynchronous notifications and what became of them: the most recent `historyLimit`. */
  readonly deliveries: readonly SandboxDelivery[];
  /**
   * Same as GET /sandbox/reports/<name>: the report file `name` (`JYMX_{oid_partner}_{settle_date}.txt`,
   * `JYMXSUM_…`, the monthly `JYMX_…_{yyyyMM}.txt`) for the payments and refunds the sandbox
   * completed, in the spec's format; undefined for a name no report format has (reports.ts).
   */
  reportFile(name: string): string | undefined;
  /** Resolves when every notification so far was acknowledged or gave up. */
  notificationsSettled(): Promise<void>;
  /** Stops listening, cancels notification retries and closes open connections. */
  close(): Promise<void>;
}

const SANDBOX_PREFIX = '/sandbox/';
/** Where the report files are served: GET /sandbox/reports/<file name>. */
const SANDBOX_REPORTS_PATH = '/sandbox/reports/';
// The setup endpoints under SANDBOX_PREFIX, each taking an order.
const SANDBOX_ENDPOINTS = ['tokens', 'payouts', 'payments', 'preauths'] as const;
type SandboxEndpoint = (typeof SANDBOX_ENDPOINTS)[number];

/** The answer header that carries the sandbox's warnings about an accepted request. */
export const SANDBOX_WARNING_HEADER = 'X-LianLian-Sandbox-Warning';

/** Starts a sandbox; resolves once it listens. */
export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const limit = byteLimitOption(options.maxBodyBytes, 64 * 1024, 'maxBodyBytes');
  const now = options.now ?? (() => new Date());
  const historyLimit = historyLimitOption(options.historyLimit);
  const sessionLimit = countOption(
    options.sessionLimit,
    DEFAULT_SANDBOX_SESSIONS,
    'sessionLimit',
    'cashier pages',
  );
  const sink = options.log ?? ((line: string) => console.log(line));
  // Every sandbox log line passes the one masker: requests carry card, ID and phone numbers.
  // Without a sink no line is built (lazy log line), so `log: false` costs nothing per request.
  const log = sink === false ? undefined : (line: string) => sink(maskDigits(line));
  const lianlianPrivateKey =
    options.lianlianPrivateKey === undefined
      ? generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
      : loadPrivateKey(options.lianlianPrivateKey);
  const merchants = new Map<string, KeyObject>();
  for (const merchant of options.merchants) {
    if (!/^[0-9]{1,18}$/.test(merchant.oidPartner))
      throw new TypeError('a merchant oidPartner must be 1 to 18 digits');
    merchants.set(merchant.oidPartner, loadPublicKey(merchant.publicKey));
  }
  const rules = { ...DEFAULT_SANDBOX_RULES, ...options.rules };
  const state = new SandboxState(rules, now);
  const notifier = new SandboxNotifier({
    retryIntervalMs: options.notifyRetryMs ?? 120_000,
    maxAttempts: options.notifyMaxAttempts ?? 30,
    copies: options.notifyCopies ?? 1,
    timeoutMs: 5_000,
    historyLimit,
    log: log && ((line) => log(`sandbox ${line}`)),
    orderKeys: options.catalogue.orderKeys,
  });
  const ctx: SandboxContext = {
    catalogue: options.catalogue,
    state,
    notifier,
    lianlianPrivateKey,
    now,
    submissions: [],
    historyLimit,
    sessions: new SandboxCashierSessions(sessionLimit, rules.tokenMinutes * 60_000, now),
    verifierFor: sandboxMerchantVerifiers(merchants),
    baseUrl: '',
    strict: options.strict === true,
  };
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    void serve(ctx, req, res, limit, log);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const baseUrl = `http://${host}:${address.port}`;
  ctx.baseUrl = baseUrl;
  let closing: Promise<void> | undefined;
  return {
    url: baseUrl,
    port: address.port,
    lianlianPublicKeyPem: createPublicKey(lianlianPrivateKey).export({
      type: 'spki',
      format: 'pem',
    }) as string,
    webPaymentSubmissions: ctx.submissions,
    deliveries: notifier.deliveries,
    issueToken: (order) => state.issueToken(checkedOrder(ctx, order)),
    holdPayout: (payout) => state.holdPayout(checkedOrder(ctx, payout)),
    ...sandboxCardBindSetup(state.cardBinds, ctx.catalogue, (partner) =>
      Boolean(ctx.verifierFor(partner, ['RSA'])),
    ),
    setMerchantAccount: (account) => state.payouts.setAccount(checkedAccount(ctx, account)),
    payOrder: (order) => state.payOrder(checkedOrder(ctx, order)),
    holdPreauth: (preauth) => state.holdPreauth(checkedOrder(ctx, preauth, true)),
    refundOrder: (refund) => sandboxRefundOrder(ctx, refund),
    openExchange: (order) => openExchange(ctx, checkedOrder(ctx, order)),
    openWalletPayment: (order) => {
      const opened = openSandboxWalletPayment(ctx, checkedOrder(ctx, order));
      if (opened === undefined)
        throw new ConfigurationError(
          'SANDBOX_ORDER',
          'noOrder was used or paid already',
          'noOrder',
        );
      return opened;
    },
    recordDirectOrder: (order) => recordDirectOrder(ctx, checkedOrder(ctx, order)),
    reportFile: (name) => sandboxReportFile(ctx, name),
    notificationsSettled: () => notifier.idle(),
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await notifier.close();
        for (const socket of sockets) socket.destroy();
        await stopped;
      })();
      return closing;
    },
  };
}

/**
 * Answers one request and logs it. Never rejects: whatever a request contains, the sandbox answers
 * it with an HTTP status and keeps serving (an unhandled rejection would end the process).
 */
async function serve(
  ctx: SandboxContext,
  req: IncomingMessage,
  res: ServerResponse,
  limit: number,
  log: ((line: string) => void) | undefined,
): Promise<void> {
  const started = Date.now();
  const path = requestPath(req.url);
  let note: SandboxRequestNote;
  try {
    note = await route(ctx, req, res, limit, path);
  } catch {
    if (!res.headersSent) sendText(res, 500, 'sandbox error');
    else res.destroy();
    note = { operation: '-', outcome: '500 (internal error)' };
  }
  if (log === undefined) return;
  try {
    log(formatLine(req.method, path, note, started));
  } catch {
    // A failing log sink must not take the sandbox down with it.
  }
}

/**
 * The path of a request target, or undefined when it is not one. Node passes the target through
 * as sent, so `//[` or `http://[` reach here, and `new URL` throws on them.
 */
function requestPath(target: string | undefined): string | undefined {
  try {
    return new URL(target ?? '/', 'http://sandbox').pathname;
  } catch {
    return undefined;
  }
}

async function route(
  ctx: SandboxContext,
  req: IncomingMessage,
  res: ServerResponse,
  limit: number,
  path: string | undefined,
): Promise<SandboxRequestNote> {
  if (path === undefined) {
    sendText(res, 400, 'malformed request target');
    return { operation: '-', outcome: '400 (malformed request target)' };
  }
  if (req.method === 'GET' && (path === '/' || path === '/sandbox')) {
    sendHtml(res, indexPage(ctx));
    return { operation: 'index', outcome: '200' };
  }
  if (path === SANDBOX_GATEWAY_PATH || path === SANDBOX_GATEWAY_PAY_PATH) {
    // The unified gateway's payment page: browsers GET it or POST to it (LianLian's SDK posts).
    const body =
      req.method === 'POST' ? await readRequestBody(req, limit).catch(() => null) : undefined;
    if (body === null) {
      sendText(res, 413, 'request body too large or unreadable');
      return { operation: 'unified gateway page', outcome: '413' };
    }
    const answer = handleSandboxGateway(ctx, req.method, path, req.url, body);
    sendHtml(res, answer.html, answer.nonce, answer.status);
    return answer.note;
  }
  if (req.method === 'GET' && path.startsWith(SANDBOX_REPORTS_PATH)) {
    const report = sandboxReportFile(ctx, path.slice(SANDBOX_REPORTS_PATH.length));
    if (report === undefined) {
      sendText(res, 404, 'no such report file');
      return { operation: 'report', outcome: '404' };
    }
    sendText(res, 200, report);
    return { operation: 'report', outcome: '200' };
  }
  if (req.method !== 'POST') {
    sendText(res, 405, 'POST only');
    return { operation: '-', outcome: '405' };
  }
  let raw: Buffer;
  try {
    raw = await readRequestBody(req, limit);
  } catch {
    sendText(res, 413, 'request body too large or unreadable');
    return { operation: '-', outcome: '413' };
  }
  const candidates = ctx.catalogue.jsonOperations.filter((op) => op.path === path);
  if (candidates.length > 0) {
    // Two documented APIs may share the path; dispatch.ts picks the one the body is for.
    const operation = chooseSandboxOperation(ctx, candidates, raw);
    const answer = handleSandboxJsonOperation(ctx, operation, raw);
    sendJson(res, answer.status ?? 200, answer.body, answer.warnings);
    return answer.note;
  }
  const form = ctx.catalogue.forms.find((op) => op.path === path);
  if (form !== undefined) {
    const answer = handleSandboxForm(ctx, form, raw);
    sendHtml(res, answer.html, answer.nonce, answer.status);
    return answer.note;
  }
  const pay = path.startsWith(SANDBOX_CASHIER_PATH)
    ? /^([0-9a-f-]{36})\/pay(?:\/([A-Za-z0-9]{1,8}))?$/.exec(
        path.slice(SANDBOX_CASHIER_PATH.length),
      )
    : null;
  if (pay !== null) {
    const answer = handleSandboxCashierPay(ctx, pay[1] as string, raw);
    sendHtml(res, answer.html, answer.nonce, answer.status);
    return answer.note;
  }
  if (path.startsWith(SANDBOX_WALLET_PATH)) {
    // The payer "scans" a payLoad link and pays.
    const paid = handleSandboxWalletPay(ctx, path.slice(SANDBOX_WALLET_PATH.length));
    sendText(res, paid.status, paid.text);
    return paid.note;
  }
  const endpoint = path.slice(SANDBOX_PREFIX.length);
  if (path.startsWith(SANDBOX_PREFIX) && SANDBOX_ENDPOINTS.includes(endpoint as SandboxEndpoint)) {
    return sandboxEndpoint(ctx, endpoint as SandboxEndpoint, raw, res);
  }
  sendText(res, 404, 'no such sandbox endpoint');
  return { operation: '-', outcome: '404' };
}

/**
 * The order fields the token and payout endpoints take: the field, the option of
 * `Sandbox.issueToken`/`holdPayout` that carries it, and whether it is required.
 */
const ORDER_FIELDS = [
  ['no_order', 'noOrder', true],
  ['money_order', 'moneyOrder', true],
  ['dt_order', 'dtOrder', false],
  ['info_order', 'infoOrder', false],
  ['user_id', 'userId', false],
  ['notify_url', 'notifyUrl', false],
  ['pay_type', 'payType', false],
] as const;

// The states a pre-authorisation can be set up in (`status` of POST /sandbox/preauths).
const PREAUTH_STATUSES: readonly unknown[] = ['held', 'captured', 'cancelled'];

/** What a pre-authorisation setup needs beyond an order: the payer's user id and a known status. */
function preauthProblem(input: Readonly<Record<string, unknown>>) {
  if (input.user_id === undefined)
    return { field: 'user_id', option: 'userId', rule: 'is required' };
  if (input.status !== undefined && !PREAUTH_STATUSES.includes(input.status))
    return { field: 'status', option: 'status', rule: 'must be held, captured or cancelled' };
  return undefined;
}

/** The first field of a token or payout order that breaks its rule, or `undefined`. */
function orderProblem(
  ctx: SandboxContext,
  input: Readonly<Record<string, unknown>>,
): { field: string; option: string; rule: string } | undefined {
  if (ctx.verifierFor(input.oid_partner, ['RSA']) === undefined) {
    return {
      field: 'oid_partner',
      option: 'oidPartner',
      rule: 'must be a registered merchant number',
    };
  }
  // The spec's own rules for these fields, from the generated catalogue; and, since each is
  // signed into an answer or notification later, the sign source's rule against "&name=".
  for (const [field, option, required] of ORDER_FIELDS) {
    const value = input[field];
    if (!required && value === undefined) continue;
    const rule = ctx.catalogue.fieldRules[field];
    if (!followsFieldRule(rule, value)) return { field, option, rule: rule?.rule ?? 'is required' };
    if (typeof value === 'string' && containsFieldStart(value)) {
      return { field, option, rule: 'must not contain "&name=" (see the signing guide)' };
    }
  }
  return undefined;
}

/**
 * An order given to `Sandbox.issueToken` or `holdPayout`, held to the rules of its endpoint.
 * @throws {ConfigurationError} `SANDBOX_ORDER`, naming the option, when it breaks one.
 */
/**
 * Records a Direct order for `Sandbox.recordDirectOrder`.
 * @throws {ConfigurationError} `SANDBOX_ORDER` when `operationId` names no operation of a product.
 */
function recordDirectOrder(
  ctx: SandboxContext,
  order: SandboxDirectOrderRegistration,
): { oid_paybill: string } {
  const product = ctx.catalogue.jsonOperations.find(
    (op) => op.operationId === order.operationId,
  )?.product;
  if (typeof product !== 'string') {
    throw new ConfigurationError(
      'SANDBOX_ORDER',
      'operationId must name an operation of an MPAY or Easypay product (x-lianlian-product)',
      'operationId',
    );
  }
  const { state } = ctx;
  const recorded = state.directPayments.record({
    product,
    oidPartner: order.oidPartner,
    noOrder: order.noOrder,
    moneyOrder: order.moneyOrder,
    dtOrder: order.dtOrder ?? formatChinaTime(ctx.now()),
    oidPaybill: state.nextPaybill(),
    ...(order.infoOrder === undefined ? {} : { infoOrder: order.infoOrder }),
  });
  if (order.paid === true) {
    state.markPaid(order.oidPartner, order.noOrder);
    state.directPayments.pay(recorded, formatChinaDate(ctx.now()), state.nextAgreement());
  }
  return { oid_paybill: recorded.oidPaybill };
}

function checkedOrder<
  T extends SandboxPayoutRegistration | SandboxTokenOrder | SandboxDirectOrderRegistration,
>(ctx: SandboxContext, order: T, preauth = false): T {
  const input = typeof order === 'object' && order !== null ? order : ({} as T);
  const extra = input as { userId?: unknown; status?: unknown };
  const fields = {
    oid_partner: input.oidPartner,
    no_order: input.noOrder,
    money_order: input.moneyOrder,
    dt_order: input.dtOrder,
    info_order: 'infoOrder' in input ? input.infoOrder : undefined,
    notify_url: 'notifyUrl' in input ? input.notifyUrl : undefined,
    pay_type: 'payType' in input ? input.payType : undefined,
    user_id: extra.userId,
    status: extra.status,
  };
  const found = orderProblem(ctx, fields) ?? (preauth ? preauthProblem(fields) : undefined);
  if (found !== undefined) {
    throw new ConfigurationError('SANDBOX_ORDER', `${found.option} ${found.rule}`, found.option);
  }
  return order;
}

/**
 * A merchant account change given to `Sandbox.setMerchantAccount`.
 * @throws {ConfigurationError} `SANDBOX_ORDER`, naming the option, when it breaks a rule.
 */
function checkedAccount(
  ctx: SandboxContext,
  account: SandboxMerchantAccount,
): SandboxMerchantAccount {
  const input =
    typeof account === 'object' && account !== null ? account : ({} as SandboxMerchantAccount);
  const refuse = (option: string, rule: string): never => {
    throw new ConfigurationError('SANDBOX_ORDER', `${option} ${rule}`, option);
  };
  if (ctx.verifierFor(input.oidPartner, ['RSA']) === undefined)
    refuse('oidPartner', 'must be a registered merchant number');
  for (const option of ['balance', 'unsettled'] as const) {
    const value = input[option];
    if (value !== undefined && amountInCents(value) === undefined)
      refuse(option, 'must be an amount with at most two decimals, e.g. 100.00');
  }
  if (input.payouts !== undefined && typeof input.payouts !== 'boolean')
    refuse('payouts', 'must be true or false');
  return input;
}

/**
 * Sandbox.openExchange: an Exchange Payment transaction as exchangeApply registers it.
 * @throws {ConfigurationError} `SANDBOX_ORDER` when the order exists with other terms.
 */
function openExchange(ctx: SandboxContext, order: SandboxExchangeRegistration) {
  const exchange = sandboxExchanges(ctx.state, ctx.now).apply(order);
  if (exchange === undefined)
    throw new ConfigurationError(
      'SANDBOX_ORDER',
      'noOrder is already an Exchange Payment with another amount or currency',
      'noOrder',
    );
  return { token: exchange.token, oid_paybill: exchange.oidPaybill };
}

function sandboxEndpoint(
  ctx: SandboxContext,
  which: SandboxEndpoint,
  raw: Buffer,
  res: ServerResponse,
): SandboxRequestNote {
  const note: SandboxRequestNote = { operation: `sandbox ${which}`, outcome: '' };
  const problem = (field: string, rule: string) => {
    note.outcome = `400 (${field})`;
    sendJson(res, 400, { error: `${field} ${rule}`, field });
    return note;
  };
  const read = readJsonObject(raw.toString('utf8'));
  if (!read.ok && read.problem === 'duplicate-key') {
    return problem(read.key ?? 'body', 'appears more than once in the JSON body');
  }
  const input = read.ok ? read.value : {};
  const {
    oid_partner: partner,
    no_order: noOrder,
    money_order: money,
    dt_order: dtOrder,
    info_order: info,
    notify_url: notifyUrl,
    pay_type: payType,
  } = input;
  const found =
    orderProblem(ctx, input) ?? (which === 'preauths' ? preauthProblem(input) : undefined);
  // Fields are checked in ORDER_FIELDS order after the merchant: once a later field is refused,
  // the order number (the first) passed its rules and is logged with the refusal.
  const failed = ORDER_FIELDS.findIndex(([field]) => field === found?.field);
  if (found === undefined || failed > 0) note.order = sandboxOrderLabel(ctx.catalogue, input);
  if (found !== undefined) return problem(found.field, found.rule);
  const order = {
    oidPartner: partner as string,
    noOrder: noOrder as string,
    moneyOrder: money as string,
    ...(dtOrder === undefined ? {} : { dtOrder: dtOrder as string }),
  };
  const result =
    which === 'tokens'
      ? ctx.state.issueToken({
          ...order,
          ...(notifyUrl === undefined ? {} : { notifyUrl: notifyUrl as string }),
          ...(payType === undefined ? {} : { payType: payType as string }),
        })
      : which === 'payments'
        ? ctx.state.payOrder(order)
        : which === 'preauths'
          ? ctx.state.holdPreauth({
              ...order,
              userId: input.user_id as string,
              ...(input.status === undefined
                ? {}
                : { status: input.status as SandboxPreauthStatus }),
            })
          : ctx.state.holdPayout({
              oidPartner: partner as string,
              noOrder: noOrder as string,
              moneyOrder: money as string,
              ...(dtOrder === undefined ? {} : { dtOrder: dtOrder as string }),
              ...(info === undefined ? {} : { infoOrder: info as string }),
            });
  note.outcome = '201';
  sendJson(res, 201, result);
  return note;
}

function indexPage(ctx: SandboxContext): string {
  const ops = ctx.catalogue.jsonOperations
    .map((op) => `<li><code>POST ${escapeHtml(op.path)}</code> ${escapeHtml(op.operationId)}</li>`)
    .join('\n');
  const forms = ctx.catalogue.forms
    .map(
      (op) =>
        `<li><code>POST ${escapeHtml(op.path)}</code> ${escapeHtml(op.operationId)} (form)</li>`,
    )
    .join('\n');
  const enveloped = new Set(
    ctx.catalogue.jsonOperations.flatMap((op) =>
      op.envelope === undefined ? [] : [op.operationId],
    ),
  );
  return renderHtmlDocument(
    'LianLian sandbox',
    [
      '<h1>LianLian sandbox</h1>',
      `<ul>\n${ops}\n${forms}`,
      '<li><code>POST /sandbox/tokens</code> {oid_partner, no_order, money_order, dt_order?, notify_url?, pay_type?} → token</li>',
      '<li><code>POST /sandbox/payouts</code> {oid_partner, no_order, money_order, dt_order?, info_order?} → confirm_code</li>',
      '<li><code>POST /sandbox/payments</code> {oid_partner, no_order, money_order, dt_order?} → oid_paybill (a paid order, ready for refunds)</li>',
      '<li><code>POST /sandbox/preauths</code> {oid_partner, no_order, money_order, user_id, dt_order?, status?} → oid_paybill (an Easypay pre-authorisation, pay_type F)</li></ul>',
      '<h2>Rules</h2>',
      '<p>Each JSON request is checked in this order; the first rule that applies answers.</p>',
      sandboxRulesHtml(sandboxRuleRows(SANDBOX_BEHAVIOURS, enveloped, ctx.state.rules)),
      '<p>Each form posted to a browser-form operation is checked in this order; a refusal is an error page.</p>',
      sandboxRulesHtml(sandboxFormRuleRows(SANDBOX_FORM_BEHAVIOURS, ctx.state.rules)),
    ].join('\n'),
  );
}

function formatLine(
  method: string | undefined,
  path: string | undefined,
  note: SandboxRequestNote,
  started: number,
): string {
  const parts = [`sandbox ${safe(method ?? '?')} ${safe(path ?? '?')} ${note.operation}`];
  if (note.order !== undefined) parts.push(safe(note.order));
  if (note.card !== undefined) parts.push(`card=${note.card}`);
  for (const warning of note.warnings ?? []) parts.push(`warning: ${safe(warning)}`);
  parts.push(`→ ${note.outcome} (${Date.now() - started} ms)`);
  return parts.join(' ');
}

// Values from requests must not forge extra log lines.
const safe = (text: string): string => oneLine(text, 64);

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  warnings: readonly string[] = [],
): void {
  res.writeHead(status, {
    'Content-Type': 'application/json;charset=UTF-8',
    'Cache-Control': 'no-store',
    // What LianLian would accept but its docs forbid (x-lianlian-unenforced), for the developer.
    ...(warnings.length === 0 ? {} : { [SANDBOX_WARNING_HEADER]: warnings.join('; ') }),
  });
  res.end(JSON.stringify(body));
}

function sendHtml(res: ServerResponse, html: string, nonce?: string, status = 200): void {
  const script = nonce === undefined ? "script-src 'none'" : `script-src 'nonce-${nonce}'`;
  res.writeHead(status, {
    'Content-Type': 'text/html;charset=UTF-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': `default-src 'none'; ${script}; base-uri 'none'`,
  });
  res.end(html);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain;charset=UTF-8' });
  res.end(text);
}
