// The embed snippet a reader copies from a Share menu: the server's <iframe> with this site's address for
// its relative one, and the few lines a host page adds once so that the frame fits its content. The host
// heeds only messages from the frame's own window, of our type, with a height.

export const HOST_SCRIPT = '<script>addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="ai-landscape-embed")return;'
  + 'document.querySelectorAll("iframe[data-ai-landscape-embed]").forEach(function(f){'
  + 'if(f.contentWindow===e.source&&d.height>0)f.style.height=Math.ceil(d.height)+"px"})});<' + '/script>';

const attribute = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The snippet with `relative` (the frame's address as the server wrote it) made absolute against `base`, then the host's lines. */
export function embedSnippet(serverSnippet, relative, base) {
  const src = (address) => `src="${attribute(address)}"`;
  return `${serverSnippet.replace(src(relative), src(new URL(relative, base).href))}\n${HOST_SCRIPT}`;
}

/** The message an embedded page posts to its host when its height changes. */
export function heightMessage(height) {
  return { type: 'ai-landscape-embed', height: Math.ceil(height) };
}
