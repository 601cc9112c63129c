package org.ailandscape.figures;

import org.ailandscape.reading.Reading;
import org.ailandscape.report.model.Source;

/** How a source reads as one line: "IDC · Semiconductor Forecast · Apr 2026", or the report's own statement. */
public final class SourceNames {

    private SourceNames() {}

    public static String plain(Source source, Reading reading) {
        if (source.isReport() || source.publisher() == null) return reading.t("source.report");
        StringBuilder line = new StringBuilder(reading.lead(source.publisher()));
        if (source.title() != null) line.append(" · ").append(reading.lead(source.title()));
        if (source.date() != null) line.append(" · ").append(reading.lead(source.date()));
        return line.toString();
    }
}
