// The client side of the live page (DashboardView): elements that hold no content of their own but
// stand for parts of the page the first response drew. <live-part for="faq"> reports what the reader
// does inside #faq (a disclosure toggled, a field typed in or ticked) and shows what the server renders
// for it, merged into the page (idiomorph keeps focus, scroll and unchanged nodes). <live-page> tells
// the server which version of the report the page shows and keeps <html lang> in step.
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

/** Whether each disclosure is open as the server last rendered it: its own toggles are not the reader's. */
const rendered = new WeakMap();

class LivePart extends HTMLElement {
  #target = null;

  #onToggle = (event) => {
    const details = event.target;
    if (!details.matches?.('details[data-toggle]') || rendered.get(details) === details.open) return;
    rendered.set(details, details.open);
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

  /** Shows the part as the server rendered it (the element's outer HTML). */
  show(html) {
    const target = document.getElementById(this.getAttribute('for'));
    if (!target) return;
    Idiomorph.morph(target, html, { morphStyle: 'outerHTML', ignoreActiveValue: true });
    this.#bind();
    this.#target?.dispatchEvent(new CustomEvent('part-shown', { bubbles: true }));
  }

  #bind() {
    const target = document.getElementById(this.getAttribute('for'));
    if (target !== this.#target) {
      this.#unbind();
      this.#target = target;
      target?.addEventListener('toggle', this.#onToggle, true);
      target?.addEventListener('input', this.#onInput);
      target?.addEventListener('change', this.#onChange);
      target?.addEventListener('submit', this.#onSubmit);
    }
    for (const details of target?.querySelectorAll('details[data-toggle]') ?? []) rendered.set(details, details.open);
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
