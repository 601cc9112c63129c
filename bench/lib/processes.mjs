// Starting and stopping the servers the benchmark measures.
import { spawn } from 'node:child_process';

export function sleep(ms) {
  return new Promise(r => setTimeout(r, ms));
}

/** Starts a process; its output goes to `log` (a writable stream) or nowhere. */
export function start(command, argv, { env = {}, log } = {}) {
  const child = spawn(command, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  if (log) { child.stdout.pipe(log, { end: false }); child.stderr.pipe(log, { end: false }); }
  else { child.stdout.resume(); child.stderr.resume(); }
  child.exited = new Promise(r => child.on('exit', code => r(code)));
  return child;
}

/** Milliseconds from now until `url` answers 200 (polling every 25 ms), or throws after `timeoutMs`. */
export async function untilUp(url, child, timeoutMs = 120_000) {
  const begin = performance.now();
  while (performance.now() - begin < timeoutMs) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - begin;
    } catch { /* not yet */ }
    await sleep(25);
  }
  throw new Error(`${url} did not come up in ${timeoutMs} ms`);
}

export async function stop(child) {
  if (!child || child.exitCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await child.exited;
  clearTimeout(timer);
}

/** Runs a command to completion and answers its stdout (stderr to `log`). */
export async function run(command, argv, { log, env = {} } = {}) {
  const child = spawn(command, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', d => { out += d; });
  if (log) child.stderr.pipe(log, { end: false }); else child.stderr.resume();
  const code = await new Promise(r => child.on('exit', r));
  if (code !== 0) throw new Error(`${command} ${argv.join(' ')} exited with ${code}`);
  return out;
}
