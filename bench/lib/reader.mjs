// A reader of the dashboard that speaks Vaadin Flow's client protocol over plain HTTP, the way the
// browser bundle does: the page request (which opens the HTTP session), the UI init request
// (`?v-r=init`), the first navigation (the `ui-navigate` event, which builds the view on the server) and
// then UIDL round trips (`?v-r=uidl`) for what a reader does: sort the company grid, filter it, open a
// FAQ answer. No browser, no dependencies: Node's fetch. Used by the benchmark, the load run and the
// session flood.

const NAVIGATE = 'ui-navigate';

export class ProtocolError extends Error {}

export class Reader {
  /** @param {string} base e.g. http://127.0.0.1:8080 */
  constructor(base, { width = 390, height = 844 } = {}) {
    this.base = base.replace(/\/$/, '');
    this.width = width;
    this.height = height;
    this.cookie = '';
    this.uiId = null;
    this.csrf = null;
    this.syncId = 0;
    this.clientId = 0;
    this.promise = 0;
    this.tags = new Map(); // node id -> element tag
    this.ids = new Map(); // element id attribute -> node id
    this.pending = new Set(); // ids of sections not built yet
    this.pendingNodes = new Set();
    this.bytes = 0;
  }

  async #fetch(path, init = {}) {
    const headers = { ...(init.headers ?? {}), 'accept-encoding': 'gzip, br' };
    if (this.cookie) headers.cookie = this.cookie;
    const res = await fetch(this.base + path, { ...init, headers, redirect: 'manual' });
    const setCookie = res.headers.getSetCookie?.() ?? [];
    for (const c of setCookie) {
      const m = /^(JSESSIONID=[^;]+)/.exec(c);
      if (m) this.cookie = m[1];
    }
    const text = await res.text();
    this.bytes += text.length;
    if (res.status !== 200) throw new ProtocolError(`${init.method ?? 'GET'} ${path.slice(0, 60)}: HTTP ${res.status}`);
    return text;
  }

  /** The page request: the HTML shell, which also opens the HTTP session. */
  async page(query = '') {
    return this.#fetch('/' + (query ? '?' + query : ''));
  }

  /** The UI init request and the first navigation: after this the server holds the reader's whole view. */
  async open(query = '') {
    await this.page(query);
    const params = new URLSearchParams({
      'v-r': 'init', location: '', query,
      'v-sw': this.width, 'v-sh': this.height, 'v-ww': this.width, 'v-wh': this.height,
      'v-bw': this.width, 'v-bh': this.height, 'v-tzo': '0', 'v-tzid': 'UTC', 'v-pr': '1', 'v-cs': 'light dark',
      'v-pv': 'VISIBLE', 'v-tn': 'lumo', 'v-td': 'true',
    });
    const init = JSON.parse(await this.#fetch('/?' + params));
    const config = init.appConfig;
    if (!config?.uidl) throw new ProtocolError('init answered without a UIDL');
    this.uiId = config['v-uiId'];
    this.csrf = config.uidl['Vaadin-Security-Key'];
    this.#absorb(config.uidl);
    await this.#settle(() => this.rpc([{ type: 'event', node: 1, event: NAVIGATE,
      data: { route: '', query, appShellTitle: '', historyState: { idx: 0 }, trigger: '' } }]));
    if (!this.ids.has('main')) throw new ProtocolError('the view has no main content');
    return this;
  }

  /**
   * What the browser does when the reader scrolls near a section that is not built yet (see the
   * server's SectionSlot): asks for it. `ids` are section ids (`companies`, `faq`, ...); sections
   * already built are skipped.
   */
  async reveal(...ids) {
    const rpc = ids.filter(id => this.pending.has(id)).map(id => {
      this.pending.delete(id);
      return { type: 'event', node: this.ids.get(id), event: 'section-needed' };
    });
    if (rpc.length) await this.#settle(() => this.rpc(rpc));
    return this;
  }

  /** As a reader who scrolls through the whole page. */
  revealAll() {
    return this.reveal(...this.pending);
  }

  /**
   * Runs a round trip, then does what the browser bundle does as soon as new elements are attached:
   * each new details and popover element reports its initial opened state. (This also matters for
   * memory: the server keeps the last response of each UI for a resend; after this it is a small one.)
   */
  async #settle(roundTrip) {
    const before = new Set(this.tags.keys());
    await roundTrip();
    const settle = [...this.tags].filter(([node, tag]) => !before.has(node) && (tag === 'vaadin-details' || tag === 'vaadin-popover'))
      .map(([node]) => ({ type: 'event', node, event: 'opened-changed', data: {} }));
    if (settle.length) await this.rpc(settle);
  }

  #absorb(uidl) {
    if (uidl.syncId !== undefined) this.syncId = uidl.syncId;
    if (uidl.clientId !== undefined) this.clientId = uidl.clientId;
    for (const change of uidl.changes ?? []) {
      if (change.type !== 'put') continue;
      if (change.feat === 0 && change.key === 'tag') this.tags.set(change.node, change.value);
      else if (change.key === 'id' && typeof change.value === 'string') this.ids.set(change.value, change.node);
      else if (change.key === 'aria-busy' && change.value === 'true') this.pendingNodes.add(change.node); // an empty SectionSlot
    }
    for (const [id, node] of this.ids) if (this.pendingNodes.has(node)) this.pending.add(id);
    if (uidl.meta?.sessionExpired || uidl.meta?.appError) {
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

  node(id) {
    const node = this.ids.get(id);
    if (node === undefined) throw new ProtocolError(`no element #${id}`);
    return node;
  }

  /** A round trip that changes nothing: answers whether the server still holds this reader's UI. */
  async ping() {
    return this.rpc([]);
  }

  /** A click on a grid column header, as the grid connector reports it. */
  async sort(column, direction) {
    await this.reveal('companies');
    const grid = this.node('company-grid');
    const answer = await this.rpc([{ type: 'publishedEventHandler', node: grid, templateEventMethodName: 'sortersChanged',
      templateEventMethodArgs: [[{ path: column, direction }]], promise: this.promise++ }]);
    await this.#confirmGridUpdates(grid, answer);
    return answer;
  }

  /** Typing in the company filter (the field syncs its value lazily, then fires `input`). */
  async filter(text) {
    await this.reveal('companies');
    const field = this.node('company-filter');
    const answer = await this.rpc([
      { type: 'mSync', node: field, feature: 1, property: 'value', value: text },
      { type: 'event', node: field, event: 'input', data: {} },
    ]);
    await this.#confirmGridUpdates(this.node('company-grid'), answer);
    return answer;
  }

  async #confirmGridUpdates(grid, answer) {
    // The grid's data arrives with an update id that the client confirms, as the connector does.
    for (const invocation of answer.execute ?? []) {
      if (invocation.at(-1) !== 'return $0.$connector.confirm($1)') continue;
      await this.rpc([{ type: 'publishedEventHandler', node: grid, templateEventMethodName: 'confirmUpdate',
        templateEventMethodArgs: [invocation[1]], promise: this.promise++ }]);
    }
  }

  /** Opening a FAQ answer (a vaadin-details with id faq-<question id>). */
  async openFaq(questionId) {
    await this.reveal('faq');
    const details = this.node('faq-' + questionId);
    return this.rpc([
      { type: 'mSync', node: details, feature: 1, property: 'opened', value: true },
      { type: 'event', node: details, event: 'opened-changed', data: {} },
    ]);
  }

  faqIds() {
    return [...this.ids].filter(([id, node]) => id.startsWith('faq-') && this.tags.get(node) === 'vaadin-details')
      .map(([id]) => id.slice(4));
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
