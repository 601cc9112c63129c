#!/usr/bin/env node
// Session flood: many new readers who open the page and never come back (no unload beacon, no second
// click), as a burst of one-time visitors or a crawler that keeps cookies would. Meanwhile one
// reader keeps using the page and its round trips are timed. Loopback only; bounded by --readers.
//
//   node bench/flood.mjs --pid SERVER_PID [--base http://127.0.0.1:8080] [--readers 10000] [--concurrency 8]
//
// Prints, every --every readers: heap after a full GC (needs the server's pid and the JDK's jcmd),
// the open sessions the server reports (if it reports them), and the probe's latency; at the end the
// heap's high-water mark and whether the probe reader stayed responsive.
import { Reader } from './lib/reader.mjs';
import { heapAfterGc, rss } from './lib/jvm.mjs';
import { args, bytes, loopbackOnly, ms, percentile } from './lib/stats.mjs';

const opt = args({ base: 'http://127.0.0.1:8080', readers: 10000, concurrency: 8, every: 1000, pid: 0, mode: 'ui' });
loopbackOnly(opt.base);
if (!opt.pid) { console.error('--pid of the server is needed to read its heap'); process.exit(2); }

const probe = await new Reader(opt.base).open('lang=en');
const probeTimes = [];
let probeErrors = 0;
let probing = true;
const probeLoop = (async () => {
  let i = 0;
  while (probing) {
    const t = performance.now();
    try {
      await probe.sort(['company', 'layer', 'role', 'scale'][i % 4], i % 2 ? 'asc' : 'desc');
      probeTimes.push(performance.now() - t);
    } catch (e) {
      probeErrors++;
      if (probeErrors === 1) console.log(`probe reader: ${e.message}`);
    }
    i++;
    await new Promise(r => setTimeout(r, 250));
  }
})();

const rows = [];
let opened = 0;
let failures = 0;
const failureKinds = new Map();
const started = performance.now();
const baseline = await heapAfterGc(opt.pid);
console.log(`flood of ${opt.readers} one-time readers, ${opt.concurrency} at a time, against ${opt.base}; heap after GC at start ${bytes(baseline)}`);
console.log('readers'.padStart(8) + 'heap after GC'.padStart(15) + 'RSS'.padStart(10) + 'probe p50'.padStart(11) + 'probe p95'.padStart(11) + 'readers/s'.padStart(11));

let next = 0;
const probeAll = []; // every probe round trip of the run
async function worker() {
  while (next < opt.readers) {
    next++;
    try {
      const reader = new Reader(opt.base, { width: 390 });
      if (opt.mode === 'page') await reader.page('lang=en'); // only the HTML, as a crawler would
      else await reader.open('lang=en');
      opened++;
    } catch (e) {
      failures++;
      const key = String(e.message).slice(0, 100);
      failureKinds.set(key, (failureKinds.get(key) ?? 0) + 1);
    }
    if ((opened + failures) % opt.every === 0) await report();
  }
}

let lastReport = performance.now();
let lastCount = 0;
async function report() {
  const heap = await heapAfterGc(opt.pid);
  const memory = await rss(opt.pid);
  const recent = probeTimes.splice(0);
  probeAll.push(...recent);
  const now = performance.now();
  const rate = (opened + failures - lastCount) / ((now - lastReport) / 1000);
  lastReport = now;
  lastCount = opened + failures;
  rows.push({ readers: opened + failures, heap, rss: memory.now, p50: percentile(recent, 50), p95: percentile(recent, 95) });
  console.log(String(opened + failures).padStart(8) + bytes(heap).padStart(15) + bytes(memory.now).padStart(10)
    + ms(percentile(recent, 50)).padStart(11) + ms(percentile(recent, 95)).padStart(11) + rate.toFixed(1).padStart(11));
}

await Promise.all(Array.from({ length: opt.concurrency }, worker));
probing = false;
await probeLoop;
probeAll.push(...probeTimes.splice(0)); // the round trips after the last report
const seconds = (performance.now() - started) / 1000;
const peak = Math.max(...rows.map(r => r.heap));
console.log(`\n${opened} readers opened the page in ${seconds.toFixed(0)} s (${(opened / seconds).toFixed(1)}/s); ${failures} failed${failures ? ' ' + JSON.stringify(Object.fromEntries(failureKinds)) : ''}`);
console.log(`heap after GC: ${bytes(baseline)} at start, highest ${bytes(peak)}, last ${bytes(rows.at(-1)?.heap)}`);
console.log(`the probe reader: ${probeErrors} errors; round trips p50 ${ms(percentile(probeAll, 50))}, p95 ${ms(percentile(probeAll, 95))}, max ${ms(Math.max(...probeAll))}`);
console.log(JSON.stringify({ readers: opt.readers, opened, failures, seconds, baseline, peak, last: rows.at(-1)?.heap, probeErrors,
  probeP50: percentile(probeAll, 50), probeP95: percentile(probeAll, 95) }));
