package org.ailandscape.report;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Report;
import org.ailandscape.report.model.Source;

/** How to cite the report and the sources it names, for downloads and the API. */
public final class Citation {

    private Citation() {}

    /** The citation line of a version of the report: its title, the dataset version and the sources it names. */
    public static String of(ReportSnapshot snapshot, Language language) {
        Report report = snapshot.report();
        String sources = report.sources().sources().stream()
                .filter(s -> !s.isReport() && s.publisher() != null)
                .map(s -> describe(s, language))
                .distinct()
                .collect(Collectors.joining("; "));
        String title = report.info().title().in(language) + " — " + report.info().kicker().in(language);
        ResourceBundle words = ResourceBundle.getBundle("vaadin-i18n/translations", language.locale());
        return MessageFormat.format(words.getString("citation"), title, sources, snapshot.dataset().id());
    }

    private static String describe(Source source, Language language) {
        StringBuilder text = new StringBuilder(source.publisher().in(language));
        if (source.title() != null) text.append(" ").append(source.title().in(language));
        if (source.date() != null) text.append(" (").append(source.date().in(language)).append(")");
        return text.toString();
    }
}
