package org.ailandscape.page;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ailandscape.link.PageState;
import org.ailandscape.link.ReadingMode;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.model.Language;
import org.springframework.stereotype.Component;

/**
 * A part of the page at its own address, for the live page to fetch when the reader changes the view:
 * {@code parts/faq?v=4ed329f751&lang=zh&faq=rlhf}. The address names everything the part shows (the
 * dataset version, the reading, the part of the link it shows), so what it answers never changes and
 * the browser keeps it; readers who reach the same view share one rendering. The server holds none of
 * it per reader.
 */
@Component
public class PageParts {

    static final String VERSION = "v";
    /** The browser's language, where the reading depends on it (no language chosen, or both). */
    static final String BROWSER = "hl";

    private final ReportService service;
    private final PageRenderer renderer;
    private final Translations translations;

    public PageParts(ReportService service, PageRenderer renderer, Translations translations) {
        this.service = service;
        this.renderer = renderer;
        this.translations = translations;
    }

    /** Where a part of a view is fetched, relative to the page. */
    public static String address(PagePart part, PageView view) {
        PageState shown = part.shows(view.state());
        StringBuilder address = new StringBuilder("parts/").append(part.elementId())
                .append('?').append(VERSION).append('=').append(view.snapshot().version());
        if (shown.lang() == null || shown.lang() == ReadingMode.BOTH) address.append('&').append(BROWSER).append('=').append(view.reading().browser().key());
        String query = shown.toQueryString();
        if (!query.isEmpty()) address.append('&').append(query);
        return address.toString();
    }

    /** The HTML of the part an address names, if the page has that part and the server holds that version. */
    public Optional<String> html(String elementId, Map<String, List<String>> parameters) {
        Optional<PagePart> part = java.util.Arrays.stream(PagePart.values()).filter(p -> p.elementId().equals(elementId)).findFirst();
        String version = first(parameters, VERSION);
        if (part.isEmpty() || version.isEmpty()) return Optional.empty();
        return service.snapshot(version).map(snapshot -> {
            Language browser = "zh".equals(first(parameters, BROWSER)) ? Language.ZH : Language.EN;
            PageState state = PageState.parse(parameters).knownTo(snapshot.report());
            return renderer.html(part.get(), PageView.of(snapshot, state, browser, translations));
        });
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst();
    }
}
