// <report-page>: the element of the server's ReportPage. The first response carries a copy of the page
// (marked first-response), written out by the same components; the live page that Vaadin's client
// builds arrives in a hidden container, and when the router puts it into the page, it takes the copy's
// place in the same frame: where the reader has scrolled, what has focus, and whatever the reader
// changed in the copy meanwhile (an answer opened, an explanation, a filter typed) carry over, through
// the live components' own events, so that the server hears of them as of any other change.
import { carryOver } from './takeover-state.js';

class ReportPage extends HTMLElement {
  static observedAttributes = ['lang'];

  #shown;
  #resolveShown;

  constructor() {
    super();
    this.#shown = new Promise((resolve) => { this.#resolveShown = resolve; });
  }

  connectedCallback() {
    // The copy itself (upgraded once the live page's code has loaded), or the live page still hidden.
    if (this.hasAttribute('first-response') || !this.closest('#outlet')) return;
    const copy = document.querySelector('report-page[first-response]');
    if (copy) takePlaceOf(copy, this);
    document.documentElement.dataset.live = '';
    this.#resolveShown(Boolean(copy));
  }

  attributeChangedCallback(name, old, value) {
    if (name === 'lang' && value && !this.hasAttribute('first-response') && this.closest('#outlet')) {
      document.documentElement.lang = value;
    }
  }

  /** Answers once the live page shows (the server asks, so that its last response to keep is this small one). */
  takeOver() {
    return this.#shown;
  }
}

/**
 * The live page takes the copy's place: nothing moves, and nothing the reader did is lost. Both are laid
 * out the same, so with the copy gone the live page is where the copy was, at the same scroll position
 * (set back to where it was if the browser moved it while both were in the document).
 */
function takePlaceOf(copy, live) {
  const focused = copy.contains(document.activeElement) ? document.activeElement : null;
  const changes = carryOver(copy, live);
  keepSizes(copy, live);
  // Charts the copy has drawn move as they are (the live page's would fetch and draw them again).
  for (const chart of copy.querySelectorAll('echarts-chart[id]')) live.querySelector(`#${CSS.escape(chart.id)}`)?.adopt?.(chart);
  // With both in the document the browser may anchor the scroll position in either; the reader stays where they are.
  const { scrollX: x, scrollY: y } = window;
  copy.remove();
  if (window.scrollY !== y || window.scrollX !== x) window.scrollTo({ left: x, top: y, behavior: 'instant' });
  if (focused?.id) {
    const twin = live.querySelector(`#${CSS.escape(focused.id)}`);
    twin?.focus({ preventScroll: true });
    if (twin && typeof focused.selectionStart === 'number') twin.setSelectionRange?.(focused.selectionStart, focused.selectionEnd);
  }
  changes.forEach((change) => change());
}

/**
 * Parts of the page off screen skip their rendering until they come near (content-visibility) and take an
 * estimated height until drawn once; the browser then remembers their real height, for those elements. The
 * live page's are new elements: each starts at the height its copy has now, so that nothing above the
 * reader moves (it remembers its own once drawn).
 */
function keepSizes(copy, live) {
  for (const part of copy.querySelectorAll('section[id], footer[id]')) {
    const style = getComputedStyle(part);
    if (style.contentVisibility !== 'auto') continue;
    const twin = live.querySelector(`#${CSS.escape(part.id)}`);
    if (!twin) continue;
    // The intrinsic size is that of the content box: padding and border come on top of it.
    const edges = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth']
      .reduce((sum, edge) => sum + parseFloat(style[edge]), 0);
    twin.style.containIntrinsicBlockSize = `auto ${part.getBoundingClientRect().height - edges}px`;
  }
}

customElements.define('report-page', ReportPage);
