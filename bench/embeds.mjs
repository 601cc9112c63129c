#!/usr/bin/env node
// Embed views: what 10,000 views of the embeds (/embed/chart/…, /embed/section/…) cost the server. Each
// view is the embed page, as a framing site's reader loads it, then the chart's option the embed asks
// for. Counts the responses that set a cookie (an HTTP session would) and measures the heap after GC
// before and after. The benchmark imports it; alone:
//
//   node bench/embeds.mjs --base http://127.0.0.1:8080 --pid PID [--views 10000]
import { pathToFileURL } from 'node:url';
import { heapAfterGc } from './lib/jvm.mjs';
import { args, loopbackOnly } from './lib/stats.mjs';

const CHARTS = ['value-chain', 'market-size', 'metric-hierarchy', 'adoption'];
const SECTIONS = ['overview', 'kpis', 'value-chain', 'companies', 'faq'];
const LANGS = ['en', 'zh', 'both'];

/** N embed views, 8 at a time: { views, cookies, heapBefore, heapAfter, errors, ms }. */
export async function embedViews(base, pid, views = 10_000) {
  const get = async path => {
    const res = await fetch(base + path, { headers: { 'accept-encoding': 'gzip, br' } });
    return { status: res.status, cookie: res.headers.get('set-cookie'), text: await res.text() };
  };
  const path = i => (i % 4 === 3
    ? `/embed/section/${SECTIONS[i % SECTIONS.length]}?lang=${LANGS[i % 3]}`
    : `/embed/chart/${CHARTS[i % CHARTS.length]}?lang=${LANGS[i % 3]}`);
  for (let i = 0; i < 20; i++) await get(path(i)); // warm: every page rendered once
  const heapBefore = await heapAfterGc(pid);
  let next = 0;
  let cookies = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: 8 }, async () => {
    while (next < views) {
      const i = next++;
      const page = await get(path(i));
      if (page.cookie) cookies++;
      if (page.status !== 200) { errors++; continue; }
      // The chart's option, as the embed asks for it.
      const src = /<echarts-chart [^>]*src="([^"]+)"/.exec(page.text)?.[1]?.replaceAll('&amp;', '&');
      if (src) {
        const option = await get('/' + src);
        if (option.cookie) cookies++;
        if (option.status !== 200) errors++;
      }
    }
  }));
  const ms = performance.now() - started;
  const heapAfter = await heapAfterGc(pid);
  return { views, cookies, errors, heapBefore, heapAfter, ms };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const opt = args({ base: 'http://127.0.0.1:8080', pid: '', views: 10_000 });
  loopbackOnly(opt.base);
  if (!opt.pid) { console.error('--pid of the server is needed (heap after GC, read with jcmd)'); process.exit(2); }
  const r = await embedViews(opt.base, opt.pid, Number(opt.views));
  const mb = v => (v / 1048576).toFixed(1) + ' MB';
  console.log(`${r.views} embed views in ${(r.ms / 1000).toFixed(1)} s: ${r.errors} errors, ${r.cookies} responses set a cookie; `
    + `heap after GC ${mb(r.heapBefore)} → ${mb(r.heapAfter)} (${mb(r.heapAfter - r.heapBefore)})`);
  process.exitCode = r.errors || r.cookies || r.heapAfter - r.heapBefore > 5 * 1048576 ? 1 : 0;
}
