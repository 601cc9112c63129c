import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withDefaults, withSelection } from '../chart-option.js';

const sankey = () => ({
  series: [{ type: 'sankey', data: [{ key: 'a', name: 'A', itemStyle: { color: '#111' } }, { key: 'b', name: 'B' }, { name: 'no key' }], links: [] }],
});

test('the selected items get a border and the others fade; items without a key stay as they are', () => {
  const option = withSelection(sankey(), ['a']);
  const [a, b, plain] = option.series[0].data;
  assert.deepEqual(a.itemStyle, { color: '#111', borderColor: '#111', borderWidth: 2 });
  assert.equal(b.itemStyle.opacity, 0.35);
  assert.deepEqual(plain, { name: 'no key' });
});

test('nothing selected: the option is the one given', () => {
  const given = sankey();
  assert.equal(withSelection(given, []), given);
});

test('the given option is not changed', () => {
  const given = sankey();
  withSelection(given, ['b']);
  assert.equal(given.series[0].data[1].itemStyle, undefined);
});

test('defaults: ARIA on and a transparent background, the option\'s own ARIA kept, media queries kept', () => {
  const option = withDefaults({ aria: { label: { description: 'x' } }, series: [] }, []);
  assert.deepEqual(option.aria, { enabled: true, label: { description: 'x' } });
  assert.equal(option.backgroundColor, 'transparent');
  const media = withDefaults({ baseOption: { series: [] }, media: [{ query: { maxWidth: 480 }, option: {} }] }, []);
  assert.equal(media.baseOption.aria.enabled, true);
  assert.equal(media.media.length, 1);
});
