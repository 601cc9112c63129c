package org.ailandscape.page;

import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Set;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Reading;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Faq;
import org.ailandscape.report.model.Language;

/**
 * A question of the FAQ and its answer: Flow's {@link NativeDetails}, so that it opens without script and
 * the browser's find-in-page searches a closed answer and opens it. Several may be open at once; the
 * link's {@code faq} lists them. The question and the answer (paragraphs, lists and real tables, in each
 * language read) are one {@link Block} each.
 */
final class FaqEntry extends NativeDetails implements ViewPart {

    private final String id;
    /** Whether the last view shown had this answer open. */
    private final LastShown<Boolean> shown = new LastShown<>(false);

    FaqEntry(Faq.Item item, PageView view, ViewChanges changes) {
        this.id = item.id();
        Reading reading = view.reading();
        String key = view.key() + "|faq|" + item.id();
        setId("faq-" + item.id());
        addClassName("faq-item");
        getSummary().addClassName("faq-question");
        getSummary().getElement().setProperty("innerHTML", Block.markup(key + "|q", () -> {
            Element question = Markup.el("div");
            Markup.bilingual(question, "span", item.question(), reading);
            return question;
        }));
        setContent(Block.cached(key + "|a", () -> answer(item, view)));
        addToggleListener(event -> {
            if (!event.isFromClient()) return;
            shown.readerMade(event.isOpened());
            mark(event.isOpened());
            changes.inPlace(s -> s.withFaqToggled(id, event.isOpened()));
        });
        show(view);
    }

    /** Opens or closes the answer where the view changes it, and only there (see {@link LastShown}). */
    @Override
    public void show(PageView view) {
        boolean open = view.state().faq().contains(id);
        if (!shown.changesTo(open)) return;
        if (open != isOpen()) setOpen(open);
        mark(open);
    }

    /** The open state as an attribute too: the first response is written from attributes. */
    private void mark(boolean open) {
        if (open != getElement().hasAttribute("open")) getElement().setAttribute("open", open);
    }

    private static Element answer(Faq.Item item, PageView view) {
        Reading reading = view.reading();
        Element answer = Markup.el("div", "faq-answer");
        for (Language language : reading.languages()) {
            Element part = Markup.el("div", "answer").setAttribute("lang", language.htmlLang());
            if (language != reading.lead()) part.getClassList().add("alt");
            for (Faq.Block block : item.answer().in(language)) part.appendChild(block(block, language));
            answer.appendChild(part);
        }
        answer.appendChild(SectionFrame.copyLink("copy-faq-" + item.id(),
                SectionFrame.href(view.state().languageOnly().withSection(Section.FAQ).withFaq(Set.of(item.id())), "faq-" + item.id()),
                reading.t("link.copyFaq", reading.lead(item.question())), reading));
        return answer;
    }

    private static Element block(Faq.Block block, Language language) {
        return switch (block) {
            case Faq.Paragraph p -> {
                Element para = Markup.el("p");
                if (p.lead() != null) {
                    // English runs the bold lead into the text with a space; Chinese writes them together.
                    para.appendChild(Markup.text("strong", p.lead()));
                    if (language == Language.EN) para.appendChild(Markup.plain(" "));
                }
                yield para.appendChild(Markup.plain(p.text()));
            }
            case Faq.Table t -> {
                Element table = Markup.el("table");
                if (t.caption() != null) table.appendChild(Markup.text("caption", t.caption()));
                Element head = Markup.el("tr");
                for (String cell : t.header()) head.appendChild(cell.isBlank() ? Markup.el("td") : Markup.text("th", cell).setAttribute("scope", "col"));
                table.appendChild(Markup.el("thead").appendChild(head));
                Element body = Markup.el("tbody");
                for (List<String> row : t.rows()) {
                    Element tr = Markup.el("tr");
                    for (int i = 0; i < row.size(); i++) tr.appendChild(i == 0 ? Markup.text("th", row.get(i)).setAttribute("scope", "row") : Markup.text("td", row.get(i)));
                    body.appendChild(tr);
                }
                yield Markup.el("div", "table-wrap").appendChild(table.appendChild(body));
            }
            case Faq.BulletList l -> {
                Element list = Markup.el("ul");
                l.items().forEach(i -> list.appendChild(Markup.text("li", i)));
                yield list;
            }
        };
    }
}
