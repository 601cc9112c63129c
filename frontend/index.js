// The entry of the page's script. The page itself arrives whole in the first response, with its
// stylesheet, and reads without any script; this adds what makes it nicer at once (page.js: links,
// copy, explanations, theme) and the charts, which draw as they come near. Vaadin's client follows on
// the reader's first interaction (page.js loads takeover.js then), so none of it weighs on the first paint.
import './page.js';
import './echarts-chart.js';
