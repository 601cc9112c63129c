package org.ailandscape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Text;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Whatever a data file holds reaches the page as text: markup in the data is escaped, never interpreted. */
class FragmentsTest {

    private static final I18NProvider NO_WORDS = new I18NProvider() {
        @Override
        public List<Locale> getProvidedLocales() {
            return List.of(Locale.ENGLISH);
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            return key;
        }
    };

    @Test
    void markupInTheDataIsShownAsText() {
        Reading both = new Reading(ReadingMode.BOTH, Language.EN, NO_WORDS);
        Element root = Fragments.el("div");
        Fragments.bilingual(root, "p", new Text("<script>alert(1)</script>", "<img src=x onerror=alert(2)>"), both);
        HtmlFragment fragment = new HtmlFragment();
        fragment.show(root);

        assertThat(fragment.html())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;")
                .doesNotContain("<script>", "<img");
        assertThat(fragment.getElement().getProperty("innerHTML")).isEqualTo(fragment.html());
    }

    @Test
    void attributeValuesAreQuoted() {
        Reading en = new Reading(ReadingMode.EN, Language.EN, NO_WORDS);
        Element root = Fragments.el("div");
        root.appendChild(Fragments.chrome("a", "x", en).attr("href", "\" onmouseover=\"alert(1)"));
        assertThat(root.html()).contains("href=\"&quot; onmouseover=&quot;alert(1)\"");
    }

    @Test
    void eachLanguageCarriesItsLangAndTheSecondIsMarked() {
        Reading both = new Reading(ReadingMode.BOTH, Language.ZH, NO_WORDS);
        Element root = Fragments.el("div");
        Fragments.bilingual(root, "span", new Text("Legal AI", "法律AI"), both);
        assertThat(root.html()).isEqualTo("<span lang=\"zh-Hans\">法律AI</span><span lang=\"en\" class=\"alt\">Legal AI</span>");

        Element same = Fragments.el("div");
        Fragments.bilingual(same, "span", new Text("NVIDIA", "NVIDIA"), both);
        assertThat(same.children()).as("a name shown to both audiences appears once").hasSize(1);
    }
}
