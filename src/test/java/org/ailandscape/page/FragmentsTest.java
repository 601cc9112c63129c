package org.ailandscape.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.ailandscape.link.ReadingMode;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Text;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Whatever a data file holds reaches the page as text: markup in the data is escaped, never interpreted. */
class FragmentsTest {

    private static final Translations WORDS = new Translations();

    @Test
    void markupInTheDataIsShownAsText() {
        Reading both = new Reading(ReadingMode.BOTH, Language.EN, WORDS);
        Element root = Fragments.el("div");
        Fragments.bilingual(root, "p", new Text("<script>alert(1)</script>", "<img src=x onerror=alert(2)>"), both);
        assertThat(PageRenderer.serialise(root))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;")
                .doesNotContain("<script>", "<img");
    }

    @Test
    void attributeValuesAreQuoted() {
        Reading en = new Reading(ReadingMode.EN, Language.EN, WORDS);
        Element root = Fragments.el("div");
        root.appendChild(Fragments.chrome("a", "x", en).attr("href", "\" onmouseover=\"alert(1)"));
        assertThat(root.html()).contains("href=\"&quot; onmouseover=&quot;alert(1)\"");
    }

    @Test
    void eachLanguageCarriesItsLangAndTheSecondIsMarked() {
        Reading both = new Reading(ReadingMode.BOTH, Language.ZH, WORDS);
        Element root = Fragments.el("div");
        Fragments.bilingual(root, "span", new Text("Legal AI", "法律AI"), both);
        // the leading language is the page's (its part says so); the other one says its own
        assertThat(root.html()).isEqualTo("<span>法律AI</span><span lang=\"en\" class=\"alt\">Legal AI</span>");

        Element same = Fragments.el("div");
        Fragments.bilingual(same, "span", new Text("NVIDIA", "NVIDIA"), both);
        assertThat(same.children()).as("a name shown to both audiences appears once").hasSize(1);
    }
}
