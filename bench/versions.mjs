// The version store's figures: a permalink of an older version against the latest page, on one server
// that has both (a copy of the dataset, corrected once while it runs). Measured as a reader gets it:
// the whole first response over HTTP (compressed, sequential, after a warm-up), and in the browser until
// the headline figures are visible.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sleep } from './lib/processes.mjs';
import { median, percentile } from './lib/stats.mjs';

/** A fresh data folder and version store; `correct()` makes the second version. */
export function versionedData() {
  const root = mkdtempSync(join(tmpdir(), 'bench-versions-'));
  const data = join(root, 'data');
  cpSync('data', data, { recursive: true });
  return {
    env: { REPORT_DATA_DIR: data, REPORT_STORE_DIR: join(root, 'store') },
    correct() {
      const file = join(data, 'kpis.json');
      const kpis = JSON.parse(readFileSync(file, 'utf8'));
      kpis.kpis[0].display.en += ' (corrected)';
      writeFileSync(file, JSON.stringify(kpis, null, 2));
    },
  };
}

async function json(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res.json();
}

/** Waits until the server has published a version other than `than`; its id. */
export async function newerVersion(base, than, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const { latest } = await json(`${base}/api/versions`);
    if (latest !== than) return latest;
    await sleep(100);
  }
  throw new Error('no new version after the correction');
}

/** Milliseconds to the whole response, one request at a time, after `warm` unmeasured ones. */
async function served(url, count, warm = 10) {
  const times = [];
  for (let i = 0; i < warm + count; i++) {
    const t = performance.now();
    const res = await fetch(url, { headers: { 'accept-encoding': 'br, gzip', 'accept-language': 'en' } });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    if (i >= warm) times.push(performance.now() - t);
  }
  return { p50: median(times), p95: percentile(times, 95) };
}

/** The first response of the latest page and of an older version's permalink, interleaved, `count` each. */
export async function permalinkFigures(base, older, count) {
  const latest = [];
  const permalink = [];
  for (let round = 0; round < 5; round++) {
    latest.push(await served(`${base}/?lang=en`, count / 5));
    permalink.push(await served(`${base}/?lang=en&version=${older}`, count / 5));
  }
  const pick = (list, key) => median(list.map(r => r[key]));
  return { latest: { p50: pick(latest, 'p50'), p95: pick(latest, 'p95') }, permalink: { p50: pick(permalink, 'p50'), p95: pick(permalink, 'p95') } };
}
