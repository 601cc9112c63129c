#!/usr/bin/env node
// The benchmark: the production jar against the static reference page (the same report, no framework),
// measured side by side in one run, then one table. Run it through bench/run.sh, which builds the jar
// and prepares the measuring tools; see bench/README.md.
//
//   node bench/bench.mjs --jar JAR --tools DIR --anchor DIR [--runs 5] [--audits 3] [--quick]
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { Reader } from './lib/reader.mjs';
import { JVM, startupTools } from './startup.mjs';
import { embedViews } from './embeds.mjs';
import { newerVersion, permalinkFigures, versionedData } from './versions.mjs';
import { ADMIN_PASSWORD, uploadFigures } from './editor.mjs';
import { heapAfterGc, rss } from './lib/jvm.mjs';
import { run, sleep, start, stop, untilUp } from './lib/processes.mjs';
import { args, bytes, median, ms, percentile } from './lib/stats.mjs';

const opt = args({ jar: '', tools: '', anchor: '', out: 'target/bench', runs: 5, audits: 3, uis: 200, quick: 'false',
  port: 8093, anchorPort: 8731 });
const quick = opt.quick === 'true';
if (quick) Object.assign(opt, { runs: 2, audits: 1, uis: 50 });
for (const key of ['jar', 'tools', 'anchor']) if (!opt[key] || !existsSync(opt[key])) { console.error(`--${key} missing or not found: ${opt[key]}`); process.exit(2); }

const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin/java') : 'java';
mkdirSync(opt.out, { recursive: true });
const log = createWriteStream(join(opt.out, 'bench.log'));
const product = `http://127.0.0.1:${opt.port}`;
const anchor = `http://127.0.0.1:${opt.anchorPort}`;
const node = process.execPath;
const say = text => { console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}`); log.write(text + '\n'); };

function startProduct(extra = [], env = {}, jar = resolve(opt.jar)) {
  return start(java, [...JVM, ...extra, '-jar', jar], { env: { PORT: String(opt.port), ...env }, log });
}

const results = { product: {}, anchor: {}, meta: { date: new Date().toISOString(), jvm: JVM.join(' '), runs: opt.runs, audits: opt.audits } };
const P = results.product;
const A = results.anchor;

// ---------------------------------------------------------------- reader: timing and Lighthouse
async function timing(url, selector) {
  const out = await run(node, [join(opt.tools, 'timing.mjs'), url, '--runs', String(opt.runs), '--wait-for', selector], { log });
  return JSON.parse(out);
}

async function lighthouse(url) {
  const runs = { mobile: [], desktop: [] };
  for (let i = 0; i < opt.audits; i++) {
    const out = await run(node, [join(opt.tools, 'audit.mjs'), url], { log });
    for (const line of out.split('\n').filter(l => l.startsWith('{'))) {
      const r = JSON.parse(line);
      runs[r.formFactor]?.push(r);
    }
  }
  const pick = (list, key) => median(list.map(r => r[key]));
  return Object.fromEntries(Object.entries(runs).map(([form, list]) => [form, {
    performance: pick(list, 'performance'), lcpMs: pick(list, 'lcpMs'), tbtMs: pick(list, 'tbtMs'),
    fcpMs: pick(list, 'fcpMs'), cls: pick(list, 'cls'), bytes: pick(list, 'totalByteWeight'), all: list.map(r => r.performance),
    allFcp: list.map(r => r.fcpMs), allLcp: list.map(r => r.lcpMs), allTbt: list.map(r => r.tbtMs),
  }]));
}

async function paint(url, extra = []) {
  return JSON.parse(await run(node, [resolve('bench/paint.mjs'), url, '--tools', opt.tools, '--runs', String(opt.runs), ...extra], { log }));
}

/** The bytes a response takes on the wire (compressed as a browser asks), and its body. */
function onTheWire(url) {
  return new Promise((done, fail) => {
    request(url, { headers: { 'accept-encoding': 'br, gzip', 'accept-language': 'en' } }, res => {
      let size = 0;
      const chunks = [];
      res.on('data', d => { size += d.length; chunks.push(d); });
      res.on('end', () => done({ size, encoding: res.headers['content-encoding'] ?? 'none', body: Buffer.concat(chunks) }));
    }).on('error', fail).end();
  });
}

/** What the browser must have before it can paint: the HTML and the stylesheets its head links. */
async function bytesBeforePaint(pageUrl) {
  const page = await onTheWire(pageUrl);
  const html = page.encoding === 'none' ? page.body.toString() : null;
  // the links are read from the uncompressed page
  const text = html ?? await (await fetch(pageUrl)).text();
  const head = text.slice(0, text.indexOf('</head>'));
  let total = page.size;
  for (const m of head.matchAll(/<link[^>]+rel="?stylesheet"?[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    if (href) total += (await onTheWire(new URL(href, pageUrl).href)).size;
  }
  return { total, html: page.size, encoding: page.encoding };
}

async function readerFigures(target, pageUrl, headline, sankeyUrl, sankey, info) {
  say(`timing ${pageUrl} (${opt.runs} runs)`);
  const first = await timing(pageUrl, headline);
  target.bytes = first.transferBytes.median;
  target.requests = first.requests.median;
  target.lcpMs = first.lcpMs.median;
  target.headlineMs = first.selectorVisibleMs.median;
  target.beforePaint = await bytesBeforePaint(pageUrl);
  say(`paint and layout shift of ${pageUrl} (${opt.runs} runs)`);
  target.paint = await paint(pageUrl);
  say(`first interaction: "i" clicked ${info.at} ms after navigation, unthrottled and 4× CPU`);
  const click = ['--click', info.click, '--expect', info.expect, '--at', String(info.at), ...(info.live ? ['--live', info.live] : [])];
  target.firstClick = await paint(pageUrl, click);
  target.firstClickCpu4 = await paint(pageUrl, [...click, '--cpu', '4']);
  say(`timing ${sankeyUrl} until the Sankey is drawn`);
  target.sankeyMs = (await timing(sankeyUrl, sankey)).selectorVisibleMs.median;
  say(`Lighthouse ${pageUrl} (${opt.audits}× mobile + desktop)`);
  target.lighthouse = await lighthouse(pageUrl);
}

// ---------------------------------------------------------------- server: heap, UIs/s, round trips
async function inParallel(count, concurrency, task) {
  let next = 0;
  const failures = [];
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) {
      const i = next++;
      try { await task(i); } catch (e) { failures.push(String(e.message ?? e)); }
    }
  }));
  return failures;
}

async function serverFigures(pid) {
  // Embeds framed by other sites: no session, no UI; what 10,000 views leave on the heap.
  say(`embed views: ${quick ? 2000 : 10_000}`);
  P.embeds = await embedViews(product, pid, quick ? 2000 : 10_000);
  // The first response alone (a reader who only reads, a crawler, a link preview): what it leaves on the server.
  say(`heap per first response alone: ${opt.uis} page loads`);
  await new Reader(product).open('lang=en').then(r => r.close()); // warm
  const empty = await heapAfterGc(pid);
  await inParallel(opt.uis, 4, async i => { await new Reader(product).page(['lang=en', 'lang=zh', 'lang=both'][i % 3]); });
  const before = await heapAfterGc(pid);
  P.heapPerPageLoad = (before - empty) / opt.uis;
  // Heap retained per open UI: heap after a full GC with N readers' UIs open, against without.
  say(`heap per UI: opening ${opt.uis} UIs`);
  const readers = [];
  const openFailures = await inParallel(opt.uis, 4, async i => {
    readers.push(await new Reader(product, { width: i % 2 ? 390 : 1440 }).open(['lang=en', 'lang=zh', 'lang=both'][i % 3]));
  });
  const withUis = await heapAfterGc(pid);
  P.heapPerUi = (withUis - before) / readers.length;
  P.heapBaseline = empty;
  P.openFailures = openFailures.length;
  // The same readers after scrolling through the whole page (the charts fetch their options on the way).
  await inParallel(readers.length, 4, i => readers[i].scrollThrough());
  P.heapPerUiScrolled = ((await heapAfterGc(pid)) - before) / readers.length;
  // ... and after using it: an answer opened, a filter typed, a sort.
  await inParallel(readers.length, 4, async i => {
    await readers[i].openFaq(readers[i].faqIds()[i % 8]);
    await readers[i].filter(['open', 'GPU', '芯片'][i % 3]);
    await readers[i].sort('scale', 'desc');
  });
  P.heapPerUiUsed = ((await heapAfterGc(pid)) - before) / readers.length;

  // Sort and filter round trips with 50 of them active, one at a time (server time plus loopback).
  say('sort and filter round trips with 50 UIs open');
  const active = readers.slice(0, 50);
  const sorts = [];
  const filters = [];
  const columns = ['company', 'layer', 'role', 'scale'];
  const words = ['open', 'GPU', '芯片', 'models', 'cloud'];
  for (let i = 0; i < (quick ? 100 : 400); i++) {
    const r = active[i % active.length];
    let t = performance.now();
    await r.sort(columns[i % 4], i % 8 < 4 ? 'asc' : 'desc');
    sorts.push(performance.now() - t);
    t = performance.now();
    await r.filter(i % 5 === 4 ? '' : words[i % 5]);
    filters.push(performance.now() - t);
  }
  P.sort = { p50: percentile(sorts, 50), p95: percentile(sorts, 95) };
  P.filter = { p50: percentile(filters, 50), p95: percentile(filters, 95) };

  // Closed tabs free their UI: every reader sends the unload beacon.
  await Promise.all(readers.map(r => r.close()));
  P.heapAfterClose = await heapAfterGc(pid);

  // UIs created per second: 4 readers at a time opening (and closing) new UIs for 15 s.
  say('UIs per second');
  const seconds = quick ? 5 : 15;
  const until = performance.now() + seconds * 1000;
  let created = 0;
  await Promise.all(Array.from({ length: 4 }, async () => {
    while (performance.now() < until) {
      const r = await new Reader(product).open('lang=en');
      created++;
      await r.close();
    }
  }));
  P.uisPerSecond = created / seconds;
  P.rss = await rss(pid);
}

/**
 * 2,000 open UIs in the 512 MB heap, then one round trip each (an empty UIDL message, which changes
 * nothing): how many the server still holds. With `scrolled`,
 * every reader first scrolls through the whole page (the heaviest reader there is), which is more
 * than the heap holds: then the session budget closes the idlest, and the figure says how many remain.
 */
async function capacity(pid, count, scrolled) {
  say(`capacity: ${count} open UIs in a 512 MB heap${scrolled ? ', each scrolled through' : ''}`);
  const readers = [];
  const failures = await inParallel(count, 4, async () => {
    const reader = await new Reader(product).open('lang=en');
    readers.push(reader);
    if (scrolled) {
      await reader.scrollThrough();
      await reader.openFaq('rlhf');
      await reader.filter('GPU');
    }
  });
  const heap = await heapAfterGc(pid);
  const sortFailures = await inParallel(readers.length, 4, async i => { await readers[i].ping(); });
  const result = { uis: count, opened: readers.length, openFailures: failures.length, stillAnswering: readers.length - sortFailures.length,
    heap, failureKinds: [...new Set([...failures, ...sortFailures])].slice(0, 3) };
  await Promise.all(readers.map(r => r.close().catch(() => {})));
  return result;
}

// ---------------------------------------------------------------- startup
const startup = startupTools({ java, port: opt.port, log });

async function startups(label, times, extra = [], jar = resolve(opt.jar)) {
  const r = await startup.measure(jar, times, extra);
  say(`${label}: ${r.all.join(', ')} ms`);
  (P.rssAtStart ??= []).push(r.rss);
  return r.healthyMs;
}

// ---------------------------------------------------------------- the run
const anchorServer = start(node, [join(opt.tools, 'serve-static.mjs'), opt.anchor, '--port', String(opt.anchorPort)], { log });
try {
  A.startupMs = await untilUp(anchor + '/', anchorServer);
  let server = startProduct();
  P.firstStartMs = await untilUp(`${product}/actuator/health`, server);
  try {
    await readerFigures(P, `${product}/?lang=both`, '#metric-market-size .metric-value',
      `${product}/?lang=both&section=value-chain`, '#value-chain-chart canvas',
      { click: '#info-market-size', expect: '#explain-market-size', at: 300, live: 'html[data-live]' });
    await readerFigures(A, `${anchor}/`, '.metrics strong', `${anchor}/`, '#sankey canvas',
      { click: 'button[aria-controls=m1]', expect: '#m1', at: 300 });
    A.rss = await rss(anchorServer.pid);
    await serverFigures(server.pid);
  } finally {
    await stop(server);
  }
  for (const scrolled of [false, true]) {
    server = startProduct();
    await untilUp(`${product}/actuator/health`, server);
    try {
      P[scrolled ? 'capacityScrolled' : 'capacity'] = await capacity(server.pid, quick ? 300 : 2000, scrolled);
    } finally {
      await stop(server);
    }
  }
  // The version store: a permalink of an older version against the latest page, on a server with both.
  {
    const dataset = versionedData();
    server = startProduct([], { ...dataset.env, REPORT_ADMIN_PASSWORD: ADMIN_PASSWORD });
    await untilUp(`${product}/actuator/health`, server);
    try {
      const first = (await (await fetch(`${product}/api/versions`)).json()).latest;
      dataset.correct();
      await newerVersion(product, first);
      say('permalink of the older version against the latest page (first response, 100 requests each, interleaved)');
      P.permalink = await permalinkFigures(product, first, quick ? 50 : 100);
      say(`timing the permalink and the latest page in the browser (${opt.runs} runs each)`);
      P.permalink.latestHeadlineMs = (await timing(`${product}/?lang=en`, '#metric-market-size .metric-value')).selectorVisibleMs.median;
      P.permalink.headlineMs = (await timing(`${product}/?lang=en&version=${first}`, '#metric-market-size .metric-value')).selectorVisibleMs.median;
      say('the editor: a corrected spreadsheet of every figure uploaded, checked by the loader and made a draft');
      P.editorUpload = await uploadFigures(product, quick ? 10 : 30);
    } finally {
      await stop(server);
    }
  }
  P.startupMs = await startups('startup, plain', quick ? 1 : 3);
  const unpacked = await startup.extract(resolve(opt.jar), resolve(opt.out, 'extracted'));
  say('training the JDK AOT cache (a start, 20 readers, a stop)');
  const cache = await startup.aotCache(unpacked, resolve(opt.out, 'app.aot'));
  if (cache) P.startupAotMs = await startups('startup, unpacked jar with the AOT cache', quick ? 1 : 3, [`-XX:AOTCache=${cache}`], unpacked);
  await stop(anchorServer);
  const anchorStarts = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    const s = start(node, [join(opt.tools, 'serve-static.mjs'), opt.anchor, '--port', String(opt.anchorPort)], { log });
    anchorStarts.push(await untilUp(anchor + '/', s));
    await stop(s);
  }
  A.startupMs = median(anchorStarts);
} finally {
  await stop(anchorServer);
}

// ---------------------------------------------------------------- the table
const rows = [];
const row = (figure, p, a, fmt, target = '') => {
  const ratio = Number.isFinite(p) && Number.isFinite(a) && a > 0 ? (p / a).toFixed(2) + '×' : '';
  rows.push([figure, fmt(p), Number.isFinite(a) ? fmt(a) : '—', ratio, target]);
};
/** A row the anchor has no counterpart for, its value already written out. */
const text = (figure, value, target = '') => rows.push([figure, value, '—', '', target]);
const num = v => (Number.isFinite(v) ? String(Math.round(v)) : '—');
const per = v => (Number.isFinite(v) ? v.toFixed(1) : '—');
const lhm = P.lighthouse.mobile;
const alhm = A.lighthouse.mobile;
row('bytes before first paint (HTML + render-blocking CSS), against the anchor\'s whole transfer', P.beforePaint.total, A.bytes, bytes, '≤ 1× anchor');
row('first-load bytes (compressed, all)', P.bytes, A.bytes, bytes, '≤ 1.2× anchor');
row('requests', P.requests, A.requests, num);
row('FCP (unthrottled, 1280×720)', P.paint.fcpMs, A.paint.fcpMs, ms, '≤ 1.15× anchor');
row('LCP (unthrottled, 1280×720)', P.paint.lcpMs, A.paint.lcpMs, ms, '≤ 1.15× anchor');
row('layout shift, load and takeover (CLS)', P.paint.cls, A.paint.cls, v => v.toFixed(3), '0');
row('headline figures visible', P.headlineMs, A.headlineMs, ms);
row('Sankey drawn', P.sankeyMs, A.sankeyMs, ms);
row(`Lighthouse performance, mobile (median of ${opt.audits})`, lhm.performance, alhm.performance, num, `≥ anchor − 2 (${alhm.performance - 2})`);
row(`Lighthouse performance, desktop (median of ${opt.audits})`, P.lighthouse.desktop.performance, A.lighthouse.desktop.performance, num, '≥ 99');
row('Lighthouse mobile FCP (simulated)', lhm.fcpMs, alhm.fcpMs, ms, '≤ 1.15× anchor');
row('Lighthouse mobile LCP (simulated)', lhm.lcpMs, alhm.lcpMs, ms, '≤ 1.15× anchor');
row('Lighthouse mobile TBT', lhm.tbtMs, alhm.tbtMs, ms, '≤ 1.5× anchor');
row('Lighthouse mobile CLS', lhm.cls, alhm.cls, v => v.toFixed(3), '0');
row('Lighthouse mobile bytes', lhm.bytes, alhm.bytes, bytes);
row('first click: "i" clicked 300 ms after navigation → explanation visible', P.firstClick.fromIntentMs, A.firstClick.fromIntentMs, ms, 'no worse than before (see bench/README.md)');
row('… with 4× CPU throttling', P.firstClickCpu4.fromIntentMs, A.firstClickCpu4.fromIntentMs, ms, '≤ 600 ms');
text('… then the live page ready (from that click; unthrottled / 4× CPU)', `${ms(P.firstClick.liveMs)} / ${ms(P.firstClickCpu4.liveMs)}`);
row(`heap per first response alone, no interaction (${opt.uis} page loads, after GC)`, P.heapPerPageLoad, NaN, bytes);
row(`heap per reader, the live page at open (${opt.uis} UIs, after GC)`, P.heapPerUi, NaN, bytes, '≤ 150 KB');
row('heap per reader, scrolled through', P.heapPerUiScrolled, NaN, bytes, '≤ 150 KB');
row('heap per reader, scrolled through, an answer opened, filtered, sorted', P.heapPerUiUsed, NaN, bytes);
text(`${P.embeds.views} embed views (chart and section pages and their charts' data)`,
  `${P.embeds.cookies} set a cookie, ${P.embeds.errors} errors; heap after GC +${bytes(P.embeds.heapAfter - P.embeds.heapBefore)}`,
  'no session, ≤ 5 MB');
text('heap after GC, no UI open / after all tabs closed', `${bytes(P.heapBaseline)} / ${bytes(P.heapAfterClose)}`);
row('UIs created per second (4 at a time)', P.uisPerSecond, NaN, per);
text('sort round trip p50 / p95 (a link followed in place, 50 UIs open)', `${ms(P.sort.p50)} / ${ms(P.sort.p95)}`);
text('filter round trip p50 / p95 (50 UIs open)', `${ms(P.filter.p50)} / ${ms(P.filter.p95)}`);
const c = P.capacity;
text(`${c.uis} open UIs in a 512 MB heap`, `${c.stillAnswering} of ${c.uis} still held after all are open, ${c.openFailures} failed to open (heap after GC ${bytes(c.heap)})`, `${c.uis} without errors`);
const cs = P.capacityScrolled;
text(`${cs.uis} UIs in 512 MB, each scrolled through, an answer opened and a filter typed`, `${cs.stillAnswering} of ${cs.uis} still held, ${cs.openFailures} failed${cs.stillAnswering < cs.uis ? '; the idlest were closed to keep the heap' : ''} (heap after GC ${bytes(cs.heap)})`, `${cs.uis}, none closed`);
row('permalink of an older version: first response served, p50 (against the latest page, not the anchor)', P.permalink.permalink.p50, P.permalink.latest.p50, ms, '≤ 1.1× latest');
text('… p95, permalink / latest', `${ms(P.permalink.permalink.p95)} / ${ms(P.permalink.latest.p95)}`);
row('permalink of an older version: headline figures visible (against the latest page)', P.permalink.headlineMs, P.permalink.latestHeadlineMs, ms, '≤ 1.1× latest');
text(`editor: a spreadsheet of all ${P.editorUpload.rows} figures uploaded, checked whole by the loader and saved as a draft, p50 / p95`,
  `${ms(P.editorUpload.p50)} / ${ms(P.editorUpload.p95)}`, '≤ 1 s');
row('startup to healthy, java -jar (median)', P.startupMs, A.startupMs, ms, '≤ 5 s');
row('startup to healthy, unpacked jar + JDK AOT cache (as run.sh and the image run it)', P.startupAotMs, A.startupMs, ms, '≤ 2.5 s');
row('RSS after startup', median(P.rssAtStart ?? []), A.rss?.now, bytes);
row('RSS peak (after the server figures)', P.rss?.peak, A.rss?.peak, bytes);

const header = ['figure', 'product', 'anchor', 'ratio', 'target'];
const table = [header, header.map(() => '---'), ...rows].map(r => `| ${r.join(' | ')} |`).join('\n');
results.table = table;
writeFileSync(join(opt.out, 'results.json'), JSON.stringify(results, null, 2));
console.log(`\nBenchmark ${results.meta.date.slice(0, 16).replace('T', ' ')} UTC — product JVM flags: ${results.meta.jvm}\n`);
console.log(table);
console.log(`\n(raw figures: ${join(opt.out, 'results.json')}; log: ${join(opt.out, 'bench.log')})`);
