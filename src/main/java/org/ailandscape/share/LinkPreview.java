package org.ailandscape.share;

import java.util.List;
import java.util.Optional;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Faq;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Metric;
import org.ailandscape.report.model.Report;
import org.ailandscape.report.model.Text;
import org.ailandscape.report.model.ValueChain;
import org.ailandscape.link.PageState;
import org.jspecify.annotations.Nullable;

/**
 * What a shared link shows before any script runs: a title and a description specific to the view,
 * in the link's language, and the figure its preview image features.
 */
public record LinkPreview(Language language, String title, String description, String heading, String figure) {

    private static final int DESCRIPTION_LENGTH = 200;

    /** The preview of a view; {@code chrome} translates the page's own words (section names). */
    public static LinkPreview of(Report report, PageState state, Language browser, Chrome chrome) {
        Language language = state.mode(browser).lead(browser);
        String reportTitle = report.info().title().in(language);
        Metric market = report.overview().headlineMetrics().getFirst();
        String headline = market.label().in(language) + ": " + market.display().in(language);

        Optional<Metric> metric = metric(report, state.info());
        if (metric.isPresent()) {
            Metric m = metric.get();
            return preview(language, m.label().in(language) + ": " + m.display().in(language) + " · " + reportTitle,
                    m.sourceLine().in(language) + " — " + m.explanation().in(language), m.label().in(language), m.display().in(language));
        }
        Optional<Faq.Item> question = report.faq().items().stream().filter(i -> state.faq().contains(i.id())).findFirst();
        if (question.isPresent()) {
            Faq.Item item = question.get();
            return preview(language, item.question().in(language) + " · " + reportTitle, firstParagraph(item, language),
                    item.question().in(language), "");
        }
        Optional<ValueChain.Segment> segment = state.node() == null ? Optional.empty() : report.segment(state.node());
        if (segment.isPresent()) {
            ValueChain.Segment s = segment.get();
            return preview(language, s.name().in(language) + " · " + reportTitle, s.description().in(language), s.name().in(language), "");
        }
        if (state.section() != null) {
            String heading = sectionHeading(report, state.section(), language, chrome);
            return preview(language, heading + " · " + reportTitle, report.info().kicker().in(language) + " · " + headline, heading, "");
        }
        String description = report.overview().headlineMetrics().stream()
                .map(m -> m.label().in(language) + ": " + m.display().in(language))
                .reduce((a, b) -> a + " · " + b).orElse("");
        return preview(language, reportTitle, report.info().kicker().in(language) + " — " + description, report.info().kicker().in(language),
                market.display().in(language));
    }

    /** The page's own words, looked up by key in a language. */
    public interface Chrome {
        String word(String key, Language language);
    }

    private static LinkPreview preview(Language language, String title, String description, String heading, String figure) {
        String text = description.strip();
        if (text.length() > DESCRIPTION_LENGTH) text = text.substring(0, DESCRIPTION_LENGTH - 1).strip() + "…";
        return new LinkPreview(language, title, text, heading, figure);
    }

    private static Optional<Metric> metric(Report report, @Nullable String id) {
        if (id == null) return Optional.empty();
        return java.util.stream.Stream.concat(report.overview().headlineMetrics().stream(), report.kpis().kpis().stream())
                .filter(m -> m.id().equals(id)).findFirst();
    }

    private static String firstParagraph(Faq.Item item, Language language) {
        List<Faq.Block> blocks = item.answer().in(language);
        for (Faq.Block block : blocks) {
            if (block instanceof Faq.Paragraph p) return (p.lead() == null ? "" : p.lead() + (language == Language.EN ? " " : "")) + p.text();
        }
        return item.question().in(language);
    }

    static String sectionHeading(Report report, Section section, Language language, Chrome chrome) {
        @Nullable Text fromReport = switch (section) {
            case VALUE_CHAIN -> report.valueChain().heading();
            case MARKET -> report.marketStructure().heading();
            case COMPANIES -> report.companies().heading();
            case FORCES -> report.forces().heading();
            case REGIONS -> report.regions().heading();
            case FAQ -> report.faq().heading();
            case OVERVIEW, KPIS -> null;
        };
        return fromReport != null ? fromReport.in(language) : chrome.word("nav." + section.id(), language);
    }
}
