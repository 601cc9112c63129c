package org.ailandscape.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ailandscape.link.PageState;
import org.ailandscape.page.ErrorRenderer;
import org.ailandscape.page.PageRenderer;
import org.ailandscape.page.PageView;
import org.ailandscape.page.Translations;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.ReportSnapshot;
import org.ailandscape.report.model.Language;
import org.ailandscape.share.LinkPreviewTags;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The first response of every link holds the page: the whole report in the link's language and state,
 * styled by the stylesheet in its {@code <head>}, readable and navigable without any script, found by
 * the browser's find-in-page, and with the link preview's tags. Vaadin's client comes later, when the
 * reader first interacts (see {@code frontend/index.ts}), and takes this page over as it is
 * ({@link DashboardView}). A path the dashboard does not have answers 404 with the not-found page.
 */
@Component
class FirstResponse implements VaadinServiceInitListener {

    private final ReportService service;
    private final PageRenderer renderer;
    private final Translations translations;

    FirstResponse(ReportService service, PageRenderer renderer, Translations translations) {
        this.service = service;
        this.renderer = renderer;
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::write);
    }

    private void write(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        Document document = response.getDocument();
        Language browser = Language.of(request.getLocale());
        // A browser too old for Vaadin's client can still read the page: no redirect to Vaadin's old-browser notice.
        document.head().select("script").stream().filter(s -> s.data().contains("oldbrowser")).forEach(Element::remove);
        Element outlet = document.getElementById("outlet");
        if (!isReportPath(request.getPathInfo())) {
            response.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            document.title(ErrorRenderer.title(ErrorRenderer.NOT_FOUND, browser, translations));
            document.selectFirst("html").attr("lang", browser.htmlLang());
            outlet.before(ErrorRenderer.render(ErrorRenderer.NOT_FOUND, browser, translations));
            return;
        }
        ReportSnapshot snapshot = service.snapshot();
        PageState state = PageState.parse(parameters(request)).knownTo(snapshot.report());
        LinkPreviewTags.write(document, snapshot.report(), snapshot.dataset(), state, browser, translations::get, baseUrl(request));
        PageView view = PageView.of(snapshot, state, browser, translations);
        // The rendered page goes in as it is (a data node is written out verbatim): no second parse.
        outlet.before(new DataNode(renderer.body(view)));
    }

    /** The report is the one page; every view of it is this path with a query. */
    static boolean isReportPath(String pathInfo) {
        return pathInfo == null || pathInfo.isEmpty() || pathInfo.equals("/");
    }

    static Map<String, List<String>> parameters(VaadinRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        return parameters;
    }

    /** scheme://host[:port][context], from the request (forwarded headers are honoured by the server). */
    static String baseUrl(VaadinRequest request) {
        String scheme = request.isSecure() ? "https" : "http";
        String host = request.getHeader("Host");
        if (host == null || !host.matches("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9a-fA-F:]+\\](:\\d{1,5})?")) host = "localhost";
        return scheme + "://" + host + request.getContextPath();
    }
}
