// The editor's figure: a corrected spreadsheet uploaded by a signed-in analyst, checked whole by the
// loader's rules and made into a draft (POST /api/edit/upload), over HTTP as a script would send it.
// It is the same check every form of the editor runs before it saves.
import { median, percentile } from './lib/stats.mjs';

export const ADMIN_PASSWORD = 'bench admin password';

/** Signs in as admin; the session cookie and the CSRF header to send with a POST. */
async function signIn(base) {
  const res = await fetch(`${base}/login`, {
    method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: 'admin', password: ADMIN_PASSWORD }),
  });
  const cookie = (res.headers.getSetCookie?.() ?? []).map(c => c.split(';')[0]).join('; ');
  if (!cookie || (res.headers.get('location') ?? '').includes('error')) throw new Error('the bench could not sign in to the editor');
  const session = await (await fetch(`${base}/api/edit/session`, { headers: { cookie } })).json();
  return { cookie, csrf: session.csrf };
}

/** Milliseconds per upload of the figures with one value corrected (p50, p95), `count` uploads after 3 unmeasured. */
export async function uploadFigures(base, count) {
  let signedIn = null;
  for (let attempt = 0; attempt < 50 && !signedIn; attempt++) {
    try { signedIn = await signIn(base); } catch (e) { await new Promise(r => setTimeout(r, 200)); }
  }
  if (!signedIn) throw new Error('the bench could not sign in to the editor (is REPORT_ADMIN_PASSWORD passed on?)');
  const { cookie, csrf } = signedIn;
  const csv = await (await fetch(`${base}/api/edit/figures.csv`, { headers: { cookie } })).text();
  const times = [];
  for (let i = 0; i < count + 3; i++) {
    const body = csv.replace('1290000000000', String(1290000000000 + (i + 1) * 1000000000));
    const t = performance.now();
    const res = await fetch(`${base}/api/edit/upload?name=bench.csv`, {
      method: 'POST', body, headers: { cookie, 'content-type': 'text/csv', [csrf.header]: csrf.token },
    });
    const answer = await res.json();
    if (!res.ok || answer.changes !== 1) throw new Error(`upload ${i}: ${res.status} ${JSON.stringify(answer).slice(0, 300)}`);
    if (i >= 3) times.push(performance.now() - t);
  }
  return { p50: median(times), p95: percentile(times, 95), rows: csv.split('\n').length - 2 };
}
