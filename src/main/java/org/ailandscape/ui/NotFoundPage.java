package org.ailandscape.ui;

import org.ailandscape.page.ErrorContent;
import org.ailandscape.reading.Translations;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/** A path the dashboard does not have (the report is the one page; links carry their view in the query). */
@com.vaadin.flow.server.auth.AnonymousAllowed
class NotFoundPage extends ErrorPage implements HasErrorParameter<NotFoundException> {

    NotFoundPage(Translations translations) {
        super(translations);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(ErrorContent.NOT_FOUND);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
