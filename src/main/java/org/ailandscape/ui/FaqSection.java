package org.ailandscape.ui;

import com.vaadin.flow.component.details.Details;
import java.util.List;
import org.ailandscape.report.ReportService;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Faq;
import org.ailandscape.report.model.Language;
import org.jsoup.nodes.Element;

/** The FAQ: each question a disclosure, several open at once, answers with real tables. */
class FaqSection extends ReportSection {

    private final Faq faq;
    private final List<Item> items;

    private record Item(Faq.Item data, Details details, HtmlFragment summary, HtmlFragment answer, CopyLinkButton copyLink) {}

    private Runnable userToggle = () -> { };
    private java.util.function.Function<String, String> linkOf = id -> "faq=" + id;

    FaqSection(ReportService service) {
        super(Section.FAQ);
        faq = service.report().faq();
        items = faq.items().stream().map(data -> {
            HtmlFragment summary = new HtmlFragment("faq-question");
            HtmlFragment answer = new HtmlFragment("faq-answer");
            CopyLinkButton copyLink = new CopyLinkButton("copy-faq-" + data.id(), () -> linkOf.apply(data.id()));
            Details details = new Details(summary, answer, copyLink);
            details.setId("faq-" + data.id());
            details.addClassName("faq-item");
            details.addOpenedChangeListener(e -> {
                if (e.isFromClient()) userToggle.run();
            });
            return new Item(data, details, summary, answer, copyLink);
        }).toList();
        items.forEach(i -> add(i.details()));
    }

    List<Details> details() {
        return items.stream().map(Item::details).toList();
    }

    /** The ids of the open answers. */
    java.util.Set<String> openIds() {
        return items.stream().filter(i -> i.details().isOpened()).map(i -> i.data().id())
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** Opens exactly these answers (unknown ids are ignored). */
    void setOpen(java.util.Set<String> ids) {
        items.forEach(i -> i.details().setOpened(ids.contains(i.data().id())));
    }

    void onUserToggle(Runnable listener) {
        this.userToggle = listener;
    }

    void setItemLinks(java.util.function.Function<String, String> linkOf) {
        this.linkOf = linkOf;
    }

    @Override
    protected void localizeContent(Reading reading) {
        heading(faq.heading(), reading);
        for (Item item : items) {
            Element question = Fragments.el("div");
            Fragments.bilingual(question, "span", item.data().question(), reading);
            item.summary().show(question);
            Element answer = Fragments.el("div");
            for (Language language : reading.languages()) {
                Element part = Fragments.el("div", "answer").attr("lang", language.htmlLang());
                if (language != reading.lead()) part.addClass("alt");
                for (Faq.Block block : item.data().answer().in(language)) part.appendChild(render(block, language));
                answer.appendChild(part);
            }
            item.answer().show(answer);
            item.copyLink().localize(reading, reading.t("link.copyFaq", reading.lead(item.data().question())));
        }
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
                for (int i = 0; i < t.header().size(); i++) {
                    String cell = t.header().get(i);
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
