// A reader of the dashboard that speaks Vaadin Flow's client protocol over plain HTTP, the way the
// browser does: the page request (the first response, which already holds the whole report), then,
// as on the reader's first interaction, the UI init request (`?v-r=init`), the first navigation
// (`ui-navigate`, which builds the live page's component tree on the server) and the page's answer to
// the server's `takeOver()` call (a return channel). Then UIDL round trips (`?v-r=uidl`) for what a
// reader does, as Flow's client sends them: follow a link (a navigation), click a column header (a click
// event on the companies section with the link's query), type a filter (a property sync and an input
// event on the text input), open a FAQ answer (the `open` property and a toggle event on its
// `<details>`). Elements are found by their `id` attribute in the UIDL changes.
// No browser, no dependencies: Node's fetch. Used by the benchmark, the load run and the flood.

const NAVIGATE = 'ui-navigate';
/** The event data of a click on a link the server follows (page/FollowedLinks): its filter, and the link's query. */
const SORT_LINK = "event.button === 0 && !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) && event.target.closest('a.sort') !== null";
const LINK = "event.target.closest('a[href]').search";

export class ProtocolError extends Error {}

/** The server no longer holds this reader's UI (its instance went away, or the session expired). */
export class SessionLost extends ProtocolError {}

export class Reader {
  /** @param {string} base e.g. http://127.0.0.1:8080 */
  constructor(base, { width = 390, height = 844 } = {}) {
    this.base = base.replace(/\/$/, '');
    this.width = width;
    this.height = height;
    this.cookies = new Map(); // name -> value: the session and, behind a proxy, its affinity cookie
    this.uiId = null;
    this.csrf = null;
    this.syncId = 0;
    this.clientId = 0;
    this.ids = new Map(); // id attribute of an element of the live page -> its node id
    this.returns = []; // [node, channel] of the server's calls that wait for an answer
    this.version = '';
    this.query = '';
    this.charts = [];
    this.faqs = [];
    this.bytes = 0;
  }

  async #fetch(path, init = {}) {
    const headers = { ...(init.headers ?? {}), 'accept-encoding': 'gzip, br' };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const res = await fetch(this.base + path, { ...init, headers, redirect: 'manual' });
    for (const c of res.headers.getSetCookie?.() ?? []) {
      const m = /^([^=;\s]+)=([^;]*)/.exec(c);
      if (m) this.cookies.set(m[1], m[2]);
    }
    const text = await res.text();
    this.bytes += text.length;
    if (res.status !== 200) throw new ProtocolError(`${init.method ?? 'GET'} ${path.slice(0, 60)}: HTTP ${res.status}`);
    return text;
  }

  /** The first response: the whole page, in the link's language and state. */
  async page(query = '') {
    const html = await this.#fetch('/' + (query ? '?' + query : ''));
    this.charts = [...html.matchAll(/<echarts-chart [^>]*src="([^"]+)"/g)].map(m => m[1].replaceAll('&amp;', '&'));
    this.version = /[?&]v=([0-9a-f]+)/.exec(this.charts[0] ?? '')?.[1] ?? '';
    this.faqs = [...html.matchAll(/<details id="faq-([^"]+)"/g)].map(m => m[1]);
    if (!this.version) throw new ProtocolError('the first response holds no report');
    return html;
  }

  /** The page, then the live page taking it over (what the browser does on the first interaction). */
  async open(query = '') {
    await this.page(query);
    return this.takeOver(query);
  }

  /** The live page: after this the server holds the reader's view. */
  async takeOver(query = '') {
    this.query = query;
    const params = new URLSearchParams({
      'v-r': 'init', location: '', query,
      'v-sw': this.width, 'v-sh': this.height, 'v-ww': this.width, 'v-wh': this.height,
      'v-bw': this.width, 'v-bh': this.height, 'v-tzo': '0', 'v-tzid': 'UTC', 'v-pr': '1', 'v-cs': 'light dark',
      'v-pv': 'VISIBLE', 'v-tn': '', 'v-td': 'true',
    });
    const init = JSON.parse(await this.#fetch('/?' + params));
    const config = init.appConfig;
    if (!config?.uidl) throw new ProtocolError('init answered without a UIDL');
    this.uiId = config['v-uiId'];
    this.csrf = config.uidl['Vaadin-Security-Key'];
    this.#absorb(config.uidl);
    await this.rpc([this.#navigation(query)]);
    if (!this.ids.has('main')) throw new ProtocolError('the live page has no main part');
    // The page has taken the first response's place: it answers the server's takeOver() call.
    await this.#answerReturns();
    return this;
  }

  #navigation(query) {
    return { type: 'event', node: 1, event: NAVIGATE,
      data: { route: '', query, appShellTitle: '', historyState: null, trigger: '' } };
  }

  /**
   * What scrolling through the page asks of the server: the charts' options as they come near
   * (plain cacheable GETs; the live view is not involved).
   */
  async scrollThrough() {
    for (const src of this.charts) await this.#fetch('/' + src);
    return this;
  }

  #absorb(uidl) {
    if (uidl.syncId !== undefined) this.syncId = uidl.syncId;
    if (uidl.clientId !== undefined) this.clientId = uidl.clientId;
    for (const change of uidl.changes ?? []) {
      if (change.type === 'put' && change.key === 'id' && typeof change.value === 'string') this.ids.set(change.value, change.node);
    }
    for (const call of uidl.execute ?? []) {
      const channel = call.find?.(arg => arg && typeof arg === 'object' && arg['@v-return']);
      if (channel) this.returns.push(channel['@v-return']);
    }
    if (uidl.meta?.sessionExpired) throw new SessionLost('server says: the session has expired');
    if (uidl.meta?.appError) {
      throw new ProtocolError('server says: ' + JSON.stringify(uidl.meta).slice(0, 200));
    }
  }

  /** One UIDL round trip; answers the parsed response. */
  async rpc(rpc) {
    const body = JSON.stringify({ csrfToken: this.csrf, rpc, syncId: this.syncId, clientId: this.clientId });
    const text = await this.#fetch(`/?v-r=uidl&v-uiId=${this.uiId}`, {
      method: 'POST', body, headers: { 'content-type': 'application/json; charset=UTF-8' },
    });
    const json = JSON.parse(text.startsWith('for(;;);') ? text.slice(9, -1) : text);
    this.#absorb(json);
    return json;
  }

  /** What the page answers to the server's calls that wait for it (the first one of each pair: success). */
  async #answerReturns() {
    const calls = this.returns.splice(0);
    if (calls.length) await this.rpc(calls.map(([node]) => ({ type: 'channel', node, channel: 0, args: [true] })));
  }

  /** The node of the live page's element with this id. */
  node(id) {
    const node = this.ids.get(id);
    if (node === undefined) throw new ProtocolError(`no element #${id} on the live page`);
    return node;
  }

  /** The value of a cookie the server set (e.g. a load balancer's affinity cookie), or undefined. */
  cookie(name) {
    return this.cookies.get(name);
  }

  /**
   * What Vaadin's client does when the server answers that it holds no session for this page (it is
   * set not to show a notification): it reloads the page at its URL. The view comes back from the
   * URL, on whichever instance now answers. Answers the page's HTML.
   */
  async reload() {
    Object.assign(this, { uiId: null, csrf: null, syncId: 0, clientId: 0, returns: [] });
    this.ids.clear();
    const html = await this.page(this.query);
    await this.takeOver(this.query);
    return html;
  }

  /** A round trip that changes nothing: answers whether the server still holds this reader's UI. */
  async ping() {
    return this.rpc([]);
  }

  /** Follows a link of the page (as a click on it does once the page is live): a navigation to its query. */
  async follow(query) {
    this.query = query;
    return this.rpc([this.#navigation(query)]);
  }

  /** A click on a column header of the company table: the server follows the link that sorts by it. */
  async sort(column, direction) {
    const params = new URLSearchParams(this.query);
    params.set('sort', `${column}-${direction}`);
    this.query = params.toString();
    return this.rpc([{ type: 'event', node: this.node('companies'), event: 'click',
      data: { [SORT_LINK]: true, [LINK]: '?' + this.query } }]);
  }

  /** Typing in the company filter (sent when the reader pauses, as the debounced event is). */
  async filter(text) {
    const node = this.node('company-filter');
    return this.rpc([{ type: 'mSync', node, feature: 1, property: 'value', value: text },
      { type: 'event', node, event: 'input', data: { 1: 1, for: 'trailing' } }]);
  }

  /** The ids of the FAQ answers on the page. */
  faqIds() {
    return this.faqs;
  }

  /** Opening (or closing) a FAQ answer: its <details> toggled. */
  async openFaq(questionId, open = true) {
    const node = this.node(`faq-${questionId}`);
    return this.rpc([{ type: 'mSync', node, feature: 1, property: 'open', value: open },
      { type: 'event', node, event: 'toggle', data: {} }]);
  }

  /** What a closing tab sends: the UI is removed on the server at once. */
  async close() {
    // The browser's pagehide beacon: an empty UIDL message flagged UNLOAD.
    const body = JSON.stringify({ csrfToken: this.csrf, rpc: [], syncId: this.syncId, clientId: this.clientId, UNLOAD: true });
    await this.#fetch(`/?v-r=uidl&v-uiId=${this.uiId}`, {
      method: 'POST', body, headers: { 'content-type': 'text/plain;charset=UTF-8' },
    });
  }
}
