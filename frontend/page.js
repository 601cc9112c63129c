// What the page does by itself, from the first paint on, without Vaadin: follow its links (in place
// once the live page has taken over), copy links, close an explanation on Esc or a click elsewhere,
// switch light and dark, download a chart, land a deep link below the sticky header. And it starts
// the live page (takeover.js) on the reader's first interaction: before that, every control works
// natively (disclosures open, links and forms load the view), and nothing of Vaadin loads.

const root = document.documentElement;
const main = document.getElementById('main');

/** Set once the live page has taken over: opens a URL of this page in place. */
let navigate = null;
let takingOver = null;

/** Starts the live page (once). The report page only: an error page has nothing to take over. */
function takeOver() {
  if (!main?.dataset.version) return Promise.resolve();
  takingOver ??= import('./takeover.js')
    .then((m) => m.start())
    .then((go) => { navigate = go; })
    .catch((error) => {
      // The page keeps working as a plain page: links and forms load their views.
      console.warn('The live page could not start; links load their views instead.', error);
    });
  return takingOver;
}

const FIRST_INTERACTION = ['pointerdown', 'keydown', 'input', 'toggle'];
function onFirstInteraction() {
  FIRST_INTERACTION.forEach((type) => document.removeEventListener(type, onFirstInteraction, true));
  takeOver();
}
FIRST_INTERACTION.forEach((type) => document.addEventListener(type, onFirstInteraction, { capture: true, passive: true }));

// --- Landing below the sticky header --------------------------------------------------------------

// The stylesheet's scroll padding is an estimate of the bar's height; the bar's real height (it wraps
// on a phone) replaces it. Only scrolling reads it, so setting it costs no layout of the page.
const bar = document.querySelector('.header-bar');
const fitScrollPadding = (height) => { root.style.scrollPaddingTop = `${Math.ceil(height) + 12}px`; };
if (bar) new ResizeObserver(([entry]) => fitScrollPadding(entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height)).observe(bar);

function reveal(target, { flash = true } = {}) {
  if (bar) fitScrollPadding(bar.getBoundingClientRect().height);
  target.scrollIntoView({ block: 'start' });
  if (!flash) return;
  target.classList.add('flash');
  setTimeout(() => target.classList.remove('flash'), 1600);
}

function inView(target) {
  const rect = target.getBoundingClientRect();
  const top = bar ? bar.getBoundingClientRect().bottom : 0;
  return rect.bottom > top && rect.top < window.innerHeight;
}

// A link without a fragment (typed, or from another site) still lands where its view points: the
// server names the element. (With a fragment the browser has already scrolled there.)
const pointedAt = main?.dataset.scrollTarget && !location.hash ? document.getElementById(main.dataset.scrollTarget) : null;
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
  if (link.hasAttribute('download') || link.hasAttribute('data-reload') || (link.target && link.target !== '_self')) return;
  if (link.origin !== location.origin || link.pathname !== location.pathname) return;
  if (link.search === location.search && link.hash) return; // an anchor of this very view: the browser scrolls
  follow(link, event, { scroll: (target) => link.hasAttribute('data-section') || !inView(target) });
});

// A click on a segment of the value chain's Sankey does what the segment's own link does.
document.addEventListener('chart-click', (event) => {
  if (event.target.id !== 'value-chain-chart' || !event.detail?.id) return;
  const link = document.querySelector(`a[data-segment="${CSS.escape(event.detail.id)}"]`);
  if (link) follow(link, null, { scroll: () => false });
});

// Once live, a form is applied as it is filled in (see live-page.js); before that it loads its view.

// --- Copy link ---------------------------------------------------------------------------------------

async function copy(link) {
  const url = new URL(link.getAttribute('href'), location.href).href;
  try {
    await navigator.clipboard.writeText(url);
  } catch {
    const area = Object.assign(document.createElement('textarea'), { value: url, readOnly: true });
    area.style.cssText = 'position:fixed;opacity:0';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
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

// --- Explanations: Esc or a click elsewhere closes the open one, as a popover would ---------------

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
// The live page renders the header again now and then; the pressed state is the reader's, not the server's.
document.addEventListener('part-shown', showTheme);

// --- Chart downloads --------------------------------------------------------------------------------

document.addEventListener('click', (event) => {
  const button = event.target.closest?.('[data-png]');
  if (button) document.getElementById(button.dataset.png)?.downloadPng(button.dataset.file);
});
