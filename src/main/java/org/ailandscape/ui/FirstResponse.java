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
import org.ailandscape.page.ErrorContent;
import org.ailandscape.page.ReportPage;
import org.ailandscape.page.Rendered;
import org.ailandscape.page.Stylesheet;
import org.ailandscape.page.ViewChanges;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Translations;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.ReportSnapshot;
import org.ailandscape.report.VersionLookup;
import org.ailandscape.report.model.Language;
import org.ailandscape.share.DatasetJsonLd;
import org.ailandscape.share.LinkPreviewTags;
import org.ailandscape.share.OEmbed;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The first response of every link holds the page: the {@link ReportPage} of the link's view, built
 * detached (no UI, no session) by the same components as the live page and written out with Flow's own
 * conversion ({@link Rendered}), with the stylesheet in its {@code <head>} and the link preview's tags.
 * It reads and navigates without any script and the browser's find-in-page finds its words. Vaadin's
 * client comes on the reader's first interaction ({@code frontend/page.js}), and the live page it
 * builds takes this copy's place. A path the dashboard does not have answers 404 with the not-found page.
 *
 * <p>Written out, the page is the live page's elements, with the two differences that only a page
 * without Vaadin's client needs ({@link ReportPage#writtenOut()}).
 */
@Component
class FirstResponse implements VaadinServiceInitListener {

    private final ReportService service;
    private final Translations translations;
    private final Stylesheet stylesheet;
    private final WrittenPages written = new WrittenPages();

    FirstResponse(ReportService service, Translations translations, Stylesheet stylesheet) {
        this.service = service;
        this.translations = translations;
        this.stylesheet = stylesheet;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::write);
    }

    private void write(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        Document document = response.getDocument();
        Language browser = Language.of(request.getLocale());
        if (isEditorPath(request.getPathInfo())) {
            // The editor is an ordinary Vaadin application: its client starts at once (frontend/index.js), with
            // its own styles; nothing of the reading page is written into it.
            document.selectFirst("html").attr("data-app", "editor").attr("lang", browser.htmlLang());
            return;
        }
        document.head().appendElement("style").appendChild(new DataNode(stylesheet.css()));
        ScriptAfterFirstPaint.apply(document);
        Element outlet = document.getElementById("outlet");
        if (!isReportPath(request.getPathInfo())) {
            error(response, HttpServletResponse.SC_NOT_FOUND, ErrorContent.NOT_FOUND, browser);
            return;
        }
        Map<String, List<String>> parameters = parameters(request);
        PageState asked = PageState.parse(parameters);
        List<String> named = parameters.getOrDefault(PageState.VERSION, List.of());
        String version = named.isEmpty() || named.getFirst() == null || named.getFirst().isBlank() ? null : named.getFirst();
        ReportSnapshot snapshot;
        // A version's error page leads in the link's language, else the browser's.
        Language asks = asked.lang() == null ? browser : asked.lang().lead(browser);
        switch (service.forLink(version)) {
            case VersionLookup.Found found -> snapshot = found.snapshot();
            case VersionLookup.Malformed malformed -> {
                error(response, HttpServletResponse.SC_BAD_REQUEST, ErrorContent.BAD_VERSION, asks);
                return;
            }
            case VersionLookup.Unknown unknown -> {
                error(response, HttpServletResponse.SC_NOT_FOUND, ErrorContent.UNKNOWN_VERSION, asks);
                return;
            }
            case VersionLookup.Unavailable unavailable -> {
                response.getVaadinResponse().setHeader("Retry-After", "60");
                error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, ErrorContent.VERSION_UNAVAILABLE, asks);
                return;
            }
        }
        PageState state = asked.knownTo(snapshot.report());
        LinkPreviewTags.write(document, snapshot.report(), snapshot.dataset(), state, browser, translations::get, baseUrl(request));
        var lineage = service.lineage(snapshot);
        DatasetJsonLd.write(document, snapshot, lineage, translations::get, baseUrl(request));
        OEmbed.link(document, baseUrl(request) + "/" + (state.toQueryString().isEmpty() ? "" : "?" + state.toQueryString()), baseUrl(request));
        PageView view = PageView.of(snapshot, lineage, state, browser, translations);
        // Written out once per view and kept (a data node goes into the document as it is: no second parse).
        outlet.appendChild(new DataNode(written.page(view, () -> new ReportPage(view, ViewChanges.NONE).writtenOut())));
    }

    /** The error page instead of the report, with its status; its way back opens the latest report. */
    private void error(IndexHtmlResponse response, int status, String key, Language browser) {
        Document document = response.getDocument();
        response.getVaadinResponse().setStatus(status);
        document.title(ErrorContent.title(key, browser, translations));
        document.selectFirst("html").attr("lang", browser.htmlLang());
        document.getElementById("outlet").before(Rendered.outerHtml(ErrorContent.of(key, browser, translations)));
    }

    /** The editor's pages ({@code /edit}, {@code /login}): Vaadin views, behind the editor's sign-in. */
    static boolean isEditorPath(String pathInfo) {
        return pathInfo != null && (pathInfo.equals("/login") || pathInfo.equals("/edit") || pathInfo.startsWith("/edit/"));
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
