import { test } from 'node:test';
import assert from 'node:assert/strict';
import { carryOver } from '../takeover-state.js';

/** A minimal element: what carryOver reads and writes. */
function element(tag, props = {}) {
  const events = [];
  return { tagName: tag.toUpperCase(), id: '', type: undefined, events, dispatchEvent: (e) => events.push(e.type), matches: () => false, ...props };
}

/** A page of elements that answers querySelectorAll by tag and querySelector by id. */
function page(elements) {
  return {
    querySelectorAll: (selector) => {
      if (selector === 'details.info > .info-panel[id]') return elements.filter((e) => e.panel && e.id);
      if (selector === 'details:not(.info)') return elements.filter((e) => e.tagName === 'DETAILS' && !e.info);
      return elements.filter((e) => e.tagName.toLowerCase() === selector);
    },
    querySelector: (selector) => elements.find((e) => `#${e.id}` === selector) ?? null,
  };
}

test('answers opened and closed in the copy are opened and closed on the live page', () => {
  const copy = page([element('details', { id: 'faq-a', open: true }), element('details', { id: 'faq-b', open: false })]);
  const liveA = element('details', { id: 'faq-a', open: false });
  const liveB = element('details', { id: 'faq-b', open: false });
  const changes = carryOver(copy, page([liveA, liveB]));
  assert.equal(changes.length, 1);
  changes.forEach((c) => c());
  assert.equal(liveA.open, true);
  assert.equal(liveB.open, false);
});

test('typed text and ticked boxes carry over with the events the live fields listen to', () => {
  const copy = page([element('input', { type: 'search', id: 'company-filter', value: 'GPU' }), element('input', { type: 'checkbox', id: 'layer-models', checked: true }),
    element('input', { type: 'hidden', value: 'x' })]);
  const filter = element('input', { type: 'search', id: 'company-filter', value: '' });
  const box = element('input', { type: 'checkbox', id: 'layer-models', checked: false });
  const hidden = element('input', { type: 'hidden', value: 'y' });
  carryOver(copy, page([filter, box, hidden])).forEach((c) => c());
  assert.equal(filter.value, 'GPU');
  assert.deepEqual(filter.events, ['input', 'change']);
  assert.equal(box.checked, true);
  assert.deepEqual(box.events, ['change']);
  assert.equal(hidden.value, 'y', 'hidden fields are the server\'s');
});

test('an explanation open in the copy opens on the live page, and one the reader closed closes', () => {
  const copy = page([element('details', { info: true, open: true }), element('div', { id: 'explain-a', panel: true, parentElement: { open: true } }),
    element('div', { id: 'explain-b', panel: true, parentElement: { open: false } })]);
  const a = element('vaadin-popover', { id: 'explain-a', opened: false });
  const b = element('vaadin-popover', { id: 'explain-b', opened: true });
  carryOver(copy, page([a, b])).forEach((c) => c());
  assert.equal(a.opened, true);
  assert.equal(b.opened, false);
});

test('pages that differ in their disclosures are not paired', () => {
  const copy = page([element('details', { open: true }), element('details', { open: true })]);
  assert.deepEqual(carryOver(copy, page([element('details', { open: false })])), []);
});
