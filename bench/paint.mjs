#!/usr/bin/env node
// Paint and first interaction of a page, over N runs, each in a fresh browser context (cold cache):
// FCP, LCP and layout shift as the browser reports them (PerformanceObserver), and, with --click, the
// first interaction: the reader means to click SEL --at ms after navigation started (or as soon as it
// is there), and the time until --expect is visible is measured in the page: from the click's
// pointerdown (interactionMs) and from the moment the reader meant to click (fromIntentMs). With --live, also the time from that click until the selector exists (the live page).
//
//   node bench/paint.mjs URL --tools DIR [--runs 5] [--cpu 4] [--click SEL --expect SEL --at 300] [--live SEL]
//
// Prints medians as JSON on stdout. Uses playwright-core from the measuring tools (--tools) and the
// Chromium they use (/usr/bin/chromium or CHROME_PATH).
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { args, median } from './lib/stats.mjs';

const url = process.argv[2];
const opt = args({ tools: '', runs: 5, cpu: 1, click: '', expect: '', at: 300, live: '' });
const { chromium } = createRequire(join(resolve(opt.tools), 'package.json'))('playwright-core');
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

function probe() {
  window.__paint = { lcp: null, shift: 0, shiftWithoutInput: 0 };
  new PerformanceObserver(list => { for (const e of list.getEntries()) window.__paint.lcp = e.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver(list => {
    for (const e of list.getEntries()) {
      window.__paint.shift += e.value;
      if (!e.hadRecentInput) window.__paint.shiftWithoutInput += e.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  addEventListener('pointerdown', () => { window.__paint.clickAt ??= performance.now(); }, { capture: true });
}

async function once(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    await context.addInitScript(probe);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (opt.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(opt.cpu) });
    await page.goto(url, { waitUntil: 'commit' });
    const result = {};
    if (opt.click) {
      await page.locator(opt.click).first().waitFor({ state: 'visible' });
      await page.waitForFunction(at => performance.now() >= at, Number(opt.at), { polling: 5 });
      await page.locator(opt.click).first().click({ noWaitAfter: true });
      const shownAt = await page.evaluate(sel => new Promise(done => {
        const check = () => {
          const el = document.querySelector(sel);
          if (el && el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden') done(performance.now());
          else requestAnimationFrame(check);
        };
        check();
      }), opt.expect);
      const clickAt = await page.evaluate(() => window.__paint.clickAt);
      result.interactionMs = shownAt - clickAt;
      // a page whose control is not there yet at that moment makes the reader wait for it too
      result.fromIntentMs = shownAt - Number(opt.at);
      if (opt.live) {
        await page.waitForSelector(opt.live, { state: 'attached', timeout: 60_000 });
        result.liveMs = await page.evaluate(() => performance.now() - window.__paint.clickAt);
      }
    }
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    Object.assign(result, await page.evaluate(() => ({
      fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      lcpMs: window.__paint.lcp,
      cls: window.__paint.shift,
      clsWithoutInput: window.__paint.shiftWithoutInput,
    })));
    return result;
  } finally {
    await context.close();
  }
}

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: FLAGS });
try {
  const runs = [];
  for (let i = 0; i < Number(opt.runs); i++) {
    const r = await once(browser);
    console.error(JSON.stringify(r));
    runs.push(r);
  }
  const keys = Object.keys(runs[0]);
  console.log(JSON.stringify(Object.fromEntries(keys.map(k => [k, median(runs.map(r => r[k]).filter(v => v !== null))]))));
} finally {
  await browser.close();
}
