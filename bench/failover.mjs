#!/usr/bin/env node
// Failover: two or three instances of the production jar behind HAProxy with cookie affinity (as the
// ingress in deploy/ has), readers of the page driven through it, one instance killed with SIGKILL
// mid-run. Run it through bench/failover.sh, which installs HAProxy and prepares the tools.
//
//   node bench/failover.mjs --jar JAR --tools DIR [--instances 3] [--readers 60] [--seconds 45] [--kill-at 15]
//
// What it reports (and the exit code says whether every target was met):
// - readers on the surviving instances: errors (target 0);
// - readers on the killed instance: how many got back to their exact view from their URL, with no
//   error, and how long that took (target: all, within 5 s); a real browser among them, checked for
//   a "session expired" message;
// - the killed instance restarted: it takes new readers;
// - one data folder watched by every instance: after an edit, how long until all serve the new version
//   (target ≤ 2 s).
import { cpSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Reader, SessionLost } from './lib/reader.mjs';
import { sleep, start, stop, untilUp } from './lib/processes.mjs';
import { args, median, ms, percentile } from './lib/stats.mjs';

const opt = args({ jar: '', tools: '', haproxy: 'haproxy', instances: 3, readers: 60, seconds: 45, killAt: 15,
  think: 1000, port: 18080, out: 'target/failover', datasource: '' });
for (const key of ['jar', 'tools']) if (!opt[key] || !existsSync(opt[key])) { console.error(`--${key} missing or not found: ${opt[key]}`); process.exit(2); }
const instances = Math.max(2, Math.min(3, Number(opt.instances)));
const COOKIE = 'ai-landscape-route'; // the affinity cookie, named as in deploy/k8s/ingress.yaml
const TARGET = { survivorErrors: 0, backWithinMs: 5000, sameVersionWithinMs: 2000 };

const out = resolve(opt.out);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const log = createWriteStream(join(out, 'failover.log'));
const say = text => { console.error(`[failover ${new Date().toISOString().slice(11, 19)}] ${text}`); log.write(text + '\n'); };
const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin/java') : 'java';
const lb = `http://127.0.0.1:${opt.port}`;

// ---------------------------------------------------------------- the instances and the proxy
const dataDir = join(out, 'data');
cpSync('data', dataDir, { recursive: true });
const servers = Array.from({ length: instances }, (_, i) => ({ name: `s${i + 1}`, port: Number(opt.port) + 1 + i, child: null }));
const serverByName = name => servers.find(s => s.name === name);

function startInstance(server) {
  server.child = start(java, ['-Xmx512m', '-Xss512k', '-XX:+UseSerialGC', '-jar', resolve(opt.jar),
    `--server.port=${server.port}`, `--report.data-dir=${dataDir}`,
    // One version store for all: PostgreSQL when given (failover.sh starts one), else each its own H2 files.
    ...(opt.datasource ? [`--spring.datasource.url=${opt.datasource}`] : [`--report.store-dir=${join(out, 'store-' + server.name)}`])], { log });
  return untilUp(`http://127.0.0.1:${server.port}/actuator/health/readiness`, server.child);
}

function haproxyConfig() {
  return `# Written by bench/failover.mjs: the ingress of deploy/k8s/ingress.yaml, for this machine.
defaults
  mode http
  timeout connect 1s
  timeout client 60s
  timeout server 60s
  # A request that cannot reach its reader's instance goes to another one (which then answers that it
  # holds no such session, and the page reloads from its URL) rather than failing with a 502/503.
  option redispatch 1
  retries 3
  retry-on conn-failure empty-response response-timeout

frontend readers
  bind 127.0.0.1:${opt.port}
  default_backend dashboard

backend dashboard
  balance roundrobin
  cookie ${COOKIE} insert indirect nocache httponly
  option httpchk GET /actuator/health/readiness
  default-server inter 500 fall 2 rise 2
${servers.map(s => `  server ${s.name} 127.0.0.1:${s.port} check cookie ${s.name}`).join('\n')}
`;
}

// ---------------------------------------------------------------- a reader
const LANGS = ['en', 'zh', 'both'];
const SORTS = ['company-asc', 'company-desc', 'layer-asc', 'role-desc', 'scale-asc', 'scale-desc'];
const pick = list => list[Math.floor(Math.random() * list.length)];
const think = () => sleep(Math.random() * opt.think * 2);

/** Whether the page's HTML shows the view its query names: language, company sort, open answer. */
function showsView(html, query) {
  const params = new URLSearchParams(query);
  const lang = params.get('lang') ?? 'en';
  const htmlLang = /<html[^>]* lang="([^"]+)"/.exec(html)?.[1];
  if ((lang === 'zh') !== (htmlLang === 'zh-Hans')) return `html lang ${htmlLang} for lang=${lang}`;
  const [column, direction] = (params.get('sort') ?? '').split('-');
  if (column) {
    // (the attributes of a tag come in any order)
    const th = /<th\b[^>]*\baria-sort="(ascending|descending)"[^>]*>/.exec(html);
    const sorted = th && [th[0], /\bclass="[^"]*\bcol-([a-z]+)/.exec(th[0])?.[1], th[1]];
    if (!sorted || !sorted[1]) return `no sorted column for sort=${params.get('sort')}`;
    if (sorted[1] !== column || sorted[2] !== (direction === 'asc' ? 'ascending' : 'descending')) {
      return `${sorted[1]} ${sorted[2]} shown for sort=${params.get('sort')}`;
    }
  }
  const faq = params.get('faq');
  if (faq) {
    const tag = new RegExp(`<details\\b[^>]*\\bid="faq-${faq}"[^>]*>`).exec(html)?.[0] ?? '';
    if (!/\sopen(=|\s|>)/.test(tag)) return `answer ${faq} not open`;
  }
  return null;
}

const killed = { at: 0, name: '' };
const result = {
  survivors: { readers: 0, errors: 0, kinds: new Map(), actions: 0 },
  victims: { readers: 0, back: 0, notBack: [], ms: [] },
  returned: { readers: 0, onIt: 0, errors: 0 },
};

async function seat(deadline) {
  const reader = new Reader(lb, { width: pick([390, 1440]) });
  let query = `lang=${pick(LANGS)}&sort=${pick(SORTS)}`;
  await reader.open(query);
  let server = reader.cookie(COOKIE);
  let wasVictim = false;
  let faqs = reader.faqIds();
  while (Date.now() < deadline) {
    await think();
    if (Date.now() >= deadline) break;
    const next = new URLSearchParams(query);
    const change = pick(['lang', 'sort', 'faq']);
    if (change === 'lang') next.set('lang', pick(LANGS));
    else if (change === 'sort') next.set('sort', pick(SORTS));
    else next.set('faq', pick(faqs));
    const began = Date.now();
    try {
      await reader.follow(next.toString());
      query = next.toString();
      result.survivors.actions++;
    } catch (e) {
      const onKilled = killed.at && server === killed.name;
      if (!onKilled) {
        result.survivors.errors++;
        const kind = String(e.message ?? e).slice(0, 100);
        result.survivors.kinds.set(kind, (result.survivors.kinds.get(kind) ?? 0) + 1);
        continue;
      }
      // The reader's instance is gone: the page reloads from its URL, as Vaadin's client does.
      wasVictim = true;
      result.victims.readers++;
      try {
        reader.query = query;
        const html = await reader.reload();
        const tookMs = Date.now() - began;
        const wrong = showsView(html, query);
        if (wrong) result.victims.notBack.push(wrong);
        else { result.victims.back++; result.victims.ms.push(tookMs); }
        server = reader.cookie(COOKIE);
        faqs = reader.faqIds();
      } catch (again) {
        result.victims.notBack.push(`reload failed: ${String(again.message ?? again).slice(0, 100)}`);
        return;
      }
    }
  }
  if (!wasVictim && server !== killed.name) result.survivors.readers++;
  else if (!wasVictim) { result.victims.readers++; result.victims.notBack.push('never acted after the kill'); }
  await reader.close().catch(() => {});
}

// ---------------------------------------------------------------- a real browser among the readers
async function browserReader(tools) {
  const { chromium } = await import(pathToFileURL(join(resolve(tools), 'node_modules/playwright-core/index.mjs')).href);
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const query = 'lang=zh&sort=scale-desc&section=companies';
  await page.goto(`${lb}/?${query}`);
  await page.locator('body').click({ position: { x: 5, y: 5 } }); // the first interaction: the live page takes over
  await page.waitForSelector('html[data-live]', { timeout: 20_000 });
  const server = (await context.cookies()).find(c => c.name === COOKIE)?.value;
  return {
    server,
    /** After the kill: a click on a sort link, then what the reader sees until the view is back. */
    async afterKill() {
      await page.evaluate(() => { window.beforeTheKill = true; });
      const began = Date.now();
      await page.locator('#companies thead a').first().click();
      let sawError = '';
      let back = false;
      while (Date.now() - began < 15_000) {
        const state = await page.evaluate(() => ({
          reloaded: !window.beforeTheKill && !!document.querySelector('report-page #main'),
          error: [...document.querySelectorAll('.v-system-error, vaadin-connection-indicator[reconnecting], [role=alertdialog]')]
            .map(e => e.textContent.trim()).join(' | ').slice(0, 120),
          text: document.body?.innerText.match(/session expired|会话已过期|Session Expired/i)?.[0] ?? '',
        })).catch(() => ({ reloaded: false, error: '', text: '' })); // the page is between documents
        if (state.error || state.text) sawError ||= state.error || state.text;
        if (state.reloaded) { back = true; break; }
        await sleep(50);
      }
      const tookMs = Date.now() - began;
      const html = await page.content();
      const shown = new URL(page.url()).search.slice(1);
      const wrong = back ? showsView(html, shown) : 'the page did not come back';
      // And the page works on its new instance: a sort link clicked now is followed.
      let works = false;
      if (back) {
        await page.locator('#companies thead a').nth(1).click();
        works = await page.waitForFunction(s => location.search.slice(1) !== s, shown, { timeout: 10_000 }).then(() => true, () => false);
      }
      await browser.close();
      return { back, tookMs, sawError, wrong, works, server: (await context.cookies().catch(() => []))?.find?.(c => c.name === COOKIE)?.value };
    },
    close: () => browser.close(),
  };
}

// ---------------------------------------------------------------- the run
let proxy;
const table = [];
let failed = false;
const row = (figure, value, target, met) => { table.push({ figure, value, target, met }); if (!met) failed = true; };
try {
  say(`starting ${instances} instances and HAProxy on ${lb}`);
  const startups = await Promise.all(servers.map(startInstance));
  say(`instances up in ${startups.map(v => Math.round(v)).join(', ')} ms`);
  writeFileSync(join(out, 'haproxy.cfg'), haproxyConfig());
  proxy = start(opt.haproxy, ['-db', '-f', join(out, 'haproxy.cfg')], { log });
  await untilUp(`${lb}/actuator/health/readiness`, proxy);
  await sleep(1200); // every server passes its health checks (rise 2 × 500 ms)

  const browser = await browserReader(opt.tools);
  const victim = serverByName(browser.server);
  if (!victim) throw new Error(`the browser's affinity cookie names no instance: ${browser.server}`);

  const deadline = Date.now() + opt.seconds * 1000;
  say(`${opt.readers} readers for ${opt.seconds} s; ${victim.name} (the browser's instance) is killed at ${opt.killAt} s`);
  const seats = Array.from({ length: Number(opt.readers) }, (_, i) =>
    sleep((i / opt.readers) * 3000).then(() => seat(deadline)).catch(e => {
      result.survivors.errors++;
      const kind = 'open: ' + String(e.message ?? e).slice(0, 90);
      result.survivors.kinds.set(kind, (result.survivors.kinds.get(kind) ?? 0) + 1);
    }));
  await sleep(opt.killAt * 1000);
  victim.child.kill('SIGKILL');
  Object.assign(killed, { at: Date.now(), name: victim.name });
  say(`killed ${victim.name} (pid ${victim.child.pid}) with SIGKILL`);
  const seen = await browser.afterKill();
  await Promise.all(seats);

  // The killed instance comes back and takes new readers.
  say(`restarting ${victim.name}`);
  const restartMs = await startInstance(victim);
  await sleep(1500); // HAProxy sees it healthy again (rise 2 × 500 ms)
  const newcomers = await Promise.all(Array.from({ length: 3 * instances }, async () => {
    const reader = new Reader(lb);
    try {
      await reader.open('lang=en');
      await reader.follow('lang=en&sort=scale-desc');
      await reader.close();
      return reader.cookie(COOKIE);
    } catch (e) {
      result.returned.errors++;
      return null;
    }
  }));
  result.returned.readers = newcomers.length;
  result.returned.onIt = newcomers.filter(s => s === victim.name).length;

  // One data folder, watched by every instance: an edit reaches all of them.
  const versions = () => Promise.all(servers.map(async s => {
    const html = await (await fetch(`http://127.0.0.1:${s.port}/`)).text();
    // the version the page describes itself as (its JSON-LD)
    return /"version":"([^"]+)"/.exec(html)?.[1];
  }));
  const before = await versions();
  const faqFile = join(dataDir, 'faq.json');
  const original = readFileSync(faqFile, 'utf8');
  const edited = JSON.parse(original);
  edited.items[0].question.en += ' (corrected)';
  const editAt = Date.now();
  writeFileSync(faqFile, JSON.stringify(edited, null, 2) + '\n');
  let sameMs = null;
  let now = before;
  while (Date.now() - editAt < 10_000) {
    now = await versions();
    if (now.every(v => v && v === now[0] && !before.includes(v))) { sameMs = Date.now() - editAt; break; }
    await sleep(20);
  }
  // Every instance lists the same versions: the store they share (PostgreSQL) is one.
  const lists = await Promise.all(servers.map(async s => JSON.stringify((await (await fetch(`http://127.0.0.1:${s.port}/api/versions`)).json()).versions.map(x => x.id))));
  writeFileSync(faqFile, original);

  // The table.
  const v = result.victims;
  const survivorsLine = `${result.survivors.errors}${result.survivors.errors ? ' ' + JSON.stringify(Object.fromEntries(result.survivors.kinds)) : ''}`;
  row(`readers on the surviving instances (${result.survivors.readers}, ${result.survivors.actions} clicks in all): errors`, survivorsLine, '0', result.survivors.errors === 0);
  row(`readers on the killed instance: back at their exact view from their URL`, `${v.back} of ${v.readers}${v.notBack.length ? ' — ' + [...new Set(v.notBack)].slice(0, 3).join('; ') : ''}`,
    'all', v.readers > 0 && v.back === v.readers && v.notBack.length === 0);
  row('  time from their click to their view back, p50 / p95 / max', v.ms.length ? `${ms(median(v.ms))} / ${ms(percentile(v.ms, 95))} / ${ms(Math.max(...v.ms))}` : '—',
    '≤ 5 s', v.ms.length > 0 && Math.max(...v.ms) <= TARGET.backWithinMs);
  row('a browser on the killed instance: back at the view of its URL', seen.back ? `${ms(seen.tookMs)}${seen.wrong ? ', but ' + seen.wrong : ''}` : 'no',
    '≤ 5 s', seen.back && !seen.wrong && seen.tookMs <= TARGET.backWithinMs);
  row('  …with no "session expired" or error shown', seen.sawError ? `shown: ${seen.sawError}` : 'none shown', 'none', !seen.sawError);
  row('  …and its next click is followed on the new instance', seen.works ? 'yes' : 'no', 'yes', seen.works);
  row(`the killed instance restarted (healthy in ${ms(restartMs)}): new readers it took`, `${result.returned.onIt} of ${result.returned.readers}, ${result.returned.errors} errors`,
    '> 0, 0 errors', result.returned.onIt > 0 && result.returned.errors === 0);
  row(`a data edit: every instance serves the new version after`, sameMs === null ? `not within 10 s (${now.join(', ')})` : ms(sameMs), '≤ 2 s',
    sameMs !== null && sameMs <= TARGET.sameVersionWithinMs);
  if (opt.datasource) {
    row('every instance lists the same versions (GET /api/versions, one PostgreSQL store)', lists.every(l => l === lists[0]) ? `yes: ${lists[0]}` : lists.join(' | '),
      'the same', lists.every(l => l === lists[0]) && JSON.parse(lists[0]).length >= 2);
  }
} finally {
  await Promise.all(servers.map(s => stop(s.child)));
  await stop(proxy);
}

const width = Math.max(...table.map(r => r.figure.length));
console.log(`\nFailover: ${instances} instances behind HAProxy (cookie affinity), ${opt.readers} readers, one instance killed with SIGKILL\n`);
console.log('figure'.padEnd(width) + '  ' + 'value'.padEnd(40) + '  target  met');
for (const r of table) console.log(r.figure.padEnd(width) + '  ' + String(r.value).padEnd(40) + '  ' + r.target.padEnd(6) + '  ' + (r.met ? 'yes' : 'NO'));
writeFileSync(join(out, 'failover.json'), JSON.stringify({ date: new Date().toISOString(), table }, null, 2));
process.exitCode = failed ? 1 : 0;
