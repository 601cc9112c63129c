package org.ailandscape.page;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ailandscape.link.LinkTarget;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Reading;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.ReportInfo;

/**
 * The report page: the header, every section of the report in {@code <main>}, the footer, and the places
 * for the notice of a corrected report and for confirmations. One tree of components, bound to one
 * version of the report: the first response is this tree written out, and the live page is this tree.
 *
 * <p>{@link #show} follows the view's state; a view in another reading or version of the report builds
 * the page anew (every word changes). The {@code <report-page>} element ({@code frontend/report-page.js})
 * takes the first response's copy of the page over when the live page arrives.
 */
@Tag("report-page")
@JsModule("./report-page.js")
public final class ReportPage extends Component {

    private final ViewChanges changes;
    private final List<ViewPart> parts = new ArrayList<>();
    private String built = "";
    private Block notice = Block.of(Markup.el("div"));
    private Main main = new Main();
    private Optional<CompaniesSection> companies = Optional.empty();

    /** A page that its first {@link #show} builds (the live view's, which learns its view from the router). */
    public ReportPage(ViewChanges changes) {
        this.changes = changes;
    }

    /** The page of a view (the first response's, an embed's). */
    public ReportPage(PageView view, ViewChanges changes) {
        this(changes);
        show(view, false);
    }

    /** Shows the view: builds the page for a new reading or version, else changes only what the view's state changes. */
    public void show(PageView view, boolean corrected) {
        if (!view.key().equals(built)) build(view, view.key());
        else parts.forEach(p -> p.show(view));
        LinkTarget.of(view.state(), view.report()).ifPresentOrElse(
                target -> main.getElement().setAttribute("data-scroll-target", elementId(target)),
                () -> main.getElement().removeAttribute("data-scroll-target"));
        notice.show(noticeKey(view, corrected), () -> notice(view, corrected));
    }

    /** Whether the page was built for this reading and version (so that a new view only changes it). */
    public boolean shows(PageView view) {
        return built.equals(view.key());
    }

    /** The companies the table shows (for tests). */
    public List<org.ailandscape.report.model.Companies.Company> companies() {
        return companies.map(CompaniesSection::rows).orElse(List.of());
    }

    private void build(PageView view, String reading) {
        getElement().removeAllChildren();
        parts.clear();
        built = reading;
        getElement().setAttribute("lang", view.reading().lead().htmlLang());
        getElement().setAttribute("data-reading", view.reading().mode().key()); // the stylesheet's size estimates differ by reading
        main = new Main();
        main.setId("main");
        main.addClassName("page-main");
        CompaniesSection table = new CompaniesSection(view, changes);
        companies = Optional.of(table);
        List<SectionFrame> sections = List.of(new OverviewSection(view, changes), new KpiSection(view, changes),
                new ValueChainSection(view, changes), CardsSection.market(view), table, CardsSection.forces(view),
                CardsSection.regions(view), new FaqSection(view, changes));
        String words = view.key();
        Versions.banner(view).ifPresent(banner -> main.getElement().appendChild(Block.cached(words + "|version-banner", () -> banner).getElement()));
        sections.forEach(main::add);
        PageHeader header = new PageHeader(view, changes);
        parts.add(header);
        parts.addAll(sections);
        notice = Block.cached(noticeKey(view, false), () -> notice(view, false));
        getElement().appendChild(header.getElement(), main.getElement(), Block.cached(words + "|footer", () -> footer(view)).getElement(),
                notice.getElement(), Block.cached("toast", ReportPage::toast).getElement());
    }

    /**
     * The page written out for the first response of its link, as a page without Vaadin's client needs
     * it: marked {@code first-response} (the live page takes the marked copy's place), and each
     * explanation (a Vaadin Popover, which the client draws) a native disclosure, which opens at once,
     * before the client has loaded, and without script, and which find-in-page searches. The page is meant
     * for this only.
     */
    public String writtenOut() {
        getElement().setAttribute("first-response", true);
        descendants(this).filter(Explanation.class::isInstance).map(Explanation.class::cast).toList().forEach(Explanation::asNativeDisclosure);
        return Rendered.outerHtml(getElement());
    }

    private static java.util.stream.Stream<Component> descendants(Component component) {
        return component.getChildren().flatMap(child -> java.util.stream.Stream.concat(java.util.stream.Stream.of(child), descendants(child)));
    }

    /** The id of the element a link points at. */
    public static String elementId(LinkTarget target) {
        return switch (target) {
            case LinkTarget.Explanation e -> e.metricId().equals(LinkTarget.PHASE) ? "phase" : "metric-" + e.metricId();
            case LinkTarget.Answer a -> "faq-" + a.faqId();
            case LinkTarget.Node n -> (n.tier() ? "tier-" : "segment-") + n.id();
            case LinkTarget.Part p -> p.section().id();
        };
    }

    private static String noticeKey(PageView view, boolean corrected) {
        return view.key() + "|notice|" + (corrected ? view.state().toQueryString() : "");
    }

    /**
     * The notice that the report was corrected after this page was opened, with a link that loads the same
     * view again; empty (but present, so screen readers announce it) while there is nothing to say.
     */
    private static Element notice(PageView view, boolean corrected) {
        Reading reading = view.reading();
        Element notice = Markup.el("div", "report-notice").setAttribute("id", "report-notice").setAttribute("role", "status")
                .setAttribute("aria-live", "polite").setAttribute("lang", reading.lead().htmlLang());
        if (!corrected) return notice;
        Element text = Markup.text("p", reading.t("notice.corrected") + " · ");
        // A real page load (router-ignore: not followed in place), which then shows the corrected report.
        text.appendChild(Markup.link(view.state().href(), reading.t("notice.reload"), "notice-reload").setAttribute("router-ignore", true));
        return notice.appendChild(text);
    }

    /** The disclaimer, the edition and the dataset's version, Cite, Print and the downloads. */
    private static Element footer(PageView view) {
        Reading reading = view.reading();
        ReportInfo info = view.report().info();
        Element footer = Markup.el("footer", "page-footer").setAttribute("id", "page-footer").setAttribute("lang", reading.lead().htmlLang());
        Element content = Markup.el("div", "footer-content");
        Markup.bilingual(content, "p", info.disclaimer(), reading, "disclaimer");
        content.appendChild(Markup.text("p", reading.t("footer.edition", info.edition()) + " · " + reading.t("footer.version", view.snapshot().dataset().id()), "edition"));
        Element actions = Markup.el("div", "footer-actions");
        actions.appendChild(ShareMenu.forReport(view));
        actions.appendChild(Markup.text("button", reading.t("footer.print"), "print-button").setAttribute("type", "button").setAttribute("data-print", ""));
        String version = view.state().version() == null ? "" : "version=" + view.state().version();
        actions.appendChild(Markup.link("api/report.zip" + (version.isEmpty() ? "" : "?" + version), reading.t("footer.zip"), "download-link").setAttribute("download", ""));
        actions.appendChild(Markup.link("api/report?download" + (version.isEmpty() ? "" : "&" + version), reading.t("download.json"), "download-link").setAttribute("download", ""));
        content.appendChild(actions);
        content.appendChild(Versions.list(view));
        Versions.returning(view).ifPresent(content::appendChild);
        return footer.appendChild(content);
    }

    private static Element toast() {
        return Markup.el("div", "toast").setAttribute("id", "toast").setAttribute("role", "status").setAttribute("aria-live", "polite");
    }

    /** A section on its own, for an embed: built as the page builds it. */
    public static Component section(Section section, PageView view) {
        return switch (section) {
            case OVERVIEW -> new OverviewSection(view, ViewChanges.NONE);
            case KPIS -> new KpiSection(view, ViewChanges.NONE);
            case VALUE_CHAIN -> new ValueChainSection(view, ViewChanges.NONE);
            case MARKET -> CardsSection.market(view);
            case COMPANIES -> new CompaniesSection(view, ViewChanges.NONE);
            case FORCES -> CardsSection.forces(view);
            case REGIONS -> CardsSection.regions(view);
            case FAQ -> new FaqSection(view, ViewChanges.NONE);
        };
    }
}
