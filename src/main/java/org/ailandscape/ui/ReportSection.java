package org.ailandscape.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.ArrayList;
import java.util.List;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Text;
import org.jsoup.nodes.Element;

/** A section of the report page: a landmark with an id (for links) and a heading. */
abstract class ReportSection extends com.vaadin.flow.component.html.Section implements Localized {

    private final Section section;
    private final H2 heading = new H2();
    private final HtmlFragment headingText = new HtmlFragment("heading-text");
    private final List<FigureChart> charts = new ArrayList<>();

    private final CopyLinkButton copyLink;
    private java.util.function.Function<Section, String> linkOf = s -> "section=" + s.id();

    ReportSection(Section section) {
        this.section = section;
        this.copyLink = new CopyLinkButton("copy-" + section.id(), () -> linkOf.apply(section));
        setId(section.id());
        addClassNames("report-section", "section-" + section.id());
        heading.setId(section.id() + "-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        heading.add(headingText);
        Div head = new Div(heading, copyLink);
        head.addClassName("section-head");
        add(head);
    }

    Section section() {
        return section;
    }

    /** A grid of cards inside this section. */
    Div cardGrid(String... classes) {
        Div grid = new Div();
        grid.addClassNames("card-grid");
        grid.addClassNames(classes);
        add(grid);
        return grid;
    }

    /** A heading of the page's own (the report has none for this section), from the translations. */
    void chromeHeading(Reading reading, String key) {
        headingText.show(Fragments.el("div").appendChild(Fragments.chrome("span", reading.t(key), reading)));
    }

    /** A heading the report gives, in the reader's languages. */
    void heading(Text text, Reading reading) {
        Element root = Fragments.el("div");
        Fragments.bilingual(root, "span", text, reading);
        headingText.show(root);
    }

    /** Adds the charts of this section's figures, below its content. */
    void addCharts(List<FigureChart> charts) {
        if (charts.isEmpty()) return;
        this.charts.addAll(charts);
        Div grid = new Div();
        grid.addClassNames("chart-grid");
        charts.forEach(grid::add);
        add(grid);
    }

    /** How the link to a section is made (the page knows the reader's language). */
    void setLinks(java.util.function.Function<Section, String> linkOf) {
        this.linkOf = linkOf;
    }

    @Override
    public final void localize(Reading reading) {
        localizeContent(reading);
        copyLink.localize(reading, reading.t("link.copySection", reading.t("nav." + section.id())));
        charts.forEach(c -> c.localize(reading));
    }

    protected abstract void localizeContent(Reading reading);
}
