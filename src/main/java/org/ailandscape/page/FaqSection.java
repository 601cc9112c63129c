package org.ailandscape.page;

import java.util.ArrayList;
import java.util.List;
import org.ailandscape.link.PageState;
import org.ailandscape.reading.PageView;
import org.ailandscape.report.Section;
import org.ailandscape.report.model.Text;

/** The FAQ: each question a {@link FaqEntry}, several open at once, answers with real tables. */
final class FaqSection extends SectionFrame {

    private final List<FaqEntry> entries = new ArrayList<>();

    FaqSection(PageView view, ViewChanges changes) {
        super(Section.FAQ, view);
        view.report().faq().items().forEach(item -> {
            FaqEntry entry = new FaqEntry(item, view, changes);
            entries.add(entry);
            getContent().add(entry);
        });
    }

    @Override
    Text heading(PageView view) {
        return view.report().faq().heading();
    }

    @Override
    PageState shown(PageState state) {
        return state.languageOnly().withFaq(state.faq());
    }

    @Override
    public void show(PageView view) {
        super.show(view);
        entries.forEach(e -> e.show(view));
    }
}
