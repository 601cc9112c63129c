package org.ailandscape.ui;

import com.vaadin.flow.server.VaadinRequest;
import java.util.Locale;
import java.util.Optional;
import org.ailandscape.report.model.Language;

/** What the reader's browser tells: the language it prefers. */
final class Browser {

    private Browser() {}

    /** The language the browser of the current request prefers (English outside a request). */
    static Language language() {
        return Language.of(Optional.ofNullable(VaadinRequest.getCurrent()).map(VaadinRequest::getLocale).orElse(Locale.ENGLISH));
    }
}
