// The client side of the live page (DashboardView): elements that hold no content of their own but
// stand for parts of the page the first response drew. <live-part for="faq"> reports what the reader
// does inside #faq (a disclosure toggled, a field typed in or ticked) and shows what the server renders
// for it, fetched from the part's address and merged into the page (idiomorph keeps focus, scroll and
// unchanged nodes). <live-page> tells the server which version of the report the page shows, keeps
// <html lang> in step and the address bar in step with the view.
import { Idiomorph } from 'idiomorph';

class LivePage extends HTMLElement {
  static observedAttributes = ['page-lang'];

  connectedCallback() {
    this.hidden = true;
    const version = document.getElementById('main')?.dataset.version ?? '';
    this.dispatchEvent(new CustomEvent('page-sync', { detail: { version } }));
  }

  attributeChangedCallback(name, old, value) {
    if (name === 'page-lang' && value) document.documentElement.lang = value;
  }

  /** The reader changed the view in place: the address follows, without a new history entry. */
  replaceUrl(url) {
    history.replaceState(history.state, '', url);
  }
}

// The reader's own changes win over a rendering that does not know them yet. For each disclosure and
// checkbox: `pending`, the state the reader gave it and reported, until a rendering agrees; `known`,
// its state as last shown or reported (a change the page makes itself, showing a rendering, is not
// reported back).
const pending = new WeakMap();
const known = new WeakMap();
const STATEFUL = 'details[data-toggle], input[type=checkbox][data-input]';
const stateOf = (el) => (el.tagName === 'DETAILS' ? el.open : el.checked);

class LivePart extends HTMLElement {
  #target = null;

  #onToggle = (event) => {
    const details = event.target;
    if (!details.matches?.('details[data-toggle]') || known.get(details) === details.open) return;
    known.set(details, details.open);
    pending.set(details, details.open);
    this.#send('part-toggle', { name: details.dataset.toggle, id: details.dataset.id, open: details.open });
  };

  #onInput = (event) => {
    const field = event.target;
    if (!field.matches?.('input[data-input]') || field.type === 'checkbox') return;
    this.#send('part-input', { name: field.dataset.input, value: field.value });
  };

  #onChange = (event) => {
    const box = event.target;
    if (!box.matches?.('input[type=checkbox][data-input]')) return;
    known.set(box, box.checked);
    pending.set(box, box.checked);
    this.#send('part-choice', { name: box.dataset.input, value: this.#ticked(box.dataset.input) });
  };

  // The live page applies a form as it is filled in: nothing to submit.
  #onSubmit = (event) => event.preventDefault();

  connectedCallback() {
    this.hidden = true;
    this.#bind();
    if (!this.#target) return;
    const open = [...this.#target.querySelectorAll('details[data-toggle][open]')].map((d) => `${d.dataset.toggle}:${d.dataset.id}`);
    const values = {};
    for (const field of this.#target.querySelectorAll('input[data-input]')) {
      values[field.dataset.input] = field.type === 'checkbox' ? this.#ticked(field.dataset.input) : field.value;
    }
    this.#send('part-sync', { open, values });
  }

  disconnectedCallback() {
    this.#unbind();
  }

  #loading = 0;

  /**
   * Fetches the part from its address (the browser keeps what it fetched: an address never changes its
   * answer) and shows it. Only the latest address asked for is shown, whatever order answers come in.
   */
  async load(url) {
    const asked = ++this.#loading;
    try {
      const response = await fetch(new URL(url, document.baseURI), { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const html = await response.text();
      if (asked === this.#loading) this.show(html);
    } catch (error) {
      console.warn(`The part #${this.getAttribute('for')} could not be updated; reloading the page shows the view.`, error);
    }
  }

  /**
   * Shows the part as the server rendered it (the element's outer HTML), merged into what is there. A
   * disclosure or checkbox the reader changed since the last rendering keeps the reader's state: a
   * rendering that has not heard of the change yet (it crossed the reader's click) does not undo it.
   */
  show(html) {
    const target = document.getElementById(this.getAttribute('for'));
    if (!target) return;
    const kept = new Set();
    const beforeAttributeUpdated = (name, el) => {
      if (name !== 'open' && name !== 'checked') return true;
      // The reader's change, reported (pending) or not yet (the browser queues `toggle`: its state differs
      // from the one last shown or reported): this rendering has not heard of it, and does not undo it.
      const unreported = known.has(el) && known.get(el) !== stateOf(el);
      if (!pending.has(el) && !unreported) return true;
      kept.add(el);
      return false;
    };
    Idiomorph.morph(target, html, { morphStyle: 'outerHTML', ignoreActiveValue: true, callbacks: { beforeAttributeUpdated } });
    this.#bind(kept);
    this.#target?.dispatchEvent(new CustomEvent('part-shown', { bubbles: true }));
  }

  /** Listens to the part's element; `kept`: what the last rendering left as the reader had it. */
  #bind(kept = new Set()) {
    const target = document.getElementById(this.getAttribute('for'));
    if (target !== this.#target) {
      this.#unbind();
      this.#target = target;
      target?.addEventListener('toggle', this.#onToggle, true);
      target?.addEventListener('input', this.#onInput);
      target?.addEventListener('change', this.#onChange);
      target?.addEventListener('submit', this.#onSubmit);
    }
    for (const el of target?.querySelectorAll(STATEFUL) ?? []) {
      // Kept as the reader had it: `known` stays what was last reported. The browser dispatches `toggle`
      // after the change, so a rendering can arrive between the reader's click and its event; had the
      // rendering set `known` to the reader's new state, that event would look like an echo and be lost.
      if (kept.has(el)) continue;
      pending.delete(el); // the rendering agrees with the reader, or the reader did nothing
      known.set(el, stateOf(el));
    }
  }

  #unbind() {
    this.#target?.removeEventListener('toggle', this.#onToggle, true);
    this.#target?.removeEventListener('input', this.#onInput);
    this.#target?.removeEventListener('change', this.#onChange);
    this.#target?.removeEventListener('submit', this.#onSubmit);
    this.#target = null;
  }

  #ticked(name) {
    return [...this.#target.querySelectorAll('input[type=checkbox][data-input]')]
      .filter((box) => box.dataset.input === name && box.checked)
      .map((box) => box.value);
  }

  #send(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}

customElements.define('live-page', LivePage);
customElements.define('live-part', LivePart);
