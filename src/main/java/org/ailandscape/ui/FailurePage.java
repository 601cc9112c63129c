package org.ailandscape.ui;

import org.ailandscape.page.ErrorContent;
import org.ailandscape.reading.Translations;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anything that fails while a page is being opened: logged in full here, shown to the reader in plain words only. */
@com.vaadin.flow.server.auth.AnonymousAllowed
class FailurePage extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(FailurePage.class);

    FailurePage(Translations translations) {
        super(translations);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LOG.error("Opening {} failed", event.getLocation().getPathWithQueryParameters(), parameter.getCaughtException());
        show(ErrorContent.FAILED);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
