// What the page does by itself, from the first paint on, without Vaadin: follow its links (in place
// once the live page has taken over), copy links, switch light and dark, download a chart, land a deep
// link below the sticky header. And it starts the live page (takeover.js) on the reader's first
// interaction, once that interaction has shown: before that, every control works natively
// (disclosures and explanations open, links and forms load the view), and nothing of Vaadin loads.

import { absolute, copyText } from './clipboard.js';
import { embedSnippet, heightMessage } from './embed-snippet.js';
import { showReturning } from './returning.js';

const root = document.documentElement;
/** An embed (/embed/…) in another site's page: no live page, links open the full report. */
const embedded = root.hasAttribute('data-embed');

/** Set once the live page has taken over: opens a URL of this page in place. */
let navigate = null;
let takingOver = null;

/** Starts the live page (once). The report page only: an error page has nothing to take over. */
function takeOver() {
  if (!document.querySelector('report-page[first-response]')) return Promise.resolve();
  takingOver ??= import('./takeover.js')
    .then((m) => m.start())
    .then((go) => { navigate = go; })
    .catch((error) => {
      // The page keeps working as a plain page: links and forms load their views.
      console.warn('The live page could not start; links load their views instead.', error);
    });
  return takingOver;
}

// The reader's first interaction starts the live page, but only after the browser has shown what that
// interaction does (an explanation opens natively at once): loading Vaadin's client must not delay it.
// (Not 'toggle': the browser fires it for every <details open> of the page as it loads; an answer opened by
// find-in-page is carried over at the takeover all the same.)
// (The same as the first paint's loader, frontend/inline/after-first-paint.js, remembers before this script has run.)
const FIRST_INTERACTION = ['pointerdown', 'keydown', 'input'];
function onFirstInteraction() {
  FIRST_INTERACTION.forEach((type) => document.removeEventListener(type, onFirstInteraction, true));
  afterNextPaint(takeOver);
}
const afterNextPaint = (then) => requestAnimationFrame(() => setTimeout(then, 0));
FIRST_INTERACTION.forEach((type) => document.addEventListener(type, onFirstInteraction, { capture: true, passive: true }));
// The first response loads this script after its first paint (frontend/inline/after-first-paint.js): an
// interaction before that is remembered there, and counts as the first.
if (window.__firstInteraction) onFirstInteraction();

// --- Landing below the sticky header --------------------------------------------------------------

// The stylesheet's scroll padding is an estimate of the bar's height; the bar's real height (it wraps
// on a phone) replaces it. Only scrolling reads it, so setting it costs no layout of the page.
// The bar and the page's main part are looked up when needed: the live page's replace the first response's.
const headerBar = () => document.querySelector('.header-bar');
/** Sets the scroll padding for a bar of this height (as frontend/inline/after-first-paint.js does before this script runs); returns it. */
const fitScrollPadding = (height) => {
  const padding = Math.ceil(height) + 12;
  root.style.scrollPaddingTop = `${padding}px`;
  return padding;
};
// The live page replaces the bar (at the takeover, and for a new reading): the old one, taken out of the
// page, reports no size, and the new one is watched instead.
const barSize = new ResizeObserver(([entry]) => {
  if (!entry.target.isConnected) return watchBar();
  fitScrollPadding(entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height);
});
function watchBar() {
  barSize.disconnect();
  if (headerBar()) barSize.observe(headerBar());
}
watchBar();

function reveal(target, { flash = true } = {}) {
  const bar = headerBar();
  const padding = bar ? fitScrollPadding(bar.getBoundingClientRect().height) : 0;
  target.scrollIntoView({ block: 'start' });
  keepInPlace(target, padding);
  if (!flash) return;
  target.classList.add('flash');
  setTimeout(() => target.classList.remove('flash'), 1600);
}

/**
 * Sections off screen skip their rendering (content-visibility) and have an estimated size until they
 * come near; as the ones around the target get their real size, the browser's scroll anchoring can move
 * the target away from where it landed. For a moment, until the reader scrolls, it is put back.
 */
function keepInPlace(target, padding) {
  const land = () => {
    const off = target.getBoundingClientRect().top - padding;
    if (Math.abs(off) > 1) window.scrollTo(0, window.scrollY + off);
  };
  const layout = new ResizeObserver(land);
  layout.observe(document.getElementById('main') ?? document.body);
  const READER = ['wheel', 'touchstart', 'keydown', 'pointerdown'];
  const stop = () => {
    layout.disconnect();
    READER.forEach((type) => removeEventListener(type, stop, true));
  };
  READER.forEach((type) => addEventListener(type, stop, { capture: true, passive: true }));
  setTimeout(stop, 1500);
}

function inView(target) {
  const rect = target.getBoundingClientRect();
  const top = headerBar()?.getBoundingClientRect().bottom ?? 0;
  return rect.bottom > top && rect.top < window.innerHeight;
}

// A link without a fragment (typed, or from another site) still lands where its view points: the
// server names the element. (With a fragment the browser has already scrolled there.)
const scrollTarget = document.getElementById('main')?.dataset.scrollTarget;
const pointedAt = scrollTarget && !location.hash ? document.getElementById(scrollTarget) : null;
if (pointedAt) reveal(pointedAt);

// --- Links -------------------------------------------------------------------------------------------

/** Follows a link of this page: in place once live (scrolling to its target when asked); else the browser's way. */
function follow(link, event, { scroll }) {
  const target = link.hash ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null;
  if (navigate) {
    event?.preventDefault();
    navigate(link.href);
    if (target && scroll(target)) reveal(target);
    return;
  }
  if (event && link.hasAttribute('data-section') && target) {
    // Before the live page: the section is on this page, so scroll to it instead of loading the page again.
    event.preventDefault();
    history.pushState(history.state, '', link.href);
    reveal(target);
    return;
  }
  if (!event) location.assign(link.href);
}

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target.closest?.('a[href]');
  if (!link) return;
  if (link.hasAttribute('data-copy')) {
    event.preventDefault();
    copy(link);
    return;
  }
  if (link.hasAttribute('download') || link.hasAttribute('router-ignore') || (link.target && link.target !== '_self')) return;
  if (link.origin !== location.origin || link.pathname !== location.pathname) return;
  if (link.search === location.search && link.hash) return; // an anchor of this very view: the browser scrolls
  follow(link, event, { scroll: (target) => link.hasAttribute('data-section') || !inView(target) });
});

// Before the live page (and in an embed), a click on a segment of the value chain's Sankey does what the
// segment's own link does (in an embed: opens that view of the full report in a new tab, as every link
// there does). On the live page the chart's own listener on the server selects it.
document.addEventListener('chart-click', (event) => {
  if (navigate || event.target.id !== 'value-chain-chart' || !event.detail?.id) return;
  const link = document.querySelector(`#segment-${CSS.escape(event.detail.id)} a.segment-select`);
  if (link && embedded) window.open(link.href, '_blank', 'noopener');
  else if (link) follow(link, null, { scroll: () => false });
});

// Once live, a form is applied as it is filled in (its fields tell the server as they change); before
// that, submitting it loads its view.
document.addEventListener('submit', (event) => {
  if (navigate) event.preventDefault();
});

// --- Focus survives a redraw ------------------------------------------------------------------------

// The live page draws a part again when what it shows changes (a selection, a sort): an element that had
// focus is then a new element with the same id, and it gets the focus back (a keyboard reader keeps their place).
let focusedId = '';
document.addEventListener('focusin', (event) => { focusedId = event.target.id ?? ''; });
new MutationObserver(() => {
  if (!focusedId || (document.activeElement && document.activeElement !== document.body)) return;
  document.getElementById(focusedId)?.focus({ preventScroll: true });
}).observe(document.body, { childList: true, subtree: true });

// --- Copy link ---------------------------------------------------------------------------------------

async function copy(link) {
  await copyText(absolute(link.getAttribute('href'), location.href));
  toast(link.dataset.copy);
}

let toastTimer;
function toast(message) {
  const box = document.getElementById('toast');
  if (!box || !message) return;
  box.textContent = message;
  box.classList.add('shown');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => box.classList.remove('shown'), 2500);
}

// --- Explanations (before the live page: disclosures) -----------------------------------------------

// Esc or a click elsewhere closes the open one, as a popover would (the live page's are Vaadin Popovers,
// which do so themselves).
document.addEventListener('pointerdown', (event) => {
  for (const open of document.querySelectorAll('details.info[open]')) {
    if (!open.contains(event.target)) open.open = false;
  }
});
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const open = document.querySelector('details.info[open]');
  if (!open) return;
  open.open = false;
  open.querySelector('summary')?.focus();
});

// An explanation opens beside its "i", right-aligned; near the left edge of the screen it moves right
// so that all of it is on screen.
function fitExplanation(details) {
  const panel = details.querySelector(':scope > .info-panel');
  if (!panel || !details.open) return;
  panel.style.right = '';
  const left = panel.getBoundingClientRect().left;
  const margin = 8;
  if (left < margin) panel.style.right = `${Math.floor(left - margin)}px`;
}
document.addEventListener('toggle', (event) => {
  if (event.target.matches?.('details.info')) fitExplanation(event.target);
}, true);
window.addEventListener('resize', () => document.querySelectorAll('details.info[open]').forEach(fitExplanation));
document.querySelectorAll('details.info[open]').forEach(fitExplanation);

// --- Light and dark ------------------------------------------------------------------------------------

const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : systemDark.matches);
const showTheme = () => document.getElementById('theme-switch')?.setAttribute('aria-pressed', String(isDark()));
showTheme();
systemDark.addEventListener('change', showTheme);
document.addEventListener('click', (event) => {
  if (!event.target.closest?.('#theme-switch')) return;
  root.dataset.theme = isDark() ? 'light' : 'dark';
  try {
    localStorage.setItem('theme', root.dataset.theme);
  } catch {
    // private mode: the choice lasts for this page
  }
  showTheme();
});
// The live page draws the header's switches again now and then; the pressed state is the reader's, not the server's.
new MutationObserver(() => {
  if (document.getElementById('theme-switch')?.getAttribute('aria-pressed') !== String(isDark())) showTheme();
}).observe(document.body, { childList: true, subtree: true });

// --- Chart downloads --------------------------------------------------------------------------------

document.addEventListener('click', (event) => {
  const button = event.target.closest?.('[data-png]');
  if (button) document.getElementById(button.dataset.png)?.downloadPng(button.dataset.file);
});

// --- Share: embed snippets, citations, SVG -------------------------------------------------------------

// The few lines a host page adds once so that the frame fits its content: only messages from the
// frame's own window, of our type, with a height, are heeded.

document.addEventListener('toggle', (event) => {
  const menu = event.target;
  if (!menu.matches?.('details.share-menu') || !menu.open) return;
  // The server's snippet, with this site's address for its relative one, and the host's few lines.
  for (const code of menu.querySelectorAll('textarea[data-embed]')) {
    code.value = embedSnippet(code.defaultValue, code.dataset.embed, document.baseURI);
  }
  for (const list of menu.querySelectorAll('[data-cite]:not([data-loaded])')) showCitations(list);
}, true);

/** The citations of a "Cite" list, fetched when it is opened (they carry today's date), each with a copy button. */
async function showCitations(list) {
  list.dataset.loaded = '';
  try {
    const response = await fetch(new URL(list.dataset.cite, document.baseURI));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const citations = await response.json();
    for (const item of list.querySelectorAll('li[data-format]')) {
      const text = citations[item.dataset.format];
      if (typeof text !== 'string') continue;
      const pre = Object.assign(document.createElement('pre'), { className: 'cite-text', textContent: text });
      pre.id = `${list.id}-${item.dataset.format}`;
      const button = Object.assign(document.createElement('button'), { type: 'button', className: 'share-copy', textContent: list.dataset.copyLabel });
      button.dataset.copyFrom = pre.id;
      button.dataset.copied = list.dataset.copied;
      button.setAttribute('aria-label', `${list.dataset.copyLabel}: ${item.querySelector('a')?.textContent ?? ''}`);
      item.append(pre, button);
    }
  } catch (error) {
    delete list.dataset.loaded; // the links to each format still work
    console.warn('The citations could not be loaded; each format is a link.', error);
  }
}

document.addEventListener('click', async (event) => {
  const copyButton = event.target.closest?.('[data-copy-from]');
  if (copyButton) {
    const source = document.getElementById(copyButton.dataset.copyFrom);
    const text = source ? ('value' in source ? source.value : source.textContent) : '';
    await copyText(text);
    toast(copyButton.dataset.copied);
    return;
  }
  const svgButton = event.target.closest?.('[data-svg]');
  if (svgButton) document.getElementById(svgButton.dataset.svg)?.downloadSvg(svgButton.dataset.file);
});

// --- Print ----------------------------------------------------------------------------------------------

// The stylesheet prints every section with its answers and tables shown (closed disclosures included) and
// without the page's controls. Here: the printout names its address, and the charts are drawn at the
// paper's width. "Print" first draws the charts not yet drawn (they draw as they come near on screen).
const PRINT_WIDTH = 640; // CSS pixels: A4 less 2 cm margins
const charts = () => [...document.querySelectorAll('echarts-chart')];
function beforePrint() {
  const url = document.querySelector('.print-url');
  if (url) url.textContent = location.href;
  for (const chart of charts()) {
    chart.printWidth?.(PRINT_WIDTH); // drawn ones at once (Ctrl+P lays the page out right after this)
    chart.draw?.().then(() => chart.printWidth?.(PRINT_WIDTH)); // the others as soon as they are drawn
  }
}
window.addEventListener('beforeprint', beforePrint);
window.addEventListener('afterprint', () => charts().forEach((chart) => chart.printWidth?.(null)));
document.addEventListener('click', async (event) => {
  if (!event.target.closest?.('[data-print]')) return;
  await Promise.all(charts().map((chart) => chart.draw?.()));
  window.print(); // beforeprint sizes them for the paper
});

// --- Embedded: the frame tells the page around it how tall it is -----------------------------------------

if (embedded && window.parent !== window) {
  const frame = document.getElementById('embed');
  let last = 0;
  const post = () => {
    const style = getComputedStyle(document.body);
    const height = Math.ceil(frame.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
    if (height === last) return;
    last = height;
    window.parent.postMessage(heightMessage(height), '*');
  };
  if (frame) {
    new ResizeObserver(post).observe(frame);
    post();
  }
}

// A returning reader is told what changed since the version this browser showed them last (returning.js).
if (!embedded) {
  let storage = null;
  try { storage = window.localStorage; } catch { /* blocked: nothing to compare with */ }
  if (storage) showReturning(document, storage);
}
