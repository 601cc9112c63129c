package org.ailandscape.page;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.ailandscape.link.PageState;
import org.ailandscape.report.model.Report;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Faq;
import org.ailandscape.report.model.Language;
import org.jsoup.nodes.Element;

/**
 * The FAQ: each question a disclosure, several open at once, answers with real tables. Closed answers
 * stay in the document: the browser's find-in-page finds their words and opens them.
 */
final class FaqSection {

    private FaqSection() {}

    /** The open answers are the link's {@code faq}; several may be open at once. */
    static final PartActions ACTIONS = new PartActions() {
        @Override
        public UnaryOperator<PageState> toggled(String name, String id, boolean open, Report report) {
            return name.equals(PageState.FAQ) ? s -> s.withFaqToggled(id, open) : s -> s;
        }

        @Override
        public UnaryOperator<PageState> found(Set<String> open, Map<String, List<String>> values, Report report) {
            Set<String> ids = PartActions.openOf(PageState.FAQ, open);
            return s -> s.withFaq(ids);
        }
    };

    static Element render(PageView view) {
        Reading reading = view.reading();
        Faq faq = view.report().faq();
        Element section = SectionFrame.of(Section.FAQ, faq.heading(), view);
        for (Faq.Item item : faq.items()) {
            Element details = Fragments.el("details", "faq-item").attr("id", "faq-" + item.id())
                    .attr("data-toggle", "faq").attr("data-id", item.id());
            if (view.state().faq().contains(item.id())) details.attr("open", true);
            Element summary = Fragments.el("summary", "faq-question");
            Fragments.bilingual(summary, "span", item.question(), reading);
            details.appendChild(summary);
            Element answer = Fragments.el("div", "faq-answer");
            for (Language language : reading.languages()) {
                Element part = Fragments.el("div", "answer").attr("lang", language.htmlLang());
                if (language != reading.lead()) part.addClass("alt");
                for (Faq.Block block : item.answer().in(language)) part.appendChild(render(block, language));
                answer.appendChild(part);
            }
            answer.appendChild(SectionFrame.copyLink("copy-faq-" + item.id(),
                    view.href(view.state().languageOnly().withSection(Section.FAQ).withFaq(java.util.Set.of(item.id())), "faq-" + item.id()),
                    reading.t("link.copyFaq", reading.lead(item.question())), reading));
            section.appendChild(details.appendChild(answer));
        }
        return section;
    }

    private static Element render(Faq.Block block, Language language) {
        return switch (block) {
            case Faq.Paragraph p -> {
                Element para = Fragments.el("p");
                if (p.lead() != null) {
                    // English runs the bold lead into the text with a space; Chinese writes them together.
                    para.appendChild(Fragments.el("strong").text(p.lead()));
                    if (language == Language.EN) para.appendText(" ");
                }
                yield para.appendText(p.text());
            }
            case Faq.Table t -> {
                Element wrapper = Fragments.el("div", "table-wrap");
                Element table = Fragments.el("table");
                if (t.caption() != null) table.appendChild(Fragments.el("caption").text(t.caption()));
                Element head = Fragments.el("tr");
                for (String cell : t.header()) {
                    head.appendChild(cell.isBlank() ? Fragments.el("td") : Fragments.el("th").attr("scope", "col").text(cell));
                }
                table.appendChild(Fragments.el("thead").appendChild(head));
                Element body = Fragments.el("tbody");
                for (List<String> row : t.rows()) {
                    Element tr = Fragments.el("tr");
                    for (int i = 0; i < row.size(); i++) {
                        tr.appendChild(i == 0 ? Fragments.el("th").attr("scope", "row").text(row.get(i)) : Fragments.el("td").text(row.get(i)));
                    }
                    body.appendChild(tr);
                }
                yield wrapper.appendChild(table.appendChild(body));
            }
            case Faq.BulletList l -> {
                Element list = Fragments.el("ul");
                l.items().forEach(i -> list.appendChild(Fragments.el("li").text(i)));
                yield list;
            }
        };
    }
}
