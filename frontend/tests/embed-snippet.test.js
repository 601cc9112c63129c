import { test } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { HOST_SCRIPT, embedSnippet, heightMessage } from '../embed-snippet.js';

const server = '<iframe src="embed/chart/adoption?lang=en" title="Adoption" width="100%" height="480" loading="lazy" data-ai-landscape-embed></iframe>';

test('the snippet gets this site\'s address and the host\'s lines', () => {
  const snippet = embedSnippet(server, 'embed/chart/adoption?lang=en', 'https://example.org/report/');
  assert.match(snippet, /src="https:\/\/example\.org\/report\/embed\/chart\/adoption\?lang=en"/);
  assert.ok(snippet.endsWith(HOST_SCRIPT));
  assert.equal(snippet.split('<iframe').length, 2);
});

/** Runs the host's lines in a page with two frames; answers the message listener and the frames. */
function hostPage() {
  const frames = [{ contentWindow: {}, style: {} }, { contentWindow: {}, style: {} }];
  let listener;
  const context = {
    addEventListener: (type, handler) => { if (type === 'message') listener = handler; },
    document: { querySelectorAll: (selector) => (selector === 'iframe[data-ai-landscape-embed]' ? frames : []) },
    Math,
  };
  vm.runInNewContext(HOST_SCRIPT.replace(/^<script>/, '').replace(/<\/script>$/, ''), context);
  return { frames, post: (source, data) => listener({ source, data }) };
}

test('the host sizes the frame whose own window posts the height, and no other', () => {
  const { frames, post } = hostPage();
  post(frames[1].contentWindow, heightMessage(612.2));
  assert.equal(frames[1].style.height, '613px');
  assert.equal(frames[0].style.height, undefined);
});

test('the host ignores other messages, other windows and heights that are not positive', () => {
  const { frames, post } = hostPage();
  post({}, heightMessage(500));
  post(frames[0].contentWindow, { type: 'something-else', height: 500 });
  post(frames[0].contentWindow, { type: 'ai-landscape-embed', height: 0 });
  post(frames[0].contentWindow, null);
  assert.equal(frames[0].style.height, undefined);
});
