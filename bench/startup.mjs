#!/usr/bin/env node
// Startup: how long the production jar takes to become healthy, laid out and tuned in each of the ways
// we tried, and what the first reader then waits for the page (so that a start made faster by moving
// work onto the first request shows). The benchmark (bench.mjs) imports the measuring functions; run
// alone it compares every variant:
//
//   node bench/startup.mjs --jar JAR [--aot-jar JAR built with Spring AOT] [--runs 5] [--out target/startup]
//
// Variants: the jar as built (java -jar), and without its two startup levers (Vaadin scanning only our
// package; the auto-configuration the app does not use left out, see application.properties); lazy bean
// initialisation; unpacked as Spring Boot's tools lay it out; unpacked with the JDK's AOT cache
// (JEP 483/514/515) trained on real readers; Spring's AOT processing (when --aot-jar is given, built
// with ./mvnw -Pspring-aot package).
import { createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rss } from './lib/jvm.mjs';
import { run, start, stop, untilUp } from './lib/processes.mjs';
import { args, median, ms } from './lib/stats.mjs';
import { train } from './train.mjs';

/** The flags the product runs with in deploy/Dockerfile and run.sh: a 512 MB heap here, as the targets say. */
export const JVM = ['-Xmx512m', '-Xss512k', '-XX:+UseSerialGC'];

/**
 * Undoes the two startup levers the jar is built with (application.properties): Vaadin scanning only our
 * package, and the auto-configuration the dashboard does not use left out.
 */
export const UNTRIMMED = ['--spring.autoconfigure.exclude=', '--vaadin.allowed-packages=com.vaadin,org.ailandscape'];

export function startupTools({ java, port, log }) {
  const base = `http://127.0.0.1:${port}`;
  const launch = async (jar, extra = [], appArgs = []) => {
    // A server left on the port would answer for the one being measured.
    const busy = await fetch(`${base}/actuator/health`).then(() => true, () => false);
    if (busy) throw new Error(`something already answers on port ${port}: stop it first`);
    return start(java, [...JVM, ...extra, '-jar', jar, ...appArgs], { env: { PORT: String(port) }, log });
  };

  return {
    /** Starts `times` times; answers the medians: to healthy, then the first page request, and RSS. */
    async measure(jar, times, extra = [], appArgs = []) {
      const healthy = [];
      const firstPage = [];
      const memory = [];
      for (let i = 0; i < times; i++) {
        const child = await launch(jar, extra, appArgs);
        try {
          healthy.push(await untilUp(`${base}/actuator/health`, child));
          const began = performance.now();
          const res = await fetch(`${base}/?lang=en`);
          await res.arrayBuffer();
          if (res.status !== 200) throw new Error(`the first page answered ${res.status}`);
          firstPage.push(performance.now() - began);
          memory.push((await rss(child.pid)).now);
        } finally {
          await stop(child);
        }
      }
      return { healthyMs: median(healthy), firstPageMs: median(firstPage), rss: median(memory), all: healthy.map(Math.round) };
    },

    /** The jar unpacked as Spring Boot's tools lay it out (app jar + lib/): an AOT cache then covers the app's own classes too. */
    async extract(jar, dir) {
      rmSync(dir, { recursive: true, force: true });
      await run(java, ['-Djarmode=tools', '-jar', jar, 'extract', '--destination', dir], { log });
      return join(dir, basename(jar));
    },

    /** Trains the JDK's AOT cache: a start, readers doing what readers do, a stop. Answers the cache's path, or null. */
    async aotCache(jar, cache, extra = [], appArgs = []) {
      rmSync(cache, { force: true });
      const child = await launch(jar, [`-XX:AOTCacheOutput=${cache}`, ...extra], appArgs);
      try {
        await untilUp(`${base}/actuator/health`, child);
        await train(base, 20);
      } finally {
        await stop(child);
      }
      return existsSync(cache) ? cache : null;
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const opt = args({ jar: '', aotJar: '', runs: 5, out: 'target/startup', port: 8094 });
  if (!opt.jar || !existsSync(opt.jar)) { console.error(`--jar missing or not found: ${opt.jar}`); process.exit(2); }
  const out = resolve(opt.out);
  mkdirSync(out, { recursive: true });
  const log = createWriteStream(join(out, 'startup.log'));
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin/java') : 'java';
  const tools = startupTools({ java, port: opt.port, log });
  const say = text => console.error(`[startup ${new Date().toISOString().slice(11, 19)}] ${text}`);
  const runs = Number(opt.runs);
  const lazy = ['--spring.main.lazy-initialization=true'];
  const springAot = ['-Dspring.aot.enabled=true'];
  const jar = resolve(opt.jar);
  const unpacked = await tools.extract(jar, join(out, 'unpacked'));
  const aotJar = opt.aotJar && existsSync(opt.aotJar) ? resolve(opt.aotJar) : null;
  const cached = async (name, at, extra, appArgs) => {
    say(`training the AOT cache: ${name}`);
    const cache = await tools.aotCache(at, join(out, `${name}.aot`), extra, appArgs);
    return cache ? [...extra, `-XX:AOTCache=${cache}`] : null;
  };
  const variants = [
    ['java -jar, untrimmed (Vaadin scans com.vaadin, every auto-configuration)', jar, [], UNTRIMMED],
    ['java -jar, Vaadin scans our package only', jar, [], ['--spring.autoconfigure.exclude=']],
    ['java -jar, as built (that + unused auto-configuration left out)', jar, [], []],
    ['java -jar, as built + lazy initialisation', jar, [], lazy],
    ['unpacked, as built', unpacked, [], []],
    ['unpacked + JDK AOT cache, untrimmed', unpacked, await cached('untrimmed', unpacked, [], UNTRIMMED), UNTRIMMED],
    ['unpacked + JDK AOT cache, as built', unpacked, await cached('as-built', unpacked, [], []), []],
    ['unpacked + JDK AOT cache, as built + lazy initialisation', unpacked, await cached('lazy', unpacked, [], lazy), lazy],
  ];
  if (aotJar) {
    const unpackedAot = await tools.extract(aotJar, join(out, 'unpacked-aot'));
    variants.push(['Spring AOT processing, java -jar', aotJar, springAot, []]);
    variants.push(['Spring AOT processing, unpacked + JDK AOT cache', unpackedAot, await cached('spring-aot', unpackedAot, springAot, []), []]);
  }

  // Rounds, each starting every variant once, so that a slow spell of the machine hits them all alike.
  const measured = new Map(variants.map(([label]) => [label, []]));
  for (let round = 1; round <= runs; round++) {
    say(`round ${round} of ${runs}`);
    for (const [label, at, extra, appArgs] of variants) {
      if (extra) measured.get(label).push(await tools.measure(at, 1, extra, appArgs)); // null: no cache could be trained
    }
  }
  const rows = [...measured].filter(([, list]) => list.length).map(([label, list]) => [label, {
    healthyMs: median(list.map(r => r.healthyMs)), firstPageMs: median(list.map(r => r.firstPageMs)),
    rss: median(list.map(r => r.rss)), all: list.map(r => Math.round(r.healthyMs)),
  }]);

  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\nStartup to healthy, median of ${runs} rounds (JVM flags ${JVM.join(' ')}), then the first page request\n`);
  console.log('variant'.padEnd(width) + '  to healthy   first page      RSS   every run (ms)');
  for (const [label, r] of rows) {
    console.log(label.padEnd(width) + '  ' + ms(r.healthyMs).padStart(10) + '  ' + ms(r.firstPageMs).padStart(11) + '  '
      + `${Math.round(r.rss / 1048576)} MB`.padStart(7) + '   ' + r.all.join(', '));
  }
}
