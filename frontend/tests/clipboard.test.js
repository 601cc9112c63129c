import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absolute, copyText } from '../clipboard.js';

test('the Clipboard API copies the text', async () => {
  let copied;
  const env = { navigator: { clipboard: { writeText: async (text) => { copied = text; } } } };
  assert.equal(await copyText('https://example.org/?faq=rlhf', env), true);
  assert.equal(copied, 'https://example.org/?faq=rlhf');
});

test('without it, a selected text field and the copy command copy it, and the field goes again', async () => {
  const added = [];
  const area = { style: {}, select() { this.selected = true; }, remove() { added.splice(added.indexOf(this), 1); } };
  const env = {
    navigator: { clipboard: { writeText: async () => { throw new Error('not allowed'); } } },
    document: {
      createElement: (tag) => (tag === 'textarea' ? area : null),
      body: { append: (node) => added.push(node) },
      execCommand: (command) => command === 'copy' && area.selected && area.value === 'the text',
    },
  };
  assert.equal(await copyText('the text', env), true);
  assert.equal(added.length, 0);
});

test('a link of the page copies as its full address', () => {
  assert.equal(absolute('?lang=zh&faq=rlhf#faq-rlhf', 'https://example.org/report/?lang=en'), 'https://example.org/report/?lang=zh&faq=rlhf#faq-rlhf');
  assert.equal(absolute('./', 'https://example.org/report/?q=x'), 'https://example.org/report/');
});
