package org.ailandscape.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.function.UnaryOperator;
import org.ailandscape.link.PageState;
import org.ailandscape.page.ReportPage;
import org.ailandscape.page.ViewChanges;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Translations;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.Lineage;
import org.ailandscape.report.ReportSnapshot;
import org.ailandscape.report.VersionLookup;
import org.ailandscape.report.model.Language;
import org.ailandscape.share.LinkPreview;
import tools.jackson.databind.JsonNode;

/**
 * The live report page: the {@link ReportPage} of the link's view, bound to one version of the report
 * for its whole life. Links (a language, a section, a search result) and Back and Forward arrive as
 * navigations ({@link #beforeEnter}); the reader's changes inside the page (an answer opened, a filter
 * typed) arrive from the page's components and replace the history entry; a segment or a sort is a new
 * entry, as a link would be. A newer version of the report published meanwhile shows as a notice.
 *
 * <p>The first response of every link holds the same page, written out by {@link FirstResponse}; when
 * the live page arrives it takes that copy's place (see {@code frontend/report-page.js}).
 */
@com.vaadin.flow.server.auth.AnonymousAllowed
@Route("")
public class DashboardView extends Composite<ReportPage> implements BeforeEnterObserver, HasDynamicTitle, ViewChanges {

    private final ReportService service;
    private final Translations translations;
    private final Language browser = Browser.language();
    /** The version this page shows: the link's ({@code version}), else the latest when it opened. */
    private ReportSnapshot snapshot;
    private Lineage lineage;
    private boolean resolved;
    private PageState state = PageState.EMPTY;

    public DashboardView(ReportService service, Translations translations) {
        this.service = service;
        this.translations = translations;
        this.snapshot = service.snapshot();
        this.lineage = Lineage.alone(snapshot);
    }

    @Override
    protected ReportPage initContent() {
        return new ReportPage(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PageState asked = PageState.parse(event.getLocation().getQueryParameters().getParameters());
        if (!resolved && !resolve(asked, event)) return;
        show(asked.knownTo(snapshot.report()));
    }

    /**
     * The version of the page, once, from its first link (the first response was written for the same
     * link, and has already answered a link whose version is malformed, unknown or unavailable).
     */
    private boolean resolve(PageState asked, BeforeEnterEvent event) {
        boolean named = event.getLocation().getQueryParameters().getParameters().getOrDefault(PageState.VERSION, java.util.List.of())
                .stream().anyMatch(value -> value != null && !value.isBlank());
        if (asked.version() != null) {
            if (!(service.lookup(asked.version()) instanceof VersionLookup.Found found)) {
                event.rerouteToError(NotFoundException.class);
                return false;
            }
            snapshot = found.snapshot();
        } else if (named) {
            event.rerouteToError(NotFoundException.class);
            return false;
        }
        lineage = service.lineage(snapshot);
        resolved = true;
        return true;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // The response that takes the first response's copy over carries the whole page, and Flow keeps each
        // UI's last response (to send it again if it is lost) until the next request. The page answers once it
        // has taken over: that small round trip is then what is kept, not the page.
        if (event.isInitialAttach()) getContent().getElement().callJsFunction("takeOver").then(JsonNode.class, shown -> {});
    }

    @Override
    public void inPlace(UnaryOperator<PageState> change) {
        PageState next = change.apply(state).knownTo(snapshot.report());
        if (next.equals(state)) return;
        String title = getPageTitle();
        show(next);
        UI.getCurrent().getPage().getHistory().replaceState(null, next.href());
        if (!title.equals(getPageTitle())) UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    @Override
    public void follow(UnaryOperator<PageState> change) {
        PageState next = change.apply(state).knownTo(snapshot.report());
        if (next.equals(state)) return;
        // Through the router: a new history entry, and beforeEnter shows it. Flow writes the address from its
        // QueryParameters (in the order of a hash map, values percent-encoded); it reads back the same state.
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.fromString(next.toQueryString()));
    }

    private void show(PageState next) {
        state = next;
        // The first view shown builds the page.
        getContent().show(view(next), isCorrected());
    }

    /** A newer version of the report than the one this page shows has been published. */
    private boolean isCorrected() {
        return state.version() == null && !service.snapshot().version().equals(snapshot.version());
    }

    private PageView view(PageState of) {
        return PageView.of(snapshot, lineage, of, browser, translations);
    }

    @Override
    public String getPageTitle() {
        return LinkPreview.of(snapshot.report(), state, browser, translations::get).title();
    }

    /** The view's state (for tests). */
    PageState state() {
        return state;
    }

    ReportSnapshot snapshot() {
        return snapshot;
    }
}
