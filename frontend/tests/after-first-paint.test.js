import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';

const LOADER = readFileSync(new URL('../inline/after-first-paint.js', import.meta.url), 'utf8');

/** Runs the loader in a small stand-in for the page: what it adds, scrolls and remembers is recorded. */
function page({ sources = ['./VAADIN/build/indexhtml-a.js'], scrollTarget, present = true, hash = '', barHeight = 130.2 } = {}) {
  const added = [];
  const listeners = {};
  const frames = [];
  const timers = [];
  const scrolled = [];
  const root = { style: {} };
  // (copied out of the loader's realm, so that assert compares plain values)
  const target = { scrollIntoView: (options) => scrolled.push({ ...options }) };
  const main = { dataset: scrollTarget ? { scrollTarget } : {} };
  const document = {
    currentScript: { dataset: sources ? { sources: JSON.stringify(sources) } : {} },
    documentElement: root,
    head: { appendChild: (element) => added.push(element) },
    createElement: (tag) => ({ tag }),
    getElementById: (id) => (id === 'main' ? main : present && id === scrollTarget ? target : null),
    querySelector: (selector) => (selector === '.header-bar' ? { getBoundingClientRect: () => ({ height: barHeight }) } : null),
    addEventListener: (type, listener, options) => { listeners[type] = { listener, options }; },
  };
  const window = {};
  runInNewContext(LOADER, {
    document, window, location: { hash },
    requestAnimationFrame: (callback) => frames.push(callback),
    setTimeout: (callback) => timers.push(callback),
    JSON, Math,
  });
  const paint = () => { frames.splice(0).forEach((f) => f()); timers.splice(0).forEach((t) => t()); };
  return { added, listeners, scrolled, root, window, paint };
}

test('the entry is added after the next frame, as a module script of the same source', () => {
  const p = page({ sources: ['./VAADIN/build/indexhtml-a.js', './VAADIN/build/other.js'] });
  assert.equal(p.added.length, 0, 'nothing before the first paint');
  p.paint();
  assert.deepEqual(p.added.map((s) => [s.tag, s.type, s.src, s.crossOrigin]), [
    ['script', 'module', './VAADIN/build/indexhtml-a.js', ''],
    ['script', 'module', './VAADIN/build/other.js', ''],
  ]);
});

test('an interaction before the entry has run is remembered, the first one only', () => {
  const p = page();
  assert.deepEqual(Object.keys(p.listeners).sort(), ['input', 'keydown', 'pointerdown']);
  assert.equal(p.listeners.keydown.options.capture, true);
  p.listeners.pointerdown.listener({ type: 'pointerdown' });
  p.listeners.keydown.listener({ type: 'keydown' });
  assert.equal(p.window.__firstInteraction, 'pointerdown');
});

test('a view that points at a part of the page lands there below the bar, then loads the entry at once', () => {
  const p = page({ scrollTarget: 'regions', barHeight: 130.2 });
  assert.deepEqual(p.scrolled, [{ block: 'start' }]);
  assert.equal(p.root.style.scrollPaddingTop, '143px');
  assert.equal(p.added.length, 1, 'loaded without waiting for the paint');
});

test('with a fragment the browser lands, and the loader does not scroll', () => {
  const p = page({ scrollTarget: 'regions', hash: '#faq' });
  assert.deepEqual(p.scrolled, []);
  assert.equal(p.added.length, 0);
  p.paint();
  assert.equal(p.added.length, 1);
});

test('a target the page does not have is ignored', () => {
  const p = page({ scrollTarget: 'nowhere', present: false });
  assert.deepEqual(p.scrolled, []);
  p.paint();
  assert.equal(p.added.length, 1);
});
