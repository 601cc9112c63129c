// Facts about a running JVM, read with the JDK's own jcmd (same JDK as the server).
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

function jcmd() {
  return process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/jcmd` : 'jcmd';
}

/** Heap in use right after a full GC, in bytes. */
export async function heapAfterGc(pid) {
  await run(jcmd(), [String(pid), 'GC.run']);
  await run(jcmd(), [String(pid), 'GC.run']);
  const { stdout } = await run(jcmd(), [String(pid), 'GC.heap_info']);
  // G1: " garbage-first heap   total reserved 524288K, committed 94208K, used 41803K [...]"
  // Serial/Parallel: " def new generation   total 1234K, used 567K" ... -> sum every "used NK" of the heap lines
  const g1 = /heap\s+total[^\n]*?used (\d+)K/.exec(stdout);
  if (g1) return Number(g1[1]) * 1024;
  let used = 0;
  for (const m of stdout.matchAll(/^\s*\S[^\n]*?total \d+K, used (\d+)K/gm)) used += Number(m[1]) * 1024;
  if (!used) throw new Error('cannot read heap from jcmd GC.heap_info:\n' + stdout);
  return used;
}

/** Resident set size now and at its peak, in bytes (Linux /proc). */
export async function rss(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = key => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { now: kb('VmRSS'), peak: kb('VmHWM') };
}
