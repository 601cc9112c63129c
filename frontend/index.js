// The entry of the page's script. The page itself arrives whole in the first response, with its
// stylesheet, and reads without any script; this adds what makes it nicer at once (page.js: links,
// copy, explanations, theme) and the charts, which draw as they come near. Vaadin's client follows on
// the reader's first interaction (page.js loads takeover.js then), so none of it weighs on the first paint.
import './page.js';
import './echarts-chart.js';

// The analysts' editor (/edit, /login; the server marks its shell) is an ordinary Vaadin application:
// its client starts at once. Its views, components and styles load only there (a chunk of their own).
if (document.documentElement.dataset.app === 'editor') {
  import('./takeover.js').then((m) => m.start());
}
