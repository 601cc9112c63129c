#!/usr/bin/env node
// Load: N concurrent readers for a fixed time, each doing what a reader does, over Vaadin's own
// protocol (see lib/reader.mjs): load the page, the live page taking it over, scroll through the page
// (the charts fetch their options as they come near), sort the company table,
// filter it, open FAQ answers, sort again, clear the filter, then close the tab (the browser's unload
// beacon), and start over as a new reader. Loopback only; stops after --seconds.
//
//   node bench/load.mjs [--base http://127.0.0.1:8080] [--readers 200] [--seconds 60] [--think 1000]
//
// Prints errors (must be 0), throughput, and p50/p95/p99 latency per step, as text and as one JSON line.
import { Reader } from './lib/reader.mjs';
import { args, loopbackOnly, ms, percentile } from './lib/stats.mjs';

const opt = args({ base: 'http://127.0.0.1:8080', readers: 200, seconds: 60, think: 1000, json: 'false' });
loopbackOnly(opt.base);

const latencies = new Map(); // step -> [ms]
const errors = new Map(); // message -> count
let steps = 0;
let readersStarted = 0;
let readersDone = 0;
const deadline = Date.now() + opt.seconds * 1000;

const COLUMNS = ['company', 'layer', 'role', 'scale'];
const FILTERS = ['open', 'GPU', '芯片', 'models', 'a'];

async function timed(step, action) {
  const start = performance.now();
  try {
    return await action();
  } finally {
    const took = performance.now() - start;
    if (!latencies.has(step)) latencies.set(step, []);
    latencies.get(step).push(took);
    steps++;
  }
}

const think = () => new Promise(r => setTimeout(r, Math.random() * opt.think * 2)); // mean = --think
const pick = list => list[Math.floor(Math.random() * list.length)];

async function oneReader() {
  readersStarted++;
  const lang = pick(['en', 'zh', 'both']);
  const reader = new Reader(opt.base, { width: pick([390, 1440]) });
  await timed('open page + UI', () => reader.open(`lang=${lang}`));
  await think();
  // The reader scrolls through the page: the charts ask for their options as they come near.
  await timed('scroll through', () => reader.scrollThrough());
  const faqs = reader.faqIds();
  const script = [
    () => timed('sort', () => reader.sort(pick(COLUMNS), 'asc')),
    () => timed('filter', () => reader.filter(pick(FILTERS))),
    () => timed('open FAQ', () => reader.openFaq(pick(faqs))),
    () => timed('sort', () => reader.sort(pick(COLUMNS), 'desc')),
    () => timed('open FAQ', () => reader.openFaq(pick(faqs))),
    () => timed('filter', () => reader.filter('')),
  ];
  for (const step of script) {
    if (Date.now() > deadline) break;
    await think();
    await step();
  }
  await timed('close tab', () => reader.close());
  readersDone++;
}

async function seat() {
  while (Date.now() < deadline) {
    try {
      await oneReader();
    } catch (e) {
      const key = String(e.message ?? e).slice(0, 120);
      errors.set(key, (errors.get(key) ?? 0) + 1);
      await new Promise(r => setTimeout(r, 200));
    }
  }
}

const started = performance.now();
// Readers arrive over the first 5 seconds rather than all in the same millisecond.
await Promise.all(Array.from({ length: opt.readers }, (_, i) =>
  new Promise(r => setTimeout(r, (i / opt.readers) * 5000)).then(seat)));
const seconds = (performance.now() - started) / 1000;

const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
const summary = {
  readers: opt.readers, seconds: Number(seconds.toFixed(1)), thinkMs: opt.think,
  readerSessions: readersStarted, readerSessionsCompleted: readersDone,
  roundTrips: steps, roundTripsPerSecond: Number((steps / seconds).toFixed(1)),
  errors: errorCount, errorKinds: Object.fromEntries(errors),
  latencyMs: Object.fromEntries([...latencies].map(([step, values]) => [step, {
    n: values.length, p50: Math.round(percentile(values, 50)), p95: Math.round(percentile(values, 95)), p99: Math.round(percentile(values, 99)),
  }])),
};

console.log(`${opt.readers} concurrent readers for ${seconds.toFixed(0)} s (think time mean ${opt.think} ms), against ${opt.base}`);
console.log(`reader sessions: ${readersStarted} started, ${readersDone} completed; ${steps} round trips, ${summary.roundTripsPerSecond}/s`);
console.log(`errors: ${errorCount}${errorCount ? ' ' + JSON.stringify(summary.errorKinds) : ''}`);
console.log('step'.padEnd(16) + 'n'.padStart(8) + 'p50'.padStart(10) + 'p95'.padStart(10) + 'p99'.padStart(10));
for (const [step, v] of Object.entries(summary.latencyMs)) {
  console.log(step.padEnd(16) + String(v.n).padStart(8) + ms(v.p50).padStart(10) + ms(v.p95).padStart(10) + ms(v.p99).padStart(10));
}
if (opt.json === 'true') console.log(JSON.stringify(summary));
process.exitCode = errorCount ? 1 : 0;
