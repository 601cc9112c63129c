package org.ailandscape.share;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.model.Language;
import org.ailandscape.ui.PageState;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Writes into the first HTML response of every deep link what crawlers and link previews read before
 * any script: {@code <html lang>}, a specific title and description, Open Graph and Twitter card tags
 * with a preview image of that view, and the canonical URL. Values go in through jsoup, escaped.
 */
@Component
class LinkPreviewTags implements VaadinServiceInitListener {

    private final ReportService service;
    private final I18NProvider i18n;

    LinkPreviewTags(ReportService service, I18NProvider i18n) {
        this.service = service;
        this.i18n = i18n;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::write);
    }

    private void write(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        PageState state = PageState.parse(parameters(request));
        LinkPreview preview = LinkPreview.of(service.report(), state, Language.of(request.getLocale()),
                (key, language) -> i18n.getTranslation(key, language.locale()));
        String base = baseUrl(request);
        String query = state.toQueryString();
        String canonical = base + "/" + (query.isEmpty() ? "" : "?" + query);
        String image = base + "/preview.png" + (query.isEmpty() ? "" : "?" + query);

        Document document = response.getDocument();
        document.selectFirst("html").attr("lang", preview.language().htmlLang());
        document.title(preview.title());
        Element head = document.head();
        meta(head, "name", "description", preview.description());
        head.appendElement("link").attr("rel", "canonical").attr("href", canonical);
        meta(head, "property", "og:type", "article");
        meta(head, "property", "og:site_name", service.report().info().title().in(preview.language()));
        meta(head, "property", "og:title", preview.title());
        meta(head, "property", "og:description", preview.description());
        meta(head, "property", "og:url", canonical);
        meta(head, "property", "og:image", image);
        meta(head, "property", "og:image:width", "1200");
        meta(head, "property", "og:image:height", "630");
        meta(head, "property", "og:locale", preview.language() == Language.ZH ? "zh_CN" : "en_US");
        meta(head, "name", "twitter:card", "summary_large_image");
        meta(head, "name", "twitter:title", preview.title());
        meta(head, "name", "twitter:description", preview.description());
        meta(head, "name", "twitter:image", image);
    }

    private static void meta(Element head, String attribute, String name, String content) {
        head.select("meta[" + attribute + "=" + name + "]").remove();
        head.appendElement("meta").attr(attribute, name).attr("content", content);
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
