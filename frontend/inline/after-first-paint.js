// Written inline at the end of the first response's <body> (ui/ScriptAfterFirstPaint), in place of the
// bundle's module scripts that the build puts in <head>: it adds them after the first paint, so that a
// slow phone paints the page before it fetches any script. Its own element names them, in
// data-sources (a JSON list of paths).
//
// - An interaction before the entry has run is remembered in window.__firstInteraction (the types are
//   page.js's FIRST_INTERACTION), and page.js then counts it as the first.
// - A view that points at a part of the page without a fragment (?section=regions: the server names it
//   in #main[data-scroll-target]) lands there now, before the first paint, below the sticky bar as
//   measured here (it wraps on a phone); the entry then loads at once, since page.js holds the target
//   in place while the sections around it settle their size.
(function () {
  var sources = JSON.parse(document.currentScript.dataset.sources || '[]');
  var seen = function (event) { window.__firstInteraction = window.__firstInteraction || event.type; };
  ['pointerdown', 'keydown', 'input'].forEach(function (type) {
    document.addEventListener(type, seen, { capture: true, passive: true, once: true });
  });
  var load = function () {
    sources.forEach(function (src) {
      var script = document.createElement('script');
      script.type = 'module';
      script.crossOrigin = '';
      script.src = src;
      document.head.appendChild(script);
    });
  };
  var main = document.getElementById('main');
  var named = main && !location.hash ? main.dataset.scrollTarget : null;
  var target = named ? document.getElementById(named) : null;
  if (!target) {
    requestAnimationFrame(function () { setTimeout(load, 0); });
    return;
  }
  var bar = document.querySelector('.header-bar');
  if (bar) document.documentElement.style.scrollPaddingTop = Math.ceil(bar.getBoundingClientRect().height) + 12 + 'px';
  target.scrollIntoView({ block: 'start' });
  load();
})();
