/**
 * Case: the generated notification handler under load.
 *
 * Subject: `createLianLianNotificationHandler('webPaymentNotify', …)` with the in-memory store on a
 * loopback node:http server. Baseline: a bare node:http server that reads the body, `JSON.parse`s
 * it, builds the sign source by hand and `crypto.verify`s, answering the acknowledgement.
 * Load: the child load generator (load-child.ts), 64 keep-alive connections, a fixed plan of signed
 * deliveries: one per order, a third of the plan resends of an earlier delivery (sent after its
 * answer arrived, as LianLian resends), and some with bad signatures (a tampered amount, or an
 * impostor's key). Each run gets a fresh server (and store), so every run handles every order.
 *
 * Checks that fail the bench run (both servers' answers; the subject's callbacks): every genuine
 * delivery got the acknowledgement the webhook's 200 response declares, no bad one did, every
 * order's callback ran exactly once with the genuine fields, and no bad signature reached it.
 */
import { sign as rsaSign, type KeyObject } from 'node:crypto';
import {
  createLianLianNotificationHandler,
  type MerchantOrder,
} from '../../generated/dist/index.js';
import { handSignSource } from '../support/client-request.js';
import { benchKeys } from '../support/keys.js';
import {
  bareVerifyingServer,
  compareThroughput,
  declaredAnswer,
  listen,
  loadRows,
  type LoadReport,
  type LoadRequest,
} from '../support/load.js';
import { example } from '../support/spec.js';
import type { CaseResult } from '../support/types.js';

const WEBHOOK = 'webPaymentNotify';
const ORDERS = 2400;
const BAD = 200;
/** Resends: a third of all deliveries. */
const RESENDS = (ORDERS + BAD) / 2;
const CONTENT_TYPE = 'text/json;charset=utf-8';
const NOTIFY_PATH = '/notify';

type Fields = Record<string, string>;
type Kind = 'genuine' | 'resend' | 'bad';

function signed(fields: Fields, key: KeyObject): Fields {
  const sign = rsaSign('md5', Buffer.from(handSignSource(fields), 'utf8'), key).toString('base64');
  return { ...fields, sign };
}

interface Plan {
  requests: LoadRequest[];
  kinds: Kind[];
  /** The merchant's orders, by no_order; `genuine` is the notification each was paid with. */
  orders: Map<string, { order: MerchantOrder; genuine?: Fields }>;
}

function buildPlan(lianlian: KeyObject, impostor: KeyObject): Plan {
  const template = example('ours-web-payment-notify') as Fields;
  const orders: Plan['orders'] = new Map();
  const requests: LoadRequest[] = [];
  const kinds: Kind[] = [];
  const push = (fields: Fields, kind: Kind, after?: number) => {
    requests.push({
      path: NOTIFY_PATH,
      contentType: CONTENT_TYPE,
      bytes: Buffer.from(JSON.stringify(fields), 'utf8'),
      ...(after === undefined ? {} : { after }),
    });
    kinds.push(kind);
    return requests.length - 1;
  };
  const notification = (i: number): Fields => {
    const { sign: _sign, ...fields } = template;
    return {
      ...fields,
      no_order: `LOAD${String(i).padStart(8, '0')}`,
      oid_paybill: `2026112900${String(i).padStart(8, '0')}`,
      money_order: `${1 + (i % 997)}.${String(i % 100).padStart(2, '0')}`,
    };
  };
  const genuineAt: number[] = [];
  for (let i = 0; i < ORDERS + BAD / 2; i += 1) {
    const fields = notification(i);
    const order = {
      oid_partner: fields.oid_partner!,
      no_order: fields.no_order!,
      money_order: fields.money_order!,
    };
    if (i >= ORDERS) {
      // An order LianLian never paid: only an impostor's notification comes for it.
      orders.set(order.no_order, { order });
      push(signed(fields, impostor), 'bad');
      continue;
    }
    const genuine = signed(fields, lianlian);
    orders.set(order.no_order, { order, genuine });
    genuineAt.push(push(genuine, 'genuine'));
    if (i % (ORDERS / (BAD / 2)) === 0) {
      // The genuine signature over a raised amount: the amount is what an attacker would change.
      push({ ...genuine, money_order: `${Number(genuine.money_order) + 1}.00` }, 'bad');
    }
  }
  // Resends of every other genuine delivery (the first RESENDS of them, spread over the plan).
  const step = genuineAt.length / RESENDS;
  for (let r = 0; r < RESENDS; r += 1) {
    const of = genuineAt[Math.floor(r * step)]!;
    requests.push({ ...requests[of]!, after: of });
    kinds.push('resend');
  }
  return { requests, kinds, orders };
}

function checkAnswers(
  who: string,
  plan: Plan,
  report: LoadReport,
  isAck: (v: unknown) => boolean,
): void {
  plan.kinds.forEach((kind, i) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(report.body[i]!);
    } catch {
      parsed = undefined;
    }
    const acknowledged = report.status[i] === 200 && isAck(parsed);
    if (acknowledged !== (kind !== 'bad')) {
      throw new Error(
        `${who}: ${kind} delivery ${i} got HTTP ${report.status[i]} ${report.body[i]!.slice(0, 80)}`,
      );
    }
  });
}

export async function run(): Promise<CaseResult[]> {
  const keys = benchKeys(1024);
  const impostor = benchKeys(2048).lianlian.privateKey;
  const plan = buildPlan(keys.lianlian.privateKey, impostor);
  // The acknowledgement is the schema of the webhook's 200 answer.
  const isAck = declaredAnswer(WEBHOOK);
  const publicKey = keys.lianlian.publicKey;
  let callbacks = new Map<string, number>();

  const subject = {
    async start() {
      callbacks = new Map();
      const handler = createLianLianNotificationHandler(WEBHOOK, {
        publicKeys: publicKey,
        findOrder: (noOrder) => plan.orders.get(noOrder)?.order,
        onNotification: (n) => {
          const record = plan.orders.get(n.no_order);
          // Only the genuine notification of a paid order may get here, field for field.
          if (record?.genuine === undefined || n.money_order !== record.genuine.money_order) {
            callbacks.set(`forged ${n.no_order}`, 1);
          }
          callbacks.set(n.oid_paybill, (callbacks.get(n.oid_paybill) ?? 0) + 1);
        },
      });
      return listen(handler);
    },
    check(report: LoadReport) {
      checkAnswers('handler', plan, report, isAck);
      const forged = [...callbacks.keys()].filter((k) => k.startsWith('forged'));
      if (forged.length > 0) throw new Error(`a bad signature reached the callback: ${forged[0]}`);
      for (const { genuine } of plan.orders.values()) {
        if (genuine === undefined) continue;
        const ran = callbacks.get(genuine.oid_paybill!) ?? 0;
        if (ran !== 1) throw new Error(`callback ran ${ran} times for ${genuine.no_order}`);
      }
      if (callbacks.size !== ORDERS) throw new Error('callbacks for payments never made');
    },
  };

  const ack = JSON.stringify({ ret_code: '0000', ret_msg: '交易成功' });
  const baseline = {
    start: () => bareVerifyingServer(publicKey, () => ack),
    check: (report: LoadReport) => checkAnswers('bare server', plan, report, isAck),
  };

  const c = await compareThroughput(plan.requests, subject, baseline);
  const counts = {
    deliveries: plan.requests.length,
    orders: ORDERS,
    resends: RESENDS,
    badSignatures: plan.kinds.filter((k) => k === 'bad').length,
  };
  const { method, rows } = loadRows(
    c,
    'deliveries',
    0.8,
    {
      name: 'notify-load/throughput',
      subject: 'createLianLianNotificationHandler (memory store) on node:http, deliveries/s',
      baselineName: 'bare node:http: read body, JSON.parse, sort+join, crypto.verify',
      details: counts,
    },
    {
      name: 'notify-load/cpu-per-delivery',
      subject: 'handler, server CPU per delivery',
      baselineName: 'bare parse-and-verify server',
    },
  );
  return [
    ...rows,
    {
      name: 'notify-load/latency-p50',
      subject: 'handler, median latency of one delivery (ms)',
      baselineName: 'bare node:http server',
      unit: 'ms',
      value: c.subjectP50,
      baseline: c.baselineP50,
      ratio: Number((c.subjectP50 / c.baselineP50).toPrecision(4)),
      goal: 'context',
      goalRatio: null,
      met: null,
      method,
    },
    {
      name: 'notify-load/latency-p99',
      subject: 'handler, 99th percentile latency (ms)',
      baselineName: 'bare node:http server',
      unit: 'ms',
      value: c.subjectP99,
      baseline: c.baselineP99,
      ratio: Number((c.subjectP99 / c.baselineP99).toPrecision(4)),
      goal: 'context',
      goalRatio: null,
      met: null,
      method,
    },
  ];
}
