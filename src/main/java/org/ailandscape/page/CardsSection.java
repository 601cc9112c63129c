package org.ailandscape.page;

import com.vaadin.flow.dom.Element;
import java.util.List;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Reading;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Report;
import org.ailandscape.report.model.Text;
import org.jspecify.annotations.Nullable;

/**
 * A section of cards: market structure (with each segment's size or growth signal), forces, regions.
 * Nothing in them changes with the view: the cards are one {@link Block}, and so are their charts.
 */
final class CardsSection extends SectionFrame {

    /** What one card shows. */
    private record Card(String id, String icon, Text title, @Nullable Text signal, Text body, List<String> keyCompanies) {}

    private CardsSection(Section section, PageView view) {
        super(section, view);
        Reading reading = view.reading();
        getContent().add(Block.cached(view.key() + "|cards|" + section.id(), () -> grid(section, cards(section, view.report()), reading)));
        Block charts = ChartFigure.gridOf(section, view);
        if (charts != null) getContent().add(charts);
    }

    static CardsSection market(PageView view) {
        return new CardsSection(Section.MARKET, view);
    }

    static CardsSection forces(PageView view) {
        return new CardsSection(Section.FORCES, view);
    }

    static CardsSection regions(PageView view) {
        return new CardsSection(Section.REGIONS, view);
    }

    @Override
    @Nullable Text heading(PageView view) {
        Report report = view.report();
        return switch (section) {
            case MARKET -> report.marketStructure().heading();
            case FORCES -> report.forces().heading();
            case REGIONS -> report.regions().heading();
            default -> throw new IllegalStateException("not a section of cards: " + section);
        };
    }

    private static List<Card> cards(Section section, Report report) {
        return switch (section) {
            case MARKET -> report.marketStructure().segments().stream()
                    .map(s -> new Card(s.id(), s.icon(), s.name(), s.signal(), s.description(), s.keyCompaniesOrEmpty())).toList();
            case FORCES -> report.forces().forces().stream().map(f -> new Card(f.id(), f.icon(), f.title(), null, f.description(), List.of())).toList();
            case REGIONS -> report.regions().regions().stream().map(r -> new Card(r.id(), r.flag(), r.name(), null, r.description(), List.of())).toList();
            default -> throw new IllegalStateException("not a section of cards: " + section);
        };
    }

    private static Element grid(Section section, List<Card> cards, Reading reading) {
        Element grid = Markup.el("div", "card-grid", "cards");
        for (Card card : cards) {
            Element article = Markup.el("article", "card", "text-card").setAttribute("id", section.id() + "-" + card.id());
            Element title = Markup.el("h3", "card-title");
            title.appendChild(Markup.text("span", card.icon(), "card-icon").setAttribute("aria-hidden", "true"));
            Element names = Markup.el("span", "card-names");
            Markup.bilingual(names, "span", card.title(), reading);
            title.appendChild(names);
            article.appendChild(title);
            if (card.signal() != null) Markup.bilingual(article, "p", card.signal(), reading, "card-signal");
            Markup.bilingual(article, "p", card.body(), reading, "card-body");
            if (!card.keyCompanies().isEmpty()) {
                Element key = Markup.el("p", "key-companies");
                key.appendChild(Markup.text("span", reading.t("market.keyCompanies"), "key-label"));
                key.appendChild(Markup.text("span", " " + String.join(", ", card.keyCompanies())).setAttribute("lang", "en"));
                article.appendChild(key);
            }
            grid.appendChild(article);
        }
        return grid;
    }
}
