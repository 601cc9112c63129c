package org.ailandscape.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import org.ailandscape.report.model.Language;
import org.jsoup.nodes.Element;

/**
 * What a reader sees instead of a page that cannot be shown: what happened in plain words, in the
 * browser's language with the other one beside it, and the way back to the report. Nothing about the
 * server's insides: no exception, no route list, no stack.
 */
abstract class ErrorPage extends Main implements HasDynamicTitle {

    private final HtmlFragment content = new HtmlFragment("error-content");
    private final I18NProvider i18n;
    private String title = "";

    ErrorPage(I18NProvider i18n) {
        this.i18n = i18n;
        addClassName("error-page");
        setId("main");
        add(content);
    }

    /** Shows the page for a title and text key pair, e.g. {@code error.notFound}. */
    void show(String key) {
        Language browser = Reading.browserLanguage();
        title = i18n.getTranslation(key + ".title", browser.locale());
        Element root = Fragments.el("div");
        for (Language language : ReadingMode.BOTH.languages(browser)) {
            Element block = Fragments.el("div", "error-block").attr("lang", language.htmlLang());
            block.appendChild(Fragments.el("h1").text(i18n.getTranslation(key + ".title", language.locale())));
            block.appendChild(Fragments.el("p").text(i18n.getTranslation(key + ".text", language.locale())));
            block.appendChild(Fragments.el("p").appendChild(Fragments.el("a", "error-back").attr("href", "./")
                    .text(i18n.getTranslation("error.back", language.locale()))));
            root.appendChild(block);
        }
        content.show(root);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
