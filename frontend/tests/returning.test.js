import { test } from 'node:test';
import assert from 'node:assert/strict';
import { returningNotice } from '../returning.js';

const data = {
  latest: 'bbbbbbbbbb',
  since: { aaaaaaaaaa: { date: '2026-12-01', figures: 3, anchors: ['metric-semiconductor-revenue', 'company-nvidia'] } },
  changed: '{0} figures changed since you last read, on {1}.',
  changedSome: 'The report has changed since you last read it.',
  showHref: '?lang=en&version=VERSION#changes',
};

test('a first visit and a reader of the latest are told nothing', () => {
  assert.equal(returningNotice(data, null), null);
  assert.equal(returningNotice(data, 'bbbbbbbbbb'), null);
});

test('a reader of an earlier version is told how many figures changed, and which items to mark', () => {
  const notice = returningNotice(data, 'aaaaaaaaaa');
  assert.equal(notice.text, '3 figures changed since you last read, on 2026-12-01.');
  assert.equal(notice.href, '?lang=en&version=aaaaaaaaaa#changes');
  assert.deepEqual(notice.anchors, ['metric-semiconductor-revenue', 'company-nvidia']);
});

test('a version the page does not know of still says the report changed, pointing at the list of versions', () => {
  const notice = returningNotice(data, 'cccccccccc');
  assert.equal(notice.text, 'The report has changed since you last read it.');
  assert.equal(notice.href, '#versions');
  assert.deepEqual(notice.anchors, []);
});

test('a stored value is put into the link encoded, never as markup', () => {
  const notice = returningNotice({ ...data, since: { '"><x': { date: 'd', figures: 1, anchors: [] } } }, '"><x');
  assert.equal(notice.href, '?lang=en&version=%22%3E%3Cx#changes');
});
