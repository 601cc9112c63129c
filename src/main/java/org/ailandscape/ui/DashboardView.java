package org.ailandscape.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import org.ailandscape.link.PageState;
import org.ailandscape.page.PagePart;
import org.ailandscape.page.PageRenderer;
import org.ailandscape.page.PageView;
import org.ailandscape.page.Translations;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.ReportSnapshot;
import org.ailandscape.report.model.Language;
import org.ailandscape.share.LinkPreview;
import org.jspecify.annotations.Nullable;

/**
 * The live report page. The first response of every link already holds the whole page (see
 * {@link FirstResponse}); this view takes it over when the reader first interacts, without drawing
 * anything of its own: one {@link LivePart} per part of the page. It keeps the view's state (the link),
 * one version of the report for its whole life, and the browser's address in step with both.
 *
 * <p>Links are navigations: a click on a link of the page (a sort, a segment, a language) and Back or
 * Forward arrive here as {@link #beforeEnter}. The reader's toggles and typing arrive as
 * {@link StateChangeEvent}s and replace the history entry.
 */
@Route("")
@Tag("live-page")
@JsModule("./live-page.js")
@NpmPackage(value = "idiomorph", version = "0.8.0")
@NpmPackage(value = "echarts", version = "6.1.0")
public class DashboardView extends Component implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportService service;
    private final PageRenderer renderer;
    private final Translations translations;
    private final Language browser = Browser.language();
    private final List<LivePart> parts = new ArrayList<>();
    private final LiveNotice notice;
    private ReportSnapshot snapshot;
    /** The view the browser shows; null until the first navigation tells it. */
    private @Nullable PageState state;

    public DashboardView(ReportService service, PageRenderer renderer, Translations translations) {
        this.service = service;
        this.renderer = renderer;
        this.translations = translations;
        this.snapshot = service.snapshot();
        for (PagePart part : PagePart.values()) {
            LivePart live = new LivePart(part, () -> snapshot.report());
            live.addStateChangeListener(this::changed);
            parts.add(live);
            getElement().appendChild(live.getElement());
        }
        notice = new LiveNotice(renderer);
        getElement().appendChild(notice.getElement());
        getElement().addEventListener("page-sync", e -> synced(e.getEventData().path("event.detail.version").asString("")))
                .addEventData("event.detail.version");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PageState target = PageState.parse(event.getLocation().getQueryParameters().getParameters()).knownTo(snapshot.report());
        if (state == null) {
            parts.forEach(p -> p.adopt(view(target)));
            notice.adopt();
        }
        show(target);
    }

    /** The reader changed the view inside a part: the page follows, and the address is replaced (no new history entry). */
    private void changed(StateChangeEvent event) {
        if (!event.isFromClient() || state == null) return;
        PageState next = event.applyTo(state).knownTo(snapshot.report());
        if (next.equals(state)) return;
        show(next);
        // The address in the link's own order (Flow's History would reorder the parameters).
        getElement().callJsFunction("replaceUrl", next.href());
    }

    /**
     * The page tells which version of the report it shows. A page opened before an edit keeps its version
     * if it is still held (so that it never mixes two), and learns that the report has been corrected;
     * else it shows the current one.
     */
    private void synced(String version) {
        if (state == null || version.isEmpty() || version.equals(snapshot.version())) return;
        var held = service.snapshot(version);
        if (held.isPresent()) {
            snapshot = held.get();
            parts.forEach(p -> p.adopt(view(state)));
        } else {
            // A version no longer held: the page shows the current one, all of it.
            parts.forEach(p -> p.forget());
            parts.forEach(p -> p.apply(view(state)));
        }
        notice.apply(view(state), isCorrected());
    }

    private void show(PageState next) {
        String title = state == null ? "" : getPageTitle();
        String lang = state == null ? "" : view(state).reading().lead().htmlLang();
        state = next;
        PageView view = view(next);
        parts.forEach(p -> p.apply(view));
        notice.apply(view, isCorrected());
        if (!title.isEmpty() && !title.equals(getPageTitle())) UI.getCurrent().getPage().setTitle(getPageTitle());
        if (!lang.equals(view.reading().lead().htmlLang())) getElement().setAttribute("page-lang", view.reading().lead().htmlLang());
    }

    /** A newer version of the report than the one this page shows has been published. */
    private boolean isCorrected() {
        return !service.snapshot().version().equals(snapshot.version());
    }

    private PageView view(PageState of) {
        return PageView.of(snapshot, of, browser, translations);
    }

    @Override
    public String getPageTitle() {
        PageState shown = state == null ? PageState.EMPTY : state;
        return LinkPreview.of(snapshot.report(), shown, browser, translations::get).title();
    }

    /** The parts, in the page's order (for tests). */
    List<LivePart> parts() {
        return parts;
    }

    PageState state() {
        return state == null ? PageState.EMPTY : state;
    }

    ReportSnapshot snapshot() {
        return snapshot;
    }
}
