package org.ailandscape.ui;

import java.util.List;
import java.util.function.Function;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Text;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** A section of cards: market structure, forces, regions. */
class CardsSection extends ReportSection {

    /** What one card shows. */
    record Card(String id, String icon, Text title, @Nullable Text signal, Text body, List<String> keyCompanies) {}

    private final Text headingText;
    private final List<Card> cards;
    private final HtmlFragment content = new HtmlFragment("cards-content");

    CardsSection(Section section, Text heading, List<Card> cards) {
        super(section);
        this.headingText = heading;
        this.cards = cards;
        add(content);
    }

    static <T> List<Card> cards(List<T> items, Function<T, Card> toCard) {
        return items.stream().map(toCard).toList();
    }

    @Override
    protected void localizeContent(Reading reading) {
        heading(headingText, reading);
        Element grid = Fragments.el("div", "card-grid", "cards");
        for (Card card : cards) {
            Element article = Fragments.el("article", "card", "text-card").attr("id", section().id() + "-" + card.id());
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
                key.appendText(" " + String.join(", ", card.keyCompanies()));
                article.appendChild(key);
            }
            grid.appendChild(article);
        }
        content.show(Fragments.el("div").appendChild(grid));
    }
}
