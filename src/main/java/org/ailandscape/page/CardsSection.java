package org.ailandscape.page;

import java.util.List;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Report;
import org.ailandscape.report.model.Text;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** A section of cards: market structure (with each segment's size or growth signal), forces, regions. */
final class CardsSection {

    private CardsSection() {}

    /** What one card shows. */
    private record Card(String id, String icon, Text title, @Nullable Text signal, Text body, List<String> keyCompanies) {}

    static Element market(PageView view) {
        Report report = view.report();
        return render(Section.MARKET, report.marketStructure().heading(), report.marketStructure().segments().stream()
                .map(s -> new Card(s.id(), s.icon(), s.name(), s.signal(), s.description(), s.keyCompaniesOrEmpty())).toList(), view);
    }

    static Element forces(PageView view) {
        Report report = view.report();
        return render(Section.FORCES, report.forces().heading(), report.forces().forces().stream()
                .map(f -> new Card(f.id(), f.icon(), f.title(), null, f.description(), List.of())).toList(), view);
    }

    static Element regions(PageView view) {
        Report report = view.report();
        return render(Section.REGIONS, report.regions().heading(), report.regions().regions().stream()
                .map(r -> new Card(r.id(), r.flag(), r.name(), null, r.description(), List.of())).toList(), view);
    }

    private static Element render(Section which, Text heading, List<Card> cards, PageView view) {
        Reading reading = view.reading();
        Element section = SectionFrame.of(which, heading, view);
        Element grid = Fragments.el("div", "card-grid", "cards");
        for (Card card : cards) {
            Element article = Fragments.el("article", "card", "text-card").attr("id", which.id() + "-" + card.id());
            Element title = Fragments.el("h3", "card-title");
            title.appendChild(Fragments.el("span", "card-icon").attr("aria-hidden", "true").text(card.icon()));
            Element names = Fragments.el("span", "card-names");
            Fragments.bilingual(names, "span", card.title(), reading);
            title.appendChild(names);
            article.appendChild(title);
            if (card.signal() != null) Fragments.bilingual(article, "p", card.signal(), reading, "card-signal");
            Fragments.bilingual(article, "p", card.body(), reading, "card-body");
            if (!card.keyCompanies().isEmpty()) {
                Element key = Fragments.el("p", "key-companies");
                key.appendChild(Fragments.chrome("span", reading.t("market.keyCompanies"), reading, "key-label"));
                key.appendChild(Fragments.el("span").attr("lang", "en").text(" " + String.join(", ", card.keyCompanies())));
                article.appendChild(key);
            }
            grid.appendChild(article);
        }
        section.appendChild(grid);
        ChartFigures.appendTo(section, which, view);
        return section;
    }
}
