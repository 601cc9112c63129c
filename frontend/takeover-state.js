// What the reader changed in the first response's copy of the page before the live page arrived, as
// changes to make to the live page (which the server built from the link alone). Both pages come from
// the same components, so their disclosures and fields are in the same order; explanations are paired by
// id (the copy's is a disclosure, the live page's a Vaadin Popover). Each change goes through the
// element's own event, which the live component listens to.

/** The changes that bring `live` to what the reader has in `copy`, each a function to call once `live` shows. */
export function carryOver(copy, live) {
  const changes = [];
  pairs(copy, live, 'details:not(.info)').forEach(([before, after]) => {
    if (before.open !== after.open) changes.push(() => { after.open = before.open; });
  });
  pairs(copy, live, 'input').forEach(([before, after]) => {
    if (before.type === 'checkbox' || before.type === 'radio') {
      if (before.checked !== after.checked) {
        changes.push(() => {
          after.checked = before.checked;
          after.dispatchEvent(new Event('change', { bubbles: true }));
        });
      }
    } else if (before.type !== 'hidden' && before.value !== after.value) {
      changes.push(() => {
        after.value = before.value;
        after.dispatchEvent(new Event('input', { bubbles: true }));
        after.dispatchEvent(new Event('change', { bubbles: true }));
      });
    }
  });
  for (const before of copy.querySelectorAll('details.info > .info-panel[id]')) {
    const after = live.querySelector(`#${cssEscape(before.id)}`);
    if (!after || !('opened' in after)) continue;
    const open = Boolean(before.parentElement?.open);
    if (open !== Boolean(after.opened)) changes.push(() => { after.opened = open; });
  }
  return changes;
}

/** The elements of one kind in both pages, paired in document order; none when the pages differ in them. */
function pairs(copy, live, selector) {
  const before = [...copy.querySelectorAll(selector)];
  const after = [...live.querySelectorAll(selector)];
  if (before.length !== after.length) return [];
  return before.map((element, i) => [element, after[i]]).filter(([a, b]) => a.type === b.type && a.id === b.id);
}

const cssEscape = (value) => (globalThis.CSS?.escape ? CSS.escape(value) : value.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`));
