// <echarts-chart src="…">: draws the Apache ECharts option the server answers at `src` (JSON), when
// the element comes near the viewport, on a canvas the size the page gave it (so the page does not
// move when it draws). It knows nothing of the report. ECharts itself is loaded then too (its own
// chunk), so the page paints without it. A click on a data item is a `chart-click` event (it bubbles)
// with the item's `key` as its id. A changed `src` (another language) draws again. `selected` names the
// keys of the data items that stand out (space-separated); the others fade.
import { withDefaults } from './chart-option.js';

let echartsReady;
const loadEcharts = () => (echartsReady ??= import('./echarts-setup.js').then((m) => m.echarts));
let svgReady;
const loadSvg = () => (svgReady ??= import('./echarts-svg.js').then((m) => m.echarts));

const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

class EchartsChart extends HTMLElement {
  static observedAttributes = ['src', 'selected'];

  #chart = null;
  #canvas = null; // the element ECharts draws in: a child of this one, so that a drawn chart can move to another
  #fetched = null;
  #loading = Promise.resolve();
  #option = null;
  #dark = false;
  #printWidth = 0; // while printing: the width it is drawn at, whatever the print layout makes of the element
  #resizeObserver = new ResizeObserver(() => {
    if (!this.#printWidth) this.#chart?.resize();
  });
  #schemeObserver = new MutationObserver(() => this.#followScheme());
  #onMediaChange = () => this.#followScheme();
  #visible = false;
  #visibility = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) {
      this.#visible = true;
      this.#visibility.disconnect();
      this.#load();
      this.#create();
    }
  }, { rootMargin: '300px 0px' });

  attributeChangedCallback(name) {
    if (name === 'selected') {
      if (this.#chart && this.#option) this.#chart.setOption(this.#withDefaults(this.#option), true);
      return;
    }
    if (this.#visible) this.#load();
  }

  /**
   * Fetches the option at `src` (once per address; the browser caches it for good, the address names the
   * data's version). Answers when the option is there: a fetch already under way is waited for.
   */
  #load() {
    const src = this.getAttribute('src');
    if (!src) return Promise.resolve();
    if (src === this.#fetched) return this.#loading;
    this.#fetched = src;
    this.#loading = (async () => {
      try {
        const response = await fetch(src, { credentials: 'same-origin' });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const option = await response.json();
        if (src === this.getAttribute('src')) this.option = option;
      } catch (error) {
        this.#fetched = null;
        console.warn(`The chart ${this.id} could not load its data; its table shows the same numbers.`, error);
      }
    })();
    return this.#loading;
  }

  set option(value) {
    this.#option = value;
    this.removeAttribute('data-rendered');
    if (this.#chart) this.#chart.setOption(this.#withDefaults(value), true);
    else if (this.isConnected) this.#create();
  }

  get option() {
    return this.#option;
  }

  connectedCallback() {
    this.#resizeObserver.observe(this);
    this.#schemeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'class', 'theme'] });
    darkQuery.addEventListener('change', this.#onMediaChange);
    if (this.#visible) {
      this.#load();
      this.#create();
    } else {
      this.#visibility.observe(this);
    }
  }

  disconnectedCallback() {
    this.#resizeObserver.disconnect();
    this.#schemeObserver.disconnect();
    this.#visibility.disconnect();
    darkQuery.removeEventListener('change', this.#onMediaChange);
    this.#chart?.dispose();
    this.#chart = null;
    this.removeAttribute('data-rendered');
  }

  /**
   * Takes over what another element of the same chart has drawn (the first response's copy, when the
   * live page takes its place): the chart moves here as it is, nothing is fetched or drawn again.
   */
  adopt(other) {
    if (!(other instanceof EchartsChart) || !other.#chart || this.#chart || other.getAttribute('src') !== this.getAttribute('src')) return;
    this.#chart = other.#chart;
    this.#canvas = other.#canvas;
    this.#option = other.#option;
    this.#fetched = other.#fetched;
    this.#dark = other.#dark;
    this.#visible = true;
    this.#visibility.disconnect();
    other.#chart = null;
    other.#canvas = null;
    this.replaceChildren(this.#canvas);
    this.#bindEvents();
    if (other.hasAttribute('data-rendered')) this.setAttribute('data-rendered', '');
    // The selection may differ: the live page's is the one to show.
    this.#chart.setOption(this.#withDefaults(this.#option), true);
  }

  /** A PNG of the chart as a data URL, or null before it is drawn. */
  toDataUrl(background) {
    return this.#chart?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background }) ?? null;
  }

  /**
   * Where a data item is drawn, in CSS pixels from the element's top left: {x, y, width, height}, or null.
   * Lets keyboard helpers and browser tests find a node without guessing coordinates.
   */
  itemRect(seriesIndex, dataIndex) {
    const series = this.#chart?.getModel()?.getSeriesByIndex(seriesIndex);
    const layout = series?.getData()?.getItemLayout(dataIndex);
    if (!layout) return null;
    // Graph-like series lay items out inside their own box (left/top of the series option).
    const origin = series.layoutInfo ?? { x: 0, y: 0 };
    return { x: origin.x + layout.x, y: origin.y + layout.y, width: layout.dx ?? layout.width ?? 0, height: layout.dy ?? layout.height ?? 0 };
  }

  /** Draws the chart now, wherever it is on the page (for a download or a printout). */
  async draw() {
    if (this.#chart) return;
    this.#visible = true;
    this.#visibility.disconnect();
    await this.#load();
    await this.#create();
  }

  /** Saves the chart as a PNG file at twice its size, on the page's background colour. */
  async downloadPng(fileName) {
    await this.draw();
    const url = this.toDataUrl(getComputedStyle(document.documentElement).backgroundColor || '#fff');
    if (url) save(url, fileName);
  }

  /**
   * Saves the chart as an SVG file, vector, for print and publication: drawn offscreen by ECharts' SVG
   * renderer in this browser, so text (Chinese included) is measured with the page's own fonts.
   */
  async downloadSvg(fileName) {
    await this.#load();
    if (!this.#option) return;
    const echarts = await loadSvg();
    const { width, height } = this.getBoundingClientRect();
    const chart = echarts.init(null, this.#isDark() ? 'dark' : null,
      { renderer: 'svg', ssr: true, width: Math.round(width) || 800, height: Math.round(height) || 480 });
    chart.setOption({ ...this.#withDefaults(this.#option), animation: false,
      backgroundColor: getComputedStyle(document.documentElement).backgroundColor || '#fff' });
    const svg = chart.renderToSVGString();
    chart.dispose();
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
    save(url, fileName);
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** Printing: drawn at the printed page's width (about 700 CSS pixels), then back to the screen's. */
  printWidth(width) {
    this.#printWidth = width ?? 0;
    if (width) this.#chart?.resize({ width, animation: { duration: 0 } });
    else this.#chart?.resize();
  }

  async #create() {
    if (!this.#option || this.#chart || !this.#visible) return;
    const echarts = await loadEcharts();
    if (!this.isConnected || this.#chart) return;
    this.#dark = this.#isDark();
    this.#canvas = Object.assign(document.createElement('div'), { className: 'echarts-canvas' });
    this.#canvas.style.cssText = 'width:100%;height:100%';
    this.replaceChildren(this.#canvas);
    this.#chart = echarts.init(this.#canvas, this.#dark ? 'dark' : null, { renderer: 'canvas' });
    this.#bindEvents();
    this.#chart.setOption(this.#withDefaults(this.#option), true);
  }

  /** A click on an item is a `chart-click` of this element; "finished" (drawing and animation done) marks it rendered. */
  #bindEvents() {
    this.#chart.off('click');
    this.#chart.off('finished');
    this.#chart.on('finished', () => this.setAttribute('data-rendered', ''));
    this.#chart.on('click', (p) =>
      this.dispatchEvent(new CustomEvent('chart-click', {
        bubbles: true,
        detail: {
          seriesName: p.seriesName ?? '',
          seriesType: p.seriesType ?? '',
          dataType: p.dataType ?? '',
          name: p.name ?? '',
          id: p.data?.key ?? p.data?.id ?? p.name ?? '',
          value: typeof p.value === 'number' ? p.value : null,
        },
      })));
  }

  #withDefaults(option) {
    return withDefaults(option, (this.getAttribute('selected') ?? '').split(' ').filter(Boolean));
  }

  #isDark() {
    const scheme = getComputedStyle(this).colorScheme;
    if (scheme === 'dark') return true;
    if (scheme === 'light') return false;
    return darkQuery.matches;
  }

  #followScheme() {
    const dark = this.#isDark();
    if (dark === this.#dark) return;
    this.#dark = dark;
    if (this.#chart) {
      this.#chart.dispose();
      this.#chart = null;
      this.#create();
    }
  }
}

function save(url, fileName) {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
}

customElements.define('echarts-chart', EchartsChart);
