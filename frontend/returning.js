// A returning reader: the version of the report this browser showed last stays in its storage (never
// sent anywhere). On a page of the latest version, the footer's hidden #returning-data says what changed
// since each earlier version; if the reader last saw one of them, a notice says how many figures changed,
// links to that version's own list of changes, and the changed items are marked on the page.

export const STORAGE_KEY = 'ai-landscape.version';

/** What to tell a reader who last saw `lastSeen`, from the page's data; null when nothing changed for them. */
export function returningNotice(data, lastSeen) {
  if (!lastSeen || !data.latest || lastSeen === data.latest) return null;
  const since = data.since[lastSeen];
  if (!since) return { text: data.changedSome, href: '#versions', anchors: [] };
  return {
    text: data.changed.replace('{0}', String(since.figures)).replace('{1}', since.date),
    href: data.showHref.replace('VERSION', encodeURIComponent(lastSeen)),
    anchors: since.anchors,
  };
}

/** Reads the page's data (null without it: an older version, an embed, an error page). */
export function readData(element) {
  if (!element) return null;
  try {
    return {
      latest: element.dataset.latest,
      since: JSON.parse(element.dataset.since || '{}'),
      changed: element.dataset.changed,
      changedSome: element.dataset.changedSome,
      show: element.dataset.show,
      dismiss: element.dataset.dismiss,
      mark: element.dataset.mark,
      showHref: element.dataset.showHref,
    };
  } catch {
    return null;
  }
}

/** Shows the notice and marks the changed items; remembers the latest version when the reader leaves. */
export function showReturning(document, storage) {
  const data = readData(document.getElementById('returning-data'));
  if (!data) return null;
  let lastSeen = null;
  try {
    lastSeen = storage.getItem(STORAGE_KEY);
  } catch {
    return null; // no storage (private mode, blocked): nothing to compare with
  }
  const remember = () => {
    try { storage.setItem(STORAGE_KEY, data.latest); } catch { /* full or blocked: ask again next time */ }
  };
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') remember(); });
  window.addEventListener('pagehide', remember);
  const notice = returningNotice(data, lastSeen);
  if (!notice) {
    remember();
    return null;
  }
  // Outside <report-page>, so that the live page taking over keeps them: a rule by element id, and the notice.
  if (notice.anchors.length) {
    const style = document.createElement('style');
    style.id = 'changed-marks';
    const selectors = notice.anchors.map((id) => '#' + CSS.escape(id)).join(',');
    style.textContent = `${selectors}{outline:2px solid var(--accent);outline-offset:3px;position:relative}`
      + notice.anchors.map((id) => `#${CSS.escape(id)}::after`).join(',') + `{content:${JSON.stringify(data.mark)};`
      + 'position:absolute;top:-0.75rem;right:0.75rem;padding:0 0.45rem;border-radius:999px;font-size:0.72rem;line-height:1.4rem;'
      + 'background:var(--accent);color:var(--surface);font-weight:700;pointer-events:none}';
    document.head.appendChild(style);
  }
  const box = document.createElement('div');
  box.className = 'returning';
  box.id = 'returning';
  box.setAttribute('role', 'status');
  box.lang = document.querySelector('report-page')?.getAttribute('lang') || document.documentElement.lang;
  const text = document.createElement('span');
  text.textContent = notice.text + ' ';
  const link = document.createElement('a');
  link.href = notice.href;
  link.textContent = data.show;
  link.setAttribute('router-ignore', '');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'returning-dismiss';
  close.textContent = data.dismiss;
  close.addEventListener('click', () => {
    remember();
    box.remove();
    document.getElementById('changed-marks')?.remove();
  });
  box.append(text, link, ' ', close);
  document.body.appendChild(box);
  return notice;
}
