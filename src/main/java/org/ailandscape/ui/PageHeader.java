package org.ailandscape.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.ReportInfo;
import org.jsoup.nodes.Element;

/**
 * The top of the page: kicker and title, then a bar that stays while scrolling with the section
 * navigation, the language switch (EN / 中文 / both) and the light/dark switch.
 */
class PageHeader extends Header implements Localized {

    private final ReportInfo info;
    private final HtmlFragment masthead = new HtmlFragment("masthead");
    private final Nav nav = new Nav();
    /** The section links: one fragment of plain anchors (the router follows them like any link). */
    private final HtmlFragment links = new HtmlFragment();
    private final Function<Section, String> sectionLink;
    private final Map<ReadingMode, Button> modeButtons = new EnumMap<>(ReadingMode.class);
    private final Div modeGroup = new Div();
    private final Button theme = new Button();
    private final Anchor skip = new Anchor();
    private boolean dark;
    private Reading reading;

    PageHeader(ReportInfo info, Reading initial, Function<Section, String> sectionLink,
            Consumer<ReadingMode> onMode, Consumer<Boolean> onDark, ReportSearch search) {
        this.info = info;
        this.reading = initial;
        this.sectionLink = sectionLink;
        addClassName("page-header");

        skip.addClassName("skip-link");
        skip.setHref("#main");
        skip.getElement().setAttribute("router-ignore", true);

        nav.add(links);
        nav.addClassName("section-nav");

        modeGroup.addClassName("mode-switch");
        modeGroup.getElement().setAttribute("role", "group");
        for (ReadingMode mode : ReadingMode.values()) {
            Button button = new Button();
            button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            button.setId("lang-" + mode.key());
            button.addClickListener(e -> onMode.accept(mode));
            modeButtons.put(mode, button);
            modeGroup.add(button);
        }
        theme.setId("theme-switch");
        theme.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        theme.addClickListener(e -> onDark.accept(!dark));

        Div tools = new Div(search, modeGroup, theme);
        tools.addClassName("header-tools");
        Div bar = new Div(nav, tools);
        bar.addClassName("header-bar");
        add(skip, masthead, bar);
    }

    void setDark(boolean dark) {
        this.dark = dark;
        localizeTheme();
    }

    private void localizeTheme() {
        theme.setText(dark ? "☀" : "☾");
        theme.setAriaLabel(reading.t(dark ? "theme.toLight" : "theme.toDark"));
        theme.setTooltipText(reading.t(dark ? "theme.toLight" : "theme.toDark"));
    }

    @Override
    public void localize(Reading newReading) {
        this.reading = newReading;
        Element root = Fragments.el("div");
        Fragments.bilingual(root, "p", info.kicker(), reading, "kicker");
        Element title = Fragments.el("h1", "title");
        Fragments.bilingual(title, "span", info.title(), reading);
        root.appendChild(title);
        masthead.show(root);

        skip.setText(reading.t("nav.skip"));
        nav.setAriaLabel(reading.t("nav.label"));
        Element list = Fragments.el("ul");
        for (Section section : Section.values()) {
            list.appendChild(Fragments.el("li").appendChild(Fragments.chrome("a", reading.t("nav." + section.id()), reading, "nav-link")
                    .attr("href", "?" + sectionLink.apply(section)).attr("data-section", section.id())));
        }
        links.show(Fragments.el("div").appendChild(list));
        modeGroup.getElement().setAttribute("aria-label", reading.t("lang.label"));
        modeButtons.forEach((mode, button) -> {
            button.setText(reading.t("lang." + mode.key()));
            button.getElement().setAttribute("aria-pressed", Boolean.toString(mode == reading.mode()));
            button.getElement().setAttribute("lang", mode == ReadingMode.ZH ? "zh-Hans" : "en");
        });
        localizeTheme();
    }
}
