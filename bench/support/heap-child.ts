/**
 * Child process of the memory case (run with --expose-gc): signs MPAY Verify requests and
 * verifies signed responses with the runtime, and prints the heap after full GCs at 10,000 and
 * at 100,000 cycles, as JSON on stdout.
 */
import { signingPath } from '../cases/sign-request.js';
import { signedResponseText, verificationPath } from '../cases/verify-response.js';
import { benchKeys } from './keys.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc');

function settledHeap(): number {
  // Several passes: weak references and finalizers need more than one to be collected.
  for (let i = 0; i < 4; i += 1) gc!();
  return process.memoryUsage().heapUsed;
}

const keys = benchKeys(1024);
const sign = signingPath(keys.merchant.privateKey);
const verify = verificationPath(keys.lianlian.publicKey);
const { text } = signedResponseText(keys.lianlian.privateKey);

let done = 0;
let check = 0;
const cycles = (until: number) => {
  for (; done < until; done += 1) {
    check += sign().length;
    check += verify(text).length;
  }
};

cycles(1_000);
const warm = settledHeap();
cycles(10_000);
const at10k = settledHeap();
cycles(100_000);
const at100k = settledHeap();
process.stdout.write(
  JSON.stringify({ warm, at10k, at100k, rss: process.memoryUsage().rss, cycles: done, check }),
);
