package org.ailandscape.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import org.ailandscape.report.Section;
import org.jspecify.annotations.Nullable;

/**
 * The place of one section of the report on the page. Until the section is built it is empty, about
 * the section's height, and carries the section's id, so that links and the nav already find it. It
 * asks for its section when it comes within a screen of the viewport, or when the reader first
 * presses a key anywhere (Tab, or Ctrl+F to find a word, reach the whole page that way). Until then
 * the server holds this one element instead of the section's components: a reader who reads the top
 * and leaves costs a fraction of the whole page.
 *
 * <p>The slot stays when its section arrives (the section goes inside it): replacing several children
 * of one parent in one response put them out of order in the browser.
 */
class SectionSlot extends Div {

    private static final String PENDING = "section-pending";

    private final Section section;
    private @Nullable ReportSection content;

    SectionSlot(Section section, Runnable whenNeeded) {
        this.section = section;
        setId(section.id());
        addClassNames("report-section", "section-" + section.id(), PENDING);
        getElement().setAttribute("aria-busy", "true");
        getElement().addEventListener("section-needed", e -> whenNeeded.run());
    }

    Section section() {
        return section;
    }

    boolean isPending() {
        return content == null;
    }

    /** The section, once built. */
    @Nullable ReportSection content() {
        return content;
    }

    /** Puts the built section in; the id and the section's look move to it. */
    void fill(ReportSection built) {
        content = built;
        getElement().removeAttribute("id");
        removeClassNames("report-section", "section-" + section.id(), PENDING);
        addClassName("section-slot");
        getElement().removeAttribute("aria-busy");
        add(built);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (content != null) return;
        getElement().executeJs("""
                const slot = this;
                let asked = false;
                const ask = () => {
                  if (asked) return;
                  asked = true;
                  observer.disconnect();
                  removeEventListener('keydown', ask);
                  slot.dispatchEvent(new CustomEvent('section-needed'));
                };
                const observer = new IntersectionObserver(entries => {
                  if (entries.some(entry => entry.isIntersecting)) ask();
                }, {rootMargin: '100% 0px 100% 0px'});
                observer.observe(slot);
                addEventListener('keydown', ask);""");
    }
}
