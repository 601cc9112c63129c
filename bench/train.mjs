#!/usr/bin/env node
// Trains the JDK's AOT cache: while a server started with -XX:AOTCacheOutput runs, a few readers do
// what readers do (open the page in EN and 中文, the live page taking it over, scroll, sort, filter,
// close), so the cache holds the classes and profiles of real requests, not only of startup.
// Used by run.sh, the benchmark and deploy/Dockerfile's training step.
//
//   node bench/train.mjs [--base http://127.0.0.1:8080] [--readers 20]
import { pathToFileURL } from 'node:url';
import { Reader } from './lib/reader.mjs';
import { args, loopbackOnly } from './lib/stats.mjs';

export async function train(base, readers = 20) {
  for (let i = 0; i < readers; i++) {
    const reader = new Reader(base);
    await reader.open(['lang=en', 'lang=zh', 'lang=both'][i % 3]);
    if (i % 4 === 0) await reader.scrollThrough();
    await reader.sort('scale', 'desc');
    await reader.filter('open');
    await reader.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const opt = args({ base: 'http://127.0.0.1:8080', readers: 20 });
  loopbackOnly(opt.base);
  await train(opt.base, Number(opt.readers));
}
