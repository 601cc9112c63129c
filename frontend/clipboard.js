// Copying text for the reader ("Copy link", the embed snippet, a citation): the Clipboard API where the
// page may use it, else a selected text field and the copy command (older browsers, some embeds).

/**
 * Copies `text`. `env` is what the page has: `navigator`, `document` (the defaults); a test gives its own.
 * Answers whether the text was copied.
 */
export async function copyText(text, env = globalThis) {
  try {
    await env.navigator.clipboard.writeText(text);
    return true;
  } catch {
    const doc = env.document;
    const area = Object.assign(doc.createElement('textarea'), { value: text, readOnly: true });
    area.style.cssText = 'position:fixed;opacity:0';
    doc.body.append(area);
    area.select();
    const copied = doc.execCommand('copy');
    area.remove();
    return Boolean(copied);
  }
}

/** The full address of a link of the page (a "Copy link" copies that, not the relative one it holds). */
export function absolute(href, base) {
  return new URL(href, base).href;
}
