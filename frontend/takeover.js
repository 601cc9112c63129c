// The live page: Vaadin's client and its router, started when the reader first interacts. The server
// view (DashboardView) then takes over the page the first response drew, without drawing anything of
// its own. Links are not the router's business here (it would scroll to the top on each): page.js
// follows them through `navigate`, and the router only answers Back and Forward.
import { Router, DEFAULT_TRIGGERS } from '@vaadin/router';
import { Flow } from 'Frontend/generated/jar-resources/Flow.js';

export async function start() {
  const flow = new Flow({ imports: () => import('Frontend/generated/flow/generated-flow-imports.js') });
  const router = new Router(document.querySelector('#outlet'));
  Router.setTriggers(DEFAULT_TRIGGERS.POPSTATE);
  await router.setRoutes([...flow.serverSideRoutes]);
  document.documentElement.dataset.live = '';
  /** Opens a view of the page (a URL of this page) in place, with a new history entry. */
  return (url) => Router.go(url);
}
