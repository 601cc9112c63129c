package org.ailandscape.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/** A path the dashboard does not have (the report is the one page; links carry their view in the query). */
class NotFoundPage extends ErrorPage implements HasErrorParameter<NotFoundException> {

    NotFoundPage(I18NProvider i18n) {
        super(i18n);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("error.notFound");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
