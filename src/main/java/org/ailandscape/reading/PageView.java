package org.ailandscape.reading;

import org.ailandscape.link.PageState;
import org.ailandscape.report.Lineage;
import org.ailandscape.report.ReportSnapshot;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Report;

/**
 * One view of the report: which version, read how, in which state of its link, and where that version
 * stands among the others ({@link Lineage}: the latest, what changed since, each number's history).
 */
public record PageView(ReportSnapshot snapshot, Reading reading, PageState state, Lineage lineage) {

    /** A view of a version on its own (no other versions known). */
    public PageView(ReportSnapshot snapshot, Reading reading, PageState state) {
        this(snapshot, reading, state, Lineage.alone(snapshot));
    }

    /** A view of a version in a state, read as the state's language says (the browser's when it says none). */
    public static PageView of(ReportSnapshot snapshot, PageState state, Language browser, Translations translations) {
        return of(snapshot, Lineage.alone(snapshot), state, browser, translations);
    }

    /** A view of a version among others. */
    public static PageView of(ReportSnapshot snapshot, Lineage lineage, PageState state, Language browser, Translations translations) {
        return new PageView(snapshot, new Reading(state.mode(browser), browser, translations), state, lineage);
    }

    /** Whether this view shows the latest version. */
    public boolean isLatest() {
        return lineage.isLatest(snapshot);
    }

    /**
     * What decides the page's words and the language its links keep: the version, the reading, and whether
     * the link names its language. Two views with the same key show the same text; the page's blocks are
     * shared under keys that start with it.
     */
    public String key() {
        return snapshot.dataset().id() + "|" + lineage.key() + "|" + reading.key() + "|" + (state.lang() == null ? "-" : state.lang().key())
                + "|" + (state.version() == null ? "-" : state.version());
    }

    public Report report() {
        return snapshot.report();
    }

    /** The same view in another state (same version, same reading unless the state's language differs). */
    public PageView with(PageState newState) {
        return of(snapshot, lineage, newState, reading.browser(), reading.translations());
    }

    /** The link to a state of the page, with the element it points at as fragment (so that a browser scrolls there without script). */
    public String href(PageState target, String elementId) {
        return target.href() + "#" + elementId;
    }
}
