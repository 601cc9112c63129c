package org.ailandscape.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.router.HasDynamicTitle;
import org.ailandscape.page.ErrorContent;
import org.ailandscape.reading.Translations;
import org.ailandscape.report.model.Language;

/**
 * A page that cannot be shown, on the live page (a navigation that fails after the page has taken
 * over): the same words as the server's own error responses, from {@link ErrorContent}.
 */
@Tag("div")
abstract class ErrorPage extends Component implements HasDynamicTitle {

    private final Translations translations;
    private String title = "";

    ErrorPage(Translations translations) {
        this.translations = translations;
        getElement().setAttribute("class", "live-error");
    }

    /** Shows the page for a title and text key pair, e.g. {@link ErrorContent#NOT_FOUND}. */
    void show(String key) {
        Language browser = Browser.language();
        title = ErrorContent.title(key, browser, translations);
        getElement().removeAllChildren();
        getElement().appendChild(ErrorContent.of(key, browser, translations));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
