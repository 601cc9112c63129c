// The live page: Vaadin's client and its router, started when the reader first interacts (page.js). The
// server's DashboardView then builds the page of the link's view, and its <report-page> takes the first
// response's copy's place (report-page.js). Links are not the router's to catch (it would scroll to the
// top on each): page.js follows them through `go`, and the router answers Back and Forward.
import { Router, DEFAULT_TRIGGERS } from '@vaadin/router';
import { Flow } from 'Frontend/generated/jar-resources/Flow.js';

export async function start() {
  const flow = new Flow({ imports: () => import('Frontend/generated/flow/generated-flow-imports.js') });
  const router = new Router(document.querySelector('#outlet'));
  Router.setTriggers(DEFAULT_TRIGGERS.POPSTATE);
  await router.setRoutes([...flow.serverSideRoutes]);
  /** Opens a view of the page (a URL of this page) in place, with a new history entry. */
  return (url) => Router.go(url);
}
