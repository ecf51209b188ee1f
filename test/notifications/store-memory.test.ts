// The memory store keeps each finished payment's key for 48 hours. The handler reads keys out of
// the received body without copying them, and V8 keeps a whole string alive for any slice of
// it, so a store that kept the key as given would hold every delivery's body for those 48 hours.
// Measured in a child with --expose-gc: heap after the keys are stored, against a plain Map given
// the same slices (the control shows the measurement can tell the two apart).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const store = pathToFileURL(
  path.resolve(import.meta.dirname, '../../generated/dist/runtime/notifications/store.js'),
).href;

const script = (keep: 'store' | 'map') => `
  import { MemoryNotificationStore } from ${JSON.stringify(store)};
  const store = new MemoryNotificationStore();
  const map = new Map();
  const decoder = new TextDecoder();
  const deliveries = 2000;
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < deliveries; i += 1) {
    // A 16 KB body per delivery, as a remark or risk_item can make it; its key is a slice.
    // Decoded from bytes, as the handler reads a request: one flat string.
    const body = decoder.decode(Buffer.from('{"oid_paybill":"' + String(i).padStart(16, '0') + '","info_order":"' + 'x'.repeat(16000) + i + '"}'));
    const key = body.slice(16, 32); // the 16 digits
    ${keep === 'store' ? "store.claim(key, { owner: 'o' + i, ms: 60000 }); store.complete(key);" : 'map.set(key, i);'}
  }
  globalThis.gc();
  const kept = ${keep === 'store' ? 'store' : 'map'};
  process.stdout.write(String((process.memoryUsage().heapUsed - before) / 2000) + ' ' + String(kept === undefined));
`;

const bytesPerDelivery = (keep: 'store' | 'map'): number => {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--input-type=module', '-e', script(keep)],
    {
      encoding: 'utf8',
    },
  );
  return Number(out.split(' ')[0]);
};

describe('MemoryNotificationStore', () => {
  it('keeps only the key of each delivery, not the body it was read from', () => {
    const control = bytesPerDelivery('map');
    const ours = bytesPerDelivery('store');
    expect(control).toBeGreaterThan(16_000); // each slice holds its 16 KB body
    expect(ours).toBeLessThan(1_000); // the key, its entry and the map's share
  }, 60_000);
});
