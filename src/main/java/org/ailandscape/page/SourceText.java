package org.ailandscape.page;

import org.ailandscape.report.model.Source;
import org.jsoup.nodes.Element;

/** How a source reads: "IDC · Semiconductor Forecast · Apr 2026", or the report's own statement. */
public final class SourceText {

    private SourceText() {}

    public static Element item(Source source, Reading reading) {
        Element item = Fragments.el("li", "source");
        if (source.isReport() || source.publisher() == null) {
            return item.appendChild(Fragments.chrome("span", reading.t("source.report"), reading));
        }
        item.appendChild(Fragments.el("span", "publisher").text(reading.lead(source.publisher())));
        if (source.title() != null) item.appendText(" · ").appendChild(Fragments.el("cite").text(reading.lead(source.title())));
        if (source.date() != null) item.appendText(" · ").appendChild(Fragments.el("span", "date").text(reading.lead(source.date())));
        return item;
    }

    public static String plain(Source source, Reading reading) {
        return item(source, reading).text();
    }
}
