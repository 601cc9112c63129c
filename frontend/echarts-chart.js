// <echarts-chart src="…">: draws the Apache ECharts option the server answers at `src` (JSON), when
// the element comes near the viewport, on a canvas the size the page gave it (so the page does not
// move when it draws). It knows nothing of the report. ECharts itself is loaded then too (its own
// chunk), so the page paints without it. A click on a data item is a `chart-click` event (it bubbles)
// with the item's `key` as its id. A changed `src` (another language, another selection) draws again.
let echartsReady;
const loadEcharts = () => (echartsReady ??= import('./echarts-setup.js').then((m) => m.echarts));

const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

class EchartsChart extends HTMLElement {
  static observedAttributes = ['src'];

  #chart = null;
  #fetched = null;
  #option = null;
  #dark = false;
  #resizeObserver = new ResizeObserver(() => this.#chart?.resize());
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

  attributeChangedCallback() {
    if (this.#visible) this.#load();
  }

  /** Fetches the option at `src` (once per address; the browser caches it for good, the address names the data's version). */
  async #load() {
    const src = this.getAttribute('src');
    if (!src || src === this.#fetched) return;
    this.#fetched = src;
    try {
      const response = await fetch(src, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const option = await response.json();
      if (src === this.getAttribute('src')) this.option = option;
    } catch (error) {
      this.#fetched = null;
      console.warn(`The chart ${this.id} could not load its data; its table shows the same numbers.`, error);
    }
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

  /** Saves the chart as a PNG file, on the page's background colour (drawing it first if it was not yet). */
  async downloadPng(fileName) {
    if (!this.#chart) {
      this.#visible = true;
      this.#visibility.disconnect();
      await this.#load();
      await this.#create();
    }
    const url = this.toDataUrl(getComputedStyle(document.documentElement).backgroundColor || '#fff');
    if (!url) return;
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
  }

  async #create() {
    if (!this.#option || this.#chart || !this.#visible) return;
    const echarts = await loadEcharts();
    if (!this.isConnected || this.#chart) return;
    this.#dark = this.#isDark();
    this.#chart = echarts.init(this, this.#dark ? 'dark' : null, { renderer: 'canvas' });
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
    // "finished" fires once drawing and animation are done: the chart is then safe to read and click.
    this.#chart.on('finished', () => this.setAttribute('data-rendered', ''));
    this.#chart.setOption(this.#withDefaults(this.#option), true);
  }

  #withDefaults(option) {
    // ARIA on (ECharts writes an aria-label description of the data), transparent so the page shows through.
    // An option with media queries keeps its components in baseOption.
    if (option.baseOption) return { ...option, baseOption: this.#withDefaults(option.baseOption) };
    return { backgroundColor: 'transparent', ...option, aria: { enabled: true, ...(option.aria ?? {}) } };
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

customElements.define('echarts-chart', EchartsChart);
