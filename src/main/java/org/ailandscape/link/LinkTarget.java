package org.ailandscape.link;

import java.util.Optional;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Report;

/**
 * Where a link points on the page, so that opening it scrolls there: the open explanation, else the
 * first open answer, else the selected value-chain node, else the section it names.
 */
public sealed interface LinkTarget {

    /** The id of the industry phase's explanation (beside the metric ids in {@code info}). */
    String PHASE = "phase";

    /** A headline metric's or KPI's card (or the phase block), whose explanation the link opens. */
    record Explanation(String metricId, Section section) implements LinkTarget {}

    /** A FAQ answer. */
    record Answer(String faqId) implements LinkTarget {}

    /** A value-chain segment or tier. */
    record Node(String id, boolean tier) implements LinkTarget {}

    /** A whole section. */
    record Part(Section section) implements LinkTarget {}

    /** Where a link with this state points, if anywhere. The state is expected to be {@link PageState#knownTo known} to the report. */
    static Optional<LinkTarget> of(PageState state, Report report) {
        if (state.info() != null) {
            boolean kpi = report.kpis().kpis().stream().anyMatch(m -> m.id().equals(state.info()));
            return Optional.of(new Explanation(state.info(), kpi ? Section.KPIS : Section.OVERVIEW));
        }
        Optional<LinkTarget> answer = report.faq().items().stream().filter(i -> state.faq().contains(i.id())).findFirst()
                .map(i -> new Answer(i.id()));
        if (answer.isPresent()) return answer;
        if (state.node() != null) return Optional.of(new Node(state.node(), report.segment(state.node()).isEmpty()));
        return Optional.ofNullable(state.section()).map(Part::new);
    }
}
